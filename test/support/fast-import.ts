import { execFileSync } from 'node:child_process';
import { TEST_ENV, type TestRepo } from './repo.js';

/**
 * Appends `count` commits to `branch` in one `git fast-import`, which writes 10,000 commits in well
 * under a second; `message(i)` gives each commit's message and `email(i)` its identity.
 */
export function appendCommits(
  repo: TestRepo,
  branch: string,
  count: number,
  message: (i: number) => string,
  email: (i: number) => string = () => 'dev@example.com',
): string {
  const parent = repo.git('rev-parse', '--verify', '--quiet', `refs/heads/${branch}`);
  const chunks: string[] = [];
  for (let i = 0; i < count; i++) {
    const msg = Buffer.from(message(i));
    const when = 1_767_225_600 + i * 60;
    chunks.push(
      `commit refs/heads/${branch}\nmark :${i + 1}\nauthor Dev <${email(i)}> ${when} +0000\ncommitter Dev <${email(i)}> ${when} +0000\ndata ${msg.length}\n${msg}\n`,
    );
    if (i === 0 && parent) chunks.push(`from ${parent}\n`);
    chunks.push(`M 644 inline file.txt\ndata ${String(i).length}\n${i}\n\n`);
  }
  execFileSync('git', ['fast-import', '--quiet', '--force'], { cwd: repo.dir, env: TEST_ENV, input: chunks.join('') });
  return repo.git('rev-parse', `refs/heads/${branch}`);
}
