import { describe, expect, it } from 'vitest';
import { environmentFor, parseRef } from '../../src/config/environments.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { parseTagVersion } from '../../src/semver/history.js';

const embedded = resolveConfig(undefined, 'embedded default', '.gitops.yml');

describe('environment mapping', () => {
  it.each([
    ['refs/heads/develop', 'testing'],
    ['refs/heads/release/1.2.0', 'acceptance'],
    ['refs/heads/release/1.2/x', undefined],
    ['refs/heads/main', 'production'],
    ['refs/heads/master', 'production'],
    ['refs/heads/feature/OPS-1', undefined],
    ['refs/tags/v1.2.0', 'production'],
    ['refs/tags/v0.9.0', undefined],
    ['refs/tags/v1.2.0-beta.1', undefined],
    ['refs/tags/latest', undefined],
    ['develop', 'testing'],
  ])('%s → %s (embedded default)', (ref, env) => {
    expect(environmentFor(embedded, parseRef(ref))?.name).toBe(env);
  });

  it('routes beta tags and full releases by semver range, first match wins', () => {
    const config = resolveConfig(
      {
        environments: {
          beta: { tags: ['v*'], versions: '>=1.0.0-0 <2.0.0 || >=2.0.0-0', deploy: true },
          production: { tags: ['v*'], versions: '>=1.0.0' },
        },
      },
      't',
      '.gitops.yml',
    );
    const cfg2 = resolveConfig(
      { environments: { beta: { tags: ['v*-beta.*'] }, production: { tags: ['v*'], versions: '>=1.0.0' } } },
      't',
      '.gitops.yml',
    );
    expect(environmentFor(cfg2, parseRef('refs/tags/v1.3.0-beta.2'))?.name).toBe('beta');
    expect(environmentFor(cfg2, parseRef('refs/tags/v1.3.0'))?.name).toBe('production');
    expect(environmentFor(config, parseRef('refs/tags/v1.3.0-beta.2'))?.name).toBe('beta');
  });

  it.each([
    ['v1.2.0', '1.2.0'],
    ['1.2.0', '1.2.0'],
    ['V1.2.0', '1.2.0'],
    ['v1.2', '1.2.0'], // two-part tags are versions (X.Y.0), as GitVersion reads them
    ['v1', null],
    ['latest', null],
    ['build-123', null],
  ])('tag %s has version %s', (tag, version) => {
    expect(parseTagVersion(tag, 'v')?.version ?? null).toBe(version);
  });
});

describe('versionInRange', () => {
  it.each([
    ['1.2.0', '>=1.0.0', true],
    ['1.2.0-beta.1', '>=1.0.0', false],
    ['1.2.0-beta.1', '>=1.0.0-0', true],
    ['0.9.0-beta.1', '>=1.0.0-0', false],
    ['2.0.0', '^1.0.0', false],
  ])('%s in %s → %s', async (version, range, expected) => {
    const { versionInRange } = await import('../../src/config/environments.js');
    expect(versionInRange(version, range)).toBe(expected);
  });
});
