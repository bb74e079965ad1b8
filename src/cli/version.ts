import { loadTrustedConfig } from '../policy/check.js';
import { computeVersion } from '../semver/version.js';
import type { CliArgs } from './args.js';
import { EXIT, type Io } from './main.js';
import { openRepository } from './repo.js';

/** `version [--ref REV]`: the semver version git-flow gives the ref. */
export async function versionCommand(args: CliArgs, io: Io): Promise<number> {
  const git = openRepository(io.cwd);
  const rev = args.ref ?? 'HEAD';
  // The policy at the ref itself (only its versioning block is read); a ref that does not exist is
  // reported by computeVersion, which resolves it anyway.
  const config = await loadTrustedConfig({ git, from: rev, configPath: args.config, explicitFrom: true });
  // With --ref the versioning derives the branch from the name itself; without it, HEAD's branch counts.
  const result = computeVersion(git, {
    ref: rev,
    branch: args.ref === undefined ? git.currentBranch() : undefined,
    config: config.versioning,
  });
  if (args.format === 'json') {
    io.stdout.write(
      `${JSON.stringify(
        {
          version: result.version,
          'previous-version': result.previousVersion,
          bump: result.bump,
          tag: result.tag,
          source: result.source,
          branch: result.branch,
          sha: result.sha,
          'commits-since-base': result.commitsSinceBase,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    io.stdout.write(`${result.version}\n`);
  }
  return EXIT.ok;
}
