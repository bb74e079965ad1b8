/**
 * Git's message clean-up, as `git commit` applies it after the commit-msg hook has run: the hook
 * sees the raw file, with comment lines and, for `--verbose`, the diff below the scissors line.
 */
export type Cleanup = 'strip' | 'whitespace' | 'verbatim' | 'scissors' | 'default';

const SCISSORS = '------------------------ >8 ------------------------';

export function cleanupMessage(raw: string, options: { mode?: Cleanup; commentChar?: string } = {}): string {
  const mode = options.mode ?? 'default';
  const comment = options.commentChar && options.commentChar !== 'auto' ? options.commentChar : '#';
  let lines = raw.replace(/\r\n/g, '\n').split('\n');
  if (mode !== 'verbatim') {
    const cut = lines.indexOf(`${comment} ${SCISSORS}`);
    if (cut >= 0) lines = lines.slice(0, cut);
  }
  if (mode === 'strip' || mode === 'default') lines = lines.filter((l) => !l.startsWith(comment));
  if (mode === 'verbatim') return raw;
  // Strip trailing whitespace, collapse runs of blank lines, drop leading and trailing blank lines.
  const out: string[] = [];
  for (const line of lines.map((l) => l.replace(/\s+$/, ''))) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
