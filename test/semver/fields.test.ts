import { describe, expect, it } from 'vitest';
import { gitVersionFields, gitVersionOutputs } from '../../src/semver/fields.js';
import type { VersionResult } from '../../src/semver/version.js';

function result(version: string, extra: Partial<VersionResult> = {}): VersionResult {
  return {
    version,
    previousVersion: '1.2.0',
    bump: 'minor',
    tag: `v${version}`,
    source: 'prerelease',
    commitsSinceBase: 7,
    branch: 'develop',
    sha: 'a'.repeat(40),
    ...extra,
  };
}

describe('gitVersionFields', () => {
  it.each<[string, Partial<VersionResult>, Record<string, unknown>]>([
    [
      '1.3.0-alpha.7',
      {},
      { major: 1, minor: 3, patch: 0, preReleaseLabel: 'alpha', preReleaseNumber: 7, fullSemVer: '1.3.0-alpha.7' },
    ],
    ['1.3.0-PROJ-7-Login.4', {}, { preReleaseLabel: 'PROJ-7-Login', preReleaseNumber: 4 }],
    ['4.8.2-rc1', {}, { preReleaseLabel: 'rc1', preReleaseNumber: null }],
    ['4.8.2-alpha.beta', {}, { preReleaseLabel: 'alpha.beta', preReleaseNumber: null }],
    [
      '1.2.1',
      { source: 'branch-type', commitsSinceBase: 3, branch: 'main' },
      { preReleaseLabel: '', preReleaseNumber: null, fullSemVer: '1.2.1+3', commitsSinceVersionSource: 3 },
    ],
    ['1.2.0', { source: 'tag', commitsSinceBase: 5 }, { patch: 0, fullSemVer: '1.2.0', commitsSinceVersionSource: 0 }],
    ['10.20.30', { branch: null }, { major: 10, minor: 20, patch: 30, branchName: null, sha: 'a'.repeat(40) }],
  ])('%s %j', (version, extra, expected) => {
    expect(gitVersionFields(result(version, extra))).toMatchObject(expected);
  });
});

describe('gitVersionOutputs', () => {
  it('kebab-case strings, empty when there is no version', () => {
    expect(gitVersionOutputs(result('1.3.0-alpha.7'))).toEqual({
      major: '1',
      minor: '3',
      patch: '0',
      'pre-release-label': 'alpha',
      'pre-release-number': '7',
      'full-semver': '1.3.0-alpha.7',
      'commits-since-version-source': '7',
      'branch-name': 'develop',
      sha: 'a'.repeat(40),
    });
    const none = gitVersionOutputs(undefined);
    expect(Object.values(none).every((v) => v === '')).toBe(true);
    expect(Object.keys(none)).toEqual(Object.keys(gitVersionOutputs(result('1.0.0'))));
  });
});
