import type { SecureContext } from 'node:tls';
import type { AdfDoc } from './adf.js';
import { excerpt, sendJson } from './http.js';

/**
 * The four Jira Cloud REST v3 calls a failure notice makes:
 * `GET /rest/api/3/user/search?query=<email>` (the committer's accountId),
 * `GET /rest/api/3/search/jql` (the environment's open failure issue),
 * `POST /rest/api/3/issue` and `POST /rest/api/3/issue/{key}/comment`.
 * Credentials go in the Authorization header only; no message here ever holds them.
 */
export interface JiraIssuesOptions {
  url: string;
  user?: string;
  token: string;
  timeoutMs: number;
  secureContext?: SecureContext;
}

export class JiraRequestError extends Error {}

export type AccountMatch = { accountId: string } | { missing: 'not-found' | 'hidden' | 'ambiguous' };

export class JiraIssues {
  private readonly base: string;
  private readonly auth: string;

  constructor(private readonly options: JiraIssuesOptions) {
    this.base = options.url.replace(/\/+$/, '');
    this.auth = options.user
      ? `Basic ${Buffer.from(`${options.user}:${options.token}`).toString('base64')}`
      : `Bearer ${options.token}`;
  }

  private async call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    let answer: Awaited<ReturnType<typeof sendJson>>;
    try {
      answer = await sendJson(this.base + path, {
        method,
        headers: { Authorization: this.auth },
        body,
        timeoutMs: this.options.timeoutMs,
        secureContext: this.options.secureContext,
      });
    } catch (err) {
      throw new JiraRequestError(`${method} ${path.split('?')[0]}: ${(err as Error).message}`);
    }
    if (answer.status < 200 || answer.status >= 300) {
      let detail = excerpt(answer.body);
      try {
        const j = JSON.parse(answer.body) as { errorMessages?: string[]; errors?: Record<string, string> };
        const parts = [...(j.errorMessages ?? []), ...Object.entries(j.errors ?? {}).map(([k, v]) => `${k}: ${v}`)];
        if (parts.length > 0) detail = excerpt(parts.join('; '));
      } catch {}
      const hint = answer.status === 401 || answer.status === 403 ? ' (check JIRA_USER and JIRA_TOKEN)' : '';
      throw new JiraRequestError(`${method} ${path.split('?')[0]} answered ${answer.status}${hint}: ${detail}`);
    }
    try {
      return answer.body ? JSON.parse(answer.body) : undefined;
    } catch {
      throw new JiraRequestError(
        `${method} ${path.split('?')[0]} answered ${answer.status} with a body that is not JSON`,
      );
    }
  }

  /**
   * The account whose email is `email`. Jira matches the query against names and emails, and
   * leaves `emailAddress` out for users whose profile hides it: only an active account whose
   * visible email is exactly this one is taken, so an issue is never assigned to the wrong person.
   */
  async findAccount(email: string): Promise<AccountMatch> {
    const users = (await this.call(
      'GET',
      `/rest/api/3/user/search?query=${encodeURIComponent(email)}&maxResults=10`,
    )) as Array<{ accountId?: string; accountType?: string; emailAddress?: string; active?: boolean }> | undefined;
    const people = (users ?? []).filter((u) => u.accountId && u.accountType !== 'app' && u.active !== false);
    const exact = people.filter((u) => u.emailAddress?.toLowerCase() === email.toLowerCase());
    if (exact.length === 1) return { accountId: exact[0]!.accountId! };
    if (exact.length > 1) return { missing: 'ambiguous' };
    return { missing: people.some((u) => u.emailAddress === undefined) ? 'hidden' : 'not-found' };
  }

  /** The newest issue of `project` with `label` whose status is not in the Done category. */
  async findOpenIssue(project: string, label: string): Promise<string | undefined> {
    const jql = `project = "${project}" AND labels = "${label}" AND statusCategory != Done ORDER BY created DESC`;
    const found = (await this.call(
      'GET',
      `/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}&maxResults=1&fields=summary,status`,
    )) as { issues?: Array<{ key?: string }> } | undefined;
    return found?.issues?.[0]?.key;
  }

  async createIssue(fields: {
    project: string;
    issueType: string;
    summary: string;
    description: AdfDoc;
    labels: string[];
    accountId?: string;
  }): Promise<string> {
    const created = (await this.call('POST', '/rest/api/3/issue', {
      fields: {
        project: { key: fields.project },
        issuetype: { name: fields.issueType },
        summary: fields.summary,
        description: fields.description,
        labels: fields.labels,
        ...(fields.accountId ? { assignee: { accountId: fields.accountId } } : {}),
      },
    })) as { key?: string } | undefined;
    if (!created?.key) throw new JiraRequestError('POST /rest/api/3/issue answered without an issue key');
    return created.key;
  }

  async comment(key: string, body: AdfDoc): Promise<void> {
    await this.call('POST', `/rest/api/3/issue/${encodeURIComponent(key)}/comment`, { body });
  }
}
