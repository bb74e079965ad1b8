/**
 * A plan side's files (path → text) whose texts are read from git only when asked for. A file the
 * parse cache knows is never asked for, so a warm plan of 2,000 unchanged manifests reads none of
 * them; whoever does iterate the texts still gets every one.
 */
export class BlobTexts extends Map<string, string> {
  /** Path → blob id, for the texts not read yet. */
  private readonly pending = new Map<string, string>();

  constructor(private readonly load: (blob: string) => string) {
    super();
  }

  /** Adds a file whose text is `load(blob)`, read on first use. */
  lazy(path: string, blob: string): void {
    super.set(path, '');
    this.pending.set(path, blob);
  }

  override get(path: string): string | undefined {
    const blob = this.pending.get(path);
    if (blob === undefined) return super.get(path);
    this.pending.delete(path);
    const text = this.load(blob);
    super.set(path, text);
    return text;
  }

  override set(path: string, text: string): this {
    // `super()` may call this before the fields exist.
    this.pending?.delete(path);
    return super.set(path, text);
  }

  override delete(path: string): boolean {
    this.pending.delete(path);
    return super.delete(path);
  }

  override *entries(): MapIterator<[string, string]> {
    for (const path of super.keys()) yield [path, this.get(path) as string];
  }

  override *values(): MapIterator<string> {
    for (const path of super.keys()) yield this.get(path) as string;
  }

  override [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  override forEach(fn: (text: string, path: string, map: Map<string, string>) => void, thisArg?: unknown): void {
    for (const [path, text] of this.entries()) fn.call(thisArg, text, path, this);
  }
}
