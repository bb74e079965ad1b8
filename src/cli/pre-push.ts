import type { CommandRunner } from './commands.js';
import { EXIT } from './main.js';
import { type CommandSpec, parseCommand } from './options.js';

export const spec = {
  name: 'pre-push',
  summary: "git's pre-push hook: checks each pushed ref before it leaves (refs that deploy get the whole policy)",
  positionals: [
    { name: 'REMOTE', description: "the remote's name, as git passes it" },
    { name: 'URL', description: "the remote's URL, as git passes it" },
  ],
  options: {
    config: {
      type: 'string',
      value: 'FILE',
      description: 'a policy file on disk, as it stands',
      defaultText: ".gitops.yml from the branch's remote state",
    },
  },
  examples: [
    'gitops-action pre-push "$@"              # the line in .husky/pre-push (git writes the refs on stdin)',
    'echo "refs/heads/main $(git rev-parse HEAD) refs/heads/main $(git rev-parse origin/main)" | gitops-action pre-push origin url',
  ],
  notes: [
    'Reads git\'s lines "<local ref> <local sha> <remote ref> <remote sha>" on stdin. Exit 1 stops the push; `git push --no-verify` skips the hook once.',
  ],
} as const satisfies CommandSpec;

export const prePush: CommandRunner = async (argv, io) => {
  const parsed = parseCommand(spec, argv, io.stdout);
  if (!parsed) return EXIT.ok;
  const { prePushCommand } = await import('../hooks/pre-push.js');
  return prePushCommand({ positionals: parsed.positionals, config: parsed.values.config }, io);
};
prePush.spec = spec;
