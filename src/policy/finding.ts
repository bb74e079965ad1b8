/** What a rule reports. Rules are pure: they return findings, they never print or exit. */
export type Severity = 'error' | 'warning';

export interface Finding {
  /** The rule's name as written in `.gitops.yml` (`jira`, `destructive`, ...). */
  rule: string;
  severity: Severity;
  message: string;
  /** How to fix it, addressed to the person who pushed. */
  hint: string;
  commit?: string;
  file?: string;
  line?: number;
  service?: string;
  /** The destructive gate's kind (`port-opened`, ...). */
  kind?: string;
  object?: string;
  /** The destructive gate's target the object deploys with (a kustomize root, a folder, a file). */
  target?: string;
  path?: string;
  before?: unknown;
  after?: unknown;
  /** Set when an `Allow-Destructive:` trailer turned an error into a warning. */
  acceptedBy?: string;
}

export type Decision = 'deploy' | 'skip' | 'block';
