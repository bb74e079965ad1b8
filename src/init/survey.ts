import { localDefaultBranch } from '../git/default-branch.js';
import type { Git } from '../git/git.js';
import { findJiraKeys } from '../jira/key.js';
import { candidateYaml, detectManifests, type ManifestLayout } from './manifests.js';

/** What `init` learns about a repository before it writes a policy: facts only, no decisions. */
export interface RepositorySurvey {
  /** The default branch's short name (origin's HEAD, else main, else master), when there is one. */
  defaultBranch: string | undefined;
  /** Branch names, local and remote-tracking (`origin/` taken off), without HEAD. */
  branches: string[];
  tags: string[];
  manifests: ManifestLayout;
  /** The last first-parent commits of the default branch, newest first. */
  history: HistorySurvey;
}

export interface HistorySurvey {
  /** First-parent commits looked at. */
  firstParent: number;
  /** Of those, merge commits (two parents or more). */
  merges: number;
  /** Single-parent first-parent commits whose subject ends in GitHub's squash/rebase `(#123)`. */
  squashSubjects: number;
  /** Commits (first-parent and merged-in, merges left out) that name a Jira key. */
  withJiraKey: number;
  nonMergeCommits: number;
  /** Jira projects named, most used first. */
  jiraProjects: string[];
}

export const HISTORY_DEPTH = 50;

/** Reads the branches, tags, tree and recent history: the git edge of `init`. */
export function surveyRepository(git: Git, depth = HISTORY_DEPTH): RepositorySurvey {
  // The remote's HEAD (or init.defaultBranch); never guessed from a name.
  const found = localDefaultBranch(git);
  const full = found?.ref;
  const short = found?.name;
  const branches = new Set<string>();
  const tags: string[] = [];
  for (const { ref } of git.refs(['refs/heads', 'refs/remotes', 'refs/tags'])) {
    if (ref.startsWith('refs/tags/')) tags.push(ref.slice(10));
    else if (ref.startsWith('refs/heads/')) branches.add(ref.slice(11));
    else {
      const name = ref.split('/').slice(3).join('/');
      if (name && name !== 'HEAD') branches.add(name);
    }
  }
  const tip = full ? git.tryRevParse(full) : git.tryRevParse('HEAD');
  const files = tip ? git.listFiles(tip) : [];
  const yaml = tip ? git.readFiles(tip, candidateYaml(files)) : new Map<string, string>();
  return {
    defaultBranch: short ?? git.currentBranch(),
    branches: [...branches].sort(),
    tags,
    manifests: detectManifests(files, yaml),
    history: tip ? surveyHistory(git, tip, depth) : emptyHistory(),
  };
}

function emptyHistory(): HistorySurvey {
  return { firstParent: 0, merges: 0, squashSubjects: 0, withJiraKey: 0, nonMergeCommits: 0, jiraProjects: [] };
}

/** The first-parent line, newest first, as `[sha, ...parents]` (one `git rev-list`). */
export function firstParentLine(git: Git, tip: string, depth: number): string[][] {
  return git.revList([tip], ['--first-parent', '--parents', `--max-count=${depth}`]).map((l) => l.split(' '));
}

/** One `git rev-list` for the first-parent line, one `git log` for everything it brought in. */
function surveyHistory(git: Git, tip: string, depth: number): HistorySurvey {
  const line = firstParentLine(git, tip, depth);
  const oldestParent = line[line.length - 1]?.[1];
  const all = git.log(oldestParent ? [tip, `^${oldestParent}`] : [tip]);
  const bySha = new Map(all.map((c) => [c.sha, c]));
  const survey = emptyHistory();
  survey.firstParent = line.length;
  for (const [sha, ...parents] of line) {
    if (parents.length > 1) survey.merges++;
    else if (/\(#\d+\)\s*$/.test(bySha.get(sha!)?.subject ?? '')) survey.squashSubjects++;
  }
  const projects = new Map<string, number>();
  for (const c of all) {
    if (c.parents.length > 1) continue;
    survey.nonMergeCommits++;
    const keys = findJiraKeys(c.message);
    if (keys.length > 0) survey.withJiraKey++;
    for (const k of keys) {
      const p = k.slice(0, k.lastIndexOf('-'));
      projects.set(p, (projects.get(p) ?? 0) + 1);
    }
  }
  survey.jiraProjects = [...projects.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p]) => p);
  return survey;
}
