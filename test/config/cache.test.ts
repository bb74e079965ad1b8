import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { SCHEMA_HASH } from '../../src/config/schema-hash.generated.js';
import { Git } from '../../src/git/git.js';
import { TestRepo } from '../support/repo.js';

function setup() {
  const repo = TestRepo.create();
  repo.commit('policy', { files: { '.gitops.yml': 'rules:\n  jira: { projects: [OPS] }\n' } });
  const git = new Git(repo.dir);
  const dir = join(repo.dir, '.git', 'gitops-action');
  return { repo, git, dir, load: () => loadConfig({ git: new Git(repo.dir), trustedRefs: ['HEAD'] }) };
}

describe('the validated-policy cache', () => {
  it('stores a policy under its blob id and the schema hash, and reads it back instead of parsing', async () => {
    const { repo, dir, load } = setup();
    const first = await load();
    expect(first.rules.jira).toMatchObject({ projects: ['OPS'] });
    const blob = repo.git('rev-parse', 'HEAD:.gitops.yml');
    const entry = join(dir, `policy-${SCHEMA_HASH}-${blob}.json`);
    expect(readdirSync(dir)).toEqual([`policy-${SCHEMA_HASH}-${blob}.json`]);
    expect(JSON.parse(readFileSync(entry, 'utf8'))).toEqual({ rules: { jira: { projects: ['OPS'] } } });
    // Proof that the second load reads the entry: it sees what the entry says, not the file.
    writeFileSync(entry, JSON.stringify({ rules: { jira: { projects: ['WEB'] } } }));
    expect((await load()).rules.jira).toMatchObject({ projects: ['WEB'] });
  });

  it('a changed policy is a new blob, so a new entry; a broken entry is a miss, never an error', async () => {
    const { repo, dir, load } = setup();
    await load();
    repo.commit('policy 2', { files: { '.gitops.yml': 'rules:\n  jira: { projects: [WEB] }\n' } });
    expect((await load()).rules.jira).toMatchObject({ projects: ['WEB'] });
    expect(readdirSync(dir)).toHaveLength(2);
    for (const f of readdirSync(dir)) writeFileSync(join(dir, f), '{ not json');
    expect((await load()).rules.jira).toMatchObject({ projects: ['WEB'] });
  });

  it('an invalid policy is never cached: it fails the same way every time', async () => {
    const { repo, dir } = setup();
    const load = () => loadConfig({ git: new Git(repo.dir), trustedRefs: ['HEAD'] });
    repo.commit('bad', { files: { '.gitops.yml': 'rulez: {}\n' } });
    await expect(load()).rejects.toThrow(/unknown key "rulez"/);
    await expect(load()).rejects.toThrow(/unknown key "rulez"/);
    expect(existsSync(dir)).toBe(false);
  });
});
