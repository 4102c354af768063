// The comment reader: find the comment items of the page (a platform from
// platforms.ts, else the generic fallback), then read each item's author,
// date, body, status and score, and its parent from the DOM nesting.
import type { Element, Root } from "hast";
import { selectAll } from "hast-util-select";
import { _detach } from "../../_string.js";
import { _message } from "../../message.js";
import type { Block } from "../../schema/block.js";
import type { Comment } from "../../schema/comment.js";
import type { Person } from "../../schema/person.js";
import type { Now } from "../../text/_dates.js";
import type { Vocabulary } from "../../text/vocabulary.js";
import {
  _absolute,
  _anyText,
  _attr,
  _classId,
  _elements,
  _HIDDEN,
  _hasText,
  _isElement,
  type _ParentOf,
  _text,
  type Parent,
} from "../_dom.js";
import { _ownVisible, _ownVisibleUpTo, _visibleUpTo, type PageIndex, SMALL } from "../_index.js";
import { _compile, _matches, _owned, _selectAll, _selectOwned, type Owned } from "../_select.js";
import { _toBlocks, type FlowItem } from "../blocks/index.js";
import type { HtmlMessage, HtmlSelectors } from "../types.js";
import { _readDate, _shownDate } from "./_dates.js";
import { _chromeClasses, _isChromeText } from "./chrome.js";
import { _authorLike, _genericItems } from "./generic.js";
import { COMMON, PLATFORMS, type Platform, STRIP_CLASSES } from "./platforms.js";

/** Visible characters above which an element is not read as a shown date. */
const DATE_BOUND = 60;

/** Items per platform looked at to choose the platform. */
const SAMPLE = 24;

/** What the comment reader needs from the page reader. */
export interface CommentContext {
  tree: Root;
  index: PageIndex;
  parents: _ParentOf;
  base: string | undefined;
  vocabulary: Vocabulary;
  now: Now | undefined;
  messages: HtmlMessage[];
  selectors: HtmlSelectors;
}

/** What the comment reader found. */
export interface CommentsRead {
  comments: Comment[];
  /** The comment items (the content reader leaves them out). */
  items: Set<Element>;
  /** The platform that matched, or `undefined`. */
  platform: string | undefined;
  /** On forum threads, the body of the opening post: the article. */
  article?: Element | undefined;
}

const MODERATION =
  /awaiting moderation|en attente de mod[ée]ration|attend (?:sa )?mod[ée]ration|wartet auf (?:die )?freischaltung|moderation wartet|pendiente de moderaci[óo]n|en espera de moderaci[óo]n/i;

/** A word of {@link MODERATION}, looked for in each text node before the whole text is read. */
const MODERATION_WORD = /mod[ée]ra|freischaltung/i;

const AUTHOR_TAIL =
  /\s*(?:(?:on|le|am|el)\s+.{4,60}?\s+)?(?:says|said|wrote|dit|a dit|a écrit|sagt|schrieb|meint|dijo|escribi[óo]|comment[ée])\s*(?::|…|\.\.\.|,)?\s*$/i;

/**
 * Clean an author line: keep the name ("Jane says:" → "Jane").
 *
 * @param text
 *   The author element's text.
 * @returns
 *   The name.
 */
export function _authorName(text: string): string {
  let name = text.replace(AUTHOR_TAIL, "");
  name = name.replace(/^(?:by|par|von|por)\s+/i, "");
  let before = "";
  while (before !== name) {
    before = name;
    name = name.replace(/[\s,:;|–—-]+$/, "").replace(/\s+(?:on|at|le|à|am|um|el|the)$/i, "");
  }
  return name.trim();
}

interface Found {
  platform: Platform;
  items: Element[];
  score: number;
}

function _scope(context: CommentContext): Parent[] {
  const selector = context.selectors.comments;
  if (selector === undefined) return [context.tree];
  return _selectAll(selector, context.tree, context.index);
}

function _select(selector: string, scopes: Parent[], index: PageIndex): Element[] {
  const seen = new Set<Element>();
  const out: Element[] = [];
  for (const scope of scopes) {
    for (const element of _selectAll(selector, scope, index)) {
      if (!seen.has(element)) {
        seen.add(element);
        out.push(element);
      }
    }
  }
  return out;
}

/** An item's own subtree (nested items cut off), as a copy to run selectors on. */
interface OwnTree {
  root: Root;
  original: Map<Element, Element>;
}

const OWN_TREES = new WeakMap<Set<Element>, Map<Element, OwnTree>>();

/**
 * Copy an item's subtree without the items nested in it, so that selectors
 * run on the item's own content only: each element is copied once per item
 * set, which keeps deep threads linear.
 */
function _ownTree(item: Element, items: Set<Element>): OwnTree {
  let byItem = OWN_TREES.get(items);
  if (byItem === undefined) {
    byItem = new Map();
    OWN_TREES.set(items, byItem);
  }
  const cached = byItem.get(item);
  if (cached !== undefined) return cached;
  const original = new Map<Element, Element>();
  const copy = (element: Element): Element => {
    const clone: Element = { ...element, children: [] };
    original.set(clone, element);
    return clone;
  };
  const top = copy(item);
  const stack: [Element, Element][] = [[item, top]];
  while (stack.length > 0) {
    const [source, target] = stack.pop() as [Element, Element];
    for (const child of source.children) {
      if (child.type !== "element") {
        target.children.push(child);
        continue;
      }
      if (items.has(child) || _HIDDEN.has(child.tagName)) continue;
      const clone = copy(child);
      target.children.push(clone);
      stack.push([child, clone]);
    }
  }
  const tree: OwnTree = { root: { type: "root", children: [top] }, original };
  byItem.set(item, tree);
  return tree;
}

/** An item set seen from the index: who owns each element. */
const OWNED = new WeakMap<Set<Element>, Owned>();

function _ownedBy(items: Set<Element>, index: PageIndex): Owned {
  let owned = OWNED.get(items);
  if (owned === undefined) {
    const positions: number[] = [];
    for (const item of items) {
      const position = index.pos.get(item);
      if (position !== undefined) positions.push(position);
    }
    owned = _owned(index, positions);
    OWNED.set(items, owned);
  }
  return owned;
}

/** The item's own elements matching a selector, in document order (those with no text and no value left out). */
function _selectOwn(
  selector: string,
  item: Element,
  items: Set<Element>,
  index: PageIndex,
): Element[] {
  const compiled = _compile(selector);
  const position = index.pos.get(item);
  const out: Element[] = [];
  if (compiled === undefined || position === undefined) {
    // A site's selector outside the subset: hast-util-select on a copy of the item's own content.
    const own = _ownTree(item, items);
    for (const clone of selectAll(selector, own.root)) {
      const element = own.original.get(clone);
      if (element === undefined) continue;
      if (
        _text(clone) === "" &&
        _attr(clone, "content") === undefined &&
        _attr(clone, "dateTime") === undefined
      )
        continue;
      out.push(element);
    }
    return out;
  }
  const positions = _selectOwned(compiled, index, position, _ownedBy(items, index));
  // Most selectors find nothing in an item: nothing more to make then.
  if (positions.length === 0) return out;
  for (const found of positions) {
    const element = index.order[found] as Element;
    if (
      _attr(element, "content") === undefined &&
      _attr(element, "dateTime") === undefined &&
      (_visibleUpTo(index, found, 0) === 0 ||
        !_hasText(element, (child) => child !== element && items.has(child)))
    )
      continue;
    out.push(element);
  }
  return out;
}

function _own(
  selectors: readonly string[],
  item: Element,
  items: Set<Element>,
  context: { parents: _ParentOf; index: PageIndex },
  all = false,
): Element[] {
  const union: Element[] = [];
  const seen = new Set<Element>();
  for (const selector of selectors) {
    const selected = _selectOwn(selector, item, items, context.index);
    // Most selectors find nothing in an item: no filtering then.
    if (selected.length === 0) continue;
    const found = selected.filter((element) => !_inForm(element, item, context.parents));
    if (found.length > 0 && !all) return found.slice(0, 1);
    for (const element of found) {
      if (!seen.has(element)) {
        seen.add(element);
        union.push(element);
      }
    }
  }
  if (union.length < 2) return union;
  // Document order.
  const { pos } = context.index;
  return union.sort((left, right) => (pos.get(left) ?? 0) - (pos.get(right) ?? 0));
}

function _inForm(element: Element, item: Element, parents: _ParentOf): boolean {
  let current: Parent | undefined = element;
  while (current !== undefined && current !== item && current.type === "element") {
    if (current.tagName === "form" || current.tagName === "textarea" || current.tagName === "label")
      return true;
    current = parents.get(current);
  }
  return false;
}

function _fields(platform: Platform, overrides: HtmlSelectors) {
  return {
    author:
      overrides.author === undefined ? [...platform.author, ...COMMON.author] : [overrides.author],
    date: overrides.date === undefined ? [...platform.date, ...COMMON.date] : [overrides.date],
    body: overrides.body === undefined ? platform.body : [overrides.body],
  };
}

function _find(context: CommentContext, scopes: Parent[]): Found | undefined {
  const { selectors } = context;
  const candidates: Platform[] =
    selectors.comment === undefined
      ? [...PLATFORMS]
      : [{ name: "selectors", item: selectors.comment, author: [], date: [], body: [] }];
  let best: Found | undefined;
  for (const platform of candidates) {
    const items = _select(platform.item, scopes, context.index);
    if (items.length === 0) continue;
    const set = new Set(items);
    const fields = _fields(platform, selectors);
    let score = 0;
    // The score only compares platforms: an even sample of the items is enough.
    const step = Math.max(1, Math.floor(items.length / SAMPLE));
    for (let index = 0; index < items.length; index += step) {
      const item = items[index] as Element;
      const has = (list: readonly string[]): boolean => _own(list, item, set, context).length > 0;
      // The platform's own fields are the start of the full lists: each is asked once.
      const ownAuthor = has(platform.author);
      const ownBody = has(platform.body);
      const author =
        selectors.author === undefined ? ownAuthor || has(COMMON.author) : has(fields.author);
      const body =
        selectors.body !== undefined
          ? has(fields.body)
          : platform.body.length > 0
            ? ownBody
            : has(COMMON.body);
      if (author) score += 1;
      if (body) score += 1;
      if (ownAuthor) score += 0.5;
      if (ownBody) score += 0.5;
    }
    if (best === undefined || score > best.score) best = { platform, items, score };
  }
  if (best !== undefined && best.score > 0) return best;
  if (selectors.comment !== undefined) return best;
  const generic = _genericItems(context.index);
  if (generic.length === 0) return undefined;
  return {
    platform: { name: "generic", item: "", author: [], date: [], body: [] },
    items: generic,
    score: 0,
  };
}

/**
 * Read the page's comments.
 *
 * @param context
 *   Page, base URL, date vocabulary, messages, selector overrides.
 * @returns
 *   The comments, the items, the platform.
 */
export function _readComments(context: CommentContext): CommentsRead {
  const { parents, messages } = context;
  const scopes = _scope(context);
  const found = _find(context, scopes);
  if (found === undefined) return { comments: [], items: new Set(), platform: undefined };
  const { platform } = found;
  const allItems = _lift(_unwrap(found.items, context.index), context.index);
  // Pingbacks and trackbacks are not reader comments.
  const items = new Set<Element>();
  let pingbacks = 0;
  for (const item of allItems) {
    if (platform.pingback !== undefined && _matches(platform.pingback, item, context.index))
      pingbacks++;
    else items.add(item);
  }
  if (pingbacks > 0) {
    messages.push(
      _message(
        "pingback-skipped",
        `${pingbacks} pingback${pingbacks === 1 ? "" : "s"} or trackback${pingbacks === 1 ? "" : "s"} left out: they are not reader comments`,
      ),
    );
  }
  const fields = _fields(platform, context.selectors);
  let own: Int32Array | undefined;
  let itemPositions: Set<number> | undefined;
  const ids = new Map<Element, string>();
  const used = new Set<string>();
  const comments: Comment[] = [];
  let opening: Element | undefined;
  if (platform.firstIsArticle === true) {
    const first = items.values().next().value;
    if (first !== undefined) {
      items.delete(first);
      opening = _own(fields.body, first, allItems, context)[0] ?? first;
    }
  }
  for (const item of items) {
    const authorElement =
      _own(fields.author, item, allItems, context)[0] ??
      (platform.name === "generic"
        ? _authorLike(item, (element) => allItems.has(element))
        : undefined);
    const dateElement =
      _own(fields.date, item, allItems, context)[0] ??
      _dateLike(
        item,
        (element) => allItems.has(element) || element === authorElement,
        context.vocabulary,
        (element) => {
          const { pos, end } = context.index;
          const position = pos.get(element);
          if (position === undefined) return 0;
          itemPositions ??= new Set([...allItems].map((one) => pos.get(one) ?? -1));
          const author = authorElement === undefined ? undefined : pos.get(authorElement);
          const inside =
            author !== undefined && author > position && author < (end[position] as number);
          // A small element is read up to the bound; the page's counts are made once for large ones.
          if ((end[position] as number) - position <= SMALL) {
            return _ownVisibleUpTo(
              context.index,
              position,
              itemPositions,
              inside ? (author as number) : -1,
              DATE_BOUND,
            );
          }
          own ??= _ownVisible(context.index, itemPositions);
          let count = own[position] as number;
          if (inside) count -= own[author as number] as number;
          return count;
        },
      );
    let bodies = fields.body.length > 0 ? _own(fields.body, item, allItems, context, true) : [];
    if (bodies.length === 0 && fields.body !== platform.body) bodies = [];
    if (bodies.length === 0)
      bodies = _own(COMMON.body, item, allItems, context).filter((body) => body !== item);
    // Keep the outermost of nested matches.
    bodies = bodies.filter(
      (body) => !bodies.some((other) => other !== body && _contains(other, body, context.index)),
    );
    const strip = (element: Element): boolean => {
      if (allItems.has(element)) return true;
      if (element === authorElement || element === dateElement) return true;
      if (element.tagName === "form" || element.tagName === "button") return true;
      // A comment's title that links to the comment itself (Drupal) is not its text.
      if (/^h[1-6]$/.test(element.tagName) && _elements(element).some(_isPermalink)) return true;
      const className = _attr(element, "className");
      if (className !== undefined && _strippedClasses(className)) return true;
      // A link or button that only says "Reply", "Répondre", "Melden"…
      if (
        (element.tagName === "a" || element.tagName === "button") &&
        _isChromeText(element) &&
        !_isElement(context.index.parents.get(element), "p")
      )
        return true;
      if (platform.replies !== undefined && _matches(platform.replies, element, context.index))
        return true;
      return false;
    };
    const state = { base: context.base, messages, skip: strip, headings: false };
    const body: Block[] = [];
    const sources = bodies.length > 0 ? bodies : [item];
    for (const source of sources) {
      for (const block of _toBlocks(source, state))
        if (block.type !== "heading") body.push(block as Exclude<FlowItem, { type: "heading" }>);
    }
    const name =
      authorElement === undefined
        ? ""
        : _authorName(_authorText(authorElement, context.vocabulary));
    if (body.length === 0 && name === "") {
      messages.push(
        _message("comment-empty", "A comment item with neither author nor text was left out"),
      );
      continue;
    }
    // Id: the item's own id when unique, else its place.
    let id = _attr(item, "id") ?? "";
    if (id === "" || used.has(id)) id = `c${comments.length + 1}`;
    while (used.has(id)) id = `${id}-${comments.length + 1}`;
    used.add(id);
    ids.set(item, id);
    const author: Person = { name: name === "" ? "Anonymous" : name };
    const url = _authorUrl(authorElement, context.base, parents);
    if (url !== undefined) author.url = url;
    const comment: Comment = { id, author, status: "published", body };
    const parent = _parentItem(item, items, allItems, platform, context.index);
    const parentId = parent === undefined ? undefined : ids.get(parent);
    if (parentId !== undefined) comment.parentId = parentId;
    if (dateElement !== undefined) {
      const date = _readDate(dateElement, context.vocabulary, context.now);
      if (date !== undefined && "iso" in date) comment.publishedAt = date.iso;
      else if (date !== undefined) {
        messages.push(
          _message("date-unread", "A comment's date could not be read; it was left out", {
            path: ["comments", comments.length, "publishedAt"],
            actual: date.shown.slice(0, 80),
          }),
        );
      }
    }
    const ownOnly = (element: Element): boolean => element !== item && allItems.has(element);
    if (_anyText(item, MODERATION_WORD, ownOnly) && MODERATION.test(_text(item, ownOnly))) {
      comment.status = "pending";
    }
    const score = _score(item, allItems, context.index);
    if (score !== undefined) comment.score = score;
    comments.push(comment);
  }
  return { comments, items: allItems, platform: platform.name, article: opening };
}

/** Class lists already judged by {@link _strippedClasses} (the same ones repeat on every comment). */
const STRIPPED = new Map<string, boolean>();

/** Whether one of the class names (space-separated) marks metadata, actions or widgets. */
function _strippedClasses(className: string): boolean {
  let known = STRIPPED.get(className);
  if (known === undefined) {
    known = className
      .toLowerCase()
      .split(/\s+/)
      .some(
        (name) =>
          STRIP_CLASSES.has(name) ||
          name.includes("avatar") ||
          name.split(/[-_]+/).some((part) => _chromeClasses().has(part)),
      );
    // Bounded, as a long-running process reads many sites: 4 096 keys of
    // at most 256 characters, each a copy (a DOM's attribute value may be a
    // slice of its whole page, which a cached key would keep alive).
    if (className.length <= 256) {
      if (STRIPPED.size >= 4096) STRIPPED.clear();
      STRIPPED.set(_detach(className), known);
    }
  }
  return known;
}

function _contains(outer: Element, inner: Element, index: PageIndex): boolean {
  const from = index.pos.get(outer);
  const at = index.pos.get(inner);
  if (from === undefined || at === undefined) return false;
  return at > from && at < (index.end[from] as number);
}

function _authorUrl(
  element: Element | undefined,
  base: string | undefined,
  parents: _ParentOf,
): string | undefined {
  if (element === undefined) return undefined;
  let link: Element | undefined;
  if (element.tagName === "a") link = element;
  else {
    // The first link with an address (old Blogger opens with a named anchor).
    link = _elements(element).find(
      (child) => child.tagName === "a" && _attr(child, "href") !== undefined,
    );
    const up = parents.get(element);
    if (link === undefined && up?.type === "element" && up.tagName === "a") link = up;
  }
  if (link === undefined) return undefined;
  const href = _attr(link, "href");
  if (href === undefined || href.startsWith("#")) return undefined;
  return _absolute(href, base);
}

function _parentItem(
  item: Element,
  items: Set<Element>,
  allItems: Set<Element>,
  platform: Platform,
  index: PageIndex,
): Element | undefined {
  const { parents } = index;
  let current = parents.get(item);
  while (current !== undefined && current.type === "element") {
    if (items.has(current)) return current;
    if (platform.replies !== undefined && _matches(platform.replies, current, index)) {
      // The replies wrapper follows its parent item: the nearest item among its previous siblings.
      for (let sibling = _previous(current, index); sibling !== undefined; ) {
        if (items.has(sibling)) return sibling;
        if (allItems.has(sibling)) break;
        sibling = _previous(sibling, index);
      }
    }
    current = parents.get(current);
  }
  return undefined;
}

/** The previous sibling element, from positions (no scan of the parent's children). */
function _previous(element: Element, index: PageIndex): Element | undefined {
  const at = index.pos.get(element);
  if (at === undefined || at === 0) return undefined;
  const parent = index.up[at] as number;
  // The element just before in document order is the previous sibling or its last descendant.
  let before = at - 1;
  while (before > parent && (index.up[before] as number) !== parent) {
    before = index.up[before] as number;
  }
  return before > parent ? (index.order[before] as Element) : undefined;
}

function _score(item: Element, items: Set<Element>, index: PageIndex): number | undefined {
  for (const element of _selectOwn(
    ".comment-score, [itemprop=upvoteCount], .vote-count-post",
    item,
    items,
    index,
  )) {
    const value = _attr(element, "content") ?? _text(element);
    if (/^-?\d{1,9}$/.test(value.trim())) return Number(value.trim());
  }
  return undefined;
}

/**
 * Drop items that only wrap the start of another item: a selector list
 * may match both WordPress's `li.comment` and the `article.comment` it
 * opens with; the outer one is the comment (its replies hang from it).
 */
function _unwrap(found: readonly Element[], index: PageIndex): Set<Element> {
  const { parents } = index;
  const items = new Set(found);
  for (const item of found) {
    const parent = parents.get(item);
    if (parent === undefined || parent.type !== "element" || !items.has(parent)) continue;
    let first = true;
    for (const child of parent.children) {
      if (child === item) break;
      if (child.type === "element" && _shows(child, index)) first = false;
      if (child.type === "text" && child.value.trim() !== "") first = false;
    }
    if (first) items.delete(item);
  }
  return items;
}

/** Class names of the parts of an author line that are not the name. */
const NOT_NAME = /date|time|meta|says|posted|ago|badge|flair|role|label/;

/**
 * The name in an author element: its `.fn`/`cite`/`[itemprop=name]` when it
 * has one, else its text without dates, "says" and badges.
 *
 * @param element
 *   Author element.
 * @param vocabulary
 *   Vocabulary (to recognise dates).
 * @returns
 *   Text of the name.
 */
function _authorText(element: Element, vocabulary: Vocabulary): string {
  for (const child of _elements(element)) {
    const key = `${_classId(child)} ${_attr(child, "itemProp") ?? ""}`;
    if (/\bfn\b|\bname\b|p-name/.test(key) || child.tagName === "cite") {
      const text = _text(child);
      if (text !== "") return text;
    }
  }
  return _text(element, (child) => {
    if (child.tagName === "time") return true;
    if (NOT_NAME.test(_classId(child))) return true;
    const text = _text(child);
    return (
      text.length > 0 &&
      text.length <= 80 &&
      // Without \`now\`, only dates with digits are read.
      /\d/.test(text) &&
      _shownDate(text, vocabulary, undefined) !== undefined
    );
  });
}

/**
 * The first own element whose whole text is a date (themes that give the
 * date no class of its own).
 */
function _dateLike(
  item: Element,
  skip: (element: Element) => boolean,
  vocabulary: Vocabulary,
  bound: (element: Element) => number,
): Element | undefined {
  for (const element of _elements(item, (child) => skip(child) || _HIDDEN.has(child.tagName))) {
    // More than 60 visible characters: no need to read the text.
    if (bound(element) > DATE_BOUND) continue;
    const text = _text(element, skip);
    if (text.length < 6 || text.length > 60) continue;
    if (/\d/.test(text) && _shownDate(text, vocabulary, undefined) !== undefined) return element;
  }
  return undefined;
}

/**
 * Lift an item to its wrapper when the wrapper opens with it and holds its
 * replies: schema.org microdata marks WordPress's inner `article` as the
 * Comment while the replies sit in the `li` around it.
 */
function _lift(items: Set<Element>, index: PageIndex): Set<Element> {
  const { parents } = index;
  // Elements that hold an item (marked once each, walking up from every item).
  const holders = new Set<Parent>();
  for (const item of items) {
    let current = parents.get(item);
    while (current !== undefined && !holders.has(current)) {
      holders.add(current);
      current = parents.get(current);
    }
  }
  // Items per parent: an item with a sibling item is never lifted (and its
  // siblings need not be looked at: flat lists of 100 000 stay linear).
  const perParent = new Map<Parent, number>();
  for (const item of items) {
    const parent = parents.get(item);
    if (parent !== undefined) perParent.set(parent, (perParent.get(parent) ?? 0) + 1);
  }
  const out = new Set<Element>();
  for (const item of items) {
    const parent = parents.get(item);
    let lifted: Element = item;
    if (
      parent !== undefined &&
      parent.type === "element" &&
      perParent.get(parent) === 1 &&
      !items.has(parent) &&
      parent.tagName !== "body"
    ) {
      let first = true;
      let siblingItem = false;
      let holdsItems = false;
      let seen = false;
      for (const child of parent.children) {
        if (child === item) {
          seen = true;
          continue;
        }
        if (child.type !== "element") {
          if (!seen && child.type === "text" && child.value.trim() !== "") first = false;
          continue;
        }
        if (items.has(child)) siblingItem = true;
        else if (!seen && _shows(child, index)) first = false;
        else if (seen && holders.has(child)) holdsItems = true;
      }
      if (first && !siblingItem && holdsItems) lifted = parent;
    }
    out.add(lifted);
  }
  return out;
}

/** Whether an element shows text (`_text` would not be empty). */
function _shows(element: Element, index: PageIndex): boolean {
  const position = index.pos.get(element);
  return position === undefined ? _hasText(element) : _visibleUpTo(index, position, 0) > 0;
}

function _isPermalink(element: Element): boolean {
  if (element.tagName !== "a") return false;
  const rel = (_attr(element, "rel") ?? "").split(/\s+/);
  return (
    rel.includes("bookmark") || /(?:^|\s)permalink(?:\s|$)/.test(_attr(element, "className") ?? "")
  );
}
