// fromHtml: an article page's HTML → an article with its comments. Parse
// with hast-util-from-html (parse5), read the metadata, the comments, then
// the main content without the comment area, and build the article.
import type { Element, Root } from "hast";
import { fromDom } from "hast-util-from-dom";
import { fromHtml as parse } from "hast-util-from-html";
import { ArticleError, type SafeResult } from "../error.js";
import { _message } from "../message.js";
import { _isLangTag } from "../schema/_checks.js";
import type { Article } from "../schema/article.js";
import type { Block } from "../schema/block.js";
import type { Person } from "../schema/person.js";
import type { Section } from "../schema/section.js";
import type { Tag } from "../schema/tag.js";
import { dedupeTags } from "../tags/dedupe.js";
import { slugify } from "../tags/slugify.js";
import { _detectLang } from "../text/_lang.js";
import { VOCABULARIES, type Vocabulary } from "../text/vocabulary.js";
import { _bylines } from "./_byline.js";
import { _findContent, _isBoilerplate } from "./_content.js";
import { _declaredCount } from "./_count.js";
import { _kindOf, _text } from "./_dom.js";
import { _indexTree, type PageIndex } from "./_index.js";
import { _chooseTitle, _isTitle, _readMeta } from "./_meta.js";
import { _readOptions, type HtmlOptions } from "./_options.js";
import { _withIndex } from "./_select.js";
import { _toBlocks } from "./blocks/index.js";
import { _reportElsewhere } from "./comments/hosted.js";
import { _readComments } from "./comments/read.js";
import type { FromHtmlOptions, FromHtmlResult, HtmlDomNode, HtmlMessage } from "./types.js";

function _tooDeep(): ArticleError {
  return new ArticleError([
    {
      code: "input_too_complex",
      message:
        "The page nests elements too deep to be read (the parser's tree conversion ran out of stack)",
      path: [],
    },
  ]);
}

/** A DOM `Document` (nodeType 9) or `Element` (nodeType 1), by its shape: no DOM global is touched. */
function _isDom(input: object): boolean {
  const { nodeType, nodeName } = input as { nodeType?: unknown; nodeName?: unknown };
  return (nodeType === 9 || nodeType === 1) && typeof nodeName === "string";
}

/** A NUL or any surrogate (paired or lone): text that may need repairing before the parse. */
const NUL_OR_SURROGATE = /[\0\ud800-\udfff]/;

function _input(input: unknown): Root {
  if (typeof input === "string") {
    // Text the model cannot carry: lone surrogates, NUL; CR goes with the parser's newline normalisation.
    // Both only when needed: each would copy the whole page.
    let source = input;
    // One scan finds neither a NUL nor a surrogate in most pages: then neither check is needed.
    if (NUL_OR_SURROGATE.test(source)) {
      if (!source.isWellFormed()) source = source.toWellFormed();
      if (source.includes("\u0000")) source = source.replaceAll("\u0000", "\ufffd");
    }
    try {
      return parse(source);
    } catch (error) {
      if (error instanceof RangeError) throw _tooDeep();
      throw error;
    }
  }
  if (typeof input === "object" && input !== null) {
    if ((input as { type?: unknown }).type === "root") return input as Root;
    if (_isDom(input)) {
      let node: ReturnType<typeof fromDom>;
      try {
        node = fromDom(input as Parameters<typeof fromDom>[0]);
      } catch (error) {
        if (error instanceof RangeError) throw _tooDeep();
        throw error;
      }
      if (node.type === "root") return node;
      if (node.type === "element") return { type: "root", children: [node] };
    }
  }
  throw new TypeError(
    `Expected \`input\` of \`fromHtml\` to be an HTML string, a hast \`Root\` or a DOM \`Document\` or \`Element\`, found ${_kindOf(input)}`,
  );
}

/** The elements the metadata reader looks at, in document order (from the index's lists). */
function _metaElements(index: PageIndex): Element[] {
  let size = 0;
  for (const tag of META_TAGS) size += index.byTag.get(tag)?.length ?? 0;
  // A typed array sorts numbers natively, without a comparison callback.
  const positions = new Int32Array(size);
  let at = 0;
  for (const tag of META_TAGS) {
    const list = index.byTag.get(tag);
    if (list !== undefined) for (const position of list) positions[at++] = position;
  }
  positions.sort();
  const out: Element[] = [];
  for (const position of positions) out.push(index.order[position] as Element);
  return out;
}

/** Tags of `_readMeta` (a heading of any level may be the title by its class). */
const META_TAGS = [
  "html",
  "base",
  "title",
  "meta",
  "link",
  "script",
  "a",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
];

function _clean(text: string): string {
  return text.replaceAll("\r", "").replaceAll("\u0000", "");
}

function _area(items: Set<Element>, index: PageIndex): Element | undefined {
  const { parents } = index;
  let common: Element[] | undefined;
  for (const item of items) {
    const chain: Element[] = [];
    let current = parents.get(item);
    while (current !== undefined && current.type === "element") {
      chain.push(current);
      current = parents.get(current);
    }
    if (common === undefined) common = chain;
    else {
      const set = new Set(chain);
      common = common.filter((element) => set.has(element));
    }
  }
  const lowest = common?.[0];
  if (lowest === undefined) return undefined;
  const up = parents.get(lowest);
  return up?.type === "element" && up.tagName !== "body" ? up : lowest;
}

function _vocabulary(lang: string): Vocabulary {
  const primary = lang.toLowerCase().split("-")[0] as string;
  const known = VOCABULARIES[primary];
  if (known !== undefined) return known;
  // Day-first numeric dates everywhere but in English.
  return VOCABULARIES.fr as Vocabulary;
}

function _dedupePeople(people: Person[]): Person[] {
  const seen = new Set<string>();
  const out: Person[] = [];
  for (const person of people) {
    const key = person.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(person);
  }
  return out;
}

/**
 * Read an article page's HTML into an article with its reader comments,
 * threaded, and the messages of what was left out or repaired.
 *
 * @param input
 *   The page: an HTML string, a hast `Root` (rehype's tree), or a DOM
 *   `Document` or `Element` (in browsers; converted with hast-util-from-dom).
 * @param options
 *   Configuration (optional).
 * @returns
 *   `{ article, messages }`.
 * @throws {ArticleError}
 *   `empty_text` at `title` when the page has no title anywhere (no h1,
 *   `og:title`, JSON-LD headline or `<title>`); `input_too_complex` when it
 *   nests elements deeper than the parser can follow; `invalid_type` or
 *   `invalid_value` at the node's path when a given hast tree is malformed.
 * @throws {TypeError}
 *   When `input` or an option is of the wrong kind.
 */
export function fromHtml(
  input: string | Root | HtmlDomNode,
  options?: FromHtmlOptions,
): FromHtmlResult {
  const checked = _readOptions(options);
  const tree = _input(input);
  const index = _indexTree(tree);
  return _withIndex(index, () => _read(index, checked));
}

function _read(index: PageIndex, checked: HtmlOptions): FromHtmlResult {
  const tree = index.root;
  const { parents } = index;
  const messages: HtmlMessage[] = [];
  const meta = _readMeta(_metaElements(index), checked.url, messages);
  const base = meta.base ?? checked.url;
  const pageLang =
    checked.lang ?? (meta.lang !== undefined && _isLangTag(meta.lang) ? meta.lang : undefined);
  const read = _readComments({
    tree,
    index,
    parents,
    base,
    vocabulary: _vocabulary(pageLang ?? "en"),
    now: checked.now,
    messages,
    selectors: checked.selectors,
  });
  _reportElsewhere(index, messages);
  const title = _clean(_chooseTitle(meta.titles));
  if (title.trim() === "") {
    throw new ArticleError([
      {
        code: "empty_text",
        message: "The page has no title (no h1, og:title, JSON-LD headline or <title>)",
        path: ["title"],
      },
    ]);
  }
  const content =
    checked.selectors.content === undefined && read.article !== undefined
      ? read.article
      : _findContent(tree, parents, read.items, checked.selectors.content);
  const lead: Block[] = [];
  const sections: Section[] = [];
  if (content === undefined) {
    messages.push(
      _message(
        "no-content",
        "No element with the article's text was found; the article has no body",
      ),
    );
  } else {
    let titleSeen = false;
    // The title's own heading is the title, not a section (the first one only).
    const skip = (element: Element): boolean => {
      if (read.items.has(element)) return true;
      if (element !== content && _isBoilerplate(element)) return true;
      if (!titleSeen && /^h[12]$/.test(element.tagName) && _isTitle(element, title)) {
        titleSeen = true;
        return true;
      }
      return false;
    };
    for (const item of _toBlocks(content, { base, messages, skip, headings: true })) {
      if (item.type === "heading") {
        sections.push({
          heading: _clean(item.text),
          level: Math.max(2, item.level) as Section["level"],
          blocks: [],
        });
      } else {
        const target = sections.at(-1)?.blocks ?? lead;
        target.push(item);
      }
    }
  }
  const lang =
    pageLang ?? _detectLang(content === undefined ? title : _text(content).slice(0, 20_000));
  const article: Article = {
    title: title.trim(),
    authors: _dedupePeople(
      meta.authors.length > 0 ? meta.authors : _bylines(tree, parents, read.items, base),
    ),
    lead,
    sections,
    tags: [],
    // Comments only in the JSON-LD (`comment`) when the markup holds none.
    comments: read.comments.length > 0 ? read.comments : (meta.comments ?? []),
  };
  const url = meta.url ?? checked.url;
  if (url !== undefined) article.url = url;
  if (meta.description !== undefined) article.summary = _clean(meta.description);
  article.lang = lang;
  if (meta.publishedAt !== undefined) article.publishedAt = meta.publishedAt;
  if (meta.updatedAt !== undefined) article.updatedAt = meta.updatedAt;
  if (meta.siteName !== undefined) article.site = { name: _clean(meta.siteName) };
  if (meta.image !== undefined) article.image = { type: "image", url: meta.image };
  const tags: Tag[] = [];
  for (const tag of meta.tags) {
    const slug = slugify(tag.name);
    if (slug !== "") tags.push({ name: _clean(tag.name), slug, kind: tag.kind });
  }
  article.tags = dedupeTags(tags);
  const count = _declaredCount(
    index,
    _area(read.items, index),
    read.items.values().next().value,
    meta.commentCount,
  );
  if (count !== undefined && Number.isSafeInteger(count)) article.commentCount = count;
  return { article, messages };
}

/**
 * Like {@link fromHtml}, but return a content error instead of throwing it.
 *
 * @param input
 *   The page: an HTML string, a hast `Root`, or a DOM `Document` or `Element`.
 * @param options
 *   Configuration (optional).
 * @returns
 *   `{ success: true, data: { article, messages } }` or `{ success: false, error }`.
 */
export function safeFromHtml(
  input: string | Root | HtmlDomNode,
  options?: FromHtmlOptions,
): SafeResult<FromHtmlResult> {
  try {
    return { success: true, data: fromHtml(input, options) };
  } catch (error) {
    if (error instanceof ArticleError) return { success: false, error };
    throw error;
  }
}
