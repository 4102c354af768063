// Small pieces both XML importers use: unknown keys, blocks without
// headings, an HTML excerpt as plain text.
import type { FlowItem } from "../html/blocks/index.js";
import type { Block } from "../schema/block.js";
import { _htmlBlocks } from "./_xml-html.js";

/**
 * Keep a format's own fields on a model object, as one unknown key.
 *
 * @param target
 *   Article, comment or person.
 * @param key
 *   The key (`wxr`, `disqus`).
 * @param value
 *   The fields.
 */
export function _bag(target: object, key: string, value: Record<string, unknown>): void {
  (target as Record<string, unknown>)[key] = value;
}

/**
 * Blocks of a flow (headings, when any, become nothing: comment bodies are
 * read with `headings: false`, which makes them paragraphs already). A
 * flow with no heading is returned itself: the caller owns it.
 *
 * @param items
 *   Flow items.
 * @returns
 *   The blocks.
 */
export function _blocksOnly(items: FlowItem[]): Block[] {
  // Most bodies hold no heading: their list is kept, not copied.
  let at = 0;
  while (at < items.length && (items[at] as FlowItem).type !== "heading") at++;
  if (at === items.length) return items as Block[];
  const out = items.slice(0, at) as Block[];
  for (let index = at + 1; index < items.length; index++) {
    const item = items[index] as FlowItem;
    if (item.type !== "heading") out.push(item);
  }
  return out;
}

/**
 * HTML (or text) as plain text: the paragraphs' text, one per line pair.
 *
 * @param html
 *   HTML.
 * @param base
 *   Base URL.
 * @returns
 *   The text (`""` when there is none).
 */
export function _plainText(html: string, base: string | undefined): string {
  if (html.trim() === "") return "";
  const parts: string[] = [];
  for (const item of _htmlBlocks(html, { base, headings: false }).items) {
    if (item.type === "paragraph") parts.push(item.text);
    else if (item.type === "list") for (const entry of item.items) parts.push(entry.text);
    else if (item.type === "quote") for (const entry of item.blocks) parts.push(entry.text);
  }
  return parts.join("\n\n").trim();
}
