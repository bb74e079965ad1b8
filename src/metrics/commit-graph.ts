/**
 * The commits deployed since the baseline, in the compact form the metrics walk: every sha
 * interned to a small integer once, parents as integers, author times in one array. Five years of
 * daily deploys are ~100k commits; as objects (a string array of parents each, a Set of shas per
 * walk) they cost more to build and collect than git takes to read them.
 *
 * Ids are given in the order shas are first seen, so a parent named before its own record gets an
 * id too: `has(id)` says whether the commit itself was read (a parent that was not is reachable
 * from the baseline, and a walk stops there).
 */
export interface CommitFact {
  sha: string;
  parents: string[];
  /** Author time, epoch milliseconds: when the change was written (rebases and cherry-picks keep it). */
  authorTime: number;
  /** Shas named by git's own revert message, `This reverts commit <sha>.`. */
  reverts: string[];
  /** Values of `Rollback-Of:` trailers (what `gitops-action rollback` writes). */
  rollbackOf: string[];
  /** A merge of a `hotfix/…` branch (git, GitHub, GitLab and Bitbucket merge subjects). */
  hotfix: boolean;
}

const NONE: readonly string[] = [];

/**
 * Shas interned straight from git's output bytes: an open-addressing table whose hash is the
 * sha's own first 32 bits (a hash already), with each key's hex kept in one byte array. No string
 * is made for a sha until someone asks for it, and ~250k look-ups cost a few milliseconds where a
 * `Map<string, number>` of sliced strings took a tenth of the whole run (profiled).
 *
 * Each slot holds the id and the key's hash side by side, so a probe reads one cache line and the
 * key's bytes are compared only when the hashes agree: the table is bigger than the CPU's caches
 * over five years of commits, and every other array a probe touched was another miss (profiled:
 * the look-up was the parse's largest cost).
 */
class ShaTable {
  private keys: Uint8Array;
  private offsets: Int32Array;
  private lengths: Uint8Array;
  private count = 0;
  private used = 0;
  /** Pairs: the id (-1 for an empty slot), then the key's hash. */
  private slots: Int32Array;
  private readonly strings: Array<string | undefined> = [];

  /** `expected`: about how many shas will come, so the table is not rebuilt as it fills. */
  constructor(expected: number) {
    let n = 1 << 10;
    while (n < expected * 2) n *= 2;
    this.slots = new Int32Array(2 * n).fill(-1);
    this.keys = new Uint8Array(Math.max(1024, expected * 40));
    this.offsets = new Int32Array(Math.max(1024, expected));
    this.lengths = new Uint8Array(Math.max(1024, expected));
  }

  get size(): number {
    return this.count;
  }

  /** The id of the hex sha in `bytes[from, to)`, added when new (`add`) or -1. */
  lookup(bytes: Uint8Array, from: number, to: number, add: boolean): number {
    const len = to - from;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const h = hash(bytes, from, to);
    let slot = h & mask;
    for (;;) {
      const id = slots[2 * slot]!;
      if (id === -1) break;
      if (slots[2 * slot + 1] === h && this.lengths[id] === len && this.equals(id, bytes, from, len)) return id;
      slot = (slot + 1) & mask;
    }
    if (!add) return -1;
    const id = this.count++;
    if (this.used + len > this.keys.length) this.keys = grown(this.keys, this.used + len);
    if (id >= this.offsets.length) {
      this.offsets = grown(this.offsets, id + 1);
      this.lengths = grown(this.lengths, id + 1);
    }
    const keys = this.keys;
    for (let i = 0; i < len; i++) keys[this.used + i] = bytes[from + i]!;
    this.offsets[id] = this.used;
    this.lengths[id] = len;
    this.used += len;
    slots[2 * slot] = id;
    slots[2 * slot + 1] = h;
    if (this.count * 2 > mask + 1) this.rehash();
    return id;
  }

  sha(id: number): string {
    let s = this.strings[id];
    if (s === undefined) {
      const o = this.offsets[id]!;
      s = Buffer.from(this.keys.buffer, this.keys.byteOffset + o, this.lengths[id]!).toString('latin1');
      this.strings[id] = s;
    }
    return s;
  }

  private equals(id: number, bytes: Uint8Array, from: number, len: number): boolean {
    const o = this.offsets[id]!;
    const keys = this.keys;
    for (let i = 0; i < len; i++) if (keys[o + i] !== bytes[from + i]) return false;
    return true;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2).fill(-1);
    const mask = (slots.length >> 1) - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s] === -1) continue;
      let slot = old[s + 1]! & mask;
      while (slots[2 * slot] !== -1) slot = (slot + 1) & mask;
      slots[2 * slot] = old[s]!;
      slots[2 * slot + 1] = old[s + 1]!;
    }
    this.slots = slots;
  }
}

/** A copy of `a` with room for at least `need` items (doubling, so appends stay amortised O(1)). */
function grown<T extends Int32Array | Uint8Array | Float64Array>(a: T, need: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** The first eight hex digits as a number (any bytes work; only the spread matters). */
function hash(bytes: Uint8Array, from: number, to: number): number {
  let h = 0;
  const end = Math.min(to, from + 8);
  for (let i = from; i < end; i++) {
    const c = bytes[i]!;
    h = (h << 4) | (c <= 57 ? c - 48 : (c | 32) - 87);
  }
  return h | 0;
}

export class CommitGraph {
  private readonly table: ShaTable;
  /** Author time of each id read, epoch ms; only meaningful where `has(id)`. */
  private time: Float64Array;
  /** Where each id's parents start in `edges`, and how many; start -1 for an id not read. */
  private start: Int32Array;
  private count: Int32Array;
  private edges: Int32Array;
  private edgeCount = 0;
  /** Only the few commits that say something: most revert nothing, roll nothing back, merge no hotfix. */
  private readonly revertsOf = new Map<number, string[]>();
  private readonly rollbacksOf = new Map<number, string[]>();
  private readonly hotfixes = new Set<number>();
  /** Commits read. */
  size = 0;

  /** `expected`: about how many commits (and parents) will be added; only a hint. */
  constructor(expected = 1024) {
    this.table = new ShaTable(expected);
    this.time = new Float64Array(expected);
    this.start = new Int32Array(expected).fill(-1);
    this.count = new Int32Array(expected);
    this.edges = new Int32Array(expected);
  }

  /** The id of the sha in `bytes[from, to)` (hex, as git prints it), interned when new. */
  internBytes(bytes: Uint8Array, from: number, to: number): number {
    const id = this.table.lookup(bytes, from, to, true);
    if (id >= this.start.length) {
      const before = this.start.length;
      this.time = grown(this.time, id + 1);
      this.start = grown(this.start, id + 1);
      this.start.fill(-1, before);
      this.count = grown(this.count, id + 1);
    }
    return id;
  }

  /** The id of `sha`, interned when new. */
  intern(sha: string): number {
    const bytes = Buffer.from(sha, 'latin1');
    return this.internBytes(bytes, 0, bytes.length);
  }

  /** The id of a commit that was read, or undefined. */
  find(sha: string): number | undefined {
    const bytes = Buffer.from(sha, 'latin1');
    const id = this.table.lookup(bytes, 0, bytes.length, false);
    return id >= 0 && this.start[id]! >= 0 ? id : undefined;
  }

  sha(id: number): string {
    return this.table.sha(id);
  }

  /** Adds the commit whose id `internBytes` gave; its parents follow with `addParentId`. */
  addCommitId(id: number, authorTime: number): void {
    if (this.start[id]! >= 0) return;
    this.size++;
    this.time[id] = authorTime;
    this.start[id] = this.edgeCount;
  }

  addParentId(child: number, parent: number): void {
    if (this.edgeCount >= this.edges.length) this.edges = grown(this.edges, this.edgeCount + 1);
    this.edges[this.edgeCount++] = parent;
    this.count[child]!++;
  }

  /** Adds a commit; its parents follow with `addParent`, before the next commit is added. */
  addCommit(sha: string, authorTime: number): number {
    const id = this.intern(sha);
    this.addCommitId(id, authorTime);
    return id;
  }

  addParent(child: number, parentSha: string): void {
    this.addParentId(child, this.intern(parentSha));
  }
  setNotes(id: number, notes: { reverts?: string[]; rollbackOf?: string[]; hotfix?: boolean }): void {
    if (notes.reverts && notes.reverts.length > 0) this.revertsOf.set(id, notes.reverts);
    if (notes.rollbackOf && notes.rollbackOf.length > 0) this.rollbacksOf.set(id, notes.rollbackOf);
    if (notes.hotfix) this.hotfixes.add(id);
  }

  /** Ids so far (read or only named as parents): the length of arrays indexed by id. */
  get idCount(): number {
    return this.table.size;
  }

  has(id: number): boolean {
    return this.start[id]! >= 0;
  }

  authorTime(id: number): number {
    return this.time[id]!;
  }

  parentCount(id: number): number {
    return this.count[id]!;
  }

  /** The k-th parent's id. */
  parent(id: number, k: number): number {
    return this.edges[this.start[id]! + k]!;
  }

  /** Whether the commit reverts, rolls back or merges a hotfix: the only ones failures look at. */
  notable(id: number): boolean {
    return this.revertsOf.has(id) || this.rollbacksOf.has(id) || this.hotfixes.has(id);
  }

  reverts(id: number): readonly string[] {
    return this.revertsOf.get(id) ?? NONE;
  }

  rollbackOf(id: number): readonly string[] {
    return this.rollbacksOf.get(id) ?? NONE;
  }

  hotfix(id: number): boolean {
    return this.hotfixes.has(id);
  }

  /** Builds a graph from plain facts, in any order (tests, and sources other than `git log`). */
  static of(facts: Iterable<CommitFact>): CommitGraph {
    const g = new CommitGraph();
    for (const c of facts) {
      const id = g.addCommit(c.sha, c.authorTime);
      for (const p of c.parents) g.addParent(id, p);
      g.setNotes(id, c);
    }
    return g;
  }
}
