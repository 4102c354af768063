// CSS selectors answered from the page index (_index.ts): each selector is
// parsed once into matchers, its candidates come from the index's lists
// (by id, class or tag), and combinators walk up the parent positions. The
// subset covers what the readers and most site overrides use: type, `*`,
// `.class`, `#id`, attributes (`=`, `~=`, `|=`, `^=`, `$=`, `*=`, `i`),
// `:first-child`, `:last-child`, `:only-child`, `:first-of-type`,
// `:last-of-type`, `:only-of-type`, `:not(…)`, and the four combinators.
// Anything else goes to hast-util-select, which gives the same answers, slower.
import type { Element, Nodes, Root } from "hast";
import * as hastSelect from "hast-util-select";
import type { Parent } from "./_dom.js";
import type { PageIndex } from "./_index.js";

type Test = (element: Element, position: number, index: PageIndex) => boolean;

interface Compound {
  tests: Test[];
  /** The index list that holds every match, when one does. */
  key?: { kind: "byId" | "byClass" | "byTag" | "byAttribute"; value: string } | undefined;
  /** Name of the key's list in an item set's groups (made on first use). */
  group?: string;
}

/** Compounds from right to left; `combinators[i]` joins `compounds[i]` to `compounds[i + 1]`. */
export interface Complex {
  compounds: Compound[];
  combinators: string[];
}

/** A parsed selector list, or `undefined` when it is outside the subset. */
export type Compiled = Complex[] | undefined;

const CACHE = new Map<string, Compiled>();

// Attribute names whose hast property is camel-cased without a dash.
const PROPERTIES: Record<string, string> = {
  class: "className",
  for: "htmlFor",
  "http-equiv": "httpEquiv",
  "accept-charset": "acceptCharset",
  accesskey: "accessKey",
  allowfullscreen: "allowFullScreen",
  autocomplete: "autoComplete",
  autofocus: "autoFocus",
  autoplay: "autoPlay",
  colspan: "colSpan",
  contenteditable: "contentEditable",
  crossorigin: "crossOrigin",
  datetime: "dateTime",
  enctype: "encType",
  formaction: "formAction",
  hreflang: "hrefLang",
  itemid: "itemId",
  itemprop: "itemProp",
  itemref: "itemRef",
  itemscope: "itemScope",
  itemtype: "itemType",
  maxlength: "maxLength",
  minlength: "minLength",
  novalidate: "noValidate",
  readonly: "readOnly",
  referrerpolicy: "referrerPolicy",
  rowspan: "rowSpan",
  srcdoc: "srcDoc",
  srclang: "srcLang",
  srcset: "srcSet",
  tabindex: "tabIndex",
  usemap: "useMap",
};

function _property(name: string): string {
  const known = PROPERTIES[name];
  if (known !== undefined) return known;
  if (/^(?:data|aria)-/.test(name)) {
    return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  }
  return name;
}

function _value(element: Element, property: string, name: string): string | undefined {
  let value = element.properties[property];
  if (value === undefined && property === name && !name.includes("-")) {
    // hast camel-cases some names (`itemProp`, `dateTime`, `srcSet`).
    for (const key in element.properties) {
      // Lower-casing never shortens a key: a longer one cannot be the name.
      if (key.length <= name.length && key.toLowerCase() === name) {
        value = element.properties[key];
        break;
      }
    }
  }
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return name;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.join(" ");
  return String(value);
}

/** Selector text and the place being read. */
interface Reader {
  text: string;
  at: number;
}

function _peek(reader: Reader): string {
  return reader.text[reader.at] ?? "";
}

function _space(reader: Reader): boolean {
  const start = reader.at;
  while (/\s/.test(_peek(reader))) reader.at++;
  return reader.at > start;
}

function _ident(reader: Reader): string | undefined {
  let out = "";
  while (reader.at < reader.text.length) {
    const char = reader.text[reader.at] as string;
    if (char === "\\") {
      const hex = /^[0-9a-fA-F]{1,6}\s?/.exec(reader.text.slice(reader.at + 1, reader.at + 8));
      if (hex !== null) {
        out += String.fromCodePoint(Math.min(Number.parseInt(hex[0].trim(), 16), 0x10ffff));
        reader.at += 1 + hex[0].length;
      } else {
        out += reader.text[reader.at + 1] ?? "";
        reader.at += 2;
      }
    } else if (/[\w-]/.test(char) || char.charCodeAt(0) >= 0xa0) {
      out += char;
      reader.at++;
    } else break;
  }
  return out === "" || /^-?\d/.test(out) ? undefined : out;
}

function _string(reader: Reader): string | undefined {
  const quote = _peek(reader);
  if (quote !== '"' && quote !== "'") return _ident(reader);
  let out = "";
  reader.at++;
  while (reader.at < reader.text.length && _peek(reader) !== quote) {
    if (_peek(reader) === "\\") reader.at++;
    out += _peek(reader);
    reader.at++;
  }
  if (_peek(reader) !== quote) return undefined;
  reader.at++;
  return out;
}

function _attributeTest(reader: Reader, keys: string[]): Test | undefined {
  _space(reader);
  const name = _ident(reader)?.toLowerCase();
  if (name === undefined) return undefined;
  const property = _property(name);
  // Names hast spells otherwise are not in the attribute lists.
  if (property !== name || PROPERTIES[name] !== undefined || name.includes("-"))
    keys.push(property);
  _space(reader);
  if (_peek(reader) === "]") {
    reader.at++;
    return (element) => _value(element, property, name) !== undefined;
  }
  const operator = /^(?:[~|^$*]?=)/.exec(reader.text.slice(reader.at))?.[0];
  if (operator === undefined) return undefined;
  reader.at += operator.length;
  _space(reader);
  let key = _string(reader);
  if (key === undefined) return undefined;
  _space(reader);
  let fold = false;
  if (/^[iIsS]$/.test(_peek(reader))) {
    fold = _peek(reader).toLowerCase() === "i";
    reader.at++;
    _space(reader);
  }
  if (_peek(reader) !== "]") return undefined;
  reader.at++;
  if (fold) key = key.toLowerCase();
  const wanted = key;
  return (element) => {
    let value = _value(element, property, name);
    if (value === undefined) return false;
    if (fold) value = value.toLowerCase();
    switch (operator) {
      case "=":
        return value === wanted;
      case "^=":
        return wanted === value.slice(0, wanted.length);
      case "$=":
        return wanted === value.slice(-wanted.length);
      case "*=":
        return value.includes(wanted);
      case "|=":
        return value === wanted || value.startsWith(`${wanted}-`);
      default:
        return value === wanted || value.split(/[ \t\n\f\r]+/).includes(wanted);
    }
  };
}

function _siblings(element: Element, position: number, index: PageIndex): Element[] {
  const up = index.up[position] as number;
  const parent = up < 0 ? index.root : (index.order[up] as Element);
  const out: Element[] = [];
  for (const child of parent.children) if (child.type === "element") out.push(child);
  return out.length === 0 ? [element] : out;
}

const STRUCTURAL: Record<string, Test> = {
  "first-child": (element, position, index) => _siblings(element, position, index)[0] === element,
  "last-child": (element, position, index) =>
    _siblings(element, position, index).at(-1) === element,
  "only-child": (element, position, index) => _siblings(element, position, index).length === 1,
  "first-of-type": (element, position, index) =>
    _siblings(element, position, index).find((child) => child.tagName === element.tagName) ===
    element,
  "last-of-type": (element, position, index) =>
    _siblings(element, position, index).findLast((child) => child.tagName === element.tagName) ===
    element,
  "only-of-type": (element, position, index) =>
    _siblings(element, position, index).filter((child) => child.tagName === element.tagName)
      .length === 1,
};

function _compound(reader: Reader): Compound | undefined {
  const tests: Test[] = [];
  let key: Compound["key"];
  const attributes: string[] = [];
  const start = reader.at;
  if (_peek(reader) === "*") reader.at++;
  else {
    const tag = _ident(reader);
    if (tag !== undefined) {
      const name = tag.toLowerCase();
      tests.push((element) => element.tagName === name);
      key = { kind: "byTag", value: name };
    }
  }
  for (;;) {
    const char = _peek(reader);
    if (char === ".") {
      reader.at++;
      const name = _ident(reader);
      if (name === undefined) return undefined;
      tests.push((element) => {
        const value = element.properties.className;
        return Array.isArray(value) ? value.includes(name) : value === name;
      });
      if (key?.kind !== "byId") key = { kind: "byClass", value: name };
    } else if (char === "#") {
      reader.at++;
      const name = _ident(reader);
      if (name === undefined) return undefined;
      tests.push((element) => element.properties.id === name);
      key = { kind: "byId", value: name };
    } else if (char === "[") {
      reader.at++;
      const test = _attributeTest(reader, attributes);
      if (test === undefined) return undefined;
      tests.push(test);
    } else if (char === ":") {
      reader.at++;
      const name = _ident(reader)?.toLowerCase();
      if (name === undefined) return undefined;
      if (name === "not" && _peek(reader) === "(") {
        reader.at++;
        const inner = _list(reader, ")");
        if (inner === undefined || _peek(reader) !== ")") return undefined;
        reader.at++;
        // Only compounds inside :not(), as in CSS Selectors 3 and 4's simple use.
        if (inner.some((complex) => complex.compounds.length !== 1)) return undefined;
        tests.push(
          (element, position, index) =>
            !inner.some((complex) =>
              (complex.compounds[0] as Compound).tests.every((test) =>
                test(element, position, index),
              ),
            ),
        );
      } else {
        const test = STRUCTURAL[name];
        if (test === undefined) return undefined;
        tests.push(test);
      }
    } else break;
  }
  if (reader.at === start) return undefined;
  const attribute = attributes[0];
  if (key === undefined && attribute !== undefined) key = { kind: "byAttribute", value: attribute };
  return { tests, key };
}

function _list(reader: Reader, stop: string): Complex[] | undefined {
  const list: Complex[] = [];
  for (;;) {
    _space(reader);
    const compounds: Compound[] = [];
    const combinators: string[] = [];
    for (;;) {
      const compound = _compound(reader);
      if (compound === undefined) return undefined;
      compounds.unshift(compound);
      const spaced = _space(reader);
      const char = _peek(reader);
      if (char === ">" || char === "+" || char === "~") {
        reader.at++;
        _space(reader);
        combinators.unshift(char);
      } else if (char === "," || char === stop) break;
      else if (spaced) combinators.unshift(" ");
      else return undefined;
    }
    list.push({ compounds, combinators });
    if (_peek(reader) === stop) return list;
    reader.at++;
  }
}

/**
 * Parse a selector list into matchers (cached by its text).
 *
 * @param selector
 *   CSS selector list.
 * @returns
 *   The matchers, or `undefined` when the selector is outside the subset.
 */
export function _compile(selector: string): Compiled {
  if (CACHE.has(selector)) return CACHE.get(selector);
  const reader: Reader = { text: selector, at: 0 };
  let compiled = _list(reader, "");
  if (reader.at < selector.length) compiled = undefined;
  CACHE.set(selector, compiled);
  return compiled;
}

function _compoundMatches(
  compound: Compound,
  element: Element,
  position: number,
  index: PageIndex,
): boolean {
  for (const test of compound.tests) if (!test(element, position, index)) return false;
  return true;
}

/**
 * Whether the element at `position` matches `complex` from compound `at`
 * leftwards, its ancestors looked at down to `top` (a position; `-1` for
 * the whole page). `memo` remembers the descendant searches.
 */
function _matchFrom(
  complex: Complex,
  at: number,
  position: number,
  index: PageIndex,
  top: number,
  memo: Map<number, boolean>[],
): boolean {
  const element = index.order[position] as Element;
  if (!_compoundMatches(complex.compounds[at] as Compound, element, position, index)) return false;
  if (at === complex.compounds.length - 1) return true;
  const combinator = complex.combinators[at] as string;
  const next = at + 1;
  if (combinator === ">" || combinator === " ") {
    if (position === top) return false;
    let up = index.up[position] as number;
    if (combinator === ">") return up >= 0 && _matchFrom(complex, next, up, index, top, memo);
    // Some ancestor matches the rest: remembered per (compound, ancestor).
    let seen = memo[next];
    if (seen === undefined) {
      seen = new Map();
      memo[next] = seen;
    }
    const walked: number[] = [];
    let found = false;
    while (up >= 0) {
      const known = seen.get(up);
      if (known !== undefined) {
        found = known;
        break;
      }
      walked.push(up);
      if (_matchFrom(complex, next, up, index, top, memo)) {
        found = true;
        break;
      }
      if (up === top) break;
      up = index.up[up] as number;
    }
    // An ancestor that matched means every walked one below it has a match above.
    for (const step of walked) seen.set(step, found);
    return found;
  }
  if (position === top) return false;
  // Sibling combinators.
  const up = index.up[position] as number;
  const parent = up < 0 ? index.root : (index.order[up] as Element);
  const siblings = parent.children;
  let place = siblings.indexOf(element);
  while (--place >= 0) {
    const sibling = siblings[place] as Nodes;
    if (sibling.type !== "element") continue;
    const at2 = index.pos.get(sibling);
    if (at2 === undefined) continue;
    if (_matchFrom(complex, next, at2, index, top, memo)) return true;
    if (combinator === "+") return false;
  }
  return false;
}

/** The memo of a descendant search is only valid within one query (one `top`). */
function _memo(): Map<number, boolean>[] {
  return [];
}

/** The index list of a key. */
function _keyList(index: PageIndex, key: NonNullable<Compound["key"]>): readonly number[] {
  return index[key.kind].get(key.value) ?? NONE;
}

const NONE: readonly number[] = [];

/** Per page, the complex selectors one of whose compounds has no element at all. */
const HOPELESS = new WeakMap<PageIndex, Map<Complex, boolean>>();

function _candidates(complex: Complex, index: PageIndex): readonly number[] | undefined {
  // A compound whose list is empty matches nothing: neither does the whole.
  let known = HOPELESS.get(index);
  if (known === undefined) {
    known = new Map();
    HOPELESS.set(index, known);
  }
  let hopeless = known.get(complex);
  if (hopeless === undefined) {
    hopeless = complex.compounds.some(
      (compound) => compound.key !== undefined && _keyList(index, compound.key).length === 0,
    );
    known.set(complex, hopeless);
  }
  if (hopeless) return [];
  const key = (complex.compounds[0] as Compound).key;
  if (key === undefined) return undefined;
  return _keyList(index, key);
}

/** First position in a sorted list at or after `from`. */
function _lowerBound(list: readonly number[], from: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] as number) < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Select the elements of a subtree matching a compiled selector list, in
 * document order.
 *
 * @param compiled
 *   Selector list.
 * @param index
 *   Page index.
 * @param scope
 *   Root of the search (the page, or an element: included itself).
 * @returns
 *   Positions of the matches, ascending.
 */
export function _queryCompiled(
  compiled: Complex[],
  index: PageIndex,
  scope: Root | Element,
): number[] {
  const top = scope.type === "root" ? -1 : (index.pos.get(scope) as number);
  const from = Math.max(top, 0);
  const to = top < 0 ? index.order.length : (index.end[top] as number);
  const found = new Set<number>();
  for (const complex of compiled) {
    const memo = _memo();
    const candidates = _candidates(complex, index);
    if (candidates === undefined) {
      for (let position = from; position < to; position++) {
        if (_matchFrom(complex, 0, position, index, top, memo)) found.add(position);
      }
      continue;
    }
    for (let at = _lowerBound(candidates, from); at < candidates.length; at++) {
      const position = candidates[at] as number;
      if (position >= to) break;
      if (_matchFrom(complex, 0, position, index, top, memo)) found.add(position);
    }
  }
  const out = [...found];
  if (compiled.length > 1) out.sort((left, right) => left - right);
  return out;
}

/**
 * Whether an element matches a compiled selector list, its ancestors looked
 * at down to `top` (a position, `-1` for the whole page).
 *
 * @param compiled
 *   Selector list.
 * @param index
 *   Page index.
 * @param position
 *   The element's position.
 * @param top
 *   Highest ancestor position to look at.
 * @returns
 *   Whether it matches.
 */
export function _matchesCompiled(
  compiled: Complex[],
  index: PageIndex,
  position: number,
  top: number,
): boolean {
  for (const complex of compiled) {
    if (_matchFrom(complex, 0, position, index, top, _memo())) return true;
  }
  return false;
}

/**
 * Select every element of a subtree matching a selector, in document order,
 * like hast-util-select's `selectAll` (the scope itself included).
 *
 * @param selector
 *   CSS selector list.
 * @param scope
 *   The page or an element of it.
 * @param index
 *   The page's index.
 * @returns
 *   The elements.
 */
export function _selectAll(selector: string, scope: Root | Element, index: PageIndex): Element[] {
  const compiled = _compile(selector);
  if (compiled === undefined || (scope.type === "element" && !index.pos.has(scope))) {
    return hastSelect.selectAll(selector, scope);
  }
  return _queryCompiled(compiled, index, scope).map((position) => index.order[position] as Element);
}

/**
 * Whether an element matches a selector on its own (no ancestors), like
 * hast-util-select's `matches`.
 *
 * @param selector
 *   CSS selector list.
 * @param element
 *   Element of the indexed page.
 * @param index
 *   The page's index.
 * @returns
 *   Whether it matches.
 */
export function _matches(selector: string, element: Element, index: PageIndex): boolean {
  const compiled = _compile(selector);
  const position = index.pos.get(element);
  if (compiled === undefined || position === undefined) {
    return hastSelect.matches(selector, element);
  }
  return _matchesCompiled(compiled, index, position, position);
}

let current: PageIndex | undefined;

/**
 * Run `work` with `index` as the page that {@link selectAll} answers from.
 *
 * @param index
 *   The page's index.
 * @param work
 *   The reading of the page.
 * @returns
 *   What `work` returns.
 */
export function _withIndex<T>(index: PageIndex, work: () => T): T {
  const before = current;
  current = index;
  try {
    return work();
  } finally {
    current = before;
  }
}

/**
 * Select every element matching a selector, like hast-util-select's
 * `selectAll(selector, tree)` (same answers): from the index of the page
 * being read when `tree` is in it, else through hast-util-select.
 *
 * @param selector
 *   CSS selector list.
 * @param tree
 *   The page or an element of it.
 * @returns
 *   The elements, in document order.
 */
export function selectAll(selector: string, tree: Parent | Nodes): Element[] {
  if (
    current !== undefined &&
    (tree === current.root || (tree.type === "element" && current.pos.has(tree)))
  ) {
    return _selectAll(selector, tree as Root | Element, current);
  }
  return hastSelect.selectAll(selector, tree);
}

/** Which item owns each element: the item's own content, nested items and hidden elements cut off. */
export interface Owned {
  /** Position of the owning item per element, `-1` for none. */
  owner: Int32Array;
  /** Per index list (`byClass:fn`, `*`): positions grouped by owner. */
  groups: Map<string, Map<number, number[]>>;
}

/**
 * Find, in one pass, which item owns each element: the nearest item at or
 * above it, unless a hidden element (script, template, noscript…) is between.
 *
 * @param index
 *   Page index.
 * @param items
 *   Positions of the items.
 * @returns
 *   The owners.
 */
export function _owned(index: PageIndex, items: Iterable<number>): Owned {
  const owner = new Int32Array(index.order.length);
  const isItem = new Uint8Array(index.order.length);
  for (const item of items) isItem[item] = 1;
  const { up, order, hiddenTag } = index;
  for (let position = 0; position < owner.length; position++) {
    const parent = up[position] as number;
    if (isItem[position] === 1) owner[position] = position;
    else if (parent < 0 || hiddenTag[position] === 1) owner[position] = -1;
    else owner[position] = owner[parent] as number;
  }
  // A `dt` item owns the `dd`s that follow it, up to the next `dt`: in a
  // description list the details belong to the term before them (old
  // Blogger's `dl#comments-block`: the author in the dt, body and date in dds).
  for (const item of items) {
    const element = order[item] as Element;
    if (element.tagName !== "dt") continue;
    const parent = up[item] as number;
    const siblings = parent < 0 ? index.root.children : (order[parent] as Element).children;
    let after = false;
    for (const sibling of siblings) {
      if (sibling === element) after = true;
      else if (after && sibling.type === "element") {
        if (sibling.tagName === "dt") break;
        const start = index.pos.get(sibling);
        if (sibling.tagName !== "dd" || start === undefined || isItem[start] === 1) continue;
        for (let position = start; position < (index.end[start] as number); position++) {
          if (isItem[position] === 1) owner[position] = position;
          else if (hiddenTag[position] === 1) owner[position] = -1;
          else
            owner[position] = position === start ? item : (owner[up[position] as number] as number);
        }
      }
    }
  }
  return { owner, groups: new Map() };
}

function _group(index: PageIndex, owned: Owned, compound: Compound): Map<number, number[]> {
  compound.group ??=
    compound.key === undefined ? "*" : `${compound.key.kind}:${compound.key.value}`;
  const name = compound.group;
  let group = owned.groups.get(name);
  if (group !== undefined) return group;
  group = new Map();
  const add = (position: number): void => {
    const owner = owned.owner[position] as number;
    if (owner < 0) return;
    const list = (group as Map<number, number[]>).get(owner);
    if (list === undefined) (group as Map<number, number[]>).set(owner, [position]);
    else list.push(position);
  };
  if (compound.key === undefined) {
    for (let position = 0; position < index.order.length; position++) add(position);
  } else {
    for (const position of _keyList(index, compound.key)) add(position);
  }
  owned.groups.set(name, group);
  return group;
}

/**
 * Select, in an item's own content, the elements matching a compiled
 * selector list (ancestors looked at up to the item): each element of the
 * page is grouped once per index list, so deep threads stay linear.
 *
 * @param compiled
 *   Selector list.
 * @param index
 *   Page index.
 * @param item
 *   The item's position.
 * @param owned
 *   Owners of the item set.
 * @returns
 *   Positions, ascending.
 */
export function _selectOwned(
  compiled: Complex[],
  index: PageIndex,
  item: number,
  owned: Owned,
): number[] {
  const found: number[] = [];
  for (const complex of compiled) {
    if (_candidates(complex, index)?.length === 0) continue;
    const candidates = _group(index, owned, complex.compounds[0] as Compound).get(item);
    if (candidates === undefined) continue;
    const memo = _memo();
    for (const position of candidates) {
      if (_matchFrom(complex, 0, position, index, item, memo)) found.push(position);
    }
  }
  if (compiled.length > 1 && found.length > 1) {
    found.sort((left, right) => left - right);
    return found.filter((position, at) => at === 0 || found[at - 1] !== position);
  }
  return found;
}
