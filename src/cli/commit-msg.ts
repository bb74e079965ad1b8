import type { CommandRunner } from './commands.js';
import { EXIT } from './main.js';
import { type CommandSpec, parseCommand } from './options.js';

export const spec = {
  name: 'commit-msg',
  summary: "git's commit-msg hook: the message rules (Jira keys) before the commit exists",
  positionals: [
    {
      name: 'FILE',
      description: 'the file holding the proposed message (git passes .git/COMMIT_EDITMSG)',
      required: true,
    },
  ],
  options: {
    config: {
      type: 'string',
      value: 'FILE',
      description: 'a policy file on disk, as it stands',
      defaultText: '.gitops.yml from the trusted ref',
    },
  },
  examples: [
    'gitops-action commit-msg "$1"                # the line in .husky/commit-msg',
    'echo "OPS-12: fix the probe" > /tmp/msg && gitops-action commit-msg /tmp/msg',
  ],
  notes: [
    'When any environment requires Jira keys, every commit on every branch is asked for one here, where the fix is a re-typed message rather than a rebase later. Exit 1 refuses the commit and keeps the message.',
  ],
} as const satisfies CommandSpec;

export const commitMsg: CommandRunner = async (argv, io) => {
  const parsed = parseCommand(spec, argv, io.stdout);
  if (!parsed) return EXIT.ok;
  const { commitMsgCommand } = await import('../hooks/commit-msg.js');
  return commitMsgCommand({ positionals: parsed.positionals, config: parsed.values.config }, io);
};
commitMsg.spec = spec;
