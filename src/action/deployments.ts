import type { Git } from '../git/git.js';
import type { CheckVerdict, Deploy, DeployRecordReader } from '../record/types.js';
import { type GitHubApi, GitHubApiError } from './github-api.js';
import { NOT_DEPLOYED_TITLE } from './report.js';

/**
 * The deploy record in the Action: GitHub's Deployments API. GitHub writes a deployment (and its
 * statuses) for every job that declares `environment:`, and `mode: record` writes one for deploy
 * jobs that do not. Where an environment has no deployment at all, the baseline falls back to the
 * last commit whose check by this Action passed (check runs named by the job, the precedent being
 * nrwl/nx-set-shas), and only then (in the engine) to the push's `before`.
 *
 * Every walk is bounded: a run never makes more than a fixed number of calls for the record, and
 * says so when the bound cut the walk short. A missing permission is a warning that names it,
 * then the fallback: never a crash, never a silent pass.
 */

/** Deployments listed per page; the newest come first. */
const DEPLOYMENTS_PER_PAGE = 30;
/** The most calls (deployment pages plus status look-ups) spent finding one environment's last success. */
export const MAX_RECORD_CALLS = 20;
/** The most commits of the branch asked about their check runs for the fallback. */
export const MAX_CHECK_LOOKUPS = 10;

interface DeploymentJson {
  id: number;
  sha: string;
  environment: string;
  creator: { login?: string } | null;
}

interface StatusJson {
  state: string;
  created_at: string;
  log_url?: string;
  target_url?: string;
  creator: { login?: string } | null;
}

interface CheckRunsJson {
  check_runs: Array<{
    id: number;
    name: string;
    status: string;
    conclusion: string | null;
    output?: { annotations_count?: number };
  }>;
}

interface AnnotationJson {
  title?: string | null;
}

export interface DeploymentsOptions {
  git: Git;
  /** The API client, connected on first use. */
  github: () => Promise<GitHubApi>;
  /** The name of this job's check run: what the fallbacks ask about. Without it, no fallback. */
  checkName?: string;
  /**
   * For the branch fallback: the commit to walk back from on the branch (the push's `before`, or
   * the pull request's base). Without it, no last-passed-check fallback.
   */
  lastChecked?: string;
  /** Warnings for the job log and the summary: a missing permission, a bound reached. */
  notes: string[];
}

export class GitHubDeployments implements DeployRecordReader {
  private readonly options: DeploymentsOptions;
  private readonly successes = new Map<string, Promise<Deploy | undefined>>();

  constructor(options: DeploymentsOptions) {
    this.options = options;
  }

  lastSuccess(environment: string): Promise<Deploy | undefined> {
    let pending = this.successes.get(environment);
    if (!pending) {
      pending = this.findLastSuccess(environment);
      this.successes.set(environment, pending);
    }
    return pending;
  }

  async history(environment: string, options: { since?: string; limit?: number } = {}): Promise<Deploy[]> {
    const deploys: Deploy[] = [];
    const limit = options.limit ?? DEPLOYMENTS_PER_PAGE;
    let calls = 0;
    try {
      for (let page = 1; calls < MAX_RECORD_CALLS; page++) {
        const list = await this.deploymentsPage(environment, page);
        calls++;
        for (const d of list) {
          if (deploys.length >= limit || calls >= MAX_RECORD_CALLS) return deploys;
          const status = await this.newestStatus(d);
          calls++;
          const deploy = status && toDeploy(d, status);
          if (!deploy) continue;
          if (options.since && deploy.at < options.since) return deploys;
          deploys.push(deploy);
        }
        if (list.length < DEPLOYMENTS_PER_PAGE) return deploys;
      }
    } catch (err) {
      if (this.permissionProblem(err, 'deployments: read', 'the deploy history')) return deploys;
      throw err;
    }
    return deploys;
  }

  /** The environments that have a deployment, from the newest page of deployments. */
  async environments(): Promise<string[]> {
    try {
      const list = await this.deploymentsPage(undefined, 1);
      return [...new Set(list.map((d) => d.environment))].sort();
    } catch (err) {
      if (this.permissionProblem(err, 'deployments: read', 'the deployed environments')) return [];
      throw err;
    }
  }

  private async findLastSuccess(environment: string): Promise<Deploy | undefined> {
    let calls = 0;
    let seen = 0;
    try {
      for (let page = 1; calls < MAX_RECORD_CALLS; page++) {
        const list = await this.deploymentsPage(environment, page);
        calls++;
        for (const d of list) {
          if (calls >= MAX_RECORD_CALLS) break;
          seen++;
          const status = await this.newestStatus(d);
          calls++;
          // The newest status decides: a deploy that failed, or is still running, is not what runs.
          if (status?.state === 'success') return toDeploy(d, status);
        }
        if (list.length < DEPLOYMENTS_PER_PAGE) break;
      }
    } catch (err) {
      if (!this.permissionProblem(err, 'deployments: read', `the deployments of ${environment}`)) throw err;
      return this.lastPassedCheck(environment);
    }
    if (calls >= MAX_RECORD_CALLS) {
      this.options.notes.push(
        `the newest ${seen} deployments of ${environment} have no success status, and the Action reads at most ${MAX_RECORD_CALLS} pages and statuses a run; the baseline is a fallback. Record successful deploys (a deploy job with environment: ${environment}, or this Action with mode: record).`,
      );
      return undefined;
    }
    // Deployments that all failed still are a record: nothing was deployed successfully, so the
    // fallback to the last passing check does not apply (that is for repositories with no record).
    return seen === 0 ? this.lastPassedCheck(environment) : undefined;
  }

  private async deploymentsPage(environment: string | undefined, page: number): Promise<DeploymentJson[]> {
    const api = await this.options.github();
    const params: Record<string, unknown> = { per_page: DEPLOYMENTS_PER_PAGE, page };
    if (environment) params.environment = environment;
    const what = environment ? `the deployments of ${environment}` : 'the deployments';
    return (await api.request<DeploymentJson[]>('GET /repos/{owner}/{repo}/deployments', params, what)).data;
  }

  /** GitHub lists a deployment's statuses newest first: the first one is its state now. */
  private async newestStatus(d: DeploymentJson): Promise<StatusJson | undefined> {
    const api = await this.options.github();
    const { data } = await api.request<StatusJson[]>(
      'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
      { deployment_id: d.id, per_page: 1 },
      `the statuses of deployment ${d.id}`,
    );
    return data[0];
  }

  /**
   * The fallback where the environment has no deployment: walking the branch's first-parent line
   * back from `start`, the first commit whose latest check run named `checkName` succeeded.
   */
  private async lastPassedCheck(environment: string): Promise<Deploy | undefined> {
    const { git, lastChecked: start, checkName } = this.options;
    if (!start || !checkName) return undefined;
    const line = git.tryRevParse(start)
      ? git.revList([start], ['--first-parent', `--max-count=${MAX_CHECK_LOOKUPS}`])
      : [];
    try {
      for (const sha of line) {
        if ((await this.verdict(sha, checkName)) === 'passed') {
          return { environment, sha, status: 'success', at: '', source: 'last-passed-check' };
        }
      }
    } catch (err) {
      if (this.permissionProblem(err, 'checks: read', 'the check runs of the branch')) return undefined;
      throw err;
    }
    if (line.length >= MAX_CHECK_LOOKUPS) {
      this.options.notes.push(
        `none of the last ${MAX_CHECK_LOOKUPS} commits of the branch has a passing check "${checkName}", and the Action asks about at most ${MAX_CHECK_LOOKUPS}; the baseline falls back to the push's before.`,
      );
    }
    return undefined;
  }

  /** The verdicts of this job's check on the first MAX_CHECK_LOOKUPS of `shas`; none on a missing permission. */
  async checkVerdicts(shas: string[]): Promise<Map<string, CheckVerdict>> {
    const verdicts = new Map<string, CheckVerdict>();
    const { checkName } = this.options;
    if (!checkName) return verdicts;
    try {
      for (const sha of shas.slice(0, MAX_CHECK_LOOKUPS)) {
        const verdict = await this.verdict(sha, checkName);
        if (verdict) verdicts.set(sha, verdict);
      }
    } catch (err) {
      if (this.permissionProblem(err, 'checks: read', 'the check runs of the release tags')) return verdicts;
      throw err;
    }
    return verdicts;
  }

  /** The latest finished run of the check on a commit: success passes; any other conclusion fails. */
  private async verdict(sha: string, checkName: string): Promise<CheckVerdict | undefined> {
    const api = await this.options.github();
    const { data } = await api.request<CheckRunsJson>(
      'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
      { ref: sha, check_name: checkName, filter: 'latest', per_page: 10 },
      `the check runs of commit ${sha.slice(0, 12)}`,
    );
    const run = data.check_runs.find((r) => r.name === checkName && r.status === 'completed');
    if (!run) return undefined;
    // neutral and skipped are not a pass: only a check that said yes vouches for a commit.
    if (run.conclusion !== 'success') return 'failed';
    // A passed check that skipped the deploy says so in a notice (report.ts): only then is one
    // more call spent, on the run's first page of annotations.
    if (!run.output?.annotations_count) return 'passed';
    const annotations = await api.request<AnnotationJson[]>(
      'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
      { check_run_id: run.id, per_page: 50 },
      `the annotations of check run ${run.id}`,
    );
    return annotations.data.some((a) => a.title === NOT_DEPLOYED_TITLE) ? 'not-deployed' : 'passed';
  }

  /**
   * A 403 or 404 from a record call means the token may not read it: a warning naming the
   * permission, and the caller falls back. Anything else is not ours to swallow.
   */
  private permissionProblem(err: unknown, permission: string, what: string): boolean {
    if (!(err instanceof GitHubApiError) || (err.status !== 403 && err.status !== 404)) return false;
    this.options.notes.push(
      `could not read ${what} (GitHub answered ${err.status}); give the job \`permissions: ${permission}\`. The baseline is a fallback.`,
    );
    return true;
  }
}

function toDeploy(d: DeploymentJson, status: StatusJson): Deploy | undefined {
  // `inactive` is what GitHub sets on a successful deploy once a newer one succeeds.
  const state = status.state === 'success' || status.state === 'inactive' ? 'success' : undefined;
  const failed = status.state === 'failure' || status.state === 'error' ? 'failure' : undefined;
  const result = state ?? failed;
  if (!result) return undefined;
  const deploy: Deploy = {
    environment: d.environment,
    sha: d.sha,
    status: result,
    at: status.created_at,
    id: String(d.id),
    source: 'github-deployments',
  };
  const by = d.creator?.login ?? status.creator?.login;
  if (by) deploy.by = by;
  const url = status.log_url || status.target_url;
  if (url) deploy.url = url;
  return deploy;
}
