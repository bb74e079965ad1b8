"use strict";
exports.id = 748;
exports.ids = [748];
exports.modules = {

/***/ 3978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ tryParseCidr),
/* harmony export */   Et: () => (/* binding */ sameRange),
/* harmony export */   T4: () => (/* binding */ isEverywhere),
/* harmony export */   gR: () => (/* binding */ contains)
/* harmony export */ });
/* unused harmony exports CidrError, parseCidr */
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


/***/ }),

/***/ 3215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   Fg: () => (/* binding */ containerSeg),
/* harmony export */   MI: () => (/* binding */ CONTAINER_LISTS),
/* harmony export */   gv: () => (/* binding */ servicePortSeg),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   rP: () => (/* binding */ podSpecSegs),
/* harmony export */   sA: () => (/* binding */ isObj),
/* harmony export */   u2: () => (/* binding */ containerPortSeg),
/* harmony export */   wc: () => (/* binding */ diffObjects)
/* harmony export */ });
/* unused harmony export keyedSeg */
/* harmony import */ var _quantity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4957);

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
        const qa = (0,_quantity_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseQuantity */ .KS)(a);
        const qb = (0,_quantity_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseQuantity */ .KS)(b);
        if (qa && qb && (0,_quantity_js__WEBPACK_IMPORTED_MODULE_0__/* .quantityEquals */ .zR)(qa, qb))
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


/***/ }),

/***/ 2592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ readFast),
/* harmony export */   pQ: () => (/* binding */ NOT_FAST),
/* harmony export */   zZ: () => (/* binding */ locateFast)
/* harmony export */ });
/* harmony import */ var _yaml_scalars_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11);

/** What `readFast` returns when the chunk is outside its subset. */
const NOT_FAST = Symbol('not fast');
/** Thrown inside the reader to give up; caught once at the top. */
const GIVE_UP = { giveUp: true };
const SPACE = 32;
const NL = 10;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const SQUOTE = 39;
const DQUOTE = 34;
/** Characters no plain scalar may start with here (YAML's indicators; `-` is checked apart). */
const INDICATOR = new Uint8Array(128);
for (const c of '?:,[]{}#&*!|>\'"%@`')
    INDICATOR[c.charCodeAt(0)] = 1;
/** Characters that end a plain scalar inside a flow collection. */
const FLOW_STOP = new Uint8Array(128);
for (const c of ',[]{}')
    FLOW_STOP[c.charCodeAt(0)] = 1;
/** Double-quoted escapes read here; any other gives up. */
const ESCAPES = {
    48: '\x00', // 0
    97: '\x07', // a
    98: '\x08', // b
    116: '\t', // t
    110: '\n', // n
    118: '\x0B', // v
    102: '\x0C', // f
    114: '\r', // r
    101: '\x1B', // e
    32: ' ',
    34: '"',
    47: '/',
    92: '\\',
    78: '\x85', // N
    95: '\xA0', // _
    76: '\u2028', // L
    80: '\u2029', // P
};
const HEX = /^[0-9a-fA-F]+$/;
/**
 * Collections nested deeper than this give up. js-yaml refuses a document whose nodes nest more
 * than 100 deep (its `maxDepth`, counting the scalar or key at the bottom), and that refusal must
 * stay js-yaml's; it also keeps the reader's recursion far from the stack's end.
 */
const MAX_DEPTH = 90;
/**
 * Fails fast on characters the reader never handles, before any work is done: tabs, carriage
 * returns and YAML 1.1's other line breaks, a byte-order mark, and what js-yaml refuses as
 * non-printable (control characters, unpaired surrogates), whose error must stay js-yaml's.
 */
const UNHANDLED = /[\x00-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
/**
 * A key read here: one js-yaml would keep as the same string (not a number, boolean or null made
 * text), with no colon of its own, and not one js-yaml treats specially (`<<`, `__proto__`).
 */
function plainKey(key) {
    return typeof (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePlainScalar */ .t2)(key) === 'string' && !key.includes(':') && key !== '<<' && key !== '__proto__';
}
/** Whether a `-` followed by `c` starts a plain scalar in a flow collection (`--flag`, `-1`). */
function plainAfterDash(c) {
    return c !== SPACE && c !== NL && !(c < 128 && FLOW_STOP[c]) && !Number.isNaN(c);
}
class Reader {
    t;
    n;
    /** Start of the current line. */
    line = 0;
    /** End of the current line (the index of its `\n`, or the text's length). */
    end = 0;
    /** The key `keyAt` found last. */
    key = '';
    /** How deep the collections being read are nested; past `MAX_DEPTH` js-yaml reads the rest. */
    depth = 0;
    /** When locating: where each block collection's parts start. */
    spots;
    /** Characters the scalar aliases read so far stand for. */
    aliased = 0;
    /** Scalars named with `&name` so far in the document. */
    anchors;
    constructor(text) {
        this.t = text;
        this.n = text.length;
    }
    document() {
        const ind = this.nextContent();
        if (ind < 0)
            return null;
        const value = this.node(ind, -1);
        if (this.nextContent() >= 0)
            throw GIVE_UP;
        return value;
    }
    /** Moves to the next line that holds content; its indentation, or -1 at the end. */
    nextContent() {
        const t = this.t;
        while (this.line < this.n) {
            let end = t.indexOf('\n', this.line);
            if (end < 0)
                end = this.n;
            this.end = end;
            let p = this.line;
            while (p < end && t.charCodeAt(p) === SPACE)
                p++;
            if (p < end && t.charCodeAt(p) !== HASH) {
                if (p === this.line)
                    this.markerCheck();
                return p - this.line;
            }
            this.line = end + 1;
        }
        return -1;
    }
    /** A line at column 0 that is a directive or a document marker is not ours. */
    markerCheck() {
        const t = this.t;
        const c = t.charCodeAt(this.line);
        if (c === 37)
            throw GIVE_UP; // %
        if ((c === DASH || c === 46) && t.charCodeAt(this.line + 1) === c && t.charCodeAt(this.line + 2) === c) {
            throw GIVE_UP;
        }
    }
    /** Moves past the current line. */
    nextLine() {
        this.line = this.end + 1;
    }
    /** Whether the content at `p` is a sequence entry's dash. */
    isDash(p) {
        if (this.t.charCodeAt(p) !== DASH)
            return false;
        const c = p + 1 < this.end ? this.t.charCodeAt(p + 1) : NL;
        return c === SPACE || c === NL;
    }
    /** The block node whose first line is the current one, indented `ind`, under a parent indented `parent`. */
    node(ind, parent) {
        const p = this.line + ind;
        if (this.isDash(p))
            return this.sequence(ind);
        const colon = this.keyAt(p);
        if (colon >= 0)
            return this.mapping(ind, colon);
        const c = this.t.charCodeAt(p);
        if (c === 124 || c === 62 || c === 38 || c === 42)
            throw GIVE_UP; // a header, an anchor or an alias on a line of its own
        if (parent < 0)
            throw GIVE_UP; // a document that is a scalar is no manifest: js-yaml reads it
        return this.inline(p, parent);
    }
    /**
     * When the line at `p` is `key: ...`, the key's colon (the key is left in `this.key`); else -1.
     * Plain keys must read as the same string in js-yaml; quoted keys are read on one line.
     */
    keyAt(p) {
        const t = this.t;
        const end = this.end;
        const c = t.charCodeAt(p);
        if (c === DQUOTE || c === SQUOTE) {
            const close = this.quoteEnd(p);
            if (close < 0)
                return -1;
            let i = close + 1;
            while (i < end && t.charCodeAt(i) === SPACE)
                i++;
            if (t.charCodeAt(i) !== COLON || (i + 1 < end && t.charCodeAt(i + 1) !== SPACE))
                return -1;
            const key = (c === DQUOTE ? this.doubleQuoted(p, -1) : this.singleQuoted(p, -1))[0];
            if (key === '__proto__')
                throw GIVE_UP;
            this.key = key;
            return i;
        }
        if ((c < 128 && INDICATOR[c]) || c === DASH)
            return -1;
        for (let i = p + 1; i < end; i++) {
            const d = t.charCodeAt(i);
            if (d === COLON) {
                if (i + 1 >= end || t.charCodeAt(i + 1) === SPACE) {
                    let k = i;
                    while (t.charCodeAt(k - 1) === SPACE)
                        k--;
                    const key = t.slice(p, k);
                    if (!plainKey(key))
                        throw GIVE_UP;
                    this.key = key;
                    return i;
                }
            }
            else if (d === HASH && t.charCodeAt(i - 1) === SPACE) {
                return -1;
            }
        }
        return -1;
    }
    /** The closing quote of a quoted scalar that starts at `q` and ends on its line, or -1. */
    quoteEnd(q) {
        const t = this.t;
        const quote = t.charCodeAt(q);
        for (let i = q + 1; i < this.end; i++) {
            const c = t.charCodeAt(i);
            if (quote === DQUOTE && c === 92)
                i++;
            else if (c === quote) {
                if (quote === SQUOTE && t.charCodeAt(i + 1) === SQUOTE && i + 1 < this.end)
                    i++;
                else
                    return i;
            }
        }
        return -1;
    }
    /** A block mapping indented `ind`; the current line holds its first key, whose colon is `colon`. */
    mapping(ind, colon) {
        if (++this.depth > MAX_DEPTH)
            throw GIVE_UP;
        const out = this.mappingEntries(ind, colon);
        this.depth--;
        return out;
    }
    mappingEntries(ind, colon) {
        const t = this.t;
        const out = {};
        const at = this.spots ? new Map() : undefined;
        if (at)
            this.spots?.set(out, { start: this.line + ind, at });
        for (;;) {
            const key = this.key;
            at?.set(key, this.line + ind);
            if (Object.hasOwn(out, key))
                throw GIVE_UP; // js-yaml's duplicate-key error must be the one reported
            let v = colon + 1;
            while (v < this.end && t.charCodeAt(v) === SPACE)
                v++;
            if (v >= this.end || t.charCodeAt(v) === HASH) {
                this.nextLine();
                out[key] = this.nested(ind);
            }
            else {
                out[key] = this.inline(v, ind);
            }
            const next = this.nextContent();
            if (next < ind)
                return out;
            if (next > ind)
                throw GIVE_UP; // bad indentation
            const p = this.line + ind;
            if (this.isDash(p))
                throw GIVE_UP;
            colon = this.keyAt(p);
            if (colon < 0)
                throw GIVE_UP;
        }
    }
    /** The value of a key with nothing after it on its line. */
    nested(ind) {
        const next = this.nextContent();
        if (next > ind)
            return this.node(next, ind);
        // kubectl's style: a mapping's sequence value at the key's own indentation.
        if (next === ind && this.isDash(this.line + ind))
            return this.sequence(ind);
        return null;
    }
    sequence(ind) {
        if (++this.depth > MAX_DEPTH)
            throw GIVE_UP;
        const out = this.sequenceEntries(ind);
        this.depth--;
        return out;
    }
    sequenceEntries(ind) {
        const t = this.t;
        const out = [];
        const at = this.spots ? [] : undefined;
        if (at)
            this.spots?.set(out, { start: this.line + ind, at });
        for (;;) {
            let v = this.line + ind + 1;
            while (v < this.end && t.charCodeAt(v) === SPACE)
                v++;
            at?.push(v);
            if (v >= this.end || t.charCodeAt(v) === HASH) {
                // An entry whose value starts on the next line: js-yaml reads some of these unlike the
                // YAML spec (a following entry can join the nested one), and kubectl never writes them.
                throw GIVE_UP;
            }
            else if (this.isDash(v)) {
                throw GIVE_UP; // `- - x`
            }
            else {
                const colon = this.keyAt(v);
                out.push(colon >= 0 ? this.mapping(v - this.line, colon) : this.inline(v, ind));
            }
            const next = this.nextContent();
            if (next < ind)
                return out;
            if (next > ind)
                throw GIVE_UP;
            if (!this.isDash(this.line + ind))
                return out;
        }
    }
    /**
     * A scalar or flow value that starts at `v` on the current line, in a node whose parent is
     * indented `ind`; afterwards the reader is past the value's last line.
     */
    inline(v, ind) {
        const t = this.t;
        const c = t.charCodeAt(v);
        let value;
        let after;
        if (c === DQUOTE) {
            [value, after] = this.doubleQuoted(v, ind);
        }
        else if (c === SQUOTE) {
            [value, after] = this.singleQuoted(v, ind);
        }
        else if (c === 91 || c === 123) {
            [value, after] = this.flow(v);
        }
        else if (c === 124 || c === 62) {
            return this.blockScalar(v, ind);
        }
        else if (c === 38 || c === 42) {
            return this.anchored(v, ind);
        }
        else {
            return this.plain(v, ind);
        }
        this.rest(after);
        this.nextLine();
        return value;
    }
    /**
     * A plain scalar from `v`, continued on more-indented lines (folded: one line break is a space,
     * each blank line a line break), resolved as go-yaml v2 does.
     */
    plain(v, ind) {
        const t = this.t;
        const c = t.charCodeAt(v);
        if ((c < 128 && INDICATOR[c]) || (c === DASH && this.isDash(v)))
            throw GIVE_UP;
        const end = this.end;
        let stop = this.plainLineEnd(v + 1, end);
        const commented = stop < end;
        while (t.charCodeAt(stop - 1) === SPACE)
            stop--;
        let value = t.slice(v, stop);
        this.nextLine();
        if (commented)
            return (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePlainScalar */ .t2)(value);
        for (let next = this.nextFolded(end); next && next.content - next.line > ind; next = this.nextFolded(next.end)) {
            // On a continuation line only a comment or a mapping's colon would end the scalar.
            const d = t.charCodeAt(next.content);
            if (d === HASH || d === COLON)
                throw GIVE_UP;
            stop = this.plainLineEnd(next.content + 1, next.end);
            if (stop < next.end)
                throw GIVE_UP; // a comment after a continuation line
            while (t.charCodeAt(stop - 1) === SPACE)
                stop--;
            value += next.folded + t.slice(next.content, stop);
            this.line = next.end + 1;
            this.end = next.end;
        }
        return (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePlainScalar */ .t2)(value);
    }
    /** Where a plain scalar's text on one line ends: at ` #`, or the line's end; gives up at `: `. */
    plainLineEnd(from, end) {
        const t = this.t;
        for (let i = from; i < end; i++) {
            const d = t.charCodeAt(i);
            if (d === COLON) {
                if (i + 1 >= end || t.charCodeAt(i + 1) === SPACE)
                    throw GIVE_UP;
            }
            else if (d === HASH && t.charCodeAt(i - 1) === SPACE) {
                return i;
            }
        }
        return end;
    }
    /** After a value on its line, only spaces and a comment may follow. */
    rest(p) {
        const t = this.t;
        const start = p;
        while (p < this.end && t.charCodeAt(p) === SPACE)
            p++;
        if (p < this.end && !(t.charCodeAt(p) === HASH && p > start))
            throw GIVE_UP;
    }
    /**
     * The next line with content after the line that ends at `end`: where it starts and ends, where
     * its content starts, and the line breaks before it folded as YAML folds them (one break is a
     * space; each blank line, a line break). Undefined at the end of the text.
     */
    nextFolded(end) {
        const t = this.t;
        let breaks = 1;
        for (let line = end + 1; line < this.n;) {
            let lineEnd = t.indexOf('\n', line);
            if (lineEnd < 0)
                lineEnd = this.n;
            let p = line;
            while (p < lineEnd && t.charCodeAt(p) === SPACE)
                p++;
            if (p < lineEnd)
                return { line, end: lineEnd, content: p, folded: breaks === 1 ? ' ' : '\n'.repeat(breaks - 1) };
            breaks++;
            line = lineEnd + 1;
        }
        return undefined;
    }
    /**
     * Inside a quoted scalar that the current line does not close: the text from `from` to the
     * line's end (trailing spaces dropped) with the folded line breaks after it, and where the
     * next line's content starts. That line must be indented more than `ind`; `ind` < 0 means the
     * scalar had to end on its line.
     */
    foldQuoted(from, ind) {
        if (ind < 0)
            throw GIVE_UP;
        const t = this.t;
        let stop = this.end;
        while (stop > from && t.charCodeAt(stop - 1) === SPACE)
            stop--;
        const next = this.nextFolded(this.end);
        if (!next || next.content - next.line <= ind)
            throw GIVE_UP;
        this.line = next.line;
        this.end = next.end;
        return [t.slice(from, stop) + next.folded, next.content];
    }
    /** A double-quoted scalar at `q`; on one line when `ind` < 0, else continued on lines indented more than `ind`. */
    doubleQuoted(q, ind) {
        const t = this.t;
        let out = '';
        let from = q + 1;
        let i = q + 1;
        for (;;) {
            const end = this.end;
            for (; i < end; i++) {
                const c = t.charCodeAt(i);
                if (c === DQUOTE)
                    return [out + t.slice(from, i), i + 1];
                if (c !== 92)
                    continue;
                out += t.slice(from, i);
                if (i + 1 >= end)
                    throw GIVE_UP; // an escaped line break
                const e = t.charCodeAt(i + 1);
                const simple = ESCAPES[e];
                if (simple !== undefined) {
                    out += simple;
                    i += 1;
                }
                else if (e === 120 || e === 117) {
                    const digits = e === 120 ? 2 : 4;
                    const hex = t.slice(i + 2, i + 2 + digits);
                    if (hex.length !== digits || !HEX.test(hex))
                        throw GIVE_UP;
                    out += String.fromCharCode(Number.parseInt(hex, 16));
                    i += 1 + digits;
                }
                else {
                    throw GIVE_UP;
                }
                from = i + 1;
            }
            const [text, next] = this.foldQuoted(from, ind);
            out += text;
            from = i = next;
        }
    }
    /** A single-quoted scalar at `q`, on one line or continued as `doubleQuoted` is. */
    singleQuoted(q, ind) {
        const t = this.t;
        let out = '';
        let from = q + 1;
        let i = q + 1;
        for (;;) {
            const end = this.end;
            for (; i < end; i++) {
                if (t.charCodeAt(i) !== SQUOTE)
                    continue;
                if (i + 1 < end && t.charCodeAt(i + 1) === SQUOTE) {
                    out += t.slice(from, i + 1);
                    i++;
                    from = i + 1;
                    continue;
                }
                return [out + t.slice(from, i), i + 1];
            }
            const [text, next] = this.foldQuoted(from, ind);
            out += text;
            from = i = next;
        }
    }
    /** Past spaces inside a one-line flow collection; gives up at the line's end. */
    flowSkip(i) {
        const t = this.t;
        while (i < this.end && t.charCodeAt(i) === SPACE)
            i++;
        if (i >= this.end)
            throw GIVE_UP; // continues on the next line
        return i;
    }
    /** A node inside a flow collection: a nested collection, a quoted or a plain scalar. */
    flowNode(i) {
        const t = this.t;
        const c = t.charCodeAt(i);
        if (c === DQUOTE)
            return this.doubleQuoted(i, -1);
        if (c === SQUOTE)
            return this.singleQuoted(i, -1);
        if (c === 91 || c === 123)
            return this.flow(i);
        if ((c < 128 && INDICATOR[c]) || (c === DASH && !plainAfterDash(t.charCodeAt(i + 1))))
            throw GIVE_UP;
        const end = this.end;
        let j = i;
        for (; j < end; j++) {
            const d = t.charCodeAt(j);
            if (d < 128 && FLOW_STOP[d])
                break;
            if (d === HASH)
                throw GIVE_UP;
            if (d === COLON) {
                // `nginx:1.25` is one scalar; `a: b` or `a:,` would make a pair.
                const next = j + 1 < end ? t.charCodeAt(j + 1) : NL;
                if (next === SPACE || next === NL || (next < 128 && FLOW_STOP[next]))
                    throw GIVE_UP;
            }
        }
        let stop = j;
        while (t.charCodeAt(stop - 1) === SPACE)
            stop--;
        return [(0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePlainScalar */ .t2)(t.slice(i, stop)), j];
    }
    /** A one-line flow collection starting at `p`. */
    flow(p) {
        if (++this.depth > MAX_DEPTH)
            throw GIVE_UP;
        const out = this.flowCollection(p);
        this.depth--;
        return out;
    }
    flowCollection(p) {
        const t = this.t;
        if (t.charCodeAt(p) === 91) {
            const out = [];
            let i = this.flowSkip(p + 1);
            if (t.charCodeAt(i) === 93)
                return [out, i + 1];
            for (;;) {
                const [value, after] = this.flowNode(i);
                out.push(value);
                i = this.flowSkip(after);
                const c = t.charCodeAt(i);
                if (c === 93)
                    return [out, i + 1];
                if (c !== 44)
                    throw GIVE_UP;
                i = this.flowSkip(i + 1);
                if (t.charCodeAt(i) === 93)
                    throw GIVE_UP; // a trailing comma
            }
        }
        const out = {};
        let i = this.flowSkip(p + 1);
        if (t.charCodeAt(i) === 125)
            return [out, i + 1];
        const end = this.end;
        for (;;) {
            const k0 = i;
            const c = t.charCodeAt(i);
            if ((c < 128 && INDICATOR[c]) || c === DASH)
                throw GIVE_UP;
            while (i < end && t.charCodeAt(i) !== COLON) {
                const d = t.charCodeAt(i);
                if ((d < 128 && FLOW_STOP[d]) || d === HASH)
                    throw GIVE_UP;
                i++;
            }
            if (i >= end || t.charCodeAt(i + 1) !== SPACE)
                throw GIVE_UP;
            let k1 = i;
            while (t.charCodeAt(k1 - 1) === SPACE)
                k1--;
            const key = t.slice(k0, k1);
            if (!plainKey(key) || Object.hasOwn(out, key))
                throw GIVE_UP;
            i = this.flowSkip(i + 1);
            const vc = t.charCodeAt(i);
            if (vc === 44 || vc === 125)
                throw GIVE_UP; // an empty value
            const [value, after] = this.flowNode(i);
            out[key] = value;
            i = this.flowSkip(after);
            const d = t.charCodeAt(i);
            if (d === 125)
                return [out, i + 1];
            if (d !== 44)
                throw GIVE_UP;
            i = this.flowSkip(i + 1);
            if (t.charCodeAt(i) === 125)
                throw GIVE_UP;
        }
    }
    /**
     * A block scalar at `v` (`|`, `|-`, `>` or `>-`), whose parent node is indented `ind`. Kept
     * (`+`) and explicitly indented headers give up, as do leading blank lines, and, when folded,
     * more-indented lines (their folding rules differ).
     */
    blockScalar(v, ind) {
        const t = this.t;
        const folded = t.charCodeAt(v) === 62;
        let h = v + 1;
        const strip = t.charCodeAt(h) === DASH;
        if (strip)
            h++;
        this.rest(h);
        this.nextLine();
        const first = this.line;
        if (first >= this.n)
            throw GIVE_UP;
        let p = first;
        while (t.charCodeAt(p) === SPACE)
            p++;
        const textIndent = p - first;
        if (textIndent <= ind || p >= this.n || t.charCodeAt(p) === NL)
            throw GIVE_UP;
        let body = '';
        let blanks = 0;
        let line = first;
        while (line < this.n) {
            const end = t.indexOf('\n', line);
            if (end < 0)
                throw GIVE_UP; // the text ends inside the scalar, without a line break
            let q = line;
            while (q < end && t.charCodeAt(q) === SPACE)
                q++;
            if (q === end && q - line <= textIndent) {
                blanks++;
            }
            else {
                if (q - line < textIndent)
                    break;
                if (folded && q - line > textIndent)
                    throw GIVE_UP;
                if (line !== first) {
                    if (folded)
                        body += blanks === 0 ? ' ' : '\n'.repeat(blanks);
                    else
                        body += '\n'.repeat(blanks + 1);
                }
                blanks = 0;
                body += t.slice(line + textIndent, end);
            }
            line = end + 1;
        }
        this.line = line;
        if (line < this.n) {
            // Leave `end` consistent for a caller that reads the next line.
            const e = t.indexOf('\n', line);
            this.end = e < 0 ? this.n : e;
        }
        return strip ? body : `${body}\n`;
    }
    /** `&name value` (a scalar) or `*name` (an alias of one). */
    anchored(v, ind) {
        const t = this.t;
        let i = v + 1;
        while (i < this.end) {
            const c = t.charCodeAt(i);
            if (c === SPACE)
                break;
            if (c < 128 && FLOW_STOP[c])
                throw GIVE_UP;
            i++;
        }
        const name = t.slice(v + 1, i);
        if (name === '')
            throw GIVE_UP;
        if (t.charCodeAt(v) === 42) {
            const value = this.anchors?.get(name);
            if (value === undefined)
                throw GIVE_UP; // an alias of a collection, or of nothing
            // Each alias of a long scalar is its whole length wherever the document is written out:
            // past the budget, js-yaml reads the document and the alias-bomb check refuses it.
            // The text itself counts too, as in js-yaml's check, so the reader never keeps a document
            // that check would refuse.
            if (typeof value === 'string') {
                this.aliased += value.length;
                if (this.n + this.aliased > (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_0__/* .aliasCharBudget */ .I_)(this.n))
                    throw GIVE_UP;
            }
            this.rest(i);
            this.nextLine();
            return value;
        }
        while (i < this.end && t.charCodeAt(i) === SPACE)
            i++;
        if (i >= this.end)
            throw GIVE_UP; // an anchored collection
        const c = t.charCodeAt(i);
        // Only scalars: an alias of a collection would share one object, which the alias-bomb check must see.
        if (c === HASH || c === 91 || c === 123 || c === 124 || c === 62 || c === 38 || c === 42 || c === 33) {
            throw GIVE_UP;
        }
        const value = this.inline(i, ind);
        this.anchors ??= new Map();
        this.anchors.set(name, value);
        return value;
    }
}
/** The document in `text` as js-yaml with go-yaml v2's scalars reads it, or `NOT_FAST`. */
function readFast(text) {
    if (UNHANDLED.test(text))
        return NOT_FAST;
    try {
        return new Reader(text).document();
    }
    catch (e) {
        if (e === GIVE_UP)
            return NOT_FAST;
        throw e;
    }
}
/**
 * The document read as `readFast` reads it, with where each block collection's parts start:
 * what the line of a finding needs, without loading a second YAML library. `NOT_FAST` when the
 * document is outside the subset.
 */
function locateFast(text) {
    if (UNHANDLED.test(text))
        return NOT_FAST;
    const reader = new Reader(text);
    const spots = new WeakMap();
    reader.spots = spots;
    try {
        return { value: reader.document(), spots };
    }
    catch (e) {
        if (e === GIVE_UP)
            return NOT_FAST;
        throw e;
    }
}


/***/ }),

/***/ 4702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ canonicalGroup),
/* harmony export */   F8: () => (/* binding */ groupOf),
/* harmony export */   T5: () => (/* binding */ objectKey),
/* harmony export */   Tu: () => (/* binding */ objectId),
/* harmony export */   hF: () => (/* binding */ DESCRIPTOR_KIND)
/* harmony export */ });
/**
 * Who an object is, to the cluster: its API group, kind, namespace and name, within the target it
 * deploys with. The API version is not part of it, and neither is the old group of a kind that
 * Kubernetes moved: a Deployment written as `extensions/v1beta1` and as `apps/v1` is one object
 * (the API server serves both from one storage), so the move is an update, never a delete plus a
 * create.
 */
/** The kind given to service descriptors in the plan. */
const DESCRIPTOR_KIND = 'ServiceDescriptor';
/** `<old group>/<kind>` → the group the kind lives in now. */
const MOVED = {
    'extensions/Deployment': 'apps',
    'extensions/DaemonSet': 'apps',
    'extensions/ReplicaSet': 'apps',
    'extensions/StatefulSet': 'apps',
    'extensions/Ingress': 'networking.k8s.io',
    'extensions/IngressClass': 'networking.k8s.io',
    'extensions/NetworkPolicy': 'networking.k8s.io',
    'extensions/PodSecurityPolicy': 'policy',
    'events.k8s.io/Event': '',
};
/** The group an object of `kind` written with `group` has today. */
function canonicalGroup(group, kind) {
    return MOVED[`${group}/${kind}`] ?? group;
}
/** `apps/v1` → `apps`; `v1` → `` (the core group). */
function groupOf(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}
function objectId(group, kind, namespace, name) {
    if (kind === DESCRIPTOR_KIND)
        return `descriptor/${name}`;
    return `${kind}${group ? `.${group}` : ''}/${namespace ? `${namespace}/` : ''}${name}`;
}
/** The map key of an object in one target; `\0` cannot appear in any of the parts. */
function objectKey(target, group, kind, namespace, name) {
    return `${target}\0${group}\0${kind}\0${namespace}\0${name}`;
}


/***/ }),

/***/ 2574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WI: () => (/* binding */ readManifest)
/* harmony export */ });
/* unused harmony exports GO_YAML_V2, ALIAS_BUDGET_MIN, splitDocuments */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _fast_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2592);
/* harmony import */ var _yaml_scalars_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11);



/**
 * The YAML kubectl reads. `kubectl apply -f` splits a file into documents itself
 * (k8s.io/apimachinery `util/yaml.YAMLReader`: a line that is `---` followed only by white space
 * ends a document) and converts each with sigs.k8s.io/yaml, which is go-yaml v2 underneath:
 * YAML 1.1 scalars (`yes`/`no`/`on`/`off`/`y`/`n` are booleans, `0644` is octal, `1_000` is an
 * integer), merge keys (`<<:`), timestamps kept as strings, and only the first document of a chunk.
 * A file whose first non-space character is `{` is read as a JSON stream instead.
 *
 * js-yaml does the parsing: on a 1.9 MB real manifest it is ten times faster than `yaml`'s
 * documents + `toJS` (measured 37 ms against 510 ms), which is what makes a cold plan of a large
 * repository take seconds instead of minutes. Only the scalar resolution (`yaml-scalars.ts`) is
 * go-yaml's. Most chunks are read by the faster `fast-yaml.ts`, which gives the same value or
 * gives up, and js-yaml reads the rest.
 */
const bool11 = new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Type */ .Ay.Type('tag:yaml.org,2002:bool', {
    kind: 'scalar',
    resolve: (s) => typeof s === 'string' && (_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUE */ .rT.has(s) || _yaml_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .FALSE */ .W8.has(s)),
    construct: (s) => _yaml_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUE */ .rT.has(s),
    predicate: (v) => typeof v === 'boolean',
    represent: (v) => String(v),
});
const int11 = new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Type */ .Ay.Type('tag:yaml.org,2002:int', {
    kind: 'scalar',
    resolve: (s) => (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .numeric */ .sH)(s) && (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .goInt */ .C)(s) !== undefined,
    construct: (s) => (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .goInt */ .C)(s),
    predicate: (v) => typeof v === 'number' && Number.isInteger(v),
    represent: (v) => String(v),
});
const float11 = new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Type */ .Ay.Type('tag:yaml.org,2002:float', {
    kind: 'scalar',
    resolve: _yaml_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .isFloat */ .dk,
    construct: _yaml_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .toFloat */ .SP,
    predicate: (v) => typeof v === 'number',
    represent: (v) => String(v),
});
/** No timestamp type: go-yaml v2 leaves timestamp-like scalars as strings when decoding into `interface{}`. */
const TYPES = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].types */ .Ay.types;
const GO_YAML_V2 = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].FAILSAFE_SCHEMA */ .Ay.FAILSAFE_SCHEMA.extend({
    implicit: [TYPES.null, bool11, int11, float11, TYPES.merge],
    explicit: [TYPES.binary, TYPES.omap, TYPES.pairs, TYPES.set],
});
const ALIAS_BOMB = 'the document expands YAML aliases beyond any real manifest; refusing a possible alias bomb';
/** Nodes an alias-expanded document may hold before we call it an alias bomb. */
const ALIAS_BUDGET_MIN = 100_000;
/** A line that is `---` and nothing but white space after it: kubectl's document separator. */
function isSeparator(text, start, end) {
    if (text.charCodeAt(start) !== 45 || text.charCodeAt(start + 1) !== 45 || text.charCodeAt(start + 2) !== 45) {
        return false;
    }
    for (let i = start + 3; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 9 && c !== 13)
            return false;
    }
    return true;
}
/** Splits a file into documents as kubectl's YAMLReader does, with the line each starts on. */
function splitDocuments(text) {
    const out = [];
    let start = 0;
    let line = 1;
    let docLine = 1;
    let pos = 0;
    while (pos <= text.length) {
        let end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.length;
        if (isSeparator(text, pos, end)) {
            out.push({ text: text.slice(start, pos), line: docLine, start });
            start = end + 1;
            docLine = line + 1;
        }
        pos = end + 1;
        line++;
    }
    if (start < text.length)
        out.push({ text: text.slice(start), line: docLine, start });
    return out;
}
function countNodes(v, budget) {
    if (budget.left < 0 || budget.chars < 0)
        return;
    if (typeof v === 'string') {
        budget.chars -= v.length;
        return;
    }
    if (v === null || typeof v !== 'object')
        return;
    budget.left--;
    if (Array.isArray(v))
        for (const x of v)
            countNodes(x, budget);
    else {
        for (const k in v) {
            budget.chars -= k.length;
            countNodes(v[k], budget);
        }
    }
}
/**
 * Whether values js-yaml read from `text` expand its aliases beyond any real manifest: more than
 * `max(ALIAS_BUDGET_MIN, its length)` nodes, or more characters of keys and strings than
 * `aliasCharBudget` allows. Aliases share one object in memory, so the parse is cheap; walking
 * (or writing out) the expanded tree is not.
 */
function aliasBomb(values, text) {
    if (!text.includes('*'))
        return false;
    const budget = { left: Math.max(ALIAS_BUDGET_MIN, text.length), chars: (0,_yaml_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .aliasCharBudget */ .I_)(text.length) };
    for (const v of values)
        countNodes(v, budget);
    return budget.left < 0 || budget.chars < 0;
}
function yamlError(e, lineOffset) {
    if (e instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].YAMLException */ .Ay.YAMLException) {
        const line = e.mark ? lineOffset + e.mark.line : undefined;
        return { message: e.reason || e.message.split('\n', 1)[0] || 'YAML syntax error', line };
    }
    return { message: e.message };
}
/** The documents kubectl would read from a file, or the first error it would stop at. */
function readManifest(text) {
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{'))
        return readJsonStream(text);
    const docs = [];
    const chunks = splitDocuments(text);
    for (let index = 0; index < chunks.length; index++) {
        const chunk = chunks[index];
        let value = (0,_fast_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .readFast */ .Bl)(chunk.text);
        const fast = value !== _fast_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .NOT_FAST */ .pQ;
        if (!fast) {
            try {
                const values = [];
                // go-yaml reads only the first document of a chunk (one not split by a bare `---` line).
                js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].loadAll */ .Ay.loadAll(chunk.text, (v) => values.push(v), { schema: GO_YAML_V2 });
                value = values[0];
            }
            catch (e) {
                return { docs, error: yamlError(e, chunk.line) };
            }
        }
        if (value === null || value === undefined)
            continue;
        // The fast reader gives up on aliases of collections, and on scalar aliases past the same
        // character budget, so only js-yaml's values need counting.
        if (!fast && aliasBomb([value], chunk.text))
            return { docs, error: { message: ALIAS_BOMB, line: chunk.line } };
        docs.push({ value, line: chunk.line, index, text: chunk.text, start: chunk.start });
    }
    return { docs };
}
/** kubectl reads a file that starts with `{` as a stream of JSON values. */
function readJsonStream(text) {
    try {
        return { docs: [{ value: JSON.parse(text), line: 1, index: 0, text, start: 0 }] };
    }
    catch {
        // A stream of several JSON objects, or JSON with a syntax error: YAML is a superset of JSON for both.
    }
    const docs = [];
    try {
        let index = 0;
        js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].loadAll */ .Ay.loadAll(text, (v) => docs.push({ value: v, line: 1, index: index++, text, start: 0 }), {
            schema: GO_YAML_V2,
        });
    }
    catch (e) {
        return { docs: [], error: yamlError(e, 1) };
    }
    const values = docs.map((d) => d.value);
    if (aliasBomb(values, text))
        return { docs: [], error: { message: ALIAS_BOMB, line: 1 } };
    return { docs: docs.filter((d) => d.value !== null && d.value !== undefined) };
}


/***/ }),

/***/ 748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O6: () => (/* binding */ getIn),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   lX: () => (/* binding */ placeObject),
/* harmony export */   parseFile: () => (/* binding */ parseFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _cidr_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3978);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3215);
/* harmony import */ var _fast_yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2592);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4702);
/* harmony import */ var _kubectl_yaml_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2574);
/* harmony import */ var _quantity_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4957);








/**
 * Reads one file as kubectl would apply it, into the objects it holds. Two shapes count: a service
 * descriptor (a top-level `service: <name>` and no `kind:`) and a Kubernetes object (`apiVersion`
 * and `kind`). Anything else (Helm values, CI files, kustomize's own files, documentation in YAML)
 * is not for the gate: it is *ignored*, with the reason, never an error. What kubectl would refuse
 * in a Kubernetes-shaped document is a problem at its file and line.
 *
 * The result depends on the file's text alone, so it is cached by blob id (see `cache.ts`); where
 * an object deploys (its target) is decided later, from the whole tree (`targets.ts`).
 */
/** API groups of build-tool configuration (kustomize) that sit next to manifests but are not objects. */
const BUILD_CONFIG = /^(kustomize\.config\.k8s\.io|config\.kubernetes\.io)\//;
const K8S_HINT = 'Fix the YAML; kubectl would refuse this file, and the gate cannot compare what it cannot read.';
/** Text that looks meant for kubectl or for the gate: worth an error when it does not read. */
const LOOKS_LIKE_MANIFEST = /^(apiVersion|kind|service)\s*:/m;
function parseFile(path, text) {
    const result = { objects: [], problems: [], unreadable: false, ignored: [] };
    const read = (0,_kubectl_yaml_js__WEBPACK_IMPORTED_MODULE_5__/* .readManifest */ .WI)(text);
    if (read.error) {
        if (!LOOKS_LIKE_MANIFEST.test(text)) {
            result.ignored.push(`not YAML kubectl reads (${read.error.message}), and no apiVersion/kind/service key`);
            return result;
        }
        const line = read.error.line;
        result.unreadable = true;
        result.problems.push({
            kind: 'unreadable',
            file: path,
            line,
            message: `${path}${line ? ` line ${line}` : ''}: YAML syntax error: ${read.error.message}`,
            hint: K8S_HINT,
        });
        return result;
    }
    for (const d of read.docs) {
        const doc = { text: d.text, line: d.line, start: d.start, end: d.start + d.text.length };
        const v = d.value;
        const ignore = (why) => result.ignored.push(read.docs.length > 1 ? `document at line ${d.line}: ${why}` : why);
        if (!(0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(v)) {
            ignore('not a mapping, so neither a Kubernetes object nor a service descriptor');
            continue;
        }
        const apiVersion = typeof v.apiVersion === 'string' ? v.apiVersion : undefined;
        const kind = typeof v.kind === 'string' && v.kind !== '' ? v.kind : undefined;
        if (apiVersion && BUILD_CONFIG.test(apiVersion)) {
            ignore(`build configuration (${apiVersion}), not an object in the cluster`);
            continue;
        }
        if (apiVersion && kind) {
            if (kind.endsWith('List') && Array.isArray(v.items)) {
                v.items.forEach((item, j) => {
                    addObject(result, path, doc, item, d.index, j);
                });
                continue;
            }
            addObject(result, path, doc, v, d.index);
            continue;
        }
        if (kind === undefined && typeof v.service === 'string' && v.service !== '') {
            addDescriptor(result, path, doc, v, d.index);
            continue;
        }
        if (kind && (0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(v.metadata) && !apiVersion) {
            result.problems.push({
                kind: 'invalid',
                file: path,
                line: d.line,
                message: `${path} line ${d.line}: the ${kind} has no \`apiVersion:\`; kubectl refuses it (apiVersion not set)`,
                hint: 'Add the apiVersion (for example `apps/v1` for a Deployment, `v1` for a Service).',
            });
            continue;
        }
        ignore('no apiVersion and kind, and no `service:` name: not a Kubernetes object or a service descriptor');
    }
    return result;
}
function addDescriptor(result, path, doc, value, index) {
    const name = value.service;
    const obj = {
        key: '',
        id: (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .objectId */ .Tu)('', _identity_js__WEBPACK_IMPORTED_MODULE_4__/* .DESCRIPTOR_KIND */ .hF, '', name),
        kind: _identity_js__WEBPACK_IMPORTED_MODULE_4__/* .DESCRIPTOR_KIND */ .hF,
        group: '',
        apiVersion: '',
        namespace: '',
        name,
        descriptor: true,
        file: path,
        target: '',
        index,
        body: value,
        doc,
    };
    result.objects.push(obj);
    validateValues(obj, result.problems);
}
function addObject(result, path, doc, value, index, item) {
    const line = doc.line;
    const bad = (message, hint) => result.problems.push({ kind: 'invalid', file: path, line, message: `${path} line ${line}: ${message}`, hint });
    if (!(0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(value)) {
        bad('an item of the list is not a mapping; kubectl refuses it', 'Each item must be a Kubernetes object.');
        return;
    }
    const kind = typeof value.kind === 'string' ? value.kind : '';
    const apiVersion = typeof value.apiVersion === 'string' ? value.apiVersion : '';
    const meta = (0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(value.metadata) ? value.metadata : {};
    const name = meta.name;
    if (!kind || !apiVersion) {
        bad('an item of the list has no `apiVersion` or `kind`; kubectl refuses it', 'Give every item its apiVersion and kind.');
        return;
    }
    if (typeof name !== 'string' || name === '') {
        if (typeof meta.generateName === 'string' && meta.generateName !== '') {
            // `generateName` is for `kubectl create`: every create makes a new object, nothing to compare.
            result.ignored.push(`a ${kind} with metadata.generateName (made anew by each \`kubectl create\`, not applied)`);
            return;
        }
        bad(`the ${kind} has no \`metadata.name\`; kubectl refuses it`, 'Give the object a metadata.name (kubectl apply needs one).');
        return;
    }
    const group = (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalGroup */ .Cu)((0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .groupOf */ .F8)(apiVersion), kind);
    const namespace = typeof meta.namespace === 'string' ? meta.namespace : '';
    const obj = {
        key: '',
        id: (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .objectId */ .Tu)(group, kind, namespace, name),
        kind,
        group,
        apiVersion,
        namespace,
        name,
        descriptor: false,
        file: path,
        target: '',
        index,
        body: value,
        doc,
        ...(item === undefined ? {} : { item }),
    };
    result.objects.push(obj);
    validateValues(obj, result.problems);
}
/** The object placed in a target, with the namespace it is applied into (`''` when not known). */
function placeObject(obj, target, namespace = obj.namespace) {
    // A cached object's body is a getter on its prototype that parses on first read (see
    // disk-cache.ts): the copy keeps that prototype, so placing it does not parse it. Field by field
    // rather than a spread or Object.assign: a warm plan places thousands, and every placed object
    // gets the same shape.
    const placed = (obj.stored ? Object.create(Object.getPrototypeOf(obj)) : {});
    placed.key = (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .objectKey */ .T5)(target, obj.group, obj.kind, namespace, obj.name);
    placed.id = (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__/* .objectId */ .Tu)(obj.group, obj.kind, namespace, obj.name);
    placed.kind = obj.kind;
    placed.group = obj.group;
    placed.apiVersion = obj.apiVersion;
    placed.namespace = namespace;
    placed.name = obj.name;
    placed.descriptor = obj.descriptor;
    placed.file = obj.file;
    placed.target = target;
    placed.index = obj.index;
    placed.doc = obj.doc;
    if (obj.stored)
        placed.stored = obj.stored;
    else
        placed.body = obj.body;
    if (obj.item !== undefined)
        placed.item = obj.item;
    return placed;
}
/** Quantities and CIDRs that do not parse are reported here, once, with their line. */
function validateValues(obj, problems) {
    const report = (segs, what, value) => {
        problems.push({
            kind: 'invalid',
            file: obj.file,
            line: lineOf(obj, segs),
            object: obj.id,
            path: (0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPath */ .jV)(segs),
            message: `${obj.id} ${(0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .formatPath */ .jV)(segs)}: ${JSON.stringify(value)} is not ${what}`,
            hint: what === 'a Kubernetes quantity'
                ? 'Write quantities as Kubernetes does: 500m, 2, 1.5, 512Mi, 1Gi, 1G (lower-case k for kilo).'
                : 'Write CIDR blocks as 10.0.0.0/8 or 2001:db8::/32.',
        });
    };
    const quantity = (segs, v) => {
        if (v !== undefined && v !== null && !(0,_quantity_js__WEBPACK_IMPORTED_MODULE_6__/* .tryParseQuantity */ .KS)(v))
            report(segs, 'a Kubernetes quantity', v);
    };
    const cidr = (segs, v) => {
        if (!(0,_cidr_js__WEBPACK_IMPORTED_MODULE_1__/* .tryParseCidr */ .DU)(v))
            report(segs, 'a CIDR block', v);
    };
    const b = obj.body;
    if (obj.descriptor) {
        if ((0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(b.resources)) {
            quantity(['resources', 'cpu'], b.resources.cpu);
            quantity(['resources', 'memory'], b.resources.memory);
        }
        if ((0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(b.firewall)) {
            for (const [dir, field] of [
                ['ingress', 'from'],
                ['egress', 'to'],
            ]) {
                const rules = b.firewall[dir];
                if (!Array.isArray(rules))
                    continue;
                rules.forEach((r, i) => {
                    if (!(0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(r) || r[field] === undefined)
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
    const pod = (0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .podSpecSegs */ .rP)(obj.kind);
    if (pod) {
        const spec = getIn(b, pod);
        if ((0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(spec)) {
            for (const list of _diff_js__WEBPACK_IMPORTED_MODULE_2__/* .CONTAINER_LISTS */ .MI) {
                const containers = spec[list];
                if (!Array.isArray(containers))
                    continue;
                for (const c of containers) {
                    if (!(0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(c) || !(0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(c.resources))
                        continue;
                    const cs = [...pod, list, typeof c.name === 'string' ? (0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .containerSeg */ .Fg)(c.name) : containers.indexOf(c)];
                    for (const which of ['requests', 'limits']) {
                        const r = c.resources[which];
                        if (!(0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(r))
                            continue;
                        for (const [res, v] of Object.entries(r))
                            quantity([...cs, 'resources', which, res], v);
                    }
                }
            }
        }
    }
    if (obj.kind === 'NetworkPolicy' && (0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(b.spec)) {
        for (const [dir, field] of [
            ['ingress', 'from'],
            ['egress', 'to'],
        ]) {
            const rules = b.spec[dir];
            if (!Array.isArray(rules))
                continue;
            rules.forEach((r, i) => {
                if (!(0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(r) || !Array.isArray(r[field]))
                    return;
                r[field].forEach((p, j) => {
                    if ((0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(p) && (0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(p.ipBlock))
                        cidr(['spec', dir, i, field, j, 'ipBlock', 'cidr'], p.ipBlock.cidr);
                });
            });
        }
    }
}
function getIn(v, segs) {
    let cur = v;
    for (const s of segs) {
        if (!(0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(cur))
            return undefined;
        cur = cur[s];
    }
    return cur;
}
/** 1-based line of a character offset in a text. */
function lineIn(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** The fast reader's values with its offsets: the same values the diff saw. */
function fastTree(value, spots) {
    const spotOf = (v) => (v !== null && typeof v === 'object' ? spots.get(v) : undefined);
    return {
        root: value,
        start: (v) => spotOf(v)?.start,
        entry: (v, key) => {
            const at = spotOf(v)?.at;
            return (0,_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .isObj */ .sA)(v) && at instanceof Map && at.has(key) ? { node: v[key], at: at.get(key) } : undefined;
        },
        entries: (v) => {
            const at = spotOf(v)?.at;
            return Array.isArray(v) && Array.isArray(at)
                ? v.map((x, i) => ({ node: x, at: at[i], data: () => x }))
                : undefined;
        },
    };
}
/** `yaml`'s syntax tree, for a document outside the fast reader's subset. */
function astTree(root) {
    return {
        root,
        start: (n) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(n) ? n.range?.[0] : undefined),
        entry: (n, key) => {
            const pair = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n) ? n.items.find((p) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) ? p.key.value === key : p.key === key)) : undefined;
            return pair ? { node: pair.value, at: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(pair.key) ? pair.key.range?.[0] : undefined } : undefined;
        },
        entries: (n) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(n)
            ? n.items.map((it) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(it) ? { node: it, at: it.range?.[0], data: () => it.toJSON() } : { node: it, at: undefined })
            : undefined,
    };
}
const TREES = new WeakMap();
/**
 * The document read again with positions, only for objects that have findings: by the fast
 * reader when it is in its subset (most are), else by `yaml`'s parser.
 */
function treeOf(doc) {
    let tree = TREES.get(doc);
    if (tree === undefined) {
        const located = (0,_fast_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .locateFast */ .zZ)(doc.text);
        if (located !== _fast_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .NOT_FAST */ .pQ) {
            tree = fastTree(located.value, located.spots);
        }
        else {
            try {
                const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(doc.text, { merge: true, uniqueKeys: false, strict: false });
                tree = parsed.contents && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(parsed.contents) ? astTree(parsed.contents) : null;
            }
            catch {
                tree = null;
            }
        }
        TREES.set(doc, tree);
    }
    return tree;
}
/**
 * The line of the deepest part of `segs` that exists in the object's source: the key's line for
 * a map entry, the entry's line for a list item. Computed only for objects that need it.
 */
function lineOf(obj, segs) {
    const tree = treeOf(obj.doc);
    if (!tree)
        return obj.doc.line;
    let node = tree.root;
    let offset = 0;
    if (obj.item !== undefined) {
        const items = tree.entry(node, 'items');
        const item = items && tree.entries(items.node)?.[obj.item];
        if (item) {
            node = item.node;
            offset = item.at ?? offset;
        }
    }
    offset = tree.start(node) ?? offset;
    for (const seg of segs) {
        let e;
        if (typeof seg === 'string') {
            e = tree.entry(node, seg);
        }
        else {
            const list = tree.entries(node);
            e = list?.[typeof seg === 'number' ? seg : list.findIndex((x) => x.data !== undefined && seg.match(x.data()))];
        }
        if (!e)
            break;
        offset = e.at ?? offset;
        node = e.node;
    }
    return obj.doc.line + lineIn(obj.doc.text, offset) - 1;
}


/***/ }),

/***/ 4957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KS: () => (/* binding */ tryParseQuantity),
/* harmony export */   Lf: () => (/* binding */ parseQuantity),
/* harmony export */   Oi: () => (/* binding */ multiplyQuantity),
/* harmony export */   VZ: () => (/* binding */ formatQuantity),
/* harmony export */   Z8: () => (/* binding */ compareQuantity),
/* harmony export */   ZC: () => (/* binding */ addQuantity),
/* harmony export */   bN: () => (/* binding */ ZERO_QUANTITY),
/* harmony export */   r7: () => (/* binding */ sumQuantities),
/* harmony export */   zR: () => (/* binding */ quantityEquals)
/* harmony export */ });
/* unused harmony export QuantityError */
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
/**
 * Quantities already read, by text: a fleet writes the same few (`100m`, `256Mi`) thousands of
 * times, and the capacity check reads every workload on both sides of every plan. Quantities are
 * immutable, so one value serves every caller. Bounded: a repository of unique quantities only
 * stops filling it.
 */
const READ = new Map();
const READ_MAX = 4096;
/** Parses a quantity; YAML numbers (`cpu: 2`, `cpu: 0.5`) are accepted as their decimal text. */
function parseQuantity(input) {
    if (typeof input === 'string') {
        const hit = READ.get(input);
        if (hit)
            return hit;
    }
    const q = parseQuantityText(input);
    if (typeof input === 'string' && READ.size < READ_MAX)
        READ.set(input, q);
    return q;
}
function parseQuantityText(input) {
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
 * The exact sum of `q × times` over many terms. Mantissas of one exponent are added as they come
 * and the exponents aligned once at the end: a fleet writes a few exponents thousands of times,
 * and aligning and normalising at every step was most of the capacity check (profiled).
 */
function sumQuantities(terms) {
    const byExponent = new Map();
    for (const [q, times] of terms) {
        if (!Number.isSafeInteger(times))
            throw new RangeError(`sumQuantities: ${times} is not an integer`);
        byExponent.set(q.exponent, (byExponent.get(q.exponent) ?? 0n) + q.mantissa * BigInt(times));
    }
    let sum = ZERO_QUANTITY;
    for (const [exponent, mantissa] of byExponent)
        sum = addQuantity(sum, { mantissa, exponent });
    return sum;
}
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


/***/ }),

/***/ 11:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ goInt),
/* harmony export */   I_: () => (/* binding */ aliasCharBudget),
/* harmony export */   SP: () => (/* binding */ toFloat),
/* harmony export */   W8: () => (/* binding */ FALSE),
/* harmony export */   dk: () => (/* binding */ isFloat),
/* harmony export */   rT: () => (/* binding */ TRUE),
/* harmony export */   sH: () => (/* binding */ numeric),
/* harmony export */   t2: () => (/* binding */ resolvePlainScalar)
/* harmony export */ });
/**
 * go-yaml v2's reading of plain scalars (what sigs.k8s.io/yaml, and so kubectl, decodes into
 * `interface{}`): YAML 1.1 booleans (`yes`/`no`/`on`/`off`/`y`/`n`), integers with underscores and
 * Go's prefixes (`0644` is octal), floats, `~`/`null`, and timestamps left as strings.
 *
 * Both readers use these functions: js-yaml through the types in `kubectl-yaml.ts`, and the fast
 * reader in `fast-yaml.ts` directly, so the two cannot resolve a scalar differently. The alias
 * budget at the end is shared the same way.
 */
const TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
/** go-yaml v2: underscores dropped, then Go's `strconv.ParseInt(s, 0, 64)` (0x, 0o, 0b, leading-0 octal). */
function goInt(s) {
    const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]+|0|[1-9][0-9]*)$/.exec(s.replace(/_/g, ''));
    if (!m)
        return undefined;
    const digits = m[2];
    let n;
    if (/^0[xX]/.test(digits))
        n = Number.parseInt(digits.slice(2), 16);
    else if (/^0[bB]/.test(digits))
        n = Number.parseInt(digits.slice(2), 2);
    else if (/^0[oO]/.test(digits))
        n = Number.parseInt(digits.slice(2), 8);
    else if (digits.length > 1 && digits.startsWith('0'))
        n = Number.parseInt(digits.slice(1), 8);
    else
        n = Number(digits);
    return m[1] === '-' ? -n : n;
}
/** Whether a plain scalar can be a number at all: it starts with a digit, a sign or a dot. Most cannot. */
function numeric(s) {
    if (typeof s !== 'string' || s.length === 0)
        return false;
    const c = s.charCodeAt(0);
    return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const SPECIAL_FLOAT = {
    '.nan': Number.NaN,
    '.NaN': Number.NaN,
    '.NAN': Number.NaN,
    '.inf': Number.POSITIVE_INFINITY,
    '.Inf': Number.POSITIVE_INFINITY,
    '.INF': Number.POSITIVE_INFINITY,
    '+.inf': Number.POSITIVE_INFINITY,
    '+.Inf': Number.POSITIVE_INFINITY,
    '+.INF': Number.POSITIVE_INFINITY,
    '-.inf': Number.NEGATIVE_INFINITY,
    '-.Inf': Number.NEGATIVE_INFINITY,
    '-.INF': Number.NEGATIVE_INFINITY,
};
function isFloat(s) {
    return numeric(s) && (Object.hasOwn(SPECIAL_FLOAT, s) || FLOAT.test(s.replace(/_/g, '')));
}
function toFloat(s) {
    return Object.hasOwn(SPECIAL_FLOAT, s) ? SPECIAL_FLOAT[s] : Number(s.replace(/_/g, ''));
}
/** js-yaml's null: `~`, `null`, `Null`, `NULL` and the empty scalar. */
function isNull(s) {
    return s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL';
}
/**
 * A plain scalar's value, tried in js-yaml's order of implicit types (null, bool, int, float);
 * anything else is a string.
 */
function resolvePlainScalar(s) {
    if (isNull(s))
        return null;
    if (TRUE.has(s))
        return true;
    if (FALSE.has(s))
        return false;
    if (!numeric(s))
        return s;
    const n = goInt(s);
    if (n !== undefined)
        return n;
    if (isFloat(s))
        return toFloat(s);
    return s;
}
/**
 * Characters of text (keys and string values, each alias counted again) an alias-expanded
 * document may hold: at least this, or ten times its own length. Aliases of one long scalar
 * cost a few bytes each in the file and its whole length wherever the document is written out
 * (1 MiB aliased 20,000 times ran the plan out of memory).
 */
function aliasCharBudget(textLength) {
    return Math.max(16 * 1024 * 1024, 10 * textLength);
}


/***/ })

};
;