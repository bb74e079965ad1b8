import { createHmac } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    const [mac, body] = readFileSync(entry, 'utf8').split('\n');
    expect(mac).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(body!)).toEqual({ rules: { jira: { projects: ['OPS'] } } });
    // Proof that the second load reads the entry: an entry made with the key is taken as it says.
    const key = readFileSync(join(process.env.XDG_CACHE_HOME!, 'gitops-action', 'policy-cache.key'));
    const forgedBody = JSON.stringify({ rules: { jira: { projects: ['WEB'] } } });
    const signed = createHmac('sha256', key).update(`${SCHEMA_HASH}\0${blob}\0`).update(forgedBody).digest('hex');
    writeFileSync(entry, `${signed}\n${forgedBody}`);
    expect((await load()).rules.jira).toMatchObject({ projects: ['WEB'] });
  });

  it('a forged entry (written without the key) never becomes the policy: the file is parsed again', async () => {
    const { repo, dir, load } = setup();
    await load();
    const blob = repo.git('rev-parse', 'HEAD:.gitops.yml');
    const entry = join(dir, `policy-${SCHEMA_HASH}-${blob}.json`);
    const forged = JSON.stringify({ rules: { jira: false } });
    // The old format (bare JSON), and a MAC of another body, are both refused.
    writeFileSync(entry, forged);
    expect((await load()).rules.jira).toMatchObject({ projects: ['OPS'] });
    const [mac] = readFileSync(entry, 'utf8').split('\n');
    writeFileSync(entry, `${mac}\n${forged}`);
    expect((await load()).rules.jira).toMatchObject({ projects: ['OPS'] });
    // And with the cache off nothing is read or written.
    rmSync(dir, { recursive: true });
    await loadConfig({ git: new Git(repo.dir), trustedRefs: ['HEAD'], cache: false });
    expect(existsSync(dir)).toBe(false);
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

  it('an invalid policy is never cached; the last valid version applies, with a note, on every load', async () => {
    const { repo, dir } = setup();
    rmSync(dir, { recursive: true, force: true });
    const load = () => loadConfig({ git: new Git(repo.dir), trustedRefs: ['HEAD'] });
    const good = repo.sha();
    repo.commit('bad', { files: { '.gitops.yml': 'rulez: {}\n' } });
    for (let i = 0; i < 2; i++) {
      const config = await load();
      expect(config.rules.jira).toMatchObject({ projects: ['OPS'] });
      expect(config.source).toBe(`.gitops.yml at ${good.slice(0, 7)} (last valid)`);
      expect(config.notes?.join('\n')).toMatch(/does not validate \(.gitops.yml at HEAD:1:1: unknown key "rulez"/);
    }
    const bad = repo.git('rev-parse', 'HEAD:.gitops.yml');
    expect(readdirSync(dir).some((f) => f.includes(bad))).toBe(false);
  });
});
