// mdast phrasing content → a paragraph's text and marks.

import type { PhrasingContent } from "mdast";
import { _isHttpUrl } from "../schema/_checks.js";
import type { WithUnknown } from "../schema/_types.js";
import type { Mark } from "../schema/block.js";
import { _define } from "./_assign.js";
import { _readTag } from "./_inline-html.js";

/** Text and marks read from phrasing content, or why they cannot be. */
export type InlineResult =
  | { ok: true; text: string; marks: Mark[]; hardBreak: boolean; formatted: boolean }
  | { ok: false; reason: string };

interface Frame {
  nodes: readonly PhrasingContent[];
  index: number;
  mark: Mark | undefined;
  tags: number;
}

/** How a reason names the phrasing nodes the model has no mark for. */
const NAMES: Record<string, string> = {
  delete: "a strikethrough (GFM)",
  footnoteReference: "a footnote reference (GFM)",
  image: "an image",
};

const MARK_KEYS = new Set(["type", "start", "end", "url", "attribution"]);

function _fail(reason: string): InlineResult {
  return { ok: false, reason };
}

/**
 * Read phrasing content as text and marks, iteratively (any depth).
 *
 * @param nodes
 *   Children of a paragraph or heading.
 * @returns
 *   The text and marks (not yet canonical), or why the content cannot be a
 *   paragraph (an image among text, raw HTML, a link the model cannot hold).
 */
export function _readInline(nodes: readonly PhrasingContent[]): InlineResult {
  let text = "";
  const marks: Mark[] = [];
  const tags: Mark[] = [];
  let hardBreak = false;
  const stack: Frame[] = [{ nodes, index: 0, mark: undefined, tags: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.index >= frame.nodes.length) {
      stack.pop();
      if (tags.length !== frame.tags) return _fail("an HTML tag is not closed where it opens");
      if (frame.mark) {
        frame.mark.end = text.length;
        if (frame.mark.end <= frame.mark.start) return _fail(`an empty ${frame.mark.type}`);
      }
      continue;
    }
    const node = frame.nodes[frame.index++] as PhrasingContent;
    switch (node.type) {
      case "text":
        text += node.value;
        break;
      case "break":
        text += "\n";
        hardBreak = true;
        break;
      case "inlineCode":
        if (node.value === "") return _fail("an empty code span");
        marks.push({ type: "code", start: text.length, end: text.length + node.value.length });
        text += node.value;
        break;
      case "emphasis":
      case "strong": {
        const mark: Mark = { type: node.type, start: text.length, end: 0 };
        marks.push(mark);
        stack.push({ nodes: node.children, index: 0, mark, tags: tags.length });
        break;
      }
      case "link": {
        if (!_isHttpUrl(node.url)) return _fail("a link whose URL is not absolute http(s)");
        const mark: WithUnknown<Mark> = { type: "link", start: text.length, end: 0, url: node.url };
        if (typeof node.title === "string") mark.title = node.title;
        marks.push(mark);
        stack.push({ nodes: node.children, index: 0, mark, tags: tags.length });
        break;
      }
      case "html": {
        const tag = _readTag(node.value);
        if (tag === undefined) return _fail("raw HTML");
        if (tag.close) {
          const open = tags[tags.length - 1];
          if (tags.length <= frame.tags || open === undefined || open.type !== tag.type) {
            return _fail("an HTML closing tag without its opening tag");
          }
          tags.pop();
          open.end = text.length;
          if (open.end <= open.start) return _fail(`an empty ${open.type}`);
          break;
        }
        const mark: Mark = { type: tag.type, start: text.length, end: 0 };
        const { href, "data-attribution": attribution, "data-marginalia": extra } = tag.attributes;
        if (tag.type === "link") {
          if (href === undefined || !_isHttpUrl(href))
            return _fail("a link whose URL is not absolute http(s)");
          mark.url = href;
        } else if (href !== undefined) return _fail("an `href` on a tag other than `<a>`");
        if (attribution !== undefined) {
          if (tag.type !== "quote") return _fail("a `data-attribution` on a tag other than `<q>`");
          mark.attribution = attribution;
        }
        if (extra !== undefined) {
          let value: unknown;
          try {
            value = JSON.parse(extra);
          } catch {
            return _fail("a `data-marginalia` attribute that is not JSON");
          }
          if (typeof value !== "object" || value === null || Array.isArray(value)) {
            return _fail("a `data-marginalia` attribute that is not a JSON object");
          }
          for (const key of Object.keys(value)) {
            if (MARK_KEYS.has(key))
              return _fail(`a \`data-marginalia\` attribute naming \`${key}\``);
            _define(mark, key, (value as Record<string, unknown>)[key]);
          }
        }
        marks.push(mark);
        tags.push(mark);
        break;
      }
      default:
        return _fail(`${NAMES[node.type] ?? `a ${node.type}`} inside text`);
    }
  }
  if (tags.length > 0) return _fail("an HTML tag that is not closed");
  return { ok: true, text, marks, hardBreak, formatted: marks.length > 0 };
}

/**
 * The plain text of phrasing content (for headings), iteratively.
 *
 * @param nodes
 *   Phrasing content.
 * @returns
 *   Its text: text, code and the alt of images; raw HTML as written.
 */
export function _plainText(nodes: readonly PhrasingContent[]): string {
  let text = "";
  const stack: { nodes: readonly PhrasingContent[]; index: number }[] = [{ nodes, index: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as { nodes: readonly PhrasingContent[]; index: number };
    if (frame.index >= frame.nodes.length) {
      stack.pop();
      continue;
    }
    const node = frame.nodes[frame.index++] as PhrasingContent;
    if (node.type === "break") text += "\n";
    else if ("children" in node) stack.push({ nodes: node.children, index: 0 });
    else if ("value" in node) text += node.value;
    else if (node.type === "image" || node.type === "imageReference") text += node.alt ?? "";
  }
  return text;
}
