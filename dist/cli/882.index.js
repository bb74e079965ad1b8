"use strict";
exports.id = 882;
exports.ids = [882,922];
exports.modules = {

/***/ 3882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   versionCommand: () => (/* binding */ versionCommand)
/* harmony export */ });
/* harmony import */ var _policy_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3643);
/* harmony import */ var _semver_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1922);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5829);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9912);




/** `version [--ref REV]`: the semver version git-flow gives the ref. */
async function versionCommand(args, io) {
    const git = (0,_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepository */ .h)(io.cwd);
    const rev = args.ref ?? 'HEAD';
    // The policy at the ref itself (only its versioning block is read); a ref that does not exist is
    // reported by computeVersion, which resolves it anyway.
    const config = await (0,_policy_check_js__WEBPACK_IMPORTED_MODULE_0__/* .loadTrustedConfig */ .C)({ git, from: rev, configPath: args.config });
    // With --ref the versioning derives the branch from the name itself; without it, HEAD's branch counts.
    const result = (0,_semver_version_js__WEBPACK_IMPORTED_MODULE_1__.computeVersion)(git, {
        ref: rev,
        branch: args.ref === undefined ? git.currentBranch() : undefined,
        config: config.versioning,
    });
    if (args.format === 'json') {
        io.stdout.write(`${JSON.stringify({
            version: result.version,
            'previous-version': result.previousVersion,
            bump: result.bump,
            tag: result.tag,
            source: result.source,
            branch: result.branch,
            sha: result.sha,
            'commits-since-base': result.commitsSinceBase,
        }, null, 2)}\n`);
    }
    else {
        io.stdout.write(`${result.version}\n`);
    }
    return _main_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
}


/***/ }),

/***/ 1922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  computeVersion: () => (/* binding */ computeVersion)
});

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/semver/branch.ts

const PREFIXES = [
    ['releases/', 'release'],
    ['release/', 'release'],
    ['release-', 'release'],
    ['hotfixes/', 'hotfix'],
    ['hotfix/', 'hotfix'],
    ['hotfix-', 'hotfix'],
    ['features/', 'feature'],
    ['feature/', 'feature'],
    ['support/', 'support'],
    ['support-', 'support'],
];
const MAIN = new Set(['main', 'master']);
const DEVELOP = new Set(['develop', 'development', 'dev']);
/** Strips `refs/heads/`, `refs/remotes/<remote>/` and a leading `origin/`. */
function shortBranchName(name) {
    let n = name.trim();
    if (n.startsWith('refs/heads/'))
        return n.slice('refs/heads/'.length);
    if (n.startsWith('refs/remotes/')) {
        n = n.slice('refs/remotes/'.length);
        const slash = n.indexOf('/');
        return slash === -1 ? n : n.slice(slash + 1);
    }
    if (n.startsWith('origin/'))
        return n.slice('origin/'.length);
    return n;
}
/**
 * A version written in a branch name or merge subject: `1.2.0`, `v1.2.0`, `V1.2.0` or `1.2`
 * (read as `1.2.0`). Pre-release and build parts are accepted and dropped: `release/1.2.0-rc.1`
 * is the release of 1.2.0. Returns `X.Y.Z`, or undefined for anything else.
 */
function versionFromName(text) {
    let t = text;
    if (t.startsWith('v') || t.startsWith('V'))
        t = t.slice(1);
    if (t.length === 0 || t.length > 256)
        return undefined;
    // `1.2` → `1.2.0`: exactly one dot and digits only on both sides.
    const dot = t.indexOf('.');
    if (dot > 0 && t.indexOf('.', dot + 1) === -1 && /^\d+\.\d+$/.test(t))
        t = `${t}.0`;
    const parsed = semver_default().parse(t);
    if (!parsed)
        return undefined;
    return `${parsed.major}.${parsed.minor}.${parsed.patch}`;
}
function classifyBranch(branch) {
    const name = shortBranchName(branch);
    const lower = name.toLowerCase();
    if (MAIN.has(lower))
        return { kind: 'main', name };
    if (DEVELOP.has(lower))
        return { kind: 'develop', name };
    for (const [prefix, kind] of PREFIXES) {
        if (lower.startsWith(prefix) && name.length > prefix.length) {
            const suffix = name.slice(prefix.length);
            const info = { kind, name, suffix };
            if (kind === 'release' || kind === 'hotfix') {
                const version = versionFromName(suffix);
                if (version)
                    info.version = version;
            }
            return info;
        }
    }
    return { kind: 'other', name };
}
/**
 * Turns a branch name into one dot-separated semver pre-release identifier string:
 * characters outside `[0-9A-Za-z-]` become `-`, runs of `-` collapse, and purely numeric
 * identifiers lose leading zeros (semver forbids them). `feature/JIRA-12_login` → `JIRA-12-login`.
 */
function sanitizeLabel(name) {
    let out = '';
    for (const ch of name.slice(0, 200)) {
        const ok = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '-';
        const c = ok ? ch : '-';
        if (c === '-' && out.endsWith('-'))
            continue;
        out += c;
    }
    out = out.replace(/^-+/, '').replace(/-+$/, '');
    if (out === '')
        return 'branch';
    if (/^\d+$/.test(out))
        return out.replace(/^0+(?=\d)/, '');
    return out;
}

;// CONCATENATED MODULE: ./src/semver/bump.ts
const RANK = { none: 0, patch: 1, minor: 2, major: 3 };
const ALIASES = {
    major: 'major',
    breaking: 'major',
    minor: 'minor',
    feature: 'minor',
    patch: 'patch',
    fix: 'patch',
    none: 'none',
    skip: 'none',
};
// One literal, optional blanks, one word: no nested or overlapping quantifiers.
const SEMVER_MARKER = /\+semver:[ \t]*([a-z]+)/gi;
// `type!:` or `type(scope)!:`; the scope cannot contain parentheses or newlines.
const BANG_HEADER = /^[A-Za-z][\w-]*(?:\([^()\r\n]*\))?!:/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE:/m;
/** The larger of two bumps (`none` < `patch` < `minor` < `major`). */
function maxBump(a, b) {
    return RANK[a] >= RANK[b] ? a : b;
}
function compareBumps(a, b) {
    return RANK[a] - RANK[b];
}
/**
 * The bump a message asks for, or null when it asks for nothing. When a message holds several
 * markers the largest wins, so `+semver: none` only counts when it is the only kind present.
 */
function markerBump(message) {
    let found = null;
    const firstLine = message.slice(0, message.indexOf('\n') === -1 ? message.length : message.indexOf('\n'));
    if (BANG_HEADER.test(firstLine) || BREAKING_FOOTER.test(message))
        return 'major';
    for (const match of message.matchAll(SEMVER_MARKER)) {
        const bump = ALIASES[match[1].toLowerCase()];
        if (bump)
            found = found === null ? bump : maxBump(found, bump);
        if (found === 'major')
            break;
    }
    return found;
}
/** The largest marker over many messages, or null when none of them has one. */
function markersBump(messages) {
    let found = null;
    for (const message of messages) {
        const bump = markerBump(message);
        if (bump !== null)
            found = found === null ? bump : maxBump(found, bump);
        if (found === 'major')
            break;
    }
    return found;
}

// EXTERNAL MODULE: ./src/semver/history.ts
var semver_history = __webpack_require__(408);
;// CONCATENATED MODULE: ./src/semver/merge-subject.ts

const MAX_SUBJECT = 4096;
/** The text between the first pair of single quotes at the start of `s`, and what follows it. */
function quoted(s) {
    if (!s.startsWith("'"))
        return undefined;
    const end = s.indexOf("'", 1);
    if (end <= 1)
        return undefined;
    return [s.slice(1, end), s.slice(end + 1)];
}
/** ` into main`, ` into 'master'` → the target branch. */
function intoTarget(rest) {
    const r = rest.trim();
    if (!r.startsWith('into '))
        return undefined;
    const t = r.slice(5).trim();
    const q = quoted(t);
    const target = q ? q[0] : t.split(' ', 1)[0];
    return target || undefined;
}
function dropFirstSegment(name) {
    const slash = name.indexOf('/');
    return slash === -1 ? name : name.slice(slash + 1);
}
function result(branch, into, typeOverride) {
    const info = classifyBranch(branch);
    let type = 'other';
    if (info.kind === 'release' || info.kind === 'hotfix' || info.kind === 'develop' || info.kind === 'feature') {
        type = info.kind;
    }
    const out = { type: typeOverride ?? type, branch };
    if (info.version && (out.type === 'release' || out.type === 'hotfix'))
        out.version = info.version;
    if (into)
        out.into = into;
    return out;
}
/**
 * Parses a merge subject, or returns null when the line is not one git, GitHub, GitLab or
 * Bitbucket writes for a branch merge:
 *
 * - `Merge branch 'release/1.2.0'`, `... into main`, `... into 'master'`, `... of <url>`
 * - `Merge remote-tracking branch 'origin/hotfix/1.2.1'` (the remote is dropped)
 * - `Merge pull request #12 from org/release/1.2.0` (the owner is dropped)
 * - `Merged in release/1.2.0 (pull request #12)`
 * - `Merge tag 'v1.2.0' into develop` → type `other`, branch `v1.2.0` (a back-merge)
 */
function parseMergeSubject(subject) {
    const s = subject.length > MAX_SUBJECT ? subject.slice(0, MAX_SUBJECT) : subject;
    const line = s.split('\n', 1)[0]?.trim() ?? '';
    if (line.startsWith('Merge branch ')) {
        const q = quoted(line.slice('Merge branch '.length));
        if (!q)
            return null;
        return result(q[0], intoTarget(q[1]));
    }
    if (line.startsWith('Merge remote-tracking branch ')) {
        const q = quoted(line.slice('Merge remote-tracking branch '.length));
        if (!q)
            return null;
        return result(dropFirstSegment(q[0]), intoTarget(q[1]));
    }
    if (line.startsWith('Merge pull request #')) {
        const rest = line.slice('Merge pull request #'.length);
        const from = rest.indexOf(' from ');
        if (from === -1)
            return null;
        const source = rest
            .slice(from + ' from '.length)
            .trim()
            .split(' ', 1)[0] ?? '';
        if (!source)
            return null;
        return result(dropFirstSegment(source), undefined);
    }
    if (line.startsWith('Merged in ')) {
        const rest = line.slice('Merged in '.length);
        const name = rest.split(' ', 1)[0] ?? '';
        if (!name)
            return null;
        return result(name, undefined);
    }
    if (line.startsWith('Merge tag ')) {
        const q = quoted(line.slice('Merge tag '.length));
        if (!q)
            return null;
        return result(q[0], intoTarget(q[1]), 'other');
    }
    return null;
}

;// CONCATENATED MODULE: ./src/semver/version.ts






function computeVersion(git, options) {
    const { config } = options;
    const prefix = config['tag-prefix'];
    // One listing of every ref: the tags, the branches, and most often the ref itself (HEAD or a
    // branch). Anything else goes to rev-parse, which in `check` already resolved it: no process.
    const refs = (0,semver_history/* readRefs */.n6)(git, prefix);
    const sha = refs.resolve(options.ref) ?? git.revParse(options.ref);
    if (git.isShallow()) {
        throw new errors/* UsageError */.e('this is a shallow clone: versions are computed from tags and the history since them, and both may be missing.', 'Fetch the full history: actions/checkout with `fetch-depth: 0` (or `fetch-history` in this Action), or `git fetch --unshallow --tags`.');
    }
    const firstVersion = semver_default().parse(config['first-version']);
    if (!firstVersion) {
        throw new errors/* UsageError */.e(`versioning.first-version ${JSON.stringify(config['first-version'])} is not a semver version.`, 'Write it as MAJOR.MINOR.PATCH, for example 0.1.0.');
    }
    const branchName = resolveBranchName(git, options, refs.branches);
    const branch = branchName ? classifyBranch(branchName) : null;
    const index = indexTags(refs.tags);
    const walked = (0,semver_history/* walkSince */.y5)(git, sha, index.releaseShas);
    const base = baseOf(git, sha, walked, index);
    const n = walked.length;
    const onRef = index.bySha.get(sha);
    if (onRef && onRef.length > 0) {
        const tag = pickTag(onRef, prefix);
        return {
            version: tag.version.version,
            previousVersion: base?.version ?? null,
            bump: bumpBetween(base, tag.version),
            tag: tag.name,
            source: 'tag',
            commitsSinceBase: n,
            branch: branch?.name ?? null,
            sha,
        };
    }
    const ctx = { base, walked, sha, firstVersion, index, config };
    const kind = branch?.kind ?? 'main';
    const strategy = kind === 'main' || kind === 'support' ? mainLine(ctx) : preRelease(ctx, branch);
    return {
        version: strategy.version,
        previousVersion: base?.version ?? null,
        bump: strategy.bump,
        tag: `${prefix}${strategy.version}`,
        source: strategy.source,
        commitsSinceBase: n,
        branch: branch?.name ?? null,
        sha,
    };
}
function indexTags(tags) {
    const bySha = new Map();
    const releaseShas = new Set();
    const existing = new Set();
    let highest = null;
    for (const tag of tags) {
        const list = bySha.get(tag.sha);
        if (list)
            list.push(tag);
        else
            bySha.set(tag.sha, [tag]);
        existing.add(tag.text);
        if (tag.release) {
            releaseShas.add(tag.sha);
            if (!highest || (0,semver_history/* compareReleaseCores */.$g)(tag, highest) > 0)
                highest = tag;
        }
    }
    return { bySha, releaseShas, existing, highest: highest?.version ?? null };
}
/** The highest version on a commit; between equal versions, the name with the configured prefix. */
function pickTag(tags, prefix) {
    let best = tags[0];
    for (const t of tags.slice(1)) {
        const c = semver_default().compare(t.version, best.version);
        if (c > 0 || (c === 0 && prefix !== '' && t.name.startsWith(prefix) && !best.name.startsWith(prefix)))
            best = t;
    }
    return best;
}
function highestRelease(tags, exceptSha) {
    let best = null;
    for (const t of tags) {
        if (t.sha === exceptSha || !t.release)
            continue;
        if (!best || (0,semver_history/* compareReleaseCores */.$g)(t, best) > 0)
            best = t;
    }
    return best?.version ?? null;
}
/**
 * The base: the highest release tag on the nearest tagged commits behind the ref. The walk
 * stops at every commit a release tag reaches; its edge is the parents where it stopped.
 * - Tags on edge commits are reachable from the ref: the highest of them is the base.
 * - An edge with no tagged commit means the ref's history joins history that only some other
 *   branch's tag reaches (nvie-style back-merges, a branch forked before a release, tags only
 *   on a support branch): the highest release tag in the repository stands in.
 * - No edge at all: nothing the ref reaches is tagged → no base.
 * - An empty walk means the ref sits inside tagged history (an old commit, or a tagged commit
 *   that a later tag also reaches): one `for-each-ref --merged` answers exactly.
 */
function baseOf(git, sha, walked, index) {
    if (walked.length === 0) {
        const merged = (0,semver_history/* tagsMergedInto */.KJ)(git, sha);
        const reachable = [];
        for (const tags of index.bySha.values())
            for (const t of tags)
                if (merged.has(t.name))
                    reachable.push(t);
        return highestRelease(reachable, sha);
    }
    const inWalk = new Set();
    for (const c of walked)
        inWalk.add(c.sha);
    let sawEdge = false;
    let best = null;
    for (const c of walked) {
        for (const p of c.parents) {
            if (inWalk.has(p))
                continue;
            sawEdge = true;
            const tags = index.bySha.get(p);
            if (!tags)
                continue;
            const h = highestRelease(tags);
            if (h && (!best || semver_default().gt(h, best)))
                best = h;
        }
    }
    if (best)
        return best;
    return sawEdge ? index.highest : null;
}
function core(v) {
    return `${v.major}.${v.minor}.${v.patch}`;
}
function inc(v, bump) {
    const parsed = typeof v === 'string' ? semver_default().parse(v) : v;
    const { major, minor, patch } = parsed;
    const next = bump === 'major'
        ? `${major + 1}.0.0`
        : bump === 'minor'
            ? `${major}.${minor + 1}.0`
            : bump === 'patch'
                ? `${major}.${minor}.${patch + 1}`
                : `${major}.${minor}.${patch}`;
    return semver_default().parse(next);
}
/** The bump from `from` to `to`, by their cores; with no `from`, the shape of `to` (1.0.0 major, 0.1.0 minor). */
function bumpBetween(from, to) {
    if (!from)
        return to.minor === 0 && to.patch === 0 ? 'major' : to.patch === 0 ? 'minor' : 'patch';
    if (to.major !== from.major)
        return to.major > from.major ? 'major' : 'none';
    if (to.minor !== from.minor)
        return to.minor > from.minor ? 'minor' : 'none';
    if (to.patch !== from.patch)
        return to.patch > from.patch ? 'patch' : 'none';
    return 'none';
}
/** main/master, support/*, and a detached HEAD: a release version. */
function mainLine(ctx) {
    const { base, walked, index } = ctx;
    const byId = new Map();
    for (const c of walked)
        byId.set(c.sha, c);
    // The first-parent chain inside the walk: the commits made on (or merged into) this line.
    const chain = [];
    for (let c = byId.get(ctx.sha); c; c = c.parents[0] ? byId.get(c.parents[0]) : undefined)
        chain.push(c);
    let named = null;
    let typed = null;
    for (const c of chain) {
        if (c.parents.length < 2)
            continue;
        const merge = parseMergeSubject(c.message);
        if (!merge)
            continue;
        if ((merge.type === 'release' || merge.type === 'hotfix') && merge.version) {
            const v = semver_default().parse(merge.version);
            if ((!base || semver_default().gt(v, base)) && (!named || semver_default().gt(v, named)))
                named = v;
        }
        const t = merge.type === 'hotfix' ? 'patch' : merge.type === 'other' ? null : 'minor';
        if (t)
            typed = typed ? maxBump(typed, t) : t;
    }
    let result;
    if (named) {
        result = { version: named.version, bump: bumpBetween(base, named), source: 'branch-name' };
    }
    else if (!base) {
        result = { version: ctx.firstVersion.version, bump: bumpBetween(null, ctx.firstVersion), source: 'first-version' };
    }
    else {
        const marker = markersBump(walked.map((c) => c.message));
        if (marker) {
            result = { version: inc(base, marker).version, bump: marker, source: 'marker' };
        }
        else {
            const bump = typed ?? 'patch';
            result = { version: inc(base, bump).version, bump, source: 'branch-type' };
        }
    }
    // `+semver: none` deliberately answers the base itself: "nothing to release".
    if (result.bump !== 'none' && index.existing.has(result.version)) {
        const bump = result.bump;
        const past = inc(index.highest ?? semver_default().parse(result.version), bump);
        result = { version: past.version, bump: bumpBetween(base, past), source: 'guard' };
    }
    return result;
}
/** develop, release/*, hotfix/*, feature/* and any other branch: `<core>-<label>.<n>`. */
function preRelease(ctx, branch) {
    const { base, index, config } = ctx;
    const labels = config.labels;
    let coreBump;
    let label;
    let named = null;
    switch (branch.kind) {
        case 'release':
            coreBump = 'minor';
            label = labels.release;
            if (branch.version)
                named = semver_default().parse(branch.version);
            break;
        case 'hotfix':
            coreBump = 'patch';
            label = labels.hotfix;
            if (branch.version)
                named = semver_default().parse(branch.version);
            break;
        case 'develop':
            coreBump = 'minor';
            label = labels.develop;
            break;
        case 'feature':
            coreBump = 'minor';
            label = labels.feature ?? branch.suffix ?? branch.name;
            break;
        default:
            coreBump = 'minor';
            label = branch.name;
    }
    if (!named && branch.kind !== 'release' && branch.kind !== 'hotfix') {
        const marker = markersBump(ctx.walked.map((c) => c.message));
        if (marker)
            coreBump = maxBump(coreBump, marker);
    }
    let next;
    let source = 'prerelease';
    if (named)
        next = named;
    else if (base)
        next = inc(base, coreBump);
    else {
        next = ctx.firstVersion;
        source = 'first-version';
    }
    // A pre-release of a version that is already released would sort below it: bump past the guard.
    if (index.existing.has(core(next))) {
        next = inc(index.highest ?? next, coreBump);
        source = 'guard';
    }
    const id = sanitizeLabel(label);
    let count = ctx.walked.length;
    let version = `${core(next)}-${id}.${count}`;
    // Never an existing tag, even a pre-release one pushed from another commit.
    while (index.existing.has(version))
        version = `${core(next)}-${id}.${++count}`;
    return { version, bump: bumpBetween(base, next), source };
}
function resolveBranchName(git, options, branches) {
    if (options.branch)
        return shortBranchName(options.branch);
    const ref = options.ref;
    if (ref.startsWith('refs/heads/') || ref.startsWith('refs/remotes/'))
        return shortBranchName(ref);
    if (branches.has(ref))
        return shortBranchName(ref);
    return git.currentBranch() ?? null;
}


/***/ })

};
;