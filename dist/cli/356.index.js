"use strict";
exports.id = 356;
exports.ids = [356];
exports.modules = {

/***/ 2356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readDescriptorInput: () => (/* binding */ readDescriptorInput)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/cache.ts + 1 modules
var cache = __webpack_require__(2103);
;// CONCATENATED MODULE: ./src/descriptors/blob-texts.ts
/**
 * A plan side's files (path → text) whose texts are read from git only when asked for. A file the
 * parse cache knows is never asked for, so a warm plan of 2,000 unchanged manifests reads none of
 * them; whoever does iterate the texts still gets every one.
 */
class BlobTexts extends Map {
    load;
    /** Path → blob id, for the texts not read yet. */
    pending = new Map();
    constructor(load) {
        super();
        this.load = load;
    }
    /** Adds a file whose text is `load(blob)`, read on first use. */
    lazy(path, blob) {
        super.set(path, '');
        this.pending.set(path, blob);
    }
    get(path) {
        const blob = this.pending.get(path);
        if (blob === undefined)
            return super.get(path);
        this.pending.delete(path);
        const text = this.load(blob);
        super.set(path, text);
        return text;
    }
    set(path, text) {
        // `super()` may call this before the fields exist.
        this.pending?.delete(path);
        return super.set(path, text);
    }
    delete(path) {
        this.pending.delete(path);
        return super.delete(path);
    }
    *entries() {
        for (const path of super.keys())
            yield [path, this.get(path)];
    }
    *values() {
        for (const path of super.keys())
            yield this.get(path);
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    forEach(fn, thisArg) {
        for (const [path, text] of this.entries())
            fn.call(thisArg, text, path, this);
    }
}

// EXTERNAL MODULE: ./src/descriptors/cache.ts
var descriptors_cache = __webpack_require__(2272);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/descriptors/demand.ts
var descriptors_demand = __webpack_require__(5123);
// EXTERNAL MODULE: ./src/descriptors/diff.ts
var diff = __webpack_require__(3215);
// EXTERNAL MODULE: ./src/descriptors/load.ts
var load = __webpack_require__(748);
;// CONCATENATED MODULE: ./src/descriptors/disk-cache.ts






/**
 * Parsed files kept on disk between runs, under `<git dir>/gitops-action/plan-cache/`. A blob id
 * names its content and a tree id a folder's, so an entry never goes stale. Two kinds of entry:
 *
 * - one per blob and path: what `parseFile` made of it;
 * - one per folder and tree id (a *folder index*): the entries of every plan file directly in that
 *   folder without their objects' bodies, so an unchanged folder of 200 manifests is one small read
 *   instead of 200. A body is read from its file's own entry only when something reads it.
 *
 * A hit never reads the blob itself: each document keeps its offsets, and its text (needed only to
 * find the line of a finding) is read from git when asked for (`textOf`).
 *
 * The folder is writable by anything on the machine (a build step, a checked-out script), and a
 * forged entry could hide an object from the gate. So each entry carries an HMAC, under the user's
 * cache key kept outside the repository (`config/cache.ts`), over the entry's name (blob and path,
 * or tree and folder) and its body: an entry written without the key, or moved to another name,
 * fails the check and the file is parsed again. The shapes are checked as well, in case a future
 * format reads an old entry. The Action does not use this cache at all (see `read.ts`). A cache
 * that cannot be written (a read-only `.git`) is no error.
 */
const FORMAT = 3;
/** Text whose parsed values JSON cannot hold exactly (NaN, infinities, binary, sets): never cached. */
const NOT_JSON = /\.(nan|NaN|NAN|inf|Inf|INF)\b|!!(binary|set|omap|pairs)/;
const HASH = /^[0-9a-f]{32}$/;
function bodyHash(json) {
    return (0,external_node_crypto_.createHash)('sha256').update(json).digest('hex').slice(0, 32);
}
/**
 * Payload JSON without bodies by `blob\0path`, as read or written in this process: folder indexes
 * are made of them.
 */
const skeletons = new Map();
function skeletonOf(payload) {
    return JSON.stringify({ ...payload, objects: payload.objects.map(({ bodyJson: _body, ...o }) => o) });
}
const blobName = (blob, path) => `blob\0${blob}\0${path}`;
const folderName = (tree, folder) => `tree\0${tree}\0${folder}`;
function entryPath(dir, name) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(name).digest('hex');
    return (0,external_node_path_.join)(dir, h.slice(0, 2), `${h.slice(2)}.json`);
}
function mac(key, name, body) {
    return (0,external_node_crypto_.createHmac)('sha256', key).update(`gitops-action plan-cache ${FORMAT}\0${name}\0`).update(body).digest();
}
/** The body of the entry called `name`, when it is there and carries our HMAC. */
function readEntry(cache, name) {
    let raw;
    try {
        raw = (0,external_node_fs_.readFileSync)(entryPath(cache.dir, name), 'utf8');
    }
    catch {
        return undefined;
    }
    const nl = raw.indexOf('\n');
    if (nl <= 0)
        return undefined;
    const given = Buffer.from(raw.slice(0, nl), 'hex');
    const body = raw.slice(nl + 1);
    const expected = mac(cache.key, name, body);
    return given.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(given, expected) ? body : undefined;
}
function writeEntry(cache, name, body) {
    const target = entryPath(cache.dir, name);
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(target, '..'), { recursive: true });
        // Write then rename, so a concurrent reader never sees half a file.
        const tmp = `${target}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(tmp, `${mac(cache.key, name, body).toString('hex')}\n${body}`);
        (0,external_node_fs_.renameSync)(tmp, target);
        return true;
    }
    catch {
        return false;
    }
}
function validObject(o, path, size, withBody) {
    if (!(0,diff/* isObj */.sA)(o) || typeof o.hash !== 'string' || !HASH.test(o.hash) || !(0,diff/* isObj */.sA)(o.doc))
        return false;
    if (withBody && (typeof o.bodyJson !== 'string' || !o.bodyJson.startsWith('{')))
        return false;
    const d = o.doc;
    return (o.file === path &&
        typeof o.key === 'string' &&
        typeof o.apiVersion === 'string' &&
        typeof o.target === 'string' &&
        typeof o.id === 'string' &&
        typeof o.kind === 'string' &&
        typeof o.group === 'string' &&
        typeof o.namespace === 'string' &&
        typeof o.name === 'string' &&
        o.name !== '' &&
        typeof o.descriptor === 'boolean' &&
        typeof o.index === 'number' &&
        (o.item === undefined || typeof o.item === 'number') &&
        typeof d.line === 'number' &&
        typeof d.start === 'number' &&
        typeof d.end === 'number' &&
        d.start >= 0 &&
        d.start <= d.end &&
        d.end <= size);
}
/**
 * A document whose text is read (from git, by `textOf`) only when a finding needs its line. A
 * class, so the getter is on the prototype: a warm plan makes one for every cached object.
 */
class LazyDoc {
    line;
    start;
    end;
    size;
    textOf;
    constructor(line, start, end, size, textOf) {
        this.line = line;
        this.start = start;
        this.end = end;
        this.size = size;
        this.textOf = textOf;
    }
    get text() {
        const text = this.textOf();
        // Not the text the entry was made from: no line is better than a wrong one.
        return text.length === this.size ? text.slice(this.start, this.end) : '';
    }
}
/**
 * The prototype of every object read from the cache: `body` is a getter that parses the stored
 * JSON once, on first read, into the holder the object's copies share (placeObject copies own
 * fields onto an object of the same prototype, so placing one does not parse it). A getter on the
 * prototype, not on each object: V8 keeps such objects fast, where an accessor defined on each
 * made copying them the plan's slowest step (profiled).
 */
const CACHED = Object.freeze({
    get body() {
        const stored = this.stored;
        if (stored.parsed === undefined) {
            stored.body ??= stored.load?.() ?? '{}';
            stored.parsed = JSON.parse(stored.body);
        }
        return stored.parsed;
    },
});
/**
 * The parsed file in a payload, when it has the shape the plan reads and is about this blob and
 * path. A folder index's payloads have no bodies (`bodies` then finds one when it is read).
 */
function toParsed(p, path, blob, textOf, bodies) {
    if (!(0,diff/* isObj */.sA)(p) || p.path !== path || p.blob !== blob || typeof p.size !== 'number')
        return undefined;
    const size = p.size;
    if (!Array.isArray(p.objects) || !Array.isArray(p.problems) || !Array.isArray(p.ignored))
        return undefined;
    if (!p.objects.every((o) => validObject(o, path, size, bodies === undefined)))
        return undefined;
    if (!p.problems.every((x) => (0,diff/* isObj */.sA)(x) && x.file === path && typeof x.message === 'string'))
        return undefined;
    const text = () => textOf(blob);
    const objects = [];
    for (const [i, o] of p.objects.entries()) {
        const demand = (0,descriptors_demand/* loadDemand */.ij)(o.demand);
        if (demand === undefined)
            return undefined;
        // Field by field, with no intermediate object: a warm plan makes thousands.
        const obj = Object.create(CACHED);
        obj.key = o.key;
        obj.id = o.id;
        obj.kind = o.kind;
        obj.group = o.group;
        obj.apiVersion = o.apiVersion;
        obj.namespace = o.namespace;
        obj.name = o.name;
        obj.descriptor = o.descriptor;
        obj.file = o.file;
        obj.target = o.target;
        obj.index = o.index;
        if (o.item !== undefined)
            obj.item = o.item;
        obj.doc = new LazyDoc(o.doc.line, o.doc.start, o.doc.end, size, text);
        const hash = o.hash;
        obj.stored =
            o.bodyJson !== undefined
                ? { hash, body: o.bodyJson, demand }
                : { hash, demand, load: () => bodies?.(i, hash) ?? '{}' };
        objects.push(obj);
    }
    return {
        objects,
        problems: p.problems,
        unreadable: p.unreadable === true,
        ignored: p.ignored.filter((r) => typeof r === 'string'),
    };
}
/** The parsed file for `blob` at `path`, when a valid entry is on disk. */
function readCachedFile(cache, path, blob, textOf) {
    const body = readEntry(cache, blobName(blob, path));
    if (body === undefined)
        return undefined;
    try {
        const payload = JSON.parse(body);
        const file = toParsed(payload, path, blob, textOf);
        if (file)
            skeletons.set(`${blob}\0${path}`, skeletonOf(payload));
        return file;
    }
    catch {
        return undefined;
    }
}
/**
 * The body of object `index` of a file a folder index listed: from the file's own entry when it
 * holds the body the index names (the same hash), or else (an entry pruned by hand) from the
 * file's text parsed again, which gives that same body: the parse is a pure function of the text,
 * and the cache's format number changes with it.
 */
function bodyFinder(cache, path, blob, textOf) {
    let entry;
    let reparsed;
    return (index, hash) => {
        if (entry === undefined)
            entry = readCachedFile(cache, path, blob, textOf) ?? null;
        const stored = entry?.objects[index]?.stored;
        if (stored?.body !== undefined && stored.hash === hash)
            return stored.body;
        reparsed ??= (0,load.parseFile)(path, textOf(blob));
        const obj = reparsed.objects[index];
        return obj ? JSON.stringify(obj.body) : '{}';
    };
}
/**
 * The parsed files of a folder at one tree id, when its index is on disk and holds exactly the
 * plan files `expected` names (path → blob id): other globs choose other files, and then the
 * index is not used.
 */
function readCachedFolder(cache, folder, tree, expected, textOf) {
    const body = readEntry(cache, folderName(tree, folder));
    if (body === undefined)
        return undefined;
    try {
        const index = JSON.parse(body);
        if (!(0,diff/* isObj */.sA)(index) || index.folder !== folder || index.tree !== tree || !Array.isArray(index.files))
            return undefined;
        if (index.files.length !== expected.size)
            return undefined;
        const out = new Map();
        for (const p of index.files) {
            if (!(0,diff/* isObj */.sA)(p) || typeof p.path !== 'string')
                return undefined;
            const blob = expected.get(p.path);
            if (blob === undefined || out.has(p.path))
                return undefined;
            const file = toParsed(p, p.path, blob, textOf, bodyFinder(cache, p.path, blob, textOf));
            if (!file)
                return undefined;
            out.set(p.path, file);
        }
        return out;
    }
    catch {
        return undefined;
    }
}
function payloadOf(path, blob, file, text) {
    return {
        path,
        blob,
        size: text.length,
        objects: file.objects.map((o) => {
            const { body: _body, stored: _stored, doc, ...rest } = o;
            const bodyJson = JSON.stringify(o.body);
            return {
                ...rest,
                doc: { line: doc.line, start: doc.start, end: doc.end },
                bodyJson,
                hash: bodyHash(bodyJson),
                demand: (0,descriptors_demand/* storeDemand */.JY)((0,descriptors_demand/* demandCoreOf */.uS)(o)),
            };
        }),
        problems: file.problems,
        unreadable: file.unreadable,
        ignored: file.ignored,
    };
}
/** Writes entries for freshly parsed files; failures are ignored (the cache is an optimisation). */
function writeCachedFiles(cache, entries) {
    for (const { path, blob, file, text } of entries) {
        if (NOT_JSON.test(text))
            continue;
        const payload = payloadOf(path, blob, file, text);
        skeletons.set(`${blob}\0${path}`, skeletonOf(payload));
        if (!writeEntry(cache, blobName(blob, path), JSON.stringify(payload)))
            return;
    }
}
/**
 * Writes a folder's index from the entries of its files read or written in this process (never
 * re-serialised); a folder with a file that has none (one never cached) gets no index.
 */
function writeCachedFolder(cache, folder, tree, files) {
    const parts = [];
    for (const [path, blob] of [...files].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        const body = skeletons.get(`${blob}\0${path}`);
        if (body === undefined)
            return;
        parts.push(body);
    }
    writeEntry(cache, folderName(tree, folder), `{"folder":${JSON.stringify(folder)},"tree":${JSON.stringify(tree)},"files":[${parts.join(',')}]}`);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/descriptors/targets.ts
var targets = __webpack_require__(324);
;// CONCATENATED MODULE: ./src/descriptors/render.ts






/** The plan input key under which a whole-tree render command's output is compared. */
const RENDER_KEY = '<render>';
/** The plan input key of one target's rendered output: it deploys with that folder. */
function renderKey(target) {
    return target === '' || target === '.' ? RENDER_KEY : `${target.replace(/\/+$/, '')}/${RENDER_KEY}`;
}
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
/** The only variables a render command sees from our environment; HOME and TMPDIR are its own. */
const PASSED = ['PATH', 'LANG', 'LC_ALL', 'TZ'];
function tail(text, lines = 20, chars = 2000) {
    const t = text.trimEnd().split('\n').slice(-lines).join('\n');
    return t.length > chars ? `…${t.slice(-chars)}` : t;
}
/**
 * Writes the tree at `rev` from git's blobs (`ls-tree -r` + one `cat-file --batch`): exactly what
 * git holds, with no `.gitattributes` filters, no `export-subst` or `export-ignore` (which
 * `git archive` would apply, under the pushed commit's control). Symlinks and submodules are not
 * written.
 */
function materialise(git, rev, root) {
    const listing = git.execGit(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', rev]).stdout.toString('utf8');
    const blobs = [];
    const refused = [];
    for (const line of listing.split('\0')) {
        if (!line)
            continue;
        const tab = line.indexOf('\t');
        const [mode, type, oid] = line.slice(0, tab).split(' ');
        const path = line.slice(tab + 1);
        if (mode === '120000')
            refused.push({ path, what: 'symlink' });
        else if (type === 'commit')
            refused.push({ path, what: 'submodule' });
        else if (type === 'blob' && oid && !path.split('/').some((s) => s === '..' || s === '.' || s === '')) {
            blobs.push({ path, oid, executable: mode === '100755' });
        }
    }
    const texts = new Map();
    if (blobs.length > 0) {
        const out = git.execGit(['cat-file', '--batch'], { input: `${blobs.map((b) => b.oid).join('\n')}\n` }).stdout;
        let pos = 0;
        for (const b of blobs) {
            const eol = out.indexOf(10, pos);
            const size = Number(out.subarray(pos, eol).toString('utf8').split(' ')[2]);
            const content = out.subarray(eol + 1, eol + 1 + size);
            pos = eol + 1 + size + 1;
            const file = (0,external_node_path_.join)(root, ...b.path.split('/'));
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
            (0,external_node_fs_.writeFileSync)(file, content);
            if (b.executable)
                (0,external_node_fs_.chmodSync)(file, 0o755);
            if (targets/* KUSTOMIZATION_NAMES */.H7.includes(external_node_path_.posix.basename(b.path)))
                texts.set(b.path, content.toString('utf8'));
        }
    }
    const remote = (0,targets/* assignTargets */.IM)(texts.keys(), texts).remote;
    return { root, refused, remote };
}
/** A temporary folder outside the workspace: `tree/` for the revision, `home/` for the command's HOME. */
function renderWorkspace() {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gitops-render-'));
    const tree = (0,external_node_path_.join)(dir, 'tree');
    const home = (0,external_node_path_.join)(dir, 'home');
    (0,external_node_fs_.mkdirSync)(tree);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(home, 'tmp'), { recursive: true });
    return { dir, tree, home, cleanup: () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }) };
}
/**
 * Runs `command` with `sh -c` in `tree`, with an environment built from an allowlist (no tokens,
 * no `GITHUB_*` or `ACTIONS_*` paths), and returns its standard output. The command comes from the
 * trusted policy file, never from the commits being checked. A non-zero exit or a timeout is a
 * `UsageError` naming the command.
 */
function runRender(tree, home, rev, command, timeoutSeconds) {
    const env = { HOME: home, TMPDIR: (0,external_node_path_.join)(home, 'tmp'), XDG_CONFIG_HOME: (0,external_node_path_.join)(home, '.config') };
    for (const k of PASSED)
        if (process.env[k] !== undefined)
            env[k] = process.env[k];
    const ms = Math.max(1, Math.round(timeoutSeconds * 1000));
    const r = (0,external_node_child_process_.spawnSync)(process.execPath, ['-e', SUPERVISOR, command, String(ms)], {
        cwd: tree,
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
    return r.stdout.toString('utf8');
}
/**
 * Renders the revision: one command for the whole tree (`render: "<command>"`), or one per target
 * folder (`render: { <folder>: <command> }`). The tree is written once and removed afterwards.
 */
function renderTargets(git, rev, commands, options) {
    const ws = renderWorkspace();
    try {
        const tree = materialise(git, rev, ws.tree);
        const files = new Map();
        if (tree.remote.length > 0 && !options.allowRemote) {
            return { files, refused: tree.refused, remote: tree.remote, blocked: true };
        }
        for (const [target, command] of commands) {
            files.set(renderKey(target), runRender(ws.tree, ws.home, rev, command, options.timeoutSeconds));
        }
        return { files, refused: tree.refused, remote: tree.remote, blocked: false };
    }
    finally {
        ws.cleanup();
    }
}
/** One whole-tree command, its output under `<render>` (remote bases allowed: the caller checked). */
function renderAt(git, rev, command, timeoutSeconds) {
    return renderTargets(git, rev, new Map([['', command]]), { timeoutSeconds, allowRemote: true }).files;
}

// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(308);
// EXTERNAL MODULE: ./src/descriptors/paths.ts
var descriptors_paths = __webpack_require__(2570);
;// CONCATENATED MODULE: ./src/descriptors/tree.ts


const SYMLINK_MODE = '120000';
const GITLINK_MODE = '160000';
function readTree(git, rev) {
    const bytes = git.execGit(['ls-tree', '-r', '-t', '-z', '--full-tree', '--end-of-options', rev]).stdout;
    const listing = bytes.toString('utf8');
    // Only a listing that decoded with a U+FFFD somewhere is checked name by name, in bytes (an
    // entry's mode, type and id are ASCII: whether it is UTF-8 is whether its path is).
    const valid = listing.includes('\uFFFD') ? (0,git_git/* utf8Fields */.J3)(bytes) : undefined;
    const files = new Map();
    const folders = new Map();
    const unnamed = [];
    // Each entry is `<mode> SP <type> SP <oid> TAB <path> NUL`; read by position, since a large
    // repository lists tens of thousands of entries a side.
    for (let at = 0, entry = 0; at < listing.length; entry++) {
        let end = listing.indexOf('\0', at);
        if (end < 0)
            end = listing.length;
        const sp1 = listing.indexOf(' ', at);
        const sp2 = listing.indexOf(' ', sp1 + 1);
        const tab = listing.indexOf('\t', sp2 + 1);
        if (sp1 > at && sp2 > sp1 && tab > sp2 && tab < end) {
            const oid = listing.slice(sp2 + 1, tab);
            const path = listing.slice(tab + 1, end);
            // Symlinks and submodules are not manifests kubectl reads from this repository.
            const mode = listing.slice(at, sp1);
            if (valid?.[entry] === false) {
                if (isFile(mode))
                    unnamed.push(path);
            }
            else if (mode === git_git/* TREE_MODE */.tk)
                folders.set(path, oid);
            else if (isFile(mode))
                files.set(path, oid);
        }
        at = end + 1;
    }
    return { files, folders, unnamed };
}
/**
 * The tree of `to` from the tree of `from` and what changed between them (`diff-tree -r -t`, which
 * the range's changed files come from anyway): a push that changes one file in 8,000 lists the
 * repository once, not twice. The same rules as `readTree`: symlinks and submodules are not files.
 */
function applyChanges(tree, changes) {
    const files = new Map(tree.files);
    const folders = new Map(tree.folders);
    for (const c of changes) {
        if (c.oldMode === git_git/* TREE_MODE */.tk)
            folders.delete(c.path);
        else
            files.delete(c.path);
        if (c.newMode === git_git/* TREE_MODE */.tk)
            folders.set(c.path, c.newId);
        else if (isFile(c.newMode)) {
            files.set(c.path, c.newId);
        }
    }
    return { files, folders, unnamed: tree.unnamed };
}
/**
 * The plan's files of one tree: those the globs choose (`paths`, when they are known already), with
 * the tree ids of their folders.
 */
function planListing(tree, globs, paths = (0,descriptors_paths/* planPaths */.AC)([...tree.files.keys()], globs)) {
    const blobs = new Map();
    const trees = new Map();
    for (const p of paths) {
        blobs.set(p, tree.files.get(p));
        const slash = p.lastIndexOf('/');
        if (slash > 0) {
            const dir = p.slice(0, slash);
            const id = tree.folders.get(dir);
            if (id)
                trees.set(dir, id);
        }
    }
    return { blobs, trees, unnamed: (0,descriptors_paths/* planPaths */.AC)(tree.unnamed, globs) };
}
function listPlanFiles(git, rev, globs) {
    return planListing(readTree(git, rev), globs);
}
/**
 * Both revisions' plan files: `from` listed, `to` made from it and the range's changes. Where a
 * file name is not UTF-8 (on either side), `to` is listed by itself instead: such names can
 * decode alike, and applying the change of one to the other could drop a file `to` still has.
 */
function listPlanSides(git, from, to, globs) {
    const before = readTree(git, from);
    const changes = git.treeChanges(from, to);
    const paths = (0,descriptors_paths/* planPaths */.AC)([...before.files.keys()], globs);
    if (before.unnamed.length > 0 || changes.some((c) => !c.named)) {
        return [planListing(before, globs, paths), planListing(readTree(git, to), globs)];
    }
    const after = applyChanges(before, changes);
    // Which files the plan reads depends only on the paths: when the push adds and removes no file
    // (it changes some), they are the same at both revisions.
    const samePaths = changes.every((c) => c.oldMode !== git_git/* NO_MODE */.CA && c.newMode !== git_git/* NO_MODE */.CA && isFile(c.oldMode) === isFile(c.newMode));
    return [planListing(before, globs, paths), planListing(after, globs, samePaths ? paths : undefined)];
}
/** A mode the plan reads as a file: not a folder, a symlink, a submodule, or nothing. */
function isFile(mode) {
    return mode !== git_git/* TREE_MODE */.tk && mode !== SYMLINK_MODE && mode !== GITLINK_MODE && mode !== git_git/* NO_MODE */.CA;
}
/**
 * Reads blobs with one `cat-file --batch` into `into` (blob id → text). A blob a partial clone
 * lacks is left out.
 */
function readBlobs(git, oids, into) {
    const missing = [...new Set(oids)].filter((o) => !into.has(o));
    const found = git.readSpecs(missing);
    missing.forEach((oid, i) => {
        const blob = found[i];
        if (blob)
            into.set(oid, blob.text);
    });
}

;// CONCATENATED MODULE: ./src/descriptors/read.ts








/** `<git common dir>/gitops-action/plan-cache` with the user's key, or undefined (no cache). */
function openCache(git, options) {
    if (options.cache === false || process.env.GITOPS_ACTION_PLAN_CACHE === '0')
        return undefined;
    const common = git.commonDir();
    const key = common ? (0,cache/* cacheKey */.k$)(true) : null;
    return common && key ? { dir: (0,external_node_path_.join)(common, 'gitops-action', 'plan-cache'), key } : undefined;
}
/**
 * Primes the parse cache from disk: a folder's index when its tree is known, else each file's own
 * entry. Returns the folders whose index was missing, to write after the plan.
 */
function primeFromDisk(cache, sides, textOf) {
    const folders = new Map();
    const loose = [];
    for (const side of sides) {
        for (const [path, blob] of side.blobs) {
            const slash = path.lastIndexOf('/');
            const folder = slash > 0 ? path.slice(0, slash) : '';
            const tree = side.trees.get(folder);
            if (tree === undefined) {
                loose.push([path, blob]);
                continue;
            }
            const id = `${tree}\0${folder}`;
            const f = folders.get(id) ?? { folder, tree, files: new Map() };
            folders.set(id, f);
            f.files.set(path, blob);
        }
    }
    const missed = [];
    for (const f of folders.values()) {
        if ([...f.files].every(([path, blob]) => (0,descriptors_cache/* hasParsedFile */.GW)(path, blob)))
            continue;
        const index = readCachedFolder(cache, f.folder, f.tree, f.files, textOf);
        if (index) {
            for (const [path, file] of index)
                (0,descriptors_cache/* primeParsedFile */.P6)(path, f.files.get(path), file);
            continue;
        }
        missed.push(f);
        loose.push(...f.files);
    }
    for (const [path, blob] of loose) {
        if ((0,descriptors_cache/* hasParsedFile */.GW)(path, blob))
            continue;
        const file = readCachedFile(cache, path, blob, textOf);
        if (file)
            (0,descriptors_cache/* primeParsedFile */.P6)(path, blob, file);
    }
    return missed;
}
const KUSTOMIZATIONS = new Set(targets/* KUSTOMIZATION_NAMES */.H7);
const isKustomization = (path) => KUSTOMIZATIONS.has(path.slice(path.lastIndexOf('/') + 1));
/**
 * Both sides' files. Blobs are read with one `cat-file --batch`, and only those the plan will
 * parse (not in the cache) or that decide targets (kustomizations); any other text is read when
 * something asks for it (the line of a finding).
 */
function readSides(git, from, to, globs, options) {
    const empty = { blobs: new Map(), trees: new Map(), unnamed: [] };
    const [b, a] = from ? listPlanSides(git, from, to, globs) : [empty, listPlanFiles(git, to, globs)];
    const known = new Map();
    const textOf = (blob) => {
        readBlobs(git, [blob], known);
        return known.get(blob) ?? '';
    };
    (0,descriptors_cache/* takeFreshParsedFiles */.Me)();
    const cache = openCache(git, options);
    const missed = cache ? primeFromDisk(cache, [b, a], textOf) : [];
    const needed = [];
    const cached = new Set();
    for (const side of [b, a]) {
        for (const [path, blob] of side.blobs) {
            const hit = (0,descriptors_cache/* hasParsedFile */.GW)(path, blob);
            if (hit)
                cached.add(`${blob}\0${path}`);
            if (!hit || isKustomization(path))
                needed.push(blob);
        }
    }
    readBlobs(git, needed, known);
    const texts = (side) => {
        const files = new BlobTexts(textOf);
        const blobs = new Map();
        for (const [path, blob] of side.blobs) {
            const text = known.get(blob);
            if (text !== undefined)
                files.set(path, text);
            // A blob a partial clone lacks and the cache does not know: left out, as before.
            else if (cached.has(`${blob}\0${path}`))
                files.lazy(path, blob);
            else
                continue;
            blobs.set(path, blob);
        }
        return { files, blobs };
    };
    const before = texts(b);
    const after = texts(a);
    const prefetch = (files) => {
        const blobs = files.map((f) => (f.after ? after : before).blobs.get(f.file));
        readBlobs(git, blobs.filter((b) => b !== undefined), known);
    };
    const persist = cache
        ? () => {
            const fresh = (0,descriptors_cache/* takeFreshParsedFiles */.Me)().flatMap((e) => {
                const text = known.get(e.blob);
                return text === undefined ? [] : [{ ...e, text }];
            });
            writeCachedFiles(cache, fresh);
            for (const f of missed)
                writeCachedFolder(cache, f.folder, f.tree, f.files);
        }
        : undefined;
    return { before, after, persist, prefetch, notes: unnamedNotes(git, from, to, b, a) };
}
/**
 * A plan file whose name is not UTF-8 is not read: two such names can decode alike, and then one
 * file would stand in for the other (a push could change one and delete the other to hide the
 * change). kubectl would apply it, so a push that adds, changes or deletes one is an error; one
 * the push leaves alone is a warning, named once.
 */
function unnamedNotes(git, from, to, b, a) {
    if (b.unnamed.length === 0 && a.unnamed.length === 0)
        return [];
    const changed = new Set(from ? git.treeChanges(from, to).flatMap((c) => (c.named ? [] : [c.path])) : a.unnamed);
    const notes = [];
    for (const path of new Set([...a.unnamed, ...b.unnamed.filter((p) => changed.has(p))])) {
        const touched = changed.has(path);
        const f = {
            rule: 'destructive',
            kind: 'unreadable',
            severity: touched ? 'error' : 'warning',
            message: `${JSON.stringify(path)}: the file name is not UTF-8, so the gate cannot tell it from other such names and did not read it (${touched ? 'changed by this push; the gate fails closed' : 'in a file this push does not change'})`,
            hint: 'Rename the file to a UTF-8 name (git mv); kubectl applies it, so the gate must be able to read it.',
            file: path,
        };
        notes.push(f);
    }
    return notes;
}
function note(severity, message, hint, file) {
    const f = { rule: 'destructive', kind: 'render', severity, message, hint };
    if (file)
        f.file = file;
    return f;
}
function readDescriptorInput(git, config, from, to, untrustedHead, readOptions = {}) {
    const touched = from ? new Set(git.changedFiles(from, to)) : undefined;
    const plain = () => {
        const { before, after, persist, prefetch, notes } = readSides(git, from, to, config.descriptors, readOptions);
        return {
            before: before.files,
            after: after.files,
            blobs: { before: before.blobs, after: after.blobs },
            touched,
            notes,
            persist,
            prefetch,
        };
    };
    const render = config.render;
    if (!render)
        return plain();
    if (untrustedHead && config['render-untrusted'] !== true) {
        const input = plain();
        input.notes.push(note('warning', 'render: not run, because the head of this pull request comes from a fork; the files are compared as they are', 'A fork’s build files could make the render command run its code with this job’s access. Set rules.destructive.render-untrusted: true in the policy to render anyway.'));
        return input;
    }
    const commands = new Map(typeof render === 'string' ? [['', render]] : Object.entries(render));
    const options = { timeoutSeconds: config['render-timeout'], allowRemote: config['render-allow-remote'] === true };
    const rendered = {
        before: from ? renderTargets(git, from, commands, options) : undefined,
        after: renderTargets(git, to, commands, options),
    };
    const notes = [];
    for (const e of rendered.after.refused) {
        notes.push(note('warning', `render: ${e.path} is a ${e.what} and was not written to the render tree`, e.what === 'symlink'
            ? 'A symlink could make the render read outside the repository; commit the file itself if the render needs it.'
            : 'Submodules are other repositories; render what this repository holds, or vendor the files.', e.path));
    }
    if (rendered.before?.blocked || rendered.after.blocked) {
        const remote = [...(rendered.after.remote ?? []), ...(rendered.before?.remote ?? [])];
        const input = plain();
        const seen = new Set();
        for (const r of remote) {
            const id = `${r.file}\0${r.entry}`;
            if (seen.has(id))
                continue;
            seen.add(id);
            const severity = !touched || touched.has(r.file) ? 'error' : 'warning';
            input.notes.push(note(severity, `render: ${r.file} names the remote base ${r.entry}; the render was not run and the files are compared as they are`, 'A remote base is fetched at render time and may change without a commit here. Vendor it, pin it, or set rules.destructive.render-allow-remote: true in the policy.', r.file));
        }
        input.notes.push(...notes);
        return input;
    }
    if (typeof render === 'string') {
        return { before: rendered.before?.files ?? new Map(), after: rendered.after.files, touched, notes };
    }
    // Per-target rendering: a rendered folder's files give way to its output; the rest are read as they are.
    const input = plain();
    const folders = [...commands.keys()].map((d) => d.replace(/\/+$/, ''));
    const under = (p) => folders.some((d) => d === '' || d === '.' || p === d || p.startsWith(`${d}/`));
    const merge = (files, out) => {
        // A base that only rendered targets deploy is in their output already.
        const placed = (0,targets/* assignTargets */.IM)(files.keys(), files).placements;
        const rendered = (p) => placed.get(p)?.every((pl) => folders.includes(pl.target)) === true;
        for (const p of [...files.keys()])
            if (under(p) || rendered(p))
                files.delete(p);
        for (const [k, v] of out ?? [])
            files.set(k, v);
    };
    merge(input.before, rendered.before?.files);
    merge(input.after, rendered.after.files);
    input.notes.push(...notes);
    return input;
}


/***/ })

};
;