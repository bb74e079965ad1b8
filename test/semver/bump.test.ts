import { describe, expect, it } from 'vitest';
import { type Bump, markerBump, markersBump, maxBump } from '../../src/semver/bump.js';

describe('markerBump', () => {
  it.each<[string, Bump | null]>([
    ['fix: typo', null],
    ['feat: login', null],
    ['chore: x\n\n+semver: major', 'major'],
    ['+semver: minor', 'minor'],
    ['+semver: patch', 'patch'],
    ['+semver: none', 'none'],
    ['+semver:minor', 'minor'],
    ['+SEMVER: Major', 'major'],
    ['x +semver: breaking', 'major'],
    ['x +semver: feature', 'minor'],
    ['x +semver: fix', 'patch'],
    ['x +semver: skip', 'none'],
    ['x +semver: banana', null],
    ['+semver: none +semver: minor', 'minor'],
    ['feat!: drop node 18', 'major'],
    ['feat(api)!: remove v1', 'major'],
    ['refactor(core-x)!: rename', 'major'],
    ['feat(api): add v2', null],
    ['feat: x\n\nBREAKING CHANGE: the config moved', 'major'],
    ['feat: x\n\nBREAKING-CHANGE: the config moved', 'major'],
    ['feat: x\n\nthis is not a BREAKING CHANGE: mid-line', null],
    ['Merge branch x\n\nfoo!: not the header', null],
    ['semver: major', null],
  ])('%j → %s', (message, expected) => {
    expect(markerBump(message)).toBe(expected);
  });

  it('combines many messages; none counts only alone', () => {
    expect(markersBump(['a', 'b'])).toBeNull();
    expect(markersBump(['+semver: none', 'x'])).toBe('none');
    expect(markersBump(['+semver: none', '+semver: patch'])).toBe('patch');
    expect(markersBump(['+semver: minor', 'feat!: x', '+semver: patch'])).toBe('major');
  });

  it('orders bumps', () => {
    expect(maxBump('none', 'patch')).toBe('patch');
    expect(maxBump('major', 'minor')).toBe('major');
  });

  it('is linear on hostile messages', () => {
    const start = performance.now();
    markerBump(`a${'('.repeat(100_000)}!:`);
    markerBump(`${'a'.repeat(100_000)}(${'x'.repeat(100_000)}`);
    markerBump('+semver:'.repeat(50_000));
    markerBump(`x\n${'BREAKING '.repeat(50_000)}`);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('Conventional Commits (versioning.conventional-commits)', () => {
  it.each<[string, Bump | null]>([
    ['feat: login', 'minor'],
    ['feat(api): add v2', 'minor'],
    ['Feat: capital', 'minor'],
    ['feat!: breaking', 'major'],
    ['fix: typo', null],
    ['chore: feat: not the type', null],
    ['featx: no', null],
    ['feat: x\n\n+semver: none', 'minor'],
    ['docs: x\n\nfeat: not the header', null],
  ])('%j → %s', (message, expected) => {
    expect(markerBump(message, { conventionalCommits: true })).toBe(expected);
  });

  it('off by default: feat: asks for nothing', () => {
    expect(markerBump('feat: login')).toBeNull();
    expect(markersBump(['fix: a', 'feat: b'], { conventionalCommits: true })).toBe('minor');
    expect(markersBump(['fix: a', 'feat: b'])).toBeNull();
  });
});
