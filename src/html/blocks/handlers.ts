// One handler per element that makes a block of its own. Each returns the
// blocks it made; the walk (index.ts) handles containers and phrasing.
import type { Element, ElementContent } from "hast";
import type { Block, Code, Image, List, Paragraph, Quote } from "../../schema/block.js";
import { _creditOf } from "../../text/_lines.js";
import { _absolute, _attr, _collapse, _text } from "../_dom.js";
import { _iframeEmbed, _quoteEmbed } from "./embed.js";
import { _builder, _done, _inline } from "./inline.js";
import { _serialize } from "./serialize.js";
import type { BlockState, HeadingItem } from "./state.js";

/** What the walk yields: blocks and the headings between them. */
export type FlowItem = Block | HeadingItem;

/** Nested walks (blockquote in blockquote…) stop here and read text. */
const MAX_NESTED = 16;

/** Credit vocabulary of captions (FR/EN/DE/ES). */
const CREDIT =
  /(?:^|\s|\()((?:©|\(c\)|cr[ée]dits?(?:\s+(?:photo|image|illustration))?\s*:|photo\s*:|image\s*:|source\s*:|foto\s*:|bild\s*:|crédito\s*:|credit\s*:|photograph(?:ie)?\s*:|illustration\s*:)\s*.+)$/i;

/**
 * A paragraph from an element's phrasing content.
 *
 * @param node
 *   Element.
 * @param state
 *   Shared state.
 * @returns
 *   Paragraph or `undefined` when empty.
 */
export function _paragraph(node: ElementContent, state: BlockState): Paragraph | undefined {
  const builder = _builder();
  _inline(node, builder, state);
  return _done(builder);
}

/**
 * `h1`–`h6`: a heading item (or a paragraph in comments).
 *
 * @param node
 *   Element.
 * @param state
 *   Shared state.
 * @returns
 *   The blocks made (none when the element is empty).
 */
export function _heading(node: Element, state: BlockState): FlowItem[] {
  if (!state.headings) {
    const paragraph = _paragraph(node, state);
    return paragraph === undefined ? [] : [paragraph];
  }
  const text = _text(node, state.skip);
  if (text === "") return [];
  const level = Number(node.tagName.slice(1)) as HeadingItem["level"];
  return [{ type: "heading", level, text }];
}

/**
 * `blockquote`: an embed (tweets…) or a quotation with its attribution.
 *
 * @param node
 *   Element.
 * @param state
 *   Shared state.
 * @param walk
 *   The flow walk, for content that holds blocks.
 * @param depth
 *   Nesting of walks so far.
 * @returns
 *   The blocks made (none when the element is empty).
 */
export function _blockquote(
  node: Element,
  state: BlockState,
  walk: (node: Element, state: BlockState, depth: number) => FlowItem[],
  depth: number,
): FlowItem[] {
  const embed = _quoteEmbed(node, state.base);
  if (embed !== undefined) return [embed];
  let attribution: string | undefined;
  const inner: BlockState = {
    ...state,
    skip: (element) => {
      if (element.tagName === "footer" || element.tagName === "figcaption") {
        attribution = _text(element).replace(/^[—–-]\s*/, "") || attribution;
        return true;
      }
      return state.skip(element);
    },
  };
  const blocks: Paragraph[] = [];
  const items = depth >= MAX_NESTED ? [_paragraph(node, inner)] : walk(node, inner, depth + 1);
  for (const item of items) {
    if (item === undefined) continue;
    if (item.type === "paragraph") blocks.push(item);
    else if (item.type === "quote") blocks.push(...item.blocks);
    else if (item.type === "list") blocks.push(...item.items);
    else if (item.type === "heading") blocks.push({ type: "paragraph", text: item.text });
    else if (item.type === "code") blocks.push({ type: "paragraph", text: item.value });
    else if (item.type === "embed" && item.text !== undefined) {
      blocks.push({ type: "paragraph", text: item.text });
    }
  }
  if (blocks.length === 0) return [];
  const quote: Quote = { type: "quote", blocks };
  if (attribution !== undefined && attribution !== "") quote.attribution = attribution;
  const cite = _absolute(_attr(node, "cite"), state.base);
  if (cite !== undefined) quote.cite = cite;
  return [quote];
}

/**
 * `ul`/`ol`: a list of paragraphs (nested lists read as their items' text).
 *
 * @param node
 *   Element.
 * @param state
 *   Shared state.
 * @returns
 *   The blocks made (none when the element is empty).
 */
export function _list(node: Element, state: BlockState): FlowItem[] {
  const items: Paragraph[] = [];
  for (const child of node.children) {
    if (child.type !== "element" || state.skip(child)) continue;
    const paragraph = _paragraph(child, state);
    if (paragraph !== undefined) items.push(paragraph);
  }
  if (items.length === 0) return [];
  const list: List = { type: "list", ordered: node.tagName === "ol", items };
  return [list];
}

/**
 * The URL of an image (lazy-loading attributes first).
 *
 * @param node
 *   `img` element.
 * @param base
 *   Base URL.
 * @returns
 *   Absolute http(s) URL or `undefined`.
 */
export function _imageUrl(node: Element, base: string | undefined): string | undefined {
  for (const name of ["dataLazySrc", "dataSrc", "dataOriginal", "src"]) {
    const url = _absolute(_attr(node, name), base);
    if (url !== undefined) return url;
  }
  const srcset = _attr(node, "srcSet") ?? _attr(node, "dataSrcset");
  if (srcset !== undefined) return _absolute(srcset.trim().split(/\s+/)[0], base);
  return undefined;
}

/**
 * `img`: an image, unless it is a tracking pixel.
 *
 * @param node
 *   Element.
 * @param state
 *   Shared state.
 * @returns
 *   The blocks made (none when the element is empty).
 */
export function _img(node: Element, state: BlockState): FlowItem[] {
  const url = _imageUrl(node, state.base);
  if (url === undefined) return [];
  const width = _attr(node, "width");
  if (width === "1" || width === "0") return [];
  const image: Image = { type: "image", url };
  const alt = _collapse(_attr(node, "alt") ?? "");
  if (alt !== "") image.alt = alt;
  return [image];
}

/**
 * Split a caption into caption and credit.
 *
 * @param text
 *   Caption text.
 * @returns
 *   `{ caption, credit }`, each possibly empty.
 */
export function _splitCredit(text: string): { caption: string; credit: string } {
  const match = CREDIT.exec(text);
  if (match === null || match.index === undefined) return { caption: text, credit: "" };
  const credit = (match[1] as string).trim();
  return { caption: text.slice(0, text.length - credit.length).trim(), credit };
}

/**
 * `figure`: its images, embeds or table, with the caption and credit.
 *
 * @param node
 *   Element.
 * @param state
 *   Shared state.
 * @param walk
 *   The flow walk, for content that holds blocks.
 * @param depth
 *   Nesting of walks so far.
 * @returns
 *   The blocks made (none when the element is empty).
 */
export function _figure(
  node: Element,
  state: BlockState,
  walk: (node: Element, state: BlockState, depth: number) => FlowItem[],
  depth: number,
): FlowItem[] {
  let captionText = "";
  let creditText = "";
  const inner: BlockState = {
    ...state,
    skip: (element) => {
      if (element.tagName === "figcaption") {
        const credit = _findCredit(element);
        creditText = _unlabelled(credit);
        captionText = _text(element, (child) => credit !== "" && _isCreditElement(child));
        return true;
      }
      return state.skip(element);
    },
  };
  const items = depth >= MAX_NESTED ? [] : walk(node, inner, depth + 1);
  if (creditText === "" && captionText !== "") {
    // A caption that is only a credit ("Crédit image X", "Photo : X"), read
    // with the text reader's credit words; else a credit at its end.
    const whole = _creditOf(captionText);
    if (whole === undefined) {
      const split = _splitCredit(captionText);
      captionText = split.caption;
      creditText = _unlabelled(split.credit);
    } else {
      captionText = "";
      creditText = whole;
    }
  }
  const image = items.find((item): item is Image => item.type === "image");
  if (image !== undefined) {
    if (captionText !== "") image.caption = captionText;
    if (creditText !== "") image.credit = creditText;
  } else if (captionText !== "" || creditText !== "") {
    items.push({ type: "paragraph", text: [captionText, creditText].filter(Boolean).join(" ") });
  }
  return items;
}

/** A credit without its label ("Credit: X" → "X"), as the text reader reads it. */
function _unlabelled(credit: string): string {
  return credit === "" ? "" : (_creditOf(credit) ?? credit);
}

function _isCreditElement(node: Element): boolean {
  const names = `${_attr(node, "className") ?? ""}`.toLowerCase();
  return /credit|copyright|photographer|source/.test(names);
}

function _findCredit(caption: Element): string {
  const stack: Element[] = [caption];
  while (stack.length > 0) {
    const item = stack.pop() as Element;
    if (item !== caption && _isCreditElement(item)) return _text(item);
    for (const child of item.children) if (child.type === "element") stack.push(child);
  }
  return "";
}

/**
 * `iframe`: an embed of a known provider; others are left out (ads,
 * trackers) unless they carry a title, then raw HTML.
 *
 * @param node
 *   Element.
 * @param state
 *   Shared state.
 * @returns
 *   The blocks made (none when the element is empty).
 */
export function _iframe(node: Element, state: BlockState): FlowItem[] {
  const embed = _iframeEmbed(node, state.base);
  if (embed !== undefined) return [embed];
  return [];
}

/**
 * `pre`: code, with the language from a `language-*` class.
 *
 * @param node
 *   Element.
 * @returns
 *   The blocks made (none when the element is empty).
 */
export function _pre(node: Element): FlowItem[] {
  let value = "";
  let lang: string | undefined;
  const stack: ElementContent[] = [node];
  while (stack.length > 0) {
    const item = stack.pop() as ElementContent;
    if (item.type === "text") value += item.value;
    else if (item.type === "element") {
      if (item.tagName === "br") value += "\n";
      const match = /(?:^|\s)(?:language|lang)-([\w+#-]+)/.exec(_attr(item, "className") ?? "");
      if (match !== null && lang === undefined) lang = match[1];
      for (let index = item.children.length - 1; index >= 0; index--) {
        stack.push(item.children[index] as ElementContent);
      }
    }
  }
  value = value.replace(/^\n/, "").replace(/\s+$/, "");
  if (value === "") return [];
  const code: Code = { type: "code", value };
  if (lang !== undefined) code.lang = lang;
  return [code];
}

/**
 * Tables, video, audio and other elements the model has no block for:
 * raw HTML, so that nothing is dropped.
 *
 * @param node
 *   Element.
 * @param state
 *   Shared state.
 * @returns
 *   The blocks made (none when the element is empty).
 */
export function _raw(node: Element, state: BlockState): FlowItem[] {
  if (_text(node, state.skip) === "" && node.tagName === "table") return [];
  const block: Block = { type: "raw", format: "html", value: _serialize(node) };
  return [block];
}
