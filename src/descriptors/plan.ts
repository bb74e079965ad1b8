import { DESTRUCTIVE_KINDS, type DestructiveConfig, type DestructiveKind } from '../config/types.js';
import type { Finding } from '../policy/finding.js';
import { type Change, diffObjects, formatPath } from './diff.js';
import { limitsFindings, pairFindings, type RawFinding } from './gate.js';
import { type DescObject, type LoadProblem, lineOf, loadSide } from './load.js';

/**
 * The plan: what changes between the descriptors at `from` (deployed) and at `to` (requested),
 * object by object, and which of those changes are destructive. Pure: no git, no printing.
 */
export interface PlanChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

export interface PlanObject {
  id: string;
  kind: string;
  file: string;
  action: 'create' | 'update' | 'delete';
  changes: PlanChange[];
}

export interface Plan {
  objects: PlanObject[];
  findings: Finding[];
  summary: { add: number; change: number; destroy: number; destructive: number };
}

export interface PlanInput {
  before: Map<string, string>;
  after: Map<string, string>;
  config: DestructiveConfig;
  /** Kind → short sha of the commit whose `Allow-Destructive:` trailer accepted it. */
  accepted?: Map<DestructiveKind, string>;
}

const KINDS = new Set<string>(DESTRUCTIVE_KINDS);

export function buildPlan(input: PlanInput): Plan {
  const { config } = input;
  const { side: before, parsed } = loadSide(input.before);
  const { side: after } = loadSide(input.after, parsed);

  const findings: Finding[] = [];
  // Input problems: at `to` the gate fails closed (error); at `from` they are warnings, since the
  // deployed state is what it is and the push may be the fix. A problem present on both sides is
  // reported once, as the error.
  const seen = new Set(after.problems.map((p) => `${p.file}\0${p.message}`));
  for (const p of after.problems) findings.push(problemFinding(p, 'error', 'at the requested revision'));
  for (const p of before.problems) {
    if (!seen.has(`${p.file}\0${p.message}`)) findings.push(problemFinding(p, 'warning', 'at the deployed revision'));
  }

  interface Entry {
    before?: DescObject;
    after?: DescObject;
    changes: Change[];
  }
  const entries: Entry[] = [];
  for (const [key, a] of after.objects) {
    const b = before.objects.get(key);
    if (!b) {
      // A file that did not parse at `from` hides what was there: not evidence of a create.
      if (before.unreadable.has(a.file)) continue;
      entries.push({ after: a, changes: [] });
      continue;
    }
    if (a === b || a.body === b.body) continue;
    const changes = diffObjects(a.kind, a.descriptor, b.body, a.body);
    if (changes.length > 0) entries.push({ before: b, after: a, changes });
  }
  for (const [key, b] of before.objects) {
    if (after.objects.has(key)) continue;
    // Likewise, a file that does not parse at `to` is an error already, not a deletion.
    if (after.unreadable.has(b.file)) continue;
    entries.push({ before: b, changes: [] });
  }
  const where = (e: Entry) => (e.after ?? e.before) as DescObject;
  entries.sort((x, y) => {
    const a = where(x);
    const b = where(y);
    return a.file < b.file ? -1 : a.file > b.file ? 1 : a.index - b.index || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });

  const raw: RawFinding[] = [];
  for (const e of entries) raw.push(...pairFindings(e, config));
  raw.push(...limitsFindings(before.objects.values(), after.objects.values(), config));

  let destructive = 0;
  for (const r of raw) {
    const f = destructiveFinding(r, config, input.accepted);
    if (!f) continue;
    destructive++;
    findings.push(f);
  }

  const objects: PlanObject[] = entries.map((e) => {
    const o = where(e);
    return {
      id: o.id,
      kind: o.kind,
      file: o.file,
      action: e.before && e.after ? 'update' : e.after ? 'create' : 'delete',
      changes: e.changes.map((c) => {
        const pc: PlanChange = { path: c.path };
        if ('before' in c) pc.before = c.before;
        if ('after' in c) pc.after = c.after;
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

function problemFinding(p: LoadProblem, severity: 'error' | 'warning', side: string): Finding {
  const f: Finding = {
    rule: 'destructive',
    kind: p.kind,
    severity,
    message: `${p.message} (${side}${severity === 'error' ? '; the gate fails closed' : ''})`,
    hint: p.hint,
    file: p.file,
  };
  if (p.line !== undefined) f.line = p.line;
  if (p.object !== undefined) f.object = p.object;
  if (p.path !== undefined) f.path = p.path;
  return f;
}

function destructiveFinding(
  r: RawFinding,
  config: DestructiveConfig,
  accepted: Map<DestructiveKind, string> | undefined,
): Finding | undefined {
  const configured = config.severity[r.kind] ?? 'error';
  if (configured === 'off' || !KINDS.has(r.kind)) return undefined;
  const by = accepted?.get(r.kind);
  const f: Finding = {
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
  if (r.obj.descriptor) f.service = r.obj.name;
  if (by) f.acceptedBy = by;
  return f;
}
