import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import { RULE_DEFAULTS } from '../config/defaults.js';
import type { ResolvedConfig } from '../config/types.js';
import { type Plan, planRead } from '../descriptors/plan.js';
import { readDescriptorInput } from '../descriptors/read.js';
import { UsageError } from '../errors.js';
import type { Commit } from '../git/commit.js';
import type { Git } from '../git/git.js';
import type { Deploy, DeployRecordReader } from '../record/types.js';

/**
 * What a failure notice says, read once from git and the record: the failed deploy, what ran
 * before it, the commits between, the services they touch (with their `notify:` and
 * `maintainer`), and the plan of the descriptors. Everything after this is pure.
 */
export interface ServiceContact {
  service: string;
  file: string;
  maintainer?: string;
  slack: string[];
  /** As written in the descriptor: untrusted, checked (`validAddress`) before any is sent to. */
  email: string[];
}

export interface FailureFacts {
  environment: string;
  failed: Deploy;
  /** The last success before the failure: what the environment still runs. */
  previous?: Deploy;
  /** `previous..failed`, newest first, at most MAX_COMMITS. */
  commits: Commit[];
  /** True when there were more commits than were read. */
  moreCommits: boolean;
  head: Commit;
  /** The services whose descriptors the range changed; every service when it changed none. */
  services: ServiceContact[];
  plan?: Plan;
  /** Why there is no plan: the render command failed. */
  planProblem?: string;
  /** Links: the run (the record's, or the Action's), and the repository's web page for commits. */
  runUrl?: string;
  repositoryUrl?: string;
}

export const MAX_COMMITS = 50;

export interface FailureFactsRequest {
  git: Git;
  config: ResolvedConfig;
  failed: Deploy;
  reader: DeployRecordReader;
  runUrl?: string;
  repositoryUrl?: string;
}

export async function gatherFailureFacts(req: FailureFactsRequest): Promise<FailureFacts> {
  const { git, failed } = req;
  const history = await req.reader.history(failed.environment);
  const at = Date.parse(failed.at);
  const previous = history.find((d) => d.status === 'success' && d.sha !== failed.sha && Date.parse(d.at) <= at);
  const range = previous ? [failed.sha, `^${previous.sha}`] : [failed.sha];
  const commits = git.log(range, { maxCount: MAX_COMMITS + 1 });
  const head = commits[0] ?? git.log([failed.sha], { maxCount: 1 })[0]!;
  const env = req.config.environments[failed.environment];
  const destructive = (env?.rules ?? req.config.rules).destructive;
  const globs = destructive ? destructive.descriptors : [...RULE_DEFAULTS.destructive.descriptors];
  const isDescriptor = picomatch(globs, { dot: true });
  const after = git.readFiles(
    failed.sha,
    git.listFiles(failed.sha).filter((p) => isDescriptor(p)),
  );
  const changed = new Set(git.changedFiles(previous?.sha, failed.sha));
  const all = serviceContacts(after);
  const touched = all.filter((s) => changed.has(s.file));
  let plan: Plan | undefined;
  let planProblem: string | undefined;
  if (destructive && previous) {
    // The plan as `plan --from previous --to failed` shows it: rendered where the policy says
    // `render:`. A render that fails costs the notice its plan, never the notice.
    try {
      plan = planRead(readDescriptorInput(git, destructive, previous.sha, failed.sha, false), destructive);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      planProblem = err.message;
    }
  }
  return {
    environment: failed.environment,
    failed,
    previous,
    commits: commits.slice(0, MAX_COMMITS),
    moreCommits: commits.length > MAX_COMMITS,
    head,
    services: touched.length > 0 ? touched : all,
    plan,
    ...(planProblem ? { planProblem } : {}),
    runUrl: req.runUrl ?? failed.url,
    repositoryUrl: req.repositoryUrl,
  };
}

/** Service descriptors (`service:` at the top of the file) and whom they name. Other YAML is skipped. */
export function serviceContacts(files: Map<string, string>): ServiceContact[] {
  const out: ServiceContact[] = [];
  for (const [file, text] of files) {
    let doc: unknown;
    try {
      doc = parseYaml(text, { maxAliasCount: 100 });
    } catch {
      continue;
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) continue;
    const d = doc as Record<string, unknown>;
    if (typeof d.service !== 'string') continue;
    const notify = d.notify && typeof d.notify === 'object' ? (d.notify as Record<string, unknown>) : {};
    const list = (v: unknown) =>
      (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []).filter(
        (c): c is string => typeof c === 'string' && c.length > 0,
      );
    const contact: ServiceContact = { service: d.service, file, slack: list(notify.slack), email: list(notify.email) };
    if (typeof d.maintainer === 'string') contact.maintainer = d.maintainer;
    out.push(contact);
  }
  return out.sort((a, b) => (a.service < b.service ? -1 : a.service > b.service ? 1 : 0));
}
