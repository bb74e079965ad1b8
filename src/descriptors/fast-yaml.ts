import { aliasCharBudget, resolvePlainScalar } from './yaml-scalars.js';

/**
 * A fast reader for the YAML manifests are written in, beside js-yaml rather than instead of it.
 * It reads one document (a chunk kubectl's reader split off) and returns exactly what js-yaml with
 * go-yaml v2's scalars returns, or `NOT_FAST` as soon as it meets anything outside the subset
 * below; `readManifest` then parses the chunk with js-yaml, so errors, their lines and the rarer
 * parts of YAML are always js-yaml's.
 *
 * Why: a cold plan parses every document of a release (12 MB of distinct YAML in the benchmark's
 * 2,000 services), and js-yaml, a general parser, reads it at ~23 MB/s. Manifests use a small part
 * of YAML; reading that part line by line is about twice as fast, cold, and the plan's parse time
 * halves.
 *
 * The subset:
 * - block mappings and sequences, sequences at their key's indentation (kubectl's style), compact
 *   mappings in sequences (`- name: x`);
 * - plain keys that js-yaml keeps as the same string, and one-line quoted keys;
 * - plain, single- and double-quoted scalars, over several lines too (folded as YAML folds them),
 *   plain ones resolved by the same functions js-yaml is given (`yaml-scalars.ts`);
 * - block scalars `|`, `|-`, `>`, `>-`;
 * - one-line flow collections (`ports: [8080]`, `{}`);
 * - anchors on scalars and their aliases; comments; blank lines.
 *
 * It gives up on everything else, and on whatever js-yaml would refuse: tabs, carriage returns,
 * non-printable characters, tags, directives, document markers, anchored collections (an alias
 * of one shares an object, which the alias-bomb check must see), merge keys, duplicate keys,
 * keys YAML 1.1 reads as booleans or numbers (`on:`, `y:`, `80:`), complex keys, kept or
 * explicitly indented block scalars, escaped line breaks, flow collections over several lines,
 * sequence entries whose value starts on the next line. Giving up costs only time.
 *
 * Parity is tested against js-yaml on generated and damaged documents and on the test fixtures
 * (`test/descriptors/fast-yaml.test.ts`), and was measured on the corpus (`docs/plan.md`).
 */

/**
 * Where a collection's parts start in the text, for the line of a finding: a mapping's keys, a
 * sequence's entries (the value after the dash), and where the collection itself starts.
 */
export interface Spot {
  start: number;
  at: Map<string, number> | number[];
}

/** What `readFast` returns when the chunk is outside its subset. */
export const NOT_FAST: unique symbol = Symbol('not fast');

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
for (const c of '?:,[]{}#&*!|>\'"%@`') INDICATOR[c.charCodeAt(0)] = 1;

/** Characters that end a plain scalar inside a flow collection. */
const FLOW_STOP = new Uint8Array(128);
for (const c of ',[]{}') FLOW_STOP[c.charCodeAt(0)] = 1;

/** Double-quoted escapes read here; any other gives up. */
const ESCAPES: Record<number, string> = {
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
const UNHANDLED =
  /[\x00-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/**
 * A key read here: one js-yaml would keep as the same string (not a number, boolean or null made
 * text), with no colon of its own, and not one js-yaml treats specially (`<<`, `__proto__`).
 */
function plainKey(key: string): boolean {
  return typeof resolvePlainScalar(key) === 'string' && !key.includes(':') && key !== '<<' && key !== '__proto__';
}

/** Whether a `-` followed by `c` starts a plain scalar in a flow collection (`--flag`, `-1`). */
function plainAfterDash(c: number): boolean {
  return c !== SPACE && c !== NL && !(c < 128 && FLOW_STOP[c]) && !Number.isNaN(c);
}

class Reader {
  private readonly t: string;
  private readonly n: number;
  /** Start of the current line. */
  private line = 0;
  /** End of the current line (the index of its `\n`, or the text's length). */
  private end = 0;
  /** The key `keyAt` found last. */
  private key = '';
  /** How deep the collections being read are nested; past `MAX_DEPTH` js-yaml reads the rest. */
  private depth = 0;
  /** When locating: where each block collection's parts start. */
  spots: WeakMap<object, Spot> | undefined;
  /** Characters the scalar aliases read so far stand for. */
  private aliased = 0;
  /** Scalars named with `&name` so far in the document. */
  private anchors: Map<string, unknown> | undefined;

  constructor(text: string) {
    this.t = text;
    this.n = text.length;
  }

  document(): unknown {
    const ind = this.nextContent();
    if (ind < 0) return null;
    const value = this.node(ind, -1);
    if (this.nextContent() >= 0) throw GIVE_UP;
    return value;
  }

  /** Moves to the next line that holds content; its indentation, or -1 at the end. */
  private nextContent(): number {
    const t = this.t;
    while (this.line < this.n) {
      let end = t.indexOf('\n', this.line);
      if (end < 0) end = this.n;
      this.end = end;
      let p = this.line;
      while (p < end && t.charCodeAt(p) === SPACE) p++;
      if (p < end && t.charCodeAt(p) !== HASH) {
        if (p === this.line) this.markerCheck();
        return p - this.line;
      }
      this.line = end + 1;
    }
    return -1;
  }

  /** A line at column 0 that is a directive or a document marker is not ours. */
  private markerCheck(): void {
    const t = this.t;
    const c = t.charCodeAt(this.line);
    if (c === 37) throw GIVE_UP; // %
    if ((c === DASH || c === 46) && t.charCodeAt(this.line + 1) === c && t.charCodeAt(this.line + 2) === c) {
      throw GIVE_UP;
    }
  }

  /** Moves past the current line. */
  private nextLine(): void {
    this.line = this.end + 1;
  }

  /** Whether the content at `p` is a sequence entry's dash. */
  private isDash(p: number): boolean {
    if (this.t.charCodeAt(p) !== DASH) return false;
    const c = p + 1 < this.end ? this.t.charCodeAt(p + 1) : NL;
    return c === SPACE || c === NL;
  }

  /** The block node whose first line is the current one, indented `ind`, under a parent indented `parent`. */
  private node(ind: number, parent: number): unknown {
    const p = this.line + ind;
    if (this.isDash(p)) return this.sequence(ind);
    const colon = this.keyAt(p);
    if (colon >= 0) return this.mapping(ind, colon);
    const c = this.t.charCodeAt(p);
    if (c === 124 || c === 62 || c === 38 || c === 42) throw GIVE_UP; // a header, an anchor or an alias on a line of its own
    if (parent < 0) throw GIVE_UP; // a document that is a scalar is no manifest: js-yaml reads it
    return this.inline(p, parent);
  }

  /**
   * When the line at `p` is `key: ...`, the key's colon (the key is left in `this.key`); else -1.
   * Plain keys must read as the same string in js-yaml; quoted keys are read on one line.
   */
  private keyAt(p: number): number {
    const t = this.t;
    const end = this.end;
    const c = t.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.quoteEnd(p);
      if (close < 0) return -1;
      let i = close + 1;
      while (i < end && t.charCodeAt(i) === SPACE) i++;
      if (t.charCodeAt(i) !== COLON || (i + 1 < end && t.charCodeAt(i + 1) !== SPACE)) return -1;
      const key = (c === DQUOTE ? this.doubleQuoted(p, -1) : this.singleQuoted(p, -1))[0];
      if (key === '__proto__') throw GIVE_UP;
      this.key = key;
      return i;
    }
    if ((c < 128 && INDICATOR[c]) || c === DASH) return -1;
    for (let i = p + 1; i < end; i++) {
      const d = t.charCodeAt(i);
      if (d === COLON) {
        if (i + 1 >= end || t.charCodeAt(i + 1) === SPACE) {
          let k = i;
          while (t.charCodeAt(k - 1) === SPACE) k--;
          const key = t.slice(p, k);
          if (!plainKey(key)) throw GIVE_UP;
          this.key = key;
          return i;
        }
      } else if (d === HASH && t.charCodeAt(i - 1) === SPACE) {
        return -1;
      }
    }
    return -1;
  }

  /** The closing quote of a quoted scalar that starts at `q` and ends on its line, or -1. */
  private quoteEnd(q: number): number {
    const t = this.t;
    const quote = t.charCodeAt(q);
    for (let i = q + 1; i < this.end; i++) {
      const c = t.charCodeAt(i);
      if (quote === DQUOTE && c === 92) i++;
      else if (c === quote) {
        if (quote === SQUOTE && t.charCodeAt(i + 1) === SQUOTE && i + 1 < this.end) i++;
        else return i;
      }
    }
    return -1;
  }

  /** A block mapping indented `ind`; the current line holds its first key, whose colon is `colon`. */
  private mapping(ind: number, colon: number): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) throw GIVE_UP;
    const out = this.mappingEntries(ind, colon);
    this.depth--;
    return out;
  }

  private mappingEntries(ind: number, colon: number): Record<string, unknown> {
    const t = this.t;
    const out: Record<string, unknown> = {};
    const at = this.spots ? new Map<string, number>() : undefined;
    if (at) this.spots?.set(out, { start: this.line + ind, at });
    for (;;) {
      const key = this.key;
      at?.set(key, this.line + ind);
      if (Object.hasOwn(out, key)) throw GIVE_UP; // js-yaml's duplicate-key error must be the one reported
      let v = colon + 1;
      while (v < this.end && t.charCodeAt(v) === SPACE) v++;
      if (v >= this.end || t.charCodeAt(v) === HASH) {
        this.nextLine();
        out[key] = this.nested(ind);
      } else {
        out[key] = this.inline(v, ind);
      }
      const next = this.nextContent();
      if (next < ind) return out;
      if (next > ind) throw GIVE_UP; // bad indentation
      const p = this.line + ind;
      if (this.isDash(p)) throw GIVE_UP;
      colon = this.keyAt(p);
      if (colon < 0) throw GIVE_UP;
    }
  }

  /** The value of a key with nothing after it on its line. */
  private nested(ind: number): unknown {
    const next = this.nextContent();
    if (next > ind) return this.node(next, ind);
    // kubectl's style: a mapping's sequence value at the key's own indentation.
    if (next === ind && this.isDash(this.line + ind)) return this.sequence(ind);
    return null;
  }

  private sequence(ind: number): unknown[] {
    if (++this.depth > MAX_DEPTH) throw GIVE_UP;
    const out = this.sequenceEntries(ind);
    this.depth--;
    return out;
  }

  private sequenceEntries(ind: number): unknown[] {
    const t = this.t;
    const out: unknown[] = [];
    const at: number[] | undefined = this.spots ? [] : undefined;
    if (at) this.spots?.set(out, { start: this.line + ind, at });
    for (;;) {
      let v = this.line + ind + 1;
      while (v < this.end && t.charCodeAt(v) === SPACE) v++;
      at?.push(v);
      if (v >= this.end || t.charCodeAt(v) === HASH) {
        // An entry whose value starts on the next line: js-yaml reads some of these unlike the
        // YAML spec (a following entry can join the nested one), and kubectl never writes them.
        throw GIVE_UP;
      } else if (this.isDash(v)) {
        throw GIVE_UP; // `- - x`
      } else {
        const colon = this.keyAt(v);
        out.push(colon >= 0 ? this.mapping(v - this.line, colon) : this.inline(v, ind));
      }
      const next = this.nextContent();
      if (next < ind) return out;
      if (next > ind) throw GIVE_UP;
      if (!this.isDash(this.line + ind)) return out;
    }
  }

  /**
   * A scalar or flow value that starts at `v` on the current line, in a node whose parent is
   * indented `ind`; afterwards the reader is past the value's last line.
   */
  private inline(v: number, ind: number): unknown {
    const t = this.t;
    const c = t.charCodeAt(v);
    let value: unknown;
    let after: number;
    if (c === DQUOTE) {
      [value, after] = this.doubleQuoted(v, ind);
    } else if (c === SQUOTE) {
      [value, after] = this.singleQuoted(v, ind);
    } else if (c === 91 || c === 123) {
      [value, after] = this.flow(v);
    } else if (c === 124 || c === 62) {
      return this.blockScalar(v, ind);
    } else if (c === 38 || c === 42) {
      return this.anchored(v, ind);
    } else {
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
  private plain(v: number, ind: number): unknown {
    const t = this.t;
    const c = t.charCodeAt(v);
    if ((c < 128 && INDICATOR[c]) || (c === DASH && this.isDash(v))) throw GIVE_UP;
    const end = this.end;
    let stop = this.plainLineEnd(v + 1, end);
    const commented = stop < end;
    while (t.charCodeAt(stop - 1) === SPACE) stop--;
    let value = t.slice(v, stop);
    this.nextLine();
    if (commented) return resolvePlainScalar(value);
    for (let next = this.nextFolded(end); next && next.content - next.line > ind; next = this.nextFolded(next.end)) {
      // On a continuation line only a comment or a mapping's colon would end the scalar.
      const d = t.charCodeAt(next.content);
      if (d === HASH || d === COLON) throw GIVE_UP;
      stop = this.plainLineEnd(next.content + 1, next.end);
      if (stop < next.end) throw GIVE_UP; // a comment after a continuation line
      while (t.charCodeAt(stop - 1) === SPACE) stop--;
      value += next.folded + t.slice(next.content, stop);
      this.line = next.end + 1;
      this.end = next.end;
    }
    return resolvePlainScalar(value);
  }

  /** Where a plain scalar's text on one line ends: at ` #`, or the line's end; gives up at `: `. */
  private plainLineEnd(from: number, end: number): number {
    const t = this.t;
    for (let i = from; i < end; i++) {
      const d = t.charCodeAt(i);
      if (d === COLON) {
        if (i + 1 >= end || t.charCodeAt(i + 1) === SPACE) throw GIVE_UP;
      } else if (d === HASH && t.charCodeAt(i - 1) === SPACE) {
        return i;
      }
    }
    return end;
  }

  /** After a value on its line, only spaces and a comment may follow. */
  private rest(p: number): void {
    const t = this.t;
    const start = p;
    while (p < this.end && t.charCodeAt(p) === SPACE) p++;
    if (p < this.end && !(t.charCodeAt(p) === HASH && p > start)) throw GIVE_UP;
  }

  /**
   * The next line with content after the line that ends at `end`: where it starts and ends, where
   * its content starts, and the line breaks before it folded as YAML folds them (one break is a
   * space; each blank line, a line break). Undefined at the end of the text.
   */
  private nextFolded(end: number): { line: number; end: number; content: number; folded: string } | undefined {
    const t = this.t;
    let breaks = 1;
    for (let line = end + 1; line < this.n; ) {
      let lineEnd = t.indexOf('\n', line);
      if (lineEnd < 0) lineEnd = this.n;
      let p = line;
      while (p < lineEnd && t.charCodeAt(p) === SPACE) p++;
      if (p < lineEnd) return { line, end: lineEnd, content: p, folded: breaks === 1 ? ' ' : '\n'.repeat(breaks - 1) };
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
  private foldQuoted(from: number, ind: number): [string, number] {
    if (ind < 0) throw GIVE_UP;
    const t = this.t;
    let stop = this.end;
    while (stop > from && t.charCodeAt(stop - 1) === SPACE) stop--;
    const next = this.nextFolded(this.end);
    if (!next || next.content - next.line <= ind) throw GIVE_UP;
    this.line = next.line;
    this.end = next.end;
    return [t.slice(from, stop) + next.folded, next.content];
  }

  /** A double-quoted scalar at `q`; on one line when `ind` < 0, else continued on lines indented more than `ind`. */
  private doubleQuoted(q: number, ind: number): [string, number] {
    const t = this.t;
    let out = '';
    let from = q + 1;
    let i = q + 1;
    for (;;) {
      const end = this.end;
      for (; i < end; i++) {
        const c = t.charCodeAt(i);
        if (c === DQUOTE) return [out + t.slice(from, i), i + 1];
        if (c !== 92) continue;
        out += t.slice(from, i);
        if (i + 1 >= end) throw GIVE_UP; // an escaped line break
        const e = t.charCodeAt(i + 1);
        const simple = ESCAPES[e];
        if (simple !== undefined) {
          out += simple;
          i += 1;
        } else if (e === 120 || e === 117) {
          const digits = e === 120 ? 2 : 4;
          const hex = t.slice(i + 2, i + 2 + digits);
          if (hex.length !== digits || !HEX.test(hex)) throw GIVE_UP;
          out += String.fromCharCode(Number.parseInt(hex, 16));
          i += 1 + digits;
        } else {
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
  private singleQuoted(q: number, ind: number): [string, number] {
    const t = this.t;
    let out = '';
    let from = q + 1;
    let i = q + 1;
    for (;;) {
      const end = this.end;
      for (; i < end; i++) {
        if (t.charCodeAt(i) !== SQUOTE) continue;
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
  private flowSkip(i: number): number {
    const t = this.t;
    while (i < this.end && t.charCodeAt(i) === SPACE) i++;
    if (i >= this.end) throw GIVE_UP; // continues on the next line
    return i;
  }

  /** A node inside a flow collection: a nested collection, a quoted or a plain scalar. */
  private flowNode(i: number): [unknown, number] {
    const t = this.t;
    const c = t.charCodeAt(i);
    if (c === DQUOTE) return this.doubleQuoted(i, -1);
    if (c === SQUOTE) return this.singleQuoted(i, -1);
    if (c === 91 || c === 123) return this.flow(i);
    if ((c < 128 && INDICATOR[c]) || (c === DASH && !plainAfterDash(t.charCodeAt(i + 1)))) throw GIVE_UP;
    const end = this.end;
    let j = i;
    for (; j < end; j++) {
      const d = t.charCodeAt(j);
      if (d < 128 && FLOW_STOP[d]) break;
      if (d === HASH) throw GIVE_UP;
      if (d === COLON) {
        // `nginx:1.25` is one scalar; `a: b` or `a:,` would make a pair.
        const next = j + 1 < end ? t.charCodeAt(j + 1) : NL;
        if (next === SPACE || next === NL || (next < 128 && FLOW_STOP[next])) throw GIVE_UP;
      }
    }
    let stop = j;
    while (t.charCodeAt(stop - 1) === SPACE) stop--;
    return [resolvePlainScalar(t.slice(i, stop)), j];
  }

  /** A one-line flow collection starting at `p`. */
  private flow(p: number): [unknown, number] {
    if (++this.depth > MAX_DEPTH) throw GIVE_UP;
    const out = this.flowCollection(p);
    this.depth--;
    return out;
  }

  private flowCollection(p: number): [unknown, number] {
    const t = this.t;
    if (t.charCodeAt(p) === 91) {
      const out: unknown[] = [];
      let i = this.flowSkip(p + 1);
      if (t.charCodeAt(i) === 93) return [out, i + 1];
      for (;;) {
        const [value, after] = this.flowNode(i);
        out.push(value);
        i = this.flowSkip(after);
        const c = t.charCodeAt(i);
        if (c === 93) return [out, i + 1];
        if (c !== 44) throw GIVE_UP;
        i = this.flowSkip(i + 1);
        if (t.charCodeAt(i) === 93) throw GIVE_UP; // a trailing comma
      }
    }
    const out: Record<string, unknown> = {};
    let i = this.flowSkip(p + 1);
    if (t.charCodeAt(i) === 125) return [out, i + 1];
    const end = this.end;
    for (;;) {
      const k0 = i;
      const c = t.charCodeAt(i);
      if ((c < 128 && INDICATOR[c]) || c === DASH) throw GIVE_UP;
      while (i < end && t.charCodeAt(i) !== COLON) {
        const d = t.charCodeAt(i);
        if ((d < 128 && FLOW_STOP[d]) || d === HASH) throw GIVE_UP;
        i++;
      }
      if (i >= end || t.charCodeAt(i + 1) !== SPACE) throw GIVE_UP;
      let k1 = i;
      while (t.charCodeAt(k1 - 1) === SPACE) k1--;
      const key = t.slice(k0, k1);
      if (!plainKey(key) || Object.hasOwn(out, key)) throw GIVE_UP;
      i = this.flowSkip(i + 1);
      const vc = t.charCodeAt(i);
      if (vc === 44 || vc === 125) throw GIVE_UP; // an empty value
      const [value, after] = this.flowNode(i);
      out[key] = value;
      i = this.flowSkip(after);
      const d = t.charCodeAt(i);
      if (d === 125) return [out, i + 1];
      if (d !== 44) throw GIVE_UP;
      i = this.flowSkip(i + 1);
      if (t.charCodeAt(i) === 125) throw GIVE_UP;
    }
  }

  /**
   * A block scalar at `v` (`|`, `|-`, `>` or `>-`), whose parent node is indented `ind`. Kept
   * (`+`) and explicitly indented headers give up, as do leading blank lines, and, when folded,
   * more-indented lines (their folding rules differ).
   */
  private blockScalar(v: number, ind: number): string {
    const t = this.t;
    const folded = t.charCodeAt(v) === 62;
    let h = v + 1;
    const strip = t.charCodeAt(h) === DASH;
    if (strip) h++;
    this.rest(h);
    this.nextLine();
    const first = this.line;
    if (first >= this.n) throw GIVE_UP;
    let p = first;
    while (t.charCodeAt(p) === SPACE) p++;
    const textIndent = p - first;
    if (textIndent <= ind || p >= this.n || t.charCodeAt(p) === NL) throw GIVE_UP;
    let body = '';
    let blanks = 0;
    let line = first;
    while (line < this.n) {
      const end = t.indexOf('\n', line);
      if (end < 0) throw GIVE_UP; // the text ends inside the scalar, without a line break
      let q = line;
      while (q < end && t.charCodeAt(q) === SPACE) q++;
      if (q === end && q - line <= textIndent) {
        blanks++;
      } else {
        if (q - line < textIndent) break;
        if (folded && q - line > textIndent) throw GIVE_UP;
        if (line !== first) {
          if (folded) body += blanks === 0 ? ' ' : '\n'.repeat(blanks);
          else body += '\n'.repeat(blanks + 1);
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
  private anchored(v: number, ind: number): unknown {
    const t = this.t;
    let i = v + 1;
    while (i < this.end) {
      const c = t.charCodeAt(i);
      if (c === SPACE) break;
      if (c < 128 && FLOW_STOP[c]) throw GIVE_UP;
      i++;
    }
    const name = t.slice(v + 1, i);
    if (name === '') throw GIVE_UP;
    if (t.charCodeAt(v) === 42) {
      const value = this.anchors?.get(name);
      if (value === undefined) throw GIVE_UP; // an alias of a collection, or of nothing
      // Each alias of a long scalar is its whole length wherever the document is written out:
      // past the budget, js-yaml reads the document and the alias-bomb check refuses it.
      // The text itself counts too, as in js-yaml's check, so the reader never keeps a document
      // that check would refuse.
      if (typeof value === 'string') {
        this.aliased += value.length;
        if (this.n + this.aliased > aliasCharBudget(this.n)) throw GIVE_UP;
      }
      this.rest(i);
      this.nextLine();
      return value;
    }
    while (i < this.end && t.charCodeAt(i) === SPACE) i++;
    if (i >= this.end) throw GIVE_UP; // an anchored collection
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
export function readFast(text: string): unknown | typeof NOT_FAST {
  if (UNHANDLED.test(text)) return NOT_FAST;
  try {
    return new Reader(text).document();
  } catch (e) {
    if (e === GIVE_UP) return NOT_FAST;
    throw e;
  }
}

/**
 * The document read as `readFast` reads it, with where each block collection's parts start:
 * what the line of a finding needs, without loading a second YAML library. `NOT_FAST` when the
 * document is outside the subset.
 */
export function locateFast(text: string): { value: unknown; spots: WeakMap<object, Spot> } | typeof NOT_FAST {
  if (UNHANDLED.test(text)) return NOT_FAST;
  const reader = new Reader(text);
  const spots = new WeakMap<object, Spot>();
  reader.spots = spots;
  try {
    return { value: reader.document(), spots };
  } catch (e) {
    if (e === GIVE_UP) return NOT_FAST;
    throw e;
  }
}
