// Model blocks → mdast block nodes, with markers where Markdown cannot say
// something exactly.

import type { BlockContent, ListItem, Paragraph as MdParagraph, RootContent } from "mdast";
import type { WithUnknown } from "../../schema/_types.js";
import type {
  Block,
  Code,
  Embed,
  Image,
  List,
  Mark,
  Paragraph,
  Quote,
  Raw,
} from "../../schema/block.js";
import { _define, _unknownKeys } from "../_assign.js";
import { _looksLikeMarker, _writeMarker } from "../_meta.js";
import { _parser } from "../_processors.js";
import { _block, _source, type Context } from "../_read-blocks.js";
import { _depth, YAML_WRITE_DEPTH } from "../_yaml.js";
import { _writeInline } from "./inline.js";
import { _writeYaml } from "./yaml.js";

const PARAGRAPH_KEYS = new Set(["type", "text", "marks"]);
const QUOTE_KEYS = new Set(["type", "blocks", "attribution", "cite"]);
const LIST_KEYS = new Set(["type", "ordered", "items"]);
const IMAGE_KEYS = new Set(["type", "url", "alt", "caption"]);
const CODE_KEYS = new Set(["type", "lang", "value"]);
const RAW_KEYS = new Set(["type", "format", "value"]);

type Out = RootContent[];

function _marker(kind: "meta" | "block", value: object): RootContent {
  return { type: "html", value: _writeMarker(kind, value) };
}

function _whole(block: object): RootContent {
  return _marker("block", block);
}

function _insidePair(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (code < 0xdc00 || code > 0xdfff) return false;
  const before = text.charCodeAt(offset - 1);
  return before >= 0xd800 && before <= 0xdbff;
}

function _splitsPair(text: string, marks: readonly Mark[]): boolean {
  for (const mark of marks) {
    if (_insidePair(text, mark.start) || _insidePair(text, mark.end)) return true;
  }
  return false;
}

/**
 * Write a paragraph: a Markdown paragraph (after a `meta` marker when it has
 * unknown keys), or a `block` marker when Markdown cannot hold it (empty or
 * blank text, a first line of tags only).
 *
 * @param paragraph
 *   Paragraph.
 * @param out
 *   Nodes to append to.
 * @returns
 *   Whether it was written as a Markdown paragraph.
 */
export function _writeParagraph(paragraph: Paragraph, out: Out): boolean {
  const text = paragraph.text;
  if (text.trim() === "") {
    out.push(_whole(paragraph));
    return false;
  }
  const extra = _unknownKeys(paragraph, PARAGRAPH_KEYS);
  const marks = paragraph.marks;
  if (marks !== undefined && _splitsPair(text, marks)) {
    // Markdown cannot put a tag inside a character: the marks go in the
    // marker and the text is written plain.
    const meta = extra ?? {};
    meta.marks = marks;
    out.push(_marker("meta", meta));
    out.push({ type: "paragraph", children: [{ type: "text", value: text }] });
    return true;
  }
  const inline = _writeInline(text, marks);
  if (inline.htmlAtStart) {
    const newline = text.indexOf("\n");
    if (newline !== -1 && text.slice(0, newline).trim() === "") {
      out.push(_whole(paragraph));
      return false;
    }
  }
  if (extra) out.push(_marker("meta", extra));
  const node: MdParagraph = { type: "paragraph", children: inline.nodes };
  out.push(node);
  return true;
}

function _quote(quote: Quote, out: Out): void {
  const children: RootContent[] = [];
  const blocks = quote.blocks;
  const last = blocks[blocks.length - 1];
  if (
    quote.attribution === "" ||
    (quote.attribution === undefined &&
      quote.cite === undefined &&
      last?.text.startsWith("— ") &&
      _unknownKeys(last, PARAGRAPH_KEYS) === undefined)
  ) {
    out.push(_whole(quote));
    return;
  }
  for (const paragraph of blocks) _writeParagraph(paragraph, children);
  if (quote.attribution !== undefined || quote.cite !== undefined) {
    const attribution = quote.attribution ?? "";
    if (quote.cite !== undefined) {
      children.push({
        type: "paragraph",
        children: [
          { type: "text", value: "— " },
          {
            type: "link",
            url: quote.cite,
            title: null,
            children: attribution === "" ? [] : [{ type: "text", value: attribution }],
          },
        ],
      });
    } else {
      children.push({ type: "paragraph", children: [{ type: "text", value: `— ${attribution}` }] });
    }
  }
  const extra = _unknownKeys(quote, QUOTE_KEYS);
  if (extra) out.push(_marker("meta", extra));
  out.push({ type: "blockquote", children: children as BlockContent[] });
}

function _list(list: List, out: Out): void {
  if (list.items.length === 0) {
    out.push(_whole(list));
    return;
  }
  const items: ListItem[] = [];
  for (const item of list.items) {
    const children: RootContent[] = [];
    if (item.text !== "" || _unknownKeys(item, PARAGRAPH_KEYS) !== undefined) {
      _writeParagraph(item, children);
    }
    items.push({ type: "listItem", spread: false, children: children as BlockContent[] });
  }
  const extra = _unknownKeys(list, LIST_KEYS);
  let start: number | null = null;
  if (extra && list.ordered) {
    const value = extra.start;
    if (
      typeof value === "number" &&
      Number.isSafeInteger(value) &&
      value >= 0 &&
      value !== 1 &&
      value < 1e9
    ) {
      start = value;
      delete extra.start;
    }
  }
  if (extra && Object.keys(extra).length > 0) out.push(_marker("meta", extra));
  out.push({ type: "list", ordered: list.ordered, start, spread: false, children: items });
}

function _hasControl(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function _image(image: Image, out: Out): void {
  const meta = _unknownKeys(image, IMAGE_KEYS) ?? {};
  let url = image.url;
  if (_hasControl(url) || url.includes("<") || url.includes(">")) {
    meta.url = url;
    url = "#";
  }
  let alt = image.alt ?? "";
  if (image.alt === "" || _hasControl(alt)) {
    meta.alt = image.alt;
    alt = "";
  }
  let title: string | null = image.caption ?? null;
  if (image.caption === "" || (image.caption !== undefined && _hasControl(image.caption))) {
    meta.caption = image.caption;
    title = null;
  }
  if (Object.keys(meta).length > 0) out.push(_marker("meta", meta));
  out.push({ type: "paragraph", children: [{ type: "image", url, alt, title }] });
}

function _embed(embed: WithUnknown<Embed>, out: Out): void {
  // Too deep for YAML: the whole block in JSON.
  if (_depth(embed) > YAML_WRITE_DEPTH) {
    out.push(_whole(embed));
    return;
  }
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(embed)) if (key !== "type") _define(rest, key, embed[key]);
  const value = Object.keys(rest).length === 0 ? "" : _writeYaml(rest);
  out.push({ type: "code", lang: "embed", meta: null, value });
}

function _isSimpleInfo(value: string): boolean {
  if (value === "" || value === "embed") return false;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    // Letters, digits and `#+-._/:`; nothing Markdown would escape or split.
    const ok =
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      code === 35 ||
      code === 43 ||
      code === 45 ||
      code === 46 ||
      code === 95 ||
      code === 47 ||
      code === 58 ||
      code > 0x7f;
    if (!ok || (code > 0x7f && /\s/.test(value[index] as string))) return false;
  }
  return true;
}

function _code(code: Code, out: Out): void {
  const meta = _unknownKeys(code, CODE_KEYS) ?? {};
  let lang: string | null = null;
  let info: string | null = null;
  if (code.lang !== undefined) {
    if (_isSimpleInfo(code.lang)) lang = code.lang;
    else meta.lang = code.lang;
  }
  if (lang !== null && typeof meta.meta === "string" && _isSimpleInfo(meta.meta)) {
    info = meta.meta;
    delete meta.meta;
  }
  if (Object.keys(meta).length > 0) out.push(_marker("meta", meta));
  out.push({ type: "code", lang, meta: info, value: code.value });
}

const PROBES = ["x", "- x", "* x", "1. x", "1) x"];

/**
 * Whether raw Markdown reads back as the same raw block wherever it stands.
 *
 * @param value
 *   Markdown.
 * @returns
 *   `true` when it can be written as is.
 */
export function _isVerbatim(value: string): boolean {
  if (value === "" || value !== value.trim() || value.includes("<!-- marginalia:")) return false;
  const parse = _parser();
  for (const probe of PROBES) {
    const source = `${probe}\n\n${value}\n\n${probe}`;
    const children = parse(source).children;
    const node = children[1];
    if (children.length !== 3 || node === undefined || node.type === "heading") return false;
    if (node.type === "html" && _looksLikeMarker(node.value)) return false;
    const context: Context = { source, messages: [] };
    if (_source(context, node) !== value) return false;
    const { block } = _block(context, node);
    if (block.type !== "raw" || block.value !== value) return false;
  }
  return true;
}

function _raw(raw: Raw, out: Out): void {
  if (raw.format === "markdown" && _isVerbatim(raw.value)) {
    const extra = _unknownKeys(raw, RAW_KEYS);
    if (extra) out.push(_marker("meta", extra));
    out.push({ type: "html", value: raw.value });
    return;
  }
  out.push(_whole(raw));
}

/**
 * Write blocks.
 *
 * @param blocks
 *   Blocks.
 * @param out
 *   Nodes to append to.
 */
/**
 * Rough cost of a block to the `fromMarkdown` limits when written as
 * Markdown: 2 per character Markdown escapes, 1 per line, 4 per mark.
 *
 * @param block
 *   Block.
 * @returns
 *   The estimate (0 for fenced blocks, which the limits do not count).
 */
export function _cost(block: Block): number {
  if (block.type === "paragraph") {
    let cost = 1 + 4 * (block.marks?.length ?? 0);
    const text = block.text;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 10) cost++;
      else if (code < 128 && PUNCTUATION.has(code)) cost += 2;
    }
    return cost;
  }
  if (block.type === "quote") return block.blocks.reduce((sum, item) => sum + _cost(item), 1);
  if (block.type === "list") return block.items.reduce((sum, item) => sum + _cost(item), 1);
  if (block.type === "raw") return _cost({ type: "paragraph", text: block.value });
  return 0;
}

const PUNCTUATION = new Set([..."*_[]`<>\\&#!|~-+.:$()"].map((char) => char.charCodeAt(0)));

/**
 * Write blocks.
 *
 * @param blocks
 *   Blocks.
 * @param out
 *   Nodes to add to.
 * @param heavy
 *   Blocks whose `_cost` is over this are written whole in a `block` marker
 *   (one line that `fromMarkdown` reads in linear time).
 */
export function _writeBlocks(blocks: readonly Block[], out: Out, heavy = Infinity): void {
  for (const block of blocks) {
    if (heavy !== Infinity && _cost(block) > heavy) {
      out.push(_whole(block));
      continue;
    }
    switch (block.type) {
      case "paragraph":
        _writeParagraph(block, out);
        break;
      case "quote":
        _quote(block, out);
        break;
      case "list":
        _list(block, out);
        break;
      case "image":
        _image(block, out);
        break;
      case "embed":
        _embed(block, out);
        break;
      case "code":
        _code(block, out);
        break;
      default:
        _raw(block, out);
    }
  }
}
