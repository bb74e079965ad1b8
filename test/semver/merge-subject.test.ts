import { describe, expect, it } from 'vitest';
import { parseMergeSubject } from '../../src/semver/merge-subject.js';

describe('parseMergeSubject', () => {
  it.each([
    ["Merge branch 'release/1.2.0'", { type: 'release', branch: 'release/1.2.0', version: '1.2.0' }],
    [
      "Merge branch 'release/1.2.0' into main",
      { type: 'release', branch: 'release/1.2.0', version: '1.2.0', into: 'main' },
    ],
    [
      "Merge branch 'hotfix/1.2.1' into 'master'",
      { type: 'hotfix', branch: 'hotfix/1.2.1', version: '1.2.1', into: 'master' },
    ],
    ['Merge pull request #12 from org/release/1.2.0', { type: 'release', branch: 'release/1.2.0', version: '1.2.0' }],
    [
      "Merge remote-tracking branch 'origin/hotfix/1.2.1'",
      { type: 'hotfix', branch: 'hotfix/1.2.1', version: '1.2.1' },
    ],
    ['Merged in release/1.2.0 (pull request #12)', { type: 'release', branch: 'release/1.2.0', version: '1.2.0' }],
    ["Merge branch 'releases/1.3.0'", { type: 'release', branch: 'releases/1.3.0', version: '1.3.0' }],
    ["Merge branch 'release-1.3.0'", { type: 'release', branch: 'release-1.3.0', version: '1.3.0' }],
    ["Merge branch 'hotfix-1.3.1'", { type: 'hotfix', branch: 'hotfix-1.3.1', version: '1.3.1' }],
    ["Merge branch 'release/v1.2.0'", { type: 'release', branch: 'release/v1.2.0', version: '1.2.0' }],
    ["Merge branch 'release/1.2'", { type: 'release', branch: 'release/1.2', version: '1.2.0' }],
    ["Merge branch 'release/V2.0'", { type: 'release', branch: 'release/V2.0', version: '2.0.0' }],
    ["Merge branch 'release/1.9.1'", { type: 'release', branch: 'release/1.9.1', version: '1.9.1' }],
    [
      "Merge branch 'release/1.2.0-rc.1'",
      { type: 'release', branch: 'release/1.2.0-rc.1', version: '1.2.0', prerelease: 'rc.1' },
    ],
    ["Merge branch 'release/next'", { type: 'release', branch: 'release/next' }],
    ["Merge branch 'develop'", { type: 'develop', branch: 'develop' }],
    ["Merge branch 'develop' into master", { type: 'develop', branch: 'develop', into: 'master' }],
    ["Merge branch 'feature/login' into develop", { type: 'feature', branch: 'feature/login', into: 'develop' }],
    ['Merge pull request #7 from someone/feature/x', { type: 'feature', branch: 'feature/x' }],
    ["Merge remote-tracking branch 'origin/develop'", { type: 'develop', branch: 'develop' }],
    ["Merge branch 'master' into develop", { type: 'other', branch: 'master', into: 'develop', backMerge: true }],
    ["Merge tag 'v1.2.0' into develop", { type: 'other', branch: 'v1.2.0', into: 'develop', backMerge: true }],
    ["Merge branch 'main' of https://github.com/o/r", { type: 'other', branch: 'main', backMerge: true }],
    [
      "Merge branch 'release/4.8.2-alpha.1' into main",
      { type: 'release', branch: 'release/4.8.2-alpha.1', version: '4.8.2', prerelease: 'alpha.1', into: 'main' },
    ],
    [
      'Merge pull request #2947 from fluentassertions/release-8.0',
      { type: 'release', branch: 'release-8.0', version: '8.0.0' },
    ],
    ["Merge branch 'release/release-1.0.26'", { type: 'release', branch: 'release/release-1.0.26', version: '1.0.26' }],
    ["Merge branch 'release-0-28.1'", { type: 'release', branch: 'release-0-28.1' }],
    ["Merge branch '3.1.0'", { type: 'release', branch: '3.1.0', version: '3.1.0' }],
    ["Merge branch 'v2.4'", { type: 'release', branch: 'v2.4', version: '2.4.0' }],
    ["Merge branch '2024-fixes'", { type: 'other', branch: '2024-fixes' }],
    [
      "Merge 'release-6.3.0' into 'master' using only contents from 'release-6.3.0'",
      { type: 'release', branch: 'release-6.3.0', version: '6.3.0', into: 'master' },
    ],
    ["Merge branch 'support/1.x'", { type: 'other', branch: 'support/1.x' }],
    ["Merge branch 'bugfix/crash'", { type: 'other', branch: 'bugfix/crash' }],
  ])('%s', (subject, expected) => {
    expect(parseMergeSubject(subject)).toEqual(expected);
  });

  it.each([
    ['feat: add login'],
    ['Merge'],
    ['Merge branch release/1.2.0'],
    ["Merge branch ''"],
    ['Merge pull request #12'],
    ['Merged in'],
    [''],
    ['Revert "Merge branch \'release/1.2.0\'"'],
  ])('not a branch merge: %j', (subject) => {
    expect(parseMergeSubject(subject)).toBeNull();
  });

  it('reads only the first line', () => {
    expect(parseMergeSubject("Merge branch 'hotfix/2.0.1'\n\nMerge branch 'release/9.0.0'")).toMatchObject({
      version: '2.0.1',
    });
  });

  it('is linear on hostile subjects', () => {
    const hostile = [
      `Merge branch '${'release/'.repeat(50_000)}`,
      `Merge pull request #${'1'.repeat(200_000)} from ${'a/'.repeat(100_000)}`,
      `Merged in ${'x'.repeat(300_000)}`,
      `Merge branch 'release/${'1.'.repeat(100_000)}'`,
      `Merge branch 'a' into ${"'".repeat(100_000)}`,
    ];
    const start = performance.now();
    for (const s of hostile) parseMergeSubject(s);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
