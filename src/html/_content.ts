// Main content: the element that holds the article body. Hints first
// (`[itemprop=articleBody]`, the content classes of common CMSs, `article`,
// `main`), then a text-density score after Mozilla Readability's
// `grabArticle`: each paragraph gives its parent 1 point, 1 per comma and 1
// per 100 characters (at most 3), its grandparent half; a candidate's score
// is scaled by (1 − link density); class and id names weigh ±25.
import type { Element, ElementContent, Nodes, Root } from "hast";
import { _detach } from "../_string.js";
import { _attr, _classId, _elements, _HIDDEN, type _ParentOf, _text, type Parent } from "./_dom.js";
import { selectAll } from "./_select.js";

/** Content hints, most specific first. */
const HINTS = [
  "[itemprop=articleBody]",
  ".h-entry > .e-content",
  ".entry-content",
  ".post-content",
  ".post-body",
  ".article-body",
  ".article__body",
  ".article-content",
  ".article__content",
  ".field-name-body",
  ".field--name-body",
  ".story-body",
  ".post-entry",
  ".entry",
  ".texte",
  "article",
  "[role=main]",
  "main",
];

/** The least share of a broad hint's text that its narrowed content must keep. */
const MIN_SHARE = 0.3;

/** Hints that wrap a page's whole main column (Q&A pages, listings): narrowed by the score. */
const PAGE_WIDE = new Set(["[role=main]", "main"]);

/** Hints that also wrap headers, bylines and footers: they must hold more text. */
const BROAD = new Set([".entry", ".texte", "article", "[role=main]", "main"]);

/** Class and id segments of boilerplate inside the content (after Readability's `unlikelyCandidates`). */
const BOILERPLATE = new Set([
  "share",
  "sharing",
  "sharedaddy",
  "social",
  "related",
  "relatedposts",
  "newsletter",
  "subscribe",
  "subscription",
  "cookie",
  "cookies",
  "consent",
  "gdpr",
  "sidebar",
  "advert",
  "advertisement",
  "ads",
  "ad",
  "promo",
  "sponsored",
  "breadcrumb",
  "breadcrumbs",
  "pagination",
  "navigation",
  "nav",
  "navbar",
  "menu",
  "byline",
  "comments",
  "comment",
  "responses",
  "reactions",
  "replies",
  "respond",
  "popup",
  "modal",
  "banner",
  "masthead",
  "addtoany",
  "yarpp",
  "wpcnt",
  "jp",
  "postmeta",
  "skip",
  "screen",
  "print",
  "footer",
  "tags",
  "tagcloud",
  "meta",
  "author",
  "bio",
  // The same furniture named in French, German and Spanish (comment counters,
  // share bars, bylines, keyword lists, previous/next links).
  "commentaires",
  "kommentare",
  "comentarios",
  "partage",
  "partager",
  "teilen",
  "compartir",
  "auteur",
  "autor",
  "motscles",
  "schlagworte",
  "etiquetas",
  "prev",
  "previous",
  "next",
  // Text for screen readers only (Drupal, WordPress, Bootstrap).
  "invisible",
  "sr",
  "visually",
]);

const POSITIVE = /article|body|content|entry|hentry|main|page|post|text|blog|story|texte|chapo/;
const NEGATIVE =
  /hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|nav|menu/;

/**
 * Whether an element inside the content is boilerplate (navigation,
 * sidebars, share bars, related posts, comment area, forms…).
 *
 * @param node
 *   Element.
 * @returns
 *   Whether to leave it out.
 */
export function _isBoilerplate(node: Element): boolean {
  const name = node.tagName;
  if (_HIDDEN.has(name)) return true;
  // The page's own classes describe the page, not a part of it.
  if (name === "body" || name === "html" || name === "main") return false;
  if (
    name === "nav" ||
    name === "aside" ||
    name === "form" ||
    name === "footer" ||
    name === "header"
  )
    return true;
  if (node.properties.hidden !== undefined && node.properties.hidden !== false) return true;
  const role = _attr(node, "role");
  if (
    role === "navigation" ||
    role === "complementary" ||
    role === "banner" ||
    role === "contentinfo"
  )
    return true;
  const style = _attr(node, "style");
  if (style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const classId = _classId(node).trim();
  if (classId === "") return false;
  let known = BOILERPLATE_NAMES.get(classId);
  if (known === undefined) {
    known = false;
    for (const token of classId.split(/\s+/)) {
      const parts = token.split(/[-_]/);
      // "entry-content", "post-body" never; "share-bar", "related-posts", "comments-area" yes.
      if (parts.some((part) => part === "content" || part === "body" || part === "text")) continue;
      if (parts.some((part) => BOILERPLATE.has(part))) {
        known = true;
        break;
      }
    }
    // Bounded, as a long-running process reads many sites: 4 096 keys of
    // at most 256 characters, each a copy of the page's text.
    if (classId.length <= 256) {
      if (BOILERPLATE_NAMES.size >= 4096) BOILERPLATE_NAMES.clear();
      BOILERPLATE_NAMES.set(_detach(classId), known);
    }
  }
  return known;
}

/** Class-and-id strings already judged by {@link _isBoilerplate} (the same ones repeat across a page). */
const BOILERPLATE_NAMES = new Map<string, boolean>();

function _inside(node: Nodes, set: Set<Element>, parents: _ParentOf): boolean {
  let current: Parent | undefined = node.type === "element" ? node : parents.get(node);
  while (current !== undefined && current.type === "element") {
    if (set.has(current)) return true;
    current = parents.get(current);
  }
  return false;
}

function _ownText(node: Element, skip: (element: Element) => boolean): number {
  return _text(node, skip).length;
}

/**
 * Find the element that holds the article body.
 *
 * @param tree
 *   Page.
 * @param parents
 *   Parent map.
 * @param comments
 *   Comment items (never content).
 * @param selector
 *   `selectors.content` override (optional).
 * @returns
 *   The element, or `undefined` when the page has no text.
 */
export function _findContent(
  tree: Root,
  parents: _ParentOf,
  comments: Set<Element>,
  selector: string | undefined,
): Element | undefined {
  // Asked again for the same elements by every walk of the scoring: each is checked once.
  const boilerplate = new Map<Element, boolean>();
  const skip = (element: Element): boolean => {
    if (comments.has(element)) return true;
    let known = boilerplate.get(element);
    if (known === undefined) {
      known = _isBoilerplate(element);
      boilerplate.set(element, known);
    }
    return known;
  };
  if (selector !== undefined) return selectAll(selector, tree)[0];
  for (const hint of HINTS) {
    // Specific hints may hold a short text; `article`, `main` and the like must hold a page's worth.
    const least = BROAD.has(hint) ? 200 : 50;
    const candidates = selectAll(hint, tree).filter(
      (element) => !_inside(element, comments, parents),
    );
    let best: Element | undefined;
    let bestLength = 0;
    if (candidates.length === 1) {
      // One candidate: only whether it holds `least` characters matters, not its whole text.
      const only = candidates[0] as Element;
      const length = _text(only, skip, least).length;
      if (length > 0) {
        best = only;
        bestLength = length;
      }
    } else {
      for (const element of candidates) {
        const length = _ownText(element, skip);
        if (length > bestLength) {
          best = element;
          bestLength = length;
        }
      }
    }
    if (best === undefined || bestLength < least) continue;
    return PAGE_WIDE.has(hint) ? _narrow(best, parents, comments, skip) : best;
  }
  // A page too short for the score: its article, main or body, whatever its length.
  return (
    _byDensity(tree, parents, comments, skip) ??
    ["article", "main", "body"]
      .map((name) => selectAll(name, tree).find((element) => !_inside(element, comments, parents)))
      .find((element) => element !== undefined)
  );
}

function _weight(node: Element): number {
  const classId = _classId(node);
  let weight = 0;
  if (NEGATIVE.test(classId)) weight -= 25;
  if (POSITIVE.test(classId)) weight += 25;
  return weight;
}

/** Block children that keep a `div` from counting as a paragraph (Readability's `DIV_TO_P_ELEMS`). */
const DIV_BLOCKS = new Set([
  "blockquote",
  "dl",
  "div",
  "img",
  "ol",
  "p",
  "pre",
  "table",
  "ul",
  "section",
  "article",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);

function _isParagraph(node: Element): boolean {
  const name = node.tagName;
  if (name === "p" || name === "pre" || name === "td") return true;
  // Readability turns a `div` without block children into a `p`: text written
  // straight into a `div` with `<br>`s (forum posts, old CMSs) is a paragraph.
  if (name !== "div" && name !== "section") return false;
  return !node.children.some((child) => child.type === "element" && DIV_BLOCKS.has(child.tagName));
}

/** Readability's `grabArticle` scores of the candidates under `root`. */
function _scores(
  root: Parent,
  parents: _ParentOf,
  comments: Set<Element>,
  skip: (element: Element) => boolean,
): Map<Element, number> {
  const scores = new Map<Element, number>();
  const add = (node: Parent | undefined, points: number): void => {
    if (node === undefined || node.type !== "element") return;
    if (!scores.has(node)) {
      let initial = _weight(node);
      if (node.tagName === "div") initial += 5;
      else if (node.tagName === "blockquote" || node.tagName === "pre" || node.tagName === "td")
        initial += 3;
      else if (/^(?:ol|ul|dl|dd|dt|li|form|address)$/.test(node.tagName)) initial -= 3;
      scores.set(node, initial);
    }
    scores.set(node, (scores.get(node) as number) + points);
  };
  for (const paragraph of _elements(root, skip)) {
    if (!_isParagraph(paragraph) || _inside(paragraph, comments, parents)) continue;
    const text = _text(paragraph, skip);
    if (text.length < 25) continue;
    const points =
      1 + text.split(/[,،、，]/).length - 1 + Math.min(Math.floor(text.length / 100), 3) + 1;
    const parent = parents.get(paragraph);
    add(parent, points);
    add(parent === undefined ? undefined : parents.get(parent), points / 2);
  }
  return scores;
}

/** Share of an element's text that is link text. */
function _linkDensity(node: Element, skip: (element: Element) => boolean): number {
  const text = _text(node, skip);
  let links = 0;
  for (const link of _elements(node, skip)) if (link.tagName === "a") links += _text(link).length;
  return text.length === 0 ? 1 : links / text.length;
}

/** The best candidate: its score scaled by (1 − link density). */
function _top(
  scores: Map<Element, number>,
  skip: (element: Element) => boolean,
): { node: Element; score: number } | undefined {
  let best: Element | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [node, score] of scores) {
    const final = score * (1 - _linkDensity(node, skip));
    scores.set(node, final);
    if (final > bestScore) {
      best = node;
      bestScore = final;
    }
  }
  return best === undefined ? undefined : { node: best, score: bestScore };
}

function _byDensity(
  tree: Root,
  parents: _ParentOf,
  comments: Set<Element>,
  skip: (element: Element) => boolean,
): Element | undefined {
  return _top(_scores(tree, parents, comments, skip), skip)?.node;
}

/**
 * Inside a broad hint (`article`, `main`…, which also wrap breadcrumbs, tool
 * bars, tag lists, "read also" boxes), Readability's top candidate and the
 * siblings it would join to it (its `grabArticle` sibling step: a sibling
 * scoring at least a fifth of the top, or a paragraph of prose with few
 * links). Returns the hint itself when the candidate is the hint or holds
 * too little of its text.
 */
function _narrow(
  hint: Element,
  parents: _ParentOf,
  comments: Set<Element>,
  skip: (element: Element) => boolean,
): Element {
  const scores = _scores(hint, parents, comments, skip);
  const top = _top(scores, skip);
  if (top === undefined || top.node === hint) return hint;
  const parent = parents.get(top.node);
  if (parent === undefined || parent.type !== "element") return hint;
  const threshold = Math.max(10, top.score * 0.2);
  const kept: ElementContent[] = [];
  for (const sibling of parent.children) {
    if (sibling.type !== "element") continue;
    if (sibling === top.node) {
      kept.push(sibling);
      continue;
    }
    if (skip(sibling)) continue;
    const score = scores.get(sibling);
    if (score !== undefined && score >= threshold) {
      kept.push(sibling);
      continue;
    }
    if (!_isParagraph(sibling)) continue;
    const text = _text(sibling, skip);
    const density = _linkDensity(sibling, skip);
    if ((text.length > 80 && density < 0.25) || (density === 0 && /\.( |$)/.test(text))) {
      kept.push(sibling);
    }
  }
  const narrowed: Element = {
    type: "element",
    tagName: "div",
    properties: {},
    children: kept,
  };
  // Keep the hint when the candidate leaves out much of its prose.
  const inside = _text(narrowed, skip).length;
  const all = _text(hint, skip).length;
  return inside >= all * MIN_SHARE ? narrowed : hint;
}
