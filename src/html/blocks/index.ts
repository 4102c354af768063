// The HTML → blocks mapping: a plain walk over flow content that gathers
// phrasing into paragraphs and hands block elements to their handler
// (handlers.ts), all sharing one state (state.ts). Shaped like
// hast-util-to-mdast, so that importers receiving HTML bodies (WXR, Disqus)
// reuse it.
import type { Element, ElementContent } from "hast";
import { _HIDDEN } from "../_dom.js";
import {
  _blockquote,
  _figure,
  _heading,
  _iframe,
  _img,
  _list,
  _pre,
  _raw,
  type FlowItem,
} from "./handlers.js";
import { _builder, _done, _inline } from "./inline.js";
import type { BlockState } from "./state.js";

export type { FlowItem } from "./handlers.js";
export type { BlockState, HeadingItem } from "./state.js";

/** Elements that are flow containers: their children are walked. */
const CONTAINERS = new Set([
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "nav",
  "center",
  "dl",
  "dd",
  "dt",
  "details",
  "summary",
  "body",
  "html",
  "hgroup",
  "address",
  "fieldset",
  "li",
  "td",
  "th",
  "tbody",
  "tr",
  "form",
]);

/** Elements left out with their content (controls, media without text). */
const IGNORED = new Set([
  "button",
  "input",
  "select",
  "textarea",
  "option",
  "label",
  "canvas",
  "map",
  "object",
  "embed",
  "link",
  "meta",
  "base",
  "title",
  "dialog",
]);

/** Elements whose phrasing content may hold blocks. */
const PHRASING_WRAPPERS = new Set(["a", "span", "font", "strong", "b", "em", "i", "small", "u"]);

/** Block-level elements (for phrasing wrappers that hold them). */
const BLOCKS = new Set([
  ...CONTAINERS,
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "blockquote",
  "figure",
  "pre",
  "table",
  "iframe",
  "hr",
  "video",
  "audio",
  "img",
]);

function _holdsBlocks(node: Element): boolean {
  const stack: ElementContent[] = [...node.children];
  while (stack.length > 0) {
    const item = stack.pop() as ElementContent;
    if (item.type !== "element") continue;
    if (BLOCKS.has(item.tagName)) return true;
    for (const child of item.children) stack.push(child);
  }
  return false;
}

/**
 * Read the flow content of an element into blocks and headings.
 *
 * @param node
 *   Container element (its own tag is not handled, only its children).
 * @param state
 *   Shared state.
 * @param depth
 *   Nesting of handlers that walk again (blockquote, figure) (default: `0`).
 * @returns
 *   Blocks and heading items, in document order.
 */
export function _toBlocks(node: Element, state: BlockState, depth = 0): FlowItem[] {
  const out: FlowItem[] = [];
  let builder = _builder();
  const flush = (): void => {
    const paragraph = _done(builder);
    if (paragraph !== undefined) out.push(paragraph);
    builder = _builder();
  };
  const FLUSH = 0;
  const stack: (ElementContent | typeof FLUSH)[] = [];
  for (let index = node.children.length - 1; index >= 0; index--) {
    stack.push(node.children[index] as ElementContent);
  }
  while (stack.length > 0) {
    const item = stack.pop() as ElementContent | typeof FLUSH;
    if (item === FLUSH) {
      flush();
      continue;
    }
    if (item.type === "text") {
      _inline(item, builder, state);
      continue;
    }
    if (item.type !== "element") continue;
    const name = item.tagName;
    if (_HIDDEN.has(name) || IGNORED.has(name) || state.skip(item)) continue;
    let made: FlowItem[] | undefined;
    if (/^h[1-6]$/.test(name)) made = _heading(item, state);
    else if (name === "blockquote") made = _blockquote(item, state, _toBlocks, depth);
    else if (name === "ul" || name === "ol") made = _list(item, state);
    else if (name === "figure") made = _figure(item, state, _toBlocks, depth);
    else if (name === "img") made = _img(item, state);
    else if (name === "iframe") made = _iframe(item, state);
    else if (name === "pre") made = _pre(item);
    else if (name === "table" || name === "video" || name === "audio") made = _raw(item, state);
    else if (name === "hr") made = [];
    else if (name === "p" && !_holdsBlocks(item)) {
      flush();
      _inline(item, builder, state);
      flush();
      continue;
    } else if (
      CONTAINERS.has(name) ||
      name === "p" ||
      (PHRASING_WRAPPERS.has(name) && _holdsBlocks(item))
    ) {
      flush();
      stack.push(FLUSH);
      for (let index = item.children.length - 1; index >= 0; index--) {
        stack.push(item.children[index] as ElementContent);
      }
      continue;
    } else {
      _inline(item, builder, state);
      continue;
    }
    flush();
    out.push(...made);
  }
  flush();
  return out;
}
