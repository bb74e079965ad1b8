import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/descriptors/plan.js';
import type { Deploy } from '../../src/record/types.js';
import { refusals } from '../../src/rollback/guard.js';
import { rollbackMessage } from '../../src/rollback/message.js';
import { pickTargets } from '../../src/rollback/target.js';

const sha = (n: number) => String(n).repeat(40).slice(0, 40);
const d = (n: number, status: 'success' | 'failure', version?: string): Deploy => ({
  environment: 'production',
  sha: sha(n),
  status,
  at: `2026-03-0${n}T10:00:00Z`,
  source: 'git-ref',
  ...(version ? { version } : {}),
});

describe('which deploy a rollback returns to', () => {
  // Newest first, as the record reads.
  const history = [
    d(5, 'failure', '1.3.0'),
    d(4, 'success', '1.2.0'),
    d(4, 'failure'),
    d(3, 'success', '1.1.0'),
    d(2, 'success', '1.0.0'),
  ];

  it('undoes the newest record and returns to the newest success of another commit', () => {
    const t = pickTargets('production', history);
    expect(t.current.sha).toBe(sha(5));
    expect(t.target.sha).toBe(sha(4));
    // A success that is itself the current deploy is skipped: the one before it is the last good one.
    const t2 = pickTargets('production', history.slice(1));
    expect(t2.target.sha).toBe(sha(3));
  });

  it('takes --to as a recorded version (with or without v) or a sha, and only a success', () => {
    expect(pickTargets('production', history, { text: 'v1.0.0' }).target.sha).toBe(sha(2));
    expect(pickTargets('production', history, { text: '1.1.0' }).target.sha).toBe(sha(3));
    expect(pickTargets('production', history, { text: 'abc', sha: sha(2) }).target.sha).toBe(sha(2));
    expect(() => pickTargets('production', history, { text: '1.3.0' })).toThrow(/never deployed successfully/);
    expect(() => pickTargets('production', history, { text: 'x', sha: sha(9) })).toThrow(/never deployed successfully/);
  });

  it('says why there is nothing to roll back', () => {
    expect(() => pickTargets('production', [])).toThrow(/no deploy of production is recorded/);
    expect(() => pickTargets('production', [d(1, 'success')])).toThrow(/no successful deploy of production before/);
  });
});

describe('when a rollback is refused', () => {
  const plan = (kinds: string[]): Plan => ({
    objects: [],
    summary: { add: 0, change: 0, destroy: 0, destructive: kinds.length },
    findings: kinds.map((kind) => ({
      rule: 'destructive',
      kind,
      severity: 'error',
      message: `${kind} happens`,
      hint: '',
    })),
  });

  it('refuses destructive errors and migrations since the target, unless accepted', () => {
    const none = refusals({ plan: plan([]), changedSinceTarget: ['src/a.ts'], accepted: new Set() });
    expect(none).toEqual([]);
    const both = refusals({
      plan: plan(['version-downgrade']),
      changedSinceTarget: ['db/migrations/003.sql', 'src/a.ts'],
      accepted: new Set(),
    });
    expect(both.map((r) => r.kind)).toEqual(['version-downgrade', 'migration']);
    expect(both[1]!.message).toContain('db/migrations/003.sql');
    const accepted = refusals({
      plan: plan(['version-downgrade']),
      changedSinceTarget: ['migrations/003.sql'],
      accepted: new Set(['version-downgrade', 'migration']),
    });
    expect(accepted).toEqual([]);
  });

  it('tells what a trailer can accept from what must be fixed (a file that does not parse, a refused render)', () => {
    const r = refusals({
      plan: plan(['port-opened', 'invalid', 'render']),
      changedSinceTarget: [],
      accepted: new Set(),
    });
    expect(r.map((x) => [x.kind, x.acceptable])).toEqual([
      ['port-opened', true],
      ['invalid', false],
      ['render', false],
    ]);
  });

  it('writes the Jira key in the subject and the trailers last', () => {
    const message = rollbackMessage({
      environment: 'production',
      targets: { current: d(5, 'failure', '1.3.0'), target: d(4, 'success', '1.2.0') },
      jiraKey: 'OPS-7',
      globs: ['deploy/**'],
      accepted: ['version-downgrade'],
    });
    const lines = message.trimEnd().split('\n');
    expect(lines[0]).toBe(`OPS-7: roll back production to ${sha(4).slice(0, 7)} (1.2.0)`);
    expect(lines.slice(-3)).toEqual([
      `Rollback-Of: ${sha(5)}`,
      `Rollback-To: ${sha(4)}`,
      'Allow-Destructive: version-downgrade',
    ]);
  });
});
