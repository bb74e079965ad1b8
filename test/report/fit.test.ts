import { describe, expect, it } from 'vitest';
import { clipText, fitMarkdown } from '../../src/report/fit.js';

describe('clipText', () => {
  it('keeps short text and cuts long text to the limit, marked', () => {
    expect(clipText('abc', 3)).toBe('abc');
    expect(clipText('abcdef', 4)).toBe('abc…');
    expect(clipText('abcdef', 4)).toHaveLength(4);
  });

  it('never leaves half a surrogate pair', () => {
    const cut = clipText('ab😀😀😀', 4);
    expect(cut).toBe('ab…');
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('fitMarkdown', () => {
  it('leaves a report that fits alone', () => {
    const md = '### report\n\nline\n';
    expect(fitMarkdown(md, 1024, 'a job summary')).toBe(md);
  });

  it('cuts at a line, within the limit in UTF-8 bytes, closes open details and says so', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `| ${i} | ünïcödé ${'x'.repeat(50)} |`);
    const md = ['### report', '', '<details><summary>Commits</summary>', '', ...rows, '', '</details>', ''].join('\n');
    const fitted = fitMarkdown(md, 64 * 1024, 'a job summary');
    expect(Buffer.byteLength(fitted, 'utf8')).toBeLessThanOrEqual(64 * 1024);
    expect(fitted.startsWith('### report\n')).toBe(true);
    expect(fitted).toMatch(/\| \d+ \| ünïcödé x+ \|\n<\/details>\n\n_The report was cut here/);
    expect(fitted).toContain('longer than GitHub allows in a job summary (65,536 characters)');
    expect(fitted).not.toContain('\ufffd');
    expect((fitted.match(/<details>/g) ?? []).length).toBe((fitted.match(/<\/details>/g) ?? []).length);
  });

  it('names 1 MiB as such', () => {
    const fitted = fitMarkdown(`${'y'.repeat(80)}\n`.repeat(20_000), 1024 * 1024, 'a job summary');
    expect(Buffer.byteLength(fitted, 'utf8')).toBeLessThanOrEqual(1024 * 1024);
    expect(fitted).toContain('(1 MiB)');
  });
});
