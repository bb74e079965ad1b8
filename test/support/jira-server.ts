/**
 * A stand-in for Jira on 127.0.0.1, for tests. Its answers follow the shapes Atlassian documents
 * for `GET /rest/api/{2|3}/issue/{issueIdOrKey}` and Jira Service Management's
 * `GET /rest/servicedeskapi/request/{issueIdOrKey}/approval`, and its errors the REST API's
 * `{errorMessages: [...], errors: {}}`.
 *
 * Each key is scripted with a list of replies, used in turn; the last one repeats. An unscripted
 * key is a 404. The server counts requests per path, records the Authorization headers it got, and
 * measures how many requests were in flight at once.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

/** Delays the reply, so that concurrent requests overlap. */
interface Delayed {
  delayMs?: number;
}

export type ErrorReply = Delayed & {
  http: number;
  /** Sent as the `Retry-After` header, as given (seconds or an HTTP date). */
  retryAfter?: string;
  errorMessages?: string[];
  /** A raw body instead of Jira's error JSON (an HTML proxy page, say). */
  body?: string;
  /**
   * A Jira (or a proxy before it) that echoes the credentials in its error message: the
   * Authorization header as sent, the decoded `user:token`, the token upper-cased and URL-encoded,
   * after `echoPadding` characters, so that a cut at 200 characters falls inside the token.
   */
  echoAuthorization?: boolean;
  echoPadding?: number;
};

export type Reply =
  | ErrorReply
  /** Never answers; the socket stays open until the server closes. */
  | { hang: true }
  /** Destroys the connection without a response. */
  | { reset: true };

export type IssueReply =
  | Reply
  | (Delayed & {
      /** A 200 with this status name. */
      status: string;
      project?: string;
      issueType?: string;
      /** The key in the answer, when the issue was moved to another project. */
      key?: string;
    });

export interface ApprovalEntry {
  finalDecision: 'approved' | 'declined' | 'pending' | string;
  /** `createdDate.epochMillis`; omitted from the answer when undefined. */
  created?: number;
  name?: string;
}

export type ApprovalReply =
  | Reply
  | (Delayed & {
      approvals: ApprovalEntry[];
      /** Page size; the approvals are served in pages of this many. Default: all on one page. */
      pageSize?: number;
    });

const STATUS_CATEGORY: Record<string, { id: number; key: string; colorName: string; name: string }> = {
  new: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, key: 'done', colorName: 'green', name: 'Done' },
};

const TLS_DIR = new URL('../fixtures/tls/', import.meta.url);
export const TLS_CERT_FILE = new URL('cert.pem', TLS_DIR).pathname;
const TLS_KEY_FILE = new URL('key.pem', TLS_DIR).pathname;

export class JiraStandIn {
  /** `http://127.0.0.1:<port>`, or https with `start({ tls: true })`. */
  readonly url: string;
  /** Requests by path (without the query string). */
  readonly requests = new Map<string, number>();
  /** Requests by path and query, in order. */
  readonly log: string[] = [];
  /** The Authorization header of each request, in order (`undefined` when absent). */
  readonly authorizations: Array<string | undefined> = [];
  inFlight = 0;
  maxInFlight = 0;

  private readonly issues = new Map<string, IssueReply[]>();
  private readonly approvals = new Map<string, ApprovalReply[]>();
  private readonly served = new Map<string, number>();

  private constructor(
    private readonly server: Server | TlsServer,
    port: number,
    tls: boolean,
  ) {
    this.url = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  }

  /**
   * `tls: true` serves HTTPS with the self-signed certificate in test/fixtures/tls (TLS_CERT_FILE),
   * which no client trusts unless told to.
   */
  static async start(options: { tls?: boolean } = {}): Promise<JiraStandIn> {
    let standIn: JiraStandIn | undefined;
    const handler = (req: IncomingMessage, res: ServerResponse) => {
      standIn!.handle(req, res);
    };
    const server: Server | TlsServer = options.tls
      ? createTlsServer({ key: readFileSync(TLS_KEY_FILE), cert: readFileSync(TLS_CERT_FILE) }, handler)
      : createServer(handler);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    standIn = new JiraStandIn(server, (server.address() as AddressInfo).port, options.tls === true);
    return standIn;
  }

  /** Scripts the issue endpoint for `key`: each reply in turn, the last one repeating. */
  issue(key: string, ...replies: IssueReply[]): this {
    this.issues.set(key, replies);
    return this;
  }

  /** Scripts the approval endpoint for `key`. */
  approval(key: string, ...replies: ApprovalReply[]): this {
    this.approvals.set(key, replies);
    return this;
  }

  /** Requests to a path, e.g. `/rest/api/2/issue/OPS-1`. */
  count(path: string): number {
    return this.requests.get(path) ?? 0;
  }

  get total(): number {
    let sum = 0;
    for (const n of this.requests.values()) sum += n;
    return sum;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private next<T>(scripts: Map<string, T[]>, kind: string, key: string): T | undefined {
    const replies = scripts.get(key);
    if (!replies || replies.length === 0) return undefined;
    const id = `${kind}:${key}`;
    const n = this.served.get(id) ?? 0;
    this.served.set(id, n + 1);
    return replies[Math.min(n, replies.length - 1)];
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    this.requests.set(url.pathname, (this.requests.get(url.pathname) ?? 0) + 1);
    this.log.push(`${url.pathname}${url.search}`);
    this.authorizations.push(req.headers.authorization);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      this.inFlight--;
    };
    res.on('close', finish);

    const issue = /^\/rest\/api\/([23])\/issue\/([^/]+)$/.exec(url.pathname);
    const approval = /^\/rest\/servicedeskapi\/request\/([^/]+)\/approval$/.exec(url.pathname);
    if (req.method !== 'GET') {
      this.send(res, { http: 405, errorMessages: ['Method not allowed'] });
    } else if (issue) {
      const key = decodeURIComponent(issue[2]!);
      const reply = this.next(this.issues, 'issue', key) ?? {
        http: 404,
        errorMessages: ['Issue does not exist or you do not have permission to see it.'],
      };
      this.send(res, reply, (r) => issueBody(this.url, issue[1]!, key, r));
    } else if (approval) {
      const key = decodeURIComponent(approval[1]!);
      const reply = this.next(this.approvals, 'approval', key) ?? {
        http: 404,
        errorMessages: [`The request ${key} does not exist or you do not have permission to see it.`],
      };
      const start = Number(url.searchParams.get('start') ?? '0');
      this.send(res, reply, (r) => approvalBody(this.url, key, r, start));
    } else {
      this.send(res, { http: 404, errorMessages: ['No resource at this path'] });
    }
  }

  private send<T extends object>(res: ServerResponse, reply: T | Reply, body?: (r: T) => unknown): void {
    if ('hang' in reply) return;
    if ('reset' in reply) {
      res.socket?.destroy();
      return;
    }
    const delay = 'delayMs' in reply && typeof reply.delayMs === 'number' ? reply.delayMs : 0;
    const write = () => {
      if (res.destroyed) return;
      if ('http' in reply) {
        const error = reply as ErrorReply;
        const headers: Record<string, string> = {
          'Content-Type': error.body === undefined ? 'application/json;charset=UTF-8' : 'text/html',
        };
        if (error.retryAfter !== undefined) headers['Retry-After'] = error.retryAfter;
        res.writeHead(error.http, headers);
        const messages = [...(error.errorMessages ?? [])];
        if (error.echoAuthorization) messages.unshift(echoOf(res.req.headers.authorization, error.echoPadding ?? 0));
        res.end(error.body ?? JSON.stringify({ errorMessages: messages, errors: {} }));
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8' });
      res.end(JSON.stringify(body!(reply as T)));
    };
    if (delay > 0) setTimeout(write, delay);
    else write();
  }
}

function echoOf(authorization: string | undefined, padding: number): string {
  const header = authorization ?? '';
  const [scheme, value = ''] = header.split(' ');
  const decoded = scheme === 'Basic' ? Buffer.from(value, 'base64').toString('utf8') : value;
  const token = decoded.slice(decoded.indexOf(':') + 1);
  return `${'x'.repeat(padding)}${token} (you sent ${header}; credentials ${decoded}; ${token.toUpperCase()}; ${encodeURIComponent(decoded)})`;
}

function issueBody(
  base: string,
  version: string,
  requested: string,
  reply: { status: string; project?: string; issueType?: string; key?: string },
): unknown {
  const key = reply.key ?? requested;
  const project = reply.project ?? key.slice(0, key.indexOf('-'));
  const name = reply.status;
  const lower = name.toLowerCase();
  const category =
    lower === 'done' || lower === 'closed' || lower === 'resolved'
      ? STATUS_CATEGORY.done!
      : lower === 'to do' || lower === 'open' || lower === 'backlog'
        ? STATUS_CATEGORY.new!
        : STATUS_CATEGORY.indeterminate!;
  const api = `${base}/rest/api/${version}`;
  const issueType = reply.issueType ?? 'Story';
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: '10002',
    self: `${api}/issue/10002`,
    key,
    fields: {
      status: {
        self: `${api}/status/10001`,
        description: '',
        iconUrl: `${base}/images/icons/statuses/generic.png`,
        name,
        id: '10001',
        statusCategory: { self: `${api}/statuscategory/${category.id}`, ...category },
      },
      issuetype: {
        self: `${api}/issuetype/10001`,
        id: '10001',
        description: 'Functionality or a feature expressed as a user goal.',
        iconUrl: `${base}/rest/api/2/universal_avatar/view/type/issuetype/avatar/10315?size=medium`,
        name: issueType,
        subtask: false,
        avatarId: 10315,
        hierarchyLevel: 0,
      },
      project: {
        self: `${api}/project/10000`,
        id: '10000',
        key: project,
        name: `${project} project`,
        projectTypeKey: 'software',
        simplified: false,
        avatarUrls: { '48x48': `${base}/secure/projectavatar?pid=10000&avatarId=10401` },
      },
    },
  };
}

function dateOf(millis: number): unknown {
  const iso = new Date(millis).toISOString().replace('Z', '+0000');
  return { iso8601: iso, jira: iso, friendly: iso, epochMillis: millis };
}

function approvalBody(
  base: string,
  key: string,
  reply: { approvals: ApprovalEntry[]; pageSize?: number },
  start: number,
): unknown {
  const all = reply.approvals;
  const limit = reply.pageSize ?? Math.max(all.length, 1);
  const page = all.slice(start, start + limit);
  const self = `${base}/rest/servicedeskapi/request/${key}/approval`;
  return {
    _expands: [],
    size: page.length,
    start,
    limit,
    isLastPage: start + page.length >= all.length,
    _links: { base, context: '', self },
    values: page.map((a, i) => {
      const id = String(start + i + 1);
      const value: Record<string, unknown> = {
        id,
        name: a.name ?? 'Change approval',
        finalDecision: a.finalDecision,
        canAnswerApprovalDecision: a.finalDecision === 'pending',
        approvers: [
          {
            approver: {
              accountId: '5b10a2844c20165700ede21g',
              displayName: 'Approver',
              active: true,
              timeZone: 'UTC',
              _links: { jiraRest: `${base}/rest/api/2/user?accountId=5b10a2844c20165700ede21g` },
            },
            approverDecision: a.finalDecision,
          },
        ],
        _links: { self: `${self}/${id}` },
      };
      if (a.created !== undefined) {
        value.createdDate = dateOf(a.created);
        if (a.finalDecision !== 'pending') value.completedDate = dateOf(a.created + 60_000);
      }
      return value;
    }),
  };
}
