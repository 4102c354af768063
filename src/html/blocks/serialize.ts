// A small HTML serializer for `Raw` blocks (tables and other elements the
// model has no block for). Iterative; drops event handlers and
// javascript:/data: URLs so that nothing from the page can run where the
// raw HTML is shown again.
import type { Element, ElementContent } from "hast";
import { _HIDDEN } from "../_dom.js";

const VOID = new Set(["br", "hr", "img", "input", "col", "wbr", "source", "track", "area"]);

function _escape(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function _attribute(name: string, value: unknown): string {
  if (value === null || value === undefined || value === false) return "";
  if (/^on/i.test(name)) return "";
  const attr =
    name === "className" ? "class" : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const text = Array.isArray(value) ? value.join(" ") : value === true ? "" : String(value);
  if (/^\s*(?:javascript|data|vbscript):/i.test(text)) return "";
  return ` ${attr}="${_escape(text).replaceAll('"', "&quot;")}"`;
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
      if (_HIDDEN.has(item.tagName)) continue;
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
