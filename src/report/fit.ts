/**
 * GitHub's limits on what the Action writes: a step's job summary is at most 1 MiB (a larger one
 * is refused and the step fails to upload it), an issue or pull request comment at most 65,536
 * characters (a larger one is a 422). Untrusted text (a 512k-character email, a million-line
 * commit message) must not turn a report into an error, so every report is fitted before it goes.
 */
export const SUMMARY_MAX_BYTES = 1024 * 1024;
export const COMMENT_MAX_CHARS = 65_536;

/** A single untrusted value shown in a report: at most `max` characters, marked when cut. */
export function clipText(text: string, max: number): string {
  const s = String(text);
  if (s.length <= max) return s;
  // Never split a surrogate pair: the half left behind would render as garbage.
  let end = max - 1;
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}

/**
 * Markdown cut to at most `maxBytes` bytes of UTF-8 (so also at most that many characters), at a
 * line boundary, with any `<details>` left open closed and a last line saying that it was cut and
 * where the whole report is.
 */
export function fitMarkdown(markdown: string, maxBytes: number, where: string): string {
  if (Buffer.byteLength(markdown, 'utf8') <= maxBytes) return markdown;
  const tail = `\n\n_The report was cut here: it is longer than GitHub allows in ${where} (${formatSize(maxBytes)}). The whole report is in the job log._\n`;
  // Room for the tail and for closing every <details> that may be open.
  const budget = maxBytes - Buffer.byteLength(tail, 'utf8') - 64 * '\n</details>'.length;
  let kept = Buffer.from(markdown, 'utf8').subarray(0, Math.max(0, budget)).toString('utf8');
  // A cut inside a multi-byte character decodes to U+FFFD at the end; the line cut below drops it.
  const lastLine = kept.lastIndexOf('\n');
  kept = lastLine >= 0 ? kept.slice(0, lastLine) : '';
  const open = (kept.match(/<details>/g) ?? []).length - (kept.match(/<\/details>/g) ?? []).length;
  const closes = '\n</details>'.repeat(Math.min(64, Math.max(0, open)));
  return `${kept}${closes}${tail}`;
}

function formatSize(bytes: number): string {
  return bytes % 1024 === 0 && bytes >= 1024 * 1024
    ? `${bytes / 1024 / 1024} MiB`
    : `${bytes.toLocaleString('en-US')} characters`;
}
