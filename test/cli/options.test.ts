import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { type CommandSpec, formatInArgv, parseCommand, renderHelp } from '../../src/cli/options.js';
import { closest, editDistance } from '../../src/cli/suggest.js';
import { UsageError } from '../../src/errors.js';

const sink = () => {
  let text = '';
  return { write: (s: string) => (text += s), text: () => text };
};

const SPEC = {
  name: 'demo',
  summary: 'a demo',
  options: {
    from: { type: 'string', value: 'REV', description: 'start' },
    format: { type: 'string', value: 'FORMAT', description: 'output', choices: ['text', 'json'], default: 'text' },
    husky: { type: 'boolean', description: 'hooks' },
  },
  examples: ['gitops-action demo --from x'],
} as const satisfies CommandSpec;

function usageError(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return err as UsageError;
  }
  throw new Error('expected a UsageError');
}

describe('did-you-mean', () => {
  it.each([
    ['chek', ['check', 'plan', 'version'], 'check'],
    ['chekc', ['check', 'plan'], 'check'],
    ['--form', ['--from', '--format', '--to'], '--format'],
    ['--fro', ['--from', '--format'], '--from'],
    ['verison', ['version', 'init'], 'version'],
    ['xyz', ['check', 'plan'], undefined],
  ])('%s → %s', (input, candidates, expected) => {
    expect(closest(input, candidates)).toBe(expected);
  });

  it('counts a swap of two neighbours as one edit (Damerau)', () => {
    expect(editDistance('chekc', 'check')).toBe(1);
    expect(editDistance('scpoe', 'scope')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('parseCommand', () => {
  it('applies defaults and reads switches', () => {
    const parsed = parseCommand(SPEC, ['--from', 'a', '--husky'], sink());
    expect(parsed?.values).toEqual({ from: 'a', format: 'text', husky: true });
  });

  it('an unknown flag names the command and the nearest option', () => {
    expect(usageError(() => parseCommand(SPEC, ['--form', 'json'], sink())).message).toBe(
      'demo has no option --form; did you mean --format?',
    );
    expect(usageError(() => parseCommand(SPEC, ['--zzz'], sink())).message).toBe('demo has no option --zzz');
  });

  it('a choice outside the list is refused with the list and a guess', () => {
    const e = usageError(() => parseCommand(SPEC, ['--format', 'jsno'], sink()));
    expect(e.message).toBe('demo --format must be text or json, not "jsno"; did you mean "json"?');
  });

  it('a string option without its value, and a switch given one, are usage errors', () => {
    expect(usageError(() => parseCommand(SPEC, ['--from'], sink())).message).toBe('demo --from needs a value (REV)');
    expect(usageError(() => parseCommand(SPEC, ['--husky=yes'], sink())).message).toContain('takes no value');
  });

  it('extra arguments are refused', () => {
    expect(usageError(() => parseCommand(SPEC, ['stray'], sink())).message).toContain('takes no arguments');
  });

  it('--help prints the help and returns nothing to run', () => {
    const out = sink();
    expect(parseCommand(SPEC, ['--help'], out)).toBeUndefined();
    expect(out.text()).toContain('gitops-action demo: a demo');
  });

  it('finds --format in argv before any parsing, for errors', () => {
    expect(formatInArgv(['check', '--format', 'json'])).toBe('json');
    expect(formatInArgv(['check', '--format=json'])).toBe('json');
    expect(formatInArgv(['check', '--', '--format', 'json'])).toBeUndefined();
  });
});

describe('every registered command', () => {
  it('has a spec whose help lists every option with its description, default and an example', async () => {
    for (const [name, load] of Object.entries(COMMANDS)) {
      const runner = await load();
      const spec = runner.spec;
      expect(spec, name).toBeDefined();
      const help = renderHelp(spec!);
      expect(spec!.examples.length, name).toBeGreaterThan(0);
      expect(help).toContain(`gitops-action ${name}`);
      for (const [option, o] of Object.entries(spec!.options)) {
        expect(help, `${name} --${option}`).toContain(`--${option}`);
        expect(o.description.length, `${name} --${option}`).toBeGreaterThan(5);
        const fallback = 'defaultText' in o ? o.defaultText : 'default' in o ? o.default : undefined;
        if (fallback) expect(help).toContain(`default: ${fallback}`);
      }
    }
  });

  it('plan --env exists and is in its help; --detailed-exitcode is explained', async () => {
    const help = renderHelp((await COMMANDS.plan!()).spec!);
    expect(help).toContain('--env NAME');
    expect(help).toMatch(/--detailed-exitcode.*0 no changes, 2 changes present, 1 error/);
  });
});
