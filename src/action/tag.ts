import { UsageError } from '../errors.js';
import { type GitHubApi, GitHubApiError } from './github-api.js';

interface GitRef {
  ref: string;
  object: { sha: string; type: string };
}

interface GitTag {
  object: { sha: string; type: string };
}

/**
 * Creates `refs/tags/<tag>` at `sha` through the API. Idempotent: the tag already on that commit
 * is fine (a re-run), the tag on another commit is an error (the version was already released).
 */
export async function createTag(api: GitHubApi, tag: string, sha: string): Promise<'created' | 'exists'> {
  const existing = await tagTarget(api, tag);
  if (existing !== undefined) return sameOrFail(tag, sha, existing);
  try {
    await api.request('POST /repos/{owner}/{repo}/git/refs', { ref: `refs/tags/${tag}`, sha }, `the new tag ${tag}`);
    return 'created';
  } catch (err) {
    // Another job may have made it between our read and our write: GitHub answers 422 then.
    const raced = await tagTarget(api, tag);
    if (raced !== undefined) return sameOrFail(tag, sha, raced);
    throw err;
  }
}

function sameOrFail(tag: string, sha: string, existing: string): 'exists' {
  if (existing === sha) return 'exists';
  throw new UsageError(
    `the tag ${tag} already exists on commit ${existing.slice(0, 12)}, not on the deployed commit ${sha.slice(0, 12)}`,
    'A version is released once. Fix the version (a +semver: footer, or a release branch name), or delete the stale tag if it was a mistake.',
  );
}

/** The commit a tag points at, peeling an annotated tag; undefined when there is no such tag. */
async function tagTarget(api: GitHubApi, tag: string): Promise<string | undefined> {
  let ref: GitRef;
  try {
    ref = (
      await api.request<GitRef>('GET /repos/{owner}/{repo}/git/ref/{ref}', { ref: `tags/${tag}` }, `the tag ${tag}`)
    ).data;
  } catch (err) {
    if (err instanceof GitHubApiError && err.status === 404) return undefined;
    throw err;
  }
  let object = ref.object;
  for (let depth = 0; object.type === 'tag' && depth < 5; depth++) {
    object = (
      await api.request<GitTag>(
        'GET /repos/{owner}/{repo}/git/tags/{tag_sha}',
        { tag_sha: object.sha },
        `the annotated tag ${tag}`,
      )
    ).data.object;
  }
  return object.sha;
}
