import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../config/parse.js';
import { resolveConfig } from '../config/resolve.js';
import type { Git } from '../git/git.js';
import { draftPolicy, type PolicyDraft, relax, renderPolicy } from '../init/policy.js';
import { blockReasons, countBlocks, type ReplayedPush, replayHistory } from '../init/replay.js';
import { HISTORY_DEPTH, type RepositorySurvey, surveyRepository } from '../init/survey.js';
import { plural } from '../report/style.js';
import type { CommandRunner } from './commands.js';
import { EXIT } from './main.js';
import { type CommandSpec, parseCommand } from './options.js';
import { openRepository } from './repo.js';

export const spec = {
  name: 'init',
  summary: 'a starter .gitops.yml fitted to this repository (branches, tags, manifests, history), and hook lines',
  options: {
    husky: {
      type: 'boolean',
      description: 'also write .husky/pre-push and .husky/commit-msg, and "prepare": "husky" in package.json',
    },
    'dry-run': { type: 'boolean', description: 'print the policy it would write, and write nothing' },
  },
  examples: [
    'gitops-action init --dry-run              # read the proposed policy first',
    'gitops-action init --husky                # write .gitops.yml and the husky hooks',
  ],
  notes: [
    `init reads the branches and tags (main only; develop and release/*; qa, staging, prod), where the manifests are, whether pull requests are merged or squashed, and whether commits name Jira keys. It then checks the last ${HISTORY_DEPTH} first-parent commits of each environment branch with the proposed policy and turns off what would have blocked them, saying so in the file. It never overwrites a file you wrote; running it twice changes nothing.`,
  ],
} as const satisfies CommandSpec;

/**
 * Put before the hook's command: node starts without NODE_EXTRA_CA_CERTS, which it would parse at
 * every start (~70 ms), and gets the file under another name for the rare online check (src/jira/ca.ts).
 */
// biome-ignore lint/suspicious/noTemplateCurlyInString: shell text, expanded by sh
export const HOOK_CA_PREFIX = 'GITOPS_ACTION_EXTRA_CA_CERTS="${NODE_EXTRA_CA_CERTS-}" NODE_EXTRA_CA_CERTS=';

/**
 * The one-line hooks, in husky v9's layout (no shebang, no husky.sh sourcing). husky v9 puts
 * node_modules/.bin on PATH, so no `npx` (which would add its own start-up to every push).
 */
export const HUSKY_HOOKS: Record<string, string> = {
  'pre-push': `${HOOK_CA_PREFIX} gitops-action pre-push "$@"\n`,
  'commit-msg': `${HOOK_CA_PREFIX} gitops-action commit-msg "$1"\n`,
};

export const init: CommandRunner = async (argv, io) => {
  const parsed = parseCommand(spec, argv, io.stdout);
  if (!parsed) return EXIT.ok;
  const args = parsed.values;
  const git = openRepository(io.cwd);
  const top = git.topLevel();
  const { text, summary } = await fittedPolicy(git);
  if (args['dry-run']) {
    io.stdout.write(text);
    for (const line of summary) io.stderr.write(`${line}\n`);
    return EXIT.ok;
  }
  const say = (line: string) => io.stdout.write(`${line}\n`);
  for (const line of summary) say(line);
  writeOnce(join(top, '.gitops.yml'), text, '.gitops.yml', say);
  if (args.husky) {
    mkdirSync(join(top, '.husky'), { recursive: true });
    let added = false;
    for (const [hook, line] of Object.entries(HUSKY_HOOKS)) {
      const path = join(top, '.husky', hook);
      if (!existsSync(path)) {
        writeFileSync(path, line, { mode: 0o755 });
        added = true;
        say(`created .husky/${hook}: ${line.trim()}`);
      } else if (readFileSync(path, 'utf8').includes(`gitops-action ${hook}`)) {
        say(`.husky/${hook} already runs gitops-action; left as it is`);
      } else {
        say(
          `.husky/${hook} exists and was written by someone else; left as it is. Add this line to it yourself:\n  ${line.trim()}`,
        );
      }
    }
    if (added) say(addPrepareScript(top));
    say(activateHusky(top));
  } else {
    say(
      'Hooks: run `gitops-action init --husky` for husky, or point core.hooksPath at node_modules/gitops-action/hooks.',
    );
  }
  return EXIT.ok;
};
init.spec = spec;

/** The drafted policy, relaxed until the repository's own recent history passes it. */
export async function fittedPolicy(git: Git): Promise<{ text: string; summary: string[]; draft: PolicyDraft }> {
  const survey =
    git.tryRevParse('HEAD') || git.refs(['refs/heads', 'refs/remotes']).length > 0
      ? surveyRepository(git)
      : emptySurvey(git);
  let draft = draftPolicy(survey);
  const summary: string[] = [];
  let pushes = await replay(git, draft);
  if (pushes.length > 0) {
    const blocks = countBlocks(pushes, (p) => envOf(draft, p));
    draft = relax(draft, blocks, pushes.length);
    if (draft.relaxed.length > 0) pushes = await replay(git, draft);
  }
  const blocked = pushes.filter((p) => p.decision === 'block');
  const header: string[] = [];
  if (pushes.length > 0) {
    const reasons = [...blockReasons(blocked).entries()].map(([r, n]) => `${r} ${n}`).join(', ');
    header.push(
      `Checked against the last ${plural(pushes.length, 'push', 'pushes')} to its environment branches: ${blocked.length} would block${reasons ? ` (${reasons})` : ''}.`,
    );
  }
  summary.push(...header.map((h) => `init: ${h}`));
  for (const r of draft.relaxed) summary.push(`init: ${r}`);
  return { text: renderPolicy(draft, header), summary, draft };
}

/** Each environment's exact branches, each replayed as the pushes that built it. */
async function replay(git: Git, draft: PolicyDraft): Promise<Array<ReplayedPush & { environment: string }>> {
  const config = resolveConfig(parseConfig(renderPolicy(draft), '.gitops.yml (proposed)'), 'proposed', '.gitops.yml');
  const out: Array<ReplayedPush & { environment: string }> = [];
  for (const env of draft.environments) {
    for (const branch of env.branches) {
      if (branch.includes('*')) continue;
      for (const p of await replayHistory(git, config, branch, HISTORY_DEPTH))
        out.push({ ...p, environment: env.name });
    }
  }
  return out;
}

function envOf(_draft: PolicyDraft, p: ReplayedPush): string {
  return (p as ReplayedPush & { environment: string }).environment;
}

function emptySurvey(git: Git): RepositorySurvey {
  return {
    defaultBranch: git.currentBranch(),
    branches: [],
    tags: [],
    manifests: { kustomizeRoots: [], charts: [], plainFolders: [], roots: [], globs: [] },
    history: { firstParent: 0, merges: 0, squashSubjects: 0, withJiraKey: 0, nonMergeCommits: 0, jiraProjects: [] },
  };
}

/**
 * Teammates get the hooks only through `npm install`: husky's own setup (`"prepare": "husky"`).
 * An existing prepare script keeps running first.
 */
function addPrepareScript(top: string): string {
  const path = join(top, 'package.json');
  if (!existsSync(path)) {
    return 'No package.json here: teammates must run `npx husky` once (or add "prepare": "husky" to the package.json that installs gitops-action).';
  }
  const text = readFileSync(path, 'utf8');
  const pkg = JSON.parse(text) as { scripts?: Record<string, string> };
  const prepare = pkg.scripts?.prepare;
  if (prepare && /\bhusky\b/.test(prepare))
    return `package.json already runs husky on install ("prepare": ${JSON.stringify(prepare)})`;
  pkg.scripts = { ...(pkg.scripts ?? {}), prepare: prepare ? `${prepare} && husky` : 'husky' };
  const indent = /^[ \t]+/m.exec(text)?.[0] ?? '  ';
  writeFileSync(path, `${JSON.stringify(pkg, null, indent)}${text.endsWith('\n') ? '\n' : ''}`);
  return `package.json: "prepare": ${JSON.stringify(pkg.scripts.prepare)}, so npm install sets the hooks up for every clone`;
}

/** Runs husky once here (what npm install will do for teammates), when it is installed. */
function activateHusky(top: string): string {
  const bin = join(top, 'node_modules', 'husky', 'bin.js');
  if (!existsSync(bin)) return 'Run `npm i -D husky` and then `npx husky` once, so git uses .husky/.';
  try {
    execFileSync(process.execPath, [bin], { cwd: top, stdio: 'pipe' });
    return 'ran husky: git now runs .husky/ hooks in this clone';
  } catch (err) {
    return `husky did not run (${(err as Error).message.split('\n')[0]}); run \`npx husky\` yourself`;
  }
}

function writeOnce(path: string, content: string, name: string, say: (line: string) => void): void {
  if (!existsSync(path)) {
    writeFileSync(path, content);
    say(`created ${name}, fitted to this repository (read it: every choice says why)`);
  } else if (readFileSync(path, 'utf8') === content) {
    say(`${name} is already this policy; left as it is`);
  } else {
    say(`${name} exists; left as it is (init never overwrites a file you wrote; --dry-run prints the proposal)`);
  }
}
