"use strict";
exports.id = 912;
exports.ids = [912];
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

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ NO_MODE),
/* harmony export */   Ej: () => (/* binding */ bulkReadEnv),
/* harmony export */   J3: () => (/* binding */ utf8Fields),
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   iR: () => (/* binding */ GitCommandError),
/* harmony export */   tk: () => (/* binding */ TREE_MODE)
/* harmony export */ });
/* unused harmony export parseLog */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);





const FIELD = '\x00';
/** Fields of one commit in `git log --format`; the order matters to `parseLog`. */
const LOG_FIELDS = ['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B', '%(trailers:only,unfold)'];
/**
 * `git cat-file --batch` output for `count` requests: each object in order, or undefined for a
 * missing (or ambiguous) one. (Decoding the whole output once and slicing it was tried for a
 * plan's 4,000 blobs: no faster.)
 */
function parseCatFileBatch(out, count) {
    const found = [];
    let pos = 0;
    for (let i = 0; i < count; i++) {
        const eol = out.indexOf(10, pos);
        if (eol < 0) {
            found.push(undefined);
            continue;
        }
        const header = out.toString('utf8', pos, eol);
        pos = eol + 1;
        const [id, type, size] = header.split(' ');
        if (!id || !type || size === undefined || header.endsWith(' missing') || header.endsWith(' ambiguous')) {
            found.push(undefined);
            continue;
        }
        const end = pos + Number(size);
        found.push({ id, type, text: out.toString('utf8', pos, end) });
        pos = end + 1;
    }
    return found;
}
/** The mode of a folder, and of the side where an entry does not exist. */
const TREE_MODE = '040000';
const NO_MODE = '000000';
/**
 * Whether each NUL-terminated field of git's `-z` output is UTF-8, asked only of output that decoded
 * with a U+FFFD somewhere. Git names files by their bytes; a path that is not UTF-8 decodes with
 * U+FFFD in place of each bad byte, so `\xfe.yaml` and `\xff.yaml` become one string, and a map
 * keyed by it holds one of the two files.
 */
function utf8Fields(out) {
    const valid = [];
    for (let at = 0; at < out.length;) {
        let end = out.indexOf(0, at);
        if (end < 0)
            end = out.length;
        valid.push((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(out.subarray(at, end)));
        at = end + 1;
    }
    return valid;
}
/** `diff-tree -z --raw` output: `:<old mode> <new mode> <old id> <new id> <status>` NUL `<path>` NUL. */
function parseRawDiff(buf) {
    const out = buf.toString('utf8');
    const valid = out.includes('\uFFFD') ? utf8Fields(buf) : undefined;
    const changes = [];
    for (let at = 0, field = 0; at < out.length; field += 2) {
        const headEnd = out.indexOf('\0', at);
        const pathEnd = headEnd < 0 ? -1 : out.indexOf('\0', headEnd + 1);
        if (pathEnd < 0 || out[at] !== ':')
            break;
        const [oldMode, newMode, oldId, newId] = out.slice(at + 1, headEnd).split(' ');
        if (oldMode && newMode && oldId && newId) {
            const named = valid?.[field + 1] ?? true;
            changes.push({ path: out.slice(headEnd + 1, pathEnd), oldMode, newMode, oldId, newId, named });
        }
        at = pathEnd + 1;
    }
    return changes;
}
/** A whole object id: 40 hex digits (SHA-1) or 64 (SHA-256). */
const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
class Git {
    cwd;
    /** Facts about the repository that never change during a run, read with one rev-parse. */
    info;
    /** Commit shas known to exist. Only hits are kept: a fetch may make a missing one appear. */
    resolved = new Map();
    changed = new Map();
    listed = new Map();
    constructor(cwd) {
        this.cwd = cwd;
    }
    execGit(args, options = {}) {
        const result = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawnSync)('git', args, {
            cwd: this.cwd,
            input: options.input,
            maxBuffer: 1024 * 1024 * 1024,
            env: gitEnv(options.env),
        });
        if (result.error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`could not run git: ${result.error.message}`, 'Install git and make sure it is on PATH.');
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
    /**
     * execGit without blocking, for reads that run side by side: the metrics split one long
     * `git log` into parts over the machine's cores. The same environment, the same errors.
     */
    execGitAsync(args, options = {}) {
        return new Promise((resolvePromise, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawn)('git', args, { cwd: this.cwd, env: gitEnv(options.env) });
            const out = [];
            const err = [];
            // `onStdout` takes the output as it comes (the result's stdout is then empty): a reader that
            // parses as it goes never holds, nor copies, the whole of a long log.
            child.stdout.on('data', options.onStdout ?? ((b) => out.push(b)));
            child.stderr.on('data', (b) => err.push(b));
            child.on('error', (e) => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`could not run git: ${e.message}`, 'Install git and make sure it is on PATH.')));
            child.on('close', (code) => {
                const result = {
                    status: code ?? 1,
                    stdout: Buffer.concat(out),
                    stderr: Buffer.concat(err).toString('utf8').trim(),
                };
                if (result.status !== 0)
                    reject(new GitCommandError(args, result.stderr));
                else
                    resolvePromise(result);
            });
            // git may exit before reading all of stdin (a bad revision): that is its error to report.
            child.stdin.on('error', () => { });
            child.stdin.end(options.input ?? '');
        });
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
                ? { commonDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(this.cwd, commonDir), objectFormat: format === 'sha256' ? 'sha256' : 'sha1' }
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
            ? { commonDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(this.cwd, commonDir), objectFormat: format === 'sha256' ? 'sha256' : 'sha1' }
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`unknown revision ${JSON.stringify(rev)}: it is not a commit in this repository.${shallow}`, shallow
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
        return dir ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'shallow') : undefined;
    }
    /** Read from the file system on every call: fetching with --unshallow changes the answer. */
    isShallow() {
        const file = this.shallowFile();
        return file !== undefined && (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(file);
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
        if (from) {
            // A file is any entry that is not a folder on both sides (a folder replaced by a file, or a
            // file by a folder, is a changed file): what `git diff --name-only` lists.
            const notFile = (mode) => mode === TREE_MODE || mode === NO_MODE;
            return this.treeChanges(from, to)
                .filter((c) => !(notFile(c.oldMode) && notFile(c.newMode)))
                .map((c) => c.path);
        }
        let files = this.listed.get(to);
        if (!files) {
            files = this.execGit(['ls-tree', '-r', '--name-only', '-z', to])
                .stdout.toString('utf8')
                .split('\0')
                .filter(Boolean);
            this.listed.set(to, files);
        }
        return files;
    }
    /**
     * Every entry that differs between two trees, folders included (`diff-tree -r -t`), asked once per
     * pair: the changed files, and what turns one revision's listing into the other's (see
     * `descriptors/tree.ts`), from one process.
     */
    treeChanges(from, to) {
        const key = `${from}..${to}`;
        let changes = this.changed.get(key);
        if (!changes) {
            const out = this.execGit([
                'diff-tree',
                '-r',
                '-t',
                '-z',
                '--raw',
                '--no-abbrev',
                '--no-renames',
                from,
                to,
                '--',
            ]).stdout;
            changes = parseRawDiff(out);
            this.changed.set(key, changes);
        }
        return changes;
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
        const [object] = this.catFile([`${rev}:${path}`]);
        return object?.type === 'blob' ? { id: object.id, text: object.text } : undefined;
    }
    /** Many files at one revision with a single `git cat-file --batch`. Missing files are left out. */
    readFiles(rev, paths) {
        const files = new Map();
        const objects = this.catFile(paths.map((p) => `${rev}:${p}`));
        paths.forEach((path, i) => {
            const object = objects[i];
            if (object)
                files.set(path, object.text);
        });
        return files;
    }
    /**
     * Objects by `rev:path` spec with one `git cat-file --batch`, in the order given; a missing one is
     * undefined. Used to read one file across many commits (the policy's history).
     */
    readSpecs(specs) {
        return this.catFile(specs).map((o) => (o?.type === 'blob' ? { id: o.id, text: o.text } : undefined));
    }
    /** One `git cat-file --batch` of these specs: each object in order, or undefined when missing. */
    catFile(specs) {
        if (specs.length === 0)
            return [];
        const out = this.execGit(['cat-file', '--batch'], { input: `${specs.join('\n')}\n` }).stdout;
        return parseCatFileBatch(out, specs.length);
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
/**
 * The environment of one git process that reads a great many commits (the metrics' five years).
 * GIT_FLUSH=0: git otherwise writes each commit to the pipe on its own. glibc.malloc.hugetlb=1:
 * git keeps every commit it parsed, and the page faults of first touching that heap were a tenth
 * of its time (perf); with transparent huge pages behind malloc, two parts read side by side went
 * from 602 to 518 ms (median of 10). A user's own GLIBC_TUNABLES are kept; the C libraries other
 * than glibc (2.35 and later) ignore the variable.
 */
function bulkReadEnv() {
    const own = process.env.GLIBC_TUNABLES ?? '';
    const tunables = own.includes('glibc.malloc.hugetlb')
        ? own
        : [own, 'glibc.malloc.hugetlb=1'].filter(Boolean).join(':');
    return { GIT_FLUSH: '0', GLIBC_TUNABLES: tunables };
}
function gitEnv(extra) {
    return {
        ...process.env,
        GIT_TERMINAL_PROMPT: '0',
        // Keep output parseable whatever the user's locale and pager settings are.
        LC_ALL: 'C',
        GIT_PAGER: 'cat',
        GIT_OPTIONAL_LOCKS: '0',
        ...extra,
    };
}
class GitCommandError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e {
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