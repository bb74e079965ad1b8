import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileEmailGlob, type GlobCounter } from '../../src/policy/identity-glob.js';

describe('compileEmailGlob', () => {
  it.each([
    ['*@example.com', 'dev@example.com', true],
    ['*@example.com', 'dev@example.com.evil.org', false],
    ['*@*.example.com', 'dev@sub.example.com', true],
    ['*@*.example.com', 'dev@example.com', false],
    ['ops-?@example.com', 'ops-1@example.com', true],
    ['ops-?@example.com', 'ops-12@example.com', false],
    ['a*a', 'a', false],
    ['a*a', 'aa', true],
    ['*', '', true],
    ['', '', true],
    ['x', '', false],
    ['**@x', '@x', true],
    ['*ab*ab*', 'abab', true],
    ['*ab*ab*', 'aab', false],
  ])('%s vs %s → %s', (pattern, text, expected) => {
    expect(compileEmailGlob(pattern)(text)).toBe(expected);
  });

  it('agrees with a backtracking regular expression on small patterns and emails', () => {
    // The oracle is the textbook reading of a glob (`*` is any run, `?` one character), built as a
    // backtracking RegExp, which is exact and fast enough at these sizes. picomatch was the oracle
    // before and disagreed on path rules an email never has (it refuses `*.*` against `a.`).
    const oracle = (pattern: string): RegExp =>
      new RegExp(
        `^${[...pattern]
          .map((c) => (c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')))
          .join('')}$`,
      );
    const char = fc.constantFrom('a', 'b', '.', '@', '-');
    const patternChar = fc.constantFrom('a', 'b', '.', '@', '-', '*', '?');
    fc.assert(
      fc.property(
        fc.array(patternChar, { minLength: 0, maxLength: 8 }).map((a) => a.join('')),
        fc.array(char, { minLength: 0, maxLength: 10 }).map((a) => a.join('')),
        (pattern, text) => {
          expect(compileEmailGlob(pattern)(text)).toBe(oracle(pattern).test(text));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('does work linear in the email: 512k characters against *@*.*.example.com', () => {
    const glob = compileEmailGlob('*@*.*.example.com');
    for (const email of [
      `${'a@'.repeat(262_144)}`,
      `${'@.'.repeat(262_144)}x`,
      `${'a'.repeat(524_288)}@x.y.example.co`,
      `a@${'.'.repeat(524_288)}example.com`,
    ]) {
      const counter: GlobCounter = { steps: 0 };
      glob(email, counter);
      // The pattern has 17 characters: at most that many comparisons per character of the email.
      expect(counter.steps).toBeLessThanOrEqual(17 * email.length + 17);
    }
  });
});
