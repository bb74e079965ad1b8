"use strict";
exports.id = 322;
exports.ids = [322,945];
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

/***/ 1322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ buildPlan),
  planRead: () => (/* binding */ planRead)
});

// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
// EXTERNAL MODULE: ./src/descriptors/cache.ts
var cache = __webpack_require__(2272);
// EXTERNAL MODULE: ./src/descriptors/diff.ts
var diff = __webpack_require__(3215);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/descriptors/identity.ts
var identity = __webpack_require__(4702);
;// CONCATENATED MODULE: ./src/descriptors/flux-substitute.ts



const FLUX_GROUP = 'kustomize.toolkit.fluxcd.io';
/** How many characters substitution may add to one object (values are names, domains, sizes). */
const GROWTH_BUDGET = 1 << 20;
/** How many Kustomizations may deploy one target with their variables. */
const MAX_PER_TARGET = 256;
const DISABLED = 'kustomize.toolkit.fluxcd.io/substitute';
/** `${NAME}`, `${NAME:=default}`, `${NAME:-default}`, `${NAME=default}`, `${NAME-default}`. */
const EXPRESSION = /\$\{([A-Za-z_][A-Za-z0-9_]{0,127})(?:(:?[=-])([^}]{0,1024}))?\}/g;
/** The Flux Kustomizations of one revision that substitute variables, with the folder each applies. */
function fluxSubstitutions(parsed, roots = []) {
    const found = [];
    for (const file of parsed.values()) {
        for (const o of file.objects) {
            if (o.kind !== 'Kustomization' || o.group !== FLUX_GROUP)
                continue;
            const spec = (0,diff/* isObj */.sA)(o.body.spec) ? o.body.spec : undefined;
            const postBuild = spec && (0,diff/* isObj */.sA)(spec.postBuild) ? spec.postBuild : undefined;
            const substitute = postBuild && (0,diff/* isObj */.sA)(postBuild.substitute) ? postBuild.substitute : undefined;
            if (!spec || !substitute || typeof spec.path !== 'string')
                continue;
            const vars = new Map();
            for (const [k, v] of Object.entries(substitute)) {
                if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
                    vars.set(k, String(v));
            }
            if (vars.size === 0)
                continue;
            const complete = postBuild?.substituteFrom === undefined;
            found.push({ path: spec.path, vars, complete, via: `${o.namespace || 'default'}/${o.name}` });
        }
    }
    if (found.length === 0)
        return [];
    // The folders of this revision's plan files and kustomize roots, and every folder above them.
    const folders = new Set();
    const withParents = (folder) => {
        for (let d = folder; !folders.has(d); d = parentOf(d)) {
            folders.add(d);
            if (d === '')
                break;
        }
    };
    for (const path of parsed.keys())
        withParents(parentOf(path));
    for (const root of roots)
        withParents(root);
    const out = [];
    for (const { path, ...sub } of found) {
        const folder = normaliseFolder(path);
        if (folder !== undefined && folders.has(folder))
            out.push({ folder, ...sub });
    }
    return out;
}
/** The folder holding a path (`''` for the repository's root). */
function parentOf(path) {
    const d = external_node_path_.posix.dirname(path);
    return d === '.' || d === '/' ? '' : d;
}
/**
 * The substitutions that apply to a target (a kustomize root or a plain folder): those whose path
 * is that folder or holds it. A kustomize root's bases are substituted with it, as Flux
 * substitutes what the whole build put out.
 */
function substitutionsFor(subs, folder) {
    if (subs.length === 0)
        return [];
    const found = subs.filter((s) => s.folder === '' || folder === s.folder || folder.startsWith(`${s.folder}/`));
    // Each one is a copy of every object of the target: past a fleet's worth of clusters, the
    // target is read as written rather than copied without end (bounded work on pushed files).
    return found.length > MAX_PER_TARGET ? [] : found;
}
/**
 * The object as the Kustomization applies it: every string of its body substituted, and its name
 * and namespace read again from the result. The same object when nothing changes.
 */
function substituteObject(obj, sub) {
    const body = obj.body;
    const meta = (0,diff/* isObj */.sA)(body.metadata) ? body.metadata : {};
    const annotations = (0,diff/* isObj */.sA)(meta.annotations) ? meta.annotations : {};
    if (annotations[DISABLED] === 'disabled')
        return obj;
    let changed = false;
    // Bounded work: a pushed Kustomization chooses the values and a pushed file the references, so
    // a long value referenced many times could grow one object without end. Past the budget the
    // object is left as written (its names unresolved, the cautious reading).
    let budget = GROWTH_BUDGET;
    let overBudget = false;
    const walk = (v) => {
        if (typeof v === 'string') {
            if (overBudget || !v.includes('${'))
                return v;
            const s = substitute(v, sub.vars, sub.complete);
            budget -= Math.max(0, s.length - v.length);
            if (budget < 0)
                overBudget = true;
            if (s !== v)
                changed = true;
            return s;
        }
        if (Array.isArray(v))
            return v.map(walk);
        if ((0,diff/* isObj */.sA)(v)) {
            const out = {};
            for (const [k, x] of Object.entries(v))
                out[k] = walk(x);
            return out;
        }
        return v;
    };
    const next = walk(body);
    if (!changed || overBudget)
        return obj;
    const nextMeta = (0,diff/* isObj */.sA)(next.metadata) ? next.metadata : {};
    const name = obj.descriptor ? obj.name : typeof nextMeta.name === 'string' ? nextMeta.name : obj.name;
    const namespace = obj.descriptor
        ? obj.namespace
        : typeof nextMeta.namespace === 'string'
            ? nextMeta.namespace
            : obj.namespace;
    // A new body: what the cache stored about the old one (its hash, its demand) no longer holds.
    const { stored: _stored, ...fields } = obj;
    const id = obj.descriptor ? obj.id : (0,identity/* objectId */.Tu)(obj.group, obj.kind, namespace, name);
    return { ...fields, body: next, name, namespace, id };
}
/** One string with the known variables put in; an unknown one without a default stays as written. */
function substitute(text, vars, complete = true) {
    return text.replace(EXPRESSION, (whole, name, op, fallback) => {
        const value = vars.get(name);
        if (value === undefined && !complete)
            return whole;
        if (op === undefined)
            return value ?? whole;
        // `:=`/`:-` also replace an empty value; `=`/`-` only an unset one.
        if (value !== undefined && (value !== '' || !op.startsWith(':')))
            return value;
        return fallback ?? '';
    });
}
function normaliseFolder(path) {
    const p = external_node_path_.posix.normalize(path.trim() || '.');
    if (p.startsWith('../') || p === '..')
        return undefined;
    const rel = p.replace(/^\/+/, '');
    return rel === '.' || rel === '' ? '' : rel.replace(/\/$/, '');
}

// EXTERNAL MODULE: ./src/descriptors/cidr.ts
var cidr = __webpack_require__(3978);
;// CONCATENATED MODULE: ./src/descriptors/firewall.ts


function peerCovers(a, b) {
    if (a.selector !== undefined || b.selector !== undefined)
        return a.selector === b.selector;
    if (!a.cidr || !b.cidr || !(0,cidr/* contains */.gR)(a.cidr, b.cidr))
        return false;
    // Everything `a` excludes that overlaps `b` must be excluded by `b` too.
    return a.except.every((x) => x.end < b.cidr.start || x.start > b.cidr.end || b.except.some((y) => (0,cidr/* contains */.gR)(y, x)));
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
        if ((0,cidr/* isEverywhere */.T4)(p.cidr) && !oldCidrs.some((c) => (0,cidr/* isEverywhere */.T4)(c) && c.version === p.cidr.version)) {
            return { why: `${direction} now allows ${p.cidr.text} (every address)` };
        }
        const narrower = oldCidrs.find((c) => (0,cidr/* contains */.gR)(p.cidr, c) && !(0,cidr/* sameRange */.Et)(p.cidr, c));
        if (narrower) {
            return { why: `${direction} ${noun} ${narrower.text} widens to ${p.cidr.text}`, before: narrower.text };
        }
        const excepted = oldPeers(old).find((q) => q.cidr && (0,cidr/* sameRange */.Et)(q.cidr, p.cidr) && peerCovers(p, q) && !peerCovers(q, p));
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
function cidrPeer(v) {
    const c = (0,cidr/* tryParseCidr */.DU)(v);
    return c ? { cidr: c, except: [] } : undefined;
}
function descriptorRules(obj, direction) {
    if (!obj)
        return undefined;
    const fw = obj.body.firewall;
    const list = (0,diff/* isObj */.sA)(fw) ? fw[direction] : undefined;
    if (!Array.isArray(list))
        return [];
    const field = direction === 'ingress' ? 'from' : 'to';
    const rules = [];
    list.forEach((raw, i) => {
        if (!(0,diff/* isObj */.sA)(raw))
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
function npPeers(list) {
    if (!Array.isArray(list) || list.length === 0)
        return 'any';
    const peers = [];
    for (const p of list) {
        if (!(0,diff/* isObj */.sA)(p))
            continue;
        if ((0,diff/* isObj */.sA)(p.ipBlock)) {
            const c = (0,cidr/* tryParseCidr */.DU)(p.ipBlock.cidr);
            if (!c)
                continue;
            const except = Array.isArray(p.ipBlock.except)
                ? p.ipBlock.except.map((x) => (0,cidr/* tryParseCidr */.DU)(x)).filter((x) => x !== undefined)
                : [];
            peers.push({ cidr: c, except });
        }
        else {
            const sel = {};
            if (p.podSelector !== undefined)
                sel.podSelector = p.podSelector;
            if (p.namespaceSelector !== undefined)
                sel.namespaceSelector = p.namespaceSelector;
            peers.push({ except: [], selector: (0,diff/* canonical */.$N)(sel) });
        }
    }
    return peers;
}
function npPorts(list) {
    if (!Array.isArray(list) || list.length === 0)
        return 'any';
    return list.filter(diff/* isObj */.sA).map((p) => ({
        protocol: typeof p.protocol === 'string' ? p.protocol : 'TCP',
        port: p.port === undefined ? undefined : String(p.port),
        endPort: typeof p.endPort === 'number' ? p.endPort : undefined,
    }));
}
function npPolicy(obj, direction) {
    if (!obj || !(0,diff/* isObj */.sA)(obj.body.spec))
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
            if (!(0,diff/* isObj */.sA)(raw))
                return;
            rules.push({ peers: npPeers(raw[field]), ports: npPorts(raw.ports), segs: ['spec', direction, i], raw });
        });
    }
    return { applies, rules };
}
function directions(before, after) {
    const out = [];
    for (const direction of ['ingress', 'egress']) {
        if (after.descriptor) {
            const a = descriptorRules(after, direction) ?? [];
            out.push({
                obj: after,
                direction,
                before: descriptorRules(before, direction),
                after: a,
                denyAll: a.length === 0,
                newPolicy: false,
            });
            continue;
        }
        if (after.kind !== 'NetworkPolicy')
            continue;
        const a = npPolicy(after, direction);
        if (!a)
            continue;
        const b = npPolicy(before, direction);
        if (!b) {
            out.push({
                obj: after,
                direction,
                before: undefined,
                after: a.rules,
                denyAll: a.applies && a.rules.length === 0 && a.applies,
                newPolicy: true,
            });
            continue;
        }
        if (!b.applies && !a.applies)
            continue;
        // A direction the policy no longer governs is open: every peer is allowed.
        const anyRule = { peers: 'any', ports: 'any', segs: ['spec', 'policyTypes'], raw: 'all traffic' };
        out.push({
            obj: after,
            direction,
            before: b.applies ? b.rules : [anyRule],
            after: a.applies ? a.rules : [anyRule],
            denyAll: a.applies && a.rules.length === 0,
            newPolicy: false,
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/descriptors/kinds/types.ts
const acceptHint = (kind) => `accept it with the trailer \`Allow-Destructive: ${kind}\` on a commit in the range (with a Jira key, by an allowlisted committer).`;

;// CONCATENATED MODULE: ./src/descriptors/kinds/firewall-narrowed.ts


const firewallNarrowed = {
    kind: 'firewall-narrowed',
    summary: 'a rule that allowed traffic is removed or narrowed, a policy becomes deny-all, or a new NetworkPolicy denies all ingress',
    pair({ before, after }) {
        const out = [];
        if (!after)
            return out;
        for (const d of directions(before, after)) {
            const obj = d.obj;
            if (d.newPolicy) {
                if (d.denyAll && d.direction === 'ingress') {
                    out.push({
                        kind: 'firewall-narrowed',
                        obj,
                        segs: ['spec'],
                        message: `${obj.id}: a new deny-all ${d.direction} policy`,
                        hint: `Allow the traffic the selected pods need, or ${acceptHint('firewall-narrowed')}`,
                        after: obj.body.spec,
                    });
                }
                continue;
            }
            const was = d.before;
            if (!was)
                continue;
            if (d.denyAll && was.length > 0) {
                out.push({
                    kind: 'firewall-narrowed',
                    obj,
                    segs: obj.descriptor ? ['firewall', d.direction] : ['spec', d.direction],
                    message: `${obj.id}: the ${d.direction} policy becomes deny-all (every allowing rule is removed)`,
                    hint: `Keep the rules that allowed traffic, or ${acceptHint('firewall-narrowed')}`,
                    before: was.map((r) => r.raw),
                    after: [],
                });
                continue;
            }
            for (const r of was) {
                if (d.after.some((a) => ruleCovers(a, r)))
                    continue;
                out.push({
                    kind: 'firewall-narrowed',
                    obj,
                    segs: r.segs,
                    message: `${obj.id}: an ${d.direction} rule that allowed traffic is removed or narrowed`,
                    hint: `Keep the rule, or ${acceptHint('firewall-narrowed')}`,
                    before: r.raw,
                });
            }
        }
        return out;
    },
};

// EXTERNAL MODULE: ./src/descriptors/workload.ts
var workload = __webpack_require__(5737);
;// CONCATENATED MODULE: ./src/descriptors/kinds/service-removed.ts


/**
 * Deleting these takes something away that a rollback of the manifest alone does not bring back:
 * traffic, running work, or data. Namespaces, CRDs and volumes are here rather than in a kind of
 * their own (`data-loss` was considered): to the person who pushed, each is "this goes away", and
 * the message says what goes with it.
 */
const REMOVED = {
    Deployment: 'its pods stop',
    StatefulSet: 'its pods stop',
    DaemonSet: 'its pods stop on every node',
    ReplicaSet: 'its pods stop',
    ReplicationController: 'its pods stop',
    CronJob: 'its schedule stops',
    Service: 'traffic to it stops',
    Ingress: 'traffic through it stops',
    NetworkPolicy: 'the pods it selected lose its rules',
    Namespace: 'every object in the namespace is deleted with it',
    CustomResourceDefinition: 'every custom resource of that type is deleted with it',
    PersistentVolumeClaim: 'its volume, and the data on it, may be deleted (reclaim policy)',
    PersistentVolume: 'the data on it may be lost (reclaim policy)',
};
/** GitOps controllers' own objects: deleting one prunes everything it deployed. */
const CONTROLLERS = {
    'helm.toolkit.fluxcd.io/HelmRelease': 'Flux uninstalls the release',
    'kustomize.toolkit.fluxcd.io/Kustomization': 'Flux prunes everything it applied (with prune: true)',
    'argoproj.io/Application': 'Argo CD deletes what it deployed (with a resources finalizer)',
    'argoproj.io/ApplicationSet': 'Argo CD deletes the Applications it generated',
};
function consequence(obj) {
    if (obj.descriptor)
        return '';
    return REMOVED[obj.kind] ?? CONTROLLERS[`${obj.group}/${obj.kind}`];
}
const serviceRemoved = {
    kind: 'service-removed',
    summary: 'a service descriptor, a workload, Service, Ingress or NetworkPolicy, a Namespace, CRD, PersistentVolumeClaim or PersistentVolume, or a Flux HelmRelease/Kustomization or Argo CD Application is deleted',
    pair({ before, after }) {
        if (!before || after)
            return [];
        const what = consequence(before);
        if (what === undefined)
            return [];
        return [
            {
                kind: 'service-removed',
                obj: before,
                segs: [],
                message: `${before.id} is deleted${what ? `: ${what}` : ''}`,
                hint: `Restore it in ${before.file}, or ${acceptHint('service-removed')}`,
                before: before.descriptor ? before.name : before.id,
            },
        ];
    },
};
/** True when every workload a NetworkPolicy selected (in its target and namespace) is deleted too. */
function selectedAllDeleted(policy, before, after) {
    const spec = policy.body.spec;
    const selector = spec?.podSelector ?? {};
    const selected = [];
    for (const o of before) {
        if (o.target !== policy.target || o.namespace !== policy.namespace)
            continue;
        const labels = (0,workload/* podLabels */.z8)(o);
        if (labels && (0,workload/* selects */.ko)(selector, labels))
            selected.push(o);
    }
    return selected.length > 0 && selected.every((o) => !after.has(o.key));
}

;// CONCATENATED MODULE: ./src/descriptors/kinds/firewall-widened.ts





function rules(before, after, out) {
    for (const d of directions(before, after)) {
        if (d.newPolicy)
            continue;
        const old = d.before ?? [];
        for (const r of d.after) {
            if (old.some((o) => ruleCovers(o, r)))
                continue;
            const w = widening(r, old, d.direction);
            if (!w)
                continue;
            out.push({
                kind: 'firewall-widened',
                obj: after,
                segs: r.segs,
                message: `${after.id}: ${w.why}`,
                hint: `Keep the ${d.direction} rule as narrow as it was, or ${acceptHint('firewall-widened')}`,
                before: w.before,
                after: r.raw,
            });
        }
    }
}
function sourceRanges(obj) {
    const spec = obj?.body.spec;
    if (!(0,diff/* isObj */.sA)(spec) || spec.type !== 'LoadBalancer')
        return undefined;
    return Array.isArray(spec.loadBalancerSourceRanges) ? spec.loadBalancerSourceRanges.map(String) : [];
}
/** A LoadBalancer's `loadBalancerSourceRanges` is its ingress allow-list: empty means everyone. */
function loadBalancer(before, after, out) {
    if (after.kind !== 'Service')
        return;
    const was = sourceRanges(before);
    const now = sourceRanges(after);
    if (!was || was.length === 0 || !now)
        return;
    const segs = ['spec', 'loadBalancerSourceRanges'];
    const hint = `Keep the source ranges, or ${acceptHint('firewall-widened')}`;
    if (now.length === 0) {
        out.push({
            kind: 'firewall-widened',
            obj: after,
            segs,
            message: `${after.id}: loadBalancerSourceRanges removed: the LoadBalancer now accepts every address`,
            hint,
            before: was,
            after: [],
        });
        return;
    }
    const old = was.map((c) => (0,cidr/* tryParseCidr */.DU)(c)).filter((c) => c !== undefined);
    for (const text of now) {
        const c = (0,cidr/* tryParseCidr */.DU)(text);
        if (!c || old.some((o) => (0,cidr/* contains */.gR)(o, c)))
            continue;
        const why = (0,cidr/* isEverywhere */.T4)(c) ? `${text} (every address)` : text;
        out.push({
            kind: 'firewall-widened',
            obj: after,
            segs,
            message: `${after.id}: the LoadBalancer now accepts ${why}, outside its old loadBalancerSourceRanges`,
            hint,
            before: was,
            after: now,
        });
        return;
    }
}
const firewallWidened = {
    kind: 'firewall-widened',
    summary: 'an ingress or egress source gets broader (a new 0.0.0.0/0 or ::/0, a wider CIDR, a rule without from/to, an empty namespaceSelector), a LoadBalancer’s loadBalancerSourceRanges are removed or widened, or a NetworkPolicy is deleted while pods it selected stay',
    pair({ before, after }, view) {
        const out = [];
        if (before && !after) {
            if (before.kind !== 'NetworkPolicy')
                return out;
            const kept = new Set(view.after.map((o) => o.key));
            if (selectedAllDeleted(before, view.before, kept))
                return out;
            out.push({
                kind: 'firewall-widened',
                obj: before,
                segs: [],
                message: `NetworkPolicy ${before.id} is deleted: the pods it selected accept traffic it used to refuse`,
                hint: `Restore it in ${before.file}, or ${acceptHint('firewall-widened')}`,
                before: before.id,
            });
            return out;
        }
        if (!after)
            return out;
        rules(before, after, out);
        loadBalancer(before, after, out);
        return out;
    },
};

;// CONCATENATED MODULE: ./src/descriptors/kinds/healthcheck-removed.ts



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
        hint: `Keep the health check, or ${acceptHint('healthcheck-removed')}`,
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
    if (!(0,diff/* isObj */.sA)(a) || !(0,diff/* isObj */.sA)(b))
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
/** A probe that always passes (`exec: {command: [true]}`, `sh -c 'exit 0'`) checks nothing. */
function isNeutered(probe) {
    if (!(0,diff/* isObj */.sA)(probe.exec) || !Array.isArray(probe.exec.command))
        return false;
    const words = probe.exec.command.map((w) => String(w).trim());
    const last = words[words.length - 1] ?? '';
    const shell = words.length === 3 && /(^|\/)(ba|da|z)?sh$/.test(words[0] ?? '') && words[1] === '-c';
    const always = (s) => /^(\/(usr\/)?bin\/)?true$|^exit 0$|^:$/.test(s.trim());
    return (words.length === 1 && always(last)) || (shell && always(last));
}
function probes(before, after, out) {
    if (!before)
        return;
    const old = (0,workload/* containersOf */.Mz)(before, ['containers']);
    for (const [key, ref] of (0,workload/* containersOf */.Mz)(after, ['containers'])) {
        const prev = old.get(key);
        if (!prev)
            continue;
        const name = ref.container.name;
        for (const probe of PROBES) {
            const a = prev.container[probe];
            const b = ref.container[probe];
            if (!(0,diff/* isObj */.sA)(a))
                continue;
            if (!(0,diff/* isObj */.sA)(b)) {
                health(after, [...ref.segs, probe], `container ${name} loses its ${probe}`, a, b, out);
                continue;
            }
            if (isNeutered(b) && !isNeutered(a)) {
                health(after, [...ref.segs, probe, 'exec'], `container ${name} ${probe} now always passes`, a, b.exec, out);
                continue;
            }
            for (const field of ['failureThreshold', 'timeoutSeconds']) {
                if (a[field] !== 0 && b[field] === 0) {
                    health(after, [...ref.segs, probe, field], `container ${name} ${probe} ${field} drops to 0`, a[field], 0, out);
                }
            }
        }
    }
}
const healthcheckRemoved = {
    kind: 'healthcheck-removed',
    summary: 'a descriptor health check or endpoint is removed or its retries/timeout drop to 0; a container loses a probe, a probe is neutered to always pass (`exec: [true]`), or its failureThreshold/timeoutSeconds drop to 0',
    pair({ before, after }) {
        if (!after)
            return [];
        const out = [];
        if (after.descriptor)
            descriptorHealth(before, after, out);
        else
            probes(before, after, out);
        return out;
    },
};

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/descriptors/demand.ts
var demand = __webpack_require__(5123);
// EXTERNAL MODULE: ./src/descriptors/quantity.ts
var quantity = __webpack_require__(4957);
;// CONCATENATED MODULE: ./src/descriptors/kinds/limits-exceeded.ts




function configQuantity(value, key) {
    if (value === undefined)
        return undefined;
    try {
        return (0,quantity/* parseQuantity */.Lf)(value);
    }
    catch (e) {
        throw new errors/* UsageError */.e(`rules.destructive.${key}: ${e.message}`, 'Write it as Kubernetes does: 16, 500m, 64Gi.');
    }
}
function totals(demands, r) {
    const terms = [];
    for (const d of demands) {
        const q = d.perReplica[r];
        if (q)
            terms.push([q, d.replicas]);
    }
    return (0,quantity/* sumQuantities */.r7)(terms);
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
            const d = (0,demand/* demandOf */.tp)(o);
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
            if ((0,quantity/* compareQuantity */.Z8)(now, limit) > 0 && (0,quantity/* compareQuantity */.Z8)(now, was) > 0) {
                // Blame the service whose demand grew the most.
                let blame;
                let most;
                for (const d of afterList) {
                    const own = (0,quantity/* multiplyQuantity */.Oi)(d.perReplica[r] ?? quantity/* ZERO_QUANTITY */.bN, d.replicas);
                    const prev = before.get(d.obj.key);
                    const had = prev ? (0,quantity/* multiplyQuantity */.Oi)(prev.perReplica[r] ?? quantity/* ZERO_QUANTITY */.bN, prev.replicas) : quantity/* ZERO_QUANTITY */.bN;
                    const grew = (0,quantity/* addQuantity */.ZC)(own, (0,quantity/* multiplyQuantity */.Oi)(had, -1));
                    if (!most || (0,quantity/* compareQuantity */.Z8)(grew, most) > 0) {
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
                        message: `total ${r} requested goes to ${(0,quantity/* formatQuantity */.VZ)(now)} (was ${(0,quantity/* formatQuantity */.VZ)(was)}), above the capacity of ${(0,quantity/* formatQuantity */.VZ)(limit)}: the sum over ${afterList.length} services of ${r} × replicas${notes}; ${blame.obj.id} grew the most`,
                        hint: `Lower requests or replicas, raise rules.destructive.capacity.${r}, or ${acceptHint('limits-exceeded')}`,
                        before: (0,quantity/* formatQuantity */.VZ)(was),
                        after: (0,quantity/* formatQuantity */.VZ)(now),
                    });
                }
            }
        }
        const perMax = configQuantity(max?.[r], `max-per-service.${r}`);
        if (perMax) {
            for (const d of afterList) {
                const prevDemand = before.get(d.obj.key);
                // The same stored demand on both sides (an unchanged file): nothing of it can go up.
                if (prevDemand && sameDemand(prevDemand, d))
                    continue;
                // Requests first (what the scheduler reserves), then limits (what one replica may take).
                for (const [what, q, prev] of [
                    ['request', d.perReplica[r], prevDemand?.perReplica[r]],
                    ['limit', d.limits[r], prevDemand?.limits[r]],
                ]) {
                    if (!q || (0,quantity/* compareQuantity */.Z8)(q, perMax) <= 0)
                        continue;
                    if (prev && (0,quantity/* compareQuantity */.Z8)(q, prev) <= 0)
                        continue;
                    out.push({
                        kind: 'limits-exceeded',
                        obj: d.obj,
                        segs: d.segs,
                        message: `${d.obj.id} ${what === 'request' ? 'asks for' : 'may use (its limits)'} ${(0,quantity/* formatQuantity */.VZ)(q)} ${r} per replica, above max-per-service ${(0,quantity/* formatQuantity */.VZ)(perMax)}`,
                        hint: `Lower the ${r} ${what}, raise rules.destructive.max-per-service.${r}, or ${acceptHint('limits-exceeded')}`,
                        before: prev ? (0,quantity/* formatQuantity */.VZ)(prev) : undefined,
                        after: (0,quantity/* formatQuantity */.VZ)(q),
                    });
                    break;
                }
            }
        }
    }
    return out;
}
/** Both demands read from one stored (or parsed) body: equal without comparing a quantity. */
function sameDemand(a, b) {
    return a.perReplica === b.perReplica && a.limits === b.limits && a.replicas === b.replicas;
}
const limitsExceeded = {
    kind: 'limits-exceeded',
    summary: 'the sum over services of cpu or memory × replicas goes above `capacity`, or one replica’s requests or limits go above `max-per-service`',
    plan: (view) => limitsFindings(view.before, view.after, view.config),
};

// EXTERNAL MODULE: ./src/descriptors/load.ts
var load = __webpack_require__(748);
;// CONCATENATED MODULE: ./src/descriptors/kinds/port-opened.ts




function descriptorExposures(obj) {
    if (!obj)
        return [];
    const out = [];
    const b = obj.body;
    const add = (v, segs) => {
        const port = (0,workload/* portNumber */.JX)(v) ?? (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined);
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
/** hostPorts and hostNetwork ports always; container ports too when the policy lists allowed ports. */
function workloadExposures(obj, internal) {
    const out = [];
    if (!obj)
        return out;
    const pod = (0,diff/* podSpecSegs */.rP)(obj.kind);
    const spec = pod ? (0,load/* getIn */.O6)(obj.body, pod) : undefined;
    const hostNetwork = (0,diff/* isObj */.sA)(spec) && spec.hostNetwork === true;
    for (const ref of (0,workload/* containersOf */.Mz)(obj).values()) {
        const ports = ref.container.ports;
        if (!Array.isArray(ports))
            continue;
        for (const p of ports) {
            if (!(0,diff/* isObj */.sA)(p))
                continue;
            const proto = typeof p.protocol === 'string' ? p.protocol : 'TCP';
            const segs = [...ref.segs, 'ports', (0,diff/* containerPortSeg */.u2)(p)];
            const host = (0,workload/* portNumber */.JX)(p.hostPort);
            const cp = (0,workload/* portNumber */.JX)(p.containerPort);
            if (host !== undefined) {
                out.push({
                    key: `host ${host}/${proto}`,
                    port: host,
                    what: `hostPort ${host}/${proto}`,
                    segs: [...segs, 'hostPort'],
                });
            }
            else if (hostNetwork) {
                out.push({
                    key: `host ${cp}/${proto}`,
                    port: cp,
                    what: `port ${cp}/${proto} on the node's network (hostNetwork)`,
                    segs: [...segs, 'containerPort'],
                });
            }
            else if (internal && cp !== undefined) {
                out.push({
                    key: `container ${cp}/${proto}`,
                    port: cp,
                    what: `container port ${cp}/${proto}`,
                    segs: [...segs, 'containerPort'],
                });
            }
        }
    }
    return out;
}
function serviceExposures(obj, internal) {
    const out = [];
    if (obj?.kind !== 'Service' || !(0,diff/* isObj */.sA)(obj.body.spec))
        return out;
    const spec = obj.body.spec;
    const type = typeof spec.type === 'string' ? spec.type : 'ClusterIP';
    const external = Array.isArray(spec.externalIPs) && spec.externalIPs.length > 0;
    if (!Array.isArray(spec.ports))
        return out;
    for (const p of spec.ports) {
        if (!(0,diff/* isObj */.sA)(p))
            continue;
        const proto = typeof p.protocol === 'string' ? p.protocol : 'TCP';
        const port = (0,workload/* portNumber */.JX)(p.port);
        const segs = ['spec', 'ports', (0,diff/* servicePortSeg */.gv)(p)];
        const np = (0,workload/* portNumber */.JX)(p.nodePort);
        if ((type === 'NodePort' || type === 'LoadBalancer') && np !== undefined) {
            out.push({ key: `node ${np}/${proto}`, port: np, what: `NodePort ${np}/${proto}`, segs: [...segs, 'nodePort'] });
        }
        else if (type === 'NodePort') {
            // The cluster picks the number, so no one can list it: the Service port stands for it.
            out.push({
                key: `node auto:${port}/${proto}`,
                port,
                what: `a NodePort (assigned by the cluster) for port ${port}/${proto}`,
                segs: [...segs, 'port'],
            });
        }
        // A LoadBalancer's cluster-assigned NodePort is how the balancer reaches the nodes, not a port
        // anyone chose: the LoadBalancer port below is what is exposed.
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
        if (internal && type !== 'LoadBalancer' && type !== 'ExternalName') {
            out.push({ key: `svc ${port}/${proto}`, port, what: `Service port ${port}/${proto}`, segs: [...segs, 'port'] });
        }
    }
    return out;
}
function exposures(obj, config) {
    if (!obj)
        return [];
    if (obj.descriptor)
        return descriptorExposures(obj);
    const internal = config['internal-ports'] === true && config['allowed-ports'].length > 0;
    if (obj.kind === 'Service')
        return serviceExposures(obj, internal);
    if ((0,diff/* podSpecSegs */.rP)(obj.kind))
        return workloadExposures(obj, internal);
    return [];
}
const portOpened = {
    kind: 'port-opened',
    summary: 'a descriptor port, hostPort, hostNetwork port, NodePort, LoadBalancer or externalIPs port (and, with `internal-ports`, a container or Service port) is newly exposed outside `allowed-ports`',
    pair({ before, after }, { config }) {
        if (!after)
            return [];
        const out = [];
        const old = new Set(exposures(before, config).map((e) => e.key));
        const allowed = new Set(config['allowed-ports']);
        const reported = new Set();
        for (const e of exposures(after, config)) {
            if (old.has(e.key) || reported.has(e.key))
                continue;
            reported.add(e.key);
            if (e.port !== undefined && allowed.has(e.port))
                continue;
            out.push({
                kind: 'port-opened',
                obj: after,
                segs: e.segs,
                message: `${after.id} newly exposes ${e.what}, which is not in allowed-ports (${[...allowed].join(', ') || 'none'})`,
                hint: `Use an allowed port, add it to rules.destructive.allowed-ports in the policy, or ${acceptHint('port-opened')}`,
                after: e.port ?? e.what,
            });
        }
        return out;
    },
};

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/descriptors/image.ts

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
/**
 * A tag read as a version: full semver, or the one- and two-part versions registries use
 * (`7`, `1.25`, `v0.2`, `1.25-alpine`), with the missing parts as zero. `redis:7` is read as 7.0.0:
 * it floats to the newest 7.x, but written after `7.2` it is a step back all the same.
 */
function tagVersion(tag) {
    const exact = semver_default().valid(tag);
    if (exact)
        return exact;
    const m = /^v?(\d{1,9})(?:\.(\d{1,9}))?(?:\.(\d{1,9}))?(-[0-9A-Za-z][0-9A-Za-z.-]*)?$/.exec(tag);
    if (!m)
        return undefined;
    return semver_default().valid(`${Number(m[1])}.${Number(m[2] ?? 0)}.${Number(m[3] ?? 0)}${m[4] ?? ''}`) ?? undefined;
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

;// CONCATENATED MODULE: ./src/descriptors/kinds/version-downgrade.ts




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
        hint: `Deploy a version above ${a}, or ${acceptHint('version-downgrade')}`,
        before: a,
        after: b,
    });
}
function version_downgrade_images(before, after, out) {
    if (!before)
        return;
    const old = (0,workload/* containersOf */.Mz)(before);
    for (const [key, ref] of (0,workload/* containersOf */.Mz)(after)) {
        const a = old.get(key)?.container.image;
        const b = ref.container.image;
        if (typeof a !== 'string' || typeof b !== 'string' || a === b)
            continue;
        const ia = parseImage(a);
        const ib = parseImage(b);
        if (ia.repository !== ib.repository || ia.digest || ib.digest || !ia.tag || !ib.tag)
            continue;
        const va = tagVersion(ia.tag);
        const vb = tagVersion(ib.tag);
        if (!va || !vb || !isDowngrade(va, vb))
            continue;
        out.push({
            kind: 'version-downgrade',
            obj: after,
            segs: [...ref.segs, 'image'],
            message: `${after.id} container ${ref.container.name}: image ${ia.repository} goes down from ${ia.tag} to ${ib.tag}`,
            hint: `Deploy a tag above ${ia.tag}, or ${acceptHint('version-downgrade')}`,
            before: a,
            after: b,
        });
    }
}
const versionDowngrade = {
    kind: 'version-downgrade',
    summary: 'a descriptor `version`, or an image tag within the same repository, goes down (tags read as versions with missing parts as zero: `1.25` → `1.24`, `7.2` → `7`)',
    pair({ before, after }) {
        if (!after)
            return [];
        const out = [];
        if (after.descriptor)
            descriptorVersion(before, after, out);
        else
            version_downgrade_images(before, after, out);
        return out;
    },
};

;// CONCATENATED MODULE: ./src/descriptors/kinds/index.ts







/**
 * The destructive kinds, one module each, named as the kind: "where is port-opened decided" is
 * `kinds/port-opened.ts`. The order is the order findings of one object are listed in.
 */
const KIND_CHECKS = {
    'service-removed': serviceRemoved,
    'version-downgrade': versionDowngrade,
    'port-opened': portOpened,
    'firewall-widened': firewallWidened,
    'firewall-narrowed': firewallNarrowed,
    'limits-exceeded': limitsExceeded,
    'healthcheck-removed': healthcheckRemoved,
};

// EXTERNAL MODULE: ./src/descriptors/targets.ts
var descriptors_targets = __webpack_require__(324);
;// CONCATENATED MODULE: ./src/descriptors/plan.ts








/**
 * The plan of what `readDescriptorInput` read (see read.ts), then the parsed files kept in the
 * disk cache for the next run: the one way every door (check, plan, rollback, notices) plans.
 */
function planRead(input, config, accepted) {
    const plan = buildPlan({
        before: input.before,
        after: input.after,
        blobs: input.blobs,
        touched: input.touched,
        notes: input.notes,
        prefetch: input.prefetch,
        config,
        accepted,
    });
    input.persist?.();
    return plan;
}
const KINDS = new Set(types/* DESTRUCTIVE_KINDS */.x);
/** Kinds kustomize's `namespace:` does not touch: they live outside namespaces. */
const CLUSTER_SCOPED = new Set([
    'Namespace',
    'CustomResourceDefinition',
    'ClusterRole',
    'ClusterRoleBinding',
    'PersistentVolume',
    'StorageClass',
    'PriorityClass',
    'IngressClass',
    'ValidatingWebhookConfiguration',
    'MutatingWebhookConfiguration',
    'APIService',
    'RuntimeClass',
    'CSIDriver',
    'ClusterIssuer',
    identity/* DESCRIPTOR_KIND */.hF,
]);
function parseSide(files, blobs) {
    const targets = (0,descriptors_targets/* assignTargets */.IM)(files.keys(), files);
    const parsed = new Map();
    const problems = [...targets.problems];
    const unreadable = new Set();
    for (const path of [...targets.placements.keys()].sort()) {
        // The text is fetched only for a file not parsed yet (see `BlobTexts`).
        const file = (0,cache/* parsedFile */.UI)(path, () => files.get(path), blobs?.get(path));
        parsed.set(path, file);
        problems.push(...file.problems);
        if (file.unreadable)
            unreadable.add(path);
    }
    return { targets, parsed, problems, unreadable };
}
/**
 * Each object's identity apart from its target (group, kind, namespace, name), by parsed file: an
 * unchanged file is one ParsedFile on both sides, and its identities are made once.
 */
const identitiesByFile = new WeakMap();
function identities(file) {
    let ids = identitiesByFile.get(file);
    if (!ids) {
        ids = file.objects.map((o) => (0,identity/* objectKey */.T5)('', o.group, o.kind, o.namespace, o.name));
        identitiesByFile.set(file, ids);
    }
    return ids;
}
/** Plain folders where two files define the same object: alternatives, one target per file. */
function splitFolders(sides) {
    const split = new Set();
    for (const side of sides) {
        // Target → identity → the first file that defines it.
        const owners = new Map();
        for (const [path, file] of side.parsed) {
            for (const p of side.targets.placements.get(path) ?? []) {
                if (!p.plain || split.has(p.target))
                    continue;
                let owner = owners.get(p.target);
                if (!owner) {
                    owner = new Map();
                    owners.set(p.target, owner);
                }
                for (const id of identities(file)) {
                    const first = owner.get(id);
                    if (first === undefined)
                        owner.set(id, path);
                    else if (first !== path) {
                        split.add(p.target);
                        break;
                    }
                }
            }
        }
    }
    return split;
}
/** The namespace an object is applied into: its target's (kustomize's `namespace:`), else its own. */
function appliedNamespace(raw, namespace) {
    return namespace !== undefined && !CLUSTER_SCOPED.has(raw.kind) ? namespace : raw.namespace;
}
/**
 * Placed objects by parsed file, then by target and namespace. A file unchanged between the
 * revisions is one ParsedFile on both sides (cache.ts), so its objects are placed once and the
 * same placed objects stand on both sides: placing 2,000 unchanged services twice was a tenth of
 * a warm plan, with its garbage. Nothing changes a placed object after this.
 */
const placedByFile = new WeakMap();
function placedObjects(file, target, namespace) {
    let byPlace = placedByFile.get(file);
    if (!byPlace) {
        byPlace = new Map();
        placedByFile.set(file, byPlace);
    }
    const key = namespace === undefined ? `${target}\0` : `${target}\0=${namespace}`;
    let placed = byPlace.get(key);
    if (!placed) {
        placed = file.objects.map((raw) => (0,load/* placeObject */.lX)(raw, target, appliedNamespace(raw, namespace)));
        byPlace.set(key, placed);
    }
    return placed;
}
function placeSide(side, split) {
    const objects = new Map();
    const duplicates = [];
    const add = (obj) => {
        const kept = objects.get(obj.key);
        if (kept)
            duplicates.push({ kept, dropped: obj });
        else
            objects.set(obj.key, obj);
    };
    // A folder a Flux Kustomization applies with post-build variables deploys once per such
    // Kustomization, with its variables put in (see flux-substitute.ts).
    const flux = fluxSubstitutions(side.parsed, side.targets.roots.keys());
    // Files in path order, documents in file order: the first definition wins, whatever the commit,
    // so the plan never flips between two copies of one object.
    for (const path of [...side.parsed.keys()].sort()) {
        const file = side.parsed.get(path);
        for (const p of side.targets.placements.get(path) ?? []) {
            const target = p.plain && split.has(p.target) ? path : p.target;
            const subs = substitutionsFor(flux, p.target);
            if (subs.length === 0) {
                for (const obj of placedObjects(file, target, p.namespace))
                    add(obj);
                continue;
            }
            for (const raw of file.objects) {
                for (const sub of subs) {
                    const obj = substituteObject(raw, sub);
                    add((0,load/* placeObject */.lX)(obj, `${target} (Flux ${sub.via})`, appliedNamespace(obj, p.namespace)));
                }
            }
        }
    }
    return { ...side, objects, duplicates };
}
/**
 * Pairs the objects of both sides: by key first; then an object whose namespace became explicit
 * (`''` → the one it was applied into) in the same target; then an object that moved to another
 * target, when exactly one copy left and one arrived. Each step only where it is unambiguous.
 */
function pairObjects(before, after) {
    const entries = [];
    const lostBefore = [];
    const newAfter = [];
    for (const [key, a] of after.objects) {
        const b = before.objects.get(key);
        // The same placed object on both sides (an unchanged file, see `placedObjects`): no change.
        if (b === a)
            continue;
        if (b)
            entries.push(diffEntry(b, a));
        else if (!before.unreadable.has(a.file))
            newAfter.push(a);
    }
    for (const [key, b] of before.objects) {
        if (!after.objects.has(key) && !after.unreadable.has(b.file))
            lostBefore.push(b);
    }
    const matchUnique = (key, fits) => {
        const byKey = (list) => {
            const m = new Map();
            for (const o of list) {
                const k = key(o);
                m.set(k, [...(m.get(k) ?? []), o]);
            }
            return m;
        };
        const lost = byKey(lostBefore);
        const found = byKey(newAfter);
        for (const [k, bs] of lost) {
            const as = found.get(k);
            if (bs.length !== 1 || as?.length !== 1)
                continue;
            const [b] = bs;
            const [a] = as;
            if (!fits(b, a))
                continue;
            entries.push(diffEntry(b, a));
            lostBefore.splice(lostBefore.indexOf(b), 1);
            newAfter.splice(newAfter.indexOf(a), 1);
        }
    };
    const sameName = (o) => `${o.target}\0${o.group}\0${o.kind}\0${o.name}`;
    matchUnique(sameName, (b, a) => b.namespace === '' || a.namespace === '');
    // A folder that became a kustomize base deploys its files through every overlay that lists it:
    // each new copy from the same file is the object it was, not a creation.
    const identity = (o) => `${o.group}\0${o.kind}\0${o.namespace}\0${o.name}`;
    const lostBySource = new Map();
    for (const b of lostBefore) {
        const k = `${identity(b)}\0${b.file}`;
        lostBySource.set(k, [...(lostBySource.get(k) ?? []), b]);
    }
    const paired = new Set();
    for (const a of [...newAfter]) {
        const bs = lostBySource.get(`${identity(a)}\0${a.file}`);
        if (bs?.length !== 1)
            continue;
        const b = bs[0];
        entries.push(diffEntry(b, a));
        paired.add(b);
        newAfter.splice(newAfter.indexOf(a), 1);
    }
    for (const b of paired)
        lostBefore.splice(lostBefore.indexOf(b), 1);
    matchUnique(identity, () => true);
    for (const a of newAfter)
        entries.push({ after: a, changes: [] });
    for (const b of lostBefore)
        entries.push({ before: b, changes: [] });
    return entries.filter((e) => !e.before || !e.after || e.changes.length > 0);
}
function diffEntry(b, a) {
    // Cached objects compare by their bodies' hashes, so an unchanged file's bodies are never read.
    if (a.stored && b.stored ? a.stored.hash === b.stored.hash : a.body === b.body) {
        return { before: b, after: a, changes: [] };
    }
    return { before: b, after: a, changes: (0,diff/* diffObjects */.wc)(a.kind, a.descriptor, b.body, a.body) };
}
function buildPlan(input) {
    const { config } = input;
    const rawBefore = parseSide(input.before, input.blobs?.before);
    const rawAfter = parseSide(input.after, input.blobs?.after);
    const split = splitFolders([rawBefore, rawAfter]);
    const before = placeSide(rawBefore, split);
    const after = placeSide(rawAfter, split);
    const touched = (file) => !input.touched || input.touched.has(file);
    const findings = [...(input.notes ?? [])];
    const named = new Set();
    const problem = (p, severity, note) => {
        const id = `${p.file}\0${p.message}`;
        if (named.has(id))
            return;
        named.add(id);
        findings.push(problemFinding(p, severity, note));
    };
    // At `to`, a problem in a file the push changes fails closed; one in a file it does not change
    // was there before the push, so it warns (once) and blocks nothing.
    for (const p of after.problems) {
        if (touched(p.file))
            problem(p, 'error', 'at the requested revision; the gate fails closed');
        else
            problem(p, 'warning', 'in a file this push does not change');
    }
    input.prefetch?.(after.duplicates.flatMap((d) => [d.kept, d.dropped].map((o) => ({ file: o.file, after: true }))));
    for (const d of after.duplicates) {
        const p = duplicateProblem(d.kept, d.dropped);
        if (touched(d.kept.file) || touched(d.dropped.file))
            problem(p, 'error', 'at the requested revision');
        else
            problem(p, 'warning', 'in files this push does not change');
    }
    // At `from` the deployed state is what it is; only a problem the push leaves in place is news.
    const atTo = new Set(after.problems.map((p) => `${p.file}\0${p.message}`));
    for (const p of before.problems) {
        if (touched(p.file) && !atTo.has(`${p.file}\0${p.message}`) && input.after.has(p.file)) {
            problem(p, 'warning', 'at the deployed revision');
        }
    }
    const entries = pairObjects(before, after);
    const where = (e) => (e.after ?? e.before);
    entries.sort((x, y) => {
        const a = where(x);
        const b = where(y);
        return (cmp(a.file, b.file) ||
            a.index - b.index ||
            (a.item ?? 0) - (b.item ?? 0) ||
            cmp(a.target, b.target) ||
            cmp(a.id, b.id));
    });
    const view = {
        pairs: entries,
        before: [...before.objects.values()],
        after: [...after.objects.values()],
        config,
    };
    const checks = Object.values(KIND_CHECKS);
    const raw = [];
    for (const e of entries)
        for (const c of checks)
            if (c.pair)
                raw.push(...c.pair(e, view));
    for (const c of checks)
        if (c.plan)
            raw.push(...c.plan(view));
    input.prefetch?.(raw.map((r) => ({ file: r.obj.file, after: after.objects.get(r.obj.key) === r.obj })));
    const made = [];
    for (const r of raw) {
        const f = destructiveFinding(r, config, input.accepted);
        if (f)
            made.push(f);
    }
    nameTargets(made);
    findings.push(...made);
    const destructive = made.length;
    const objects = entries.map((e) => {
        const o = where(e);
        return {
            id: o.id,
            kind: o.kind,
            file: o.file,
            target: o.target,
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
    const ignored = [];
    for (const [file, reason] of after.targets.ignored)
        ignored.push({ file, reason });
    for (const [file, parsed] of after.parsed)
        for (const reason of parsed.ignored)
            ignored.push({ file, reason });
    for (const path of input.after.keys()) {
        if (!after.targets.placements.has(path) && !after.targets.ignored.has(path)) {
            ignored.push({ file: path, reason: 'not part of any target' });
        }
    }
    ignored.sort((a, b) => cmp(a.file, b.file));
    const targets = new Set();
    for (const o of after.objects.values())
        targets.add(o.target);
    return {
        objects,
        findings,
        summary: {
            add: objects.filter((o) => o.action === 'create').length,
            change: objects.filter((o) => o.action === 'update').length,
            destroy: objects.filter((o) => o.action === 'delete').length,
            destructive,
        },
        ignored,
        targets: [...targets].sort(),
    };
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function duplicateProblem(kept, dropped) {
    return {
        kind: 'invalid',
        file: dropped.file,
        line: (0,load/* lineOf */.cA)(dropped, []),
        object: dropped.id,
        message: `${dropped.id} is defined twice in target ${dropped.target}: in ${kept.file} line ${(0,load/* lineOf */.cA)(kept, [])} and again here; the plan compares the first (by file path)`,
        hint: 'Each object (group, kind, namespace, name) may appear once in what one target deploys; remove or rename one of them.',
    };
}
function problemFinding(p, severity, note) {
    const f = {
        rule: 'destructive',
        kind: p.kind,
        severity,
        message: `${p.message} (${note})`,
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
        line: (0,load/* lineOf */.cA)(r.obj, r.segs),
        object: r.obj.id,
        path: (0,diff/* formatPath */.jV)(r.segs),
        before: r.before,
        after: r.after,
    };
    if (r.obj.descriptor)
        f.service = r.obj.name;
    if (r.obj.target)
        f.target = r.obj.target;
    if (by)
        f.acceptedBy = by;
    return f;
}
/**
 * One object deployed by several targets (a base shared by a staging and a production overlay)
 * gives one finding per target, each true; alike word for word, they would read as a duplicate.
 * Where that happens, each message names its target.
 */
function nameTargets(findings) {
    const groups = new Map();
    for (const f of findings) {
        const key = `${f.kind}\0${f.object}\0${f.message}`;
        const group = groups.get(key);
        if (group)
            group.push(f);
        else
            groups.set(key, [f]);
    }
    for (const group of groups.values()) {
        if (new Set(group.map((f) => f.target)).size < 2)
            continue;
        for (const f of group)
            if (f.target)
                f.message = `${f.message} (in ${f.target})`;
    }
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