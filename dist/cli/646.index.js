"use strict";
exports.id = 646;
exports.ids = [646];
exports.modules = {

/***/ 7646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HOOK_CA_PREFIX: () => (/* binding */ HOOK_CA_PREFIX),
/* harmony export */   HUSKY_HOOKS: () => (/* binding */ HUSKY_HOOKS),
/* harmony export */   STARTER_CONFIG: () => (/* binding */ STARTER_CONFIG),
/* harmony export */   initCommand: () => (/* binding */ initCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5829);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9912);




const STARTER_CONFIG = `# yaml-language-server: $schema=./node_modules/gitops-action/schema/gitops.schema.json
# The policy gitops-action applies before a push may deploy. Reference: the README's Configuration section.
admins: []                      # who may change this file, e.g. [lead@example.com, "github:octocat"]
environments:
  testing:    { branches: [develop] }
  acceptance: { branches: ["release/*"], promote-from: testing }
  production: { branches: [main, master], tags: ["v*"], versions: ">=1.0.0", promote-from: acceptance,
                rules: { jira: {} } }
rules:
  skip-deploy: { scope: head }
  committers:
    allow: []                   # e.g. ["*@example.com", "github:octocat", "github-actions[bot]"]
  jira: false                   # required in production only (see environments.production.rules)
  destructive:
    descriptors: ["deploy/**/*.y?(a)ml", "k8s/**/*.y?(a)ml"]
    allowed-ports: [80, 443]
  branches:
    merge-only: [main, master]
`;
/**
 * Put before the hook's command: node starts without NODE_EXTRA_CA_CERTS, which it would parse at
 * every start (~70 ms), and gets the file under another name for the rare online check (src/jira/ca.ts).
 */
// biome-ignore lint/suspicious/noTemplateCurlyInString: shell text, expanded by sh
const HOOK_CA_PREFIX = 'GITOPS_ACTION_EXTRA_CA_CERTS="${NODE_EXTRA_CA_CERTS-}" NODE_EXTRA_CA_CERTS=';
/**
 * The one-line hooks, in husky v9's layout (no shebang, no husky.sh sourcing). husky v9 puts
 * node_modules/.bin on PATH, so no `npx` (which would add its own start-up to every push).
 */
const HUSKY_HOOKS = {
    'pre-push': `${HOOK_CA_PREFIX} gitops-action pre-push "$@"\n`,
    'commit-msg': `${HOOK_CA_PREFIX} gitops-action commit-msg "$1"\n`,
};
/**
 * `init [--husky]`: writes what is missing and never overwrites a file someone wrote. Running it
 * twice changes nothing the second time.
 */
async function initCommand(args, io) {
    const git = (0,_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepository */ .h)(io.cwd);
    const top = git.topLevel();
    const say = (line) => io.stdout.write(`${line}\n`);
    writeOnce((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(top, '.gitops.yml'), STARTER_CONFIG, '.gitops.yml', say);
    if (args.husky) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(top, '.husky'), { recursive: true });
        for (const [hook, line] of Object.entries(HUSKY_HOOKS)) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(top, '.husky', hook);
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, line, { mode: 0o755 });
                say(`created .husky/${hook}: ${line.trim()}`);
            }
            else if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8').includes(`gitops-action ${hook}`)) {
                say(`.husky/${hook} already runs gitops-action; left as it is`);
            }
            else {
                say(`.husky/${hook} exists and was written by someone else; left as it is. Add this line to it yourself:\n  ${line.trim()}`);
            }
        }
        say('Run `npx husky` once (or add "prepare": "husky" to package.json) so git uses .husky/.');
    }
    else {
        say('Hooks: run `gitops-action init --husky` for husky, or point core.hooksPath at node_modules/gitops-action/hooks.');
    }
    return _main_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
}
function writeOnce(path, content, name, say) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, content);
        say(`created ${name} (with the $schema line for editor completion)`);
    }
    else if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8') === content) {
        say(`${name} is already the starter policy; left as it is`);
    }
    else {
        say(`${name} exists; left as it is (init never overwrites a file you wrote)`);
    }
}


/***/ }),

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


/***/ })

};
;