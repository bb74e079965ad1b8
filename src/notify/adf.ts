/**
 * Atlassian Document Format, the JSON that Jira Cloud's REST API v3 takes for descriptions and
 * comments: a `doc` of block nodes (paragraph, heading, bulletList, codeBlock) holding `text`
 * nodes with marks (`link`, `code`, `strong`). Text is data here, never markup, so untrusted
 * commit subjects need no escaping; only link targets are checked to be http(s).
 */
export interface AdfNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: AdfNode[];
  text?: string;
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>;
}

export interface AdfDoc {
  version: 1;
  type: 'doc';
  content: AdfNode[];
}

export const doc = (...content: AdfNode[]): AdfDoc => ({ version: 1, type: 'doc', content });

export const paragraph = (...content: AdfNode[]): AdfNode => ({ type: 'paragraph', content });

export const heading = (level: number, text: string): AdfNode => ({
  type: 'heading',
  attrs: { level },
  content: [plain(text)],
});

export function plain(text: string): AdfNode {
  // ADF text nodes must not be empty.
  return { type: 'text', text: text === '' ? ' ' : text };
}

export const strong = (text: string): AdfNode => ({ type: 'text', text, marks: [{ type: 'strong' }] });

export const code = (text: string): AdfNode => ({ type: 'text', text, marks: [{ type: 'code' }] });

/** A link, or plain text when the target is not http(s) (a record's run URL is untrusted text). */
export function link(text: string, href: string | undefined): AdfNode {
  if (!href || !/^https?:\/\//i.test(href)) return plain(text);
  return { type: 'text', text, marks: [{ type: 'link', attrs: { href } }] };
}

export const bulletList = (items: AdfNode[][]): AdfNode => ({
  type: 'bulletList',
  content: items.map((inline) => ({ type: 'listItem', content: [paragraph(...inline)] })),
});

export const codeBlock = (text: string): AdfNode => ({ type: 'codeBlock', content: [plain(text)] });
