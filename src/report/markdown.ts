/**
 * Untrusted text (commit messages, names, emails, branch names, descriptor values, what Jira
 * answers) as it may appear in what GitHub renders or shows: the job summary, the pull request
 * comment, annotations and outputs.
 */

/**
 * Characters that change how text reads without being seen: bidirectional overrides, embeddings
 * and isolates (U+202A-U+202E, U+2066-U+2069, the "Trojan Source" trick: a name that reads as
 * another), marks (U+200E, U+200F, U+061C), zero-width spaces and joiners, word joiners and
 * invisible operators (U+200B-U+200D, U+2060-U+2064), the byte-order mark, soft hyphen, Hangul
 * fillers, and the Unicode tag characters (U+E0000-U+E007F) that smuggle text past a reader.
 * A zero-width joiner between two emoji (a family, a profession) is kept; anywhere else it goes.
 */
const INVISIBLE =
  /[\u00ad\u061c\u115f\u1160\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]|\u034f|\u17b4|\u17b5|\u180b|\u180c|\u180d|\u180f|(?<!\p{Extended_Pictographic}(?:\u{fe0f}|\p{Emoji_Modifier})?)\u200d|\u200d(?!\p{Extended_Pictographic})/gu;

/** Shown where an invisible character was: the reader sees that something was there. */
const REPLACEMENT = '\ufffd';

/**
 * Replaces every invisible or direction-changing character with U+FFFD, and C0/C1 controls and
 * line/paragraph separators other than newline and tab with a space. For text shown as text
 * (annotations, the log, outputs), where markdown does not apply but a reversed name still lies.
 */
export function neutraliseInvisible(text: string): string {
  return String(text)
    .replace(INVISIBLE, REPLACEMENT)
    .replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]/g, ' ');
}

/**
 * Escapes untrusted text for GitHub-flavoured markdown, inline and inside table cells, so that it
 * renders as the same characters and does nothing else:
 * - markdown and HTML punctuation is backslash-escaped, so nothing opens a link, an image, an
 *   HTML tag, emphasis, code, math (`$`) or a new table cell, and `&` starts no entity;
 * - line breaks become `<br>`, other controls a space, invisible characters U+FFFD;
 * - what GitHub turns into links or notifications *after* markdown (on the rendered text) is broken
 *   with `<wbr>`, an empty element GitHub's sanitizer keeps and that copies as nothing:
 *   `@user`/`@org/team` mentions and `user@host` mail links (after every `@`), bare URLs
 *   (after `scheme:` before `//`, and after `mailto:`/`xmpp:`), `www.` links, and `#123`/`GH-123` issue
 *   references (which would otherwise write a back-reference into that issue).
 *
 * `<br>` and `<wbr>` are the only HTML this emits.
 */
export function escapeMarkdown(text: string): string {
  return (
    neutraliseInvisible(String(text).replace(/\r\n|\r|\n/g, '\n'))
      // Backslash first, so that the escapes added below are not escaped again.
      .replace(/[\\`*_{}[\]()<>#+!|~&$]/g, (c) => `\\${c}`)
      .replace(/\n/g, '<br>')
      .replace(/\t/g, ' ')
      .replace(/@/g, '@<wbr>')
      .replace(/([a-z]):(?=\/\/)|\b(mailto|xmpp):/gi, (m) => `${m}<wbr>`)
      .replace(/(www)\./gi, '$1<wbr>.')
      .replace(/\\#(?=\d)/g, '\\#<wbr>')
      .replace(/\b(gh)-(?=\d)/gi, '$1-<wbr>')
  );
}
