"use strict";
exports.id = 853;
exports.ids = [853];
exports.modules = {

/***/ 9912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ resolveCommit),
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
/**
 * A revision as a commit, with a plain message where there is none yet: a repository before its
 * first commit, or a branch created with `git checkout --orphan` / `git switch --orphan`, has a
 * HEAD that names no commit, and git's own "unknown revision" says nothing useful.
 */
function resolveCommit(git, rev) {
    const sha = git.tryRevParse(rev);
    if (sha)
        return sha;
    if (rev === 'HEAD' || rev === '@') {
        const branch = git.currentBranch();
        if (git.refs(['refs/heads', 'refs/remotes', 'refs/tags']).length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e('this repository has no commits yet, so there is nothing to check', 'Make the first commit (git commit), then run the command again.');
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`branch ${JSON.stringify(branch ?? 'HEAD')} has no commits yet, so there is nothing to check`, 'Commit on it first, or name a revision (--to main).');
    }
    return git.revParse(rev);
}


/***/ }),

/***/ 1954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ NOTIFY_SLACK_DEFAULTS),
/* harmony export */   Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   Hb: () => (/* binding */ EMBEDDED_DEFAULT),
/* harmony export */   gD: () => (/* binding */ VERSIONING_DEFAULTS),
/* harmony export */   k: () => (/* binding */ RULE_DEFAULTS),
/* harmony export */   sm: () => (/* binding */ JIRA_VERIFY_DEFAULTS),
/* harmony export */   ym: () => (/* binding */ NOTIFY_JIRA_DEFAULTS)
/* harmony export */ });
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
    jira: { projects: [], scope: 'each', exempt: ['merges'], verify: false },
    destructive: {
        descriptors: ['deploy/**/*.y?(a)ml', 'k8s/**/*.y?(a)ml'],
        render: null,
        'render-timeout': 300,
        'render-untrusted': false,
        'render-allow-remote': false,
        'allowed-ports': [80, 443],
        capacity: null,
        'max-per-service': null,
        severity: {},
    },
    // merge-only is a convention (how code reaches a branch), so it is empty until the file names branches.
    branches: { 'merge-only': [], 'allow-delete': false },
};
const JIRA_VERIFY_DEFAULTS = {
    'api-version': 2,
    statuses: [],
    approval: false,
    'on-unreachable': 'error',
    hooks: false,
    timeout: 10_000,
};
/** `notify.jira` needs a site and a project, so only these two keys have defaults. */
const NOTIFY_JIRA_DEFAULTS = {
    'issue-type': 'Bug',
    labels: [],
};
/** Slack is on by default: it sends only when SLACK_BOT_TOKEN or SLACK_WEBHOOK_URL is set. */
const NOTIFY_SLACK_DEFAULTS = { channels: [], 'api-url': 'https://slack.com/api' };
const VERSIONING_DEFAULTS = {
    'tag-prefix': 'v',
    'first-version': '0.1.0',
    labels: { develop: 'alpha', release: 'beta', hotfix: 'beta' },
    'main-increment': 'patch',
    'conventional-commits': false,
};
/**
 * The embedded default, when there is no `.gitops.yml`: a safety net, never a convention the
 * repository may not follow. It maps the DTAP branches, honours skip markers, keeps environment
 * branches from being deleted, and runs the destructive gate on the manifest folders it finds
 * (plus `deploy/` and `k8s/`). No allowlist, no Jira keys, no merge-only, no promote-from: those
 * come from the file `gitops-action init` writes after looking at the repository.
 */
const EMBEDDED_DEFAULT = {
    environments: {
        testing: { branches: ['develop'] },
        acceptance: { branches: ['release/*'] },
        production: { branches: ['main', 'master'], tags: ['v*'], versions: '>=1.0.0' },
    },
    rules: {
        'skip-deploy': {},
        committers: false,
        jira: false,
        destructive: {},
        branches: { 'merge-only': [], 'allow-delete': false },
        'policy-change': true,
    },
};


/***/ }),

/***/ 1390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ environmentFor),
/* harmony export */   _I: () => (/* binding */ matchesAny),
/* harmony export */   rR: () => (/* binding */ versionInRange),
/* harmony export */   rd: () => (/* binding */ parseRef)
/* harmony export */ });
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

/***/ 3736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z9: () => (/* binding */ loadConfig),
  ON: () => (/* binding */ parsePolicy),
  q1: () => (/* binding */ uncommittedConfigNote)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/config/schema-hash.generated.ts
// Generated by scripts/build-validator.mjs from schema/gitops.schema.json. Do not edit.
const SCHEMA_HASH = '3ad8bb8120fdfcf6';

;// CONCATENATED MODULE: ./src/config/cache.ts





/**
 * Validated policies, by the blob id of the file and the schema they were checked against, in the
 * repository's git directory. A blob id names its content exactly, so an entry never goes stale;
 * it spares every later push the YAML parser and the validator, which are most of the hook's
 * start-up after Node itself. Anything that goes wrong here is a cache miss, never an error.
 *
 * The directory sits in the work space, where a build step or a checked-out script can write. So
 * each entry carries an HMAC under a key kept outside the repository (the user's cache folder,
 * mode 0600): an entry written by anything that does not hold the key fails the check on read and
 * is parsed again from the blob, so a forged entry never becomes the policy. The Action turns the
 * cache off altogether (`LoadOptions.cache: false`).
 */
const MAC_BYTES = 32;
function entryPath(git, blobId) {
    const dir = git.commonDir();
    return dir ? (0,external_node_path_.join)(dir, 'gitops-action', `policy-${SCHEMA_HASH}-${blobId}.json`) : undefined;
}
function keyPath() {
    const base = process.env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache');
    return (0,external_node_path_.join)(base, 'gitops-action', 'policy-cache.key');
}
let key;
/** The user's cache key; made on first use. Null when it can be neither read nor made (then no cache). */
function cacheKey(create) {
    if (key !== undefined && (key !== null || !create))
        return key;
    const path = keyPath();
    try {
        const k = (0,external_node_fs_.readFileSync)(path);
        key = k.length === MAC_BYTES ? k : null;
        return key;
    }
    catch {
        if (!create)
            return null;
    }
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(path, '..'), { recursive: true, mode: 0o700 });
        // `wx`: two first runs at once must not each write a key and invalidate the other's entries.
        (0,external_node_fs_.writeFileSync)(path, (0,external_node_crypto_.randomBytes)(MAC_BYTES), { mode: 0o600, flag: 'wx' });
    }
    catch {
        // Lost the race, or the folder is read-only: read whatever is there.
    }
    try {
        const k = (0,external_node_fs_.readFileSync)(path);
        key = k.length === MAC_BYTES ? k : null;
    }
    catch {
        key = null;
    }
    return key;
}
function mac(k, blobId, body) {
    return (0,external_node_crypto_.createHmac)('sha256', k).update(`${SCHEMA_HASH}\0${blobId}\0`).update(body).digest();
}
function cachedPolicy(git, blobId) {
    const path = entryPath(git, blobId);
    if (!path)
        return undefined;
    try {
        const text = (0,external_node_fs_.readFileSync)(path, 'utf8');
        const eol = text.indexOf('\n');
        const k = cacheKey(false);
        if (eol <= 0 || !k)
            return undefined;
        const given = Buffer.from(text.slice(0, eol), 'hex');
        const body = text.slice(eol + 1);
        const expected = mac(k, blobId, body);
        if (given.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(given, expected))
            return undefined;
        return JSON.parse(body);
    }
    catch {
        return undefined;
    }
}
function storePolicy(git, blobId, raw) {
    const path = entryPath(git, blobId);
    const k = cacheKey(true);
    if (!path || !k)
        return;
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(path, '..'), { recursive: true });
        const body = JSON.stringify(raw);
        // Write then rename, so a concurrent reader never sees half a file.
        const temp = `${path}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(temp, `${mac(k, blobId, body).toString('hex')}\n${body}`);
        (0,external_node_fs_.renameSync)(temp, path);
    }
    catch {
        // A read-only .git, a full disk: the next run parses again.
    }
}

// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(8270);
;// CONCATENATED MODULE: ./src/config/load.ts






/** How many earlier versions of an invalid policy are tried before giving up on its history. */
const MAX_HISTORY = 200;
/**
 * Loads the policy. The default location is read from the first trusted ref that holds the file;
 * a path given to `--config` is read from disk as it stands. No file: the embedded default.
 *
 * A file on a trusted ref that does not validate does not lock the repository: the last valid
 * version from that ref's history applies, and every report says so, until a push repairs it.
 */
async function loadConfig(options) {
    const { git, explicitPath } = options;
    const notes = [...(options.notes ?? [])];
    if (explicitPath && !options.explicitFromRef) {
        const full = (0,external_node_path_.resolve)(explicitPath);
        if (!(0,external_node_fs_.existsSync)(full)) {
            throw new errors/* ConfigError */.x(`config file ${explicitPath} does not exist`, 'Check the --config path, or leave it out.');
        }
        // A file a person named is theirs to fix: it is reported, never replaced by an older one.
        const raw = await parsePolicy((0,external_node_fs_.readFileSync)(full, 'utf8'), explicitPath);
        return withNotes((0,resolve/* resolveConfig */.p)(raw, explicitPath, repoPath(git, full)), notes);
    }
    const path = explicitPath ?? defaults/* DEFAULT_CONFIG_PATH */.Bi;
    const cache = options.cache !== false;
    for (const ref of candidates(options)) {
        const blob = git.readBlob(ref, path);
        if (!blob)
            continue;
        const name = options.label?.(ref) ?? (/^[0-9a-f]{40,64}$/.test(ref) ? ref.slice(0, 7) : ref);
        const source = `${path} at ${name}`;
        try {
            const raw = await parseBlob(git, blob, source, cache);
            return withNotes((0,resolve/* resolveConfig */.p)(raw, source, path), notes);
        }
        catch (err) {
            if (!(err instanceof errors/* ConfigError */.x) || options.strict)
                throw err;
            const earlier = await lastValidVersion(git, ref, path, cache);
            const problem = err.message;
            if (earlier) {
                notes.push(`the policy ${source} does not validate (${problem}); the last valid version, from commit ${earlier.sha.slice(0, 7)}, applies until a push repairs it`);
                return withNotes((0,resolve/* resolveConfig */.p)(earlier.raw, `${path} at ${earlier.sha.slice(0, 7)} (last valid)`, path), notes);
            }
            notes.push(`the policy ${source} does not validate (${problem}) and no earlier version does; the embedded default applies until a push repairs it`);
            return withNotes((0,resolve/* resolveConfig */.p)(undefined, 'embedded default', path), notes);
        }
    }
    if (explicitPath) {
        throw new errors/* ConfigError */.x(`config file ${explicitPath} is not in the trusted refs (${[...candidates(options)].join(', ') || 'none'})`, 'Commit the policy file to the default branch first.');
    }
    // The embedded default's destructive gate watches the manifest folders of this tree.
    const tree = [...candidates(options)][0] ?? git.tryRevParse('HEAD');
    return withNotes((0,resolve/* resolveConfig */.p)(undefined, 'embedded default', path, { files: tree ? git.listFiles(tree) : [] }), notes);
}
function withNotes(config, notes) {
    if (notes.length > 0)
        config.notes = [...(config.notes ?? []), ...notes];
    return config;
}
async function parseBlob(git, blob, source, cache) {
    let raw = cache ? cachedPolicy(git, blob.id) : undefined;
    if (!raw) {
        raw = await parsePolicy(blob.text, source);
        if (cache)
            storePolicy(git, blob.id, raw);
    }
    return raw;
}
/**
 * The newest version of the file on `ref`'s history that validates: one `git log` for the commits
 * that touched it, one `cat-file --batch` for their versions.
 */
async function lastValidVersion(git, ref, path, cache) {
    const shas = git
        .execGit(['log', '--format=%H', `--max-count=${MAX_HISTORY}`, '--end-of-options', ref, '--', path], {
        allowFail: true,
    })
        .stdout.toString('utf8')
        .split('\n')
        .filter(Boolean);
    const blobs = git.readSpecs(shas.map((sha) => `${sha}:${path}`));
    for (let i = 0; i < shas.length; i++) {
        const blob = blobs[i];
        // A commit that deleted the file: the versions before it belong to an earlier life of the policy.
        if (!blob)
            break;
        try {
            return { sha: shas[i], raw: await parseBlob(git, blob, `${path} at ${shas[i]}`, cache) };
        }
        catch (err) {
            if (!(err instanceof errors/* ConfigError */.x))
                throw err;
        }
    }
    return undefined;
}
/**
 * Parses and validates a policy file's text: the schema, and what the schema cannot say (that
 * `promote-from` names an environment of the file). Every problem is a ConfigError that starts
 * with `FILE:LINE:COL`. The YAML parser and the validator load only when a policy is not cached.
 */
async function parsePolicy(text, source) {
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(380)]).then(__webpack_require__.bind(__webpack_require__, 1380));
    const raw = parseConfig(text, source);
    const names = Object.keys(raw.environments ?? {});
    for (const [name, env] of Object.entries(raw.environments ?? {})) {
        const lower = env['promote-from'];
        if (lower === undefined || names.includes(lower))
            continue;
        const { line, col } = positionOf(text, `promote-from: ${lower}`) ?? { line: 1, col: 1 };
        throw new errors/* ConfigError */.x(`${source}:${line}:${col}: environments.${name}.promote-from names an unknown environment ${JSON.stringify(lower)}`, `Name one of the environments in the file: ${names.join(', ')}.`);
    }
    return raw;
}
function positionOf(text, needle) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const at = lines[i].indexOf(needle);
        if (at >= 0)
            return { line: i + 1, col: at + 1 };
    }
    return undefined;
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


/***/ }),

/***/ 8270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ resolveConfig)
/* harmony export */ });
/* harmony import */ var _init_manifests_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6316);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1954);


/**
 * Resolves a validated file onto the embedded defaults, in the fixed order: defaults, then the
 * file, then each environment's overrides. Objects merge key by key, arrays replace, and `false`
 * turns a rule off. A file that names environments replaces the default DTAP set as a whole,
 * because merging would leave environments the user never asked for.
 */
function resolveConfig(raw, source, path, options = {}) {
    const file = raw ?? _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .EMBEDDED_DEFAULT */ .Hb;
    const topRaw = { ..._defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .EMBEDDED_DEFAULT */ .Hb.rules, ...(raw ? (file.rules ?? {}) : {}) };
    if (!raw && options.files) {
        // The safety net watches the manifest folders this tree has, and says which.
        const roots = [...new Set([..._init_manifests_js__WEBPACK_IMPORTED_MODULE_0__/* .CONVENTIONAL_ROOTS */ .rJ, ...(0,_init_manifests_js__WEBPACK_IMPORTED_MODULE_0__/* .detectManifests */ .E7)(options.files).roots])].sort();
        topRaw.destructive = { descriptors: (0,_init_manifests_js__WEBPACK_IMPORTED_MODULE_0__/* .descriptorGlobs */ .dL)(roots) };
        source = `${source} (destructive gate on ${roots.map((r) => (r === '.' ? 'the root folder' : `${r}/`)).join(', ')})`;
    }
    const rules = resolveRules(topRaw, undefined);
    const envsRaw = file.environments ?? _defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .EMBEDDED_DEFAULT */ .Hb.environments;
    const environments = {};
    for (const [name, env] of Object.entries(envsRaw)) {
        environments[name] = {
            name,
            branches: env.branches ?? [],
            tags: env.tags ?? [],
            versions: env.versions,
            'promote-from': env['promote-from'],
            'tags-from-any-branch': env['tags-from-any-branch'] ?? false,
            deploy: env.deploy ?? true,
            rules: resolveRules({ ...topRaw, ...(env.rules ?? {}) }, topRaw, env.rules),
        };
    }
    const labels = { ..._defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSIONING_DEFAULTS */ .gD.labels, ...(file.versioning?.labels ?? {}) };
    return {
        source,
        path,
        embedded: raw === undefined,
        admins: file.admins ?? [],
        versioning: { ..._defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSIONING_DEFAULTS */ .gD, ...(file.versioning ?? {}), labels },
        environments,
        rules,
        notify: resolveNotify(raw?.notify),
    };
}
/** `notify:` onto its defaults; Jira only when the file names a site and a project (the schema asks for both). */
function resolveNotify(raw) {
    const jira = raw?.jira;
    const slack = raw?.slack;
    return {
        jira: jira ? { ..._defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTIFY_JIRA_DEFAULTS */ .ym, ...jira } : false,
        slack: slack === false ? false : { ..._defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTIFY_SLACK_DEFAULTS */ .Am, ...(slack ?? {}) },
    };
}
function resolveRules(merged, top, overrides) {
    const rule = (name) => {
        const value = merged[name];
        if (value === false || value === undefined)
            return false;
        const base = top && overrides?.[name] !== undefined && isObject(top[name]) ? top[name] : {};
        return { ..._defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_DEFAULTS */ .k[name], ...base, ...value };
    };
    const jira = rule('jira');
    if (jira) {
        const topVerify = top && isObject(top.jira) ? top.jira.verify : undefined;
        const verify = jira.verify;
        jira.verify =
            verify === false || verify === undefined
                ? false
                : {
                    ..._defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .JIRA_VERIFY_DEFAULTS */ .sm,
                    ...(isObject(topVerify) ? topVerify : {}),
                    ...verify,
                };
    }
    const committers = rule('committers');
    if (committers && typeof committers.check === 'string')
        committers.check = [committers.check];
    const destructive = rule('destructive');
    if (destructive && destructive['internal-ports'] === undefined) {
        // `allowed-ports` written in the policy file is a list of every port meant to be open, internal ones too.
        const raw = merged.destructive;
        destructive['internal-ports'] = isObject(raw) && Array.isArray(raw['allowed-ports']);
    }
    return {
        'skip-deploy': rule('skip-deploy'),
        committers,
        jira,
        destructive,
        branches: rule('branches'),
        'policy-change': merged['policy-change'] === false ? false : { enabled: true },
        'promote-from': merged['promote-from'] === false ? false : { enabled: true },
    };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/***/ }),

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ localDefaultBranch),
/* harmony export */   Nf: () => (/* binding */ noDefaultBranchNote),
/* harmony export */   e1: () => (/* binding */ remoteOf),
/* harmony export */   lD: () => (/* binding */ namedDefaultBranch)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/**
 * The default branch by the name the host gives (the Action: the payload's
 * `repository.default_branch`), read from the remote-tracking ref only. Its local branch may be
 * the one the push itself created, so a missing remote-tracking ref fails closed.
 */
function namedDefaultBranch(git, name, remote = 'origin') {
    const ref = `refs/remotes/${remote}/${name}`;
    const sha = git.tryRevParse(ref);
    if (!sha) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`the default branch ${JSON.stringify(name)} is not in this clone (no ${ref}), so there is no trusted policy to read`, `Fetch it first: \`git fetch ${remote} ${name}:${ref}\` (actions/checkout with \`fetch-depth: 0\` fetches every branch).`);
    }
    return { name, ref, sha, how: `${remote}'s default branch ${name}` };
}
/**
 * On a developer's machine (the CLI, the hooks): the remote's HEAD, as `git clone` and
 * `git remote set-head <remote> --auto` record it, read from the remote-tracking ref, or from the
 * local branch of that name when the remote-tracking ref is missing.
 *
 * Without a remote HEAD (a repository made with `git init` + `git remote add`, or with no remote)
 * we do not guess: git's own `init.defaultBranch` names it when it is set and that local branch
 * exists; otherwise there is no default branch and the caller says how to record one.
 *
 * `listing` is an optional `for-each-ref` of `refs/remotes/<remote>/` already read by the caller
 * (the pre-push hook lists it together with the deploy record, in one git process).
 */
function localDefaultBranch(git, remote = 'origin', listing) {
    const headRef = `refs/remotes/${remote}/HEAD`;
    const target = listing ? listing.find((r) => r.ref === headRef)?.symref : git.trySymbolicRef(headRef);
    const prefix = `refs/remotes/${remote}/`;
    if (target?.startsWith(prefix)) {
        const name = target.slice(prefix.length);
        const remoteSha = listing ? listing.find((r) => r.ref === target)?.sha : git.tryRevParse(target);
        if (remoteSha)
            return { name, ref: target, sha: remoteSha, how: `${remote}/HEAD (${remote}/${name})` };
        const localSha = git.tryRevParse(`refs/heads/${name}`);
        if (localSha) {
            return { name, ref: `refs/heads/${name}`, sha: localSha, how: `the local ${name} (${remote}/HEAD names it)` };
        }
    }
    const configured = git.configValue('init.defaultBranch');
    if (configured) {
        const sha = git.tryRevParse(`refs/heads/${configured}`);
        if (sha)
            return { name: configured, ref: `refs/heads/${configured}`, sha, how: `init.defaultBranch (${configured})` };
    }
    return undefined;
}
/** The remote a branch pushes to: its upstream's remote (`branch.<name>.remote`), else `origin`. */
function remoteOf(git, branch) {
    const remote = branch ? git.configValue(`branch.${branch}.remote`) : undefined;
    // `.` is the local repository itself (an upstream that is a local branch).
    return remote && remote !== '.' ? remote : 'origin';
}
/** What to tell a user whose repository records no default branch. */
function noDefaultBranchNote(remote) {
    return `no default branch is known (no ${remote}/HEAD), so the embedded default policy applies; record it with \`git remote set-head ${remote} --auto\``;
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
    /**
     * Objects by `rev:path` spec with one `git cat-file --batch`, in the order given; a missing one is
     * undefined. Used to read one file across many commits (the policy's history).
     */
    readSpecs(specs) {
        if (specs.length === 0)
            return [];
        const out = this.execGit(['cat-file', '--batch'], { input: `${specs.join('\n')}\n` }).stdout;
        const found = [];
        let pos = 0;
        for (let i = 0; i < specs.length; i++) {
            const eol = out.indexOf(10, pos);
            const header = out.subarray(pos, eol).toString('utf8');
            const [id, type, size] = header.split(' ');
            pos = eol + 1;
            if (!id || size === undefined || header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                found.push(undefined);
                continue;
            }
            const n = Number(size);
            found.push(type === 'blob' ? { id, text: out.subarray(pos, pos + n).toString('utf8') } : undefined);
            pos += n + 1;
        }
        return found;
    }
    /**
     * Every ref under the given prefixes (`refs/heads`, `refs/tags`, ...): its sha (a tag peeled to
     * its commit), and for a symbolic ref (`refs/remotes/origin/HEAD`) the ref it points at.
     */
    refs(prefixes) {
        const format = '--format=%(refname)%00%(objectname)%00%(*objectname)%00%(symref)';
        const out = this.text(['for-each-ref', format, ...prefixes]);
        return out
            .split('\n')
            .filter(Boolean)
            .map((line) => {
            const [ref, sha, peeled, symref] = line.split('\0');
            const entry = {
                ref: ref,
                sha: peeled || sha,
            };
            if (symref)
                entry.symref = symref;
            return entry;
        });
    }
    /** Whether `ancestor` is reachable from `descendant` (`merge-base --is-ancestor`). */
    isAncestor(ancestor, descendant) {
        if (ancestor === descendant)
            return true;
        return this.execGit(['merge-base', '--is-ancestor', ancestor, descendant], { allowFail: true }).status === 0;
    }
    /** Where a symbolic ref points (`refs/remotes/origin/HEAD` -> `refs/remotes/origin/main`), if it is one. */
    trySymbolicRef(name) {
        return this.tryText(['symbolic-ref', '--quiet', name])?.trim() || undefined;
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
/* harmony export */   A0: () => (/* binding */ rangeFrom),
/* harmony export */   Jn: () => (/* binding */ shallowError),
/* harmony export */   N0: () => (/* binding */ shallowBoundary),
/* harmony export */   Ss: () => (/* binding */ resolveRange),
/* harmony export */   hL: () => (/* binding */ settleRange),
/* harmony export */   hp: () => (/* binding */ isZeroSha),
/* harmony export */   k0: () => (/* binding */ knownRefShas),
/* harmony export */   q$: () => (/* binding */ ensureCommit)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


function isZeroSha(sha) {
    return sha === undefined || sha === '' || /^0+$/.test(sha);
}
/**
 * The range of a request, given where it starts. A new ref starts at its merge-base with the
 * default branch (`defaultBranchSha`), never at "what no other branch has": a branch can be made
 * anywhere, so that would let commits parked on a throw-away branch skip the check.
 */
function resolveRange(git, req) {
    if (isZeroSha(req.to)) {
        return { kind: 'delete', from: isZeroSha(req.from) ? undefined : req.from, revArgs: [] };
    }
    const to = git.revParse(req.to);
    if (isZeroSha(req.from))
        return createRange(git, to, req.defaultBranchSha, req.known);
    const from = ensureCommit(git, req.from, 'the pushed-onto commit', req.fetchCommit);
    return rangeFrom(from, to, 'update');
}
/**
 * `deployed..to`, unsettled: most pushes fast-forward, and the walk shows it (see settleRange)
 * without a merge-base. No `deployed`: all of `to`'s history.
 */
function rangeFrom(deployed, to, kind) {
    if (!deployed)
        return { kind, to, revArgs: [to] };
    if (deployed === to)
        return { kind, from: deployed, to, revArgs: [] };
    return { kind, from: deployed, to, revArgs: [to, `^${deployed}`], unsettled: true };
}
/**
 * A commit the range needs: here already, or fetched by the door, or a fail-closed error naming
 * the fix. Checking without it would check a different range than the one that deploys.
 */
function ensureCommit(git, sha, what, fetchCommit) {
    const found = git.tryRevParse(sha) ?? (fetchCommit?.(sha) ? git.tryRevParse(sha) : undefined);
    if (found)
        return found;
    if (git.isShallow())
        throw shallowError(`${what} ${sha.slice(0, 12)} is not in this clone`);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`${what} ${sha.slice(0, 12)} is not in this clone, so the range that deploys cannot be checked`, `Fetch it and run again: \`git fetch origin ${sha}\` (or \`git fetch origin\` for the whole remote).`);
}
/**
 * Finishes an unsettled range, given the commits of its walk. `from` is an ancestor of `to`
 * exactly when some commit of `from..to` has it as a parent: then the push fast-forwards.
 * Otherwise (a force push, a rollback) the range is `merge-base(from, to)..to`, and only then is
 * merge-base asked. With one merge base the walk already is that range (every common ancestor
 * lies behind it); with several (criss-cross merges) the range is re-read from the one git names
 * first; with none, it is all of `to`'s history. `from` stays the deployed commit either way: the
 * plan compares what runs with what will. `walkAgain` says when the commits must be re-read.
 */
function settleRange(git, range, commits) {
    const { unsettled, ...settled } = range;
    if (!unsettled || !range.from || !range.to)
        return { range, walkAgain: false };
    const from = range.from;
    if (commits.some((c) => c.parents.includes(from)))
        return { range: settled, walkAgain: false };
    const kind = range.kind === 'update' ? 'force' : range.kind;
    const bases = git.mergeBases(from, range.to);
    if (bases.length === 1)
        return { range: { ...settled, kind }, walkAgain: false };
    if (bases.length > 1) {
        return { range: { ...settled, kind, revArgs: [range.to, `^${bases[0]}`] }, walkAgain: true };
    }
    if (git.isShallow())
        throw shallowError('the deployed and the new commits share no history in this clone');
    return { range: { ...settled, kind, revArgs: [range.to] }, walkAgain: true };
}
function createRange(git, to, defaultBranchSha, known) {
    if (defaultBranchSha) {
        const base = git.tryMergeBase(to, defaultBranchSha);
        // Unrelated to the default branch (an orphan): all of its history is new.
        return base
            ? { kind: 'create', from: base, to, revArgs: base === to ? [] : [to, `^${base}`] }
            : { kind: 'create', to, revArgs: [to] };
    }
    const shas = [...new Set(known ?? [])];
    // A known ref already at `to` excludes everything: a branch made where another one stands adds nothing.
    const from = shas.includes(to) ? to : shas.length > 0 ? git.tryMergeBase(to, shas[0]) : undefined;
    return { kind: 'create', from, to, revArgs: [to, ...shas.map((sha) => `^${sha}`)] };
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

/***/ 6316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ detectManifests),
/* harmony export */   dL: () => (/* binding */ descriptorGlobs),
/* harmony export */   rF: () => (/* binding */ candidateYaml),
/* harmony export */   rJ: () => (/* binding */ CONVENTIONAL_ROOTS)
/* harmony export */ });
/* unused harmony export looksLikeKubernetes */
/** The folders the embedded default always watches, as the contract names them. */
const CONVENTIONAL_ROOTS = ['deploy', 'k8s'];
/** Names that, as a top-level folder, hold manifests in the GitOps repositories we have seen. */
const MANIFEST_NAMES = new Set(['deploy', 'k8s', 'kubernetes', 'manifests', 'kustomize']);
const YAML = /\.ya?ml$/i;
const KUSTOMIZATION = /(^|\/)kustomization\.ya?ml$/i;
const CHART = /(^|\/)Chart\.ya?ml$/;
/** Tooling folders whose YAML is never a deployment (CI, editors, dependencies). */
function ignored(path) {
    return (/^(\.github|\.gitlab|\.circleci|\.husky|\.vscode|node_modules|vendor|test|tests|docs?)\//.test(path) ||
        path.startsWith('.'));
}
function dirOf(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '.' : path.slice(0, i);
}
function topOf(path) {
    const i = path.indexOf('/');
    return i < 0 ? '.' : path.slice(0, i);
}
/** A file of Kubernetes objects: at least one document with both `apiVersion:` and `kind:` at its top level. */
function looksLikeKubernetes(text) {
    return text.split(/^---\s*$/m).some((doc) => /^apiVersion:\s*\S/m.test(doc) && /^kind:\s*\S/m.test(doc));
}
/**
 * The layout from the file list alone (the embedded default, at run time: no blob is read) or with
 * contents (`init`). Without contents, a folder counts when it holds a kustomization or bears a
 * conventional name.
 */
function detectManifests(files, contents) {
    const kustomizeRoots = new Set();
    const charts = new Set();
    const plain = new Set();
    for (const f of files) {
        if (ignored(f))
            continue;
        if (KUSTOMIZATION.test(f))
            kustomizeRoots.add(dirOf(f));
        if (CHART.test(f))
            charts.add(dirOf(f));
    }
    const inChart = (f) => [...charts].some((c) => f.startsWith(`${c}/`));
    for (const f of files) {
        if (ignored(f) || !YAML.test(f) || inChart(f) || KUSTOMIZATION.test(f))
            continue;
        const text = contents?.get(f);
        const byName = MANIFEST_NAMES.has(topOf(f));
        if (text !== undefined ? looksLikeKubernetes(text) : byName)
            plain.add(dirOf(f));
    }
    const roots = new Set();
    for (const d of [...kustomizeRoots, ...plain])
        roots.add(d === '.' ? '.' : topOf(`${d}/x`));
    const globs = [];
    for (const root of [...roots].sort()) {
        const chartInside = root === '.' || [...charts].some((c) => c === root || c.startsWith(`${root}/`));
        if (!chartInside) {
            globs.push(...descriptorGlobs([root]));
            continue;
        }
        const inRoot = (d) => root === '.' || d === root || d.startsWith(`${root}/`);
        for (const d of [...new Set([...kustomizeRoots, ...plain])].filter(inRoot).sort()) {
            globs.push(d === '.' ? '*.y?(a)ml' : `${d}/*.y?(a)ml`);
        }
    }
    return {
        kustomizeRoots: [...kustomizeRoots].sort(),
        charts: [...charts].sort(),
        plainFolders: [...plain].sort(),
        roots: [...roots].sort(),
        globs,
    };
}
/** The descriptor globs for a set of root folders: every YAML file below each. */
function descriptorGlobs(roots) {
    return roots.map((r) => (r === '.' ? '*.y?(a)ml' : `${r}/**/*.y?(a)ml`));
}
/** YAML files worth reading to tell Kubernetes objects from other YAML (bounded, for big trees). */
function candidateYaml(files, limit = 2000) {
    return files.filter((f) => YAML.test(f) && !ignored(f)).slice(0, limit);
}


/***/ }),

/***/ 5894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ loadTrustedConfig),
/* harmony export */   h: () => (/* binding */ requestDefaultBranch)
/* harmony export */ });
/* harmony import */ var _config_environments_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1390);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3736);
/* harmony import */ var _git_default_branch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6702);
/* harmony import */ var _git_range_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8893);




/** The default branch of a request: by the host's name, else the local clone's remote HEAD. */
function requestDefaultBranch(req) {
    const remote = req.remote ?? 'origin';
    return req.defaultBranch
        ? (0,_git_default_branch_js__WEBPACK_IMPORTED_MODULE_2__/* .namedDefaultBranch */ .lD)(req.git, req.defaultBranch, remote)
        : (0,_git_default_branch_js__WEBPACK_IMPORTED_MODULE_2__/* .localDefaultBranch */ .$N)(req.git, remote, req.remoteListing);
}
/**
 * The policy a push is judged by: the protected default branch's, never anything the pusher
 * controls (the pushed commits, `before`, a branch name they made, a tag's old target, an input).
 *
 * - an explicit `--config` path: that file, as it stands on disk (a person chose it);
 * - a pull request: its base;
 * - `check --from REV`: the policy at REV (a person chose it);
 * - otherwise the default branch, from its remote-tracking ref. When that ref already holds the
 *   pushed commit (the Action's checkout of a push *to* the default branch), the policy is the one
 *   at the branch's baseline: its last successful deploy from the record, else the push's `before`
 *   as a named fallback. Never the pushed commit's.
 */
async function loadTrustedConfig(req) {
    const { git } = req;
    const base = {
        git,
        explicitPath: req.configPath,
        explicitFromRef: req.configFromRef,
        cache: req.policyCache !== false,
    };
    if (req.configPath && !req.configFromRef)
        return (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)({ ...base, trustedRefs: [] });
    if (req.trustedRefs && req.trustedRefs.length > 0)
        return (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)({ ...base, trustedRefs: req.trustedRefs });
    if (req.explicitFrom && req.from && !(0,_git_range_js__WEBPACK_IMPORTED_MODULE_3__/* .isZeroSha */ .hp)(req.from)) {
        // Where the file is not at that commit, the default branch's applies, as for any other ref.
        return (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)({
            ...base,
            trustedRefs: [req.from],
            fallbackRef: () => requestDefaultBranch(req)?.ref,
            strict: req.strictPolicy,
        });
    }
    const remote = req.remote ?? 'origin';
    const branch = requestDefaultBranch(req);
    if (!branch)
        return (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)({ ...base, trustedRefs: [], notes: [(0,_git_default_branch_js__WEBPACK_IMPORTED_MODULE_2__/* .noDefaultBranchNote */ .Nf)(remote)] });
    const label = (ref) => (ref === branch.ref ? shortRef(branch.ref) : undefined);
    const notes = branch.ref.startsWith('refs/heads/') ? [`the policy is read from ${branch.how}`] : [];
    if (holdsThePush(git, req, branch))
        return policyAtBaseline(req, branch, base);
    return (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)({ ...base, trustedRefs: [branch.ref], label, notes });
}
function shortRef(ref) {
    return ref.replace(/^refs\/(remotes|heads)\//, '');
}
/**
 * Whether the default branch's ref already holds the pushed commit: a push to the default branch,
 * where the ref is at `to` or past it. On a developer's machine before the push (the hook), the
 * remote-tracking ref is still the old tip, so this is false and costs no git process.
 */
function holdsThePush(git, req, branch) {
    if (!req.ref)
        return false;
    const ref = (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRef */ .rd)(req.ref);
    if (ref.kind !== 'branch' || ref.name !== branch.name || !req.to || (0,_git_range_js__WEBPACK_IMPORTED_MODULE_3__/* .isZeroSha */ .hp)(req.to))
        return false;
    if (req.from && branch.sha === req.from)
        return false;
    const to = git.tryRevParse(req.to);
    return to !== undefined && git.isAncestor(to, branch.sha);
}
/**
 * The policy of a push to the default branch, whose ref holds the push: the one at the branch's
 * last successful deploy. Which environment the branch deploys to is itself policy, so it is not
 * taken from a file the push may have written: each recorded environment's last success is asked
 * whether its own policy maps the branch to it, and the newest that does wins. A record that
 * cannot list its environments is asked for the environment that the policy at `before` names.
 */
async function policyAtBaseline(req, branch, base) {
    const { git } = req;
    const ref = (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRef */ .rd)(req.ref);
    const at = async (deploy, notes) => (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)({
        ...base,
        trustedRefs: [(0,_git_range_js__WEBPACK_IMPORTED_MODULE_3__/* .ensureCommit */ .q$)(git, deploy.sha, `the last deploy of ${deploy.environment}`, req.fetchCommit)],
        notes,
    });
    const why = (d) => `the push is to the default branch ${branch.name}, so the policy is the one at its last successful deploy (${d.environment}, ${d.sha.slice(0, 7)}), not the pushed commit's`;
    if (req.record) {
        const names = (await req.record.environments?.()) ?? [];
        let best;
        for (const name of names) {
            const deploy = await req.record.lastSuccess(name);
            if (!deploy || (best && deploy.at <= best.deploy.at))
                continue;
            const config = await at(deploy, [why(deploy)]);
            if ((0,_config_environments_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentFor */ .DD)(config, ref)?.name === name)
                best = { deploy, config };
        }
        if (best)
            return best.config;
    }
    const before = req.from && !(0,_git_range_js__WEBPACK_IMPORTED_MODULE_3__/* .isZeroSha */ .hp)(req.from) ? git.tryRevParse(req.from) : undefined;
    if (before && req.record && !req.record.environments) {
        const provisional = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)({ ...base, trustedRefs: [before] });
        const env = (0,_config_environments_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentFor */ .DD)(provisional, ref);
        const deploy = env ? await req.record.lastSuccess(env.name) : undefined;
        if (deploy)
            return at(deploy, [why(deploy)]);
    }
    if (before) {
        return (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)({
            ...base,
            trustedRefs: [before],
            notes: [
                `no successful deploy of the default branch ${branch.name} is recorded, so the policy is the one at the push's previous tip ${before.slice(0, 7)} (a fallback; record deploys with \`gitops-action record\`)`,
            ],
        });
    }
    return (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)({
        ...base,
        trustedRefs: [],
        notes: [
            `the push creates the default branch ${branch.name} and nothing is recorded, so no trusted policy exists yet: the embedded default applies`,
        ],
    });
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
const TWO_PART = /^(0|[1-9]\d{0,14})\.(0|[1-9]\d{0,14})$/;
/**
 * A tag name as a version: the configured prefix or a single `v`/`V` may come first, then a
 * strict semver (`1.2.0`, `1.2.0-beta.1`, `1.2.0+build.5`), or two parts `X.Y` read as `X.Y.0`
 * (`v6.2`: maintainers tag minors that way, and GitVersion reads them loosely too). Anything
 * else (`latest`, `build-123`, `v1`, `release/1.2.0`, `1.2.3.4`) is not a version tag and
 * returns null. Otherwise exactly `semver.parse` on the first candidate that starts with a digit.
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
        const two = TWO_PART.exec(candidate);
        if (two)
            return fieldsOf(two[1], two[2], '0', undefined);
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