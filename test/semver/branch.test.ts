import { describe, expect, it } from 'vitest';
import {
  type BranchInfo,
  classifyBranch,
  sanitizeLabel,
  versionFromName,
  versionInBranchName,
} from '../../src/semver/branch.js';

describe('classifyBranch', () => {
  it.each<[string, Partial<BranchInfo>]>([
    ['main', { kind: 'main', name: 'main' }],
    ['master', { kind: 'main', name: 'master' }],
    ['refs/heads/master', { kind: 'main', name: 'master' }],
    ['origin/main', { kind: 'main', name: 'main' }],
    ['refs/remotes/upstream/develop', { kind: 'develop', name: 'develop' }],
    ['develop', { kind: 'develop' }],
    ['development', { kind: 'develop' }],
    ['release/1.2.0', { kind: 'release', version: '1.2.0', suffix: '1.2.0' }],
    ['releases/1.2', { kind: 'release', version: '1.2.0' }],
    ['release-v2.0.0', { kind: 'release', version: '2.0.0' }],
    ['release/next', { kind: 'release', suffix: 'next', version: undefined }],
    ['hotfix/1.2.1', { kind: 'hotfix', version: '1.2.1' }],
    ['hotfix-1.2.1', { kind: 'hotfix', version: '1.2.1' }],
    ['hotfix/urgent', { kind: 'hotfix', version: undefined }],
    ['feature/login', { kind: 'feature', suffix: 'login' }],
    ['features/PROJ-12_login', { kind: 'feature', suffix: 'PROJ-12_login' }],
    ['support/1.x', { kind: 'support', suffix: '1.x', line: { major: 1 } }],
    ['support/1.2', { kind: 'support', line: { major: 1, minor: 2 } }],
    ['support/legacy', { kind: 'support', line: undefined }],
    ['release/release-1.0.26', { kind: 'release', version: '1.0.26' }],
    ['release/hotfix-0.2.10', { kind: 'release', version: '0.2.10' }],
    ['release_0.21.0', { kind: 'release', version: '0.21.0' }],
    ['hotfix_1.2.1', { kind: 'hotfix', version: '1.2.1' }],
    ['release-0-28.1', { kind: 'release', version: undefined }],
    ['release-10.0', { kind: 'release', version: '10.0.0' }],
    ['release/2.7.x', { kind: 'release', version: undefined, line: { major: 2, minor: 7 } }],
    ['release/4.8.2-alpha.1', { kind: 'release', version: '4.8.2', prerelease: 'alpha.1' }],
    ['release/1.2.0-login-fix', { kind: 'release', version: '1.2.0', prerelease: undefined }],
    ['Release/1.7.39.1', { kind: 'release', version: undefined }],
    ['bugfix/x', { kind: 'other', name: 'bugfix/x' }],
    ['release/', { kind: 'other' }],
    ['mainline', { kind: 'other' }],
    ['3.1.0', { kind: 'release', version: '3.1.0' }],
    ['v2.4', { kind: 'release', version: '2.4.0' }],
    ['2024', { kind: 'other' }],
  ])('%s', (name, expected) => {
    const info = classifyBranch(name);
    for (const [k, v] of Object.entries(expected)) expect(info[k as keyof BranchInfo]).toEqual(v);
  });
});

describe('versionFromName', () => {
  it.each([
    ['1.2.0', '1.2.0'],
    ['v1.2.0', '1.2.0'],
    ['V1.2.0', '1.2.0'],
    ['1.2', '1.2.0'],
    ['v10.20', '10.20.0'],
    ['1.2.0-rc.1', '1.2.0'],
    ['1', undefined],
    ['1.2.x', undefined],
    ['01.2.0', undefined],
    ['next', undefined],
    ['', undefined],
  ])('%s → %s', (input, expected) => {
    expect(versionFromName(input)).toBe(expected);
  });
});

describe('versionInBranchName', () => {
  it.each([
    ['1.2.0', { version: '1.2.0' }],
    ['v1.2', { version: '1.2.0' }],
    ['release-1.0.26', { version: '1.0.26' }],
    ['hotfix-0.2.10', { version: '0.2.10' }],
    ['team_3.4.5_final', { version: '3.4.5' }],
    ['4.8.2-alpha.1', { version: '4.8.2', prerelease: 'alpha.1' }],
    ['5.0.0-rc2', { version: '5.0.0', prerelease: 'rc2' }],
    ['1.2.0-fix-login', { version: '1.2.0' }],
    ['2.7.x', { line: { major: 2, minor: 7 } }],
    ['1.x', { line: { major: 1 } }],
    // The first segment that starts with a digit decides, and `0` is not X.Y.
    ['-0-28.1', undefined],
    ['1.7.39.1', undefined],
    ['2024', undefined],
    ['01.2.0', undefined],
    ['next', undefined],
    ['', undefined],
  ])('%s → %j', (input, expected) => {
    expect(versionInBranchName(input)).toEqual(expected);
  });
});

describe('sanitizeLabel', () => {
  it.each([
    ['login', 'login'],
    ['PROJ-12_login', 'PROJ-12-login'],
    ['a/b.c', 'a-b-c'],
    ['--x--', 'x'],
    ['ünïcode', 'n-code'],
    ['007', '7'],
    ['///', 'branch'],
  ])('%s → %s', (input, expected) => {
    expect(sanitizeLabel(input)).toBe(expected);
  });
});
