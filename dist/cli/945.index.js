"use strict";
exports.id = 945;
exports.ids = [945];
exports.modules = {

/***/ 2272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ hasParsedFile),
/* harmony export */   Me: () => (/* binding */ takeFreshParsedFiles),
/* harmony export */   P6: () => (/* binding */ primeParsedFile),
/* harmony export */   UI: () => (/* binding */ parsedFile)
/* harmony export */ });
/* unused harmony export clearParsedFiles */
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(748);

/**
 * Parsed files by content. A file is parsed once per blob id (or, without one, per text) however
 * often it appears: at both revisions of a plan, or in every plan a long-lived process makes.
 * Parsing is a pure function of path and text, so an entry can never be stale; the map is bounded
 * so that a process planning many commits does not grow without end.
 */
const MAX_ENTRIES = 50_000;
const parsed = new Map();
/** Files parsed in this process that have a blob id: what a disk cache may keep. */
const fresh = new Map();
function remember(key, file) {
    if (parsed.size >= MAX_ENTRIES)
        parsed.delete(parsed.keys().next().value);
    parsed.set(key, file);
}
/**
 * The parsed file at `path`. With a blob id, `text` may be a function: it is called only when the
 * file is not parsed yet, so a file primed from the disk cache is never read from git.
 */
function parsedFile(path, text, blob) {
    // The path is part of the key: messages and objects name their file.
    const key = blob ? `${blob}\0${path}` : `${path}\0${typeof text === 'string' ? text : text()}`;
    const hit = parsed.get(key);
    if (hit)
        return hit;
    const file = (0,_load_js__WEBPACK_IMPORTED_MODULE_0__.parseFile)(path, typeof text === 'string' ? text : text());
    remember(key, file);
    if (blob && fresh.size < MAX_ENTRIES)
        fresh.set(key, { path, blob, file });
    return file;
}
/** Whether a blob at a path is parsed already (in this process, or primed from disk). */
function hasParsedFile(path, blob) {
    return parsed.has(`${blob}\0${path}`);
}
/** A parsed file read back from a disk cache (validated by the caller). */
function primeParsedFile(path, blob, file) {
    remember(`${blob}\0${path}`, file);
}
/** The files parsed since the last call, for the disk cache to keep. */
function takeFreshParsedFiles() {
    const out = [...fresh.values()];
    fresh.clear();
    return out;
}
/** For tests and benchmarks: forget every parsed file. */
function clearParsedFiles() {
    parsed.clear();
    fresh.clear();
}


/***/ }),

/***/ 5123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JY: () => (/* binding */ storeDemand),
/* harmony export */   ij: () => (/* binding */ loadDemand),
/* harmony export */   tp: () => (/* binding */ demandOf),
/* harmony export */   uS: () => (/* binding */ demandCoreOf)
/* harmony export */ });
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3215);
/* harmony import */ var _quantity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4957);
/* harmony import */ var _workload_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5737);



const REPLICATED = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);
/** Demands by parsed body: one body placed on both sides and in several targets is read once. */
const byBody = new WeakMap();
/** What one service asks for: per replica (requests, else limits) and how many replicas. */
function demandOf(obj) {
    const core = demandCoreOf(obj);
    return core ? { ...core, obj } : undefined;
}
function demandCoreOf(obj) {
    if (obj.stored?.demand !== undefined)
        return obj.stored.demand;
    let d = byBody.get(obj.body);
    if (d === undefined) {
        d = readDemand(obj);
        byBody.set(obj.body, d);
    }
    return d;
}
function readDemand(obj) {
    const b = obj.body;
    if (obj.descriptor) {
        if (!(0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(b.resources))
            return null;
        const r = b.resources;
        const replicas = typeof r.replicas === 'number' && Number.isInteger(r.replicas) && r.replicas >= 0 ? r.replicas : 1;
        return {
            perReplica: { cpu: (0,_quantity_js__WEBPACK_IMPORTED_MODULE_1__/* .tryParseQuantity */ .KS)(r.cpu), memory: (0,_quantity_js__WEBPACK_IMPORTED_MODULE_1__/* .tryParseQuantity */ .KS)(r.memory) },
            limits: {},
            replicas,
            segs: ['resources'],
        };
    }
    const daemon = obj.kind === 'DaemonSet';
    if (!REPLICATED.has(obj.kind) && !daemon)
        return null;
    const spec = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(b.spec) ? b.spec : {};
    const replicas = daemon
        ? 1
        : typeof spec.replicas === 'number' && Number.isInteger(spec.replicas) && spec.replicas >= 0
            ? spec.replicas
            : 1;
    const per = {};
    const limits = {};
    for (const ref of (0,_workload_js__WEBPACK_IMPORTED_MODULE_2__/* .containersOf */ .Mz)(obj, ['containers']).values()) {
        const res = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(ref.container.resources) ? ref.container.resources : {};
        for (const r of ['cpu', 'memory']) {
            const limit = (0,_quantity_js__WEBPACK_IMPORTED_MODULE_1__/* .tryParseQuantity */ .KS)((0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(res.limits) ? res.limits[r] : undefined);
            const q = (0,_quantity_js__WEBPACK_IMPORTED_MODULE_1__/* .tryParseQuantity */ .KS)((0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(res.requests) ? res.requests[r] : undefined) ?? limit;
            if (q)
                per[r] = (0,_quantity_js__WEBPACK_IMPORTED_MODULE_1__/* .addQuantity */ .ZC)(per[r] ?? _quantity_js__WEBPACK_IMPORTED_MODULE_1__/* .ZERO_QUANTITY */ .bN, q);
            if (limit)
                limits[r] = (0,_quantity_js__WEBPACK_IMPORTED_MODULE_1__/* .addQuantity */ .ZC)(limits[r] ?? _quantity_js__WEBPACK_IMPORTED_MODULE_1__/* .ZERO_QUANTITY */ .bN, limit);
        }
    }
    return {
        perReplica: per,
        limits,
        replicas,
        note: daemon ? 'a DaemonSet counts as 1 replica (one per node is not known here)' : undefined,
        segs: (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .podSpecSegs */ .rP)(obj.kind) ?? [],
    };
}
function storeDemand(core) {
    if (!core)
        return null;
    const pair = (p) => {
        const out = {};
        for (const r of ['cpu', 'memory']) {
            const q = p[r];
            if (q)
                out[r] = [q.mantissa.toString(), q.exponent];
        }
        return out;
    };
    const stored = {
        perReplica: pair(core.perReplica),
        limits: pair(core.limits),
        replicas: core.replicas,
        segs: core.segs,
    };
    if (core.note !== undefined)
        stored.note = core.note;
    return stored;
}
/** The demand an entry stored, or undefined when it is not one (the entry is then not used). */
function loadDemand(stored) {
    if (stored === null)
        return null;
    if (!(0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(stored) || !(0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(stored.perReplica) || !(0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(stored.limits))
        return undefined;
    if (typeof stored.replicas !== 'number' || !Array.isArray(stored.segs))
        return undefined;
    if (!stored.segs.every((s) => typeof s === 'string'))
        return undefined;
    if (stored.note !== undefined && typeof stored.note !== 'string')
        return undefined;
    const pair = (p) => {
        const out = {};
        for (const r of ['cpu', 'memory']) {
            const v = p[r];
            if (v === undefined)
                continue;
            if (!Array.isArray(v) || typeof v[0] !== 'string' || !/^-?\d{1,400}$/.test(v[0]) || !Number.isInteger(v[1])) {
                return undefined;
            }
            out[r] = { mantissa: BigInt(v[0]), exponent: v[1] };
        }
        return out;
    };
    const perReplica = pair(stored.perReplica);
    const limits = pair(stored.limits);
    if (!perReplica || !limits)
        return undefined;
    const core = { perReplica, limits, replicas: stored.replicas, segs: stored.segs };
    if (stored.note !== undefined)
        core.note = stored.note;
    return core;
}


/***/ }),

/***/ 324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H7: () => (/* binding */ KUSTOMIZATION_NAMES),
/* harmony export */   IM: () => (/* binding */ assignTargets)
/* harmony export */ });
/* unused harmony export isRemoteEntry */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3215);
/* harmony import */ var _kubectl_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2574);



/**
 * Where each file deploys: its *target*, the unit a GitOps tool applies together, as kubectl and
 * kustomize see the tree.
 *
 * - A folder with `kustomization.yaml`, `kustomization.yml` or `Kustomization` (with or without
 *   `kind`) is a kustomize root. What it lists under `resources`, `bases` and `components` is what
 *   it deploys; a root that another root lists is a base (or component), deployed as part of every
 *   root that includes it, never on its own. The top roots are the targets.
 * - What a root lists as patches (every form), configurations, transformers, generators,
 *   validators, replacements, crds, openapi, Helm chart homes or generator files is build input,
 *   not an object.
 * - A folder with `Chart.yaml` is a Helm chart: nothing under it is an object unless rendered.
 * - A file in a kustomize root's own folder that the root does not list is not deployed by it:
 *   ignored. (Deeper folders without a kustomization of their own are plain folders: a repository
 *   with a `kustomization.yaml` at its top does not hide every other folder.)
 * - Any other file deploys with its folder (`kubectl apply -f <folder>`, a Flux path or an Argo CD
 *   app folder): the folder is its target. Where two files of one folder define the same object,
 *   they are alternatives (an all-in-one release file beside its split sources, `install.yaml`
 *   beside `namespace-install.yaml`), and each file of that folder is a target of its own.
 *
 * Pure: it sees the paths and the text of the kustomization files, never the disk.
 */
const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const KUSTOMIZATION_SET = new Set(KUSTOMIZATION_NAMES);
/** `resources:` entries kustomize fetches from elsewhere. */
function isRemoteEntry(entry) {
    return (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) ||
        /^git::|^git@|^ssh:|^github\.com\/|^gitlab\.com\/|^bitbucket\.org\//i.test(entry) ||
        /\?ref=|\.git(\/\/|$)/.test(entry));
}
function dirOf(path) {
    // A repository path (`a/b/c.yaml`) is cut at its last slash; anything odder goes to posix.dirname.
    // Asked for every file of both revisions, where posix.dirname's checks were a tenth of placing.
    const i = path.lastIndexOf('/');
    if (i < 0)
        return '';
    if (i > 0 && i < path.length - 1 && path[i - 1] !== '/')
        return path.slice(0, i);
    const d = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path);
    return d === '.' ? '' : d;
}
function resolveEntry(dir, entry) {
    const p = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir || '.', entry));
    if (p.startsWith('../') || p === '..' || node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(p))
        return undefined;
    return p === '.' ? '' : p.replace(/\/$/, '');
}
const INPUT_FIELDS = ['configurations', 'crds', 'transformers', 'generators', 'validators'];
function strings(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
function readRoot(dir, file, text, problems) {
    const root = { dir, file, children: [], files: [], inputs: [] };
    const read = (0,_kubectl_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .readManifest */ .WI)(text);
    if (read.error) {
        problems.push({
            kind: 'unreadable',
            file,
            line: read.error.line,
            message: `${file}${read.error.line ? ` line ${read.error.line}` : ''}: YAML syntax error: ${read.error.message}`,
            hint: 'Fix the kustomization; kustomize cannot build it, so what it deploys is not known.',
        });
        return root;
    }
    const body = (0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .isObj */ .sA)(read.docs[0]?.value) ? read.docs[0]?.value : {};
    if (typeof body.namespace === 'string' && body.namespace !== '')
        root.namespace = body.namespace;
    for (const field of ['resources', 'bases', 'components']) {
        for (const e of strings(body[field]))
            root.inputs.push({ path: e, field: `@deploy:${field}` });
    }
    const input = (e, field) => {
        if (typeof e === 'string' && !e.includes('\n'))
            root.inputs.push({ path: e, field });
        else if ((0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .isObj */ .sA)(e) && typeof e.path === 'string')
            root.inputs.push({ path: e.path, field });
    };
    for (const field of [...INPUT_FIELDS, 'patchesStrategicMerge', 'patchesJson6902', 'patches', 'replacements']) {
        const v = body[field];
        if (Array.isArray(v))
            for (const e of v)
                input(e, field);
    }
    if ((0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .isObj */ .sA)(body.openapi))
        input(body.openapi, 'openapi');
    if ((0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .isObj */ .sA)(body.helmGlobals) && typeof body.helmGlobals.chartHome === 'string') {
        input(body.helmGlobals.chartHome, 'helmGlobals.chartHome');
    }
    if (Array.isArray(body.helmCharts) && !(0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .isObj */ .sA)(body.helmGlobals))
        input('charts', 'helmCharts');
    for (const field of ['configMapGenerator', 'secretGenerator']) {
        const v = body[field];
        if (!Array.isArray(v))
            continue;
        for (const g of v) {
            if (!(0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .isObj */ .sA)(g))
                continue;
            for (const f of [...strings(g.files), ...strings(g.envs), ...(typeof g.env === 'string' ? [g.env] : [])]) {
                input(f.includes('=') ? f.slice(f.indexOf('=') + 1) : f, field);
            }
        }
    }
    return root;
}
function assignTargets(paths, texts) {
    const all = [...paths].sort();
    const problems = [];
    const remote = [];
    const ignored = new Map();
    const placements = new Map();
    const roots = new Map();
    const pathSet = new Set(all);
    for (const p of all) {
        const base = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(p);
        if (!KUSTOMIZATION_SET.has(base))
            continue;
        const dir = dirOf(p);
        const known = roots.get(dir);
        // kustomize refuses a folder with two; the first in its own search order is the one it names.
        if (known && KUSTOMIZATION_NAMES.indexOf(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(known.file)) < KUSTOMIZATION_NAMES.indexOf(base)) {
            continue;
        }
        roots.set(dir, readRoot(dir, p, texts.get(p) ?? '', problems));
    }
    const charts = all.filter((p) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(p) === 'Chart.yaml').map(dirOf);
    // Sort each root's entries into deployed files, deployed roots and inputs.
    const referenced = new Set();
    const inputRoots = new Set();
    const inputFiles = new Map();
    for (const root of roots.values()) {
        const raw = root.inputs;
        root.inputs = [];
        for (const { path: entry, field } of raw) {
            if (isRemoteEntry(entry)) {
                remote.push({ file: root.file, entry });
                continue;
            }
            const resolved = resolveEntry(root.dir, entry);
            if (resolved === undefined)
                continue;
            const deploys = field.startsWith('@deploy:');
            if (roots.has(resolved) && resolved !== root.dir) {
                referenced.add(resolved);
                if (deploys)
                    root.children.push(resolved);
                else
                    inputRoots.add(resolved);
                continue;
            }
            if (deploys) {
                root.files.push(resolved);
            }
            else {
                root.inputs.push({ path: resolved, field });
                if (!inputFiles.has(resolved))
                    inputFiles.set(resolved, `${field} of ${root.file}`);
            }
        }
    }
    const place = (file, p) => {
        const list = placements.get(file) ?? [];
        if (!list.some((q) => q.target === p.target))
            list.push(p);
        placements.set(file, list);
    };
    const walk = (target, dir, outerNs, seen) => {
        if (seen.has(dir))
            return;
        seen.add(dir);
        const root = roots.get(dir);
        // An overlay's `namespace:` wins over its bases' (kustomize applies the outer transformer last).
        const ns = outerNs ?? root.namespace;
        for (const f of root.files) {
            if (!pathSet.has(f))
                continue;
            place(f, ns === undefined ? { target } : { target, namespace: ns });
        }
        for (const c of root.children)
            walk(target, c, ns, seen);
    };
    for (const dir of [...roots.keys()].sort()) {
        if (referenced.has(dir))
            continue;
        walk(dir === '' ? '.' : dir, dir, undefined, new Set());
    }
    // Roots used only as generators or transformers: their files are input too.
    for (const dir of inputRoots) {
        const root = roots.get(dir);
        for (const f of root.files)
            if (!placements.has(f))
                inputFiles.set(f, `resource of ${root.file}, a kustomize plugin root`);
    }
    const rootDirs = [...roots.keys()];
    const within = (file, dir) => dir === '' || file.startsWith(`${dir}/`);
    for (const f of all) {
        if (placements.has(f))
            continue;
        if (KUSTOMIZATION_SET.has(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(f))) {
            ignored.set(f, 'kustomization (build configuration)');
            continue;
        }
        const input = inputFiles.get(f);
        if (input) {
            ignored.set(f, `kustomize input: ${input}`);
            continue;
        }
        const chart = charts.filter((c) => within(f, c)).sort((a, b) => b.length - a.length)[0];
        if (chart !== undefined) {
            ignored.set(f, `part of the Helm chart in ${chart || '.'} (objects only when rendered)`);
            continue;
        }
        const root = rootDirs.find((d) => dirOf(f) === d);
        if (root !== undefined) {
            ignored.set(f, `not listed by ${roots.get(root)?.file}, so kustomize does not deploy it`);
            continue;
        }
        place(f, { target: dirOf(f) || '.', plain: true });
    }
    return {
        placements,
        ignored,
        remote,
        problems,
        roots: new Map([...roots].map(([d, r]) => [d, r.file])),
        charts,
    };
}


/***/ }),

/***/ 5737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JX: () => (/* binding */ portNumber),
/* harmony export */   Mz: () => (/* binding */ containersOf),
/* harmony export */   ko: () => (/* binding */ selects),
/* harmony export */   z8: () => (/* binding */ podLabels)
/* harmony export */ });
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3215);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(748);


function containersOf(obj, lists = _diff_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTAINER_LISTS */ .MI) {
    const out = new Map();
    if (!obj)
        return out;
    const pod = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .podSpecSegs */ .rP)(obj.kind);
    if (!pod)
        return out;
    const spec = (0,_load_js__WEBPACK_IMPORTED_MODULE_1__/* .getIn */ .O6)(obj.body, pod);
    if (!(0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(spec))
        return out;
    for (const list of lists) {
        const cs = spec[list];
        if (!Array.isArray(cs))
            continue;
        for (const c of cs) {
            if (!(0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(c) || typeof c.name !== 'string')
                continue;
            out.set(`${list}\0${c.name}`, { list, container: c, segs: [...pod, list, (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .containerSeg */ .Fg)(c.name)] });
        }
    }
    return out;
}
function portNumber(v) {
    return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}
/** The labels of the pods a workload makes (its pod template's, or a Pod's own). */
function podLabels(obj) {
    const pod = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .podSpecSegs */ .rP)(obj.kind);
    if (!pod)
        return undefined;
    const meta = obj.kind === 'Pod' ? obj.body.metadata : (0,_load_js__WEBPACK_IMPORTED_MODULE_1__/* .getIn */ .O6)(obj.body, [...pod.slice(0, -1), 'metadata']);
    const labels = (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(meta) && (0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(meta.labels) ? meta.labels : {};
    const out = {};
    for (const [k, v] of Object.entries(labels))
        out[k] = String(v);
    return out;
}
/** Kubernetes' label selector (`matchLabels` and `matchExpressions`); `{}` selects everything. */
function selects(selector, labels) {
    if (!(0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(selector))
        return false;
    if ((0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(selector.matchLabels)) {
        for (const [k, v] of Object.entries(selector.matchLabels))
            if (labels[k] !== String(v))
                return false;
    }
    if (Array.isArray(selector.matchExpressions)) {
        for (const e of selector.matchExpressions) {
            if (!(0,_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .isObj */ .sA)(e) || typeof e.key !== 'string')
                return false;
            const values = Array.isArray(e.values) ? e.values.map(String) : [];
            const has = e.key in labels;
            const value = labels[e.key];
            const ok = e.operator === 'In'
                ? has && values.includes(value)
                : e.operator === 'NotIn'
                    ? !has || !values.includes(value)
                    : e.operator === 'Exists'
                        ? has
                        : e.operator === 'DoesNotExist'
                            ? !has
                            : false;
            if (!ok)
                return false;
        }
    }
    return true;
}


/***/ })

};
;