"use strict";
exports.id = 477;
exports.ids = [477];
exports.modules = {

/***/ 1477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildPlan: () => (/* binding */ buildPlan)
});

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
        source.docs = docs;
    }
    catch (e) {
        return unreadable(`not readable as YAML: ${firstLine(e.message)}`, errorLine(e));
    }
    try {
        readDocuments(result, source, docs);
    }
    finally {
        source.docs = undefined;
    }
    return result;
}
function readDocuments(result, source, docs) {
    const path = source.path;
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
                addObject(result, source, node ?? doc.contents, item, i, line, j);
            });
            continue;
        }
        addObject(result, source, doc.contents, value, i, line);
    }
    return result;
}
function addObject(result, source, node, value, index, docLine, item) {
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
    const base = { file: path, index, body: value, source, ...(item === undefined ? {} : { item }) };
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
    const found = locate(obj);
    if (!found)
        return 1;
    const { doc } = found;
    let node = found.node;
    let offset = found.node.range?.[0] ?? 0;
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
                : node.items.find((it) => (0,dist/* isNode */.Ll)(it) && seg.match(it.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT })));
            if (!(0,dist/* isNode */.Ll)(item))
                break;
            if (item.range)
                offset = item.range[0];
            node = item;
        }
    }
    return lineAt(obj.source, offset);
}
/** The object's node in its file's YAML, re-parsing the file when its AST was let go. */
function locate(obj) {
    const source = obj.source;
    if (!source.docs) {
        const parsed = (0,dist/* parseAllDocuments */.hR)(source.text);
        source.docs = Array.isArray(parsed) ? parsed : [];
    }
    const doc = source.docs[obj.index];
    const contents = doc?.contents;
    if (!doc || !contents)
        return undefined;
    if (obj.item === undefined)
        return { doc, node: contents };
    const items = (0,dist/* isMap */.jh)(contents) ? contents.get('items', true) : undefined;
    const node = (0,dist/* isSeq */.oP)(items) ? items.items[obj.item] : undefined;
    return { doc, node: (0,dist/* isNode */.Ll)(node) ? node : contents };
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


/***/ })

};
;