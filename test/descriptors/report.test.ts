import { describe, expect, it } from 'vitest';
import { buildPlan, type Plan } from '../../src/descriptors/plan.js';
import { escapeMarkdown } from '../../src/report/markdown.js';
import { renderPlanMarkdown, renderPlanText } from '../../src/report/plan.js';
import { config, files } from './helpers.js';

function samplePlan(): Plan {
  return buildPlan({
    before: files({
      'deploy/a.yaml': 'service: a\nversion: 2.0.0\nport: 80\n',
      'deploy/gone.yaml': 'service: gone\n',
    }),
    after: files({
      'deploy/a.yaml': 'service: a\nversion: 1.0.0\nport: 80\n',
      'deploy/new.yaml': 'service: "new|<img src=x>"\nmaintainer: "*bold* [link](http://x) `code`\\nnext"\n',
    }),
    config: config(),
    accepted: new Map([['service-removed', 'abc1234']]),
  });
}

describe('renderPlanText', () => {
  it('lists objects with their changes and findings and ends with the plan line', () => {
    const text = renderPlanText(samplePlan(), { color: false });
    expect(text.split('\n')).toEqual([
      '~ update descriptor/a (deploy/a.yaml)',
      '    version: 2.0.0 → 1.0.0',
      '    ✖ version-downgrade: descriptor/a version goes down from 2.0.0 to 1.0.0 (deploy/a.yaml:2)',
      '- delete descriptor/gone (deploy/gone.yaml)',
      '    ⚠ service-removed (accepted by abc1234): descriptor/gone is deleted (deploy/gone.yaml:1)',
      '+ create descriptor/new|<img src=x> (deploy/new.yaml)',
      '',
      'Plan: 1 to add, 1 to change, 1 to destroy, 2 destructive.',
    ]);
  });

  it('colours only when asked and neutralises escape sequences', () => {
    const p = buildPlan({
      before: files({}),
      after: files({ 'deploy/x.yaml': 'service: "x\\u001b[2J"\n' }),
      config: config(),
    });
    const plain = renderPlanText(p, { color: false });
    expect(plain).not.toContain('\x1b');
    expect(plain).toContain('descriptor/x\\x1b[2J');
    expect(renderPlanText(p, { color: true })).toContain('\x1b[32m+ create\x1b[39m');
  });

  it('an empty plan is just the plan line', () => {
    const p = buildPlan({ before: files({}), after: files({}), config: config() });
    expect(renderPlanText(p, { color: false })).toBe('Plan: 0 to add, 0 to change, 0 to destroy, 0 destructive.');
  });
});

describe('renderPlanMarkdown', () => {
  it('is a table with every descriptor value escaped', () => {
    const md = renderPlanMarkdown(samplePlan());
    expect(md.split('\n')).toEqual([
      '| | object | file | changes |',
      '|---|---|---|---|',
      '| ~ update | descriptor/a | deploy/a.yaml | `version`: 2.0.0 → 1.0.0 |',
      '| - delete | descriptor/gone | deploy/gone.yaml |  |',
      '| + create | descriptor/new\\|\\<img src=x\\> | deploy/new.yaml |  |',
      '',
      '| | kind | object | where | before → after | message |',
      '|---|---|---|---|---|---|',
      '| ⛔ | version-downgrade | descriptor/a | deploy/a.yaml:2 version | 2.0.0 → 1.0.0 | descriptor/a version goes down from 2.0.0 to 1.0.0 |',
      '| ⚠️ | service-removed \\(accepted by abc1234\\) | descriptor/gone | deploy/gone.yaml:1 | gone → \\(none\\) | descriptor/gone is deleted |',
      '',
      '**Plan: 1 to add, 1 to change, 1 to destroy, 2 destructive.**',
    ]);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['*x* _y_', '\\*x\\* \\_y\\_'],
    ['`code`', '\\`code\\`'],
    ['<script>', '\\<script\\>'],
    ['[a](http://e)', '\\[a\\]\\(http:<wbr>//e\\)'],
    ['back\\slash', 'back\\\\slash'],
    ['one\ntwo\r\nthree', 'one<br>two<br>three'],
    ['bell\x07', 'bell '],
    ['![img](x)', '\\!\\[img\\]\\(x\\)'],
    ['&lt;', '\\&lt;'],
    ['plain text 1.2.3', 'plain text 1.2.3'],
  ])('%j → %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});

describe('one object deployed by two targets', () => {
  // A base shared by a staging and a production cluster, with no namespace of their own: the same
  // object id twice, in two targets. Deleting it is two findings, each true, and must not read as one.
  const kustomization = (resources: string) => `resources:\n  - ${resources}\n`;
  const layout = (withWeb: boolean) =>
    files({
      'k8s/base/kustomization.yaml': kustomization(withWeb ? 'web.yaml' : 'db.yaml'),
      ...(withWeb
        ? {
            'k8s/base/web.yaml':
              'apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec: { ports: [{ port: 80 }] }\n',
          }
        : {}),
      'k8s/base/db.yaml': 'apiVersion: v1\nkind: Service\nmetadata: { name: db }\nspec: { ports: [{ port: 80 }] }\n',
      'k8s/clusters/staging/kustomization.yaml': kustomization('../../base'),
      'k8s/clusters/production/kustomization.yaml': kustomization('../../base'),
    });
  const plan = buildPlan({ before: layout(true), after: layout(false), config: config() });

  it('names the target in each finding and each object line, and shows each finding once', () => {
    const removed = plan.findings.filter((f) => f.kind === 'service-removed');
    expect(removed.map((f) => [f.target, f.message])).toEqual([
      ['k8s/clusters/production', expect.stringMatching(/ \(in k8s\/clusters\/production\)$/)],
      ['k8s/clusters/staging', expect.stringMatching(/ \(in k8s\/clusters\/staging\)$/)],
    ]);
    const text = renderPlanText(plan, { color: false });
    for (const cluster of ['production', 'staging']) {
      expect(text).toContain(`- delete Service/web (k8s/base/web.yaml, in k8s/clusters/${cluster})`);
      expect(text.split('\n').filter((l) => l.includes(`(in k8s/clusters/${cluster})`))).toHaveLength(1);
    }
    expect(renderPlanMarkdown(plan)).toContain('k8s/base/web.yaml, in k8s/clusters/staging');
  });

  it('leaves a finding alone when its object is in one target only', () => {
    const single = buildPlan({
      before: files({ 'k8s/web.yaml': 'apiVersion: v1\nkind: Service\nmetadata: { name: web }\n' }),
      after: files({}),
      config: config(),
    });
    expect(single.findings.map((f) => f.message)).toEqual([expect.not.stringContaining('(in ')]);
  });
});
