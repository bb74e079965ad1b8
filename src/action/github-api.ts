import { UsageError } from '../errors.js';

/** What one REST call answers, as Octokit's `request` gives it. */
export interface ApiResponse<T = unknown> {
  status: number;
  data: T;
  headers: Record<string, string | number | undefined>;
}

/** Octokit's `request(route, params)`, or a stand-in in tests. Throws an error with `status` on 4xx/5xx. */
export type Requester = (route: string, params: Record<string, unknown>) => Promise<ApiResponse>;

export interface ApiOptions {
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** The longest wait for a rate limit to reset; longer ones fail at once. */
  maxRateLimitWaitMs?: number;
  rateLimitRetries?: number;
  serverErrorRetries?: number;
  /** The first backoff after a 5xx; it doubles on each retry. */
  backoffMs?: number;
}

export interface Repository {
  owner: string;
  repo: string;
}

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

/** A REST call that failed for good; `status` is GitHub's answer, when there was one. */
export class GitHubApiError extends UsageError {
  readonly status?: number;
  constructor(message: string, hint: string, status?: number) {
    super(message, hint);
    this.name = 'GitHubApiError';
    this.status = status;
  }
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The REST calls the Action makes, with GitHub's rate limits honoured: a 403 or 429 with
 * `x-ratelimit-remaining: 0` waits until `x-ratelimit-reset`, and one with `retry-after` waits that
 * long, when the wait is short enough; 5xx answers are retried with backoff. Anything else fails
 * with a message that says which call failed and why, never with the token.
 */
export class GitHubApi {
  readonly repository: Repository;
  private readonly requester: Requester;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly maxWait: number;
  private readonly rateLimitRetries: number;
  private readonly serverRetries: number;
  private readonly backoff: number;

  constructor(requester: Requester, repository: Repository, options: ApiOptions = {}) {
    this.requester = requester;
    this.repository = repository;
    this.sleep = options.sleep ?? sleepFor;
    this.now = options.now ?? Date.now;
    this.maxWait = options.maxRateLimitWaitMs ?? 60_000;
    this.rateLimitRetries = options.rateLimitRetries ?? 2;
    this.serverRetries = options.serverErrorRetries ?? 3;
    this.backoff = options.backoffMs ?? 500;
  }

  /** `what` names the call in errors: "commit abc123", "the comments of pull request #4". */
  async request<T>(route: string, params: Record<string, unknown>, what: string): Promise<ApiResponse<T>> {
    let rateLimited = 0;
    let serverErrors = 0;
    for (;;) {
      try {
        return (await this.requester(route, { ...this.repository, ...params })) as ApiResponse<T>;
      } catch (raw) {
        const err = raw as HttpError;
        const status = err.status;
        const headers = err.response?.headers ?? {};
        if (status === 403 || status === 429) {
          const wait = rateLimitWait(headers, this.now());
          if (wait !== undefined) {
            if (wait > this.maxWait || rateLimited >= this.rateLimitRetries) {
              throw new GitHubApiError(
                `the GitHub API rate limit is exhausted (reading ${what}); it resets in ${Math.ceil(wait / 1000)} s`,
                'Retry the job after the reset, or use a token with a higher rate limit (the job token is limited per repository per hour).',
                status,
              );
            }
            rateLimited++;
            await this.sleep(wait);
            continue;
          }
        }
        if (status !== undefined && status >= 500 && serverErrors < this.serverRetries) {
          await this.sleep(this.backoff * 2 ** serverErrors);
          serverErrors++;
          continue;
        }
        throw describeError(err, what);
      }
    }
  }
}

/** How long a rate-limited answer asks us to wait, or undefined when it is not a rate limit. */
export function rateLimitWait(headers: Record<string, string | number | undefined>, now: number): number | undefined {
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined && /^\d+$/.test(String(retryAfter).trim())) return Number(retryAfter) * 1000;
  if (String(headers['x-ratelimit-remaining'] ?? '') === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    // The reset is in epoch seconds; a second's margin covers clock skew between us and GitHub.
    return Number.isFinite(reset) ? Math.max(0, reset * 1000 - now) + 1000 : 60_000;
  }
  return undefined;
}

function describeError(err: HttpError, what: string): GitHubApiError {
  const status = err.status;
  if (status === 404) {
    return new GitHubApiError(
      `GitHub answered 404 Not Found for ${what}`,
      'Check GITHUB_REPOSITORY and that the token can read this repository (permissions: contents: read).',
      status,
    );
  }
  if (status === 401) {
    return new GitHubApiError(
      `GitHub refused the token (401) for ${what}`,
      'Check the token input; it may have expired.',
      status,
    );
  }
  if (status === 403) {
    return new GitHubApiError(
      `GitHub answered 403 Forbidden for ${what}`,
      'Give the job the permissions it needs: contents: read (write for create-tag) and pull-requests: write for the comment.',
      status,
    );
  }
  if (status !== undefined) {
    return new GitHubApiError(
      `GitHub answered ${status} for ${what}`,
      'GitHub may be having trouble; retry the job.',
      status,
    );
  }
  return new GitHubApiError(
    `could not reach the GitHub API for ${what}: ${err.message ?? 'unknown error'}`,
    'Check GITHUB_API_URL and the network.',
  );
}

/**
 * The client for this run. `@actions/github` is imported here and only here, when a feature needs
 * the API, so that a run without one never loads an HTTP client.
 */
export async function connectGitHub(
  token: string,
  baseUrl: string,
  repository: Repository,
  options: ApiOptions = {},
): Promise<GitHubApi> {
  if (!token) {
    throw new UsageError(
      'the token input is empty, but this run needs the GitHub API',
      'Leave the token input at its default (the job token, github.token), or pass a token with contents: read.',
    );
  }
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, { baseUrl });
  const requester: Requester = async (route, params) => {
    const response = await octokit.request(route, { ...params, request: { signal: AbortSignal.timeout(30_000) } });
    return { status: response.status, data: response.data, headers: response.headers as ApiResponse['headers'] };
  };
  return new GitHubApi(requester, repository, options);
}

export function repositoryFromEnv(env: NodeJS.ProcessEnv): Repository {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new UsageError(
      `GITHUB_REPOSITORY must be owner/name, not ${JSON.stringify(env.GITHUB_REPOSITORY ?? '')}`,
      'Run this as a step of a GitHub Actions workflow.',
    );
  }
  return { owner, repo };
}
