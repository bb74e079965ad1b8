"use strict";
exports.id = 308;
exports.ids = [308,623];
exports.modules = {

/***/ 6308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  spec: () => (/* binding */ spec),
  version: () => (/* binding */ version_version)
});

// EXTERNAL MODULE: ./src/policy/check.ts
var check = __webpack_require__(8218);
;// CONCATENATED MODULE: ./src/semver/fields.ts
const CORE = /^(\d+)\.(\d+)\.(\d+)(?:-([^+]*))?/;
function gitVersionFields(result) {
    const m = CORE.exec(result.version);
    const [major, minor, patch] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
    const pre = m?.[4];
    let preReleaseLabel = '';
    let preReleaseNumber = null;
    if (pre) {
        const ids = pre.split('.');
        const last = ids[ids.length - 1];
        if (ids.length > 1 && /^\d{1,15}$/.test(last)) {
            preReleaseNumber = Number(last);
            preReleaseLabel = ids.slice(0, -1).join('.');
        }
        else
            preReleaseLabel = pre;
    }
    const commitsSinceVersionSource = result.source === 'tag' ? 0 : result.commitsSinceBase;
    const fullSemVer = pre || result.source === 'tag' || commitsSinceVersionSource === 0
        ? result.version
        : `${result.version}+${commitsSinceVersionSource}`;
    return {
        major,
        minor,
        patch,
        preReleaseLabel,
        preReleaseNumber,
        fullSemVer,
        commitsSinceVersionSource,
        branchName: result.branch,
        sha: result.sha,
    };
}
/** The same fields as the Action's outputs: kebab-case names, every value a string ('' for none). */
function gitVersionOutputs(result) {
    const f = result ? gitVersionFields(result) : undefined;
    return {
        major: f ? String(f.major) : '',
        minor: f ? String(f.minor) : '',
        patch: f ? String(f.patch) : '',
        'pre-release-label': f?.preReleaseLabel ?? '',
        'pre-release-number': f?.preReleaseNumber == null ? '' : String(f.preReleaseNumber),
        'full-semver': f?.fullSemVer ?? '',
        'commits-since-version-source': f ? String(f.commitsSinceVersionSource) : '',
        'branch-name': f?.branchName ?? '',
        sha: f?.sha ?? '',
    };
}

// EXTERNAL MODULE: ./src/semver/version.ts + 2 modules
var version = __webpack_require__(5623);
// EXTERNAL MODULE: ./src/cli/main.ts + 1 modules
var main = __webpack_require__(610);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/repo.ts
var repo = __webpack_require__(9912);
;// CONCATENATED MODULE: ./src/cli/version.ts






const spec = {
    name: 'version',
    summary: 'the semver version git-flow gives a ref (GitVersion-style: tags, release branches, merges)',
    options: {
        ref: { type: 'string', value: 'REV', description: 'the branch, tag or commit to version', default: 'HEAD' },
        config: {
            type: 'string',
            value: 'FILE',
            description: 'a policy file on disk, as it stands (only versioning: is read)',
            defaultText: '.gitops.yml at --ref',
        },
        format: { type: 'string', value: 'FORMAT', description: 'output', choices: ['text', 'json'], default: 'text' },
    },
    examples: [
        'gitops-action version                       # e.g. 1.3.0-alpha.4 on develop',
        'gitops-action version --ref release/1.3.0 --format json',
    ],
};
/** `version [--ref REV]`: the semver version git-flow gives the ref. */
const version_version = async (argv, io) => {
    const parsed = (0,options/* parseCommand */.RM)(spec, argv, io.stdout);
    if (!parsed)
        return main/* EXIT */.dc.ok;
    const args = parsed.values;
    const git = (0,repo/* openRepository */.h)(io.cwd);
    const given = argv.some((a) => a === '--ref' || a.startsWith('--ref='));
    const rev = args.ref;
    (0,repo/* resolveCommit */.W)(git, rev);
    // The policy at the ref itself (only its versioning block is read).
    const config = await (0,check/* loadTrustedConfig */.C)({ git, from: rev, configPath: args.config, explicitFrom: true });
    // With --ref the versioning derives the branch from the name itself; without it, HEAD's branch counts.
    const result = (0,version.computeVersion)(git, {
        ref: rev,
        branch: given ? undefined : git.currentBranch(),
        config: config.versioning,
    });
    if (args.format === 'json') {
        // camelCase, with GitVersion's names for the fields a user moving from it looks for.
        const output = {
            version: result.version,
            previousVersion: result.previousVersion,
            bump: result.bump,
            tag: result.tag,
            source: result.source,
            ...gitVersionFields(result),
        };
        io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    }
    else {
        io.stdout.write(`${result.version}\n`);
    }
    return main/* EXIT */.dc.ok;
};
version_version.spec = spec;


/***/ }),

/***/ 8694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kT: () => (/* binding */ sanitizeLabel),
/* harmony export */   n4: () => (/* binding */ classifyBranch),
/* harmony export */   qt: () => (/* binding */ shortBranchName)
/* harmony export */ });
/* unused harmony exports versionFromName, versionInBranchName */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);

const PREFIXES = [
    ['releases/', 'release'],
    ['release/', 'release'],
    ['release-', 'release'],
    ['release_', 'release'],
    ['hotfixes/', 'hotfix'],
    ['hotfix/', 'hotfix'],
    ['hotfix-', 'hotfix'],
    ['hotfix_', 'hotfix'],
    ['features/', 'feature'],
    ['feature/', 'feature'],
    ['support/', 'support'],
    ['support-', 'support'],
    ['support_', 'support'],
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
    const parsed = semver.parse(t);
    if (!parsed)
        return undefined;
    return `${parsed.major}.${parsed.minor}.${parsed.patch}`;
}
const SEGMENT_VERSION = /^[vV]?(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})(?:\.(0|[1-9]\d{0,14}))?$/;
const SEGMENT_LINE = /^[vV]?(0|[1-9]\d{0,14})(?:\.(0|[1-9]\d{0,14}))?\.[xX*]$/;
/**
 * What a pre-release suffix looks like when a branch is named for one: a label then numbers
 * (`alpha`, `rc.1`, `beta2`, `preview.3.1`). Free words (`release/1.2.0-login-fix`) are not one.
 */
const BRANCH_PRERELEASE = /^(?:alpha|beta|rc|pre|preview|next|canary|dev|m|milestone)(?:\.?(?:0|[1-9]\d{0,8}))?(?:\.(?:0|[1-9]\d{0,8}))*$/i;
/**
 * The version written in what follows `release`/`hotfix`/`support` in a branch name, wherever it
 * sits: the text is split on `/`, `-` and `_`, and the first segment that starts with a digit
 * (after an optional `v`) decides. It counts when it is `X.Y` (read `X.Y.0`) or `X.Y.Z`; `X.x`
 * and `X.Y.x` name a maintenance line. So `release-1.0.26`, `hotfix-0.2.10` and `v1.2` name
 * versions, while `0-28.1` does not name 28.1.0 (its first numeric segment is `0`) and
 * `1.7.39.1` names nothing. Linear: one split, two anchored regexes per segment at most.
 */
function versionInBranchName(text) {
    if (text.length === 0 || text.length > 256)
        return undefined;
    const segments = text.split(/[/_-]/);
    let offset = 0;
    for (let i = 0; i < segments.length; i++) {
        const segment = segments[i];
        const end = offset + segment.length;
        offset = end + 1;
        const start = segment.startsWith('v') || segment.startsWith('V') ? segment.slice(1) : segment;
        if (!startsWithDigit(start))
            continue;
        const line = SEGMENT_LINE.exec(segment);
        if (line) {
            const out = { line: { major: Number(line[1]) } };
            if (line[2] !== undefined)
                out.line.minor = Number(line[2]);
            return out;
        }
        const m = SEGMENT_VERSION.exec(segment);
        if (!m)
            return undefined;
        const out = { version: `${m[1]}.${m[2]}.${m[3] ?? '0'}` };
        // `4.8.2-alpha.1`: the split cut the pre-release off at its `-`; it is everything after it.
        const rest = text.slice(end + 1);
        if (text[end] === '-' && BRANCH_PRERELEASE.test(rest))
            out.prerelease = rest;
        return out;
    }
    return undefined;
}
function startsWithDigit(text) {
    const c = text.charCodeAt(0);
    return c >= 48 && c <= 57;
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
                const named = versionInBranchName(suffix);
                if (named?.version)
                    info.version = named.version;
                if (named?.prerelease)
                    info.prerelease = named.prerelease;
                if (named?.line)
                    info.line = named.line;
            }
            if (kind === 'support') {
                const named = versionInBranchName(suffix);
                if (named?.line)
                    info.line = named.line;
                else if (named?.version) {
                    const [major, minor] = named.version.split('.').map(Number);
                    info.line = { major, minor };
                }
            }
            return info;
        }
    }
    // A branch named only for a version (`3.1.0`, `v2.4`) is that version's release branch.
    const bare = SEGMENT_VERSION.exec(name);
    if (bare)
        return { kind: 'release', name, suffix: name, version: `${bare[1]}.${bare[2]}.${bare[3] ?? '0'}` };
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


/***/ }),

/***/ 7761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseMergeSubject)
/* harmony export */ });
/* harmony import */ var _branch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8694);

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
    const info = (0,_branch_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyBranch */ .n4)(branch);
    let type = 'other';
    if (info.kind === 'release' || info.kind === 'hotfix' || info.kind === 'develop' || info.kind === 'feature') {
        type = info.kind;
    }
    const out = { type: typeOverride ?? type, branch };
    if (info.version && (out.type === 'release' || out.type === 'hotfix')) {
        out.version = info.version;
        if (info.prerelease)
            out.prerelease = info.prerelease;
    }
    if (into)
        out.into = into;
    if (typeOverride === 'other' || info.kind === 'main')
        out.backMerge = true;
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
 * - `Merge 'release-6.3.0' into 'master' using only contents from 'release-6.3.0'`
 * A branch named only for a version (`Merge branch '3.1.0'`) is read as that release's branch.
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
    // `Merge 'release-6.3.0' into 'master' using only contents from …`, as some tools write it.
    if (line.startsWith("Merge '")) {
        const q = quoted(line.slice('Merge '.length));
        if (!q)
            return null;
        return result(q[0], intoTarget(q[1]));
    }
    if (line.startsWith('Merge tag ')) {
        const q = quoted(line.slice('Merge tag '.length));
        if (!q)
            return null;
        return result(q[0], intoTarget(q[1]), 'other');
    }
    return null;
}


/***/ }),

/***/ 5623:
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
// EXTERNAL MODULE: ./src/semver/branch.ts
var semver_branch = __webpack_require__(8694);
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
const FEAT_HEADER = /^feat(?:\([^()\r\n]*\))?:/i;
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
function markerBump(message, options = {}) {
    let found = null;
    const firstLine = message.slice(0, message.indexOf('\n') === -1 ? message.length : message.indexOf('\n'));
    if (BANG_HEADER.test(firstLine) || BREAKING_FOOTER.test(message))
        return 'major';
    if (options.conventionalCommits && FEAT_HEADER.test(firstLine))
        found = 'minor';
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
function markersBump(messages, options = {}) {
    let found = null;
    for (const message of messages) {
        const bump = markerBump(message, options);
        if (bump !== null)
            found = found === null ? bump : maxBump(found, bump);
        if (found === 'major')
            break;
    }
    return found;
}

// EXTERNAL MODULE: ./src/semver/history.ts
var semver_history = __webpack_require__(408);
// EXTERNAL MODULE: ./src/semver/merge-subject.ts
var merge_subject = __webpack_require__(7761);
;// CONCATENATED MODULE: ./src/semver/release-subject.ts
/**
 * The version a release commit announces in its subject: the commit a release tool or a
 * maintainer makes when cutting a version, which names the version the way a release branch's
 * name does. The conventions read are the common ones:
 *
 * - `1.2.3` or `v1.2.3` alone: `npm version`, `yarn version`;
 * - `chore(release): 1.2.3`, `chore(main): release 1.2.3`, `chore: release v1.2.3`:
 *   semantic-release, release-please, cargo-release, Conventional Commits by hand;
 * - `[maven-release-plugin] prepare release app-1.2.3`;
 * - `Release 1.2.3`, `Prepare release 1.2.3`, `Bump version to 1.2.3`, `Version 1.2.3`,
 *   `Update CHANGELOG.md for 1.2.3`, `Finalize changelog for 1.2.3.`
 *
 * The whole subject must be the announcement: only a closing `.`, ` [skip ci]` or a pull request
 * number ` (#12)` may follow the version. So `Release 1.0 branch created`, `Release v6.0.13 fixes
 * an issue` and `Bump lodash to 4.17.21` name nothing. A pre-release (`1.2.3-rc.1`) is not read:
 * a main line gives release versions. Subjects are untrusted: the expressions are anchored and
 * have no nested repetition (linear time), and only the first 200 characters are looked at.
 */
const VERSION = String.raw `v?(\d{1,9})\.(\d{1,9})(?:\.(\d{1,9}))?`;
const END = String.raw `\.?(?: \[(?:skip ci|ci skip)\]| \(#\d{1,9}\))*$`;
const ANNOUNCEMENTS = [
    // npm version, yarn version.
    new RegExp(`^${VERSION}${END}`),
    // Conventional Commits release commits (semantic-release, release-please, cargo-release).
    new RegExp(String.raw `^(?:chore|build|ci|release)(?:\([^)]{0,50}\))?!?: ?(?:release|publish|prepare release|bump version to|version)? ?${VERSION}${END}`, 'i'),
    new RegExp(String.raw `^\[maven-release-plugin\] prepare release (?:[\w.-]{1,100}-)?${VERSION}${END}`, 'i'),
    new RegExp(String.raw `^(?:release|released|releasing|prepare release|prepare for release|bump version to|bumped version to|set version to|version|(?:finali[sz]e|update|updated) (?:the )?(?:changelog|changelog\.md|release notes|release) for):? ${VERSION}${END}`, 'i'),
];
/** `X.Y.Z` (a two-part `X.Y` as `X.Y.0`), or undefined when the subject announces no release. */
function releaseSubjectVersion(message) {
    const newline = message.indexOf('\n');
    const subject = (newline < 0 ? message : message.slice(0, newline)).slice(0, 200).trim();
    for (const re of ANNOUNCEMENTS) {
        const m = re.exec(subject);
        if (m)
            return `${Number(m[1])}.${Number(m[2])}.${Number(m[3] ?? 0)}`;
    }
    return undefined;
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
    const branch = branchName ? (0,semver_branch/* classifyBranch */.n4)(branchName) : null;
    const kind = branch?.kind ?? 'main';
    const index = indexTags(refs.tags);
    let walked = (0,semver_history/* walkSince */.y5)(git, sha, index.releaseShas);
    let base = baseOf(git, sha, walked, index, branch);
    const onRef = index.bySha.get(sha);
    const refTag = onRef && onRef.length > 0 ? pickTag(onRef, prefix) : null;
    // A released commit on develop (a fast-forward, a tag made there) is develop's base: develop
    // goes on to the next alpha rather than answering the release it already holds. A tag asked
    // for by name answers with itself, whatever is checked out.
    // Only when develop was named (the `branch` option, HEAD on it, or a ref that is the branch): a
    // tag push checked by sha on a develop checkout deploys the tag.
    const developNamed = kind === 'develop' &&
        (options.branch !== undefined ||
            options.ref === 'HEAD' ||
            options.ref.startsWith('refs/heads/') ||
            options.ref.startsWith('refs/remotes/') ||
            refs.branches.has(options.ref));
    const askedForTag = onRef?.some((t) => options.ref === t.name || options.ref === `refs/tags/${t.name}`) === true;
    if (refTag && (askedForTag || !(developNamed && refTag.release))) {
        return {
            version: refTag.version.version,
            previousVersion: base?.version ?? null,
            bump: bumpBetween(base, refTag.version),
            tag: refTag.name,
            source: 'tag',
            commitsSinceBase: walked.length,
            branch: branch?.name ?? null,
            sha,
        };
    }
    if (refTag) {
        base = refTag.version;
        walked = [];
    }
    const ctx = { base, walked, sha, firstVersion, index, config, branches: refs.branches };
    const strategy = kind === 'main' || kind === 'support' ? mainLine(ctx) : preRelease(ctx, branch);
    return {
        version: strategy.version,
        previousVersion: base?.version ?? null,
        bump: strategy.bump,
        tag: `${prefix}${strategy.version}`,
        source: strategy.source,
        commitsSinceBase: walked.length,
        branch: branch?.name ?? null,
        sha,
    };
}
function indexTags(tags) {
    const bySha = new Map();
    const releaseShas = new Set();
    const releases = [];
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
            releases.push(tag);
            if (!highest || (0,semver_history/* compareReleaseCores */.$g)(tag, highest) > 0)
                highest = tag;
        }
    }
    return { bySha, releaseShas, releases, existing, highest: highest?.version ?? null };
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
/** The highest release tag in a line, or at or below it (`upTo`): the tags a maintenance line can build on. */
function highestInLine(index, line, upTo = false) {
    let best = null;
    for (const t of index.releases) {
        if (line.major !== undefined) {
            if (upTo ? t.major > line.major : t.major !== line.major)
                continue;
            if (line.minor !== undefined &&
                t.major === line.major &&
                (upTo ? t.minor > line.minor : t.minor !== line.minor)) {
                continue;
            }
        }
        if (!best || (0,semver_history/* compareReleaseCores */.$g)(t, best) > 0)
            best = t;
    }
    return best?.version ?? null;
}
/**
 * The line a branch name pins: `release/2.7.x`, `support/1.x`, `release-10.0`, `hotfix/1.2.1`.
 * Release and hotfix branches named for a version never build on a higher minor than their own.
 */
function lineOf(branch) {
    if (!branch)
        return null;
    if (branch.line)
        return branch.line;
    if ((branch.kind === 'release' || branch.kind === 'hotfix') && branch.version) {
        const v = semver_default().parse(branch.version);
        return { major: v.major, minor: v.minor };
    }
    return null;
}
/**
 * The base: the highest release tag on the nearest tagged commits behind the ref. The walk
 * stops at every commit a release tag reaches; its edge is the parents where it stopped.
 * - Tags on edge commits are reachable from the ref: the highest of them is the base.
 * - An edge with no tagged commit means the ref's history joins history that only some other
 *   branch's tag reaches (nvie-style back-merges, a branch forked before a release, tags only
 *   on a support branch): for a branch whose name pins a line (`release-10.0`, `support/1.x`)
 *   the highest release at or below it; for a main line the highest tag it reaches (one
 *   `for-each-ref --merged`), else the highest in the repository; for develop and topic
 *   branches the highest release tag in the repository.
 * - No edge at all: nothing the ref reaches is tagged → no base.
 * - An empty walk means the ref sits inside tagged history (an old commit, or a tagged commit
 *   that a later tag also reaches): one `for-each-ref --merged` answers exactly.
 */
function baseOf(git, sha, walked, index, branch) {
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
    if (!sawEdge)
        return null;
    const line = lineOf(branch);
    if (line)
        return highestInLine(index, line, true);
    // A main line whose walk met only untagged commits (an older line patched on master while a
    // newer one was tagged elsewhere) builds on what it reaches: one whole-history walk, in this
    // rare case only. Develop and topic branches keep the highest tag, which they must stay above.
    if (!branch || branch.kind === 'main' || branch.kind === 'support') {
        const merged = (0,semver_history/* tagsMergedInto */.KJ)(git, sha);
        const reachable = index.releases.filter((t) => merged.has(t.name));
        return highestRelease(reachable) ?? index.highest;
    }
    return index.highest;
}
function core(v) {
    return `${v.major}.${v.minor}.${v.patch}`;
}
function coreOf(v) {
    return semver_default().parse(core(v));
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
function maxVersion(a, b) {
    return b && semver_default().gt(b, a) ? b : a;
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
/**
 * The guard's step for a version that already exists as a tag: the same bump, from the highest
 * release of the line that bump moves in (a patch stays in its `X.Y`, a minor in its `X`), so a
 * maintenance line's collision moves along that line instead of jumping past the newest major.
 */
function bumpPast(index, v, bump) {
    if (v.prerelease.length > 0) {
        let next = v;
        do
            next = semver_default().parse(semver_default().inc(next, 'prerelease'));
        while (index.existing.has(next.version));
        return next;
    }
    const line = bump === 'patch' ? { major: v.major, minor: v.minor } : bump === 'minor' ? { major: v.major } : {};
    return inc(maxVersion(v, highestInLine(index, line)), bump);
}
/** The highest core among the pre-release tags since the base: `1.3.0-rc.2` there means 1.3.0 is coming. */
function preReleaseFloor(ctx) {
    let floor = null;
    for (const c of ctx.walked) {
        const tags = ctx.index.bySha.get(c.sha);
        if (!tags)
            continue;
        for (const t of tags)
            if (!t.release)
                floor = maxVersion(coreOf(t.version), floor);
    }
    return floor;
}
/**
 * The highest version a release commit since the base announces (`chore(release): 1.2.3`,
 * `Finalize CHANGELOG.md for 0.2.10.`; see release-subject.ts), above the base: the maintainers
 * said which version this is, as a release branch's name says it. Off with
 * `versioning.release-commits: false`.
 */
function releaseCommitFloor(ctx) {
    if (ctx.config['release-commits'] === false)
        return null;
    let floor = null;
    for (const c of ctx.walked) {
        const named = releaseSubjectVersion(c.message);
        if (!named)
            continue;
        const v = semver_default().parse(named);
        if (!ctx.base || semver_default().gt(v, ctx.base))
            floor = maxVersion(v, floor);
    }
    return floor;
}
function markerOf(ctx) {
    return markersBump(ctx.walked.map((c) => c.message), { conventionalCommits: ctx.config['conventional-commits'] === true });
}
/** main/master, support/*, and a detached HEAD: a release version. */
function mainLine(ctx) {
    const { base, walked, index, config } = ctx;
    const mainIncrement = config['main-increment'] ?? 'patch';
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
        const merge = (0,merge_subject/* parseMergeSubject */.E)(c.message);
        if (!merge || merge.backMerge)
            continue;
        let t = mainIncrement;
        if (merge.type === 'hotfix')
            t = 'patch';
        if ((merge.type === 'release' || merge.type === 'hotfix') && merge.version) {
            const v = semver_default().parse(merge.prerelease ? `${merge.version}-${merge.prerelease}` : merge.version);
            if (!base || semver_default().gt(v, base)) {
                named = maxVersion(v, named);
                continue;
            }
            // Named at or below the base: a fix of a release that is out already.
            t = 'patch';
        }
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
        const marker = markerOf(ctx);
        if (marker) {
            result = { version: inc(base, marker).version, bump: marker, source: 'marker' };
        }
        else {
            const bump = typed ?? 'patch';
            result = { version: inc(base, bump).version, bump, source: 'branch-type' };
        }
    }
    // `+semver: none` deliberately answers the base itself: "nothing to release".
    if (result.bump === 'none')
        return result;
    const floor = preReleaseFloor(ctx);
    if (floor && semver_default().gt(floor, coreOf(semver_default().parse(result.version)))) {
        result = { version: floor.version, bump: bumpBetween(base, floor), source: 'prerelease-tag' };
    }
    const announced = releaseCommitFloor(ctx);
    if (announced && semver_default().gt(announced, coreOf(semver_default().parse(result.version)))) {
        result = { version: announced.version, bump: bumpBetween(base, announced), source: 'release-commit' };
    }
    if (index.existing.has(result.version)) {
        const past = bumpPast(index, semver_default().parse(result.version), result.bump);
        result = { version: past.version, bump: bumpBetween(base, past), source: 'guard' };
    }
    return result;
}
/** The versions named by release branches that exist, or that develop's history merged. */
function releaseBranchVersions(ctx) {
    const out = [];
    for (const name of ctx.branches) {
        const info = (0,semver_branch/* classifyBranch */.n4)(name);
        if (info.kind === 'release' && info.version)
            out.push(semver_default().parse(info.version));
    }
    for (const c of ctx.walked) {
        if (c.parents.length < 2)
            continue;
        const merge = (0,merge_subject/* parseMergeSubject */.E)(c.message);
        if (merge?.type === 'release' && merge.version)
            out.push(semver_default().parse(merge.version));
    }
    return out;
}
/** develop, release/*, hotfix/*, feature/* and any other branch: `<core>-<label>.<n>`. */
function preRelease(ctx, branch) {
    const { base, index, config } = ctx;
    const labels = config.labels;
    let coreBump = 'minor';
    let label;
    let next = null;
    switch (branch.kind) {
        case 'release':
        case 'hotfix': {
            label = branch.kind === 'release' ? labels.release : labels.hotfix;
            const named = branch.version ? semver_default().parse(branch.version) : null;
            // A name at or below the base, or `2.7.x`: a maintenance line, whose next is a patch of its own base.
            const maintenance = branch.line !== undefined || (named !== null && base !== null && !semver_default().gt(named, base));
            coreBump = branch.kind === 'hotfix' || maintenance ? 'patch' : (config['main-increment'] ?? 'patch');
            if (named && !maintenance)
                next = named;
            break;
        }
        case 'develop':
            label = labels.develop;
            break;
        case 'feature':
            label = labels.feature ?? branch.suffix ?? branch.name;
            break;
        default:
            label = branch.name;
    }
    if (branch.kind !== 'release' && branch.kind !== 'hotfix') {
        const marker = markerOf(ctx);
        if (marker)
            coreBump = maxBump(coreBump, marker);
    }
    let source = 'prerelease';
    if (!next && base)
        next = inc(base, coreBump);
    if (branch.kind === 'develop' && (base || index.highest)) {
        // Develop is always ahead of what main released (a stale develop too) and of every release
        // branch cut from it: after release/10.2.0 is cut, develop works on 10.3.0.
        next = maxVersion(next ?? inc(index.highest, coreBump), index.highest && inc(index.highest, coreBump));
        for (const v of releaseBranchVersions(ctx))
            next = maxVersion(next, inc(v, coreBump));
    }
    if (!next) {
        next = ctx.firstVersion;
        source = 'first-version';
    }
    if (branch.kind !== 'release' && branch.kind !== 'hotfix')
        next = maxVersion(next, preReleaseFloor(ctx));
    // A pre-release of a version that is already released would sort below it: bump past the guard.
    if (index.existing.has(core(next))) {
        next = bumpPast(index, next, coreBump);
        source = 'guard';
    }
    const id = (0,semver_branch/* sanitizeLabel */.kT)(label);
    let count = ctx.walked.length;
    let version = `${core(next)}-${id}.${count}`;
    // Never an existing tag, even a pre-release one pushed from another commit.
    while (index.existing.has(version))
        version = `${core(next)}-${id}.${++count}`;
    return { version, bump: bumpBetween(base, next), source };
}
function resolveBranchName(git, options, branches) {
    if (options.branch)
        return (0,semver_branch/* shortBranchName */.qt)(options.branch);
    const ref = options.ref;
    if (ref.startsWith('refs/heads/') || ref.startsWith('refs/remotes/'))
        return (0,semver_branch/* shortBranchName */.qt)(ref);
    if (branches.has(ref))
        return (0,semver_branch/* shortBranchName */.qt)(ref);
    return git.currentBranch() ?? null;
}


/***/ })

};
;