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
