// WordPress post and comment content → HTML the one HTML → blocks mapping
// reads: block-editor comments (`<!-- wp:embed {"url":…} -->`, dynamic
// blocks `<!-- wp:latest-posts /-->` that have no HTML), the core
// shortcodes (`[caption]`, `[embed]`, and those with no static text:
// `[gallery]`, `[audio]`, `[video]`, `[playlist]`), and WordPress's
// `wpautop` for text written without `<p>` (blank line → paragraph, line
// break → `<br>`).
import { _provider } from "../html/blocks/embed.js";

/** What the preparation noticed, for the reader to report. */
export interface ContentNotes {
  /** Dynamic blocks (no HTML of their own), by name. */
  dynamic: string[];
  /** Shortcodes kept as text, by name. */
  shortcodes: string[];
}

const SELF_CLOSING_BLOCK = /<!--\s+wp:([a-z][a-z0-9_/-]*)(\s+\{(?:(?!-->)[\s\S])*?\})?\s+\/-->/g;
const EMBED_BLOCK =
  /<!--\s+wp:(?:core-)?embed(?:\/[a-z0-9-]+)?\s+(\{(?:(?!-->)[\s\S])*?\})\s+-->([\s\S]*?)<!--\s+\/wp:(?:core-)?embed(?:\/[a-z0-9-]+)?\s+-->/g;
const CAPTION = /\[(?:wp_)?caption\b[^\]]*\]([\s\S]*?)\[\/(?:wp_)?caption\]/g;
const EMBED = /\[embed\b[^\]]*\]\s*([^[\s]+)\s*\[\/embed\]/g;
const KEPT = /\[(gallery|audio|video|playlist)\b[^\]]*\]/g;
const BLOCK_START =
  /^<(?:div|p|h[1-6]|ul|ol|li|blockquote|pre|table|figure|hr|iframe|dl|address|section|article|aside|header|footer|form|script|style|!--)\b/i;

function _escape(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}

function _embedHtml(url: string): string {
  const safe = _escape(url);
  // A known provider's iframe becomes an embed; any other address stays a link.
  if (_provider(url) !== undefined) return `<iframe src="${safe}"></iframe>`;
  return `<p><a href="${safe}">${safe}</a></p>`;
}

/**
 * WordPress's `wpautop`, reduced: text without paragraphs gets them.
 *
 * @param html
 *   Content.
 * @returns
 *   The content with `<p>` and `<br>` where the writer meant them.
 */
export function _autop(html: string): string {
  if (!html.includes("\n") || /<p[\s>]/i.test(html) || /<pre[\s>]/i.test(html)) return html;
  const out: string[] = [];
  for (const chunk of html.split(/\n[ \t]*\n/)) {
    const trimmed = chunk.trim();
    if (trimmed === "") continue;
    if (BLOCK_START.test(trimmed)) out.push(trimmed);
    else out.push(`<p>${trimmed.replaceAll(/[ \t]*\n[ \t]*/g, "<br>\n")}</p>`);
  }
  return out.join("\n");
}

/**
 * Prepare post content for the HTML → blocks mapping.
 *
 * @param html
 *   `content:encoded`.
 * @returns
 *   The HTML to read and what was noticed.
 */
export function _prepareContent(html: string): { html: string; notes: ContentNotes } {
  const notes: ContentNotes = { dynamic: [], shortcodes: [] };
  if (html.indexOf("[") === -1 && html.indexOf("<!--") === -1) return { html: _autop(html), notes };
  let out = html.replace(EMBED_BLOCK, (whole, json: string) => {
    try {
      const url = (JSON.parse(json) as { url?: unknown }).url;
      if (typeof url === "string") return _embedHtml(url);
    } catch {}
    return whole;
  });
  out = out.replace(SELF_CLOSING_BLOCK, (_whole, name: string) => {
    notes.dynamic.push(name);
    return "";
  });
  out = out.replace(CAPTION, (_whole, inner: string) => {
    // The image (or a link around it) comes first, the caption text after.
    const match = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner);
    if (match === null) return `<figure>${inner}</figure>`;
    return `<figure>${match[1]}<figcaption>${(match[2] as string).trim()}</figcaption></figure>`;
  });
  out = out.replace(EMBED, (_whole, url: string) => _embedHtml(url));
  for (const match of out.matchAll(KEPT)) notes.shortcodes.push(match[1] as string);
  return { html: _autop(out), notes };
}
