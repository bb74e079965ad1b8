import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';

/**
 * A loopback stand-in for the few REST endpoints the Action calls. Every 2xx body it sends is
 * validated against the response schema of the same operation in @octokit/openapi (GitHub's own
 * REST description), and starts from that description's example, so the stand-in cannot drift
 * from what api.github.com answers. A body that does not validate is recorded in `schemaErrors`
 * and answered with a 500, so a test that lets it slip through fails.
 */

interface OpenApi {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>
  >;
  components: { schemas: Record<string, object>; examples: Record<string, { value: unknown }> };
}

let openApi: OpenApi | undefined;
function description(): OpenApi {
  const require = createRequire(import.meta.url);
  // The non-dereferenced description is 13 MB against 73 MB, and ajv resolves its $refs itself.
  if (!openApi) {
    const doc = JSON.parse(
      readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'),
    ) as OpenApi;
    // Examples are data, not schemas: only the schemas and the paths' response schemas are rewritten.
    doc.components.schemas = fromOpenApi30(doc.components.schemas) as OpenApi['components']['schemas'];
    doc.paths = fromOpenApi30(doc.paths) as OpenApi['paths'];
    openApi = doc;
  }
  return openApi;
}

/**
 * OpenAPI 3.0's `nullable: true` is not JSON Schema: ajv accepts it only beside a `type`. Rewrite
 * it as JSON Schema says it: `type: [t, "null"]`, or `anyOf: [schema, {type: "null"}]`.
 */
function fromOpenApi30(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(fromOpenApi30);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = fromOpenApi30(v);
  if (typeof out.nullable !== 'boolean') return out;
  const nullable = out.nullable;
  delete out.nullable;
  if (!nullable) return out;
  if (typeof out.type === 'string' && !out.enum) return { ...out, type: [out.type, 'null'] };
  return { anyOf: [out, { type: 'null' }] };
}

const validators = new Map<string, ValidateFunction>();
function validatorFor(path: string, method: string, status: number): ValidateFunction {
  const key = `${method} ${path} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    const doc = description();
    const schema = doc.paths[path]?.[method]?.responses[String(status)]?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`@octokit/openapi has no ${status} JSON schema for ${method.toUpperCase()} ${path}`);
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    // The operation's schema, with the description's components beside it so `#/components/...` resolves.
    validate = ajv.compile({ ...schema, components: doc.components });
    validators.set(key, validate);
  }
  return validate;
}

function example<T>(name: string): T {
  const value = description().components.examples[name]?.value;
  if (value === undefined) throw new Error(`@octokit/openapi has no example ${name}`);
  return structuredClone(value) as T;
}

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI examples are edited as loose JSON, then validated.
type LooseJson = Record<string, any>;

export interface CommitIdentity {
  authorLogin?: string;
  committerLogin?: string;
  verified?: boolean;
}

export interface Fault {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
  body?: unknown;
}

/** A deployment as the stand-in keeps it; its statuses newest last, as they were created. */
export interface StandInDeployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  createdAt: string;
  creator: string;
  statuses: Array<{ id: number; state: string; createdAt: string; logUrl?: string }>;
}

/** A check run on a commit: the job's name and how it ended. */
export interface StandInCheckRun {
  name: string;
  status?: 'queued' | 'in_progress' | 'completed';
  conclusion?: 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required' | null;
  /** What the job annotated (workflow commands `::notice`, `::warning`, `::error`). */
  annotations?: Array<{ level: 'notice' | 'warning' | 'failure'; title: string; message: string }>;
}

/** A pull request associated with a commit (GitHub's "pulls of a commit"). */
export interface StandInPull {
  number: number;
  base: string;
  /** ISO time; null while the pull request is open or when it was closed unmerged. */
  mergedAt: string | null;
  /** The commit it was merged as (a squash merge's own commit); the example's otherwise. */
  mergeCommitSha?: string;
  /** Its commits, oldest first, for `pulls/{n}/commits`. */
  commits?: Array<{ sha: string; authorDate: string }>;
}

interface Comment {
  id: number;
  issue: number;
  body: string;
  login: string;
}

export class GitHubStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly schemaErrors: string[] = [];
  readonly commits = new Map<string, CommitIdentity>();
  readonly comments: Comment[] = [];
  /** Full ref name (`refs/tags/v1.0.0`) to sha. */
  readonly refs = new Map<string, string>();
  /** Deployments, oldest first (GitHub lists them newest first). */
  readonly deployments: StandInDeployment[] = [];
  /** Check runs by commit sha. */
  readonly checkRuns = new Map<string, StandInCheckRun[]>();
  /** Check run ids, given on first listing: stable across listings, unique in the stand-in. */
  private readonly checkRunIds = new Map<StandInCheckRun, number>();
  /** Pull requests that brought each commit, by sha. */
  readonly pulls = new Map<string, StandInPull[]>();
  defaultBranch = 'main';
  token = 'test-token';
  /**
   * The login behind the token, answered by `GET /user`; undefined for the job token
   * (GITHUB_TOKEN), for which GitHub refuses `GET /user` with 403 and comments as github-actions[bot].
   */
  tokenUser?: string;
  /** Accept any token (the harness's default API, for runs that bring their own). */
  anyToken = false;
  perPage = 100;
  private nextDeploymentId = 1000;
  /** Times of created records: a fixed clock a minute a step, so newest-first order is exact. */
  private clock = Date.UTC(2026, 5, 1);
  private faults: Array<{ route: RegExp; fault: Fault; times: number }> = [];
  private nextCommentId = 100;
  private server?: Server;
  url = '';

  static async start(): Promise<GitHubStandIn> {
    const standIn = new GitHubStandIn();
    description();
    standIn.server = createServer((req, res) => {
      standIn.handle(req, res).catch((err: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: String(err) }));
      });
    });
    await new Promise<void>((resolve) => standIn.server?.listen(0, '127.0.0.1', resolve));
    // A stand-in nobody closes (the harness's default) must not keep the test worker alive.
    standIn.server.unref();
    standIn.url = `http://127.0.0.1:${(standIn.server.address() as AddressInfo).port}`;
    return standIn;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** The next `times` requests whose `METHOD /path` matches `route` get `fault` instead. */
  fail(route: RegExp, fault: Fault, times = 1): void {
    this.faults.push({ route, fault, times });
  }

  clearFaults(): void {
    this.faults = [];
  }

  addComment(issue: number, body: string, login = 'someone'): number {
    const id = this.nextCommentId++;
    this.comments.push({ id, issue, body, login });
    return id;
  }

  /**
   * Records a deployment of `sha` to `environment` with its statuses (oldest first), as the
   * deploy job of an `environment:` would have left it. Returns the deployment id.
   */
  addDeployment(environment: string, sha: string, states: string[] = ['success'], ref = sha): number {
    const id = this.nextDeploymentId++;
    const d: StandInDeployment = {
      id,
      sha,
      ref,
      environment,
      createdAt: this.tick(),
      creator: 'octocat',
      statuses: [],
    };
    for (const state of states) d.statuses.push({ id: this.nextDeploymentId++, state, createdAt: this.tick() });
    this.deployments.push(d);
    return id;
  }

  private tick(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString().replace(/\.000Z$/, 'Z');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await new Promise<string>((resolve) => {
      let data = '';
      req.on('data', (chunk) => {
        data += chunk;
      });
      req.on('end', () => resolve(data));
    });
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    this.requests.push({ method, path: url.pathname + url.search, authorization: req.headers.authorization, body });

    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(payload));
    };
    const sendValid = (path: string, status: number, payload: unknown, headers: Record<string, string> = {}) => {
      const validate = validatorFor(path, method.toLowerCase(), status);
      if (!validate(payload)) {
        const error = `${method} ${path} ${status}: ${JSON.stringify(validate.errors?.slice(0, 5))}`;
        this.schemaErrors.push(error);
        send(500, { message: `stand-in answer does not match the OpenAPI schema: ${error}` });
        return;
      }
      send(status, payload, headers);
    };
    const notFound = () => send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });

    const fault = this.faults.find((f) => f.times > 0 && f.route.test(`${method} ${url.pathname}`));
    if (fault) {
      fault.times--;
      send(fault.fault.status, fault.fault.body ?? { message: 'fault' }, fault.fault.headers);
      return;
    }
    const auth = req.headers.authorization ?? '';
    if (!(this.anyToken && auth) && auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
      send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      return;
    }

    if (method === 'GET' && url.pathname === '/user') {
      if (!this.tokenUser) {
        return send(403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
        });
      }
      const user = example<LooseJson>('private-user');
      user.login = this.tokenUser;
      return sendValid('/user', 200, user);
    }

    const parts = url.pathname.split('/').map(decodeURIComponent);
    // ['', 'repos', owner, repo, ...rest]
    if (parts[1] !== 'repos' || parts.length < 4) return notFound();
    const [owner, repo] = [parts[2] as string, parts[3] as string];
    const rest = parts.slice(4);
    const base = `https://api.github.com/repos/${owner}/${repo}`;

    if (method === 'GET' && rest[0] === 'commits' && rest.length === 2) {
      const sha = rest[1] as string;
      const identity = this.commits.get(sha);
      if (!identity)
        return send(422, {
          message: `No commit found for SHA: ${sha}`,
          documentation_url: 'https://docs.github.com/rest',
        });
      const commit = example<LooseJson>('commit');
      commit.sha = sha;
      // GitHub's own example lists a file without the `sha` and `contents_url` its schema requires.
      commit.files = [];
      commit.url = `${base}/commits/${sha}`;
      commit.author = identity.authorLogin ? { ...commit.author, login: identity.authorLogin } : null;
      commit.committer = identity.committerLogin ? { ...commit.committer, login: identity.committerLogin } : null;
      commit.commit.verification = {
        verified: identity.verified === true,
        reason: identity.verified ? 'valid' : 'unsigned',
        signature: null,
        payload: null,
        verified_at: null,
      };
      return sendValid('/repos/{owner}/{repo}/commits/{ref}', 200, commit);
    }

    if (rest[0] === 'issues' && rest[2] === 'comments' && rest.length === 3) {
      const issue = Number(rest[1]);
      if (method === 'GET') {
        const page = Number(url.searchParams.get('page') ?? '1');
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? '30'), this.perPage);
        const all = this.comments.filter((c) => c.issue === issue);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < all.length) {
          const next = new URL(url.href);
          next.searchParams.set('page', String(page + 1));
          headers.link = `<${this.url}${next.pathname}${next.search}>; rel="next"`;
        }
        return sendValid(
          '/repos/{owner}/{repo}/issues/{issue_number}/comments',
          200,
          slice.map((c) => this.commentBody(base, c)),
          headers,
        );
      }
      if (method === 'POST') {
        const id = this.addComment(issue, String(body?.body ?? ''), this.tokenUser ?? 'github-actions[bot]');
        const created = this.comments.find((c) => c.id === id) as Comment;
        return sendValid('/repos/{owner}/{repo}/issues/{issue_number}/comments', 201, this.commentBody(base, created));
      }
    }

    if (method === 'PATCH' && rest[0] === 'issues' && rest[1] === 'comments' && rest.length === 3) {
      const comment = this.comments.find((c) => c.id === Number(rest[2]));
      if (!comment) return notFound();
      comment.body = String(body?.body ?? '');
      return sendValid('/repos/{owner}/{repo}/issues/comments/{comment_id}', 200, this.commentBody(base, comment));
    }

    if (method === 'GET' && rest[0] === 'git' && rest[1] === 'ref' && rest.length >= 3) {
      const ref = `refs/${rest.slice(2).join('/')}`;
      const sha = this.refs.get(ref);
      if (!sha) return notFound();
      return sendValid('/repos/{owner}/{repo}/git/ref/{ref}', 200, this.refBody(base, ref, sha));
    }

    if (method === 'POST' && rest[0] === 'git' && rest[1] === 'refs' && rest.length === 2) {
      const ref = String(body?.ref ?? '');
      const sha = String(body?.sha ?? '');
      if (!ref.startsWith('refs/') || !/^[0-9a-f]{40,64}$/.test(sha)) {
        return send(422, { message: 'Invalid request', documentation_url: 'https://docs.github.com/rest' });
      }
      if (this.refs.has(ref))
        return send(422, { message: 'Reference already exists', documentation_url: 'https://docs.github.com/rest' });
      this.refs.set(ref, sha);
      return sendValid('/repos/{owner}/{repo}/git/refs', 201, this.refBody(base, ref, sha), {
        location: `${base}/git/${ref}`,
      });
    }
    if (method === 'GET' && rest.length === 0) {
      const repository = example<LooseJson>('full-repository');
      repository.name = repo;
      repository.full_name = `${owner}/${repo}`;
      repository.url = base;
      repository.default_branch = this.defaultBranch;
      // GitHub's own example lacks the `has_discussions` its schema requires.
      repository.has_discussions = false;
      return sendValid('/repos/{owner}/{repo}', 200, repository);
    }

    if (rest[0] === 'deployments' && rest.length === 1) {
      if (method === 'GET') {
        const filters = ['environment', 'sha', 'ref', 'task'] as const;
        const all = [...this.deployments].reverse().filter((d) =>
          filters.every((f) => {
            const want = url.searchParams.get(f);
            if (want === null) return true;
            if (f === 'task') return want === 'deploy';
            return (f === 'environment' ? d.environment : f === 'sha' ? d.sha : d.ref) === want;
          }),
        );
        const { slice, headers } = this.page(url, all);
        return sendValid(
          '/repos/{owner}/{repo}/deployments',
          200,
          slice.map((d) => this.deploymentBody(base, d)),
          headers,
        );
      }
      if (method === 'POST') {
        const environment = String(body?.environment ?? 'production');
        const ref = String(body?.ref ?? '');
        if (!/^[0-9a-f]{40,64}$/.test(ref)) {
          return send(422, { message: `No ref found for: ${ref}`, documentation_url: 'https://docs.github.com/rest' });
        }
        if (body?.auto_merge !== false || !Array.isArray(body?.required_contexts)) {
          // What GitHub does on its own with auto_merge/required_contexts is no test's business:
          // the Action must ask for neither.
          return send(409, { message: 'Conflict: auto-merge or required contexts asked for' });
        }
        const id = this.addDeployment(environment, ref, [], ref);
        const created = this.deployments.find((d) => d.id === id) as StandInDeployment;
        return sendValid('/repos/{owner}/{repo}/deployments', 201, this.deploymentBody(base, created));
      }
    }

    if (rest[0] === 'deployments' && rest[2] === 'statuses' && rest.length === 3) {
      const deployment = this.deployments.find((d) => d.id === Number(rest[1]));
      if (!deployment) return notFound();
      if (method === 'GET') {
        const { slice, headers } = this.page(url, [...deployment.statuses].reverse());
        return sendValid(
          '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
          200,
          slice.map((s) => this.statusBody(base, deployment, s)),
          headers,
        );
      }
      if (method === 'POST') {
        const state = String(body?.state ?? '');
        const states = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];
        if (!states.includes(state)) return send(422, { message: `Validation failed: state ${state}` });
        const status = {
          id: this.nextDeploymentId++,
          state,
          createdAt: this.tick(),
          logUrl: typeof body?.log_url === 'string' ? body.log_url : undefined,
        };
        deployment.statuses.push(status);
        return sendValid(
          '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
          201,
          this.statusBody(base, deployment, status),
        );
      }
    }

    if (method === 'GET' && rest[0] === 'commits' && rest[2] === 'check-runs' && rest.length === 3) {
      const name = url.searchParams.get('check_name');
      const runs = (this.checkRuns.get(rest[1] as string) ?? []).filter((r) => name === null || r.name === name);
      const { slice, headers } = this.page(url, runs);
      const template = example<LooseJson>('check-run-paginated').check_runs[0];
      const body = {
        total_count: runs.length,
        check_runs: slice.map((r) => {
          if (!this.checkRunIds.has(r)) this.checkRunIds.set(r, this.checkRunIds.size + 1);
          const run = structuredClone(template);
          return {
            ...run,
            id: this.checkRunIds.get(r),
            head_sha: rest[1],
            name: r.name,
            status: r.status ?? 'completed',
            conclusion: (r.status ?? 'completed') === 'completed' ? (r.conclusion ?? 'success') : null,
            output: { ...run.output, annotations_count: r.annotations?.length ?? 0 },
          };
        }),
      };
      return sendValid('/repos/{owner}/{repo}/commits/{ref}/check-runs', 200, body, headers);
    }

    if (method === 'GET' && rest[0] === 'check-runs' && rest[2] === 'annotations' && rest.length === 3) {
      const id = Number(rest[1]);
      const run = [...this.checkRunIds].find(([, n]) => n === id)?.[0];
      if (!run) return notFound();
      const { slice, headers } = this.page(url, run.annotations ?? []);
      const template = example<LooseJson[]>('check-annotation-items')[0] as LooseJson;
      return sendValid(
        '/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
        200,
        slice.map((a) => ({
          ...structuredClone(template),
          path: '.github',
          start_line: 1,
          end_line: 1,
          annotation_level: a.level,
          title: a.title,
          message: a.message,
        })),
        headers,
      );
    }

    if (method === 'GET' && rest[0] === 'pulls' && rest[2] === 'commits' && rest.length === 3) {
      const pull = [...this.pulls.values()].flat().find((p) => String(p.number) === rest[1]);
      if (!pull) return notFound();
      const { slice, headers } = this.page(url, pull.commits ?? []);
      const template = example<LooseJson[]>('commit-items')[0] as LooseJson;
      return sendValid(
        '/repos/{owner}/{repo}/pulls/{pull_number}/commits',
        200,
        slice.map((c) => {
          const item = structuredClone(template);
          item.sha = c.sha;
          item.url = `${base}/commits/${c.sha}`;
          item.commit.author.date = c.authorDate;
          item.commit.committer.date = c.authorDate;
          return item;
        }),
        headers,
      );
    }

    if (method === 'GET' && rest[0] === 'commits' && rest[2] === 'pulls' && rest.length === 3) {
      const pulls = this.pulls.get(rest[1] as string) ?? [];
      const { slice, headers } = this.page(url, pulls);
      const template = example<LooseJson[]>('pull-request-simple-items')[0] as LooseJson;
      return sendValid(
        '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
        200,
        slice.map((p) => ({
          ...structuredClone(template),
          number: p.number,
          url: `${base}/pulls/${p.number}`,
          state: p.mergedAt ? 'closed' : 'open',
          merged_at: p.mergedAt,
          closed_at: p.mergedAt,
          ...(p.mergeCommitSha ? { merge_commit_sha: p.mergeCommitSha } : {}),
          base: { ...template.base, ref: p.base },
          // GitHub's own example lists a team without the `type` its schema requires.
          requested_teams: [],
        })),
        headers,
      );
    }

    if (method === 'PATCH' && rest[0] === 'git' && rest[1] === 'refs' && rest.length >= 3) {
      const ref = `refs/${rest.slice(2).join('/')}`;
      const sha = String(body?.sha ?? '');
      if (!this.refs.has(ref)) return send(422, { message: 'Reference does not exist' });
      if (!/^[0-9a-f]{40,64}$/.test(sha)) return send(422, { message: 'Invalid request' });
      this.refs.set(ref, sha);
      return sendValid('/repos/{owner}/{repo}/git/refs/{ref}', 200, this.refBody(base, ref, sha));
    }
    return notFound();
  }

  /** `page`/`per_page` as GitHub reads them (30 by default, at most `perPage`), with a `rel="next"` link. */
  private page<T>(url: URL, all: T[]): { slice: T[]; headers: Record<string, string> } {
    const page = Number(url.searchParams.get('page') ?? '1');
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? '30'), this.perPage);
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < all.length) {
      const next = new URL(url.href);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${this.url}${next.pathname}${next.search}>; rel="next"`;
    }
    return { slice, headers };
  }

  private deploymentBody(base: string, d: StandInDeployment): unknown {
    const body = example<LooseJson>('deployment');
    Object.assign(body, {
      id: d.id,
      url: `${base}/deployments/${d.id}`,
      statuses_url: `${base}/deployments/${d.id}/statuses`,
      repository_url: base,
      sha: d.sha,
      ref: d.ref,
      environment: d.environment,
      original_environment: d.environment,
      description: null,
      created_at: d.createdAt,
      updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt,
      production_environment: d.environment === 'production',
    });
    body.creator = { ...body.creator, login: d.creator };
    return body;
  }

  private statusBody(base: string, d: StandInDeployment, s: StandInDeployment['statuses'][number]): unknown {
    const body = example<LooseJson>('deployment-status');
    Object.assign(body, {
      id: s.id,
      url: `${base}/deployments/${d.id}/statuses/${s.id}`,
      deployment_url: `${base}/deployments/${d.id}`,
      repository_url: base,
      state: s.state,
      environment: d.environment,
      created_at: s.createdAt,
      updated_at: s.createdAt,
      log_url: s.logUrl ?? '',
      target_url: s.logUrl ?? '',
    });
    return body;
  }

  private commentBody(base: string, c: Comment): unknown {
    const comment = example<LooseJson>('issue-comment');
    comment.id = c.id;
    comment.body = c.body;
    comment.url = `${base}/issues/comments/${c.id}`;
    comment.issue_url = `${base}/issues/${c.issue}`;
    comment.user = { ...comment.user, login: c.login, type: c.login.endsWith('[bot]') ? 'Bot' : 'User' };
    return comment;
  }

  private refBody(base: string, ref: string, sha: string): unknown {
    const body = example<LooseJson>('git-ref');
    body.ref = ref;
    body.url = `${base}/git/${ref}`;
    body.object = { type: 'commit', sha, url: `${base}/git/commits/${sha}` };
    return body;
  }
}
