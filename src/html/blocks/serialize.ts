// A small HTML serializer for `Raw` blocks (tables and other elements the
// model has no block for). Iterative; drops event handlers, inline styles,
// elements that load or redirect, and every URL the URL parser does not read
// as http(s), so that nothing from the page can run where the raw HTML is
// shown again. A renderer should still sanitise raw blocks.
import type { Element, ElementContent } from "hast";
import { _HIDDEN } from "../_dom.js";

const VOID = new Set(["br", "hr", "img", "input", "col", "wbr", "source", "track", "area"]);

function _escape(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

// Elements left out whole: they load, submit, restyle or redirect
// (`iframe`, `object`, `embed`, `frame`, `base`, `meta`, `link`, `form`,
// `style`), besides the hidden ones (`script`, `template` …).
const DROPPED = new Set([
  "base",
  "embed",
  "form",
  "frame",
  "frameset",
  "iframe",
  "link",
  "meta",
  "object",
  "style",
]);

// Attributes whose value is a URL: kept only when the URL parser reads an
// http(s) URL (browsers strip tabs, line feeds and leading controls, so a
// prefix test such as /^javascript:/ can be bypassed).
const URL_ATTRIBUTES = new Set([
  "action",
  "background",
  "cite",
  "data",
  "formaction",
  "href",
  "longdesc",
  "poster",
  "src",
  "xlinkHref",
]);

function _attribute(name: string, value: unknown): string {
  if (value === null || value === undefined || value === false) return "";
  // Event handlers, inline styles (`url(javascript:…)`), srcdoc and srcset
  // (a list of URLs) never come through.
  if (/^on/i.test(name) || name === "style" || name === "srcDoc" || name === "srcSet") return "";
  const attr =
    name === "className" ? "class" : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const text = Array.isArray(value) ? value.join(" ") : value === true ? "" : String(value);
  if (URL_ATTRIBUTES.has(name) && !_isRelativeOrHttp(text)) return "";
  return ` ${attr}="${_escape(text).replaceAll('"', "&quot;")}"`;
}

// A URL that resolves, against any http(s) base, to an http(s) URL.
function _isRelativeOrHttp(text: string): boolean {
  try {
    const url = new URL(text, "https://base.invalid/");
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * Write an element as HTML (scripts, styles, event handlers and unsafe URLs
 * left out).
 *
 * @param node
 *   Element.
 * @returns
 *   HTML.
 */
export function _serialize(node: Element): string {
  let out = "";
  const stack: (ElementContent | string)[] = [node];
  while (stack.length > 0) {
    const item = stack.pop() as ElementContent | string;
    if (typeof item === "string") out += item;
    else if (item.type === "text") out += _escape(item.value);
    else if (item.type === "element") {
      if (_HIDDEN.has(item.tagName) || DROPPED.has(item.tagName)) continue;
      let open = `<${item.tagName}`;
      for (const [name, value] of Object.entries(item.properties)) open += _attribute(name, value);
      out += `${open}>`;
      if (VOID.has(item.tagName)) continue;
      stack.push(`</${item.tagName}>`);
      for (let index = item.children.length - 1; index >= 0; index--) {
        stack.push(item.children[index] as ElementContent);
      }
    }
  }
  return out;
}
