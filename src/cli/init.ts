import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliArgs } from './args.js';
import { EXIT, type Io } from './main.js';
import { openRepository } from './repo.js';

export const STARTER_CONFIG = `# yaml-language-server: $schema=./node_modules/gitops-action/schema/gitops.schema.json
# The policy gitops-action applies before a push may deploy. Reference: the README's Configuration section.
admins: []                      # who may change this file, e.g. [lead@example.com, "github:octocat"]
environments:
  testing:    { branches: [develop] }
  acceptance: { branches: ["release/*"], promote-from: testing }
  production: { branches: [main, master], tags: ["v*"], versions: ">=1.0.0", promote-from: acceptance,
                rules: { jira: {} } }
rules:
  skip-deploy: { scope: head }
  committers:
    allow: []                   # e.g. ["*@example.com", "github:octocat", "github-actions[bot]"]
  jira: false                   # required in production only (see environments.production.rules)
  destructive:
    descriptors: ["deploy/**/*.y?(a)ml", "k8s/**/*.y?(a)ml"]
    allowed-ports: [80, 443]
  branches:
    merge-only: [main, master]
`;

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

/**
 * `init [--husky]`: writes what is missing and never overwrites a file someone wrote. Running it
 * twice changes nothing the second time.
 */
export async function initCommand(args: CliArgs, io: Io): Promise<number> {
  const git = openRepository(io.cwd);
  const top = git.topLevel();
  const say = (line: string) => io.stdout.write(`${line}\n`);
  writeOnce(join(top, '.gitops.yml'), STARTER_CONFIG, '.gitops.yml', say);
  if (args.husky) {
    mkdirSync(join(top, '.husky'), { recursive: true });
    for (const [hook, line] of Object.entries(HUSKY_HOOKS)) {
      const path = join(top, '.husky', hook);
      if (!existsSync(path)) {
        writeFileSync(path, line, { mode: 0o755 });
        say(`created .husky/${hook}: ${line.trim()}`);
      } else if (readFileSync(path, 'utf8').includes(`gitops-action ${hook}`)) {
        say(`.husky/${hook} already runs gitops-action; left as it is`);
      } else {
        say(
          `.husky/${hook} exists and was written by someone else; left as it is. Add this line to it yourself:\n  ${line.trim()}`,
        );
      }
    }
    say('Run `npx husky` once (or add "prepare": "husky" to package.json) so git uses .husky/.');
  } else {
    say(
      'Hooks: run `gitops-action init --husky` for husky, or point core.hooksPath at node_modules/gitops-action/hooks.',
    );
  }
  return EXIT.ok;
}

function writeOnce(path: string, content: string, name: string, say: (line: string) => void): void {
  if (!existsSync(path)) {
    writeFileSync(path, content);
    say(`created ${name} (with the $schema line for editor completion)`);
  } else if (readFileSync(path, 'utf8') === content) {
    say(`${name} is already the starter policy; left as it is`);
  } else {
    say(`${name} exists; left as it is (init never overwrites a file you wrote)`);
  }
}
