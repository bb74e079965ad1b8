import type { GitHubApi } from './github-api.js';

/** Finds our comment among the others; it is never shown. */
export const COMMENT_MARKER = '<!-- gitops-action -->';
/** Pages of comments read at most (100 a page) before giving up and posting a new one. */
const MAX_PAGES = 30;

interface IssueComment {
  id: number;
  body?: string;
}

/**
 * One comment a pull request, updated in place: the first comment whose body starts with the
 * marker is patched, otherwise a new one is created. Returns what was done.
 */
export async function upsertPullRequestComment(
  api: GitHubApi,
  number: number,
  markdown: string,
): Promise<'created' | 'updated'> {
  const body = `${COMMENT_MARKER}\n${markdown}`;
  const existing = await findComment(api, number);
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

async function findComment(api: GitHubApi, number: number): Promise<IssueComment | undefined> {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const response = await api.request<IssueComment[]>(
      'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { issue_number: number, per_page: 100, page },
      `the comments of pull request #${number}`,
    );
    const found = response.data.find((c) => c.body?.startsWith(COMMENT_MARKER));
    if (found) return found;
    // GitHub pages with a Link header; no rel="next" means this was the last page.
    if (!/rel="next"/.test(String(response.headers.link ?? ''))) return undefined;
  }
  return undefined;
}
