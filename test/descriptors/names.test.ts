import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearParsedFiles } from '../../src/descriptors/cache.js';
import { buildPlan } from '../../src/descriptors/plan.js';
import { readDescriptorInput } from '../../src/descriptors/read.js';
import { Git } from '../../src/git/git.js';
import { TestRepo } from '../support/repo.js';
import { config } from './helpers.js';

/** A path whose bytes are not UTF-8: `\xfe.yaml` and `\xff.yaml` both decode to `\uFFFD.yaml`. */
const badName = (dir: string, byte: number, rest = '.yaml') =>
  Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([byte]), Buffer.from(rest)]);

const service = (name: string, spec: string) =>
  `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}, namespace: prod}\nspec: ${spec}\n`;

function plan(repo: TestRepo, from: string, to: string) {
  clearParsedFiles();
  const input = readDescriptorInput(new Git(repo.dir), config(), from, to, false, { cache: false });
  return buildPlan({ ...input, config: config() });
}

describe('plan files whose names are not UTF-8', () => {
  it('fail closed when the push changes one: two such names read alike, and one could hide the other', () => {
    const repo = TestRepo.create();
    repo.commit('base', { files: { 'k8s/app.yaml': service('app', '{ports: [{port: 80}]}') } });
    writeFileSync(badName(join(repo.dir, 'k8s'), 0xfe), service('web', '{ports: [{port: 80}]}'));
    writeFileSync(badName(join(repo.dir, 'k8s'), 0xff), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: junk}\n');
    repo.git('add', '-A');
    repo.git('commit', '-qm', 'two files with such names');
    const from = repo.sha();
    // The attack: open ports in one, delete the other. Made from `from` by applying each change,
    // `to` loses the first file (both changes land on one decoded name), and the plan saw nothing.
    writeFileSync(
      badName(join(repo.dir, 'k8s'), 0xfe),
      `${service('web', '{type: NodePort, ports: [{port: 80, nodePort: 30080}]}')}---\n${service('open', '{type: LoadBalancer, ports: [{port: 22}]}')}`,
    );
    rmSync(badName(join(repo.dir, 'k8s'), 0xff));
    repo.git('add', '-A');
    repo.git('commit', '-qm', 'open ports, hide it');
    const result = plan(repo, from, repo.sha());
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.kind, f.file])).toEqual([['unreadable', 'k8s/\uFFFD.yaml']]);
    expect(errors[0]?.message).toContain('not UTF-8');
  });

  it('warn, once, about one the push leaves alone, and plan the rest as usual', () => {
    const repo = TestRepo.create();
    repo.commit('base', { files: { 'k8s/app.yaml': service('app', '{ports: [{port: 80}]}') } });
    writeFileSync(badName(join(repo.dir, 'k8s'), 0xe9), service('old', '{ports: [{port: 80}]}'));
    repo.git('add', '-A');
    repo.git('commit', '-qm', 'a file named in latin-1');
    const from = repo.sha();
    repo.commit('open a port', {
      files: { 'k8s/app.yaml': service('app', '{type: NodePort, ports: [{port: 80, nodePort: 30080}]}') },
    });
    const result = plan(repo, from, repo.sha());
    expect(result.findings.map((f) => [f.kind, f.severity, f.file])).toEqual([
      ['unreadable', 'warning', 'k8s/\uFFFD.yaml'],
      ['port-opened', 'error', 'k8s/app.yaml'],
    ]);
  });
});
