// HTML bodies of exports (WordPress post and comment content, Disqus
// messages) → blocks, through the one HTML → blocks mapping of
// `marginalia/html` (src/html/blocks). Bodies that are plain text or plain
// `<p>` paragraphs (most comments) skip parse5: their hast is built here and
// walked by the same mapping, so the output is the same (a differential test
// holds the two paths equal).
import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { _toBlocks, type FlowItem } from "../html/blocks/index.js";
import type { HtmlMessage } from "../html/types.js";
import { _message, type Message } from "../message.js";
import { _findQuotes } from "../quotes/find.js";
import { _isTrimSpace } from "../schema/_checks.js";
import type { Paragraph } from "../schema/block.js";
import { normalizeMarks } from "../schema/marks.js";
import { _htmlBlocks as _sharedBlocks } from "./_html-blocks.js";

/** What the mapping reports: unsafe links, and HTML too deep to read. */
export type HtmlNote = Message<"unsafe-url" | "html-too-deep">;

/** Plain text (no markup, no character reference) and no `]]>` trouble. */
const PLAIN = /^[^<&]*$/;
/** Only `<p>` paragraphs of plain text, with white space between. */
const PARAGRAPHS = /^\s*(?:<p>[^<&]*<\/p>\s*)+$/;
const PARAGRAPH = /<p>([^<&]*)<\/p>/g;

function _element(tagName: string, children: ElementContent[]): Element {
  return { type: "element", tagName, properties: {}, children };
}

/**
 * Parse a body into hast children: a fast tree for plain text and plain
 * paragraphs, parse5 otherwise.
 *
 * @param html
 *   HTML.
 * @param fast
 *   Whether the fast trees may be used (default: `true`; tests turn it off).
 * @returns
 *   The fragment's children.
 */
export function _htmlTree(html: string, fast = true): ElementContent[] {
  if (fast && PLAIN.test(html)) return html === "" ? [] : [{ type: "text", value: html }];
  if (fast && PARAGRAPHS.test(html)) {
    const out: ElementContent[] = [];
    for (const match of html.matchAll(PARAGRAPH)) {
      const text = match[1] as string;
      out.push(_element("p", text === "" ? [] : [{ type: "text", value: text }]));
    }
    return out;
  }
  const root: Root = fromHtml(html, { fragment: true });
  return root.children.filter((child): child is ElementContent => child.type !== "doctype");
}

/** Inline elements the simple tree reads (their mapping needs no more than tag, `href`, children). */
const INLINE = new Set(["a", "b", "strong", "i", "em", "code", "u", "s", "span", "small"]);
/** A tag of the simple tree: name, attributes (double-quoted, no reference), self-closing slash. */
const TAG = /<(\/?)([a-z][a-z0-9]*)((?:[ \t\n]+[a-z][a-z-]*="[^"&<]*")*)[ \t\n]*(\/?)>/y;
const ATTRIBUTE = /([a-z][a-z-]*)="([^"]*)"/g;
/** Text of the simple tree: no markup, no reference, no character parse5 rewrites. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL and CR are what parse5 rewrites.
const SIMPLE_TEXT = /[^<&\r\u0000]+/y;
/** A comment with no `--` inside (which HTML reads in ways of its own), between blocks. */
const COMMENT = /<!--(?![->])(?:[^-]|-(?!-))*-->/y;
/** Blocks of the simple tree. */
const TOP = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6"]);
/** White space between paragraphs. */
const GAP = /[ \t\n\f]*/y;

/**
 * The hast parse5 makes of `<p>` paragraphs and `<h1>`–`<h6>` headings
 * holding text, `<br>` and properly nested inline elements (links,
 * emphasis: what comment bodies and many posts hold), with comments
 * between them, or `undefined` for anything else (parse5 reads that). Only
 * what the mapping reads is set: tag names, `href`, children; the white
 * space and the comments between blocks, which the mapping drops, are left
 * out.
 *
 * @param html
 *   HTML.
 * @returns
 *   The fragment's children, or `undefined`.
 */
function _simpleTree(html: string): ElementContent[] | undefined {
  const out: ElementContent[] = [];
  const stack: Element[] = [];
  let at = 0;
  const length = html.length;
  while (at < length) {
    if (stack.length === 0) {
      GAP.lastIndex = at;
      GAP.test(html);
      at = GAP.lastIndex;
      if (at >= length) break;
    }
    const code = html.charCodeAt(at);
    if (stack.length === 0 && code === 0x3c && html.startsWith("<!--", at)) {
      // Block editor comments between blocks: parse5 makes comment nodes, which the mapping skips.
      COMMENT.lastIndex = at;
      if (!COMMENT.test(html)) return undefined;
      at = COMMENT.lastIndex;
      continue;
    }
    if (code !== 0x3c) {
      if (stack.length === 0) return undefined;
      SIMPLE_TEXT.lastIndex = at;
      if (!SIMPLE_TEXT.test(html)) return undefined;
      (stack[stack.length - 1] as Element).children.push({
        type: "text",
        value: html.slice(at, SIMPLE_TEXT.lastIndex),
      });
      at = SIMPLE_TEXT.lastIndex;
      continue;
    }
    TAG.lastIndex = at;
    const tag = TAG.exec(html);
    if (tag === null) return undefined;
    at = TAG.lastIndex;
    const closing = tag[1] === "/";
    const name = tag[2] as string;
    const attributes = tag[3] as string;
    const selfClosing = tag[4] === "/";
    if (closing) {
      if (attributes !== "" || selfClosing) return undefined;
      const top = stack.pop();
      if (top === undefined || top.tagName !== name) return undefined;
      continue;
    }
    if (TOP.has(name)) {
      if (stack.length > 0 || attributes !== "" || selfClosing) return undefined;
      const paragraph = _element(name, []);
      out.push(paragraph);
      stack.push(paragraph);
      continue;
    }
    const parent = stack[stack.length - 1];
    if (parent === undefined) return undefined;
    if (name === "br") {
      if (attributes !== "") return undefined;
      parent.children.push(_element("br", []));
      continue;
    }
    // A link in a link is closed by parse5; a self-closing inline element is not void.
    if (!INLINE.has(name) || selfClosing) return undefined;
    if (name === "a" && stack.some((open) => open.tagName === "a")) return undefined;
    const element = _element(name, []);
    if (attributes !== "") {
      const seen = new Set<string>();
      for (const match of attributes.matchAll(ATTRIBUTE)) {
        const key = match[1] as string;
        // parse5 keeps the first of repeated attributes.
        if (seen.has(key)) continue;
        seen.add(key);
        if (key === "href") element.properties.href = match[2] as string;
      }
    }
    parent.children.push(element);
    stack.push(element);
  }
  return stack.length === 0 ? out : undefined;
}

const SPACE = /[\s\u00a0\u200b]+/;
/** {@link _shape}: collapsing white space would change the text. */
const UNEVEN = 1;
/** {@link _shape}: the text holds a quotation mark that `_findQuotes` reads. */
const QUOTED = 2;
/** The quotation marks `_findQuotes` reads: without one, a text has no quote mark. */
const QUOTE = /["\u00ab\u00bb\u2039\u203a\u201c\u201d]/g;
/**
 * What makes a text uneven, but a space at either end: white space other
 * than the space (`\s` but " "), U+200B, two spaces. A character class
 * scans faster than the alternation it stands for
 * (`/[^\S ]|\u200b| {2}|^ | $/`).
 */
const UNEVEN_AT = /[\t-\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/g;
/**
 * {@link UNEVEN_AT} or {@link QUOTE}: most paragraphs hold neither, and one
 * scan for both costs about what one of them does (the three scans it
 * replaced were a sixth of the Disqus finish phase in the profile).
 */
const MARKED =
  /[\t-\r"\u00a0\u00ab\u00bb\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\u2039\u203a\u201c\u201d]| {2}/g;

/** Whether a code unit is one of {@link QUOTE}'s. */
function _isQuote(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0xab ||
    code === 0xbb ||
    code === 0x2039 ||
    code === 0x203a ||
    code === 0x201c ||
    code === 0x201d
  );
}

/**
 * What a paragraph's text needs: {@link UNEVEN} when collapsing white
 * space would change it, {@link QUOTED} when it holds a quotation mark.
 * The first of the two found ends the one scan; only the other is looked
 * for after it (a quotation mark is not white space).
 *
 * @param value
 *   Text.
 * @returns
 *   The bits.
 */
export function _shape(value: string): number {
  let found: number;
  let from: number;
  if (value.charCodeAt(0) === 0x20 || value.charCodeAt(value.length - 1) === 0x20) {
    found = UNEVEN;
    from = 0;
  } else {
    MARKED.lastIndex = 0;
    if (!MARKED.test(value)) return 0;
    from = MARKED.lastIndex;
    found = _isQuote(value.charCodeAt(from - 1)) ? QUOTED : UNEVEN;
  }
  const other = found === UNEVEN ? QUOTE : UNEVEN_AT;
  other.lastIndex = from;
  return other.test(value) ? UNEVEN | QUOTED : found;
}

/**
 * Whether collapsing white space would change a text.
 *
 * @param value
 *   Text.
 * @returns
 *   `true` when it has white space other than single spaces between words.
 */
export function _uneven(value: string): boolean {
  return (_shape(value) & UNEVEN) !== 0;
}

/**
 * A paragraph of plain text as the mapping makes it (white space collapsed
 * and trimmed, quotations marked), without building a tree.
 *
 * @param value
 *   Text with no markup and no character reference.
 * @returns
 *   The paragraph, or `undefined` when it has no text.
 */
function _plainParagraph(value: string): Paragraph | undefined {
  // Most texts are already collapsed and hold no quotation mark: one scan, no new string.
  const shape = _shape(value);
  let text = value;
  if ((shape & UNEVEN) !== 0) {
    // Joined, not concatenated word by word: a chain of concatenations
    // would be kept as it is (a few objects per word, each word a slice of
    // the post's record), and nothing later flattens it.
    const parts: string[] = [];
    for (const part of value.split(SPACE)) if (part !== "") parts.push(part);
    text = parts.join(" ");
  }
  if (text === "") return undefined;
  const paragraph: Paragraph = { type: "paragraph", text };
  if ((shape & QUOTED) === 0) return paragraph;
  const quotes = _findQuotes(text, 0).marks;
  if (quotes.length > 0) paragraph.marks = normalizeMarks(quotes);
  return paragraph;
}

/**
 * Blocks of a body that is plain text or plain `<p>` paragraphs, or
 * `undefined` for any other body.
 *
 * @param html
 *   HTML.
 * @returns
 *   Paragraphs, or `undefined`.
 */
function _fastBlocks(html: string): Paragraph[] | undefined {
  // No `&` anywhere: both shapes below hold none (one scan for the whole body).
  if (html.indexOf("&") !== -1) return undefined;
  const length = html.length;
  let at = html.indexOf("<");
  if (at === -1) {
    const paragraph = _plainParagraph(html);
    return paragraph === undefined ? [] : [paragraph];
  }
  // The shape of PARAGRAPHS, read without a regular expression: white
  // space, then `<p>` text `</p>` and white space, once or more.
  at = _skipSpace(html, 0);
  const out: Paragraph[] = [];
  while (at < length) {
    if (!html.startsWith("<p>", at)) return undefined;
    const end = html.indexOf("<", at + 3);
    if (end === -1 || !html.startsWith("</p>", end)) return undefined;
    const paragraph = _plainParagraph(html.slice(at + 3, end));
    if (paragraph !== undefined) out.push(paragraph);
    at = _skipSpace(html, end + 4);
  }
  return out;
}

/** Where the white space (as `\s` sees it) from `at` ends. */
function _skipSpace(text: string, at: number): number {
  let index = at;
  while (index < text.length && _isTrimSpace(text.charCodeAt(index))) index++;
  return index;
}

/** Options of {@link _htmlBlocks}. */
export interface HtmlBlocksOptions {
  /** Base of relative URLs. */
  base: string | undefined;
  /** Whether headings are kept as headings (article) or made paragraphs (comments). */
  headings: boolean;
  /** Whether the fast trees may be used (default: `true`). */
  fast?: boolean;
}

/**
 * Read an HTML body into blocks (and, with `headings`, heading items).
 * Comment bodies that are not plain go through the importers' shared
 * wrapper (`_html-blocks.ts`); post bodies keep their headings, which
 * become sections.
 *
 * @param html
 *   HTML of the body.
 * @param options
 *   Base URL, headings.
 * @returns
 *   Items and the mapping's messages (`unsafe-url`, `html-too-deep`).
 */
export function _htmlBlocks(
  html: string,
  options: HtmlBlocksOptions,
): { items: FlowItem[]; messages: HtmlNote[] } {
  if (options.fast ?? true) {
    const fast = _fastBlocks(html);
    if (fast !== undefined) return { items: fast, messages: [] };
  }
  const messages: HtmlMessage[] = [];
  try {
    if (options.fast ?? true) {
      // Bodies of paragraphs and headings with links and emphasis (most
      // comments, many posts): the mapping walks the simple tree, parse5 is
      // not needed.
      const children = _simpleTree(html);
      if (children !== undefined) {
        if (children.length === 0) return { items: [], messages: [] };
        const items = _toBlocks(_element("div", children), {
          base: options.base,
          messages,
          skip: () => false,
          headings: options.headings,
        });
        return { items, messages: messages as HtmlNote[] };
      }
    }
    if (!options.headings) {
      const items = _sharedBlocks(html, options.base, messages, options.fast ?? true);
      return { items, messages: messages as HtmlNote[] };
    }
    const children = _htmlTree(html, false);
    if (children.length === 0) return { items: [], messages: [] };
    const items = _toBlocks(_element("div", children), {
      base: options.base,
      messages,
      skip: () => false,
      headings: true,
    });
    // The mapping's only message on content is `unsafe-url`.
    return { items, messages: messages as HtmlNote[] };
  } catch (error) {
    // parse5's tree conversion recurses: HTML nested thousands deep overflows it.
    if (!(error instanceof RangeError)) throw error;
    const note = _message(
      "html-too-deep",
      "The HTML nests elements too deep to be read: kept as a raw HTML block",
    );
    return { items: [{ type: "raw", format: "html", value: html }], messages: [note] };
  }
}
