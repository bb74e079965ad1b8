import { describe, expect, it } from 'vitest';
import { type BranchInfo, classifyBranch, sanitizeLabel, versionFromName } from '../../src/semver/branch.js';

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
    ['support/1.x', { kind: 'support', suffix: '1.x' }],
    ['bugfix/x', { kind: 'other', name: 'bugfix/x' }],
    ['release/', { kind: 'other' }],
    ['mainline', { kind: 'other' }],
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
