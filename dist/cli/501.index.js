export const id = 501;
export const ids = [501];
export const modules = {

/***/ 2541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ openRepository)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/git/git.ts




const FIELD = '\x00';
/** Fields of one commit in `git log --format`; the order matters to `parseLog`. */
const LOG_FIELDS = ['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B', '%(trailers:only,unfold)'];
class Git {
    cwd;
    /** Facts about the repository that never change during a run, read with one rev-parse. */
    info;
    /** Revisions already resolved. Only hits are kept: a fetch may make a missing one appear. */
    resolved = new Map();
    constructor(cwd) {
        this.cwd = cwd;
    }
    execGit(args, options = {}) {
        const result = (0,external_node_child_process_.spawnSync)('git', args, {
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
            },
        });
        if (result.error) {
            throw new errors/* UsageError */.e(`could not run git: ${result.error.message}`, 'Install git and make sure it is on PATH.');
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
                ? { commonDir: (0,external_node_path_.resolve)(this.cwd, commonDir), objectFormat: format === 'sha256' ? 'sha256' : 'sha1' }
                : null;
        }
        return this.info;
    }
    isRepository() {
        return this.repositoryInfo() !== null;
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
        this.resolved.set(rev, sha);
        this.resolved.set(sha, sha);
        return sha;
    }
    revParse(rev) {
        const sha = this.tryRevParse(rev);
        if (!sha) {
            const shallow = this.isShallow() ? ' This clone is shallow, so the commit may simply not be fetched.' : '';
            throw new errors/* UsageError */.e(`unknown revision ${JSON.stringify(rev)}: it is not a commit in this repository.${shallow}`, shallow
                ? 'Fetch the full history (`git fetch --unshallow`, or actions/checkout with `fetch-depth: 0`).'
                : 'Check the spelling, or `git fetch` the branch or tag first.');
        }
        return sha;
    }
    tryMergeBase(a, b) {
        return this.tryText(['merge-base', a, b])?.trim() || undefined;
    }
    isAncestor(ancestor, descendant) {
        return this.execGit(['merge-base', '--is-ancestor', ancestor, descendant], { allowFail: true }).status === 0;
    }
    /** The path of git's list of shallow-boundary commits; a repository is shallow exactly when it exists. */
    shallowFile() {
        const info = this.repositoryInfo();
        return info ? (0,external_node_path_.join)(info.commonDir, 'shallow') : undefined;
    }
    /** Read from the file system on every call: fetching with --unshallow changes the answer. */
    isShallow() {
        const file = this.shallowFile();
        return file !== undefined && (0,external_node_fs_.existsSync)(file);
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
        if (options.firstParent)
            args.push('--first-parent');
        args.push('--end-of-options', ...revArgs, '--');
        return parseLog(this.execGit(args).stdout, fields.length);
    }
    /** Shas only, in `git rev-list` order; cheaper than `log` when the messages are not needed. */
    revList(revArgs, extra = []) {
        const out = this.text(['rev-list', ...extra, '--end-of-options', ...revArgs, '--']);
        return out.split('\n').filter(Boolean);
    }
    /** Files changed between two commits (`from` may be undefined for "everything in `to`"). */
    changedFiles(from, to) {
        const args = from
            ? ['diff', '--name-only', '-z', '--no-renames', from, to, '--']
            : ['ls-tree', '-r', '--name-only', '-z', to];
        return this.execGit(args).stdout.toString('utf8').split('\0').filter(Boolean);
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
    /** A file's content at `rev`, or undefined when it does not exist there. */
    showFile(rev, path) {
        const r = this.execGit(['cat-file', 'blob', `${rev}:${path}`], { allowFail: true });
        return r.status === 0 ? r.stdout.toString('utf8') : undefined;
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
class GitCommandError extends errors/* UsageError */.e {
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

;// CONCATENATED MODULE: ./src/cli/repo.ts


/** The repository the CLI runs in; a clear error outside one. */
function openRepository(cwd) {
    const git = new Git(cwd);
    if (!git.isRepository()) {
        throw new errors/* UsageError */.e(`${cwd} is not inside a git repository`, 'Run gitops-action from inside the repository you deploy from.');
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
/* unused harmony exports tagVersion, versionInRange */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);


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
        m = picomatch__WEBPACK_IMPORTED_MODULE_1___default()(glob, { dot: true });
        compiled.set(glob, m);
    }
    return m;
}
/** A tag's version, with or without a `v`/`V` prefix (as GitVersion's `[vV]?`), or null. */
function tagVersion(tag, prefix = 'v') {
    let t = tag;
    if (prefix && t.startsWith(prefix))
        t = t.slice(prefix.length);
    else if (/^[vV]/.test(t))
        t = t.slice(1);
    return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(t);
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
            const version = tagVersion(ref.name, config.versioning['tag-prefix']);
            if (version && versionInRange(version, env.versions))
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

/***/ 1477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ buildPlan),
  y: () => (/* binding */ descriptorPaths)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/descriptors/quantity.ts
const DECIMAL_SUFFIX = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIX = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const BINARY_NAMES = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
const GRAMMAR = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]))?$/;
/** Exponents beyond this are refused rather than turned into huge BigInts. */
const MAX_EXPONENT = 1000;
const MAX_LENGTH = 256;
class QuantityError extends Error {
    constructor(input, reason) {
        super(`${JSON.stringify(input)} is not a Kubernetes quantity: ${reason}`);
        this.name = 'QuantityError';
    }
}
function normalise(mantissa, exponent) {
    if (mantissa === 0n)
        return { mantissa: 0n, exponent: 0 };
    let m = mantissa;
    let e = exponent;
    while (m % 10n === 0n) {
        m /= 10n;
        e++;
    }
    return { mantissa: m, exponent: e + 0 };
}
/** Parses a quantity; YAML numbers (`cpu: 2`, `cpu: 0.5`) are accepted as their decimal text. */
function parseQuantity(input) {
    const s = typeof input === 'number' ? numberText(input) : input;
    if (typeof s !== 'string')
        throw new QuantityError(String(input), 'expected a string or a number');
    if (s === '')
        throw new QuantityError(s, 'it is empty');
    if (s.length > MAX_LENGTH)
        throw new QuantityError(`${s.slice(0, 20)}…`, `longer than ${MAX_LENGTH} characters`);
    if (s.trim() !== s)
        throw new QuantityError(s, 'it has leading or trailing whitespace');
    const match = GRAMMAR.exec(s);
    if (!match) {
        const hint = /^[+-]?[\d.]+K$/.test(s)
            ? 'the kilo suffix is a lower-case k (or Ki for 1024)'
            : 'expected a number with an optional suffix n u m k M G T P E Ki Mi Gi Ti Pi Ei or an exponent e3';
        throw new QuantityError(s, hint);
    }
    const [, sign, number, exp, suffix] = match;
    const dot = number.indexOf('.');
    const intPart = dot < 0 ? number : number.slice(0, dot);
    const fracPart = dot < 0 ? '' : number.slice(dot + 1);
    let mantissa = BigInt(`${intPart}${fracPart}` || '0');
    if (sign === '-')
        mantissa = -mantissa;
    let exponent = 0 - fracPart.length;
    if (exp !== undefined) {
        const e = Number(exp);
        if (!Number.isSafeInteger(e) || Math.abs(e) > MAX_EXPONENT)
            throw new QuantityError(s, 'the exponent is out of range');
        exponent += e;
    }
    else if (suffix !== undefined && suffix in BINARY_SUFFIX) {
        mantissa *= 1024n ** BigInt(BINARY_SUFFIX[suffix]);
    }
    else {
        exponent += DECIMAL_SUFFIX[suffix ?? ''];
    }
    return normalise(mantissa, exponent);
}
/** Like `parseQuantity`, but undefined instead of an exception. */
function tryParseQuantity(input) {
    if (typeof input !== 'string' && typeof input !== 'number')
        return undefined;
    try {
        return parseQuantity(input);
    }
    catch {
        return undefined;
    }
}
function numberText(n) {
    if (!Number.isFinite(n))
        return String(n);
    // `String(1e21)` is "1e+21", which the grammar accepts; so is "0.5".
    return String(n);
}
function align(a, b) {
    const e = Math.min(a.exponent, b.exponent);
    return [a.mantissa * 10n ** BigInt(a.exponent - e), b.mantissa * 10n ** BigInt(b.exponent - e), e];
}
/** -1, 0 or 1: a total order on exact values. */
function compareQuantity(a, b) {
    const [x, y] = align(a, b);
    return x < y ? -1 : x > y ? 1 : 0;
}
function quantityEquals(a, b) {
    return a.mantissa === b.mantissa && a.exponent === b.exponent;
}
function addQuantity(a, b) {
    const [x, y, e] = align(a, b);
    return normalise(x + y, e);
}
function multiplyQuantity(q, factor) {
    if (typeof factor === 'number' && !Number.isSafeInteger(factor)) {
        throw new RangeError(`multiplyQuantity: ${factor} is not an integer`);
    }
    return normalise(q.mantissa * BigInt(factor), q.exponent);
}
const ZERO_QUANTITY = { mantissa: 0n, exponent: 0 };
/**
 * The canonical text: integers use the largest decimal suffix that keeps them whole (`5G`), else a
 * binary one when they are a multiple of 1024 (`512Mi`), else plain digits; fractions use `m`, `u`
 * or `n`, or an exponent below that. `parseQuantity(formatQuantity(q))` equals `q`.
 */
function formatQuantity(q) {
    const { mantissa: m, exponent: e } = q;
    if (m === 0n)
        return '0';
    if (e >= 3) {
        const k = Math.min(Math.floor(e / 3), 6);
        const suffix = ['', 'k', 'M', 'G', 'T', 'P', 'E'][k];
        return `${m * 10n ** BigInt(e - 3 * k)}${suffix}`;
    }
    if (e >= 0) {
        const v = m * 10n ** BigInt(e);
        const abs = v < 0n ? -v : v;
        for (let k = 6; k >= 1; k--) {
            const unit = 1024n ** BigInt(k);
            if (abs % unit === 0n)
                return `${v / unit}${BINARY_NAMES[k]}`;
        }
        return `${v}`;
    }
    if (e >= -3)
        return `${m * 10n ** BigInt(e + 3)}m`;
    if (e >= -6)
        return `${m * 10n ** BigInt(e + 6)}u`;
    if (e >= -9)
        return `${m * 10n ** BigInt(e + 9)}n`;
    return `${m}e${e}`;
}

;// CONCATENATED MODULE: ./src/descriptors/diff.ts

function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const IDENT = /^[A-Za-z_$][\w$-]*$/;
function formatPath(segs) {
    let out = '';
    for (const s of segs) {
        if (typeof s === 'number')
            out += `[${s}]`;
        else if (typeof s === 'string')
            out += IDENT.test(s) ? `${out ? '.' : ''}${s}` : `[${JSON.stringify(s)}]`;
        else
            out += `[${s.label}]`;
    }
    return out;
}
function scalarText(v) {
    return typeof v === 'string' ? v : JSON.stringify(v);
}
/** A merge key made of fields, with defaults for fields left out (`protocol` is `TCP`). */
function fieldKey(fields) {
    const label = (item) => fields.map(([f, def]) => `${f}=${scalarText(item[f] ?? def)}`).join(',');
    const keyOf = (item) => {
        if (!isObj(item))
            return undefined;
        const first = item[fields[0][0]];
        if (first === undefined || first === null || typeof first === 'object')
            return undefined;
        return label(item);
    };
    return { label, keyOf };
}
const BY_NAME = fieldKey([['name']]);
const BY_CONTAINER_PORT = fieldKey([['containerPort'], ['protocol', 'TCP']]);
const BY_SERVICE_PORT = fieldKey([['port'], ['protocol', 'TCP']]);
const BY_MOUNT_PATH = fieldKey([['mountPath']]);
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
/** The path step that selects a container by name, as the diff writes it. */
function containerSeg(name) {
    return { label: `name=${name}`, match: (item) => isObj(item) && item.name === name };
}
/** The path step that selects an entry of a keyed list, as the diff writes it. */
function keyedSeg(label, keyOf) {
    return { label, match: (item) => keyOf(item) === label };
}
function servicePortSeg(port) {
    const label = BY_SERVICE_PORT.label(port);
    return keyedSeg(label, BY_SERVICE_PORT.keyOf);
}
function containerPortSeg(port) {
    const label = BY_CONTAINER_PORT.label(port);
    return keyedSeg(label, BY_CONTAINER_PORT.keyOf);
}
/** Where the pod template of a workload kind sits. */
function podSpecSegs(kind) {
    switch (kind) {
        case 'Deployment':
        case 'StatefulSet':
        case 'DaemonSet':
        case 'ReplicaSet':
        case 'ReplicationController':
        case 'Job':
            return ['spec', 'template', 'spec'];
        case 'CronJob':
            return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
        case 'Pod':
            return ['spec'];
        default:
            return undefined;
    }
}
function lastName(segs, back = 1) {
    const s = segs[segs.length - back];
    return typeof s === 'string' ? s : undefined;
}
function listMode(ctx, segs, a, b) {
    if (ctx.descriptor)
        return { mode: 'set' };
    const name = lastName(segs);
    if (ctx.kind === 'NetworkPolicy' && segs[0] === 'spec' && segs.length === 2) {
        if (name === 'ingress' || name === 'egress' || name === 'policyTypes')
            return { mode: 'set' };
    }
    if (name !== undefined && CONTAINER_LISTS.has(name))
        return keyed(BY_NAME.keyOf, a, b);
    if (name === 'ports') {
        const owner = segs[segs.length - 2];
        const list = lastName(segs, 3);
        if (typeof owner === 'object' && list !== undefined && CONTAINER_LISTS.has(list)) {
            return keyed(BY_CONTAINER_PORT.keyOf, a, b);
        }
        if (ctx.kind === 'Service' && segs.length === 2 && segs[0] === 'spec')
            return keyed(BY_SERVICE_PORT.keyOf, a, b);
    }
    if (name === 'volumeMounts' || name === 'volumeDevices')
        return keyed(BY_MOUNT_PATH.keyOf, a, b);
    // env, volumes, imagePullSecrets, ... and any other list whose entries all have a unique name.
    return keyed(BY_NAME.keyOf, a, b);
}
function keyed(keyOf, a, b) {
    for (const list of [a, b]) {
        const seen = new Set();
        for (const item of list) {
            const k = keyOf(item);
            if (k === undefined || seen.has(k))
                return { mode: 'index' };
            seen.add(k);
        }
    }
    return { mode: 'key', keyOf };
}
/** JSON with sorted keys and, for set semantics, sorted lists: equal values give equal text. */
function canonical(v, sortLists = true) {
    if (Array.isArray(v)) {
        const items = v.map((x) => canonical(x, sortLists));
        if (sortLists)
            items.sort();
        return `[${items.join(',')}]`;
    }
    if (isObj(v)) {
        const keys = Object.keys(v).sort();
        return `{${keys
            .filter((k) => v[k] !== undefined)
            .map((k) => `${JSON.stringify(k)}:${canonical(v[k], sortLists)}`)
            .join(',')}}`;
    }
    return JSON.stringify(v) ?? 'null';
}
const IGNORED_METADATA = new Set([
    'resourceVersion',
    'uid',
    'generation',
    'creationTimestamp',
    'managedFields',
    'selfLink',
]);
const IGNORED_ANNOTATIONS = new Set([
    'kubectl.kubernetes.io/last-applied-configuration',
    'deployment.kubernetes.io/revision',
]);
/** Server-written fields that a dumped manifest may carry; they are never a change. */
function ignored(ctx, segs, key) {
    if (ctx.descriptor)
        return false;
    if (segs.length === 0)
        return key === 'status';
    if (segs.length === 1 && segs[0] === 'metadata')
        return IGNORED_METADATA.has(key);
    if (segs.length === 2 && segs[0] === 'metadata' && segs[1] === 'annotations')
        return IGNORED_ANNOTATIONS.has(key);
    return false;
}
function isQuantityPath(ctx, segs) {
    if (ctx.descriptor)
        return segs.length === 2 && segs[0] === 'resources' && segs[1] !== 'replicas';
    const parent = lastName(segs, 2);
    return parent === 'requests' || parent === 'limits' || parent === 'capacity' || parent === 'hard';
}
/** A key written out with its default value is the same as the key left out. */
function isDefault(segs, key, value) {
    return key === 'protocol' && value === 'TCP' && typeof segs[segs.length - 1] === 'object';
}
function diffObjects(kind, descriptor, before, after) {
    const out = [];
    walk({ kind, descriptor }, [], before, after, out);
    return out;
}
function push(out, segs, before, after) {
    const c = { segs, path: formatPath(segs) };
    if (before !== undefined)
        c.before = before;
    if (after !== undefined)
        c.after = after;
    out.push(c);
}
function walk(ctx, segs, a, b, out) {
    if (a === b)
        return;
    if (isObj(a) && isObj(b)) {
        for (const k of Object.keys(a)) {
            if (ignored(ctx, segs, k))
                continue;
            const av = a[k];
            if (!(k in b)) {
                if (av !== undefined && !isDefault(segs, k, av))
                    push(out, [...segs, k], av, undefined);
            }
            else
                walk(ctx, [...segs, k], av, b[k], out);
        }
        for (const k of Object.keys(b)) {
            if (k in a || ignored(ctx, segs, k))
                continue;
            const bv = b[k];
            if (bv !== undefined && !isDefault(segs, k, bv))
                push(out, [...segs, k], undefined, bv);
        }
        return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        diffList(ctx, segs, a, b, out);
        return;
    }
    if (isQuantityPath(ctx, segs)) {
        const qa = tryParseQuantity(a);
        const qb = tryParseQuantity(b);
        if (qa && qb && quantityEquals(qa, qb))
            return;
    }
    if (typeof a !== 'object' && typeof b !== 'object' && a === b)
        return;
    if (canonical(a, false) === canonical(b, false))
        return;
    push(out, segs, a, b);
}
function diffList(ctx, segs, a, b, out) {
    const mode = listMode(ctx, segs, a, b);
    if (mode.mode === 'index') {
        const n = Math.max(a.length, b.length);
        for (let i = 0; i < n; i++) {
            if (i >= a.length)
                push(out, [...segs, i], undefined, b[i]);
            else if (i >= b.length)
                push(out, [...segs, i], a[i], undefined);
            else
                walk(ctx, [...segs, i], a[i], b[i], out);
        }
        return;
    }
    if (mode.mode === 'set') {
        const count = new Map();
        const ca = a.map((x) => canonical(x));
        const cb = b.map((x) => canonical(x));
        for (const c of cb)
            count.set(c, (count.get(c) ?? 0) + 1);
        ca.forEach((c, i) => {
            const n = count.get(c) ?? 0;
            if (n > 0)
                count.set(c, n - 1);
            else
                push(out, [...segs, i], a[i], undefined);
        });
        const left = new Map();
        for (const c of ca)
            left.set(c, (left.get(c) ?? 0) + 1);
        cb.forEach((c, i) => {
            const n = left.get(c) ?? 0;
            if (n > 0)
                left.set(c, n - 1);
            else
                push(out, [...segs, i], undefined, b[i]);
        });
        return;
    }
    const { keyOf } = mode;
    const before = new Map();
    for (const item of a)
        before.set(keyOf(item), item);
    const seen = new Set();
    for (const item of b) {
        const k = keyOf(item);
        seen.add(k);
        const seg = keyedSeg(k, keyOf);
        if (!before.has(k))
            push(out, [...segs, seg], undefined, item);
        else
            walk(ctx, [...segs, seg], before.get(k), item, out);
    }
    for (const item of a) {
        const k = keyOf(item);
        if (!seen.has(k))
            push(out, [...segs, keyedSeg(k, keyOf)], item, undefined);
    }
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/descriptors/cidr.ts
class CidrError extends Error {
    constructor(input, reason) {
        super(`${JSON.stringify(input)} is not a CIDR block: ${reason}`);
        this.name = 'CidrError';
    }
}
function parseIPv4(s, input) {
    const parts = s.split('.');
    if (parts.length !== 4)
        throw new CidrError(input, 'an IPv4 address has four dot-separated numbers');
    let value = 0n;
    for (const p of parts) {
        if (!/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255) {
            throw new CidrError(input, `"${p}" is not a number from 0 to 255 (without leading zeros)`);
        }
        value = (value << 8n) | BigInt(p);
    }
    return value;
}
function parseGroups(s, input) {
    if (s === '')
        return [];
    return s.split(':').map((g) => {
        if (!/^[0-9a-fA-F]{1,4}$/.test(g))
            throw new CidrError(input, `"${g}" is not an IPv6 group of 1 to 4 hex digits`);
        return BigInt(`0x${g}`);
    });
}
function parseIPv6(s, input) {
    if (s.includes('%'))
        throw new CidrError(input, 'zone indexes are not allowed');
    let tail = [];
    let text = s;
    // An embedded IPv4 tail (`::ffff:10.0.0.1`) counts as two groups.
    const lastColon = text.lastIndexOf(':');
    if (text.slice(lastColon + 1).includes('.')) {
        const v4 = parseIPv4(text.slice(lastColon + 1), input);
        tail = [v4 >> 16n, v4 & 0xffffn];
        text = text.slice(0, lastColon + 1);
        if (!text.endsWith('::'))
            text = text.slice(0, -1);
    }
    const halves = text.split('::');
    if (halves.length > 2)
        throw new CidrError(input, '"::" may appear only once');
    let groups;
    if (halves.length === 2) {
        const head = parseGroups(halves[0], input);
        const rest = [...parseGroups(halves[1], input), ...tail];
        const missing = 8 - head.length - rest.length;
        if (missing < 1)
            throw new CidrError(input, 'too many groups for "::"');
        groups = [...head, ...new Array(missing).fill(0n), ...rest];
    }
    else {
        groups = [...parseGroups(text, input), ...tail];
        if (groups.length !== 8)
            throw new CidrError(input, 'an IPv6 address has eight groups (or uses "::")');
    }
    return groups.reduce((acc, g) => (acc << 16n) | g, 0n);
}
function parseCidr(input) {
    if (typeof input !== 'string')
        throw new CidrError(String(input), 'expected a string');
    if (input === '')
        throw new CidrError(input, 'it is empty');
    if (input.trim() !== input)
        throw new CidrError(input, 'it has leading or trailing whitespace');
    const slash = input.indexOf('/');
    const addr = slash < 0 ? input : input.slice(0, slash);
    const version = addr.includes(':') ? 6 : 4;
    const bits = version === 4 ? 32 : 128;
    let prefix = bits;
    if (slash >= 0) {
        const p = input.slice(slash + 1);
        if (!/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > bits) {
            throw new CidrError(input, `the prefix length must be a number from 0 to ${bits}`);
        }
        prefix = Number(p);
    }
    const value = version === 4 ? parseIPv4(addr, input) : parseIPv6(addr, input);
    const hostBits = BigInt(bits - prefix);
    const start = (value >> hostBits) << hostBits;
    const end = start + (1n << hostBits) - 1n;
    return { version, start, end, prefix, text: input };
}
function tryParseCidr(input) {
    if (typeof input !== 'string')
        return undefined;
    try {
        return parseCidr(input);
    }
    catch {
        return undefined;
    }
}
/** True when every address of `inner` is in `outer` (same IP version). */
function contains(outer, inner) {
    return outer.version === inner.version && outer.start <= inner.start && inner.end <= outer.end;
}
function sameRange(a, b) {
    return a.version === b.version && a.start === b.start && a.end === b.end;
}
/** `0.0.0.0/0` or `::/0`: every address. */
function isEverywhere(c) {
    return c.prefix === 0;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/descriptors/load.ts




/**
 * Reads one side of the plan (the files at `from` or at `to`) into objects keyed by identity.
 * Two shapes are recognised per YAML document: a service descriptor (a top-level `service:` key
 * and no `kind:`) and a Kubernetes object (`kind` + `metadata.name`). A Kubernetes object's
 * identity is its API group, kind, namespace and name; the API version is left out, so
 * `autoscaling/v2beta1` → `autoscaling/v2beta2` is an update. A missing namespace is `''`, not
 * `default`: manifests without one are applied into whatever namespace the tool chooses.
 */
/** The kind given to service descriptors in the plan. */
const DESCRIPTOR_KIND = 'ServiceDescriptor';
/** YAML aliases expanded per document before we call it an alias bomb. */
const MAX_ALIAS_COUNT = 100;
/** API groups of build-tool configuration (kustomize) that sit next to manifests but are not objects. */
const BUILD_CONFIG = /^(kustomize\.config\.k8s\.io|config\.kubernetes\.io)\//;
function objectId(group, kind, namespace, name) {
    if (kind === DESCRIPTOR_KIND)
        return `descriptor/${name}`;
    return `${kind}${group ? `.${group}` : ''}/${namespace ? `${namespace}/` : ''}${name}`;
}
/**
 * Parses every file of one side. `reuse` holds files parsed for the other side: a file whose
 * text is the same there is not parsed twice, and its objects are shared (so they diff as equal
 * without being walked).
 */
function loadSide(files, reuse) {
    const parsed = new Map();
    const side = { objects: new Map(), problems: [], unreadable: new Set() };
    const paths = [...files.keys()].sort();
    for (const path of paths) {
        const text = files.get(path);
        const prior = reuse?.get(path);
        const file = prior && prior.text === text ? prior : parseFile(path, text);
        parsed.set(path, file);
        side.problems.push(...file.problems);
        if (file.unreadable)
            side.unreadable.add(path);
        for (const obj of file.objects) {
            const existing = side.objects.get(obj.key);
            if (existing) {
                side.problems.push({
                    kind: 'invalid',
                    file: obj.file,
                    line: lineOf(obj, []),
                    object: obj.id,
                    message: `${obj.id} is defined twice: in ${existing.file} line ${lineOf(existing, [])} and again here`,
                    hint: 'Each object (group, kind, namespace, name) may appear once; remove or rename one of them.',
                });
                continue;
            }
            side.objects.set(obj.key, obj);
        }
    }
    return { side, parsed };
}
function errorLine(e) {
    if (e instanceof dist/* YAMLError */.IP)
        return e.linePos?.[0]?.line;
    return undefined;
}
function firstLine(message) {
    return message.split('\n', 1)[0] ?? message;
}
function parseFile(path, text) {
    const source = { path, text };
    const result = { text, objects: [], problems: [], unreadable: false };
    const unreadable = (message, line) => {
        result.objects = [];
        result.unreadable = true;
        result.problems = [
            {
                kind: 'unreadable',
                file: path,
                line,
                message: `${path}${line ? ` line ${line}` : ''}: ${message}`,
                hint: 'Fix the YAML; the destructive gate cannot compare a file it cannot read, so it blocks.',
            },
        ];
        return result;
    };
    let docs;
    try {
        const parsed = (0,dist/* parseAllDocuments */.hR)(text, { prettyErrors: true });
        docs = Array.isArray(parsed) ? parsed : [];
    }
    catch (e) {
        return unreadable(`not readable as YAML: ${firstLine(e.message)}`, errorLine(e));
    }
    for (let i = 0; i < docs.length; i++) {
        const doc = docs[i];
        const err = doc.errors[0];
        if (err)
            return unreadable(`YAML syntax error: ${firstLine(err.message)}`, err.linePos?.[0]?.line);
        if (doc.contents === null)
            continue;
        let value;
        try {
            value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (e) {
            const msg = e.message;
            const bomb = /alias/i.test(msg);
            return unreadable(bomb ? `too many YAML alias expansions (limit ${MAX_ALIAS_COUNT}); refusing a possible alias bomb` : msg, lineAt(source, doc.contents.range[0]));
        }
        if (value === null || value === undefined)
            continue;
        const line = lineAt(source, doc.contents.range[0]);
        if (!isObj(value)) {
            result.problems.push({
                kind: 'invalid',
                file: path,
                line,
                message: `${path} line ${line}: the document is not a mapping, so it is neither a service descriptor nor a Kubernetes object`,
                hint: 'Each YAML document must be a mapping with `service:` or with `kind:` and `metadata.name:`.',
            });
            continue;
        }
        // Build configuration (kustomization.yaml), not an object in the cluster.
        if (typeof value.apiVersion === 'string' && BUILD_CONFIG.test(value.apiVersion))
            continue;
        // `kind: List` (kubectl's output) holds its objects under `items`.
        if (typeof value.kind === 'string' &&
            value.kind.endsWith('List') &&
            Array.isArray(value.items) &&
            (0,dist/* isMap */.jh)(doc.contents)) {
            const itemsNode = doc.contents.get('items', true);
            value.items.forEach((item, j) => {
                const node = (0,dist/* isSeq */.oP)(itemsNode) ? itemsNode.items[j] : undefined;
                addObject(result, source, doc, node ?? doc.contents, item, i, line);
            });
            continue;
        }
        addObject(result, source, doc, doc.contents, value, i, line);
    }
    return result;
}
function addObject(result, source, doc, node, value, index, docLine) {
    const path = source.path;
    const line = node.range ? lineAt(source, node.range[0]) : docLine;
    const bad = (message) => result.problems.push({
        kind: 'invalid',
        file: path,
        line,
        message: `${path} line ${line}: ${message}`,
        hint: 'Each YAML document must be a service descriptor (`service: <name>`) or a Kubernetes object with `kind:` and `metadata.name:`.',
    });
    if (!isObj(value)) {
        bad('a list item is not a mapping');
        return;
    }
    let obj;
    const base = { file: path, index, body: value, node, doc, source };
    if (value.kind === undefined && 'service' in value) {
        const name = value.service;
        if (typeof name !== 'string' || name === '') {
            bad('the service descriptor has no service name (`service:` must be a non-empty string)');
            return;
        }
        obj = {
            ...base,
            key: `${DESCRIPTOR_KIND}\0${name}`,
            id: objectId('', DESCRIPTOR_KIND, '', name),
            kind: DESCRIPTOR_KIND,
            group: '',
            apiVersion: '',
            namespace: '',
            name,
            descriptor: true,
        };
    }
    else {
        const kind = value.kind;
        const meta = isObj(value.metadata) ? value.metadata : {};
        const name = meta.name;
        if (typeof kind !== 'string' || kind === '') {
            bad('the document has no `kind:`, so it cannot be identified');
            return;
        }
        if (typeof name !== 'string' || name === '') {
            bad(`the ${kind} has no \`metadata.name\`, so it cannot be identified`);
            return;
        }
        const apiVersion = typeof value.apiVersion === 'string' ? value.apiVersion : '';
        const slash = apiVersion.indexOf('/');
        const group = slash < 0 ? '' : apiVersion.slice(0, slash);
        const namespace = typeof meta.namespace === 'string' ? meta.namespace : '';
        obj = {
            ...base,
            key: `${group}\0${kind}\0${namespace}\0${name}`,
            id: objectId(group, kind, namespace, name),
            kind,
            group,
            apiVersion,
            namespace,
            name,
            descriptor: false,
        };
    }
    result.objects.push(obj);
    validateValues(obj, result.problems);
}
/** Quantities and CIDRs that do not parse are reported here, once, with their line. */
function validateValues(obj, problems) {
    const report = (segs, what, value) => {
        problems.push({
            kind: 'invalid',
            file: obj.file,
            line: lineOf(obj, segs),
            object: obj.id,
            path: formatPath(segs),
            message: `${obj.id} ${formatPath(segs)}: ${JSON.stringify(value)} is not ${what}`,
            hint: what === 'a Kubernetes quantity'
                ? 'Write quantities as Kubernetes does: 500m, 2, 1.5, 512Mi, 1Gi, 1G (lower-case k for kilo).'
                : 'Write CIDR blocks as 10.0.0.0/8 or 2001:db8::/32.',
        });
    };
    const quantity = (segs, v) => {
        if (v !== undefined && v !== null && !tryParseQuantity(v))
            report(segs, 'a Kubernetes quantity', v);
    };
    const cidr = (segs, v) => {
        if (!tryParseCidr(v))
            report(segs, 'a CIDR block', v);
    };
    const b = obj.body;
    if (obj.descriptor) {
        if (isObj(b.resources)) {
            quantity(['resources', 'cpu'], b.resources.cpu);
            quantity(['resources', 'memory'], b.resources.memory);
        }
        if (isObj(b.firewall)) {
            for (const [dir, field] of [
                ['ingress', 'from'],
                ['egress', 'to'],
            ]) {
                const rules = b.firewall[dir];
                if (!Array.isArray(rules))
                    continue;
                rules.forEach((r, i) => {
                    if (!isObj(r) || r[field] === undefined)
                        return;
                    const peers = Array.isArray(r[field]) ? r[field] : [r[field]];
                    peers.forEach((p, j) => {
                        cidr(Array.isArray(r[field]) ? ['firewall', dir, i, field, j] : ['firewall', dir, i, field], p);
                    });
                });
            }
        }
        return;
    }
    const pod = podSpecSegs(obj.kind);
    if (pod) {
        const spec = getIn(b, pod);
        if (isObj(spec)) {
            for (const list of CONTAINER_LISTS) {
                const containers = spec[list];
                if (!Array.isArray(containers))
                    continue;
                for (const c of containers) {
                    if (!isObj(c) || !isObj(c.resources))
                        continue;
                    const cs = [...pod, list, typeof c.name === 'string' ? containerSeg(c.name) : containers.indexOf(c)];
                    for (const which of ['requests', 'limits']) {
                        const r = c.resources[which];
                        if (!isObj(r))
                            continue;
                        for (const [res, v] of Object.entries(r))
                            quantity([...cs, 'resources', which, res], v);
                    }
                }
            }
        }
    }
    if (obj.kind === 'NetworkPolicy' && isObj(b.spec)) {
        for (const [dir, field] of [
            ['ingress', 'from'],
            ['egress', 'to'],
        ]) {
            const rules = b.spec[dir];
            if (!Array.isArray(rules))
                continue;
            rules.forEach((r, i) => {
                if (!isObj(r) || !Array.isArray(r[field]))
                    return;
                r[field].forEach((p, j) => {
                    if (isObj(p) && isObj(p.ipBlock))
                        cidr(['spec', dir, i, field, j, 'ipBlock', 'cidr'], p.ipBlock.cidr);
                });
            });
        }
    }
}
function getIn(v, segs) {
    let cur = v;
    for (const s of segs) {
        if (!isObj(cur))
            return undefined;
        cur = cur[s];
    }
    return cur;
}
/** 1-based line of a character offset. */
function lineAt(source, offset) {
    if (!source.lineStarts) {
        const starts = [0];
        const t = source.text;
        for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1))
            starts.push(i + 1);
        source.lineStarts = starts;
    }
    const starts = source.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}
/**
 * The line of the deepest part of `segs` that exists in the object's source: the key's line for
 * a map entry, the entry's line for a list item. Computed only for objects that need it.
 */
function lineOf(obj, segs) {
    let node = obj.node;
    let offset = obj.node.range?.[0] ?? 0;
    for (const seg of segs) {
        if (typeof seg === 'string') {
            if (!(0,dist/* isMap */.jh)(node))
                break;
            const pair = node.items.find((p) => ((0,dist/* isScalar */.jn)(p.key) ? p.key.value === seg : p.key === seg));
            if (!pair)
                break;
            if ((0,dist/* isNode */.Ll)(pair.key) && pair.key.range)
                offset = pair.key.range[0];
            node = pair.value;
        }
        else {
            if (!(0,dist/* isSeq */.oP)(node))
                break;
            const item = typeof seg === 'number'
                ? node.items[seg]
                : node.items.find((it) => (0,dist/* isNode */.Ll)(it) && seg.match(it.toJS(obj.doc, { maxAliasCount: MAX_ALIAS_COUNT })));
            if (!(0,dist/* isNode */.Ll)(item))
                break;
            if (item.range)
                offset = item.range[0];
            node = item;
        }
    }
    return lineAt(obj.source, offset);
}

;// CONCATENATED MODULE: ./src/descriptors/gate.ts






const REMOVABLE = new Set([
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'ReplicaSet',
    'ReplicationController',
    'CronJob',
    'Service',
    'Ingress',
    'NetworkPolicy',
]);
const ACCEPT_HINT = (kind) => `accept it with the trailer \`Allow-Destructive: ${kind}\` on a commit in the range (with a Jira key, by an allowlisted committer).`;
function pairFindings(pair, config) {
    const out = [];
    const { before, after } = pair;
    const obj = (after ?? before);
    if (before && !after) {
        if (before.descriptor || REMOVABLE.has(before.kind)) {
            out.push({
                kind: 'service-removed',
                obj: before,
                segs: [],
                message: `${before.id} is deleted`,
                hint: `Restore it in ${before.file}, or ${ACCEPT_HINT('service-removed')}`,
                before: before.descriptor ? before.name : before.id,
            });
        }
        if (before.kind === 'NetworkPolicy') {
            out.push({
                kind: 'firewall-widened',
                obj: before,
                segs: [],
                message: `NetworkPolicy ${before.id} is deleted: the pods it selected accept traffic it used to refuse`,
                hint: `Restore it in ${before.file}, or ${ACCEPT_HINT('firewall-widened')}`,
                before: before.id,
            });
        }
        return out;
    }
    if (!after)
        return out;
    if (obj.descriptor) {
        descriptorVersion(before, after, out);
        descriptorPorts(before, after, config, out);
        descriptorHealth(before, after, out);
        descriptorFirewall(before, after, out);
    }
    else {
        gate_images(before, after, out);
        workloadPorts(before, after, config, out);
        serviceExposure(before, after, config, out);
        probes(before, after, out);
        if (after.kind === 'NetworkPolicy')
            networkPolicy(before, after, out);
    }
    return out;
}
// ---------------------------------------------------------------- version-downgrade
function descriptorVersion(before, after, out) {
    const a = before?.body.version;
    const b = after.body.version;
    const va = typeof a === 'string' || typeof a === 'number' ? semver_default().valid(String(a)) : null;
    const vb = typeof b === 'string' || typeof b === 'number' ? semver_default().valid(String(b)) : null;
    if (!va || !vb || !isDowngrade(va, vb))
        return;
    out.push({
        kind: 'version-downgrade',
        obj: after,
        segs: ['version'],
        message: `${after.id} version goes down from ${a} to ${b}`,
        hint: `Deploy a version above ${a}, or ${ACCEPT_HINT('version-downgrade')}`,
        before: a,
        after: b,
    });
}
/** Lower in semver, and not merely another variant (`1.2.3` → `1.2.3-alpine`) of the same release. */
function isDowngrade(before, after) {
    if (!semver_default().lt(after, before))
        return false;
    const flavour = (v) => (semver_default().prerelease(v) ?? [])
        .filter((p) => typeof p === 'string')
        .join('.')
        .replace(/\d+/g, '');
    if (flavour(before) === flavour(after))
        return true;
    return new (semver_default()).SemVer(after).compareMain(before) < 0;
}
/** `nginx:1.25` and `docker.io/library/nginx:1.25` name the same repository. */
function parseImage(ref) {
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    const parts = rest.split('/');
    const first = parts[0] ?? '';
    const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
    let repository = rest;
    if (!hasRegistry)
        repository = `docker.io/${parts.length === 1 ? `library/${rest}` : rest}`;
    return { repository: repository.toLowerCase(), tag, digest };
}
function containersOf(obj, lists = CONTAINER_LISTS) {
    const out = new Map();
    if (!obj)
        return out;
    const pod = podSpecSegs(obj.kind);
    if (!pod)
        return out;
    const spec = getIn(obj.body, pod);
    if (!isObj(spec))
        return out;
    for (const list of lists) {
        const cs = spec[list];
        if (!Array.isArray(cs))
            continue;
        for (const c of cs) {
            if (!isObj(c) || typeof c.name !== 'string')
                continue;
            out.set(`${list}\0${c.name}`, { list, container: c, segs: [...pod, list, containerSeg(c.name)] });
        }
    }
    return out;
}
function gate_images(before, after, out) {
    if (!before)
        return;
    const old = containersOf(before);
    for (const [key, ref] of containersOf(after)) {
        const prev = old.get(key);
        const a = prev?.container.image;
        const b = ref.container.image;
        if (typeof a !== 'string' || typeof b !== 'string' || a === b)
            continue;
        const ia = parseImage(a);
        const ib = parseImage(b);
        if (ia.repository !== ib.repository || ia.digest || ib.digest || !ia.tag || !ib.tag)
            continue;
        const va = semver_default().valid(ia.tag);
        const vb = semver_default().valid(ib.tag);
        if (!va || !vb || !isDowngrade(va, vb))
            continue;
        out.push({
            kind: 'version-downgrade',
            obj: after,
            segs: [...ref.segs, 'image'],
            message: `${after.id} container ${ref.container.name}: image ${ia.repository} goes down from ${ia.tag} to ${ib.tag}`,
            hint: `Deploy a tag above ${ia.tag}, or ${ACCEPT_HINT('version-downgrade')}`,
            before: a,
            after: b,
        });
    }
}
function portOpened(obj, beforeExp, afterExp, config, out) {
    const old = new Set(beforeExp.map((e) => e.key));
    const allowed = new Set(config['allowed-ports']);
    const reported = new Set();
    for (const e of afterExp) {
        if (old.has(e.key) || reported.has(e.key))
            continue;
        reported.add(e.key);
        if (e.port !== undefined && allowed.has(e.port))
            continue;
        out.push({
            kind: 'port-opened',
            obj,
            segs: e.segs,
            message: `${obj.id} newly exposes ${e.what}, which is not in allowed-ports (${[...allowed].join(', ') || 'none'})`,
            hint: `Use an allowed port, add it to rules.destructive.allowed-ports in the policy, or ${ACCEPT_HINT('port-opened')}`,
            after: e.port ?? e.what,
        });
    }
}
function portNumber(v) {
    return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}
function descriptorExposures(obj) {
    if (!obj)
        return [];
    const out = [];
    const b = obj.body;
    const add = (v, segs) => {
        const port = portNumber(v) ?? (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);
        out.push({ key: `port ${String(v)}`, port, what: `port ${String(v)}`, segs });
    };
    if (b.port !== undefined && b.port !== null)
        add(b.port, ['port']);
    if (Array.isArray(b.ports)) {
        b.ports.forEach((p, i) => {
            add(p, ['ports', i]);
        });
    }
    return out;
}
function descriptorPorts(before, after, config, out) {
    portOpened(after, descriptorExposures(before), descriptorExposures(after), config, out);
}
function workloadExposures(obj) {
    const out = [];
    if (!obj)
        return out;
    const pod = podSpecSegs(obj.kind);
    const spec = pod ? getIn(obj.body, pod) : undefined;
    const hostNetwork = isObj(spec) && spec.hostNetwork === true;
    for (const ref of containersOf(obj).values()) {
        const ports = ref.container.ports;
        if (!Array.isArray(ports))
            continue;
        for (const p of ports) {
            if (!isObj(p))
                continue;
            const proto = typeof p.protocol === 'string' ? p.protocol : 'TCP';
            const segs = [...ref.segs, 'ports', containerPortSeg(p)];
            const host = portNumber(p.hostPort);
            if (host !== undefined) {
                out.push({
                    key: `host ${host}/${proto}`,
                    port: host,
                    what: `hostPort ${host}/${proto}`,
                    segs: [...segs, 'hostPort'],
                });
            }
            else if (hostNetwork) {
                const cp = portNumber(p.containerPort);
                out.push({
                    key: `host ${cp}/${proto}`,
                    port: cp,
                    what: `port ${cp}/${proto} on the node's network (hostNetwork)`,
                    segs: [...segs, 'containerPort'],
                });
            }
        }
    }
    return out;
}
function workloadPorts(before, after, config, out) {
    if (!podSpecSegs(after.kind))
        return;
    portOpened(after, workloadExposures(before), workloadExposures(after), config, out);
}
function serviceExposures(obj) {
    const out = [];
    if (obj?.kind !== 'Service' || !isObj(obj.body.spec))
        return out;
    const spec = obj.body.spec;
    const type = typeof spec.type === 'string' ? spec.type : 'ClusterIP';
    const external = Array.isArray(spec.externalIPs) && spec.externalIPs.length > 0;
    if (!Array.isArray(spec.ports))
        return out;
    for (const p of spec.ports) {
        if (!isObj(p))
            continue;
        const proto = typeof p.protocol === 'string' ? p.protocol : 'TCP';
        const port = portNumber(p.port);
        const segs = ['spec', 'ports', servicePortSeg(p)];
        if (type === 'NodePort' || type === 'LoadBalancer') {
            const np = portNumber(p.nodePort);
            out.push({
                key: `node ${np ?? `auto:${port}`}/${proto}`,
                port: np,
                what: np !== undefined
                    ? `NodePort ${np}/${proto}`
                    : `a NodePort (assigned by the cluster) for port ${port}/${proto}`,
                segs: [...segs, np !== undefined ? 'nodePort' : 'port'],
            });
        }
        if (type === 'LoadBalancer') {
            out.push({
                key: `lb ${port}/${proto}`,
                port,
                what: `port ${port}/${proto} on a LoadBalancer`,
                segs: [...segs, 'port'],
            });
        }
        if (external) {
            out.push({
                key: `ext ${port}/${proto}`,
                port,
                what: `port ${port}/${proto} on externalIPs`,
                segs: [...segs, 'port'],
            });
        }
    }
    return out;
}
function serviceExposure(before, after, config, out) {
    if (after.kind !== 'Service')
        return;
    portOpened(after, serviceExposures(before), serviceExposures(after), config, out);
}
// ---------------------------------------------------------------- healthcheck-removed
/** Zero for `0`, `"0"`, `"0s"`, `"0ms"`, `"0.0s"`; undefined when it is not a duration. */
function durationIsZero(v) {
    if (typeof v === 'number')
        return v === 0;
    if (typeof v !== 'string')
        return undefined;
    const m = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)?$/.exec(v.trim());
    if (!m)
        return undefined;
    return Number(m[1]) === 0;
}
function health(obj, segs, what, before, after, out) {
    out.push({
        kind: 'healthcheck-removed',
        obj,
        segs,
        message: `${obj.id}: ${what}`,
        hint: `Keep the health check, or ${ACCEPT_HINT('healthcheck-removed')}`,
        before,
        after,
    });
}
function descriptorHealth(before, after, out) {
    if (!before)
        return;
    const a = before.body.healthcheck;
    const b = after.body.healthcheck;
    if (a === undefined || a === null)
        return;
    if (b === undefined || b === null) {
        health(after, ['healthcheck'], 'the health check is removed', a, b ?? undefined, out);
        return;
    }
    if (!isObj(a) || !isObj(b))
        return;
    const endpoints = (v) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);
    const kept = new Set(endpoints(b.endpoints));
    for (const e of endpoints(a.endpoints)) {
        if (!kept.has(e))
            health(after, ['healthcheck', 'endpoints'], `health endpoint ${e} is removed`, e, undefined, out);
    }
    if (a.retries !== 0 && b.retries === 0) {
        health(after, ['healthcheck', 'retries'], 'health check retries drop to 0', a.retries, b.retries, out);
    }
    if (durationIsZero(a.timeout) !== true && durationIsZero(b.timeout) === true) {
        health(after, ['healthcheck', 'timeout'], 'health check timeout drops to 0', a.timeout, b.timeout, out);
    }
}
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];
function probes(before, after, out) {
    if (!before)
        return;
    const old = containersOf(before, ['containers']);
    for (const [key, ref] of containersOf(after, ['containers'])) {
        const prev = old.get(key);
        if (!prev)
            continue;
        const name = ref.container.name;
        for (const probe of PROBES) {
            const a = prev.container[probe];
            const b = ref.container[probe];
            if (!isObj(a))
                continue;
            if (!isObj(b)) {
                health(after, [...ref.segs, probe], `container ${name} loses its ${probe}`, a, b, out);
                continue;
            }
            if (a.failureThreshold !== 0 && b.failureThreshold === 0) {
                health(after, [...ref.segs, probe, 'failureThreshold'], `container ${name} ${probe} failureThreshold drops to 0`, a.failureThreshold, 0, out);
            }
            if (a.timeoutSeconds !== 0 && b.timeoutSeconds === 0) {
                health(after, [...ref.segs, probe, 'timeoutSeconds'], `container ${name} ${probe} timeoutSeconds drops to 0`, a.timeoutSeconds, 0, out);
            }
        }
    }
}
function peerCovers(a, b) {
    if (a.selector !== undefined || b.selector !== undefined)
        return a.selector === b.selector;
    if (!a.cidr || !b.cidr || !contains(a.cidr, b.cidr))
        return false;
    // Everything `a` excludes that overlaps `b` must be excluded by `b` too.
    return a.except.every((x) => x.end < b.cidr.start || x.start > b.cidr.end || b.except.some((y) => contains(y, x)));
}
function portCovers(a, b) {
    if (a.protocol !== b.protocol)
        return false;
    if (a.port === undefined)
        return true;
    if (b.port === undefined)
        return false;
    if (a.port === b.port && (a.endPort ?? 0) >= (b.endPort ?? 0))
        return true;
    const an = Number(a.port);
    const bn = Number(b.port);
    if (!Number.isInteger(an) || !Number.isInteger(bn))
        return false;
    return an <= bn && (a.endPort ?? an) >= (b.endPort ?? bn);
}
function ruleCovers(a, b) {
    if (b.peers === 'any' && a.peers !== 'any')
        return false;
    if (a.peers !== 'any' && b.peers !== 'any') {
        const ap = a.peers;
        if (!b.peers.every((p) => ap.some((q) => peerCovers(q, p))))
            return false;
    }
    if (a.ports === 'any')
        return true;
    if (b.ports === 'any')
        return false;
    const aps = a.ports;
    return b.ports.every((p) => aps.some((q) => portCovers(q, p)));
}
function oldPeers(rules) {
    return rules.flatMap((r) => (r.peers === 'any' ? [] : r.peers));
}
function peerCidrs(rules) {
    const out = [];
    for (const r of rules)
        if (r.peers !== 'any')
            for (const p of r.peers)
                if (p.cidr)
                    out.push(p.cidr);
    return out;
}
/** Why an allowing rule that no old rule covers is a widening, or undefined when it is merely new. */
function widening(rule, old, direction) {
    const noun = direction === 'ingress' ? 'source' : 'destination';
    if (rule.peers === 'any') {
        if (old.some((r) => r.peers === 'any'))
            return undefined;
        return { why: `an ${direction} rule has no ${direction === 'ingress' ? 'from' : 'to'}: it allows every ${noun}` };
    }
    const oldCidrs = peerCidrs(old);
    for (const p of rule.peers) {
        if (!p.cidr)
            continue;
        if (isEverywhere(p.cidr) && !oldCidrs.some((c) => isEverywhere(c) && c.version === p.cidr.version)) {
            return { why: `${direction} now allows ${p.cidr.text} (every address)` };
        }
        const narrower = oldCidrs.find((c) => contains(p.cidr, c) && !sameRange(p.cidr, c));
        if (narrower) {
            return { why: `${direction} ${noun} ${narrower.text} widens to ${p.cidr.text}`, before: narrower.text };
        }
        const excepted = oldPeers(old).find((q) => q.cidr && sameRange(q.cidr, p.cidr) && peerCovers(p, q) && !peerCovers(q, p));
        if (excepted) {
            return {
                why: `${direction} ${noun} ${p.cidr.text} excepts fewer addresses than before`,
                before: excepted.cidr.text,
            };
        }
    }
    if (rule.peers.some((p) => p.selector === '{"namespaceSelector":{}}')) {
        if (!old.some((r) => r.peers !== 'any' && r.peers.some((p) => p.selector === '{"namespaceSelector":{}}'))) {
            return { why: `${direction} now allows pods in every namespace (an empty namespaceSelector)` };
        }
    }
    return undefined;
}
function compareRules(obj, direction, before, after, denyAll, out) {
    const old = before ?? [];
    for (const r of after) {
        if (old.some((o) => ruleCovers(o, r)))
            continue;
        const w = widening(r, old, direction);
        if (!w)
            continue;
        out.push({
            kind: 'firewall-widened',
            obj,
            segs: r.segs,
            message: `${obj.id}: ${w.why}`,
            hint: `Keep the ${direction} rule as narrow as it was, or ${ACCEPT_HINT('firewall-widened')}`,
            before: w.before,
            after: r.raw,
        });
    }
    if (!before)
        return;
    if (denyAll && before.length > 0) {
        out.push({
            kind: 'firewall-narrowed',
            obj,
            segs: obj.descriptor ? ['firewall', direction] : ['spec', direction],
            message: `${obj.id}: the ${direction} policy becomes deny-all (every allowing rule is removed)`,
            hint: `Keep the rules that allowed traffic, or ${ACCEPT_HINT('firewall-narrowed')}`,
            before: before.map((r) => r.raw),
            after: [],
        });
        return;
    }
    for (const r of before) {
        if (after.some((a) => ruleCovers(a, r)))
            continue;
        out.push({
            kind: 'firewall-narrowed',
            obj,
            segs: r.segs,
            message: `${obj.id}: an ${direction} rule that allowed traffic is removed or narrowed`,
            hint: `Keep the rule, or ${ACCEPT_HINT('firewall-narrowed')}`,
            before: r.raw,
        });
    }
}
function cidrPeer(v) {
    const c = tryParseCidr(v);
    return c ? { cidr: c, except: [] } : undefined;
}
function descriptorRules(obj, direction) {
    if (!obj)
        return undefined;
    const fw = obj.body.firewall;
    const list = isObj(fw) ? fw[direction] : undefined;
    if (!Array.isArray(list))
        return [];
    const field = direction === 'ingress' ? 'from' : 'to';
    const rules = [];
    list.forEach((raw, i) => {
        if (!isObj(raw))
            return;
        const f = raw[field];
        let peers = 'any';
        if (f !== undefined && f !== null) {
            // Unparseable CIDRs are reported by the loader; they allow nothing here.
            peers = (Array.isArray(f) ? f : [f]).map(cidrPeer).filter((p) => p !== undefined);
        }
        const ports = Array.isArray(raw.ports)
            ? raw.ports.map((p) => ({ protocol: 'TCP', port: String(p) }))
            : 'any';
        rules.push({ peers, ports, segs: ['firewall', direction, i], raw });
    });
    return rules;
}
function descriptorFirewall(before, after, out) {
    for (const dir of ['ingress', 'egress']) {
        const b = descriptorRules(before, dir);
        const a = descriptorRules(after, dir) ?? [];
        compareRules(after, dir, b, a, a.length === 0, out);
    }
}
function npPeers(list) {
    if (!Array.isArray(list) || list.length === 0)
        return 'any';
    const peers = [];
    for (const p of list) {
        if (!isObj(p))
            continue;
        if (isObj(p.ipBlock)) {
            const c = tryParseCidr(p.ipBlock.cidr);
            if (!c)
                continue;
            const except = Array.isArray(p.ipBlock.except)
                ? p.ipBlock.except.map((x) => tryParseCidr(x)).filter((x) => x !== undefined)
                : [];
            peers.push({ cidr: c, except });
        }
        else {
            const sel = {};
            if (p.podSelector !== undefined)
                sel.podSelector = p.podSelector;
            if (p.namespaceSelector !== undefined)
                sel.namespaceSelector = p.namespaceSelector;
            peers.push({ except: [], selector: canonical(sel) });
        }
    }
    return peers;
}
function npPorts(list) {
    if (!Array.isArray(list) || list.length === 0)
        return 'any';
    return list.filter(isObj).map((p) => ({
        protocol: typeof p.protocol === 'string' ? p.protocol : 'TCP',
        port: p.port === undefined ? undefined : String(p.port),
        endPort: typeof p.endPort === 'number' ? p.endPort : undefined,
    }));
}
function npPolicy(obj, direction) {
    if (!obj || !isObj(obj.body.spec))
        return undefined;
    const spec = obj.body.spec;
    const types = Array.isArray(spec.policyTypes) ? spec.policyTypes : undefined;
    const applies = types
        ? types.some((t) => typeof t === 'string' && t.toLowerCase() === direction)
        : direction === 'ingress' || spec.egress !== undefined;
    const list = spec[direction];
    const field = direction === 'ingress' ? 'from' : 'to';
    const rules = [];
    if (Array.isArray(list)) {
        list.forEach((raw, i) => {
            if (!isObj(raw))
                return;
            rules.push({ peers: npPeers(raw[field]), ports: npPorts(raw.ports), segs: ['spec', direction, i], raw });
        });
    }
    return { applies, rules };
}
function networkPolicy(before, after, out) {
    for (const dir of ['ingress', 'egress']) {
        const b = npPolicy(before, dir);
        const a = npPolicy(after, dir);
        if (!a)
            continue;
        if (!b) {
            // A new policy isolates the pods it selects: only a deny-all one is worth flagging.
            if (a.applies && a.rules.length === 0 && dir === 'ingress') {
                out.push({
                    kind: 'firewall-narrowed',
                    obj: after,
                    segs: ['spec'],
                    message: `${after.id}: a new deny-all ${dir} policy`,
                    hint: `Allow the traffic the selected pods need, or ${ACCEPT_HINT('firewall-narrowed')}`,
                    after: after.body.spec,
                });
            }
            continue;
        }
        // A direction the policy no longer governs is open: every peer is allowed.
        const anyRule = { peers: 'any', ports: 'any', segs: ['spec', 'policyTypes'], raw: 'all traffic' };
        const beforeRules = b.applies ? b.rules : [anyRule];
        const afterRules = a.applies ? a.rules : [anyRule];
        if (!b.applies && !a.applies)
            continue;
        compareRules(after, dir, beforeRules, afterRules, a.applies && a.rules.length === 0, out);
    }
}
const REPLICATED = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);
/** What one service asks for: per replica (requests, else limits) and how many replicas. */
function demandOf(obj) {
    const b = obj.body;
    if (obj.descriptor) {
        if (!isObj(b.resources))
            return undefined;
        const r = b.resources;
        const replicas = typeof r.replicas === 'number' && Number.isInteger(r.replicas) && r.replicas >= 0 ? r.replicas : 1;
        return {
            obj,
            perReplica: { cpu: tryParseQuantity(r.cpu), memory: tryParseQuantity(r.memory) },
            replicas,
            segs: ['resources'],
        };
    }
    const daemon = obj.kind === 'DaemonSet';
    if (!REPLICATED.has(obj.kind) && !daemon)
        return undefined;
    const spec = isObj(b.spec) ? b.spec : {};
    const replicas = daemon
        ? 1
        : typeof spec.replicas === 'number' && Number.isInteger(spec.replicas) && spec.replicas >= 0
            ? spec.replicas
            : 1;
    const per = {};
    for (const ref of containersOf(obj, ['containers']).values()) {
        const res = isObj(ref.container.resources) ? ref.container.resources : {};
        for (const r of ['cpu', 'memory']) {
            const q = tryParseQuantity(isObj(res.requests) ? res.requests[r] : undefined) ??
                tryParseQuantity(isObj(res.limits) ? res.limits[r] : undefined);
            if (q)
                per[r] = addQuantity(per[r] ?? ZERO_QUANTITY, q);
        }
    }
    return {
        obj,
        perReplica: per,
        replicas,
        note: daemon ? 'a DaemonSet counts as 1 replica (one per node is not known here)' : undefined,
        segs: podSpecSegs(obj.kind) ?? [],
    };
}
function configQuantity(value, key) {
    if (value === undefined)
        return undefined;
    try {
        return parseQuantity(value);
    }
    catch (e) {
        throw new errors/* UsageError */.e(`rules.destructive.${key}: ${e.message}`, 'Write it as Kubernetes does: 16, 500m, 64Gi.');
    }
}
function totals(demands, r) {
    let sum = ZERO_QUANTITY;
    for (const d of demands) {
        const q = d.perReplica[r];
        if (q)
            sum = addQuantity(sum, multiplyQuantity(q, d.replicas));
    }
    return sum;
}
/** Capacity (sum over services of per-replica × replicas) and the per-service maximum. */
function limitsFindings(beforeObjects, afterObjects, config) {
    const cap = config.capacity;
    const max = config['max-per-service'];
    if (!cap && !max)
        return [];
    const collect = (objs) => {
        const m = new Map();
        for (const o of objs) {
            const d = demandOf(o);
            if (d)
                m.set(o.key, d);
        }
        return m;
    };
    const before = collect(beforeObjects);
    const after = collect(afterObjects);
    const out = [];
    const afterList = [...after.values()];
    const beforeList = [...before.values()];
    for (const r of ['cpu', 'memory']) {
        const limit = configQuantity(cap?.[r], `capacity.${r}`);
        if (limit) {
            const now = totals(afterList, r);
            const was = totals(beforeList, r);
            if (compareQuantity(now, limit) > 0 && compareQuantity(now, was) > 0) {
                // Blame the service whose demand grew the most.
                let blame;
                let most;
                for (const d of afterList) {
                    const own = multiplyQuantity(d.perReplica[r] ?? ZERO_QUANTITY, d.replicas);
                    const prev = before.get(d.obj.key);
                    const had = prev ? multiplyQuantity(prev.perReplica[r] ?? ZERO_QUANTITY, prev.replicas) : ZERO_QUANTITY;
                    const grew = addQuantity(own, multiplyQuantity(had, -1));
                    if (!most || compareQuantity(grew, most) > 0) {
                        most = grew;
                        blame = d;
                    }
                }
                const notes = afterList.some((d) => d.note) ? ' (DaemonSets count as 1 replica)' : '';
                if (blame) {
                    out.push({
                        kind: 'limits-exceeded',
                        obj: blame.obj,
                        segs: blame.segs,
                        message: `total ${r} requested goes to ${formatQuantity(now)} (was ${formatQuantity(was)}), above the capacity of ${formatQuantity(limit)}: the sum over ${afterList.length} services of ${r} × replicas${notes}; ${blame.obj.id} grew the most`,
                        hint: `Lower requests or replicas, raise rules.destructive.capacity.${r}, or ${ACCEPT_HINT('limits-exceeded')}`,
                        before: formatQuantity(was),
                        after: formatQuantity(now),
                    });
                }
            }
        }
        const perMax = configQuantity(max?.[r], `max-per-service.${r}`);
        if (perMax) {
            for (const d of afterList) {
                const q = d.perReplica[r];
                if (!q || compareQuantity(q, perMax) <= 0)
                    continue;
                const prev = before.get(d.obj.key)?.perReplica[r];
                if (prev && compareQuantity(q, prev) <= 0)
                    continue;
                out.push({
                    kind: 'limits-exceeded',
                    obj: d.obj,
                    segs: d.segs,
                    message: `${d.obj.id} asks for ${formatQuantity(q)} ${r} per replica, above max-per-service ${formatQuantity(perMax)}`,
                    hint: `Lower the ${r} request, raise rules.destructive.max-per-service.${r}, or ${ACCEPT_HINT('limits-exceeded')}`,
                    before: prev ? formatQuantity(prev) : undefined,
                    after: formatQuantity(q),
                });
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/descriptors/plan.ts





const KINDS = new Set(types/* DESTRUCTIVE_KINDS */.x);
function buildPlan(input) {
    const { config } = input;
    const { side: before, parsed } = loadSide(input.before);
    const { side: after } = loadSide(input.after, parsed);
    const findings = [];
    // Input problems: at `to` the gate fails closed (error); at `from` they are warnings, since the
    // deployed state is what it is and the push may be the fix. A problem present on both sides is
    // reported once, as the error.
    const seen = new Set(after.problems.map((p) => `${p.file}\0${p.message}`));
    for (const p of after.problems)
        findings.push(problemFinding(p, 'error', 'at the requested revision'));
    for (const p of before.problems) {
        if (!seen.has(`${p.file}\0${p.message}`))
            findings.push(problemFinding(p, 'warning', 'at the deployed revision'));
    }
    const entries = [];
    for (const [key, a] of after.objects) {
        const b = before.objects.get(key);
        if (!b) {
            // A file that did not parse at `from` hides what was there: not evidence of a create.
            if (before.unreadable.has(a.file))
                continue;
            entries.push({ after: a, changes: [] });
            continue;
        }
        if (a === b || a.body === b.body)
            continue;
        const changes = diffObjects(a.kind, a.descriptor, b.body, a.body);
        if (changes.length > 0)
            entries.push({ before: b, after: a, changes });
    }
    for (const [key, b] of before.objects) {
        if (after.objects.has(key))
            continue;
        // Likewise, a file that does not parse at `to` is an error already, not a deletion.
        if (after.unreadable.has(b.file))
            continue;
        entries.push({ before: b, changes: [] });
    }
    const where = (e) => (e.after ?? e.before);
    entries.sort((x, y) => {
        const a = where(x);
        const b = where(y);
        return a.file < b.file ? -1 : a.file > b.file ? 1 : a.index - b.index || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    const raw = [];
    for (const e of entries)
        raw.push(...pairFindings(e, config));
    raw.push(...limitsFindings(before.objects.values(), after.objects.values(), config));
    let destructive = 0;
    for (const r of raw) {
        const f = destructiveFinding(r, config, input.accepted);
        if (!f)
            continue;
        destructive++;
        findings.push(f);
    }
    const objects = entries.map((e) => {
        const o = where(e);
        return {
            id: o.id,
            kind: o.kind,
            file: o.file,
            action: e.before && e.after ? 'update' : e.after ? 'create' : 'delete',
            changes: e.changes.map((c) => {
                const pc = { path: c.path };
                if ('before' in c)
                    pc.before = c.before;
                if ('after' in c)
                    pc.after = c.after;
                return pc;
            }),
        };
    });
    return {
        objects,
        findings,
        summary: {
            add: objects.filter((o) => o.action === 'create').length,
            change: objects.filter((o) => o.action === 'update').length,
            destroy: objects.filter((o) => o.action === 'delete').length,
            destructive,
        },
    };
}
function problemFinding(p, severity, side) {
    const f = {
        rule: 'destructive',
        kind: p.kind,
        severity,
        message: `${p.message} (${side}${severity === 'error' ? '; the gate fails closed' : ''})`,
        hint: p.hint,
        file: p.file,
    };
    if (p.line !== undefined)
        f.line = p.line;
    if (p.object !== undefined)
        f.object = p.object;
    if (p.path !== undefined)
        f.path = p.path;
    return f;
}
function destructiveFinding(r, config, accepted) {
    const configured = config.severity[r.kind] ?? 'error';
    if (configured === 'off' || !KINDS.has(r.kind))
        return undefined;
    const by = accepted?.get(r.kind);
    const f = {
        rule: 'destructive',
        kind: r.kind,
        severity: by ? 'warning' : configured,
        message: r.message,
        hint: by ? `Accepted by the Allow-Destructive: trailer of ${by}.` : r.hint,
        file: r.obj.file,
        line: lineOf(r.obj, r.segs),
        object: r.obj.id,
        path: formatPath(r.segs),
        before: r.before,
        after: r.after,
    };
    if (r.obj.descriptor)
        f.service = r.obj.name;
    if (by)
        f.acceptedBy = by;
    return f;
}
/** The paths that match any of the globs (picomatch, extglob on: `deploy/**\/*.y?(a)ml`). */
function descriptorPaths(allPaths, globs) {
    if (globs.length === 0)
        return [];
    const isMatch = picomatch_default()(globs, { dot: true });
    return allPaths.filter((p) => isMatch(p));
}


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

/***/ 8893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ shallowError),
/* harmony export */   N0: () => (/* binding */ shallowBoundary),
/* harmony export */   Ss: () => (/* binding */ resolveRange),
/* harmony export */   hp: () => (/* binding */ isZeroSha),
/* harmony export */   k0: () => (/* binding */ knownRefShas)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


function isZeroSha(sha) {
    return sha === undefined || sha === '' || /^0+$/.test(sha);
}
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
    // One merge-base answers both questions: it is `from` itself exactly when the push fast-forwards.
    const base = git.tryMergeBase(from, to);
    if (base === from)
        return { kind: 'update', from, to, revArgs: [to, `^${from}`] };
    if (!base) {
        if (git.isShallow())
            throw shallowError('the old and new commits share no history in this clone');
        return { ...createRange(git, to, req.known ?? []), kind: 'force', from };
    }
    return { kind: 'force', from, to, revArgs: [to, `^${base}`] };
}
function createRange(git, to, known) {
    const exclude = [...new Set(known)].filter((sha) => sha !== to).map((sha) => `^${sha}`);
    // The deployed state of a new branch is where it forked from the known refs, when that exists.
    const from = known.length > 0 ? git.tryMergeBase(to, known[0]) : undefined;
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

/***/ 7353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CT: () => (/* binding */ loadTrustedConfig),
  k_: () => (/* binding */ runCheck)
});

// UNUSED EXPORTS: trustedRefsFor

// EXTERNAL MODULE: ./src/config/environments.ts
var environments = __webpack_require__(1390);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(4951);
;// CONCATENATED MODULE: ./src/config/schema-validator.generated.js
// Generated by scripts/build-validator.mjs from schema/gitops.schema.json. Do not edit.


"use strict";const validate = validate10;/* harmony default export */ const schema_validator_generated = ((/* unused pure expression or super */ null && (validate10)));const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/org/gitops-action/schema/gitops.schema.json","title":"gitops-action policy (.gitops.yml)","description":"The policy a git monitor applies before a push may deploy. See the README's Configuration section.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string"},"admins":{"description":"Identities that may change this file (rule policy-change): emails, email globs, or github:<login>.","type":"array","items":{"type":"string","minLength":1}},"versioning":{"type":"object","additionalProperties":false,"properties":{"tag-prefix":{"type":"string","description":"Prefix of version tags; default v."},"first-version":{"type":"string","pattern":"^\\d+\\.\\d+\\.\\d+$","description":"Version when no tag exists; default 0.1.0."},"labels":{"type":"object","additionalProperties":false,"properties":{"develop":{"$ref":"#/definitions/label"},"release":{"$ref":"#/definitions/label"},"hotfix":{"$ref":"#/definitions/label"},"feature":{"$ref":"#/definitions/label"}}}}},"environments":{"description":"Environment name -> which refs deploy there.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"additionalProperties":{"$ref":"#/definitions/environment"}},"rules":{"$ref":"#/definitions/rules"}},"definitions":{"label":{"type":"string","pattern":"^[0-9A-Za-z-]+$"},"globs":{"type":"array","items":{"type":"string","minLength":1}},"environment":{"type":"object","additionalProperties":false,"properties":{"branches":{"$ref":"#/definitions/globs","description":"Branch names or globs (release/*)."},"tags":{"$ref":"#/definitions/globs","description":"Tag globs (v*)."},"versions":{"type":"string","description":"A semver range a tag's version must satisfy (>=1.0.0)."},"promote-from":{"type":"string","description":"The lower environment every commit must have passed through."},"deploy":{"type":"boolean","description":"false makes the environment check-only."},"rules":{"$ref":"#/definitions/rules"}}},"severity":{"enum":["error","warning","off"]},"quantities":{"type":"object","additionalProperties":false,"properties":{"cpu":{"type":["string","number"]},"memory":{"type":["string","number"]}}},"rules":{"type":"object","additionalProperties":false,"properties":{"skip-deploy":{"oneOf":[{"const":false},{"type":"object","additionalProperties":false,"properties":{"markers":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200}},"scope":{"enum":["head","any"]},"trailer":{"type":"boolean","description":"Honour the trailer Skip-Deploy: true (default true)."}}}]},"committers":{"oneOf":[{"const":false},{"type":"object","additionalProperties":false,"properties":{"allow":{"type":"array","items":{"type":"string","minLength":1}},"check":{"oneOf":[{"enum":["author","committer"]},{"type":"array","items":{"enum":["author","committer"]},"minItems":1,"uniqueItems":true}]},"require-signed":{"type":"boolean"}}}]},"jira":{"oneOf":[{"const":false},{"type":"object","additionalProperties":false,"properties":{"projects":{"type":"array","items":{"type":"string","pattern":"^[A-Z][A-Z0-9_]{1,9}$"}},"scope":{"enum":["each","head","any","pr-title"]},"verify":{"oneOf":[{"const":false},{"type":"object","additionalProperties":false,"properties":{"url":{"type":"string","pattern":"^https?://"},"api-version":{"enum":[2,3]},"statuses":{"type":"array","items":{"type":"string","minLength":1}},"approval":{"type":"boolean"},"on-unreachable":{"enum":["error","warn"]},"hooks":{"type":"boolean","description":"Also verify online in the git hooks (default false)."},"timeout":{"type":"integer","minimum":100,"maximum":120000,"description":"Milliseconds per request; default 10000."}}}]}}}]},"destructive":{"oneOf":[{"const":false},{"type":"object","additionalProperties":false,"properties":{"descriptors":{"$ref":"#/definitions/globs"},"render":{"type":["string","null"]},"render-timeout":{"type":"integer","minimum":1,"maximum":3600},"allowed-ports":{"type":"array","items":{"type":"integer","minimum":1,"maximum":65535}},"capacity":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/quantities"}]},"max-per-service":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/quantities"}]},"severity":{"type":"object","additionalProperties":false,"properties":{"service-removed":{"$ref":"#/definitions/severity"},"version-downgrade":{"$ref":"#/definitions/severity"},"port-opened":{"$ref":"#/definitions/severity"},"firewall-widened":{"$ref":"#/definitions/severity"},"firewall-narrowed":{"$ref":"#/definitions/severity"},"limits-exceeded":{"$ref":"#/definitions/severity"},"healthcheck-removed":{"$ref":"#/definitions/severity"}}}}}]},"branches":{"oneOf":[{"const":false},{"type":"object","additionalProperties":false,"properties":{"merge-only":{"$ref":"#/definitions/globs"},"allow-delete":{"type":"boolean"}}}]},"policy-change":{"type":"boolean"}}}}};const schema12 = {"type":"string","pattern":"^[0-9A-Za-z-]+$"};const func2 = ucs2length["default"] ?? ucs2length;const pattern0 = new RegExp("^\\d+\\.\\d+\\.\\d+$", "u");const pattern1 = new RegExp("^[0-9A-Za-z-]+$", "u");const pattern5 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");const schema16 = {"type":"object","additionalProperties":false,"properties":{"branches":{"$ref":"#/definitions/globs","description":"Branch names or globs (release/*)."},"tags":{"$ref":"#/definitions/globs","description":"Tag globs (v*)."},"versions":{"type":"string","description":"A semver range a tag's version must satisfy (>=1.0.0)."},"promote-from":{"type":"string","description":"The lower environment every commit must have passed through."},"deploy":{"type":"boolean","description":"false makes the environment check-only."},"rules":{"$ref":"#/definitions/rules"}}};const schema17 = {"type":"array","items":{"type":"string","minLength":1}};const schema19 = {"type":"object","additionalProperties":false,"properties":{"skip-deploy":{"oneOf":[{"const":false},{"type":"object","additionalProperties":false,"properties":{"markers":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200}},"scope":{"enum":["head","any"]},"trailer":{"type":"boolean","description":"Honour the trailer Skip-Deploy: true (default true)."}}}]},"committers":{"oneOf":[{"const":false},{"type":"object","additionalProperties":false,"properties":{"allow":{"type":"array","items":{"type":"string","minLength":1}},"check":{"oneOf":[{"enum":["author","committer"]},{"type":"array","items":{"enum":["author","committer"]},"minItems":1,"uniqueItems":true}]},"require-signed":{"type":"boolean"}}}]},"jira":{"oneOf":[{"const":false},{"type":"object","additionalProperties":false,"properties":{"projects":{"type":"array","items":{"type":"string","pattern":"^[A-Z][A-Z0-9_]{1,9}$"}},"scope":{"enum":["each","head","any","pr-title"]},"verify":{"oneOf":[{"const":false},{"type":"object","additionalProperties":false,"properties":{"url":{"type":"string","pattern":"^https?://"},"api-version":{"enum":[2,3]},"statuses":{"type":"array","items":{"type":"string","minLength":1}},"approval":{"type":"boolean"},"on-unreachable":{"enum":["error","warn"]},"hooks":{"type":"boolean","description":"Also verify online in the git hooks (default false)."},"timeout":{"type":"integer","minimum":100,"maximum":120000,"description":"Milliseconds per request; default 10000."}}}]}}}]},"destructive":{"oneOf":[{"const":false},{"type":"object","additionalProperties":false,"properties":{"descriptors":{"$ref":"#/definitions/globs"},"render":{"type":["string","null"]},"render-timeout":{"type":"integer","minimum":1,"maximum":3600},"allowed-ports":{"type":"array","items":{"type":"integer","minimum":1,"maximum":65535}},"capacity":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/quantities"}]},"max-per-service":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/quantities"}]},"severity":{"type":"object","additionalProperties":false,"properties":{"service-removed":{"$ref":"#/definitions/severity"},"version-downgrade":{"$ref":"#/definitions/severity"},"port-opened":{"$ref":"#/definitions/severity"},"firewall-widened":{"$ref":"#/definitions/severity"},"firewall-narrowed":{"$ref":"#/definitions/severity"},"limits-exceeded":{"$ref":"#/definitions/severity"},"healthcheck-removed":{"$ref":"#/definitions/severity"}}}}}]},"branches":{"oneOf":[{"const":false},{"type":"object","additionalProperties":false,"properties":{"merge-only":{"$ref":"#/definitions/globs"},"allow-delete":{"type":"boolean"}}}]},"policy-change":{"type":"boolean"}}};const schema21 = {"type":"object","additionalProperties":false,"properties":{"cpu":{"type":["string","number"]},"memory":{"type":["string","number"]}}};const schema23 = {"enum":["error","warning","off"]};const func0 = equal["default"] ?? equal;const pattern6 = new RegExp("^[A-Z][A-Z0-9_]{1,9}$", "u");const pattern7 = new RegExp("^https?://", "u");function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((key0 === "skip-deploy") || (key0 === "committers")) || (key0 === "jira")) || (key0 === "destructive")) || (key0 === "branches")) || (key0 === "policy-change"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data["skip-deploy"] !== undefined){let data0 = data["skip-deploy"];const _errs3 = errors;let valid1 = false;let passing0 = null;const _errs4 = errors;if(false !== data0){const err1 = {instancePath:instancePath+"/skip-deploy",schemaPath:"#/properties/skip-deploy/oneOf/0/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid0 = _errs4 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs5 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){if(!(((key1 === "markers") || (key1 === "scope")) || (key1 === "trailer"))){const err2 = {instancePath:instancePath+"/skip-deploy",schemaPath:"#/properties/skip-deploy/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0.markers !== undefined){let data1 = data0.markers;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(typeof data2 === "string"){if(func2(data2) > 200){const err3 = {instancePath:instancePath+"/skip-deploy/markers/" + i0,schemaPath:"#/properties/skip-deploy/oneOf/1/properties/markers/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(func2(data2) < 1){const err4 = {instancePath:instancePath+"/skip-deploy/markers/" + i0,schemaPath:"#/properties/skip-deploy/oneOf/1/properties/markers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/skip-deploy/markers/" + i0,schemaPath:"#/properties/skip-deploy/oneOf/1/properties/markers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/skip-deploy/markers",schemaPath:"#/properties/skip-deploy/oneOf/1/properties/markers/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data0.scope !== undefined){let data3 = data0.scope;if(!((data3 === "head") || (data3 === "any"))){const err7 = {instancePath:instancePath+"/skip-deploy/scope",schemaPath:"#/properties/skip-deploy/oneOf/1/properties/scope/enum",keyword:"enum",params:{allowedValues: schema19.properties["skip-deploy"].oneOf[1].properties.scope.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data0.trailer !== undefined){if(typeof data0.trailer !== "boolean"){const err8 = {instancePath:instancePath+"/skip-deploy/trailer",schemaPath:"#/properties/skip-deploy/oneOf/1/properties/trailer/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/skip-deploy",schemaPath:"#/properties/skip-deploy/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid0 = _errs5 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}}if(!valid1){const err10 = {instancePath:instancePath+"/skip-deploy",schemaPath:"#/properties/skip-deploy/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}else {errors = _errs3;if(vErrors !== null){if(_errs3){vErrors.length = _errs3;}else {vErrors = null;}}}}if(data.committers !== undefined){let data5 = data.committers;const _errs16 = errors;let valid5 = false;let passing1 = null;const _errs17 = errors;if(false !== data5){const err11 = {instancePath:instancePath+"/committers",schemaPath:"#/properties/committers/oneOf/0/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}var _valid1 = _errs17 === errors;if(_valid1){valid5 = true;passing1 = 0;}const _errs18 = errors;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key2 in data5){if(!(((key2 === "allow") || (key2 === "check")) || (key2 === "require-signed"))){const err12 = {instancePath:instancePath+"/committers",schemaPath:"#/properties/committers/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data5.allow !== undefined){let data6 = data5.allow;if(Array.isArray(data6)){const len1 = data6.length;for(let i1=0; i1<len1; i1++){let data7 = data6[i1];if(typeof data7 === "string"){if(func2(data7) < 1){const err13 = {instancePath:instancePath+"/committers/allow/" + i1,schemaPath:"#/properties/committers/oneOf/1/properties/allow/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/committers/allow/" + i1,schemaPath:"#/properties/committers/oneOf/1/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/committers/allow",schemaPath:"#/properties/committers/oneOf/1/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data5.check !== undefined){let data8 = data5.check;const _errs26 = errors;let valid9 = false;let passing2 = null;const _errs27 = errors;if(!((data8 === "author") || (data8 === "committer"))){const err16 = {instancePath:instancePath+"/committers/check",schemaPath:"#/properties/committers/oneOf/1/properties/check/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema19.properties.committers.oneOf[1].properties.check.oneOf[0].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}var _valid2 = _errs27 === errors;if(_valid2){valid9 = true;passing2 = 0;}const _errs28 = errors;if(Array.isArray(data8)){if(data8.length < 1){const err17 = {instancePath:instancePath+"/committers/check",schemaPath:"#/properties/committers/oneOf/1/properties/check/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}const len2 = data8.length;for(let i2=0; i2<len2; i2++){let data9 = data8[i2];if(!((data9 === "author") || (data9 === "committer"))){const err18 = {instancePath:instancePath+"/committers/check/" + i2,schemaPath:"#/properties/committers/oneOf/1/properties/check/oneOf/1/items/enum",keyword:"enum",params:{allowedValues: schema19.properties.committers.oneOf[1].properties.check.oneOf[1].items.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}let i3 = data8.length;let j0;if(i3 > 1){outer0:for(;i3--;){for(j0 = i3; j0--;){if(func0(data8[i3], data8[j0])){const err19 = {instancePath:instancePath+"/committers/check",schemaPath:"#/properties/committers/oneOf/1/properties/check/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;break outer0;}}}}}else {const err20 = {instancePath:instancePath+"/committers/check",schemaPath:"#/properties/committers/oneOf/1/properties/check/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}var _valid2 = _errs28 === errors;if(_valid2 && valid9){valid9 = false;passing2 = [passing2, 1];}else {if(_valid2){valid9 = true;passing2 = 1;}}if(!valid9){const err21 = {instancePath:instancePath+"/committers/check",schemaPath:"#/properties/committers/oneOf/1/properties/check/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}else {errors = _errs26;if(vErrors !== null){if(_errs26){vErrors.length = _errs26;}else {vErrors = null;}}}}if(data5["require-signed"] !== undefined){if(typeof data5["require-signed"] !== "boolean"){const err22 = {instancePath:instancePath+"/committers/require-signed",schemaPath:"#/properties/committers/oneOf/1/properties/require-signed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/committers",schemaPath:"#/properties/committers/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}var _valid1 = _errs18 === errors;if(_valid1 && valid5){valid5 = false;passing1 = [passing1, 1];}else {if(_valid1){valid5 = true;passing1 = 1;}}if(!valid5){const err24 = {instancePath:instancePath+"/committers",schemaPath:"#/properties/committers/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}else {errors = _errs16;if(vErrors !== null){if(_errs16){vErrors.length = _errs16;}else {vErrors = null;}}}}if(data.jira !== undefined){let data11 = data.jira;const _errs34 = errors;let valid13 = false;let passing3 = null;const _errs35 = errors;if(false !== data11){const err25 = {instancePath:instancePath+"/jira",schemaPath:"#/properties/jira/oneOf/0/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}var _valid3 = _errs35 === errors;if(_valid3){valid13 = true;passing3 = 0;}const _errs36 = errors;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key3 in data11){if(!(((key3 === "projects") || (key3 === "scope")) || (key3 === "verify"))){const err26 = {instancePath:instancePath+"/jira",schemaPath:"#/properties/jira/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data11.projects !== undefined){let data12 = data11.projects;if(Array.isArray(data12)){const len3 = data12.length;for(let i4=0; i4<len3; i4++){let data13 = data12[i4];if(typeof data13 === "string"){if(!pattern6.test(data13)){const err27 = {instancePath:instancePath+"/jira/projects/" + i4,schemaPath:"#/properties/jira/oneOf/1/properties/projects/items/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9_]{1,9}$"},message:"must match pattern \""+"^[A-Z][A-Z0-9_]{1,9}$"+"\""};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/jira/projects/" + i4,schemaPath:"#/properties/jira/oneOf/1/properties/projects/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/jira/projects",schemaPath:"#/properties/jira/oneOf/1/properties/projects/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data11.scope !== undefined){let data14 = data11.scope;if(!((((data14 === "each") || (data14 === "head")) || (data14 === "any")) || (data14 === "pr-title"))){const err30 = {instancePath:instancePath+"/jira/scope",schemaPath:"#/properties/jira/oneOf/1/properties/scope/enum",keyword:"enum",params:{allowedValues: schema19.properties.jira.oneOf[1].properties.scope.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data11.verify !== undefined){let data15 = data11.verify;const _errs45 = errors;let valid17 = false;let passing4 = null;const _errs46 = errors;if(false !== data15){const err31 = {instancePath:instancePath+"/jira/verify",schemaPath:"#/properties/jira/oneOf/1/properties/verify/oneOf/0/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}var _valid4 = _errs46 === errors;if(_valid4){valid17 = true;passing4 = 0;}const _errs47 = errors;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){for(const key4 in data15){if(!(((((((key4 === "url") || (key4 === "api-version")) || (key4 === "statuses")) || (key4 === "approval")) || (key4 === "on-unreachable")) || (key4 === "hooks")) || (key4 === "timeout"))){const err32 = {instancePath:instancePath+"/jira/verify",schemaPath:"#/properties/jira/oneOf/1/properties/verify/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data15.url !== undefined){let data16 = data15.url;if(typeof data16 === "string"){if(!pattern7.test(data16)){const err33 = {instancePath:instancePath+"/jira/verify/url",schemaPath:"#/properties/jira/oneOf/1/properties/verify/oneOf/1/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}else {const err34 = {instancePath:instancePath+"/jira/verify/url",schemaPath:"#/properties/jira/oneOf/1/properties/verify/oneOf/1/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data15["api-version"] !== undefined){let data17 = data15["api-version"];if(!((data17 === 2) || (data17 === 3))){const err35 = {instancePath:instancePath+"/jira/verify/api-version",schemaPath:"#/properties/jira/oneOf/1/properties/verify/oneOf/1/properties/api-version/enum",keyword:"enum",params:{allowedValues: schema19.properties.jira.oneOf[1].properties.verify.oneOf[1].properties["api-version"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data15.statuses !== undefined){let data18 = data15.statuses;if(Array.isArray(data18)){const len4 = data18.length;for(let i5=0; i5<len4; i5++){let data19 = data18[i5];if(typeof data19 === "string"){if(func2(data19) < 1){const err36 = {instancePath:instancePath+"/jira/verify/statuses/" + i5,schemaPath:"#/properties/jira/oneOf/1/properties/verify/oneOf/1/properties/statuses/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/jira/verify/statuses/" + i5,schemaPath:"#/properties/jira/oneOf/1/properties/verify/oneOf/1/properties/statuses/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/jira/verify/statuses",schemaPath:"#/properties/jira/oneOf/1/properties/verify/oneOf/1/properties/statuses/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data15.approval !== undefined){if(typeof data15.approval !== "boolean"){const err39 = {instancePath:instancePath+"/jira/verify/approval",schemaPath:"#/properties/jira/oneOf/1/properties/verify/oneOf/1/properties/approval/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data15["on-unreachable"] !== undefined){let data21 = data15["on-unreachable"];if(!((data21 === "error") || (data21 === "warn"))){const err40 = {instancePath:instancePath+"/jira/verify/on-unreachable",schemaPath:"#/properties/jira/oneOf/1/properties/verify/oneOf/1/properties/on-unreachable/enum",keyword:"enum",params:{allowedValues: schema19.properties.jira.oneOf[1].properties.verify.oneOf[1].properties["on-unreachable"].enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data15.hooks !== undefined){if(typeof data15.hooks !== "boolean"){const err41 = {instancePath:instancePath+"/jira/verify/hooks",schemaPath:"#/properties/jira/oneOf/1/properties/verify/oneOf/1/properties/hooks/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data15.timeout !== undefined){let data23 = data15.timeout;if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){const err42 = {instancePath:instancePath+"/jira/verify/timeout",schemaPath:"#/properties/jira/oneOf/1/properties/verify/oneOf/1/properties/timeout/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if((typeof data23 == "number") && (isFinite(data23))){if(data23 > 120000 || isNaN(data23)){const err43 = {instancePath:instancePath+"/jira/verify/timeout",schemaPath:"#/properties/jira/oneOf/1/properties/verify/oneOf/1/properties/timeout/maximum",keyword:"maximum",params:{comparison: "<=", limit: 120000},message:"must be <= 120000"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if(data23 < 100 || isNaN(data23)){const err44 = {instancePath:instancePath+"/jira/verify/timeout",schemaPath:"#/properties/jira/oneOf/1/properties/verify/oneOf/1/properties/timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}}else {const err45 = {instancePath:instancePath+"/jira/verify",schemaPath:"#/properties/jira/oneOf/1/properties/verify/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}var _valid4 = _errs47 === errors;if(_valid4 && valid17){valid17 = false;passing4 = [passing4, 1];}else {if(_valid4){valid17 = true;passing4 = 1;}}if(!valid17){const err46 = {instancePath:instancePath+"/jira/verify",schemaPath:"#/properties/jira/oneOf/1/properties/verify/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}else {errors = _errs45;if(vErrors !== null){if(_errs45){vErrors.length = _errs45;}else {vErrors = null;}}}}}else {const err47 = {instancePath:instancePath+"/jira",schemaPath:"#/properties/jira/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}var _valid3 = _errs36 === errors;if(_valid3 && valid13){valid13 = false;passing3 = [passing3, 1];}else {if(_valid3){valid13 = true;passing3 = 1;}}if(!valid13){const err48 = {instancePath:instancePath+"/jira",schemaPath:"#/properties/jira/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}else {errors = _errs34;if(vErrors !== null){if(_errs34){vErrors.length = _errs34;}else {vErrors = null;}}}}if(data.destructive !== undefined){let data24 = data.destructive;const _errs65 = errors;let valid21 = false;let passing5 = null;const _errs66 = errors;if(false !== data24){const err49 = {instancePath:instancePath+"/destructive",schemaPath:"#/properties/destructive/oneOf/0/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}var _valid5 = _errs66 === errors;if(_valid5){valid21 = true;passing5 = 0;}const _errs67 = errors;if(data24 && typeof data24 == "object" && !Array.isArray(data24)){for(const key5 in data24){if(!(((((((key5 === "descriptors") || (key5 === "render")) || (key5 === "render-timeout")) || (key5 === "allowed-ports")) || (key5 === "capacity")) || (key5 === "max-per-service")) || (key5 === "severity"))){const err50 = {instancePath:instancePath+"/destructive",schemaPath:"#/properties/destructive/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data24.descriptors !== undefined){let data25 = data24.descriptors;if(Array.isArray(data25)){const len5 = data25.length;for(let i6=0; i6<len5; i6++){let data26 = data25[i6];if(typeof data26 === "string"){if(func2(data26) < 1){const err51 = {instancePath:instancePath+"/destructive/descriptors/" + i6,schemaPath:"#/definitions/globs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}else {const err52 = {instancePath:instancePath+"/destructive/descriptors/" + i6,schemaPath:"#/definitions/globs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath:instancePath+"/destructive/descriptors",schemaPath:"#/definitions/globs/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data24.render !== undefined){let data27 = data24.render;if((typeof data27 !== "string") && (data27 !== null)){const err54 = {instancePath:instancePath+"/destructive/render",schemaPath:"#/properties/destructive/oneOf/1/properties/render/type",keyword:"type",params:{type: schema19.properties.destructive.oneOf[1].properties.render.type},message:"must be string,null"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data24["render-timeout"] !== undefined){let data28 = data24["render-timeout"];if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){const err55 = {instancePath:instancePath+"/destructive/render-timeout",schemaPath:"#/properties/destructive/oneOf/1/properties/render-timeout/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if((typeof data28 == "number") && (isFinite(data28))){if(data28 > 3600 || isNaN(data28)){const err56 = {instancePath:instancePath+"/destructive/render-timeout",schemaPath:"#/properties/destructive/oneOf/1/properties/render-timeout/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(data28 < 1 || isNaN(data28)){const err57 = {instancePath:instancePath+"/destructive/render-timeout",schemaPath:"#/properties/destructive/oneOf/1/properties/render-timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}}if(data24["allowed-ports"] !== undefined){let data29 = data24["allowed-ports"];if(Array.isArray(data29)){const len6 = data29.length;for(let i7=0; i7<len6; i7++){let data30 = data29[i7];if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){const err58 = {instancePath:instancePath+"/destructive/allowed-ports/" + i7,schemaPath:"#/properties/destructive/oneOf/1/properties/allowed-ports/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}if((typeof data30 == "number") && (isFinite(data30))){if(data30 > 65535 || isNaN(data30)){const err59 = {instancePath:instancePath+"/destructive/allowed-ports/" + i7,schemaPath:"#/properties/destructive/oneOf/1/properties/allowed-ports/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}if(data30 < 1 || isNaN(data30)){const err60 = {instancePath:instancePath+"/destructive/allowed-ports/" + i7,schemaPath:"#/properties/destructive/oneOf/1/properties/allowed-ports/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}}}else {const err61 = {instancePath:instancePath+"/destructive/allowed-ports",schemaPath:"#/properties/destructive/oneOf/1/properties/allowed-ports/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data24.capacity !== undefined){let data31 = data24.capacity;const _errs84 = errors;let valid28 = false;let passing6 = null;const _errs85 = errors;if(data31 !== null){const err62 = {instancePath:instancePath+"/destructive/capacity",schemaPath:"#/properties/destructive/oneOf/1/properties/capacity/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}var _valid6 = _errs85 === errors;if(_valid6){valid28 = true;passing6 = 0;}const _errs87 = errors;if(data31 && typeof data31 == "object" && !Array.isArray(data31)){for(const key6 in data31){if(!((key6 === "cpu") || (key6 === "memory"))){const err63 = {instancePath:instancePath+"/destructive/capacity",schemaPath:"#/definitions/quantities/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data31.cpu !== undefined){let data32 = data31.cpu;if((typeof data32 !== "string") && (!((typeof data32 == "number") && (isFinite(data32))))){const err64 = {instancePath:instancePath+"/destructive/capacity/cpu",schemaPath:"#/definitions/quantities/properties/cpu/type",keyword:"type",params:{type: schema21.properties.cpu.type},message:"must be string,number"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(data31.memory !== undefined){let data33 = data31.memory;if((typeof data33 !== "string") && (!((typeof data33 == "number") && (isFinite(data33))))){const err65 = {instancePath:instancePath+"/destructive/capacity/memory",schemaPath:"#/definitions/quantities/properties/memory/type",keyword:"type",params:{type: schema21.properties.memory.type},message:"must be string,number"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath:instancePath+"/destructive/capacity",schemaPath:"#/definitions/quantities/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}var _valid6 = _errs87 === errors;if(_valid6 && valid28){valid28 = false;passing6 = [passing6, 1];}else {if(_valid6){valid28 = true;passing6 = 1;}}if(!valid28){const err67 = {instancePath:instancePath+"/destructive/capacity",schemaPath:"#/properties/destructive/oneOf/1/properties/capacity/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}else {errors = _errs84;if(vErrors !== null){if(_errs84){vErrors.length = _errs84;}else {vErrors = null;}}}}if(data24["max-per-service"] !== undefined){let data34 = data24["max-per-service"];const _errs96 = errors;let valid31 = false;let passing7 = null;const _errs97 = errors;if(data34 !== null){const err68 = {instancePath:instancePath+"/destructive/max-per-service",schemaPath:"#/properties/destructive/oneOf/1/properties/max-per-service/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}var _valid7 = _errs97 === errors;if(_valid7){valid31 = true;passing7 = 0;}const _errs99 = errors;if(data34 && typeof data34 == "object" && !Array.isArray(data34)){for(const key7 in data34){if(!((key7 === "cpu") || (key7 === "memory"))){const err69 = {instancePath:instancePath+"/destructive/max-per-service",schemaPath:"#/definitions/quantities/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data34.cpu !== undefined){let data35 = data34.cpu;if((typeof data35 !== "string") && (!((typeof data35 == "number") && (isFinite(data35))))){const err70 = {instancePath:instancePath+"/destructive/max-per-service/cpu",schemaPath:"#/definitions/quantities/properties/cpu/type",keyword:"type",params:{type: schema21.properties.cpu.type},message:"must be string,number"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data34.memory !== undefined){let data36 = data34.memory;if((typeof data36 !== "string") && (!((typeof data36 == "number") && (isFinite(data36))))){const err71 = {instancePath:instancePath+"/destructive/max-per-service/memory",schemaPath:"#/definitions/quantities/properties/memory/type",keyword:"type",params:{type: schema21.properties.memory.type},message:"must be string,number"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}else {const err72 = {instancePath:instancePath+"/destructive/max-per-service",schemaPath:"#/definitions/quantities/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}var _valid7 = _errs99 === errors;if(_valid7 && valid31){valid31 = false;passing7 = [passing7, 1];}else {if(_valid7){valid31 = true;passing7 = 1;}}if(!valid31){const err73 = {instancePath:instancePath+"/destructive/max-per-service",schemaPath:"#/properties/destructive/oneOf/1/properties/max-per-service/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}else {errors = _errs96;if(vErrors !== null){if(_errs96){vErrors.length = _errs96;}else {vErrors = null;}}}}if(data24.severity !== undefined){let data37 = data24.severity;if(data37 && typeof data37 == "object" && !Array.isArray(data37)){for(const key8 in data37){if(!(((((((key8 === "service-removed") || (key8 === "version-downgrade")) || (key8 === "port-opened")) || (key8 === "firewall-widened")) || (key8 === "firewall-narrowed")) || (key8 === "limits-exceeded")) || (key8 === "healthcheck-removed"))){const err74 = {instancePath:instancePath+"/destructive/severity",schemaPath:"#/properties/destructive/oneOf/1/properties/severity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data37["service-removed"] !== undefined){let data38 = data37["service-removed"];if(!(((data38 === "error") || (data38 === "warning")) || (data38 === "off"))){const err75 = {instancePath:instancePath+"/destructive/severity/service-removed",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema23.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data37["version-downgrade"] !== undefined){let data39 = data37["version-downgrade"];if(!(((data39 === "error") || (data39 === "warning")) || (data39 === "off"))){const err76 = {instancePath:instancePath+"/destructive/severity/version-downgrade",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema23.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data37["port-opened"] !== undefined){let data40 = data37["port-opened"];if(!(((data40 === "error") || (data40 === "warning")) || (data40 === "off"))){const err77 = {instancePath:instancePath+"/destructive/severity/port-opened",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema23.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data37["firewall-widened"] !== undefined){let data41 = data37["firewall-widened"];if(!(((data41 === "error") || (data41 === "warning")) || (data41 === "off"))){const err78 = {instancePath:instancePath+"/destructive/severity/firewall-widened",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema23.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data37["firewall-narrowed"] !== undefined){let data42 = data37["firewall-narrowed"];if(!(((data42 === "error") || (data42 === "warning")) || (data42 === "off"))){const err79 = {instancePath:instancePath+"/destructive/severity/firewall-narrowed",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema23.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data37["limits-exceeded"] !== undefined){let data43 = data37["limits-exceeded"];if(!(((data43 === "error") || (data43 === "warning")) || (data43 === "off"))){const err80 = {instancePath:instancePath+"/destructive/severity/limits-exceeded",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema23.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data37["healthcheck-removed"] !== undefined){let data44 = data37["healthcheck-removed"];if(!(((data44 === "error") || (data44 === "warning")) || (data44 === "off"))){const err81 = {instancePath:instancePath+"/destructive/severity/healthcheck-removed",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema23.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}else {const err82 = {instancePath:instancePath+"/destructive/severity",schemaPath:"#/properties/destructive/oneOf/1/properties/severity/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}}else {const err83 = {instancePath:instancePath+"/destructive",schemaPath:"#/properties/destructive/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}var _valid5 = _errs67 === errors;if(_valid5 && valid21){valid21 = false;passing5 = [passing5, 1];}else {if(_valid5){valid21 = true;passing5 = 1;}}if(!valid21){const err84 = {instancePath:instancePath+"/destructive",schemaPath:"#/properties/destructive/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}else {errors = _errs65;if(vErrors !== null){if(_errs65){vErrors.length = _errs65;}else {vErrors = null;}}}}if(data.branches !== undefined){let data45 = data.branches;const _errs125 = errors;let valid42 = false;let passing8 = null;const _errs126 = errors;if(false !== data45){const err85 = {instancePath:instancePath+"/branches",schemaPath:"#/properties/branches/oneOf/0/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}var _valid8 = _errs126 === errors;if(_valid8){valid42 = true;passing8 = 0;}const _errs127 = errors;if(data45 && typeof data45 == "object" && !Array.isArray(data45)){for(const key9 in data45){if(!((key9 === "merge-only") || (key9 === "allow-delete"))){const err86 = {instancePath:instancePath+"/branches",schemaPath:"#/properties/branches/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data45["merge-only"] !== undefined){let data46 = data45["merge-only"];if(Array.isArray(data46)){const len7 = data46.length;for(let i8=0; i8<len7; i8++){let data47 = data46[i8];if(typeof data47 === "string"){if(func2(data47) < 1){const err87 = {instancePath:instancePath+"/branches/merge-only/" + i8,schemaPath:"#/definitions/globs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}else {const err88 = {instancePath:instancePath+"/branches/merge-only/" + i8,schemaPath:"#/definitions/globs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}}else {const err89 = {instancePath:instancePath+"/branches/merge-only",schemaPath:"#/definitions/globs/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data45["allow-delete"] !== undefined){if(typeof data45["allow-delete"] !== "boolean"){const err90 = {instancePath:instancePath+"/branches/allow-delete",schemaPath:"#/properties/branches/oneOf/1/properties/allow-delete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}}else {const err91 = {instancePath:instancePath+"/branches",schemaPath:"#/properties/branches/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}var _valid8 = _errs127 === errors;if(_valid8 && valid42){valid42 = false;passing8 = [passing8, 1];}else {if(_valid8){valid42 = true;passing8 = 1;}}if(!valid42){const err92 = {instancePath:instancePath+"/branches",schemaPath:"#/properties/branches/oneOf",keyword:"oneOf",params:{passingSchemas: passing8},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}else {errors = _errs125;if(vErrors !== null){if(_errs125){vErrors.length = _errs125;}else {vErrors = null;}}}}if(data["policy-change"] !== undefined){if(typeof data["policy-change"] !== "boolean"){const err93 = {instancePath:instancePath+"/policy-change",schemaPath:"#/properties/policy-change/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}}else {const err94 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}validate12.errors = vErrors;return errors === 0;}function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((((key0 === "branches") || (key0 === "tags")) || (key0 === "versions")) || (key0 === "promote-from")) || (key0 === "deploy")) || (key0 === "rules"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.branches !== undefined){let data0 = data.branches;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(typeof data1 === "string"){if(func2(data1) < 1){const err1 = {instancePath:instancePath+"/branches/" + i0,schemaPath:"#/definitions/globs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}else {const err2 = {instancePath:instancePath+"/branches/" + i0,schemaPath:"#/definitions/globs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath:instancePath+"/branches",schemaPath:"#/definitions/globs/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.tags !== undefined){let data2 = data.tags;if(Array.isArray(data2)){const len1 = data2.length;for(let i1=0; i1<len1; i1++){let data3 = data2[i1];if(typeof data3 === "string"){if(func2(data3) < 1){const err4 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/globs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/definitions/globs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/tags",schemaPath:"#/definitions/globs/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.versions !== undefined){if(typeof data.versions !== "string"){const err7 = {instancePath:instancePath+"/versions",schemaPath:"#/properties/versions/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data["promote-from"] !== undefined){if(typeof data["promote-from"] !== "string"){const err8 = {instancePath:instancePath+"/promote-from",schemaPath:"#/properties/promote-from/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.deploy !== undefined){if(typeof data.deploy !== "boolean"){const err9 = {instancePath:instancePath+"/deploy",schemaPath:"#/properties/deploy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.rules !== undefined){if(!(validate12(data.rules, {instancePath:instancePath+"/rules",parentData:data,parentDataProperty:"rules",rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate11.errors = vErrors;return errors === 0;}function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://github.com/org/gitops-action/schema/gitops.schema.json" */;let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "$schema") || (key0 === "admins")) || (key0 === "versioning")) || (key0 === "environments")) || (key0 === "rules"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.$schema !== undefined){if(typeof data.$schema !== "string"){const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.admins !== undefined){let data1 = data.admins;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(typeof data2 === "string"){if(func2(data2) < 1){const err2 = {instancePath:instancePath+"/admins/" + i0,schemaPath:"#/properties/admins/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/admins/" + i0,schemaPath:"#/properties/admins/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath:instancePath+"/admins",schemaPath:"#/properties/admins/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.versioning !== undefined){let data3 = data.versioning;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){if(!(((key1 === "tag-prefix") || (key1 === "first-version")) || (key1 === "labels"))){const err5 = {instancePath:instancePath+"/versioning",schemaPath:"#/properties/versioning/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data3["tag-prefix"] !== undefined){if(typeof data3["tag-prefix"] !== "string"){const err6 = {instancePath:instancePath+"/versioning/tag-prefix",schemaPath:"#/properties/versioning/properties/tag-prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data3["first-version"] !== undefined){let data5 = data3["first-version"];if(typeof data5 === "string"){if(!pattern0.test(data5)){const err7 = {instancePath:instancePath+"/versioning/first-version",schemaPath:"#/properties/versioning/properties/first-version/pattern",keyword:"pattern",params:{pattern: "^\\d+\\.\\d+\\.\\d+$"},message:"must match pattern \""+"^\\d+\\.\\d+\\.\\d+$"+"\""};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/versioning/first-version",schemaPath:"#/properties/versioning/properties/first-version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data3.labels !== undefined){let data6 = data3.labels;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key2 in data6){if(!((((key2 === "develop") || (key2 === "release")) || (key2 === "hotfix")) || (key2 === "feature"))){const err9 = {instancePath:instancePath+"/versioning/labels",schemaPath:"#/properties/versioning/properties/labels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data6.develop !== undefined){let data7 = data6.develop;if(typeof data7 === "string"){if(!pattern1.test(data7)){const err10 = {instancePath:instancePath+"/versioning/labels/develop",schemaPath:"#/definitions/label/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z-]+$"},message:"must match pattern \""+"^[0-9A-Za-z-]+$"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/versioning/labels/develop",schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data6.release !== undefined){let data8 = data6.release;if(typeof data8 === "string"){if(!pattern1.test(data8)){const err12 = {instancePath:instancePath+"/versioning/labels/release",schemaPath:"#/definitions/label/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z-]+$"},message:"must match pattern \""+"^[0-9A-Za-z-]+$"+"\""};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/versioning/labels/release",schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data6.hotfix !== undefined){let data9 = data6.hotfix;if(typeof data9 === "string"){if(!pattern1.test(data9)){const err14 = {instancePath:instancePath+"/versioning/labels/hotfix",schemaPath:"#/definitions/label/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z-]+$"},message:"must match pattern \""+"^[0-9A-Za-z-]+$"+"\""};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/versioning/labels/hotfix",schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data6.feature !== undefined){let data10 = data6.feature;if(typeof data10 === "string"){if(!pattern1.test(data10)){const err16 = {instancePath:instancePath+"/versioning/labels/feature",schemaPath:"#/definitions/label/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Za-z-]+$"},message:"must match pattern \""+"^[0-9A-Za-z-]+$"+"\""};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/versioning/labels/feature",schemaPath:"#/definitions/label/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/versioning/labels",schemaPath:"#/properties/versioning/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/versioning",schemaPath:"#/properties/versioning/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.environments !== undefined){let data11 = data.environments;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key3 in data11){const _errs32 = errors;if(typeof key3 === "string"){if(!pattern5.test(key3)){const err20 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",propertyName:key3};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}var valid9 = _errs32 === errors;if(!valid9){const err21 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}for(const key4 in data11){if(!(validate11(data11[key4], {instancePath:instancePath+"/environments/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data11,parentDataProperty:key4,rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}}else {const err22 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.rules !== undefined){if(!(validate12(data.rules, {instancePath:instancePath+"/rules",parentData:data,parentDataProperty:"rules",rootData}))){vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);errors = vErrors.length;}}}else {const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}validate10.errors = vErrors;return errors === 0;}
;// CONCATENATED MODULE: ./src/config/parse.ts



/**
 * Parses and validates a `.gitops.yml`. Every failure is a ConfigError naming the file, the line
 * and column, the key, and what was expected; never a crash, never a silent default.
 */
function parseConfig(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    // maxAliasCount bounds "billion laughs"; uniqueKeys makes a repeated key an error, not a silent override.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const pos = lineCounter.linePos(e.pos[0]);
        const what = e.message.split('\n')[0];
        throw new errors/* ConfigError */.x(`${file}:${pos.line}:${pos.col}: not valid YAML: ${what}`, 'Fix the YAML syntax at that line.');
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (err) {
        throw new errors/* ConfigError */.x(`${file}: ${err.message}`, 'Remove the YAML aliases that expand the file.');
    }
    if (data === null || data === undefined)
        return {};
    if (!validate(data)) {
        const error = pickError(validate.errors ?? []);
        const path = pointerToPath(error.instancePath);
        const node = nodeAt(doc.contents, path, error);
        const offset = node?.range?.[0] ?? 0;
        const pos = lineCounter.linePos(offset);
        throw new errors/* ConfigError */.x(`${file}:${pos.line}:${pos.col}: ${describe(error, path)}`);
    }
    return data;
}
/**
 * ajv reports every branch of a `oneOf`; the useful error is the deepest one that is not just
 * "must be false" from the rule-off branch.
 */
function pickError(errors) {
    const useful = errors.filter((e) => e.keyword !== 'oneOf' && !(e.keyword === 'const' && e.params.allowedValue === false));
    const pool = useful.length > 0 ? useful : errors;
    return pool.reduce((best, e) => (depth(e) > depth(best) ? e : best), pool[0]);
}
function depth(e) {
    return e.instancePath.split('/').length + (e.keyword === 'additionalProperties' ? 1 : 0);
}
function pointerToPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function nodeAt(root, path, error) {
    let node = root;
    for (const key of path) {
        if (!node)
            return null;
        node = childOf(node, key);
    }
    if (error.keyword === 'additionalProperties' && node && (0,dist/* isMap */.jh)(node)) {
        // Point at the unknown key itself, not at the map that holds it.
        const pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === error.params.additionalProperty);
        if (pair && (0,dist/* isScalar */.jn)(pair.key))
            return pair.key;
    }
    return node;
}
function childOf(node, key) {
    const n = node;
    if (!n.items)
        return null;
    if ((0,dist/* isMap */.jh)(node)) {
        const pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
        return pair?.value ?? (pair && (0,dist/* isScalar */.jn)(pair.key) ? pair.key : null);
    }
    return n.items[Number(key)] ?? null;
}
function describe(error, path) {
    const where = path.length > 0 ? path.join('.') : 'the top level';
    switch (error.keyword) {
        case 'additionalProperties':
            return `unknown key "${String(error.params.additionalProperty)}" in ${where}`;
        case 'enum':
            return `${where} must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'type':
            return `${where} must be ${String(error.params.type)}`;
        case 'pattern':
            return `${where} must match ${String(error.params.pattern)}`;
        case 'const':
            return `${where} must be ${JSON.stringify(error.params.allowedValue)}`;
        default:
            return `${where} ${error.message ?? 'is invalid'}`;
    }
}

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
 * Loads the policy. The default location is read from the first trusted ref that exists and holds
 * the file; a path given to `--config` is read from disk as it stands. No file: the embedded default.
 */
function loadConfig(options) {
    const { git, explicitPath } = options;
    if (explicitPath && !options.explicitFromRef) {
        const full = (0,external_node_path_.resolve)(explicitPath);
        if (!(0,external_node_fs_.existsSync)(full)) {
            throw new errors/* ConfigError */.x(`config file ${explicitPath} does not exist`, 'Check the --config path, or leave it out.');
        }
        return resolveConfig(parseConfig((0,external_node_fs_.readFileSync)(full, 'utf8'), explicitPath), explicitPath, repoPath(git, full));
    }
    const path = explicitPath ?? DEFAULT_CONFIG_PATH;
    for (const ref of candidates(options)) {
        if (!git.tryRevParse(ref))
            continue;
        const text = git.showFile(ref, path);
        if (text === undefined)
            continue;
        const source = `${path} at ${ref.length >= 40 ? ref.slice(0, 7) : ref}`;
        return resolveConfig(parseConfig(text, source), source, path);
    }
    if (explicitPath) {
        throw new errors/* ConfigError */.x(`config file ${explicitPath} is not in the trusted refs (${[...candidates(options)].join(', ') || 'none'})`, 'Commit the policy file to the branch being pushed onto first.');
    }
    return resolveConfig(undefined, 'embedded default', path);
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
// EXTERNAL MODULE: ./src/semver/version.ts + 4 modules
var semver_version = __webpack_require__(7027);
// EXTERNAL MODULE: ./src/policy/engine.ts + 8 modules
var engine = __webpack_require__(7132);
// EXTERNAL MODULE: ./src/policy/gather.ts + 1 modules
var gather = __webpack_require__(7872);
;// CONCATENATED MODULE: ./src/policy/check.ts







/** The trusted refs of a push: the ref as it was (`from`); the default branch is the fallback. */
function trustedRefsFor(from, extra = []) {
    return from && !(0,git_range/* isZeroSha */.hp)(from) ? [...extra, from] : [...extra];
}
function loadTrustedConfig(req) {
    return loadConfig({
        git: req.git,
        trustedRefs: trustedRefsFor(req.from, req.trustedRefs),
        fallbackRef: () => defaultBranch(req.git),
        explicitPath: req.configPath,
        explicitFromRef: req.configFromRef,
    });
}
/** One push of `from..to` onto a ref, decided: the engine's single entry point for every door. */
async function runCheck(req) {
    const { git } = req;
    const config = req.config ?? loadTrustedConfig(req);
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
    if (req.version && range.to) {
        version = (0,semver_version/* computeVersion */.E)(git, {
            ref: range.to,
            branch: ref.kind === 'branch' ? ref.name : undefined,
            config: config.versioning,
        });
    }
    return {
        decision: evaluation.decision,
        environment: facts.environment?.name ?? null,
        ref: facts.ref,
        refName: facts.refName,
        range,
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
                    // The pusher is who GitHub authenticated; per the contract a github: entry for them vouches too.
                    const pusher = facts.github?.pusher;
                    if ((0,identity/* isAllowed */.Jr)(config.allow, who) || (pusher && (0,identity/* isAllowed */.Jr)(config.allow, { ...who, login: pusher })))
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
                        message: `commit ${(0,git_commit/* shortSha */.Fu)(c.sha)} names no Jira issue${projectHint}`,
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
                        message: `the head commit ${(0,git_commit/* shortSha */.Fu)(head.sha)} names no Jira issue${projectHint}`,
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
                        message: `the head commit ${(0,git_commit/* shortSha */.Fu)(candidates[0].sha)} names no Jira issue in its subject${projectHint}`,
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

/***/ 7872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ gatherFacts),
  $: () => (/* binding */ pickEnvironment)
});

// EXTERNAL MODULE: ./src/config/environments.ts
var environments = __webpack_require__(1390);
// EXTERNAL MODULE: ./src/descriptors/plan.ts + 5 modules
var plan = __webpack_require__(1477);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/descriptors/render.ts





/** The plan input key under which a render command's output is compared. */
const RENDER_KEY = '<render>';
/** Marks a timeout on the wrapper's stderr; the command's own output cannot end with it by chance. */
const TIMEOUT_MARK = '\n@@gitops-action:render-timeout@@\n';
/**
 * A tiny supervisor, run with `node -e`: it starts `sh -c <command>` in its own process group,
 * passes its output through, and kills the whole group on timeout (or when the command exits,
 * so that a background child cannot hold the pipe open). `spawnSync` alone would only kill `sh`.
 */
const SUPERVISOR = `
const { spawn } = require('node:child_process');
const [command, ms] = process.argv.slice(1);
const child = spawn('sh', ['-c', command], { detached: true, stdio: ['ignore', 'inherit', 'inherit'] });
const killGroup = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch {} };
const timer = setTimeout(() => { killGroup(); process.stderr.write(${JSON.stringify(TIMEOUT_MARK)}); process.exit(124); }, Number(ms));
child.on('error', (e) => { clearTimeout(timer); process.stderr.write(String(e.message)); process.exit(127); });
child.on('exit', (code, signal) => { clearTimeout(timer); killGroup(); process.exit(code ?? (signal ? 128 : 1)); });
`;
/** Environment variables a render command does not need and must not be able to read. */
const SECRET = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE_KEY|^ACTIONS_RUNTIME|^ACTIONS_ID_TOKEN/i;
function tail(text, lines = 20, chars = 2000) {
    const t = text.trimEnd().split('\n').slice(-lines).join('\n');
    return t.length > chars ? `…${t.slice(-chars)}` : t;
}
/**
 * Materialises the tree at `rev` in a temporary folder (`git archive | tar -x`), runs `command`
 * there with `sh -c`, and returns its standard output as the single "file" `<render>`. The command
 * comes from the trusted policy file, never from the commits being checked; it runs without the
 * environment's tokens and secrets. A non-zero exit or a timeout is a `UsageError`.
 */
function renderAt(git, rev, command, timeoutSeconds) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gitops-render-'));
    try {
        const archive = git.execGit(['archive', '--format=tar', '--end-of-options', rev]).stdout;
        const untar = (0,external_node_child_process_.spawnSync)('tar', ['-x', '-f', '-', '-C', dir], { input: archive, maxBuffer: 64 * 1024 * 1024 });
        if (untar.error || untar.status !== 0) {
            throw new errors/* UsageError */.e(`render: could not unpack ${rev}: ${untar.error?.message ?? untar.stderr.toString('utf8').trim()}`, 'Make sure `tar` is installed.');
        }
        const env = {};
        for (const [k, v] of Object.entries(process.env))
            if (!SECRET.test(k))
                env[k] = v;
        const ms = Math.max(1, Math.round(timeoutSeconds * 1000));
        const r = (0,external_node_child_process_.spawnSync)(process.execPath, ['-e', SUPERVISOR, command, String(ms)], {
            cwd: dir,
            env,
            maxBuffer: 1024 * 1024 * 1024,
            // A backstop in case the supervisor itself hangs.
            timeout: ms + 30_000,
        });
        const stderr = r.stderr?.toString('utf8') ?? '';
        const short = rev.length > 12 ? rev.slice(0, 12) : rev;
        const backstop = r.error?.code === 'ETIMEDOUT';
        if (r.error && !backstop) {
            throw new errors/* UsageError */.e(`render command \`${command}\` could not run at ${short}: ${r.error.message}`, 'Check the command.');
        }
        if (stderr.endsWith(TIMEOUT_MARK) || backstop) {
            const before = stderr.endsWith(TIMEOUT_MARK) ? stderr.slice(0, -TIMEOUT_MARK.length) : stderr;
            throw new errors/* UsageError */.e(`render command \`${command}\` timed out after ${timeoutSeconds}s at ${short}${before.trim() ? `; stderr:\n${tail(before)}` : ''}`, 'Make the command faster or raise rules.destructive.render-timeout in the policy file.');
        }
        if (r.status !== 0) {
            throw new errors/* UsageError */.e(`render command \`${command}\` failed at ${short} with exit status ${r.status ?? r.signal}${stderr.trim() ? `; stderr:\n${tail(stderr)}` : ''}`, 'Run the same command in a checkout of that revision to see why; the plan compares its output.');
        }
        return new Map([[RENDER_KEY, r.stdout.toString('utf8')]]);
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

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
    const { git, config, range } = req;
    const ref = (0,environments/* parseRef */.rd)(req.ref);
    const environment = pickEnvironment(config, req.ref, req.environment);
    const mode = req.mode ?? (environment ? 'full' : 'message');
    const rules = environment?.rules ?? config.rules;
    const signatures = mode === 'full' && rules.committers !== false && rules.committers['require-signed'];
    const commits = range.revArgs.length > 0 ? git.log(range.revArgs, { signatures, maxCount: range.maxCount }) : [];
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
        if (rules['policy-change'] && config.path)
            facts.policyCommits = new Set(git.commitsTouching(range.revArgs, config.path));
        const lower = environment?.['promote-from'];
        if (lower)
            facts.promotion = promotionFacts(git, config, lower, range);
    }
    if (mode === 'full' && rules.destructive && range.to) {
        const from = range.kind === 'tag' ? previousTag(git, environment, range.to) : range.from;
        facts.descriptors = readDescriptors(git, rules.destructive, from, range.to);
        facts.plan = (0,plan/* buildPlan */.G)({
            ...facts.descriptors,
            config: rules.destructive,
            accepted: (0,acceptance/* acceptedKinds */.P)(commits, rules),
        });
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
function readDescriptors(git, config, from, to) {
    if (config.render) {
        return {
            before: from ? renderAt(git, from, config.render, config['render-timeout']) : new Map(),
            after: renderAt(git, to, config.render, config['render-timeout']),
        };
    }
    // When no descriptor changed, nothing can be destroyed, opened or outgrown: skip reading both trees.
    if (from && (0,plan/* descriptorPaths */.y)(git.changedFiles(from, to), config.descriptors).length === 0) {
        return { before: new Map(), after: new Map() };
    }
    const at = (rev) => git.readFiles(rev, (0,plan/* descriptorPaths */.y)(git.listFiles(rev), config.descriptors));
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

/***/ 7027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ computeVersion)
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

;// CONCATENATED MODULE: ./src/semver/history.ts

/**
 * A tag name as a version: the configured prefix or a single `v`/`V` may come first, then a
 * strict semver (`1.2.0`, `1.2.0-beta.1`, `1.2.0+build.5`). Anything else (`latest`,
 * `build-123`, `v1.2`, `release/1.2.0`) is not a version tag and returns null.
 */
function parseTagVersion(name, prefix) {
    if (name.length > 256)
        return null;
    const candidates = [];
    if (prefix && name.startsWith(prefix))
        candidates.push(name.slice(prefix.length));
    if (name.startsWith('v') || name.startsWith('V'))
        candidates.push(name.slice(1));
    candidates.push(name);
    for (const candidate of candidates) {
        // Strict parsing: no loose forms, no leading `=`, no spaces.
        if (!/^\d/.test(candidate))
            continue;
        const parsed = semver_default().parse(candidate);
        if (parsed)
            return parsed;
    }
    return null;
}
/** One `git for-each-ref` over tags (peeled) and branches. */
function readRefs(git, prefix) {
    const out = git
        .execGit([
        'for-each-ref',
        '--format=%(refname)%00%(objectname)%00%(*objectname)',
        'refs/tags',
        'refs/heads',
        'refs/remotes',
    ])
        .stdout.toString('utf8');
    const tags = [];
    const branches = new Set();
    for (const line of out.split('\n')) {
        if (!line)
            continue;
        const [ref = '', sha = '', peeled = ''] = line.split('\0');
        if (ref.startsWith('refs/tags/')) {
            const name = ref.slice('refs/tags/'.length);
            const version = parseTagVersion(name, prefix);
            if (version)
                tags.push({ name, sha: peeled || sha, version });
        }
        else if (ref.startsWith('refs/heads/')) {
            branches.add(ref.slice('refs/heads/'.length));
        }
        else if (ref.startsWith('refs/remotes/') && !ref.endsWith('/HEAD')) {
            branches.add(ref.slice('refs/remotes/'.length));
        }
    }
    return { tags, branches };
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
/**
 * Resolves a revision and reads whether the clone is shallow, in one `git rev-parse`.
 * Returns undefined when the revision does not resolve (the caller then asks `Git.revParse`
 * for its error).
 */
function resolveRevision(git, ref) {
    const r = git.execGit(['rev-parse', '--is-shallow-repository', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { allowFail: true });
    if (r.status !== 0)
        return undefined;
    const [shallow, sha] = r.stdout.toString('utf8').trim().split('\n');
    if (!sha)
        return undefined;
    return { sha: sha.trim(), shallow: shallow?.trim() === 'true' };
}

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
    const resolved = resolveRevision(git, options.ref);
    if (!resolved) {
        git.revParse(options.ref); // throws the UsageError that names the revision
        throw new errors/* UsageError */.e(`unknown revision ${JSON.stringify(options.ref)}`);
    }
    if (resolved.shallow) {
        throw new errors/* UsageError */.e('this is a shallow clone: versions are computed from tags and the history since them, and both may be missing.', 'Fetch the full history: actions/checkout with `fetch-depth: 0` (or `fetch-history` in this Action), or `git fetch --unshallow --tags`.');
    }
    const firstVersion = semver_default().parse(config['first-version']);
    if (!firstVersion) {
        throw new errors/* UsageError */.e(`versioning.first-version ${JSON.stringify(config['first-version'])} is not a semver version.`, 'Write it as MAJOR.MINOR.PATCH, for example 0.1.0.');
    }
    const { sha } = resolved;
    const refs = readRefs(git, prefix);
    const branchName = resolveBranchName(git, options, refs.branches);
    const branch = branchName ? classifyBranch(branchName) : null;
    const index = indexTags(refs.tags);
    const walked = walkSince(git, sha, index.releaseShas);
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
        existing.add(tag.version.version);
        if (tag.version.prerelease.length === 0) {
            releaseShas.add(tag.sha);
            if (!highest || semver_default().gt(tag.version, highest))
                highest = tag.version;
        }
    }
    return { bySha, releaseShas, existing, highest };
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
        if (t.sha === exceptSha || t.version.prerelease.length > 0)
            continue;
        if (!best || semver_default().gt(t.version, best))
            best = t.version;
    }
    return best;
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
        const merged = tagsMergedInto(git, sha);
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
