// Small hast helpers shared by every part of the HTML reader. Every walk is
// iterative (a page may nest thousands of elements).
import type { Element, ElementContent, Nodes, Root, RootContent } from "hast";

/** A hast parent. */
export type Parent = Root | Element;

/** The parent of an element (`undefined` for the root and for other nodes): a read-only view of the page index. */
export interface _ParentOf {
  get(node: Nodes): Parent | undefined;
}

/** Elements whose content is never read (nothing from the page runs or shows). */
export const _HIDDEN = new Set(["script", "style", "template", "noscript", "svg", "math", "head"]);

/**
 * Whether a node is an element, optionally of one of the given names.
 *
 * @param node
 *   Any node.
 * @param names
 *   Tag names (optional).
 * @returns
 *   Whether it is such an element.
 */
export function _isElement(node: Nodes | undefined, ...names: string[]): node is Element {
  return (
    node !== undefined &&
    node.type === "element" &&
    (names.length === 0 || names.includes(node.tagName))
  );
}

/**
 * Read an attribute as a string (class lists joined with spaces).
 *
 * @param node
 *   Element.
 * @param name
 *   hast property name (`className`, `href`, `dateTime`).
 * @returns
 *   The value, or `undefined`.
 */
export function _attr(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  if (Array.isArray(value)) return value.join(" ");
  return String(value);
}

/**
 * The element's class names and id, lower-cased, joined by spaces.
 *
 * @param node
 *   Element.
 * @returns
 *   `"class1 class2 id"`.
 */
export function _classId(node: Element): string {
  const className = _attr(node, "className") ?? "";
  const id = _attr(node, "id") ?? "";
  return `${className} ${id}`.toLowerCase();
}

/**
 * Whether the element has a class.
 *
 * @param node
 *   Element.
 * @param name
 *   Class name.
 * @returns
 *   Whether it has it.
 */
export function _hasClass(node: Element, name: string): boolean {
  const value = node.properties.className;
  return Array.isArray(value) && value.includes(name);
}

/**
 * Map each node to its parent, for the whole tree (iterative).
 *
 * @param tree
 *   Root.
 * @returns
 *   The map.
 */
export function _parents(tree: Root): Map<Nodes, Parent> {
  const map = new Map<Nodes, Parent>();
  const stack: Parent[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Parent;
    for (const child of node.children) {
      map.set(child, node);
      if (child.type === "element") stack.push(child);
    }
  }
  return map;
}

/**
 * Every element under a node, in document order (iterative), skipping the
 * subtrees for which `skip` says so.
 *
 * @param node
 *   Start (not included).
 * @param skip
 *   Predicate: leave this element and its subtree out (optional).
 * @returns
 *   The elements.
 */
export function _elements(node: Parent, skip?: (element: Element) => boolean): Element[] {
  const out: Element[] = [];
  const stack: (RootContent | ElementContent)[] = [];
  for (let index = node.children.length - 1; index >= 0; index--) {
    stack.push(node.children[index] as RootContent);
  }
  while (stack.length > 0) {
    const child = stack.pop() as RootContent;
    if (child.type !== "element") continue;
    if (skip?.(child)) continue;
    out.push(child);
    const children = child.tagName === "template" ? [] : child.children;
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push(children[index] as ElementContent);
    }
  }
  return out;
}

/**
 * The text of a node as a reader sees it, white space collapsed, hidden
 * elements (script, style, template…) left out; iterative.
 *
 * @param node
 *   Node.
 * @param skip
 *   Predicate: leave this element out (optional).
 * @param limit
 *   Stop once the text is known to be at least this long (optional): the
 *   text given is then a start of the whole text, at least `limit` long.
 * @returns
 *   Trimmed text.
 */
export function _text(node: Nodes, skip?: (element: Element) => boolean, limit?: number): string {
  if (node.type === "text") return _collapse(node.value);
  // The common case: an element that holds one text.
  if (node.type === "element" && node.children.length === 1 && !_HIDDEN.has(node.tagName)) {
    const only = node.children[0] as ElementContent;
    if (only.type === "text" && !skip?.(node)) return _collapse(only.value);
  }
  let out = "";
  // Raw length at which the text so far is collapsed to see whether it reached `limit`.
  let check = limit ?? Number.POSITIVE_INFINITY;
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const child = stack.pop() as Nodes;
    if (child.type === "text") {
      out += child.value;
      if (out.length >= check) {
        // The collapsed start of a text is never longer than the whole text collapsed.
        const start = _collapse(out);
        if (start.length >= (limit as number)) return start;
        check = out.length * 2;
      }
    } else if (child.type === "element" || child.type === "root") {
      if (child.type === "element") {
        if (_HIDDEN.has(child.tagName) || skip?.(child)) continue;
        if (child.tagName === "br") {
          out += " ";
          continue;
        }
        if (BLOCKISH.has(child.tagName)) {
          out += " ";
          stack.push({ type: "text", value: " " });
        }
      }
      for (let index = child.children.length - 1; index >= 0; index--) {
        stack.push(child.children[index] as Nodes);
      }
    }
  }
  return _collapse(out);
}

/**
 * Whether a node shows any text (what {@link _text} would give is not
 * empty), stopping at the first visible character.
 *
 * @param node
 *   Node.
 * @param skip
 *   Predicate: leave this element out (optional).
 * @returns
 *   Whether it has text.
 */
export function _hasText(node: Nodes, skip?: (element: Element) => boolean): boolean {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const child = stack.pop() as Nodes;
    if (child.type === "text") {
      if (/[^\s\u00a0\u200b\ufeff]/.test(child.value)) return true;
    } else if (child.type === "element" || child.type === "root") {
      if (child.type === "element" && (_HIDDEN.has(child.tagName) || skip?.(child))) continue;
      for (let index = child.children.length - 1; index >= 0; index--) {
        stack.push(child.children[index] as Nodes);
      }
    }
  }
  return false;
}

/**
 * Whether some visible text node under a node matches a pattern (each
 * text node on its own).
 *
 * @param node
 *   Node.
 * @param pattern
 *   Pattern (no `g` flag).
 * @param skip
 *   Predicate: leave this element out (optional).
 * @returns
 *   Whether one matches.
 */
export function _anyText(
  node: Nodes,
  pattern: RegExp,
  skip?: (element: Element) => boolean,
): boolean {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const child = stack.pop() as Nodes;
    if (child.type === "text") {
      if (pattern.test(child.value)) return true;
    } else if (child.type === "element" || child.type === "root") {
      if (child.type === "element" && (_HIDDEN.has(child.tagName) || skip?.(child))) continue;
      for (const grandchild of child.children) stack.push(grandchild as Nodes);
    }
  }
  return false;
}

const BLOCKISH = new Set([
  "p",
  "div",
  "li",
  "td",
  "th",
  "tr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "section",
  "article",
  "header",
  "footer",
  "blockquote",
  "dd",
  "dt",
]);

/**
 * Collapse runs of white space (including no-break spaces) to one space and trim.
 *
 * @param value
 *   Text.
 * @returns
 *   Collapsed text.
 */
export function _collapse(value: string): string {
  return value.replace(/[\s\u00a0\u200b\ufeff]+/g, " ").trim();
}

/**
 * Make a URL absolute against a base, keeping only http(s) URLs.
 *
 * @param value
 *   URL as written.
 * @param base
 *   Base URL (optional).
 * @returns
 *   The absolute URL, or `undefined` (other schemes, relative without base, bad).
 */
export function _absolute(value: string | undefined, base: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  return url.href;
}

/**
 * Describe a value for an error message: `null`, `array`, or its `typeof`.
 *
 * @param value
 *   Any value.
 * @returns
 *   A word for its kind.
 */
export function _kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
