import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJiraKeys, isJiraKey, NOT_JIRA_PROJECTS } from '../../src/jira/key.js';

/** The contract's regular expression, as an oracle (with the deny list applied on top). */
function oracle(text: string, projects?: string[]): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\b([A-Z][A-Z0-9_]{1,9})-[1-9][0-9]*\b/g)) {
    const project = m[1]!;
    const ok = projects && projects.length > 0 ? projects.includes(project) : !NOT_JIRA_PROJECTS.has(project);
    if (ok) found.add(m[0]);
  }
  return [...found];
}

describe('findJiraKeys', () => {
  it.each<[string, string[]]>([
    ['OPS-123: fix the thing', ['OPS-123']],
    ['fix the thing (OPS-1)', ['OPS-1']],
    ['[WEB-42] and OPS-7, then WEB-42 again', ['WEB-42', 'OPS-7']],
    ['feature/OPS-9-login', ['OPS-9']],
    ['A1_B-5', ['A1_B-5']],
    ['ABCDEFGHIJ-1', ['ABCDEFGHIJ-1']],
    ['ABCDEFGHIJK-1', []], // project part longer than 10
    ['A-1', []], // project part shorter than 2
    ['OPS-0', []], // numbers start at 1
    ['OPS-012', []],
    ['ops-12', []],
    ['Ops-12', []],
    ['1OPS-12', []],
    ['xOPS-12', []], // no word boundary before
    ['_OPS-12', []],
    ['OPS-12x', []], // no word boundary after
    ['OPS-12_', []],
    ['OPS-12.', ['OPS-12']],
    ['OPS-12-3', ['OPS-12']],
    ['X-OPS-12', ['OPS-12']],
    ['OPS-DEV-12', ['DEV-12']],
    ['https://example.atlassian.net/browse/OPS-77', ['OPS-77']],
    ['Refs: OPS-5\nCloses: WEB-6', ['OPS-5', 'WEB-6']],
    ['éOPS-3', ['OPS-3']], // word boundaries are ASCII, as in the contract's regex
    ['', []],
  ])('%j gives %j', (text, keys) => {
    expect(findJiraKeys(text)).toEqual(keys);
  });

  it.each([
    'UTF-8',
    'UTF-16',
    'UTF-32',
    'UCS-2',
    'SHA-1',
    'SHA-256',
    'SHA-512',
    'SHA3-256',
    'MD-5',
    'CRC-32',
    'AES-256',
    'RSA-2048',
    'ISO-8859',
    'ISO-8601',
    'IEC-62443',
    'RFC-3339',
    'ECMA-262',
    'LATIN-1',
    'CVE-2024',
    'CWE-79',
  ])('%s is not a key without projects', (text) => {
    expect(findJiraKeys(`convert to ${text} (${text}) ${text}.`)).toEqual([]);
  });

  it('keeps real keys next to encoding names', () => {
    expect(findJiraKeys('OPS-4: read ISO-8859-1 files as UTF-8, hash with SHA-256 (CVE-2024-3094)')).toEqual(['OPS-4']);
  });

  it('with projects, counts only those projects', () => {
    const text = 'OPS-1 WEB-2 DATA-3 OPS-1';
    expect(findJiraKeys(text, ['OPS', 'WEB'])).toEqual(['OPS-1', 'WEB-2']);
    expect(findJiraKeys(text, ['ops'])).toEqual(['OPS-1']);
    expect(findJiraKeys(text, ['NONE'])).toEqual([]);
    expect(findJiraKeys(text, [])).toEqual(['OPS-1', 'WEB-2', 'DATA-3']);
  });

  it('with projects, a listed project wins over the deny list', () => {
    expect(findJiraKeys('SHA-12 and UTF-8', ['SHA'])).toEqual(['SHA-12']);
  });

  it('is linear on hostile 1 MB inputs', () => {
    const size = 1 << 20;
    const inputs = [
      'A'.repeat(size),
      'AB-'.repeat(size / 3),
      `AB-${'1'.repeat(size)}x`,
      'AB-1x'.repeat(size / 5),
      'ABCDEFGHIJ'.repeat(size / 10),
      `${'A_'.repeat(size / 2)}-1`,
      '-'.repeat(size),
      'OPS-1 '.repeat(size / 6),
    ];
    for (const input of inputs) {
      const started = performance.now();
      const keys = findJiraKeys(input);
      const elapsed = performance.now() - started;
      expect(elapsed).toBeLessThan(1000);
      expect(keys.length).toBeLessThanOrEqual(1);
    }
    expect(findJiraKeys('OPS-1 '.repeat(size / 6))).toEqual(['OPS-1']);
  });

  it('finds keys embedded in random text', () => {
    const key = fc
      .tuple(
        fc.stringMatching(/^[A-Z][A-Z0-9_]{1,9}$/).filter((p) => !NOT_JIRA_PROJECTS.has(p)),
        fc.integer({ min: 1, max: 999_999 }),
      )
      .map(([p, n]) => `${p}-${n}`);
    const filler = fc.string({ unit: fc.constantFrom('a', 'z', ' ', '.', ',', '\n', '(', ')', '/', ':', 'é') });
    fc.assert(
      fc.property(filler, key, filler, (before, k, after) => {
        const text = `${before} ${k} ${after}`;
        expect(findJiraKeys(text)).toEqual([k]);
      }),
    );
  });

  it('finds nothing in random text without the pattern', () => {
    // Upper case letters and digits, but never a `-` after a project-like word.
    const text = fc.string({ unit: fc.constantFrom('A', 'B', 'Z', '1', '9', '0', '_', ' ', 'a', '.', '\n') });
    fc.assert(
      fc.property(text, (t) => {
        expect(findJiraKeys(t)).toEqual([]);
      }),
    );
  });

  it('agrees with the contract regex on random key-like text', () => {
    const text = fc.string({
      unit: fc.constantFrom('A', 'B', 'U', 'T', 'F', 'O', 'P', 'S', '1', '0', '8', '_', '-', ' ', 'a', '.', 'é'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(text, (t) => {
        expect(findJiraKeys(t)).toEqual(oracle(t));
        expect(findJiraKeys(t, ['OPS', 'AB'])).toEqual(oracle(t, ['OPS', 'AB']));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isJiraKey', () => {
  it.each<[string, boolean]>([
    ['OPS-1', true],
    ['A1_B-123456789012345678', true],
    ['OPS-1234567890123456789', false],
    ['OPS-1 ', false],
    ['OPS-1/../x', false],
    ['ops-1', false],
    ['OPS', false],
    ['OPS-', false],
    ['OPS-01', false],
  ])('%j is %s', (key, valid) => {
    expect(isJiraKey(key)).toBe(valid);
  });
});
