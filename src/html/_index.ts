// One walk of the page: every element in document order, its parent, the
// end of its subtree, and lists by tag, class, id and attribute; its visible
// text size is counted on demand (most of a page's text is never asked about).
// The selectors (_select.ts) and the length checks of the readers answer
// from it, so that no part of the reader walks the whole page again. The
// walk also checks a tree given by the caller (a hast Root from rehype, or a
// DOM converted to hast): a node of the wrong shape is an ArticleError.
import type { Element, Nodes, Root } from "hast";
import { ArticleError, type Path } from "../error.js";
import { _isTrimSpace } from "../schema/_checks.js";
import { _HIDDEN, type _ParentOf, type Parent } from "./_dom.js";

/** The page, indexed. */
export interface PageIndex {
  /** The tree. */
  root: Root;
  /** Elements in document order (template contents left out). */
  order: Element[];
  /** Position of each element in `order`. */
  pos: Map<Element, number>;
  /** Position just after the last element of each element's subtree. */
  end: Int32Array;
  /** Position of each element's parent element, `-1` under the root. */
  up: Int32Array;
  /** Parent of every element (from `pos` and `up`: no map of its own). */
  parents: _ParentOf;
  /** Positions by tag name. */
  byTag: Map<string, number[]>;
  /** Positions by class name. */
  byClass: Map<string, number[]>;
  /** Positions by id. */
  byId: Map<string, number[]>;
  /** Positions by hast property name. */
  byAttribute: Map<string, number[]>;
  /** 1 for an element that is hidden or inside a hidden one (script, template…). */
  hidden: Uint8Array;
  /** 1 for an element whose own tag is hidden (`_HIDDEN`): answered without reading the element. */
  hiddenTag: Uint8Array;
  /**
   * Characters of visible text that are not white space, per element
   * (script, style, template, noscript, svg, math and head count 0): a
   * cheap bound of `_text(element).length` (it is at least this). Counted
   * on demand (most of a page's text is never asked about): read it
   * through {@link _visible} or {@link _visibleUpTo}, valid where `known`.
   */
  visible: Int32Array;
  /** The same count for the element's own text children only (valid where `known`). */
  direct: Int32Array;
  /** 1 where `visible` and `direct` are counted. */
  known: Uint8Array;
  /** Per element, the counts of its counted children so far. */
  sums: Int32Array;
}

/** Subtrees of more elements than this are counted whole (and remembered) rather than up to a bound. */
export const SMALL = 64;

/** Runs of characters that are not white space (`\s` or U+200B). */
const NON_SPACE = /[^\s\u200b]+/g;

/**
 * Characters of a text that are not white space (`\s` or U+200B): its
 * length less that of its white space alone (a native scan, faster than a
 * loop over the code units of the parser's concatenated strings).
 */
function _nonSpace(value: string): number {
  return value.length - value.replace(NON_SPACE, "").length;
}

/** {@link _nonSpace}, or any number above `limit` once it is known to be above (long texts are not read through). */
function _nonSpaceUpTo(value: string, limit: number): number {
  // Whether there is any: one native test.
  if (limit === 0) return ANY.test(value) ? 1 : 0;
  if (value.length <= limit + 64) return _nonSpace(value);
  let count = 0;
  for (let index = 0; index < value.length && count <= limit; index++) {
    const code = value.charCodeAt(index);
    if ((code > 32 && code < 0x80) || !_isSpace(code)) count++;
  }
  return count;
}

/** A character that is not white space (`\s` or U+200B). */
const ANY = /[^\s\u200b]/;

/** Whether a UTF-16 code unit is `\s` or U+200B. */
function _isSpace(code: number): boolean {
  return code === 0x200b || _isTrimSpace(code);
}

/**
 * The visible non-space characters of the element at `position` (see
 * `PageIndex.visible`), counted once for its whole subtree and remembered:
 * linear over any sequence of calls.
 *
 * @param index
 *   Page index.
 * @param position
 *   The element's position.
 * @returns
 *   The count.
 */
export function _visible(index: PageIndex, position: number): number {
  const { known, visible } = index;
  if (known[position] === 1) return visible[position] as number;
  const { order, end, up, hiddenTag, direct, sums } = index;
  // The elements not counted yet, parents before children (counted subtrees skipped)…
  const pending: number[] = [];
  const stop = end[position] as number;
  for (let at = position; at < stop; ) {
    if (known[at] === 1) at = end[at] as number;
    else pending.push(at++);
  }
  // …then counted children first, each adding its count to its parent's.
  for (let next = pending.length - 1; next >= 0; next--) {
    const at = pending[next] as number;
    let own = 0;
    if (hiddenTag[at] === 0) {
      for (const child of (order[at] as Element).children) {
        if (child.type === "text") own += _nonSpace(child.value);
      }
    }
    direct[at] = own;
    const total = hiddenTag[at] === 1 ? 0 : own + (sums[at] as number);
    visible[at] = total;
    known[at] = 1;
    const parent = up[at] as number;
    if (parent >= 0) sums[parent] = (sums[parent] as number) + total;
  }
  return visible[position] as number;
}

/**
 * {@link _visible} when it is at most `cap`; else any number above `cap`
 * (a small subtree is then read only until its count passes the cap).
 *
 * @param index
 *   Page index.
 * @param position
 *   The element's position.
 * @param cap
 *   The largest count that must be exact.
 * @returns
 *   The count, or a number above `cap`.
 */
export function _visibleUpTo(index: PageIndex, position: number, cap: number): number {
  const { known, visible, end, hiddenTag, order } = index;
  if (known[position] === 1) return visible[position] as number;
  const stop = end[position] as number;
  if (stop - position > SMALL) return _visible(index, position);
  if (hiddenTag[position] === 1) return 0;
  let count = 0;
  for (let at = position; at < stop; at++) {
    if (known[at] === 1) {
      count += visible[at] as number;
      at = (end[at] as number) - 1;
    } else if (hiddenTag[at] === 1) {
      at = (end[at] as number) - 1;
      continue;
    } else {
      for (const child of (order[at] as Element).children) {
        if (child.type === "text") count += _nonSpaceUpTo(child.value, cap - count);
        if (count > cap) return count;
      }
    }
    if (count > cap) return count;
  }
  return count;
}

function _invalid(message: string, path: Path, code: "invalid_type" | "invalid_value"): never {
  throw new ArticleError([{ code, message, path }]);
}

function _add(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [position]);
  else list.push(position);
}

/** The path of a node under the parent at `up` (`-1`: the root), for an error. */
function _pathOf(
  node: Nodes | undefined,
  up: number,
  order: Element[],
  parents: _ParentOf,
  root: Root,
): Path {
  const path: Path = [];
  let parent: Parent = up < 0 ? root : (order[up] as Element);
  if (node !== undefined) path.push("children", (parent.children as Nodes[]).indexOf(node));
  let current: Parent = parent;
  while (current !== root) {
    parent = parents.get(current) as Parent;
    path.unshift("children", (parent.children as Nodes[]).indexOf(current));
    current = parent;
  }
  return path;
}

/**
 * Per element, its visible non-space characters without those of the
 * given items nested in it (the items themselves keep their own), in one
 * pass.
 *
 * @param index
 *   Page index.
 * @param items
 *   Positions of the items.
 * @returns
 *   The counts, by position.
 */
export function _ownVisible(index: PageIndex, items: ReadonlySet<number>): Int32Array {
  // Every element's own count is needed: count the whole page.
  for (let position = 0; position < index.order.length; position = index.end[position] as number) {
    _visible(index, position);
  }
  const out = Int32Array.from(index.direct);
  for (let position = index.order.length - 1; position >= 0; position--) {
    const up = index.up[position] as number;
    if (index.hiddenTag[position] === 1) out[position] = 0;
    else if (up >= 0 && !items.has(position))
      out[up] = (out[up] as number) + (out[position] as number);
  }
  return out;
}

/**
 * {@link _ownVisible} of one element with the count of a subtree inside it
 * taken off, when it is at most `cap` (else any number above `cap`), read
 * from the element's own subtree only: for small subtrees.
 *
 * @param index
 *   Page index.
 * @param position
 *   The element's position.
 * @param items
 *   Positions of the items.
 * @param without
 *   Position of an element inside whose count is taken off (`-1`: none).
 * @param cap
 *   The largest count that must be exact.
 * @returns
 *   The count, or a number above `cap`.
 */
export function _ownVisibleUpTo(
  index: PageIndex,
  position: number,
  items: ReadonlySet<number>,
  without: number,
  cap: number,
): number {
  const { end, hiddenTag, order } = index;
  const stop = end[position] as number;
  let count = 0;
  for (let at = position; at < stop; at++) {
    if (hiddenTag[at] === 1 || at === without || (at !== position && items.has(at))) {
      at = (end[at] as number) - 1;
      continue;
    }
    for (const child of (order[at] as Element).children) {
      if (child.type !== "text") continue;
      count += _nonSpaceUpTo(child.value, cap - count);
      if (count > cap) return count;
    }
  }
  return count;
}

/**
 * Index a page (iterative: any depth).
 *
 * @param root
 *   The tree.
 * @returns
 *   The index.
 * @throws {ArticleError}
 *   `invalid_type` or `invalid_value` at the bad node's path when the tree is
 *   not hast (a node without a known `type`, an element without `tagName`,
 *   `properties` or `children`, a text without `value`, a node twice).
 */
export function _indexTree(root: Root): PageIndex {
  const order: Element[] = [];
  const pos = new Map<Element, number>();
  // Per element, in typed arrays grown by doubling (no boxed numbers, no
  // copies at the end): parent position, subtree end, visible and direct
  // text counts, and 1 when its tag is hidden (_HIDDEN) | 2 when it or an
  // ancestor is.
  let capacity = 1024;
  let ups = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let flags = new Uint8Array(capacity);
  // The parent of an element from its position.
  const parents: _ParentOf = {
    get(node: Nodes): Parent | undefined {
      const position = pos.get(node as Element);
      if (position === undefined) return undefined;
      const parent = ups[position] as number;
      return parent < 0 ? root : (order[parent] as Element);
    },
  };
  const byTag = new Map<string, number[]>();
  const byClass = new Map<string, number[]>();
  const byId = new Map<string, number[]>();
  const byAttribute = new Map<string, number[]>();
  // Depth-first: [node, parent position]; a number in place of the node marks the end of an element.
  const stack: (Nodes | number)[] = [];
  const pushChildren = (parent: Parent, position: number): void => {
    const children = (parent as { children?: unknown }).children;
    if (!Array.isArray(children)) {
      _invalid(
        `Expected \`children\` to be an array, found ${children === null ? "null" : typeof children}`,
        [..._pathOf(undefined, position, order, parents, root), "children"],
        "invalid_type",
      );
    }
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index] as Nodes;
      if (typeof child !== "object" || child === null) {
        _invalid(
          `Expected a hast node, found ${child === null ? "null" : typeof child}`,
          [..._pathOf(undefined, position, order, parents, root), "children", index],
          "invalid_type",
        );
      }
      stack.push(child, position);
    }
  };
  pushChildren(root, -1);
  while (stack.length > 0) {
    const parentPosition = stack.pop() as number;
    const node = stack.pop() as Nodes | number;
    if (typeof node === "number") {
      // End of the element at position `parentPosition`.
      ends[parentPosition] = order.length;
      continue;
    }
    const type = (node as { type?: unknown }).type;
    if (type === "text" || type === "comment") {
      const value = (node as { value?: unknown }).value;
      if (typeof value !== "string") {
        _invalid(
          `Expected the \`value\` of a ${type} node to be a string`,
          [..._pathOf(node, parentPosition, order, parents, root), "value"],
          "invalid_type",
        );
      }
      continue;
    }
    if (type === "doctype" || type === "raw") continue;
    if (type !== "element") {
      _invalid(
        `Expected a hast node (element, text, comment or doctype), found a node of type ${JSON.stringify(type) ?? String(type)}`,
        [..._pathOf(node, parentPosition, order, parents, root), "type"],
        "invalid_value",
      );
    }
    const element = node as Element;
    if (
      typeof element.tagName !== "string" ||
      typeof element.properties !== "object" ||
      element.properties === null
    ) {
      _invalid(
        "Expected an element with a string `tagName` and a `properties` object",
        _pathOf(node, parentPosition, order, parents, root),
        "invalid_type",
      );
    }
    const position = order.length;
    // One map operation: a size that does not grow means the element was there.
    const known = pos.size;
    pos.set(element, position);
    if (pos.size === known) {
      pos.set(element, order.indexOf(element));
      _invalid(
        "An element appears twice in the tree (a cycle or a shared node)",
        _pathOf(node, parentPosition, order, parents, root),
        "invalid_value",
      );
    }
    if (position === capacity) {
      capacity *= 2;
      ups = _grow32(ups, capacity);
      ends = _grow32(ends, capacity);
      const more = new Uint8Array(capacity);
      more.set(flags);
      flags = more;
    }
    order.push(element);
    ups[position] = parentPosition;
    ends[position] = position + 1;
    const tagHidden = _HIDDEN.has(element.tagName) ? 1 : 0;
    flags[position] =
      tagHidden === 1 || (parentPosition >= 0 && ((flags[parentPosition] as number) & 2) === 2)
        ? tagHidden | 2
        : 0;
    _add(byTag, element.tagName, position);
    const { properties } = element;
    for (const name in properties) _add(byAttribute, name, position);
    const { className, id } = properties;
    if (Array.isArray(className)) {
      for (const name of className) _add(byClass, String(name), position);
    } else if (typeof className === "string") {
      for (const name of className.split(/\s+/)) if (name !== "") _add(byClass, name, position);
    }
    if (id !== undefined && id !== null) _add(byId, String(id), position);
    stack.push(position, position);
    // Nothing inside a template is read (parse5 keeps it in `content`).
    if (element.tagName !== "template") pushChildren(element, position);
  }
  const count = order.length;
  const up = ups.subarray(0, count);
  ups = up;
  const hidden = new Uint8Array(count);
  const hiddenTag = new Uint8Array(count);
  for (let position = 0; position < count; position++) {
    hidden[position] = (flags[position] as number) >> 1;
    hiddenTag[position] = (flags[position] as number) & 1;
  }
  return {
    hidden,
    hiddenTag,
    direct: new Int32Array(count),
    known: new Uint8Array(count),
    sums: new Int32Array(count),
    root,
    order,
    pos,
    end: ends.subarray(0, count),
    up: ups,
    parents,
    byTag,
    byClass,
    byId,
    byAttribute,
    visible: new Int32Array(count),
  };
}

function _grow32(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(array);
  return out;
}
