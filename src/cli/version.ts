import { loadTrustedConfig } from '../policy/check.js';
import { gitVersionFields } from '../semver/fields.js';
import { computeVersion } from '../semver/version.js';
import type { CommandRunner } from './commands.js';
import { EXIT } from './main.js';
import { type CommandSpec, parseCommand } from './options.js';
import { openRepository, resolveCommit } from './repo.js';

export const spec = {
  name: 'version',
  summary: 'the semver version git-flow gives a ref (GitVersion-style: tags, release branches, merges)',
  options: {
    ref: { type: 'string', value: 'REV', description: 'the branch, tag or commit to version', default: 'HEAD' },
    config: {
      type: 'string',
      value: 'FILE',
      description: 'a policy file on disk, as it stands (only versioning: is read)',
      defaultText: '.gitops.yml at --ref',
    },
    format: { type: 'string', value: 'FORMAT', description: 'output', choices: ['text', 'json'], default: 'text' },
  },
  examples: [
    'gitops-action version                       # e.g. 1.3.0-alpha.4 on develop',
    'gitops-action version --ref release/1.3.0 --format json',
  ],
} as const satisfies CommandSpec;

/** `version [--ref REV]`: the semver version git-flow gives the ref. */
export const version: CommandRunner = async (argv, io) => {
  const parsed = parseCommand(spec, argv, io.stdout);
  if (!parsed) return EXIT.ok;
  const args = parsed.values;
  const git = openRepository(io.cwd);
  const given = argv.some((a) => a === '--ref' || a.startsWith('--ref='));
  const rev = args.ref;
  resolveCommit(git, rev);
  // The policy at the ref itself (only its versioning block is read).
  const config = await loadTrustedConfig({ git, from: rev, configPath: args.config, explicitFrom: true });
  // With --ref the versioning derives the branch from the name itself; without it, HEAD's branch counts.
  const result = computeVersion(git, {
    ref: rev,
    branch: given ? undefined : git.currentBranch(),
    config: config.versioning,
  });
  if (args.format === 'json') {
    // camelCase, with GitVersion's names for the fields a user moving from it looks for.
    const output = {
      version: result.version,
      previousVersion: result.previousVersion,
      bump: result.bump,
      tag: result.tag,
      source: result.source,
      ...gitVersionFields(result),
    };
    io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    io.stdout.write(`${result.version}\n`);
  }
  return EXIT.ok;
};
version.spec = spec;
