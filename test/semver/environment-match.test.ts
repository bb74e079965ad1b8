import { describe, expect, it } from 'vitest';
import { versionSatisfies } from '../../src/semver/environment-match.js';

describe('versionSatisfies', () => {
  it.each<[string, string, boolean]>([
    ['1.2.0', '>=1.0.0', true],
    ['0.9.0', '>=1.0.0', false],
    ['v1.2.0', '^1.0.0', true],
    ['V1.2.0', '~1.2.0', true],
    ['1.2.0-beta.1', '>=1.0.0', false],
    ['1.2.0-beta.1', '>=1.2.0-beta.0', true],
    ['1.3.0-beta.1', '>=1.2.0-beta.0', false],
    ['1.2.0+build.5', '1.2.0', true],
    ['2.0.0', '1.x || 2.x', true],
    ['latest', '>=0.0.0', false],
    ['build-123', '*', false],
    ['1.2.0', 'not a range', false],
    ['1.2.0', '', true],
  ])('%s in %s → %s', (version, range, expected) => {
    expect(versionSatisfies(version, range)).toBe(expected);
  });

  it('includes pre-releases only when asked', () => {
    expect(versionSatisfies('1.2.0-beta.1', '>=1.0.0', { includePrerelease: true })).toBe(true);
  });

  it('strips a configured prefix', () => {
    expect(versionSatisfies('release-1.2.0', '^1.0.0', { prefix: 'release-' })).toBe(true);
  });
});
