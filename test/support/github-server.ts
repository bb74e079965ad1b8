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
  token = 'test-token';
  /**
   * The login behind the token, answered by `GET /user`; undefined for the job token
   * (GITHUB_TOKEN), for which GitHub refuses `GET /user` with 403 and comments as github-actions[bot].
   */
  tokenUser?: string;
  perPage = 100;
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
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
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
    if (parts[1] !== 'repos' || parts.length < 5) return notFound();
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
    return notFound();
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
