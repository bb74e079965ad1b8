export type Format = 'text' | 'json' | 'markdown';

/**
 * The options the hook doors read (`src/hooks/pre-push.ts`). Each command parses its own argv
 * against its own spec (`src/cli/options.ts`); this shape stays for the doors that take it.
 */
export interface CliArgs {
  positionals: string[];
  config?: string;
}
