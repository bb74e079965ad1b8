import { UsageError } from '../errors.js';
import { assertEnvironmentName, DEPLOYED_PREFIX } from '../record/git-store.js';
import type { DeployStatus } from '../record/types.js';
import { type GitHubApi, GitHubApiError } from './github-api.js';

/**
 * `mode: record`: writes the deploy record for a deploy job that is not a GitHub environment, the
 * same record GitHub keeps for jobs with `environment:`: a deployment of the commit to the
 * environment, its status, and, after a success, `refs/deployments/<env>` on the remote for hosts
 * and tools that read the record from git. Every step is idempotent, so a re-run of the job
 * records nothing twice.
 */
export interface RecordDeployRequest {
  environment: string;
  /** The deployed commit, a full sha. */
  sha: string;
  status: DeployStatus;
  /** The run that deployed, shown on the deployment. */
  logUrl?: string;
}

export interface RecordDeployOutcome {
  deploymentId: number;
  /** False when a deployment of this sha to this environment already existed. */
  createdDeployment: boolean;
  /** False when the deployment's newest status already was this one. */
  createdStatus: boolean;
  /** `refs/deployments/<env>` when it now points at the sha; undefined when it was not moved. */
  ref?: string;
  /** Warnings: a permission missing for the ref. */
  notes: string[];
}

interface DeploymentJson {
  id: number;
  sha: string;
  environment: string;
}

interface StatusJson {
  state: string;
}

interface RefJson {
  object: { sha: string };
}

const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

export async function recordDeploy(api: GitHubApi, req: RecordDeployRequest): Promise<RecordDeployOutcome> {
  assertEnvironmentName(req.environment);
  if (!FULL_SHA.test(req.sha)) {
    throw new UsageError(
      `the sha input must be a full commit sha, not ${JSON.stringify(req.sha.slice(0, 80))}`,
      'Leave sha empty to record GITHUB_SHA (the commit the workflow ran on), or pass the deployed commit in full.',
    );
  }
  const notes: string[] = [];
  const { deployment, created } = await deploymentFor(api, req);
  const createdStatus = await statusFor(api, deployment, req);
  const outcome: RecordDeployOutcome = {
    deploymentId: deployment.id,
    createdDeployment: created,
    createdStatus,
    notes,
  };
  if (req.status === 'success') {
    const ref = DEPLOYED_PREFIX + req.environment;
    try {
      await moveRef(api, ref, req.sha);
      outcome.ref = ref;
    } catch (err) {
      if (!(err instanceof GitHubApiError) || ![403, 404, 422].includes(err.status ?? 0)) throw err;
      notes.push(
        `the deployment is recorded, but ${ref} was not moved (GitHub answered ${err.status}); give the job \`permissions: contents: write\` to keep the git record too.`,
      );
    }
  }
  return outcome;
}

/** The deployment of this sha to this environment: the existing one, else a new one. */
async function deploymentFor(
  api: GitHubApi,
  req: RecordDeployRequest,
): Promise<{ deployment: DeploymentJson; created: boolean }> {
  const { data: existing } = await api.request<DeploymentJson[]>(
    'GET /repos/{owner}/{repo}/deployments',
    { sha: req.sha, environment: req.environment, per_page: 30 },
    `the deployments of ${req.sha.slice(0, 12)} to ${req.environment}`,
  );
  const found = existing.find((d) => d.sha === req.sha && d.environment === req.environment);
  if (found) return { deployment: found, created: false };
  const response = await api.request<DeploymentJson | { message?: string }>(
    'POST /repos/{owner}/{repo}/deployments',
    {
      ref: req.sha,
      environment: req.environment,
      // The deploy already happened: GitHub must neither merge the default branch in nor wait for checks.
      auto_merge: false,
      required_contexts: [],
      task: 'deploy',
      description: 'Recorded by gitops-action',
    },
    `a new deployment of ${req.sha.slice(0, 12)} to ${req.environment}`,
  );
  if (response.status !== 201 || !('id' in response.data)) {
    throw new UsageError(
      `GitHub did not create the deployment (${response.status}): ${(response.data as { message?: string }).message ?? ''}`,
      'Check that the sha is a commit of this repository.',
    );
  }
  return { deployment: response.data, created: true };
}

/** Adds the status unless the deployment's newest status already says the same. */
async function statusFor(api: GitHubApi, deployment: DeploymentJson, req: RecordDeployRequest): Promise<boolean> {
  const { data } = await api.request<StatusJson[]>(
    'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    { deployment_id: deployment.id, per_page: 1 },
    `the statuses of deployment ${deployment.id}`,
  );
  if (data[0]?.state === req.status) return false;
  const params: Record<string, unknown> = {
    deployment_id: deployment.id,
    state: req.status,
    description: req.status === 'success' ? 'Deployed' : 'The deploy failed',
  };
  if (req.logUrl) params.log_url = req.logUrl;
  await api.request(
    'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    params,
    `the ${req.status} status of deployment ${deployment.id}`,
  );
  return true;
}

/** Points `ref` at `sha` on the remote: created when missing, moved (forced: a rollback goes back) when not there. */
async function moveRef(api: GitHubApi, ref: string, sha: string): Promise<void> {
  const short = ref.slice('refs/'.length);
  let current: string | undefined;
  try {
    current = (await api.request<RefJson>('GET /repos/{owner}/{repo}/git/ref/{ref}', { ref: short }, ref)).data.object
      .sha;
  } catch (err) {
    if (!(err instanceof GitHubApiError) || err.status !== 404) throw err;
  }
  if (current === sha) return;
  if (current === undefined) {
    await api.request('POST /repos/{owner}/{repo}/git/refs', { ref, sha }, `the new ref ${ref}`);
  } else {
    await api.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ref: short, sha, force: true }, `the ref ${ref}`);
  }
}
