// The inline HTML form of marks, used where Markdown has no syntax for a
// mark (a quotation, emphasis that starts with a space, a link inside a
// link, a mark with unknown keys):
//
//   <q>…</q>  <q data-attribution='…'>…</q>  <em>…</em>  <strong>…</strong>
//   <code>…</code>  <a href='…'>…</a>, any of them with data-marginalia='{json}'
//
// Attribute values are single-quoted; `&`, `'`, `<`, `>` and line feeds are
// written as `&amp;`, `&#39;`, `&lt;`, `&gt;` and `&#10;`.

import type { Mark } from "../schema/block.js";

/** Tag name of each mark type. */
export const TAG_OF: Record<Mark["type"], string> = {
  code: "code",
  emphasis: "em",
  link: "a",
  quote: "q",
  strong: "strong",
};

const TYPE_OF: Record<string, Mark["type"]> = {
  a: "link",
  code: "code",
  em: "emphasis",
  q: "quote",
  strong: "strong",
};

/**
 * Escape an attribute value.
 *
 * @param value
 *   Text.
 * @returns
 *   Text safe inside single quotes.
 */
export function _escapeAttribute(value: string): string {
  let result = "";
  let last = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    let replacement: string | undefined;
    if (code === 38) replacement = "&amp;";
    else if (code === 39) replacement = "&#39;";
    else if (code === 60) replacement = "&lt;";
    else if (code === 62) replacement = "&gt;";
    else if (code === 10) replacement = "&#10;";
    if (replacement !== undefined) {
      result += value.slice(last, index) + replacement;
      last = index + 1;
    }
  }
  return last === 0 ? value : result + value.slice(last);
}

const ENTITIES: Record<string, string> = {
  "&#10;": "\n",
  "&#39;": "'",
  "&amp;": "&",
  "&gt;": ">",
  "&lt;": "<",
  "&quot;": '"',
};

function _unescapeAttribute(value: string): string {
  if (!value.includes("&")) return value;
  return value.replace(/&(?:amp|lt|gt|quot|#39|#10);/g, (entity) => ENTITIES[entity] ?? entity);
}

const ATTRIBUTES = new Set(["data-attribution", "data-marginalia", "href"]);

/** An inline tag read back. */
export interface Tag {
  /** Mark type. */
  type: Mark["type"];
  /** Whether it closes (`</em>`). */
  close: boolean;
  /** Attributes, decoded. */
  attributes: Record<string, string>;
}

/**
 * Read an inline HTML node as one of the mark tags.
 *
 * @param html
 *   Value of an inline `html` node.
 * @returns
 *   The tag, or `undefined` when it is not one of ours.
 */
export function _readTag(html: string): Tag | undefined {
  if (html.length < 3 || html.charCodeAt(0) !== 60 || html.charCodeAt(html.length - 1) !== 62) {
    return undefined;
  }
  if (html.charCodeAt(1) === 47) {
    const type = TYPE_OF[html.slice(2, -1)];
    return type === undefined ? undefined : { type, close: true, attributes: {} };
  }
  const inner = html.slice(1, -1);
  const space = inner.indexOf(" ");
  const name = space === -1 ? inner : inner.slice(0, space);
  const type = TYPE_OF[name];
  if (type === undefined) return undefined;
  const attributes: Record<string, string> = {};
  let index = space === -1 ? inner.length : space;
  while (index < inner.length) {
    // ` name='value'`
    if (inner.charCodeAt(index) !== 32) return undefined;
    const equals = inner.indexOf("='", index);
    if (equals === -1) return undefined;
    const key = inner.slice(index + 1, equals);
    const end = inner.indexOf("'", equals + 2);
    if (end === -1 || key === "" || key.includes(" ")) return undefined;
    if (!ATTRIBUTES.has(key) || Object.hasOwn(attributes, key)) return undefined;
    attributes[key] = _unescapeAttribute(inner.slice(equals + 2, end));
    index = end + 1;
  }
  return { type, close: false, attributes };
}
