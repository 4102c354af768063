// A paragraph's text and canonical marks → mdast phrasing content.
//
// Each mark is written with Markdown syntax when Markdown can say it
// exactly (`*a*`, `**a**`, `` `a` ``, `[a](url)`), else with its inline HTML
// form (see `../_inline-html.ts`): quotations always, emphasis that starts or ends
// with whitespace or holds a `_` or `*`, code spanning lines or holding other marks, a link inside
// a link, and any mark with unknown keys.

import type { Emphasis, Link, PhrasingContent, Strong } from "mdast";
import { _isTrimSpace } from "../../schema/_checks.js";
import type { WithUnknown } from "../../schema/_types.js";
import type { Mark } from "../../schema/block.js";
import { _escapeAttribute, TAG_OF } from "../_inline-html.js";

interface Frame {
  children: PhrasingContent[];
  end: number;
  close: string | undefined;
  link: boolean;
}

const KNOWN = new Set(["type", "start", "end", "url", "attribution"]);

function _extra(mark: WithUnknown<Mark>, allowTitle: boolean): Record<string, unknown> | undefined {
  // Most marks have no other key: look first without allocating the key list
  // (`for…in` also sees inherited enumerable keys, so finding one only means
  // the exact look below runs).
  let other = false;
  for (const key in mark) {
    if (!KNOWN.has(key) && !(allowTitle && key === "title")) {
      other = true;
      break;
    }
  }
  if (!other) return undefined;
  let extra: Record<string, unknown> | undefined;
  for (const key of Object.keys(mark)) {
    if (KNOWN.has(key) || (allowTitle && key === "title")) continue;
    extra ??= {};
    if (key === "__proto__") {
      Object.defineProperty(extra, key, {
        value: mark[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else extra[key] = mark[key];
  }
  return extra;
}

function _openTag(mark: Mark, extra: Record<string, unknown> | undefined): string {
  let tag = `<${TAG_OF[mark.type]}`;
  if (mark.type === "link") tag += ` href='${_escapeAttribute(mark.url ?? "")}'`;
  if (mark.type === "quote" && mark.attribution !== undefined) {
    tag += ` data-attribution='${_escapeAttribute(mark.attribution)}'`;
  }
  if (extra !== undefined) tag += ` data-marginalia='${_escapeAttribute(JSON.stringify(extra))}'`;
  return `${tag}>`;
}

interface State {
  text: string;
  cursor: number;
  stack: Frame[];
}

function _emit(state: State, children: PhrasingContent[], to: number): void {
  if (to > state.cursor) {
    children.push({ type: "text", value: state.text.slice(state.cursor, to) });
    state.cursor = to;
  }
}

function _close(state: State): void {
  const frame = state.stack.pop() as Frame;
  _emit(state, frame.children, frame.end);
  if (frame.close !== undefined) frame.children.push({ type: "html", value: frame.close });
}

/** Phrasing content, and whether it starts with an HTML tag. */
export interface InlineOutput {
  nodes: PhrasingContent[];
  htmlAtStart: boolean;
}

/**
 * Write text and canonical marks as phrasing content.
 *
 * @param text
 *   Text.
 * @param marks
 *   Marks in canonical form (sorted, properly nested).
 * @returns
 *   The phrasing nodes.
 */
export function _writeInline(
  text: string,
  marks: readonly WithUnknown<Mark>[] | undefined,
): InlineOutput {
  const nodes: PhrasingContent[] = [];
  if (marks === undefined || marks.length === 0) {
    if (text !== "") nodes.push({ type: "text", value: text });
    return { nodes, htmlAtStart: false };
  }
  const state: State = {
    text,
    cursor: 0,
    stack: [{ children: nodes, end: text.length, close: undefined, link: false }],
  };
  const stack = state.stack;
  for (let index = 0; index < marks.length; index++) {
    const mark = marks[index] as WithUnknown<Mark>;
    while (stack.length > 1 && (stack[stack.length - 1] as Frame).end <= mark.start) _close(state);
    const top = stack[stack.length - 1] as Frame;
    _emit(state, top.children, mark.start);
    const next = marks[index + 1];
    const hasChild = next !== undefined && next.start < mark.end;
    const extra = _extra(mark, mark.type === "link" && typeof mark.title === "string");
    let native = extra === undefined;
    if (native) {
      if (mark.type === "quote") native = false;
      else if (mark.type === "link") native = !top.link;
      else if (mark.type === "code") {
        native = !hasChild && !text.slice(mark.start, mark.end).includes("\n");
      } else {
        // A `_` or `*` of the text inside emphasis is left unescaped by
        // remark-stringify when it sits between two letters, but the letter
        // after it may then be written as a character reference (to keep
        // the closing marker a closing one), and `_&#x…;` closes the
        // emphasis early: found by the round-trip property. The HTML form
        // has no such trap.
        const inner = text.slice(mark.start, mark.end);
        native =
          !_isTrimSpace(text.charCodeAt(mark.start)) &&
          !_isTrimSpace(text.charCodeAt(mark.end - 1)) &&
          !inner.includes("_") &&
          !inner.includes("*");
      }
    }
    if (!native) {
      const extraAll =
        mark.type === "link" && typeof mark.title === "string" ? _extra(mark, false) : extra;
      top.children.push({ type: "html", value: _openTag(mark, extraAll) });
      stack.push({
        children: top.children,
        end: mark.end,
        close: `</${TAG_OF[mark.type]}>`,
        link: top.link,
      });
      continue;
    }
    if (mark.type === "code") {
      top.children.push({ type: "inlineCode", value: text.slice(mark.start, mark.end) });
      state.cursor = mark.end;
      continue;
    }
    let node: Link | Strong | Emphasis;
    if (mark.type === "link") {
      node = {
        type: "link",
        url: mark.url ?? "",
        title: typeof mark.title === "string" ? mark.title : null,
        children: [],
      };
    } else node = { type: mark.type === "strong" ? "strong" : "emphasis", children: [] };
    top.children.push(node);
    stack.push({
      children: node.children,
      end: mark.end,
      close: undefined,
      link: top.link || mark.type === "link",
    });
  }
  while (stack.length > 1) _close(state);
  _emit(state, nodes, text.length);
  return { nodes, htmlAtStart: nodes[0]?.type === "html" };
}
