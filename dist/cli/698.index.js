"use strict";
exports.id = 698;
exports.ids = [698];
exports.modules = {

/***/ 9912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ openRepository)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(308);


/**
 * The repository the CLI runs in; a clear error outside one. `probe`, a full sha, is checked for
 * in the same git process (see Git.openWith).
 */
function openRepository(cwd, probe) {
    const git = new _git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .Git */ .TU(cwd);
    if (!(probe ? git.openWith(probe) : git.isRepository())) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${cwd} is not inside a git repository`, 'Run gitops-action from inside the repository you deploy from.');
    }
    return git;
}


/***/ }),

/***/ 1390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ environmentFor),
/* harmony export */   _I: () => (/* binding */ matchesAny),
/* harmony export */   rd: () => (/* binding */ parseRef)
/* harmony export */ });
/* unused harmony export versionInRange */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _semver_history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(408);



/** `refs/heads/x` is a branch, `refs/tags/x` a tag; a bare name is taken as a branch. */
function parseRef(ref) {
    if (ref.startsWith('refs/heads/'))
        return { kind: 'branch', name: ref.slice(11), full: ref };
    if (ref.startsWith('refs/tags/'))
        return { kind: 'tag', name: ref.slice(10), full: ref };
    if (ref.startsWith('refs/'))
        return { kind: 'other', name: ref, full: ref };
    return { kind: 'branch', name: ref, full: `refs/heads/${ref}` };
}
/** Glob matching for branch and tag names: `*` stays within one path segment, as git's own refspecs do. */
function matchesAny(name, globs) {
    return globs.some((g) => g === name || refGlob(g)(name));
}
const compiled = new Map();
function refGlob(glob) {
    let m = compiled.get(glob);
    if (!m) {
        m = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(glob, { dot: true });
        compiled.set(glob, m);
    }
    return m;
}
/**
 * The environment a ref deploys to. Environments are tried in file order and the first match wins,
 * so a `-beta` range listed before production sends beta tags there. A tag must match an
 * environment's tag globs and, when `versions:` is set, its version must satisfy that range.
 */
function environmentFor(config, ref) {
    for (const env of Object.values(config.environments)) {
        if (ref.kind === 'branch' && matchesAny(ref.name, env.branches))
            return env;
        if (ref.kind === 'tag' && env.tags.length > 0 && matchesAny(ref.name, env.tags)) {
            if (!env.versions)
                return env;
            const version = (0,_semver_history_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTagVersion */ .An)(ref.name, config.versioning['tag-prefix']);
            if (version && versionInRange(version.version, env.versions))
                return env;
        }
    }
    return undefined;
}
/**
 * `semver.satisfies`, with one decision of ours: a plain range (`>=1.0.0`) keeps semver's default
 * and never matches a prerelease, so betas don't reach production by accident; a range that names
 * a prerelease itself (`>=1.0.0-0`) matches prereleases of any version, which is what a user who
 * routes "-beta tags to one server" means (semver alone would match only 1.0.0's prereleases).
 */
function versionInRange(version, range) {
    const namesPrerelease = /\d-[0-9A-Za-z]/.test(range);
    return semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(version, range, { includePrerelease: namesPrerelease });
}


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ DESTRUCTIVE_KINDS)
/* harmony export */ });
const DESTRUCTIVE_KINDS = [
    'service-removed',
    'version-downgrade',
    'port-opened',
    'firewall-widened',
    'firewall-narrowed',
    'limits-exceeded',
    'healthcheck-removed',
];


/***/ }),

/***/ 5895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   uv: () => (/* binding */ trailerValues)
/* harmony export */ });
/* unused harmony export isMerge */
function isMerge(commit) {
    return commit.parents.length > 1;
}
function shortSha(sha) {
    return sha.slice(0, 7);
}
/** Trailer lookup is case-insensitive, as git's own `interpret-trailers` is. */
function trailerValues(commit, key) {
    const k = key.toLowerCase();
    return commit.trailers.filter((t) => t.key.toLowerCase() === k).map((t) => t.value);
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   iR: () => (/* binding */ GitCommandError)
/* harmony export */ });
/* unused harmony export parseLog */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);




const FIELD = '\x00';
/** Fields of one commit in `git log --format`; the order matters to `parseLog`. */
const LOG_FIELDS = ['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B', '%(trailers:only,unfold)'];
/** A whole object id: 40 hex digits (SHA-1) or 64 (SHA-256). */
const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
class Git {
    cwd;
    /** Facts about the repository that never change during a run, read with one rev-parse. */
    info;
    /** Commit shas known to exist. Only hits are kept: a fetch may make a missing one appear. */
    resolved = new Map();
    changed = new Map();
    constructor(cwd) {
        this.cwd = cwd;
    }
    execGit(args, options = {}) {
        const result = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, {
            cwd: this.cwd,
            input: options.input,
            maxBuffer: 1024 * 1024 * 1024,
            env: {
                ...process.env,
                GIT_TERMINAL_PROMPT: '0',
                // Keep output parseable whatever the user's locale and pager settings are.
                LC_ALL: 'C',
                GIT_PAGER: 'cat',
                GIT_OPTIONAL_LOCKS: '0',
                ...options.env,
            },
        });
        if (result.error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`could not run git: ${result.error.message}`, 'Install git and make sure it is on PATH.');
        }
        const out = {
            status: result.status ?? 1,
            stdout: result.stdout,
            stderr: result.stderr.toString('utf8').trim(),
        };
        if (out.status !== 0 && !options.allowFail) {
            throw new GitCommandError(args, out.stderr);
        }
        return out;
    }
    text(args) {
        return this.execGit(args).stdout.toString('utf8');
    }
    tryText(args) {
        const r = this.execGit(args, { allowFail: true });
        return r.status === 0 ? r.stdout.toString('utf8') : undefined;
    }
    repositoryInfo() {
        if (this.info === undefined) {
            const out = this.tryText(['rev-parse', '--git-common-dir', '--show-object-format']);
            const [commonDir, format] = out?.trim().split('\n') ?? [];
            this.info = commonDir
                ? { commonDir: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(this.cwd, commonDir), objectFormat: format === 'sha256' ? 'sha256' : 'sha1' }
                : null;
        }
        return this.info;
    }
    isRepository() {
        return this.repositoryInfo() !== null;
    }
    /**
     * isRepository, and whether the full `sha` is a commit here, in one rev-parse: the pre-push
     * hook knows the remote's sha before anything else, and a separate check cost it a process.
     */
    openWith(sha) {
        if (this.info !== undefined || !FULL_SHA.test(sha) || /^0+$/.test(sha)) {
            return this.isRepository();
        }
        const args = ['rev-parse', '--git-common-dir', '--show-object-format', '--verify', '--quiet'];
        const r = this.execGit([...args, '--end-of-options', `${sha}^{commit}`], { allowFail: true });
        // 1: a repository without that commit (the first two lines are printed all the same).
        const [commonDir, format, resolved] = r.status <= 1 ? r.stdout.toString('utf8').trim().split('\n') : [];
        this.info = commonDir
            ? { commonDir: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(this.cwd, commonDir), objectFormat: format === 'sha256' ? 'sha256' : 'sha1' }
            : null;
        if (r.status === 0 && resolved)
            this.resolved.set(resolved, resolved);
        return this.info !== null;
    }
    topLevel() {
        return this.text(['rev-parse', '--show-toplevel']).trim();
    }
    /** Resolves a revision to a commit sha, or undefined. `--end-of-options` keeps `-x` from being a flag. */
    tryRevParse(rev) {
        const hit = this.resolved.get(rev);
        if (hit)
            return hit;
        const sha = this.tryText(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])?.trim();
        if (!sha)
            return undefined;
        // Only shas are kept: they never change, where a ref (HEAD, main) moves with every commit.
        this.resolved.set(sha, sha);
        return sha;
    }
    /** Records a full sha that the caller knows to be a commit (git itself handed it over). */
    assumeCommit(sha) {
        if (FULL_SHA.test(sha))
            this.resolved.set(sha, sha);
    }
    revParse(rev) {
        const sha = this.tryRevParse(rev);
        if (!sha) {
            const shallow = this.isShallow() ? ' This clone is shallow, so the commit may simply not be fetched.' : '';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`unknown revision ${JSON.stringify(rev)}: it is not a commit in this repository.${shallow}`, shallow
                ? 'Fetch the full history (`git fetch --unshallow`, or actions/checkout with `fetch-depth: 0`).'
                : 'Check the spelling, or `git fetch` the branch or tag first.');
        }
        return sha;
    }
    tryMergeBase(a, b) {
        return this.tryText(['merge-base', a, b])?.trim() || undefined;
    }
    /** Every best common ancestor, the one tryMergeBase names first; none for unrelated histories. */
    mergeBases(a, b) {
        return (this.tryText(['merge-base', '--all', a, b]) ?? '').split('\n').filter(Boolean);
    }
    /** The repository's common git directory (shared by its worktrees), or undefined outside one. */
    commonDir() {
        return this.repositoryInfo()?.commonDir;
    }
    /** The path of git's list of shallow-boundary commits; a repository is shallow exactly when it exists. */
    shallowFile() {
        const dir = this.commonDir();
        return dir ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'shallow') : undefined;
    }
    /** Read from the file system on every call: fetching with --unshallow changes the answer. */
    isShallow() {
        const file = this.shallowFile();
        return file !== undefined && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file);
    }
    objectFormat() {
        return this.repositoryInfo()?.objectFormat ?? 'sha1';
    }
    /** git's "no object" sha: 40 zeros in SHA-1 repositories, 64 in SHA-256 ones. */
    zeroSha() {
        return '0'.repeat(this.objectFormat() === 'sha256' ? 64 : 40);
    }
    /**
     * Reads every commit selected by `revArgs` (for example `[to, '^' + from]`) with one `git log`.
     * Fields are NUL-separated; git refuses NUL bytes in messages, so the split is exact.
     */
    log(revArgs, options = {}) {
        const fields = options.signatures ? [...LOG_FIELDS, '%G?'] : LOG_FIELDS;
        const args = ['log', '-z', `--format=${fields.join('%x00')}`];
        if (options.maxCount !== undefined)
            args.push(`--max-count=${options.maxCount}`);
        args.push('--end-of-options', ...revArgs, '--');
        return parseLog(this.execGit(args).stdout, fields.length);
    }
    /** Shas only, in `git rev-list` order; cheaper than `log` when the messages are not needed. */
    revList(revArgs, extra = []) {
        const out = this.text(['rev-list', ...extra, '--end-of-options', ...revArgs, '--']);
        return out.split('\n').filter(Boolean);
    }
    /** Files changed between two commits (`from` may be undefined for "everything in `to`"). Asked once per pair. */
    changedFiles(from, to) {
        const key = `${from ?? ''}..${to}`;
        let files = this.changed.get(key);
        if (!files) {
            const args = from
                ? ['diff', '--name-only', '-z', '--no-renames', from, to, '--']
                : ['ls-tree', '-r', '--name-only', '-z', to];
            files = this.execGit(args).stdout.toString('utf8').split('\0').filter(Boolean);
            this.changed.set(key, files);
        }
        return files;
    }
    /** Shas of the commits in `revArgs` that touch `path`. */
    commitsTouching(revArgs, path) {
        return this.text(['log', '--format=%H', '--end-of-options', ...revArgs, '--', path])
            .split('\n')
            .filter(Boolean);
    }
    /** All files in the tree at `rev`. */
    listFiles(rev) {
        return this.execGit(['ls-tree', '-r', '--name-only', '-z', rev])
            .stdout.toString('utf8')
            .split('\0')
            .filter(Boolean);
    }
    /** A file at a revision with its blob id (which names its content), in one process; undefined when absent. */
    readBlob(rev, path) {
        const out = this.execGit(['cat-file', '--batch'], { input: `${rev}:${path}\n` }).stdout;
        const eol = out.indexOf(10);
        const [id, type, size] = out.subarray(0, eol).toString('utf8').split(' ');
        if (type !== 'blob' || !id)
            return undefined;
        return { id, text: out.subarray(eol + 1, eol + 1 + Number(size)).toString('utf8') };
    }
    /** Many files at one revision with a single `git cat-file --batch`. Missing files are left out. */
    readFiles(rev, paths) {
        const files = new Map();
        if (paths.length === 0)
            return files;
        const input = `${paths.map((p) => `${rev}:${p}`).join('\n')}\n`;
        const out = this.execGit(['cat-file', '--batch'], { input }).stdout;
        let pos = 0;
        for (const path of paths) {
            const eol = out.indexOf(10, pos);
            const header = out.subarray(pos, eol).toString('utf8');
            pos = eol + 1;
            if (header.endsWith(' missing') || header.endsWith(' ambiguous'))
                continue;
            const size = Number(header.split(' ')[2]);
            files.set(path, out.subarray(pos, pos + size).toString('utf8'));
            pos += size + 1;
        }
        return files;
    }
    /** `refname sha` for every ref under the given prefixes (`refs/heads`, `refs/tags`, ...). */
    refs(prefixes) {
        const out = this.text(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(*objectname)', ...prefixes]);
        return out
            .split('\n')
            .filter(Boolean)
            .map((line) => {
            const [ref, sha, peeled] = line.split('\0');
            return { ref: ref, sha: peeled || sha };
        });
    }
    currentBranch() {
        return this.tryText(['symbolic-ref', '--quiet', '--short', 'HEAD'])?.trim() || undefined;
    }
    /** The upstream (`@{upstream}`) of a branch, as a sha, when it has one. */
    tryUpstream(branch) {
        return (this.tryText(['rev-parse', '--verify', '--quiet', '--end-of-options', `${branch}@{upstream}^{commit}`])?.trim() ||
            undefined);
    }
    configValue(key) {
        return this.tryText(['config', '--get', key])?.trim() || undefined;
    }
}
class GitCommandError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e {
    constructor(args, stderr) {
        super(`git ${args[0]} failed: ${stderr || 'no message'}`, 'Run the same git command by hand to see why.');
        this.name = 'GitCommandError';
    }
}
/** Parses the NUL-separated output of `Git.log`. Exported for the benchmarks and tests. */
function parseLog(buf, fieldCount) {
    // Decode once; invalid UTF-8 in a message becomes U+FFFD rather than an exception.
    const parts = buf.toString('utf8').split(FIELD);
    const commits = [];
    // With -z git puts one NUL between records, so each record is fieldCount fields plus the separator.
    for (let i = 0; i + fieldCount <= parts.length; i += fieldCount) {
        let sha = parts[i];
        if (i > 0) {
            // The previous record's last field ran up to the NUL separator; strip the newline git adds.
            sha = sha.replace(/^\n/, '');
        }
        if (!sha)
            break;
        const message = parts[i + 8].replace(/\n+$/, '');
        commits.push({
            sha,
            parents: parts[i + 1].split(' ').filter(Boolean),
            author: { name: parts[i + 2], email: parts[i + 3], date: parts[i + 4] },
            committer: { name: parts[i + 5], email: parts[i + 6], date: parts[i + 7] },
            subject: message.split('\n', 1)[0] ?? '',
            message,
            trailers: parseTrailers(parts[i + 9]),
            signature: fieldCount > 10 ? parts[i + 10] : undefined,
        });
    }
    return commits;
}
function parseTrailers(text) {
    const trailers = [];
    for (const line of text.split('\n')) {
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        trailers.push({ key: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
    }
    return trailers;
}


/***/ }),

/***/ 8893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ shallowError),
/* harmony export */   N0: () => (/* binding */ shallowBoundary),
/* harmony export */   Ss: () => (/* binding */ resolveRange),
/* harmony export */   hL: () => (/* binding */ settleRange),
/* harmony export */   hp: () => (/* binding */ isZeroSha),
/* harmony export */   k0: () => (/* binding */ knownRefShas)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


function isZeroSha(sha) {
    return sha === undefined || sha === '' || /^0+$/.test(sha);
}
/**
 * The range of a request. For an update of a known `from`, whether it fast-forwards is not asked
 * here: the range is `from..to`, marked unsettled, and `settleRange` decides from its walk.
 */
function resolveRange(git, req) {
    if (isZeroSha(req.to)) {
        return { kind: 'delete', from: isZeroSha(req.from) ? undefined : req.from, revArgs: [] };
    }
    const to = git.revParse(req.to);
    if (req.isTag) {
        return { kind: 'tag', to, revArgs: [to], maxCount: 1 };
    }
    if (isZeroSha(req.from)) {
        return createRange(git, to, req.known ?? []);
    }
    const from = git.tryRevParse(req.from);
    if (!from) {
        if (git.isShallow())
            throw shallowError(`the pushed-onto commit ${String(req.from).slice(0, 12)} is not in this clone`);
        // A force push whose old commit we never fetched: check what no known ref has, as for a new branch.
        return { ...createRange(git, to, req.known ?? []), kind: 'force' };
    }
    if (from === to)
        return { kind: 'update', from, to, revArgs: [] };
    // Most pushes fast-forward, and the walk of `from..to` shows it (see settleRange): no merge-base.
    return { kind: 'update', from, to, revArgs: [to, `^${from}`], unsettled: { known: req.known ?? [] } };
}
/**
 * Finishes an unsettled range, given the commits of its walk. `from` is an ancestor of `to`
 * exactly when some commit of `from..to` has it as a parent: then the push fast-forwards.
 * Otherwise it is a force push, `merge-base(from, to)..to`, and only then is merge-base asked.
 * With one merge base the walk already is that range (every common ancestor lies behind it); with
 * several (criss-cross merges) the range is re-read from the one git names first; with none, the
 * range becomes what no known ref has. `walkAgain` says when the commits must be re-read.
 */
function settleRange(git, range, commits) {
    const { unsettled, ...settled } = range;
    if (!unsettled || !range.from || !range.to)
        return { range, walkAgain: false };
    const from = range.from;
    if (commits.some((c) => c.parents.includes(from)))
        return { range: settled, walkAgain: false };
    const bases = git.mergeBases(from, range.to);
    if (bases.length === 1)
        return { range: { ...settled, kind: 'force' }, walkAgain: false };
    if (bases.length > 1) {
        return { range: { ...settled, kind: 'force', revArgs: [range.to, `^${bases[0]}`] }, walkAgain: true };
    }
    if (git.isShallow())
        throw shallowError('the old and new commits share no history in this clone');
    return { range: { ...createRange(git, range.to, unsettled.known), kind: 'force', from }, walkAgain: true };
}
function createRange(git, to, known) {
    // A known ref already at `to` excludes everything: a branch made where another one stands adds nothing.
    const exclude = [...new Set(known)].map((sha) => `^${sha}`);
    // The deployed state of a new branch is where it forked from the known refs, when that exists.
    const from = known.includes(to) ? to : known.length > 0 ? git.tryMergeBase(to, known[0]) : undefined;
    return { kind: 'create', from, to, revArgs: [to, ...exclude] };
}
/** Shas of refs under `prefixes`, leaving out the given full ref names (the ref being pushed). */
function knownRefShas(git, prefixes, except = []) {
    const skip = new Set(except);
    return [
        ...new Set(git
            .refs(prefixes)
            .filter((r) => !skip.has(r.ref))
            .map((r) => r.sha)),
    ];
}
/**
 * The commits at the shallow boundary of this clone. A range that reaches one of them is
 * incomplete: its parents were never fetched, so checking it would silently check part of it.
 */
function shallowBoundary(git) {
    const file = git.shallowFile();
    if (!file || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return new Set();
    return new Set((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8').split('\n').filter(Boolean));
}
function shallowError(what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`this is a shallow clone and ${what}, so the range cannot be checked whole.`, 'Fetch the whole history: `git fetch --unshallow`, or in a workflow `actions/checkout` with `fetch-depth: 0` (the Action does this itself when `fetch-history` is on).');
}


/***/ }),

/***/ 2315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   __: () => (/* binding */ isJiraKey),
/* harmony export */   om: () => (/* binding */ findJiraKeys)
/* harmony export */ });
/* unused harmony export NOT_JIRA_PROJECTS */
/**
 * Jira issue keys in free text.
 *
 * The rule is Atlassian's default project-key pattern followed by an issue number:
 * `\b[A-Z][A-Z0-9_]{1,9}-[1-9][0-9]*\b`, where `\b` is the ASCII word boundary (word characters
 * are `[A-Za-z0-9_]`). It is implemented as a single left-to-right scan rather than a regular
 * expression, so that its cost is linear in the length of the text whatever the text holds: commit
 * messages are untrusted input, and a pushed 1 MB message must not stall a hook.
 */
/**
 * Project keys that look like Jira keys but name encodings, hash functions, standards and
 * advisories: `UTF-8`, `SHA-256`, `ISO-8859`, `RFC-3339`, `CVE-2024`... They are ignored unless
 * `projects` names them explicitly.
 */
const NOT_JIRA_PROJECTS = new Set([
    'UTF', // UTF-8, UTF-16, UTF-32
    'UCS', // UCS-2, UCS-4
    'SHA', // SHA-1, SHA-256, SHA-512
    'SHA2', // SHA2-256
    'SHA3', // SHA3-256
    'MD', // MD-5
    'CRC', // CRC-32
    'AES', // AES-128, AES-256
    'RSA', // RSA-2048
    'ISO', // ISO-8859, ISO-8601
    'IEC', // IEC-62443
    'RFC', // RFC-3339
    'ECMA', // ECMA-262
    'LATIN', // LATIN-1
    'CVE', // CVE-2024-1234
    'CWE', // CWE-79
]);
/** The longest issue number accepted by {@link isJiraKey}: Jira's issue numbers are 64-bit at most. */
const MAX_NUMBER_DIGITS = 18;
function isWordCode(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isUpperCode(c) {
    return c >= 65 && c <= 90;
}
function isDigitCode(c) {
    return c >= 48 && c <= 57;
}
/** A project part: `[A-Z][A-Z0-9_]{1,9}`, all of `text[start, end)`. */
function isProjectPart(text, start, end) {
    const length = end - start;
    if (length < 2 || length > 10 || !isUpperCode(text.charCodeAt(start)))
        return false;
    for (let i = start + 1; i < end; i++) {
        const c = text.charCodeAt(i);
        if (!(isUpperCode(c) || isDigitCode(c) || c === 95))
            return false;
    }
    return true;
}
/**
 * The Jira keys in `text`, each once, in the order of their first appearance.
 *
 * With `projects` (non-empty), only keys of those projects count, compared case-insensitively on
 * the configured side (keys themselves are upper case). Without it, every key counts except those
 * of {@link NOT_JIRA_PROJECTS}.
 */
function findJiraKeys(text, projects) {
    const allowed = projects && projects.length > 0 ? new Set(projects.map((p) => p.trim().toUpperCase())) : undefined;
    const found = new Set();
    const n = text.length;
    let i = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (!isWordCode(c)) {
            i++;
            continue;
        }
        // `i` starts a word (the character before it, if any, is not a word character).
        let end = i + 1;
        while (end < n && isWordCode(text.charCodeAt(end)))
            end++;
        // A key's project part is a whole word followed by `-`; its number is the next whole word.
        if (end < n && text.charCodeAt(end) === 45 && isProjectPart(text, i, end)) {
            const numberStart = end + 1;
            let numberEnd = numberStart;
            while (numberEnd < n && isWordCode(text.charCodeAt(numberEnd)))
                numberEnd++;
            if (isIssueNumber(text, numberStart, numberEnd)) {
                const project = text.slice(i, end);
                if (allowed ? allowed.has(project) : !NOT_JIRA_PROJECTS.has(project)) {
                    found.add(text.slice(i, numberEnd));
                }
                i = numberEnd;
                continue;
            }
        }
        i = end;
    }
    return [...found];
}
/** `[1-9][0-9]*`, all of `text[start, end)`. */
function isIssueNumber(text, start, end) {
    if (end <= start)
        return false;
    const first = text.charCodeAt(start);
    if (first < 49 || first > 57)
        return false;
    for (let i = start + 1; i < end; i++) {
        if (!isDigitCode(text.charCodeAt(i)))
            return false;
    }
    return true;
}
/**
 * Whether `key` is a single, whole Jira key that is safe to put in a request path: the pattern
 * above, with the issue number bounded to {@link MAX_NUMBER_DIGITS} digits.
 */
function isJiraKey(key) {
    const dash = key.indexOf('-');
    if (dash < 0)
        return false;
    const digits = key.length - dash - 1;
    return (digits >= 1 &&
        digits <= MAX_NUMBER_DIGITS &&
        isProjectPart(key, 0, dash) &&
        isIssueNumber(key, dash + 1, key.length));
}


/***/ }),

/***/ 2367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UC: () => (/* binding */ jiraVerifyFindings),
/* harmony export */   kv: () => (/* binding */ credentialsFromEnv),
/* harmony export */   q9: () => (/* binding */ jiraReportLines)
/* harmony export */ });
/* harmony import */ var _git_commit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5895);
/**
 * The online half of the `jira` rule, as a pure function of the lookups: which keys named by the
 * commits do not exist, are in a status that may not deploy, lack an approval, or belong to another
 * project. Faults that concern the whole run (Jira unreachable, credentials refused) give one
 * finding for the run, not one per key.
 */

const RULE = 'jira';
const CREDENTIALS_HINT = 'Check JIRA_USER and JIRA_TOKEN (in the Action: the jira-user and jira-token inputs, from secrets). Jira Cloud takes JIRA_USER (the account email) + JIRA_TOKEN (an API token, id.atlassian.com > Security > API tokens); Jira Data Center takes JIRA_TOKEN alone (a personal access token). The account needs Browse Projects on the projects named.';
const UNREACHABLE_HINT = 'Check jira.verify.url and that this runner can reach Jira, or retry the check. To let deploys pass with a warning while Jira is down, set jira.verify.on-unreachable: warn.';
function jiraVerifyFindings(lookups, keysByCommit, config) {
    // Each key once, at the first commit that names it, with the number of commits naming it.
    const firstCommit = new Map();
    const namedBy = new Map();
    for (const entry of keysByCommit) {
        for (const key of new Set(entry.keys)) {
            if (!firstCommit.has(key))
                firstCommit.set(key, entry);
            namedBy.set(key, (namedBy.get(key) ?? 0) + 1);
        }
    }
    const findings = [];
    const unreachable = [];
    const auth = [];
    const projects = new Set(config.projects.map((p) => p.trim().toUpperCase()));
    const statuses = config.statuses.map((s) => s.trim());
    const allowedStatuses = new Set(statuses.map(foldStatus));
    for (const [key, entry] of firstCommit) {
        const lookup = lookups.get(key);
        const where = place(entry, namedBy.get(key) ?? 1);
        const at = (severity, message, hint) => {
            const finding = { rule: RULE, severity, message: `${key}${where}: ${message}`, hint };
            if (entry.sha)
                finding.commit = entry.sha;
            return finding;
        };
        if (!lookup) {
            findings.push(at('error', 'was not verified online', 'This is a bug in gitops-action: every key should be looked up when jira.verify is on. Please report it.'));
            continue;
        }
        const error = lookup.error;
        if (error?.kind === 'unreachable') {
            unreachable.push(lookup);
            continue;
        }
        if (error?.kind === 'auth') {
            auth.push(lookup);
            continue;
        }
        if (error?.kind === 'not-found' || (!error && !lookup.exists)) {
            findings.push(at('error', `does not exist in Jira${error ? ` (${error.message})` : ''}`, 'Check the key for typos and reword the commit (`git rebase -i`, or `git commit --amend` for the last one). An issue you cannot see is reported the same way: the Jira account may need Browse Projects on it.'));
            continue;
        }
        if (error) {
            findings.push(at('error', `could not be verified: ${error.message}`, 'Check jira.verify.url and jira.verify.api-version (2 for Data Center, 2 or 3 for Cloud), then retry.'));
            continue;
        }
        if (projects.size > 0 && lookup.project !== undefined && !projects.has(lookup.project.toUpperCase())) {
            findings.push(at('error', `belongs to project ${lookup.project}, which is not one of ${[...projects].join(', ')}`, `Name an issue of ${[...projects].join(', ')} in the message, or add ${lookup.project} to jira.projects in the policy.`));
        }
        if (allowedStatuses.size > 0) {
            const status = lookup.status;
            if (status === undefined || !allowedStatuses.has(foldStatus(status))) {
                findings.push(at('error', `is in status ${status === undefined ? '(unknown)' : JSON.stringify(status)}, which may not deploy here; allowed: ${statuses
                    .map((s) => JSON.stringify(s))
                    .join(', ')}`, `Move ${key} to ${statuses.length === 1 ? JSON.stringify(statuses[0]) : `one of ${statuses.map((s) => JSON.stringify(s)).join(', ')}`} in Jira, then run the check again.`));
            }
        }
        if (config.approval && lookup.approval !== 'approved') {
            const decision = lookup.approval ?? 'none';
            const message = decision === 'none'
                ? 'has no approval in Jira Service Management, and an approved one is required'
                : `has its latest approval ${decision}, and an approved one is required`;
            const hint = decision === 'pending'
                ? `Ask the approvers of ${key} to approve it in Jira Service Management, then run the check again.`
                : decision === 'declined'
                    ? `The approval of ${key} was declined: a new approval must be requested and approved before this deploys.`
                    : `Request approval on ${key} in Jira Service Management (the issue must be a service request with an approval step).`;
            findings.push(at('error', message, hint));
        }
    }
    if (auth.length > 0) {
        findings.push({
            rule: RULE,
            severity: 'error',
            message: auth.length === 1 ? auth[0].error.message : `${auth[0].error.message} (${keyList(auth)} were not verified)`,
            hint: CREDENTIALS_HINT,
        });
    }
    if (unreachable.length > 0) {
        const warn = config.onUnreachable === 'warn';
        findings.push({
            rule: RULE,
            severity: warn ? 'warning' : 'error',
            message: `Jira could not be reached, so ${keyList(unreachable)} ${unreachable.length === 1 ? 'was' : 'were'} not verified${warn ? ' (on-unreachable: warn lets the push through)' : ' and the check fails closed'}: ${unreachable[0].error.message}`,
            hint: warn ? 'Verify the issues by hand before relying on this deploy.' : UNREACHABLE_HINT,
        });
    }
    return findings;
}
/** One line per key for the text report and the job summary: its status and its approval. */
function jiraReportLines(lookups) {
    const lines = [];
    for (const [key, lookup] of lookups) {
        const error = lookup.error;
        if (error) {
            const what = error.kind === 'not-found'
                ? 'not found'
                : error.kind === 'auth'
                    ? 'credentials refused'
                    : error.kind === 'unreachable'
                        ? 'not verified, Jira unreachable'
                        : 'not verified, Jira error';
            const known = lookup.exists && lookup.status !== undefined ? `status ${lookup.status}, ` : '';
            lines.push(`${key}: ${known}${what}`);
            continue;
        }
        const parts = [`status ${lookup.status ?? '(unknown)'}`];
        if (lookup.approval !== undefined)
            parts.push(`approval ${lookup.approval}`);
        if (lookup.issueType !== undefined)
            parts.push(lookup.issueType);
        lines.push(`${key}: ${parts.join(', ')}`);
    }
    return lines;
}
/**
 * The Jira credentials in the environment: `JIRA_USER` and `JIRA_TOKEN`, or, in the Action, its
 * `jira-user` and `jira-token` inputs (which the runner exposes as `INPUT_JIRA-USER` and
 * `INPUT_JIRA-TOKEN`). Empty values count as unset.
 */
function credentialsFromEnv(env) {
    const pick = (...names) => {
        for (const name of names) {
            const value = env[name]?.trim();
            if (value)
                return value;
        }
        return undefined;
    };
    const out = {};
    const user = pick('JIRA_USER', 'INPUT_JIRA-USER', 'INPUT_JIRA_USER');
    const token = pick('JIRA_TOKEN', 'INPUT_JIRA-TOKEN', 'INPUT_JIRA_TOKEN');
    if (user !== undefined)
        out.user = user;
    if (token !== undefined)
        out.token = token;
    return out;
}
function foldStatus(status) {
    return status.trim().replace(/\s+/g, ' ').toLowerCase();
}
function place(entry, count) {
    const more = count > 1 ? ` and ${count - 1} more` : '';
    if (!entry.sha)
        return ' (in the pull request title)';
    return ` (commit ${(0,_git_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .Fu)(entry.sha)}${more})`;
}
function keyList(lookups) {
    const keys = lookups.map((l) => l.key);
    if (keys.length <= 5)
        return keys.join(', ');
    return `${keys.slice(0, 5).join(', ')} and ${keys.length - 5} more`;
}


/***/ }),

/***/ 6519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ acceptedKinds)
/* harmony export */ });
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2143);
/* harmony import */ var _git_commit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5895);
/* harmony import */ var _jira_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2315);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5446);




/**
 * Which destructive kinds the range explicitly accepts, and by which commit. An
 * `Allow-Destructive: port-opened, service-removed` trailer counts only on a commit that names a
 * valid Jira key and whose committer is allowlisted. With no allowlist configured there is nobody
 * to compare with, so the key alone is required (the committers rule already warns about that).
 */
function acceptedKinds(commits, rules) {
    const accepted = new Map();
    const projects = rules.jira && rules.jira.projects.length > 0 ? rules.jira.projects : undefined;
    const allow = rules.committers ? rules.committers.allow : [];
    for (const commit of commits) {
        const values = (0,_git_commit_js__WEBPACK_IMPORTED_MODULE_2__/* .trailerValues */ .uv)(commit, 'Allow-Destructive');
        if (values.length === 0)
            continue;
        if ((0,_jira_key_js__WEBPACK_IMPORTED_MODULE_0__/* .findJiraKeys */ .om)(commit.message, projects).length === 0)
            continue;
        if (allow.length > 0 && !(0,_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .isAllowed */ .Jr)(allow, commit.committer))
            continue;
        for (const value of values) {
            for (const word of value.split(',')) {
                const kind = word.trim().toLowerCase();
                if (_config_types_js__WEBPACK_IMPORTED_MODULE_3__/* .DESTRUCTIVE_KINDS */ .x.includes(kind) && !accepted.has(kind))
                    accepted.set(kind, (0,_git_commit_js__WEBPACK_IMPORTED_MODULE_2__/* .shortSha */ .Fu)(commit.sha));
            }
        }
    }
    return accepted;
}


/***/ }),

/***/ 3643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ loadTrustedConfig),
  k: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: ./src/config/environments.ts
var environments = __webpack_require__(1390);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/config/schema-hash.generated.ts
// Generated by scripts/build-validator.mjs from schema/gitops.schema.json. Do not edit.
const SCHEMA_HASH = '8a9dc1624f7efe36';

;// CONCATENATED MODULE: ./src/config/cache.ts



/**
 * Validated policies, by the blob id of the file and the schema they were checked against, in the
 * repository's git directory. A blob id names its content exactly, so an entry never goes stale;
 * it spares every later push the YAML parser and the validator, which are most of the hook's
 * start-up after Node itself. Anything that goes wrong here is a cache miss, never an error.
 */
function entryPath(git, blobId) {
    const dir = git.commonDir();
    return dir ? (0,external_node_path_.join)(dir, 'gitops-action', `policy-${SCHEMA_HASH}-${blobId}.json`) : undefined;
}
function cachedPolicy(git, blobId) {
    const path = entryPath(git, blobId);
    if (!path)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
function storePolicy(git, blobId, raw) {
    const path = entryPath(git, blobId);
    if (!path)
        return;
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(path, '..'), { recursive: true });
        // Write then rename, so a concurrent reader never sees half a file.
        const temp = `${path}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(temp, JSON.stringify(raw));
        (0,external_node_fs_.renameSync)(temp, path);
    }
    catch {
        // A read-only .git, a full disk: the next run parses again.
    }
}

;// CONCATENATED MODULE: ./src/config/defaults.ts
/** The default policy file name, at the repository root. */
const DEFAULT_CONFIG_PATH = '.gitops.yml';
/** What each rule means when it is switched on but a key is left out. */
const RULE_DEFAULTS = {
    'skip-deploy': {
        markers: ['[skip deploy]', '[deploy skip]', 'skip deployment'],
        scope: 'head',
        trailer: true,
    },
    committers: { allow: [], check: ['author', 'committer'], 'require-signed': false },
    jira: { projects: [], scope: 'each', verify: false },
    destructive: {
        descriptors: ['deploy/**/*.y?(a)ml', 'k8s/**/*.y?(a)ml'],
        render: null,
        'render-timeout': 300,
        'allowed-ports': [80, 443],
        capacity: null,
        'max-per-service': null,
        severity: {},
    },
    branches: { 'merge-only': ['main', 'master'], 'allow-delete': false },
};
const JIRA_VERIFY_DEFAULTS = {
    'api-version': 2,
    statuses: [],
    approval: false,
    'on-unreachable': 'error',
    hooks: false,
    timeout: 10_000,
};
const VERSIONING_DEFAULTS = {
    'tag-prefix': 'v',
    'first-version': '0.1.0',
    labels: { develop: 'alpha', release: 'beta', hotfix: 'beta' },
};
/**
 * The embedded default, as a `.gitops.yml` would write it: the DTAP mapping, skip markers on,
 * merge-only main/master, the destructive gate, Jira keys required only for production, and no
 * allowlist (which the committers rule reports as a warning).
 */
const EMBEDDED_DEFAULT = {
    environments: {
        testing: { branches: ['develop'] },
        acceptance: { branches: ['release/*'], 'promote-from': 'testing' },
        production: {
            branches: ['main', 'master'],
            tags: ['v*'],
            versions: '>=1.0.0',
            'promote-from': 'acceptance',
            rules: { jira: {} },
        },
    },
    rules: {
        'skip-deploy': {},
        committers: {},
        jira: false,
        destructive: {},
        branches: {},
        'policy-change': true,
    },
};

;// CONCATENATED MODULE: ./src/config/resolve.ts

/**
 * Resolves a validated file onto the embedded defaults, in the fixed order: defaults, then the
 * file, then each environment's overrides. Objects merge key by key, arrays replace, and `false`
 * turns a rule off. A file that names environments replaces the default DTAP set as a whole,
 * because merging would leave environments the user never asked for.
 */
function resolveConfig(raw, source, path) {
    const file = raw ?? EMBEDDED_DEFAULT;
    const topRaw = { ...EMBEDDED_DEFAULT.rules, ...(raw ? (file.rules ?? {}) : {}) };
    const rules = resolveRules(topRaw, undefined);
    const envsRaw = file.environments ?? EMBEDDED_DEFAULT.environments;
    const environments = {};
    for (const [name, env] of Object.entries(envsRaw)) {
        environments[name] = {
            name,
            branches: env.branches ?? [],
            tags: env.tags ?? [],
            versions: env.versions,
            'promote-from': env['promote-from'],
            deploy: env.deploy ?? true,
            rules: resolveRules({ ...topRaw, ...(env.rules ?? {}) }, topRaw, env.rules),
        };
    }
    const labels = { ...VERSIONING_DEFAULTS.labels, ...(file.versioning?.labels ?? {}) };
    return {
        source,
        path,
        embedded: raw === undefined,
        admins: file.admins ?? [],
        versioning: { ...VERSIONING_DEFAULTS, ...(file.versioning ?? {}), labels },
        environments,
        rules,
    };
}
function resolveRules(merged, top, overrides) {
    const rule = (name) => {
        const value = merged[name];
        if (value === false || value === undefined)
            return false;
        const base = top && overrides?.[name] !== undefined && isObject(top[name]) ? top[name] : {};
        return { ...RULE_DEFAULTS[name], ...base, ...value };
    };
    const jira = rule('jira');
    if (jira) {
        const topVerify = top && isObject(top.jira) ? top.jira.verify : undefined;
        const verify = jira.verify;
        jira.verify =
            verify === false || verify === undefined
                ? false
                : {
                    ...JIRA_VERIFY_DEFAULTS,
                    ...(isObject(topVerify) ? topVerify : {}),
                    ...verify,
                };
    }
    const committers = rule('committers');
    if (committers && typeof committers.check === 'string')
        committers.check = [committers.check];
    return {
        'skip-deploy': rule('skip-deploy'),
        committers,
        jira,
        destructive: rule('destructive'),
        branches: rule('branches'),
        'policy-change': merged['policy-change'] === false ? false : { enabled: true },
    };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./src/config/load.ts






/**
 * Loads the policy. The default location is read from the first trusted ref that holds the file;
 * a path given to `--config` is read from disk as it stands. No file: the embedded default.
 */
async function loadConfig(options) {
    const { git, explicitPath } = options;
    if (explicitPath && !options.explicitFromRef) {
        const full = (0,external_node_path_.resolve)(explicitPath);
        if (!(0,external_node_fs_.existsSync)(full)) {
            throw new errors/* ConfigError */.x(`config file ${explicitPath} does not exist`, 'Check the --config path, or leave it out.');
        }
        const raw = await parse((0,external_node_fs_.readFileSync)(full, 'utf8'), explicitPath);
        return resolveConfig(raw, explicitPath, repoPath(git, full));
    }
    const path = explicitPath ?? DEFAULT_CONFIG_PATH;
    for (const ref of candidates(options)) {
        const blob = git.readBlob(ref, path);
        if (!blob)
            continue;
        const source = `${path} at ${ref.length >= 40 ? ref.slice(0, 7) : ref}`;
        let raw = cachedPolicy(git, blob.id);
        if (!raw) {
            raw = await parse(blob.text, source);
            storePolicy(git, blob.id, raw);
        }
        return resolveConfig(raw, source, path);
    }
    if (explicitPath) {
        throw new errors/* ConfigError */.x(`config file ${explicitPath} is not in the trusted refs (${[...candidates(options)].join(', ') || 'none'})`, 'Commit the policy file to the branch being pushed onto first.');
    }
    return resolveConfig(undefined, 'embedded default', path);
}
/** The YAML parser and the validator load only when a policy is not in the cache. */
async function parse(text, source) {
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(313)]).then(__webpack_require__.bind(__webpack_require__, 2313));
    return parseConfig(text, source);
}
/** The trusted refs, then the fallback, which costs git calls and so is asked for only when reached. */
function* candidates(options) {
    yield* options.trustedRefs;
    const fallback = options.fallbackRef?.();
    if (fallback && !options.trustedRefs.includes(fallback))
        yield fallback;
}
/** Reads the file that `init` wrote but that is not committed yet, so `check` can say so. */
function uncommittedConfigNote(git, config) {
    if (!config.embedded)
        return undefined;
    try {
        const top = git.topLevel();
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(top, config.path))) {
            return `${config.path} is in the work tree but not in the trusted ref yet, so the embedded default applies until it is merged.`;
        }
    }
    catch {
        // not a work tree (bare repository): nothing to note
    }
    return undefined;
}
/**
 * The policy file's path inside the repository, for the policy-change rule; empty for a file
 * outside it, whose changes no commit in the range can make.
 */
function repoPath(git, full) {
    const rel = (0,external_node_path_.relative)(git.topLevel(), full);
    return rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? '' : rel;
}

;// CONCATENATED MODULE: ./src/git/default-branch.ts
/**
 * The repository's default branch, where the policy falls back to when the pushed-onto ref has
 * none (a new branch). In a clone, origin/HEAD says; otherwise main, then master.
 */
function defaultBranch(git) {
    const remoteHead = git
        .execGit(['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'], { allowFail: true })
        .stdout.toString('utf8')
        .trim();
    if (remoteHead)
        return remoteHead;
    for (const candidate of [
        'refs/heads/main',
        'refs/heads/master',
        'refs/remotes/origin/main',
        'refs/remotes/origin/master',
    ]) {
        if (git.tryRevParse(candidate))
            return candidate;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/git/range.ts
var git_range = __webpack_require__(8893);
// EXTERNAL MODULE: ./src/policy/engine.ts + 8 modules
var engine = __webpack_require__(7132);
// EXTERNAL MODULE: ./src/policy/gather.ts + 1 modules
var gather = __webpack_require__(1391);
;// CONCATENATED MODULE: ./src/policy/check.ts






function loadTrustedConfig(req) {
    // The trusted refs of a push: the ref as it was (`from`); the default branch is the fallback.
    const from = req.from && !(0,git_range/* isZeroSha */.hp)(req.from) ? [req.from] : [];
    return loadConfig({
        git: req.git,
        trustedRefs: [...(req.trustedRefs ?? []), ...from],
        fallbackRef: () => defaultBranch(req.git),
        explicitPath: req.configPath,
        explicitFromRef: req.configFromRef,
    });
}
/** One push of `from..to` onto a ref, decided: the engine's single entry point for every door. */
async function runCheck(req) {
    const { git } = req;
    const config = req.config ?? (await loadTrustedConfig(req));
    const ref = (0,environments/* parseRef */.rd)(req.ref);
    const range = req.range ??
        (0,git_range/* resolveRange */.Ss)(git, { from: req.from, to: req.to, isTag: req.isTag ?? ref.kind === 'tag', known: req.known });
    const facts = await (0,gather/* gatherFacts */.p)({
        git,
        config,
        ref: req.ref,
        range,
        environment: req.environment,
        mode: req.mode,
        pullRequestTitle: req.pullRequestTitle,
        jira: req.jira,
        github: req.github,
    });
    const evaluation = (0,engine/* evaluate */._)(facts, config, req.mode);
    const notes = [];
    const note = uncommittedConfigNote(git, config);
    if (note)
        notes.push(note);
    let version;
    if (req.version && facts.range.to) {
        // Loaded only here: the hooks never need a version, and every module costs them start-up.
        const { computeVersion } = await __webpack_require__.e(/* import() */ 922).then(__webpack_require__.bind(__webpack_require__, 1922));
        version = computeVersion(git, {
            ref: facts.range.to,
            branch: ref.kind === 'branch' ? ref.name : undefined,
            config: config.versioning,
        });
    }
    return {
        decision: evaluation.decision,
        environment: facts.environment?.name ?? null,
        ref: facts.ref,
        refName: facts.refName,
        range: facts.range,
        commits: facts.commits,
        findings: evaluation.findings,
        plan: facts.plan,
        skipReason: evaluation.skipReason,
        version,
        configSource: config.source,
        notes,
        jira: facts.jira,
    };
}


/***/ }),

/***/ 7132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ evaluate)
});

// EXTERNAL MODULE: ./src/config/environments.ts
var environments = __webpack_require__(1390);
// EXTERNAL MODULE: ./src/git/commit.ts
var git_commit = __webpack_require__(5895);
;// CONCATENATED MODULE: ./src/policy/rule.ts
/** At most this many findings of one rule name a commit each; the rest are counted in one more. */
const MAX_FINDINGS_PER_RULE = 50;
function capFindings(findings, rule, hint) {
    if (findings.length <= MAX_FINDINGS_PER_RULE)
        return findings;
    const rest = findings.length - MAX_FINDINGS_PER_RULE;
    return [
        ...findings.slice(0, MAX_FINDINGS_PER_RULE),
        { rule, severity: findings[MAX_FINDINGS_PER_RULE].severity, message: `and ${rest} more commits like these`, hint },
    ];
}

;// CONCATENATED MODULE: ./src/policy/rules/branches.ts



const branches = {
    name: 'branches',
    summary: 'Git-flow branch rules: merge-only branches, promotion order (promote-from), and no deleting environment branches.',
    messageRule: false,
    check(facts, ctx) {
        const config = ctx.rules.branches;
        if (!config || facts.refKind !== 'branch')
            return { findings: [] };
        const findings = [];
        if (facts.range.kind === 'delete') {
            if (facts.environment && !config['allow-delete']) {
                findings.push({
                    rule: 'branches',
                    severity: 'error',
                    message: `deleting ${facts.refName} would delete the branch of environment ${facts.environment.name}`,
                    hint: 'Environment branches are not deleted. If this is intended, set rules.branches.allow-delete: true in .gitops.yml.',
                });
            }
            return { findings };
        }
        if ((0,environments/* matchesAny */._I)(facts.refName, config['merge-only'])) {
            for (const c of facts.commits) {
                if (c.parents.length > 1 || !facts.firstParentLine.has(c.sha))
                    continue;
                findings.push({
                    rule: 'branches',
                    severity: 'error',
                    commit: c.sha,
                    message: `commit ${(0,git_commit/* shortSha */.Fu)(c.sha)} is a direct commit on ${facts.refName}, which takes merges only`,
                    hint: `Put the change on a branch and merge it (a pull request, or \`git merge --no-ff\`). To undo locally: \`git branch fix/x && git reset --hard @{upstream}\`.`,
                });
            }
        }
        const promotion = facts.promotion;
        if (promotion) {
            for (const c of facts.commits) {
                if (!promotion.missing.has(c.sha))
                    continue;
                // A merge made on the environment's own line (the promotion itself) has never been anywhere else.
                if (c.parents.length > 1 && facts.firstParentLine.has(c.sha))
                    continue;
                findings.push({
                    rule: 'branches',
                    severity: 'error',
                    commit: c.sha,
                    message: `commit ${(0,git_commit/* shortSha */.Fu)(c.sha)} has not been through ${promotion.from} (${promotion.branches.join(', ') || 'no branch'}) before reaching ${facts.environment?.name ?? facts.refName}`,
                    hint: `Promote in order: merge it into ${promotion.branches[0] ?? `the ${promotion.from} branch`} first, then promote that branch here.`,
                });
            }
        }
        return { findings: capFindings(findings, 'branches', 'The same fix applies to the remaining commits.') };
    },
};

// EXTERNAL MODULE: ./src/policy/identity.ts
var identity = __webpack_require__(5446);
;// CONCATENATED MODULE: ./src/policy/rules/committers.ts



/** Signatures `git log %G?` reports as cryptographically good: G (trusted key) and U (unknown trust). */
const GOOD_SIGNATURES = new Set(['G', 'U']);
const committers = {
    name: 'committers',
    summary: 'Every commit is by an allowlisted author and/or committer (emails, globs, github:<login>, bots), signed if required.',
    messageRule: false,
    check(facts, ctx) {
        const config = ctx.rules.committers;
        if (!config)
            return { findings: [] };
        const findings = [];
        // A range of 10,000 commits has a handful of people: decide each identity once. The pusher is
        // who GitHub authenticated; per the contract a github: entry for them vouches too.
        const decided = new Map();
        const allowed = (who, pusher) => {
            const key = `${who.email}\0${who.name}\0${who.login ?? ''}\0${pusher ?? ''}`;
            let ok = decided.get(key);
            if (ok === undefined) {
                ok =
                    (0,identity/* isAllowed */.Jr)(config.allow, who) || (pusher !== undefined && (0,identity/* isAllowed */.Jr)(config.allow, { ...who, login: pusher }));
                decided.set(key, ok);
            }
            return ok;
        };
        if (config.allow.length === 0) {
            findings.push({
                rule: 'committers',
                severity: 'warning',
                message: 'no committer allowlist is configured, so anyone who can push can deploy',
                hint: 'Add rules.committers.allow to .gitops.yml (emails, *@your-domain, github:<login>), or set committers: false to silence this.',
            });
        }
        for (const commit of facts.commits) {
            const gh = facts.github?.commits.get(commit.sha);
            if (config.allow.length > 0) {
                for (const role of config.check) {
                    const who = { ...commit[role], login: role === 'author' ? gh?.authorLogin : gh?.committerLogin };
                    if (allowed(who, facts.github?.pusher))
                        continue;
                    findings.push({
                        rule: 'committers',
                        severity: 'error',
                        commit: commit.sha,
                        message: `commit ${(0,git_commit/* shortSha */.Fu)(commit.sha)} has ${role} ${(0,identity/* describeWho */.QH)(who)}, who is not on the allowlist`,
                        hint: `Have an allowlisted person make this commit, or add them to rules.committers.allow in .gitops.yml on the target branch.`,
                    });
                }
            }
            if (config['require-signed']) {
                const verified = gh?.verified ?? (commit.signature !== undefined && GOOD_SIGNATURES.has(commit.signature));
                if (!verified) {
                    findings.push({
                        rule: 'committers',
                        severity: 'error',
                        commit: commit.sha,
                        message: `commit ${(0,git_commit/* shortSha */.Fu)(commit.sha)} is not signed with a verified signature`,
                        hint: 'Sign your commits (git config commit.gpgsign true) and re-sign this one with `git commit --amend -S --no-edit` or `git rebase --exec "git commit --amend -S --no-edit"`.',
                    });
                }
            }
        }
        return {
            findings: capFindings(findings, 'committers', 'Fix the commits above first; the same fix applies to the rest.'),
        };
    },
};

;// CONCATENATED MODULE: ./src/policy/rules/destructive.ts
/**
 * The destructive-diff gate. The plan itself is derived (purely) while the facts are gathered,
 * because `plan`, the summary and the PR comment all show it; this rule reports its findings.
 */
const destructive = {
    name: 'destructive',
    summary: 'The destructive-diff gate: removed services, downgrades, opened ports, firewall and capacity changes, removed health checks.',
    messageRule: false,
    check(facts, ctx) {
        if (!ctx.rules.destructive || !facts.plan)
            return { findings: [] };
        return { findings: facts.plan.findings };
    },
};

// EXTERNAL MODULE: ./src/jira/key.ts
var key = __webpack_require__(2315);
// EXTERNAL MODULE: ./src/jira/verify.ts
var verify = __webpack_require__(2367);
// EXTERNAL MODULE: ./src/policy/exempt.ts
var exempt = __webpack_require__(5567);
;// CONCATENATED MODULE: ./src/policy/rules/jira.ts




const HINT_REWORD = 'Name the issue in the message (for example "OPS-123: ..."). To reword a pushed-to-be commit: `git rebase -i <base>` and mark it `reword`; for the last commit, `git commit --amend`.';
const jira = {
    name: 'jira',
    summary: 'Commits name a Jira key (scope each|head|any|pr-title), of an allowed project; optionally verified online.',
    messageRule: true,
    check(facts, ctx) {
        const config = ctx.rules.jira;
        if (!config)
            return { findings: [] };
        const candidates = facts.commits.filter((c) => !(0,exempt/* isExemptFromMessageRules */.q)(c));
        const projects = config.projects.length > 0 ? config.projects : undefined;
        const keysOf = new Map(candidates.map((c) => [c.sha, (0,key/* findJiraKeys */.om)(c.message, projects)]));
        const findings = [];
        const projectHint = projects ? ` of project ${projects.join(', ')}` : '';
        switch (config.scope) {
            case 'each':
                for (const c of candidates) {
                    if (keysOf.get(c.sha).length > 0)
                        continue;
                    findings.push({
                        rule: 'jira',
                        severity: 'error',
                        commit: c.sha,
                        message: `the message names no Jira issue${projectHint}`,
                        hint: HINT_REWORD,
                    });
                }
                break;
            case 'head': {
                const head = candidates[0];
                if (head && keysOf.get(head.sha).length === 0) {
                    findings.push({
                        rule: 'jira',
                        severity: 'error',
                        commit: head.sha,
                        message: `the message names no Jira issue${projectHint}`,
                        hint: HINT_REWORD,
                    });
                }
                break;
            }
            case 'any':
                if (candidates.length > 0 && candidates.every((c) => keysOf.get(c.sha).length === 0)) {
                    findings.push({
                        rule: 'jira',
                        severity: 'error',
                        message: `none of the ${candidates.length} commits names a Jira issue${projectHint}`,
                        hint: 'Name the issue in at least one commit message, for example "OPS-123: ...".',
                    });
                }
                break;
            case 'pr-title':
                // Outside a pull request there is no title; the head commit's subject stands in for it.
                if (facts.pullRequestTitle !== undefined) {
                    if ((0,key/* findJiraKeys */.om)(facts.pullRequestTitle, projects).length === 0) {
                        findings.push({
                            rule: 'jira',
                            severity: 'error',
                            message: `the pull request title names no Jira issue${projectHint}`,
                            hint: 'Edit the pull request title to start with the issue key, for example "OPS-123: ...".',
                        });
                    }
                }
                else if (candidates[0] && (0,key/* findJiraKeys */.om)(candidates[0].subject, projects).length === 0) {
                    findings.push({
                        rule: 'jira',
                        severity: 'error',
                        commit: candidates[0].sha,
                        message: `the subject names no Jira issue${projectHint}`,
                        hint: HINT_REWORD,
                    });
                }
                break;
        }
        const capped = capFindings(findings, 'jira', HINT_REWORD);
        if (config.verify && facts.jira) {
            const keysByCommit = candidates.map((c) => ({ sha: c.sha, subject: c.subject, keys: keysOf.get(c.sha) }));
            if (facts.pullRequestTitle !== undefined && config.scope === 'pr-title') {
                keysByCommit.push({
                    sha: '',
                    subject: facts.pullRequestTitle,
                    keys: (0,key/* findJiraKeys */.om)(facts.pullRequestTitle, projects),
                });
            }
            capped.push(...(0,verify/* jiraVerifyFindings */.UC)(facts.jira, keysByCommit, {
                projects: config.projects,
                statuses: config.verify.statuses,
                approval: config.verify.approval,
                onUnreachable: config.verify['on-unreachable'],
            }));
        }
        return { findings: capped };
    },
};

;// CONCATENATED MODULE: ./src/policy/rules/policy-change.ts


const policyChange = {
    name: 'policy-change',
    summary: 'A commit that changes the policy file must be committed by one of admins.',
    messageRule: false,
    check(facts, ctx) {
        if (!ctx.rules['policy-change'] || facts.policyCommits.size === 0)
            return { findings: [] };
        const admins = ctx.config.admins;
        const findings = [];
        for (const c of facts.commits) {
            if (!facts.policyCommits.has(c.sha))
                continue;
            if (admins.length === 0) {
                // Without admins nobody could ever change the policy; say so rather than lock the file forever.
                findings.push({
                    rule: 'policy-change',
                    severity: 'warning',
                    commit: c.sha,
                    message: `commit ${(0,git_commit/* shortSha */.Fu)(c.sha)} changes ${ctx.config.path}, and no admins are configured to approve policy changes`,
                    hint: 'List who may change the policy in `admins:` in .gitops.yml.',
                });
                continue;
            }
            const login = facts.github?.commits.get(c.sha)?.committerLogin;
            if ((0,identity/* isAllowed */.Jr)(admins, { ...c.committer, login }))
                continue;
            findings.push({
                rule: 'policy-change',
                severity: 'error',
                commit: c.sha,
                message: `commit ${(0,git_commit/* shortSha */.Fu)(c.sha)} changes ${ctx.config.path}, but its committer ${c.committer.email} is not one of admins`,
                hint: `Ask one of ${admins.join(', ')} to make the policy change.`,
            });
        }
        return { findings };
    },
};

;// CONCATENATED MODULE: ./src/policy/rules/skip-deploy.ts

/**
 * Literal markers, matched case-insensitively: a substring search is linear on any message, which
 * a user-supplied regular expression would not be.
 */
function skipMarker(commit, markers, trailer) {
    const text = commit.message.toLowerCase();
    const marker = markers.find((m) => text.includes(m.toLowerCase()));
    if (marker)
        return marker;
    if (trailer && (0,git_commit/* trailerValues */.uv)(commit, 'Skip-Deploy').some((v) => v.toLowerCase() === 'true')) {
        return 'Skip-Deploy: true';
    }
    return undefined;
}
const skipDeploy = {
    name: 'skip-deploy',
    summary: 'A skip-deploy marker on the head commit (or any commit, with scope: any) makes the decision skip.',
    messageRule: false,
    check(facts, ctx) {
        const config = ctx.rules['skip-deploy'];
        if (!config || facts.commits.length === 0)
            return { findings: [] };
        const candidates = config.scope === 'any' ? facts.commits : facts.commits.slice(0, 1);
        for (const commit of candidates) {
            const marker = skipMarker(commit, config.markers, config.trailer);
            if (marker)
                return { findings: [], skip: `commit ${commit.sha.slice(0, 7)} carries the marker "${marker}"` };
        }
        return { findings: [] };
    },
};

;// CONCATENATED MODULE: ./src/policy/rules/index.ts






/** Every rule, by its name in `.gitops.yml`. A test checks this against the files in this folder. */
const RULES = [skipDeploy, committers, jira, destructive, branches, policyChange];

;// CONCATENATED MODULE: ./src/policy/engine.ts

/**
 * Runs the rules over the facts and decides: any error blocks; otherwise a skip marker, or an
 * environment with deploys turned off, skips; otherwise deploy.
 */
function evaluate(facts, config, mode = facts.environment ? 'full' : 'message') {
    const rules = facts.environment?.rules ?? config.rules;
    const findings = [];
    let skipReason;
    for (const rule of RULES) {
        if (mode === 'message' && !rule.messageRule)
            continue;
        const outcome = rule.check(facts, { config, rules, mode });
        findings.push(...outcome.findings);
        skipReason ??= outcome.skip;
    }
    if (facts.range.kind === 'delete') {
        skipReason ??= `${facts.refName} is being deleted: nothing to deploy`;
    }
    else if (!facts.environment) {
        skipReason ??= `${facts.refName} maps to no environment`;
    }
    else if (!facts.environment.deploy) {
        skipReason ??= `environment ${facts.environment.name} is check-only (deploy: false)`;
    }
    else if (facts.commits.length === 0 && facts.range.kind !== 'tag') {
        skipReason ??= 'the range holds no new commits';
    }
    const decision = findings.some((f) => f.severity === 'error') ? 'block' : skipReason ? 'skip' : 'deploy';
    return { decision, findings, skipReason: decision === 'skip' ? skipReason : undefined };
}


/***/ }),

/***/ 5567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ isExemptSubject),
/* harmony export */   q: () => (/* binding */ isExemptFromMessageRules)
/* harmony export */ });
/**
 * Commits that the message rules leave alone: merges (their message is written by git), reverts,
 * and the `fixup!`/`squash!`/`amend!` commits that `git rebase --autosquash` folds away.
 */
function isExemptFromMessageRules(commit) {
    if (commit.parents.length > 1)
        return true;
    return isExemptSubject(commit.subject);
}
function isExemptSubject(subject) {
    return (subject.startsWith('Revert "') ||
        subject.startsWith('fixup! ') ||
        subject.startsWith('squash! ') ||
        subject.startsWith('amend! ') ||
        subject.startsWith('Merge '));
}


/***/ }),

/***/ 1391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ gatherFacts),
  $: () => (/* binding */ pickEnvironment)
});

// EXTERNAL MODULE: ./src/config/environments.ts
var environments = __webpack_require__(1390);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/descriptors/paths.ts

/**
 * The paths that match any of the globs (picomatch, extglob on: `deploy/**\/*.y?(a)ml`). Kept apart
 * from the plan so that deciding whether any descriptor changed never loads the YAML parser.
 */
function descriptorPaths(allPaths, globs) {
    if (globs.length === 0)
        return [];
    const isMatch = picomatch_default()(globs, { dot: true });
    return allPaths.filter((p) => isMatch(p));
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/range.ts
var git_range = __webpack_require__(8893);
// EXTERNAL MODULE: ./src/jira/key.ts
var key = __webpack_require__(2315);
// EXTERNAL MODULE: ./src/policy/acceptance.ts
var acceptance = __webpack_require__(6519);
// EXTERNAL MODULE: ./src/policy/exempt.ts
var exempt = __webpack_require__(5567);
;// CONCATENATED MODULE: ./src/policy/gather.ts







function pickEnvironment(config, ref, name) {
    if (name) {
        const env = config.environments[name];
        if (!env) {
            const known = Object.keys(config.environments);
            throw new errors/* UsageError */.e(`unknown environment "${name}"`, `Known environments in ${config.source}: ${known.join(', ') || 'none'}.`);
        }
        return env;
    }
    return (0,environments/* environmentFor */.DD)(config, (0,environments/* parseRef */.rd)(ref));
}
/** Gathers every fact once, before any rule runs. All git and network access happens here. */
async function gatherFacts(req) {
    const { git, config } = req;
    const ref = (0,environments/* parseRef */.rd)(req.ref);
    const environment = pickEnvironment(config, req.ref, req.environment);
    const mode = req.mode ?? (environment ? 'full' : 'message');
    const rules = environment?.rules ?? config.rules;
    const signatures = mode === 'full' && rules.committers !== false && rules.committers['require-signed'];
    const walk = (r) => r.revArgs.length > 0 ? git.log(r.revArgs, { signatures, maxCount: r.maxCount }) : [];
    let commits = walk(req.range);
    const settled = (0,git_range/* settleRange */.hL)(git, req.range, commits);
    const range = settled.range;
    if (settled.walkAgain)
        commits = walk(range);
    const boundary = (0,git_range/* shallowBoundary */.N0)(git);
    if (boundary.size > 0 && range.kind !== 'tag' && commits.some((c) => boundary.has(c.sha))) {
        throw (0,git_range/* shallowError */.Jn)('the range reaches commits whose parents were not fetched');
    }
    const facts = {
        ref: ref.full,
        refKind: ref.kind,
        refName: ref.name,
        range,
        environment,
        commits,
        firstParentLine: firstParentLine(commits, range.to),
        policyCommits: new Set(),
        pullRequestTitle: req.pullRequestTitle,
    };
    if (mode === 'full' && commits.length > 0) {
        if (rules['policy-change'] && config.path && policyMayHaveChanged(git, range, config.path)) {
            facts.policyCommits = new Set(git.commitsTouching(range.revArgs, config.path));
        }
        const lower = environment?.['promote-from'];
        if (lower)
            facts.promotion = promotionFacts(git, config, lower, range);
    }
    if (mode === 'full' && rules.destructive && range.to) {
        const from = range.kind === 'tag' ? previousTag(git, environment, range.to) : range.from;
        facts.descriptors = await readDescriptors(git, rules.destructive, from, range.to);
        const { before, after } = facts.descriptors;
        if (before.size === 0 && after.size === 0) {
            facts.plan = { objects: [], findings: [], summary: { add: 0, change: 0, destroy: 0, destructive: 0 } };
        }
        else {
            // The plan (and the YAML parser under it) loads only when there is something to compare.
            const { buildPlan } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(477)]).then(__webpack_require__.bind(__webpack_require__, 1477));
            facts.plan = buildPlan({ before, after, config: rules.destructive, accepted: (0,acceptance/* acceptedKinds */.P)(commits, rules) });
        }
    }
    if (req.github)
        facts.github = await req.github(commits);
    const verify = rules.jira ? rules.jira.verify : false;
    const lookup = req.jira && verify ? req.jira(verify) : undefined;
    if (lookup && rules.jira) {
        const projects = rules.jira.projects.length > 0 ? rules.jira.projects : undefined;
        const keys = new Set();
        for (const c of commits)
            if (!(0,exempt/* isExemptFromMessageRules */.q)(c))
                for (const k of (0,key/* findJiraKeys */.om)(c.message, projects))
                    keys.add(k);
        if (req.pullRequestTitle)
            for (const k of (0,key/* findJiraKeys */.om)(req.pullRequestTitle, projects))
                keys.add(k);
        if (keys.size > 0)
            facts.jira = await lookup([...keys]);
    }
    return facts;
}
/**
 * Whether any commit of the range may touch the policy file: when the file is the same at both
 * ends, a commit that changed it was undone within the range and changes no future policy, so the
 * per-commit walk (`git log -- <path>`) is skipped. A range without a `from` is always walked.
 */
function policyMayHaveChanged(git, range, path) {
    if (!range.from || !range.to)
        return true;
    return git.changedFiles(range.from, range.to).includes(path);
}
/** The range's commits on `to`'s first-parent line: the commits made on the branch itself. */
function firstParentLine(commits, to) {
    const bySha = new Map(commits.map((c) => [c.sha, c]));
    const line = new Set();
    let sha = to;
    while (sha && bySha.has(sha) && !line.has(sha)) {
        line.add(sha);
        sha = bySha.get(sha).parents[0];
    }
    return line;
}
/** The branches of the lower environment, local or remote-tracking, and which commits they lack. */
function promotionFacts(git, config, lowerName, range) {
    const lower = config.environments[lowerName];
    if (!lower) {
        throw new errors/* UsageError */.e(`promote-from names an unknown environment "${lowerName}"`, `Known environments: ${Object.keys(config.environments).join(', ')}.`);
    }
    const names = [];
    const shas = [];
    for (const r of git.refs(['refs/heads', 'refs/remotes'])) {
        const short = r.ref.startsWith('refs/heads/') ? r.ref.slice(11) : r.ref.split('/').slice(3).join('/');
        if (short === 'HEAD' || !(0,environments/* matchesAny */._I)(short, lower.branches))
            continue;
        names.push(short);
        shas.push(`^${r.sha}`);
    }
    const missing = new Set(git.revList([...range.revArgs, ...shas]));
    return { from: lowerName, branches: [...new Set(names)], missing };
}
/** For a tag push, the deployed state is the environment's previous tag before this one. */
function previousTag(git, env, to) {
    const match = (env?.tags.length ? env.tags : ['*']).flatMap((g) => ['--match', g]);
    const r = git.execGit(['describe', '--tags', '--abbrev=0', ...match, `${to}^`], { allowFail: true });
    if (r.status !== 0)
        return undefined;
    return git.tryRevParse(r.stdout.toString('utf8').trim());
}
async function readDescriptors(git, config, from, to) {
    if (config.render) {
        const { renderAt } = await __webpack_require__.e(/* import() */ 120).then(__webpack_require__.bind(__webpack_require__, 120));
        return {
            before: from ? renderAt(git, from, config.render, config['render-timeout']) : new Map(),
            after: renderAt(git, to, config.render, config['render-timeout']),
        };
    }
    // When no descriptor changed, nothing can be destroyed, opened or outgrown: skip reading both trees.
    if (from && descriptorPaths(git.changedFiles(from, to), config.descriptors).length === 0) {
        return { before: new Map(), after: new Map() };
    }
    const at = (rev) => git.readFiles(rev, descriptorPaths(git.listFiles(rev), config.descriptors));
    return { before: from ? at(from) : new Map(), after: at(to) };
}


/***/ }),

/***/ 5446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jr: () => (/* binding */ isAllowed),
/* harmony export */   QH: () => (/* binding */ describeWho)
/* harmony export */ });
/* unused harmony export matchesEntry */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Does an allowlist entry name this person? Entries are:
 * - `github:<login>`, matched against the GitHub login only (git emails can be forged; logins can't);
 * - a bot name like `github-actions[bot]`, matched against the login, the name, or GitHub's noreply
 *   email `<id>+<name>@users.noreply.github.com`;
 * - an email glob (`*@example.com`), or an exact email. Emails compare case-insensitively.
 */
function matchesEntry(entry, who) {
    const email = who.email.toLowerCase();
    if (entry.startsWith('github:')) {
        return who.login !== undefined && who.login.toLowerCase() === entry.slice(7).toLowerCase();
    }
    if (entry.endsWith('[bot]')) {
        const bot = entry.toLowerCase();
        return (who.login?.toLowerCase() === bot ||
            who.name.toLowerCase() === bot ||
            email === `${bot}@users.noreply.github.com` ||
            (email.endsWith(`+${bot}@users.noreply.github.com`) && /^\d+\+/.test(email)));
    }
    if (entry.includes('*') || entry.includes('?'))
        return globMatcher(entry)(email);
    return email === entry.toLowerCase();
}
/** Compiled once per entry: a 10,000-commit range asks the same few globs 20,000 times. */
const matchers = new Map();
function globMatcher(entry) {
    let m = matchers.get(entry);
    if (!m) {
        m = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(entry.toLowerCase(), { dot: true, nobrace: true, noextglob: true });
        matchers.set(entry, m);
    }
    return m;
}
function isAllowed(entries, who) {
    return entries.some((e) => matchesEntry(e, who));
}
function describeWho(who) {
    return who.login ? `${who.name} <${who.email}> (github:${who.login})` : `${who.name} <${who.email}>`;
}


/***/ }),

/***/ 408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ compareReleaseCores),
/* harmony export */   An: () => (/* binding */ parseTagVersion),
/* harmony export */   KJ: () => (/* binding */ tagsMergedInto),
/* harmony export */   n6: () => (/* binding */ readRefs),
/* harmony export */   y5: () => (/* binding */ walkSince)
/* harmony export */ });
/* unused harmony exports VersionTag, readTagVersion */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(308);




/**
 * The git queries behind `computeVersion`. Each function is ONE git process whatever the size
 * of the repository: never a process per tag or per commit.
 */
/**
 * A version tag. Repositories carry thousands, and building a SemVer for each cost more than the
 * git commands behind `version`: so the core numbers come from one regex and the SemVer object
 * is built only for the few tags that are compared in full.
 */
class VersionTag {
    name;
    /** The commit the tag points at (annotated tags peeled). */
    sha;
    major;
    minor;
    patch;
    /** No pre-release part. */
    release;
    /** The version as semver prints it (build metadata dropped): `1.2.0`, `1.3.0-beta.1`. */
    text;
    parsed;
    /** `name` is the tag name, `v1.2.0`. */
    constructor(name, sha, fields) {
        this.name = name;
        this.sha = sha;
        this.major = fields.major;
        this.minor = fields.minor;
        this.patch = fields.patch;
        this.release = fields.release;
        this.text = fields.text;
        this.parsed = fields.parsed;
    }
    get version() {
        this.parsed ??= semver__WEBPACK_IMPORTED_MODULE_2___default().parse(this.text);
        return this.parsed;
    }
}
/**
 * semver's strict grammar as one regex, so that no SemVer is built per tag. Numbers of up to 15
 * digits stay below Number.MAX_SAFE_INTEGER; longer ones take semver's own path, which refuses
 * the unsafe ones. A property test holds this to `semver.parse`.
 */
const NUMBER = '(0|[1-9]\\d{0,14})';
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)';
const BUILD_ID = '[0-9A-Za-z-]+';
const SEMVER_BODY = `${NUMBER}\\.${NUMBER}\\.${NUMBER}(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+${BUILD_ID}(?:\\.${BUILD_ID})*)?`;
const STRICT_SEMVER = new RegExp(`^${SEMVER_BODY}$`);
/**
 * A tag name as a version: the configured prefix or a single `v`/`V` may come first, then a
 * strict semver (`1.2.0`, `1.2.0-beta.1`, `1.2.0+build.5`). Anything else (`latest`,
 * `build-123`, `v1.2`, `release/1.2.0`) is not a version tag and returns null. Exactly
 * `semver.parse` on the first candidate that starts with a digit.
 */
function readTagVersion(name, prefix) {
    if (name.length > 256)
        return null;
    const fromPrefix = prefix && name.startsWith(prefix) ? name.slice(prefix.length) : undefined;
    const fromV = name.startsWith('v') || name.startsWith('V') ? name.slice(1) : undefined;
    for (const candidate of [fromPrefix, fromV, name]) {
        // Strict parsing: no loose forms, no leading `=`, no spaces.
        if (candidate === undefined || !startsWithDigit(candidate))
            continue;
        const m = STRICT_SEMVER.exec(candidate);
        if (m)
            return fieldsOf(m[1], m[2], m[3], m[4]);
        const parsed = semver__WEBPACK_IMPORTED_MODULE_2___default().parse(candidate);
        if (parsed) {
            const { major, minor, patch } = parsed;
            return { major, minor, patch, release: parsed.prerelease.length === 0, text: parsed.version, parsed };
        }
    }
    return null;
}
function fieldsOf(major, minor, patch, pre) {
    const core = `${major}.${minor}.${patch}`;
    return {
        major: Number(major),
        minor: Number(minor),
        patch: Number(patch),
        release: pre === undefined,
        text: pre === undefined ? core : `${core}-${pre}`,
    };
}
function startsWithDigit(text) {
    const c = text.charCodeAt(0);
    return c >= 48 && c <= 57;
}
/** `readTagVersion` as a SemVer. */
function parseTagVersion(name, prefix) {
    const fields = readTagVersion(name, prefix);
    if (!fields)
        return null;
    return fields.parsed ?? semver__WEBPACK_IMPORTED_MODULE_2___default().parse(fields.text);
}
/** Release versions compared by their cores, which is all semver precedence looks at for them. */
function compareReleaseCores(a, b) {
    return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
/**
 * One line of `git show-ref -d` for a tag, whichever way: group 1 the object, then either a name
 * in semver's grammar behind the prefix or a `v` (2; the numbers and pre-release in 3-6; the
 * alternation tries the same candidates in the same order as readTagVersion) or any other name
 * (7), then `^{}` on the peeled line (8). One native regex over the whole listing: building the
 * same per line in JavaScript took longer than git's own listing (5,000 tags).
 */
function tagLines(prefix) {
    const prefixes = prefix ? `${prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}|[vV]` : '[vV]';
    return new RegExp(`^([0-9a-f]+) refs/tags/(?:((?:${prefixes})?${SEMVER_BODY})|([^\\n]*?))(\\^\\{\\})?$`, 'gm');
}
const BRANCH_LINES = /^([0-9a-f]+) (refs\/(?:heads|remotes)\/[^\n]+)$/gm;
const HEAD_LINE = /^([0-9a-f]+) HEAD$/m;
/**
 * One `git show-ref --head -d` over every ref: tags, peeled, branches and HEAD. Not
 * `for-each-ref %(*objectname)`, which reads every tag's object to peel it (40 ms for 5,000 tags
 * in the benchmark), where show-ref takes the peeled ids packed-refs already records (10 ms).
 */
function readRefs(git, prefix) {
    const args = ['show-ref', '--head', '-d'];
    // Exit 1 with no output when the repository has no refs at all; anything else is an error.
    const result = git.execGit(args, { allowFail: true });
    if (result.status > 1)
        throw new _git_git_js__WEBPACK_IMPORTED_MODULE_3__/* .GitCommandError */ .iR(args, result.stderr);
    const out = result.stdout.toString('utf8');
    const byName = new Map();
    for (const m of out.matchAll(tagLines(prefix))) {
        const [, sha, name, major, minor, patch, pre, other, peel] = m;
        const tagName = (name ?? other);
        if (peel) {
            // The peeled line follows its tag's: the commit replaces the tag object.
            const tag = byName.get(tagName);
            if (tag)
                tag.sha = sha;
            continue;
        }
        // readTagVersion's own limits (a name over 256 characters is no version) apply to both paths.
        const fields = name !== undefined && tagName.length <= 256
            ? fieldsOf(major, minor, patch, pre)
            : readTagVersion(tagName, prefix);
        if (fields)
            byName.set(tagName, { sha: sha, fields });
    }
    const tags = [];
    for (const [name, { sha, fields }] of byName)
        tags.push(new VersionTag(name, sha, fields));
    const branchShas = new Map();
    const branches = new Set();
    for (const m of out.matchAll(BRANCH_LINES)) {
        const ref = m[2];
        branchShas.set(ref, m[1]);
        if (ref.startsWith('refs/heads/'))
            branches.add(ref.slice(11));
        else if (!ref.endsWith('/HEAD'))
            branches.add(ref.slice(13));
    }
    const head = HEAD_LINE.exec(out)?.[1];
    const commonDir = git.commonDir();
    return {
        tags,
        branches,
        resolve(ref) {
            if (ref === 'HEAD')
                return head;
            if (ref.startsWith('refs/heads/') || ref.startsWith('refs/remotes/'))
                return branchShas.get(ref);
            // A short name means refs/heads/<name> only when nothing git tries first exists: a ref
            // `refs/<name>`, a tag of that name, or a file of that name in the git directory.
            const sha = branchShas.get(`refs/heads/${ref}`);
            if (!sha || !commonDir)
                return undefined;
            if (out.includes(` refs/${ref}\n`) || out.includes(` refs/tags/${ref}\n`))
                return undefined;
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(commonDir, ref)))
                return undefined;
            return sha;
        },
    };
}
/**
 * One `git log` of the commits reachable from `sha` and from none of `stop` (the commits that
 * carry release tags), so the walk ends at the nearest tagged history on every path. The stop
 * list goes through stdin, so thousands of tags never hit the argument-length limit.
 */
function walkSince(git, sha, stop) {
    let input = '';
    for (const s of stop)
        if (s !== sha)
            input += `^${s}\n`;
    const out = git
        .execGit(['log', '-z', '--format=%H%x00%P%x00%B', '--stdin', '--end-of-options', sha, '--'], { input })
        .stdout.toString('utf8');
    const parts = out.split('\0');
    const commits = [];
    for (let i = 0; i + 3 <= parts.length; i += 3) {
        const id = parts[i].replace(/^\n/, '');
        if (!id)
            break;
        commits.push({
            sha: id,
            parents: parts[i + 1].split(' ').filter(Boolean),
            message: parts[i + 2].replace(/\n+$/, ''),
        });
    }
    return commits;
}
/**
 * The names of the tags reachable from `sha` (one `git for-each-ref --merged`). It walks the
 * whole history, so `computeVersion` only uses it in the rare case where the ref itself lies
 * inside tagged history without being tagged (an old commit).
 */
function tagsMergedInto(git, sha) {
    const out = git
        .execGit(['for-each-ref', `--merged=${sha}`, '--format=%(refname)', 'refs/tags'])
        .stdout.toString('utf8');
    return new Set(out
        .split('\n')
        .filter(Boolean)
        .map((r) => r.slice('refs/tags/'.length)));
}


/***/ })

};
;