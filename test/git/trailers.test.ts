import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageTrailers, messageTrailerValues } from '../../src/git/trailers.js';
import '../support/fast-check.js';

/** git's own reading of a message's trailers, unfolded: the oracle. */
function gitTrailers(message: string): Array<{ key: string; value: string }> {
  const out = execFileSync('git', ['interpret-trailers', '--parse', '--no-divider'], { input: message }).toString();
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      return { key: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() };
    });
}

describe('trailers read from a whole message, as git reads them', () => {
  it('takes only the last paragraph, never the title, any case of the key', () => {
    const sha = 'a'.repeat(40);
    expect(messageTrailerValues(`fix: x\n\nbody\n\nRollback-Of: ${sha}\n`, 'rollback-of')).toEqual([sha]);
    expect(messageTrailerValues(`fix: x\n\nrollback-of: ${sha}\nSigned-off-by: A <a@b>\n`, 'Rollback-Of')).toEqual([
      sha,
    ]);
    expect(messageTrailerValues(`fix: x\n\nRollback-Of: ${sha}\n\nprose after it\n`, 'Rollback-Of')).toEqual([]);
    expect(messageTrailerValues(`Rollback-Of: ${sha}\n`, 'Rollback-Of')).toEqual([]);
    expect(messageTrailerValues(`fix: x\n\nRollback-Of: ${sha}\nprose without a prefix\n`, 'Rollback-Of')).toEqual([]);
    expect(messageTrailers('fix: x\n\nKey: one\n  two\n')).toEqual([{ key: 'Key', value: 'one two' }]);
  });

  it('agrees with git interpret-trailers on generated messages', () => {
    const line = fc.constantFrom(
      '',
      '   ',
      'prose line',
      'Rollback-Of: abc1234',
      'rollback-of: def5678',
      'Rollback-Of : 0123abc',
      'Signed-off-by: A <a@example.com>',
      '(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)',
      '  continued value',
      '\tcontinued by a tab',
      '# a comment',
      'Key-2: value: with colon',
      'not a key: because of spaces inside',
      ': no key',
      'Fixes #12',
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 9 }), (lines) => {
        const message = `${['subject', ...lines].join('\n')}\n`;
        expect(messageTrailers(message)).toEqual(gitTrailers(message));
      }),
      { numRuns: 300 },
    );
  });
});
