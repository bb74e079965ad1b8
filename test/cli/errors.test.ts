import { describe, expect, it } from 'vitest';
import { EXIT, reportError } from '../../src/cli/main.js';
import { ConfigError, UsageError } from '../../src/errors.js';

function capture() {
  let text = '';
  const write = (s: string) => {
    text += s;
    return true;
  };
  return { stderr: { write } as unknown as NodeJS.WriteStream, text: () => text };
}

describe('reportError', () => {
  it('a usage or config error is exit 2 with the message and the fix', () => {
    const io = capture();
    expect(reportError(new ConfigError('.gitops.yml:1:1: bad'), io, false)).toBe(EXIT.usage);
    expect(io.text()).toContain('error: .gitops.yml:1:1: bad');
    expect(io.text()).toContain('fix: ');
    expect(reportError(new UsageError('x'), capture(), false)).toBe(2);
  });

  it('anything else is exit 3, without a stack trace unless --debug', () => {
    const quiet = capture();
    expect(reportError(new TypeError('boom'), quiet, false)).toBe(EXIT.internal);
    expect(quiet.text()).toContain('internal error: boom');
    expect(quiet.text()).not.toMatch(/\n\s+at /);
    const loud = capture();
    reportError(new TypeError('boom'), loud, true);
    expect(loud.text()).toMatch(/\n\s+at /);
  });
});
