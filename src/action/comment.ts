import type { GitHubApi } from './github-api.js';
import { tokenLogin } from './identity.js';

/** Finds our comment among the others; it is never shown. */
export const COMMENT_MARKER = '<!-- gitops-action -->';
/** Pages of comments read at most (100 a page) before giving up and posting a new one. */
const MAX_PAGES = 30;

interface IssueComment {
  id: number;
  body?: string;
  user?: { login?: string } | null;
}

/**
 * One comment a pull request, updated in place: the first comment that starts with the marker
 * *and was written by this token's identity* is patched, otherwise a new one is created. Anyone can
 * post a comment that starts with the marker; editing theirs would show our report under their
 * name, in a comment they can edit back to a fake green one. Returns what was done.
 */
export async function upsertPullRequestComment(
  api: GitHubApi,
  number: number,
  markdown: string,
): Promise<'created' | 'updated'> {
  const body = `${COMMENT_MARKER}\n${markdown}`;
  const me = await tokenLogin(api);
  const existing = me ? await findComment(api, number, me) : undefined;
  if (existing) {
    await api.request(
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
      { comment_id: existing.id, body },
      `comment ${existing.id} on pull request #${number}`,
    );
    return 'updated';
  }
  await api.request(
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { issue_number: number, body },
    `the comments of pull request #${number}`,
  );
  return 'created';
}

async function findComment(api: GitHubApi, number: number, me: string): Promise<IssueComment | undefined> {
  const mine = me.toLowerCase();
  for (let page = 1; page <= MAX_PAGES; page++) {
    const response = await api.request<IssueComment[]>(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { issue_number: number, per_page: 100, page },
      `the comments of pull request #${number}`,
    );
    const found = response.data.find(
      (c) => c.user?.login?.toLowerCase() === mine && c.body?.startsWith(COMMENT_MARKER),
    );
    if (found) return found;
    // GitHub pages with a Link header; no rel="next" means this was the last page.
    if (!/rel="next"/.test(String(response.headers.link ?? ''))) return undefined;
  }
  return undefined;
}
