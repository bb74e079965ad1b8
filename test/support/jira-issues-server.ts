/**
 * A stand-in for the Jira Cloud REST v3 endpoints a failure notice uses, on 127.0.0.1, answering
 * in the shapes Atlassian documents:
 *
 * - `GET /rest/api/3/user/search?query=` → an array of users (`accountId`, `accountType`,
 *   `displayName`, `active`, and `emailAddress` unless the profile hides it);
 * - `GET /rest/api/3/search/jql?jql=` → `{issues: [{id, key, fields}], isLast}` (the enhanced
 *   search that replaced `/rest/api/3/search`), evaluating the one JQL shape the notifier sends:
 *   project, label and `statusCategory != Done`;
 * - `POST /rest/api/3/issue` → 201 `{id, key, self}`, or 400 `{errorMessages, errors}` when a
 *   required field is missing;
 * - `POST /rest/api/3/issue/{key}/comment` → 201 with the comment, 404 for an unknown issue.
 *
 * Requests need an Authorization header (401 otherwise). Issues and comments are kept so a test
 * can read what was filed; `fail` makes a path answer an error status.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInUser {
  accountId: string;
  displayName: string;
  email: string;
  /** The profile hides the email: search still finds the user, but without `emailAddress`. */
  hidden?: boolean;
}

export interface FiledIssue {
  key: string;
  fields: Record<string, unknown>;
  statusCategory: 'new' | 'indeterminate' | 'done';
  comments: unknown[];
}

export class JiraIssuesStandIn {
  readonly url: string;
  readonly users: StandInUser[] = [];
  readonly issues: FiledIssue[] = [];
  /** `METHOD path` of every request, in order. */
  readonly log: string[] = [];
  readonly authorizations: Array<string | undefined> = [];
  /** Path prefix → HTTP status to answer instead. */
  readonly failures = new Map<string, number>();
  private next = 1;

  private constructor(
    private readonly server: Server,
    port: number,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  static async start(): Promise<JiraIssuesStandIn> {
    let standIn: JiraIssuesStandIn | undefined;
    const server = createServer((req, res) => {
      standIn!.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    standIn = new JiraIssuesStandIn(server, (server.address() as AddressInfo).port);
    return standIn;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8' });
    res.end(JSON.stringify(body));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', this.url);
      this.log.push(`${req.method} ${url.pathname}`);
      this.authorizations.push(req.headers.authorization);
      if (!req.headers.authorization) {
        this.send(res, 401, { errorMessages: ['You are not authenticated.'], errors: {} });
        return;
      }
      for (const [prefix, status] of this.failures) {
        if (url.pathname.startsWith(prefix)) {
          this.send(res, status, { errorMessages: [`stand-in failure ${status}`], errors: {} });
          return;
        }
      }
      const body = chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
      this.route(req.method ?? 'GET', url, body, res);
    });
  }

  // biome-ignore lint/suspicious/noExplicitAny: request bodies are whatever the client sent; each route checks what it reads
  private route(method: string, url: URL, body: any, res: ServerResponse): void {
    if (method === 'GET' && url.pathname === '/rest/api/3/user/search') {
      const q = (url.searchParams.get('query') ?? '').toLowerCase();
      const found = this.users.filter((u) => u.email.toLowerCase() === q || u.displayName.toLowerCase().startsWith(q));
      this.send(
        res,
        200,
        found.map((u) => ({
          self: `${this.url}/rest/api/3/user?accountId=${u.accountId}`,
          accountId: u.accountId,
          accountType: 'atlassian',
          ...(u.hidden ? {} : { emailAddress: u.email }),
          displayName: u.displayName,
          active: true,
          timeZone: 'Europe/Amsterdam',
          locale: 'en_US',
        })),
      );
      return;
    }
    if (method === 'GET' && url.pathname === '/rest/api/3/search/jql') {
      const jql = url.searchParams.get('jql') ?? '';
      const project = /project = "([^"]+)"/.exec(jql)?.[1];
      const label = /labels = "([^"]+)"/.exec(jql)?.[1];
      const notDone = jql.includes('statusCategory != Done');
      const hits = this.issues
        .filter((i) => (i.fields.project as { key: string }).key === project)
        .filter((i) => !label || ((i.fields.labels as string[]) ?? []).includes(label))
        .filter((i) => !notDone || i.statusCategory !== 'done')
        .reverse();
      const max = Number(url.searchParams.get('maxResults') ?? 50);
      this.send(res, 200, {
        issues: hits.slice(0, max).map((i) => ({
          expand: '',
          id: String(10000 + Number(i.key.split('-')[1])),
          self: `${this.url}/rest/api/3/issue/${i.key}`,
          key: i.key,
          fields: { summary: i.fields.summary, status: { statusCategory: { key: i.statusCategory } } },
        })),
        isLast: hits.length <= max,
      });
      return;
    }
    if (method === 'POST' && url.pathname === '/rest/api/3/issue') {
      const f = body?.fields ?? {};
      const errors: Record<string, string> = {};
      if (!f.project?.key) errors.project = 'Specify a valid project ID or key';
      if (!f.issuetype?.name) errors.issuetype = 'Specify an issue type';
      if (!f.summary) errors.summary = 'You must specify a summary of the issue.';
      if (f.description && f.description.type !== 'doc')
        errors.description = 'Operation value must be an Atlassian Document.';
      if (Object.keys(errors).length > 0) {
        this.send(res, 400, { errorMessages: [], errors });
        return;
      }
      const key = `${f.project.key}-${this.next++}`;
      this.issues.push({ key, fields: f, statusCategory: 'new', comments: [] });
      this.send(res, 201, {
        id: String(10000 + Number(key.split('-')[1])),
        key,
        self: `${this.url}/rest/api/3/issue/${key}`,
      });
      return;
    }
    const comment = /^\/rest\/api\/3\/issue\/([^/]+)\/comment$/.exec(url.pathname);
    if (method === 'POST' && comment) {
      const issue = this.issues.find((i) => i.key === decodeURIComponent(comment[1]!));
      if (!issue) {
        this.send(res, 404, {
          errorMessages: ['Issue does not exist or you do not have permission to see it.'],
          errors: {},
        });
        return;
      }
      issue.comments.push(body?.body);
      this.send(res, 201, { id: String(issue.comments.length), body: body?.body, created: new Date().toISOString() });
      return;
    }
    this.send(res, 404, { errorMessages: [`no stand-in for ${method} ${url.pathname}`], errors: {} });
  }
}
