import type { CheckResult } from '../policy/check.js';

/**
 * Removes credentials from text, in every form they come back in: as given, in any letter case
 * (a server that upper-cases what it echoes), URL-encoded, base64 (the `Authorization: Basic`
 * header is base64 of `user:token`), and base64url. Redaction must run before anything is cut
 * short: a cut can leave a secret's first characters, which no longer match the secret.
 */
export class Redactor {
  private readonly forms = new Set<string>();
  private pattern?: RegExp;

  /** Secrets shorter than this are not redacted: they would blank out ordinary words. */
  static readonly MIN_LENGTH = 6;

  constructor(secrets: Iterable<string | undefined> = []) {
    for (const s of secrets) this.add(s);
  }

  /** A secret, and the `user:secret` pair it forms a Basic credential with, when a user is given. */
  add(secret: string | undefined, user?: string): this {
    const value = secret?.trim();
    if (!value || value.length < Redactor.MIN_LENGTH) return this;
    const variants = [value];
    if (user?.trim()) variants.push(`${user.trim()}:${value}`);
    for (const v of variants) {
      for (const form of [
        v,
        encodeURIComponent(v),
        encodeURI(v),
        Buffer.from(v, 'utf8').toString('base64'),
        Buffer.from(v, 'utf8').toString('base64').replace(/=+$/, ''),
        Buffer.from(v, 'utf8').toString('base64url'),
      ]) {
        if (form.length >= Redactor.MIN_LENGTH) this.forms.add(form);
      }
    }
    this.pattern = undefined;
    return this;
  }

  get empty(): boolean {
    return this.forms.size === 0;
  }

  redact(text: string): string {
    if (this.forms.size === 0 || !text) return text;
    if (!this.pattern) {
      // Longest first, so a Basic credential is replaced whole rather than around the token in it.
      const alternatives = [...this.forms].sort((a, b) => b.length - a.length).map(escapeRegExp);
      this.pattern = new RegExp(alternatives.join('|'), 'gi');
    }
    return text.replace(this.pattern, '***');
  }

  /** Every string inside a JSON-like value, redacted; other values as they are. */
  redactDeep<T>(value: T): T {
    if (this.forms.size === 0) return value;
    return this.walk(value, new WeakMap()) as T;
  }

  private walk(value: unknown, seen: WeakMap<object, unknown>): unknown {
    if (typeof value === 'string') return this.redact(value);
    if (value === null || typeof value !== 'object') return value;
    const known = seen.get(value);
    if (known !== undefined) return known;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      seen.set(value, out);
      for (const v of value) out.push(this.walk(v, seen));
      return out;
    }
    if (value instanceof Map) {
      const out = new Map();
      seen.set(value, out);
      for (const [k, v] of value) out.set(k, this.walk(v, seen));
      return out;
    }
    if (value instanceof Set) {
      const out = new Set();
      seen.set(value, out);
      for (const v of value) out.add(this.walk(v, seen));
      return out;
    }
    const out: Record<string, unknown> = {};
    seen.set(value, out);
    for (const [k, v] of Object.entries(value)) out[k] = this.walk(v, seen);
    return out;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A check's result with every text that reaches a report redacted: findings (Jira's answers end up
 * in their messages), the Jira lookups, the plan, notes, and the commits' subjects and identities.
 * The doors call this once, before any report is cut or formatted. A commit's whole `message` is
 * left as it is: no report shows it, and it may be hundreds of megabytes.
 */
export function redactResult(result: CheckResult, redactor: Redactor): CheckResult {
  if (redactor.empty) return result;
  const r = (text: string) => redactor.redact(text);
  const out: CheckResult = {
    ...result,
    ref: r(result.ref),
    refName: r(result.refName),
    findings: redactor.redactDeep(result.findings),
    configSource: r(result.configSource),
    notes: result.notes.map(r),
    commits: result.commits.map((c) => ({
      ...c,
      subject: r(c.subject),
      author: { ...c.author, name: r(c.author.name), email: r(c.author.email) },
      committer: { ...c.committer, name: r(c.committer.name), email: r(c.committer.email) },
    })),
  };
  if (result.plan) out.plan = redactor.redactDeep(result.plan);
  if (result.jira) out.jira = redactor.redactDeep(result.jira);
  if (result.skipReason !== undefined) out.skipReason = r(result.skipReason);
  if (result.version) out.version = redactor.redactDeep(result.version);
  if (result.baseline) out.baseline = redactor.redactDeep(result.baseline);
  return out;
}
