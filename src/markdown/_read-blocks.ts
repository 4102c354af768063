// mdast block nodes → model blocks. Anything the model has no block for
// becomes a `raw` block holding the Markdown as written.
//
// Shared by both directions: `fromMarkdown` (through `mdastToArticle`) reads
// blocks with it, and `toMarkdown` asks it whether raw Markdown reads back
// as the same raw block before writing it as is.

import type { Blockquote, Code, List, Paragraph as MdParagraph, Nodes, RootContent } from "mdast";
import { ArticleError } from "../error.js";
import { _message } from "../message.js";
import { _isHttpUrl } from "../schema/_checks.js";
import type { WithUnknown } from "../schema/_types.js";
import type { Block, Paragraph } from "../schema/block.js";
import { _assign } from "./_assign.js";
import { _looksLikeMarker, _readMarker } from "./_meta.js";
import { _stringifier } from "./_processors.js";
import { _readInline } from "./_read-inline.js";
import { _readYaml } from "./_yaml.js";
import type { MarkdownMessage, MarkdownRuleId } from "./types.js";

/** Known optional keys of blocks and sections, which a marker's `null` removes. */
export const CLEARABLE = new Set([
  "alt",
  "attribution",
  "caption",
  "cite",
  "credit",
  "id",
  "lang",
  "marks",
  "provider",
  "text",
  "url",
]);

/** What the block readers share. */
export interface Context {
  /**
   * The Markdown the tree was parsed from, which positions point into, or
   * `undefined` when there is none (a tree built by hand).
   */
  source: string | undefined;
  /** Messages, in document order. */
  messages: MarkdownMessage[];
}

/**
 * Report a message.
 *
 * @param context
 *   Reader state.
 * @param ruleId
 *   Rule.
 * @param reason
 *   Sentence.
 * @param node
 *   Node it is about.
 * @param path
 *   Where it landed.
 */
export function _report(
  context: Context,
  ruleId: MarkdownRuleId,
  reason: string,
  node: Nodes | undefined,
  path?: (string | number)[],
): void {
  const start = node?.position?.start;
  const place = start
    ? { line: start.line, column: start.column, offset: start.offset ?? 0 }
    : undefined;
  context.messages.push(_message(ruleId, reason, { place, path }));
}

/**
 * The Markdown a node was read from: its slice of the source, or, when
 * there is no source or the node has no position, the Markdown
 * remark-stringify writes for it (as `toMarkdown` would).
 *
 * @param context
 *   Reader state.
 * @param node
 *   Block node.
 * @returns
 *   Its Markdown.
 * @throws {ArticleError}
 *   `invalid_value` when there is no source and remark-stringify cannot
 *   write the node (a node of a syntax extension, such as a GFM table).
 */
export function _source(context: Context, node: RootContent): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (context.source !== undefined && start !== undefined && end !== undefined) {
    return context.source.slice(start, end);
  }
  let markdown: string;
  try {
    markdown = _stringifier()({ type: "root", children: [node] });
  } catch (error) {
    throw new ArticleError([
      {
        code: "invalid_value",
        message: `Expected the Markdown source (\`options.source\`) to keep a \`${node.type}\` node as a raw block: ${error instanceof Error ? error.message : String(error)}`,
        path: [],
      },
    ]);
  }
  return markdown.endsWith("\n") ? markdown.slice(0, -1) : markdown;
}

/** A block that is kept as Markdown, and why. */
export interface RawResult {
  block: Block;
  reason: string | undefined;
}

function _raw(context: Context, node: RootContent, reason: string): RawResult {
  return { block: { type: "raw", format: "markdown", value: _source(context, node) }, reason };
}

function _isDelimiterRow(line: string): boolean {
  let pipes = 0;
  let dashes = 0;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code === 124) pipes++;
    else if (code === 45) dashes++;
    else if (code !== 58 && code !== 32 && code !== 9) return false;
  }
  return pipes > 0 && dashes > 0;
}

/**
 * Read a paragraph as text and canonical-to-be marks.
 *
 * @param node
 *   Paragraph.
 * @returns
 *   The paragraph, or why it cannot be one.
 */
export function _paragraph(node: MdParagraph): Paragraph | string {
  const inline = _readInline(node.children);
  if (!inline.ok) return inline.reason;
  const paragraph: Paragraph = { type: "paragraph", text: inline.text };
  // Not yet canonical: `parseArticle`, run on the whole article, does that.
  if (inline.marks.length > 0) paragraph.marks = inline.marks;
  return paragraph;
}

function _paragraphBlock(context: Context, node: MdParagraph): RawResult {
  const children = node.children;
  if (children.length === 1 && children[0]?.type === "image") {
    const image = children[0];
    const block: Block = { type: "image", url: image.url };
    if (image.alt) block.alt = image.alt;
    if (typeof image.title === "string") block.caption = image.title;
    if (image.url === "") return _raw(context, node, "an image without a URL");
    return { block, reason: undefined };
  }
  const source = _source(context, node);
  if (source.startsWith("$$")) return _raw(context, node, "display math");
  if (source.startsWith("[^") && source.includes("]:")) {
    return _raw(context, node, "a footnote definition");
  }
  const first = source.indexOf("\n");
  if (first !== -1) {
    const second = source.indexOf("\n", first + 1);
    if (_isDelimiterRow(source.slice(first + 1, second === -1 ? source.length : second))) {
      return _raw(context, node, "a table");
    }
  }
  const inline = _readInline(node.children);
  if (!inline.ok) return _raw(context, node, inline.reason);
  if (inline.hardBreak) {
    _report(context, "hard-break", "Read a hard line break as a line feed", node);
  }
  const paragraph: Paragraph = { type: "paragraph", text: inline.text };
  if (inline.marks.length > 0) paragraph.marks = inline.marks;
  return { block: paragraph, reason: undefined };
}

/**
 * Read the children of a block quote or list item that may hold only
 * paragraphs, with their markers.
 *
 * @returns
 *   The paragraphs, and whether the last one was preceded by a marker; or
 *   why the content cannot be paragraphs.
 */
function _paragraphs(
  children: readonly RootContent[],
): { paragraphs: Paragraph[]; lastHadMarker: boolean } | string {
  const paragraphs: Paragraph[] = [];
  let meta: Record<string, unknown> | undefined;
  let lastHadMarker = false;
  for (const child of children) {
    if (child.type === "html" && _looksLikeMarker(child.value)) {
      const marker = _readMarker(child.value);
      if (marker === undefined || typeof marker === "string") return "a marker that cannot be read";
      if (meta !== undefined) return "a marker followed by no paragraph";
      if (marker.kind === "meta") meta = marker.value;
      else if (marker.kind === "block" && marker.value.type === "paragraph") {
        paragraphs.push(marker.value as Paragraph);
        lastHadMarker = true;
      } else return "a marker that is not a paragraph's";
      continue;
    }
    if (child.type !== "paragraph") return `a ${child.type}`;
    const paragraph = _paragraph(child);
    if (typeof paragraph === "string") return paragraph;
    lastHadMarker = meta !== undefined;
    if (meta !== undefined) {
      _assign(paragraph, meta, CLEARABLE);
      meta = undefined;
    }
    paragraphs.push(paragraph);
  }
  if (meta !== undefined) return "a marker followed by no paragraph";
  return { paragraphs, lastHadMarker };
}

const DASH = "— ";

function _quote(context: Context, node: Blockquote): RawResult {
  const children = node.children;
  let attribution: string | undefined;
  let cite: string | undefined;
  let body = children;
  const last = children[children.length - 1];
  const before = children[children.length - 2];
  if (
    last?.type === "paragraph" &&
    !(before?.type === "html" && before.value.startsWith("<!-- marginalia:meta "))
  ) {
    const inline = last.children;
    const head = inline[0];
    if (head?.type === "text" && head.value.startsWith(DASH)) {
      if (inline.length === 1) {
        attribution = head.value.slice(DASH.length);
      } else if (
        inline.length === 2 &&
        head.value === DASH &&
        inline[1]?.type === "link" &&
        typeof inline[1].title !== "string" &&
        _isHttpUrl(inline[1].url) &&
        inline[1].children.every((child) => child.type === "text")
      ) {
        const link = inline[1];
        cite = link.url;
        const text = link.children.map((child) => (child as { value: string }).value).join("");
        if (text !== "") attribution = text;
      }
      if (attribution !== undefined || cite !== undefined) body = children.slice(0, -1);
    }
  }
  const read = _paragraphs(body);
  if (typeof read === "string") return _raw(context, node, `a block quote holding ${read}`);
  const block: Block = { type: "quote", blocks: read.paragraphs };
  if (attribution !== undefined) block.attribution = attribution;
  if (cite !== undefined) block.cite = cite;
  return { block, reason: undefined };
}

function _list(context: Context, node: List): RawResult {
  const items: Paragraph[] = [];
  for (const item of node.children) {
    if (item.checked !== null && item.checked !== undefined) {
      return _raw(context, node, "a task list");
    }
    if (item.children.length === 0) {
      items.push({ type: "paragraph", text: "" });
      continue;
    }
    const read = _paragraphs(item.children);
    if (typeof read === "string") return _raw(context, node, `a list item holding ${read}`);
    if (read.paragraphs.length !== 1)
      return _raw(context, node, "a list item of several paragraphs");
    items.push(read.paragraphs[0] as Paragraph);
  }
  const block: WithUnknown<Block> = { type: "list", ordered: node.ordered === true, items };
  if (node.ordered && typeof node.start === "number" && node.start !== 1) {
    block.start = node.start;
  }
  return { block, reason: undefined };
}

function _code(context: Context, node: Code): RawResult {
  if (node.lang === "embed" && (node.meta === null || node.meta === undefined)) {
    let value: unknown;
    if (node.value.trim() === "") value = {};
    else {
      const line = (node.position?.start.line ?? 1) + 1;
      const result = _readYaml(node.value, { line, whole: { line: line - 1, column: 1 } });
      value = "issue" in result ? undefined : result.value;
    }
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      const block: Record<string, unknown> = { type: "embed" };
      _assign(block, value as Record<string, unknown>);
      block.type = "embed";
      return { block: block as Block, reason: undefined };
    }
    _report(
      context,
      "bad-embed",
      "Expected the YAML mapping of an embed, kept the block as code",
      node,
    );
  }
  const block: WithUnknown<Block> = { type: "code", value: node.value };
  if (typeof node.lang === "string") block.lang = node.lang;
  if (typeof node.meta === "string") block.meta = node.meta;
  return { block, reason: undefined };
}

/**
 * Read one block node (not a heading, front matter or marker).
 *
 * @param context
 *   Reader state.
 * @param node
 *   Node.
 * @returns
 *   The block, and why it is raw when it is.
 */
export function _block(context: Context, node: RootContent): RawResult {
  switch (node.type) {
    case "paragraph":
      return _paragraphBlock(context, node);
    case "blockquote":
      return _quote(context, node);
    case "list":
      return _list(context, node);
    case "code":
      return _code(context, node);
    case "html":
      return _raw(context, node, node.value.startsWith("<!--") ? "an HTML comment" : "raw HTML");
    case "thematicBreak":
      return _raw(context, node, "a thematic break");
    case "definition":
      return _raw(context, node, "a link definition");
    case "footnoteDefinition":
      return _raw(context, node, "a footnote definition");
    default:
      return _raw(context, node, `a ${node.type}`);
  }
}
