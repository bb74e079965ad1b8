/**
 * Escapes untrusted text (commit messages, descriptor values, file names) for GitHub-flavoured
 * markdown, inline and inside table cells: markdown and HTML punctuation is backslash-escaped, so
 * nothing can open a link, an image, an HTML tag, emphasis, code or a new table cell; line breaks
 * become `<br>` (the only HTML we emit) and other control characters become spaces.
 */
export function escapeMarkdown(text: string): string {
  return (
    String(text)
      // Backslash first, so that the escapes added below are not escaped again.
      .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`)
      .replace(/\r\n|\r|\n/g, '<br>')
      .replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]/g, ' ')
  );
}
