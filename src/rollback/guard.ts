import picomatch from 'picomatch';
import { DESTRUCTIVE_KINDS } from '../config/types.js';
import type { Plan } from '../descriptors/plan.js';

/**
 * When a rollback must not be written without an explicit acceptance, and why. Pure.
 *
 * - The rollback's own plan has error findings: returning to the target is itself destructive
 *   (a service the target lacks is removed, a port closes, a version goes down). The gate would
 *   block the rollback's push just the same, so the refusal comes first, with the same words.
 * - A migration changed since the target (a file matching MIGRATION_GLOBS in `target..HEAD`):
 *   the database moved forward, and descriptors from before it would run code against a schema it
 *   does not know. git cannot tell a reversible migration from one that is not.
 *
 * `--allow-destructive KINDS` accepts them, in git, the way the policy does: the kinds go into an
 * `Allow-Destructive:` trailer on the rollback commit (`migration` for the second reason).
 */
export const MIGRATION_GLOBS = ['migrations/**', '**/migrations/**', '**/*.migration.sql', 'db/migrate/**'];

export const MIGRATION_KIND = 'migration';

export interface Refusal {
  kind: string;
  message: string;
  /**
   * False for what no trailer can accept: a descriptor that does not parse, a render that was
   * refused (a remote base). Those are fixed in the files or the policy, not accepted.
   */
  acceptable: boolean;
}

export function refusals(input: { plan: Plan; changedSinceTarget: string[]; accepted: Set<string> }): Refusal[] {
  const out: Refusal[] = [];
  for (const f of input.plan.findings) {
    if (f.severity !== 'error') continue;
    const kind = f.kind ?? f.rule;
    if (input.accepted.has(kind)) continue;
    out.push({ kind, message: f.message, acceptable: (DESTRUCTIVE_KINDS as readonly string[]).includes(kind) });
  }
  if (!input.accepted.has(MIGRATION_KIND)) {
    const isMigration = picomatch(MIGRATION_GLOBS, { dot: true });
    const migrations = input.changedSinceTarget.filter((p) => isMigration(p));
    if (migrations.length > 0) {
      const shown =
        migrations.slice(0, 5).join(', ') + (migrations.length > 5 ? `, and ${migrations.length - 5} more` : '');
      out.push({
        kind: MIGRATION_KIND,
        message: `a migration changed since the target (${shown}): the descriptors it returns to predate that schema`,
        acceptable: true,
      });
    }
  }
  return out;
}
