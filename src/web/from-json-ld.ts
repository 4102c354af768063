// schema.org JSON-LD in: what `toJsonLd` writes, and what real pages carry
// (Yoast `@graph` documents, arrays of nodes, `@id` references, authors as
// strings, objects or references, counts as numbers or strings,
// `interactionStatistic` counters, nested or flat comments). Iterative:
// nesting of any depth up to `maxDepth` is walked without recursion.

import { _checkOptions } from "../_args.js";
import { ArticleError, type Path } from "../error.js";
import { _message } from "../message.js";
import type { Person } from "../schema/person.js";
import { slugify } from "../tags/slugify.js";
import { _finish } from "./_finish.js";
import { _paragraphs } from "./_text.js";
import type { FromJsonLdOptions, FromJsonLdResult, JsonLdMessage } from "./types.js";

type Node = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  "Article",
  "NewsArticle",
  "BlogPosting",
  "Report",
  "DiscussionForumPosting",
  "SocialMediaPosting",
  "TechArticle",
  "ScholarlyArticle",
  "LiveBlogPosting",
  "AnalysisNewsArticle",
  "OpinionNewsArticle",
  "ReportageNewsArticle",
  "ReviewNewsArticle",
  "BackgroundNewsArticle",
]);

// Properties of an article node that land in the article, or that are
// derived from it (`wordCount`, `timeRequired`) or from its comments.
const ARTICLE_KEYS = new Set([
  "@context",
  "@type",
  "@id",
  "url",
  "mainEntityOfPage",
  "identifier",
  "headline",
  "name",
  "alternativeHeadline",
  "description",
  "inLanguage",
  "author",
  "datePublished",
  "dateCreated",
  "dateModified",
  "image",
  "publisher",
  "isPartOf",
  "keywords",
  "articleSection",
  "articleBody",
  "text",
  "wordCount",
  "timeRequired",
  "commentCount",
  "interactionStatistic",
  "comment",
  "hasPart",
]);

const COMMENT_KEYS = new Set([
  "@type",
  "@id",
  "url",
  "identifier",
  "author",
  "datePublished",
  "dateCreated",
  "dateModified",
  "text",
  "upvoteCount",
  "downvoteCount",
  "comment",
  "parentItem",
]);

function _isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function _list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function _types(node: Node): string[] {
  return _list(node["@type"])
    .filter((type): type is string => typeof type === "string")
    .map((type) => type.replace(/^https?:\/\/schema\.org\//, ""));
}

function _string(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return _string(value[0]);
  if (_isNode(value)) return _string(value["@value"] ?? value.value);
  return undefined;
}

function _count(value: unknown): number | undefined {
  const text = typeof value === "number" ? String(value) : _string(value)?.trim();
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  const number = Number(text);
  return Number.isSafeInteger(number) ? number : undefined;
}

/** The nodes of a document, indexed by `@id`, and the walk's depth check. */
interface _State {
  ids: Map<string, Node>;
  messages: JsonLdMessage[];
}

function _collect(root: unknown, maxDepth: number): { nodes: Node[]; ids: Map<string, Node> } {
  const nodes: Node[] = [];
  const ids = new Map<string, Node>();
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (depth > maxDepth) {
      throw new ArticleError([
        {
          code: "input_too_complex",
          message: `Expected JSON-LD nested at most ${maxDepth} levels deep (\`options.maxDepth\`)`,
          path: [],
        },
      ]);
    }
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--)
        stack.push({ value: value[index], depth: depth + 1 });
    } else if (_isNode(value)) {
      nodes.push(value);
      const id = value["@id"];
      // A node that says more than its `@id` describes it; a bare `{"@id"}` is a reference.
      if (typeof id === "string" && Object.keys(value).length > 1 && !ids.has(id))
        ids.set(id, value);
      const keys = Object.keys(value);
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index] as string;
        if (key !== "@context") stack.push({ value: value[key], depth: depth + 1 });
      }
    }
  }
  return { nodes, ids };
}

function _resolve(value: unknown, state: _State, path: Path): unknown {
  if (_isNode(value) && typeof value["@id"] === "string" && Object.keys(value).length === 1) {
    const found = state.ids.get(value["@id"]);
    if (found === undefined) {
      state.messages.push(
        _message(
          "unresolved-reference",
          "Left out a reference to a node the document does not hold",
          {
            path,
            actual: value["@id"],
          },
        ),
      );
    }
    return found;
  }
  return value;
}

function _url(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return _url(value[0]);
  if (_isNode(value)) return _url(value.url ?? value.contentUrl ?? value["@id"]);
  return undefined;
}

function _person(value: unknown, state: _State, path: Path): Person | undefined {
  const resolved = _resolve(value, state, path);
  if (typeof resolved === "string") return resolved.trim() === "" ? undefined : { name: resolved };
  if (!_isNode(resolved)) return undefined;
  const name = _string(resolved.name) ?? _string(resolved.alternateName);
  if (name === undefined || name.trim() === "") {
    state.messages.push(_message("author-unnamed", "Left out an author without a name", { path }));
    return undefined;
  }
  const person: Person = { name };
  const url = _url(resolved.url);
  if (url !== undefined) person.url = url;
  const email = _string(resolved.email);
  if (email !== undefined) person.email = email.replace(/^mailto:/i, "");
  const id = _string(resolved.identifier);
  if (id !== undefined) person.id = id;
  return person;
}

function _unused(node: Node, known: ReadonlySet<string>, state: _State, path: Path): void {
  for (const key of Object.keys(node)) {
    if (known.has(key)) continue;
    state.messages.push(
      _message("unused-property", `Left out \`${key}\`, which the model has no field for`, {
        path: [...path, key],
      }),
    );
  }
}

function _isCounter(node: unknown): node is Node {
  if (!_isNode(node)) return false;
  const action = node.interactionType;
  const type =
    typeof action === "string" ? action : _isNode(action) ? _types(action)[0] : undefined;
  return type !== undefined && /(^|[/:])(CommentAction|ReplyAction)$/.test(type);
}

/**
 * Read an article and its comments from schema.org JSON-LD.
 *
 * @param value
 *   The JSON-LD: a parsed value, or the text of a `<script type="application/ld+json">`.
 * @param options
 *   Configuration (optional).
 * @returns
 *   `{ article, messages }`.
 * @throws {ArticleError}
 *   When the text is not JSON (`invalid_json`), when no node is an article
 *   (`missing_field`), or when the article has no headline or name.
 */
export function fromJsonLd(value: unknown, options?: FromJsonLdOptions): FromJsonLdResult {
  const record = _checkOptions(options, "fromJsonLd", ["maxDepth"]);
  const maxDepth = record.maxDepth ?? 100_000;
  if (typeof maxDepth !== "number" || !Number.isInteger(maxDepth) || maxDepth < 1) {
    throw new TypeError(
      `Cannot use ${JSON.stringify(maxDepth) ?? String(maxDepth)} for \`options.maxDepth\` of \`fromJsonLd\`, expected a whole number, 1 or more`,
    );
  }
  let root = value;
  if (typeof value === "string") {
    try {
      root = JSON.parse(value);
    } catch (error) {
      throw new ArticleError([
        {
          code: "invalid_json",
          message: `Expected JSON-LD text: ${(error as Error).message}`,
          path: [],
        },
      ]);
    }
  }
  const { nodes, ids } = _collect(root, maxDepth);
  const state: _State = { ids, messages: [] };
  const articles = nodes.filter((node) => _types(node).some((type) => ARTICLE_TYPES.has(type)));
  const node = articles[0];
  if (node === undefined) {
    throw new ArticleError([
      {
        code: "missing_field",
        message: `Expected a schema.org node of type ${[...ARTICLE_TYPES].slice(0, 6).join(", ")} or another article type`,
        path: [],
      },
    ]);
  }
  for (const other of articles.slice(1)) {
    state.messages.push(
      _message("other-article", "Read the first article node; another one is left out", {
        actual: _string(other.headline ?? other.name ?? other["@id"]),
      }),
    );
  }
  const title = _string(node.headline) ?? _string(node.name);
  if (title === undefined || title.trim() === "") {
    throw new ArticleError([
      {
        code: "missing_field",
        message: "Expected a `headline` or `name` on the article node",
        path: ["title"],
      },
    ]);
  }
  const article: Node = { title };
  // `mainEntityOfPage` is the page: an IRI, or a node (maybe a reference to one) with a `url`.
  const pageRef = node.mainEntityOfPage;
  const pageId =
    _isNode(pageRef) && typeof pageRef["@id"] === "string" ? pageRef["@id"] : undefined;
  const page = pageId === undefined ? pageRef : (state.ids.get(pageId) ?? pageRef);
  const url = _url(node.url) ?? (_isNode(page) ? _url(page.url) : undefined) ?? _url(page);
  if (url !== undefined) article.url = url;
  const id = _string(node.identifier);
  if (id !== undefined) article.id = id;
  const subtitle = _string(node.alternativeHeadline);
  if (subtitle !== undefined) article.subtitle = subtitle;
  const summary = _string(node.description);
  if (summary !== undefined) article.summary = summary;
  const lang = _isNode(node.inLanguage)
    ? _string(node.inLanguage.alternateName)
    : _string(node.inLanguage);
  if (lang !== undefined) article.lang = lang;
  const authors: Person[] = [];
  const authorList = _list(node.author);
  for (let index = 0; index < authorList.length; index++) {
    const person = _person(authorList[index], state, ["authors", index]);
    if (person !== undefined) authors.push(person);
  }
  article.authors = authors;
  const published = _string(node.datePublished) ?? _string(node.dateCreated);
  if (published !== undefined) article.publishedAt = published;
  const modified = _string(node.dateModified);
  if (modified !== undefined) article.updatedAt = modified;
  const image = _resolve(_list(node.image)[0], state, ["image"]);
  const imageUrl = _url(image);
  if (imageUrl !== undefined && imageUrl !== "") {
    const block: Node = { type: "image", url: imageUrl };
    if (_isNode(image)) {
      const caption = _string(image.caption);
      if (caption !== undefined) block.caption = caption;
      const alt = _string(image.description);
      if (alt !== undefined) block.alt = alt;
      const credit = _string(image.creditText);
      if (credit !== undefined) block.credit = credit;
    }
    article.image = block;
  }
  const partOf = _resolve(node.isPartOf, state, ["site"]);
  const siteNode =
    _isNode(partOf) && _types(partOf).includes("WebSite")
      ? partOf
      : _resolve(node.publisher, state, ["site"]);
  if (_isNode(siteNode)) {
    const site: Node = {};
    const name = _string(siteNode.name);
    if (name !== undefined) site.name = name;
    const siteUrl = _url(siteNode.url);
    if (siteUrl !== undefined) site.url = siteUrl;
    article.site = site;
  }
  const tags: Node[] = [];
  const addTags = (value: unknown, kind: string) => {
    const names: string[] = [];
    for (const item of _list(value)) {
      if (typeof item === "string") {
        if (Array.isArray(value)) names.push(item);
        else for (const part of item.split(",")) names.push(part.trim());
      } else {
        const name = _isNode(item) ? _string(item.name) : undefined;
        if (name !== undefined) names.push(name);
      }
    }
    for (const name of names) {
      if (name.trim() === "") continue;
      tags.push({ name, slug: slugify(name) || name, kind });
    }
  };
  addTags(node.keywords, "keyword");
  addTags(node.articleSection, "category");
  article.tags = tags;
  const body = _string(node.articleBody) ?? _string(node.text);
  article.lead = body === undefined ? [] : _paragraphs(body);
  // The declared count: commentCount, else a comment counter.
  let count = _count(node.commentCount);
  if (node.commentCount !== undefined && count === undefined) {
    state.messages.push(
      _message("invalid-value", "Left out a `commentCount` that is not a whole number", {
        path: ["commentCount"],
        actual: JSON.stringify(node.commentCount),
      }),
    );
  }
  if (count === undefined) {
    for (const item of _list(node.interactionStatistic)) {
      const counter = _resolve(item, state, ["commentCount"]);
      if (_isCounter(counter)) {
        count = _count(counter.userInteractionCount);
        if (count !== undefined) break;
      }
    }
  }
  if (count !== undefined) article.commentCount = count;
  _unused(node, ARTICLE_KEYS, state, []);
  article.comments = _comments(node, state);
  const result = _finish(article, state.messages);
  return { article: result, messages: state.messages };
}

/**
 * The comments of an article node: nested under `comment`, or flat with
 * `parentItem`; document order, a nested reply right after its parent's
 * earlier replies. Ids from `identifier`, else from `@id`, else made up.
 */
function _comments(article: Node, state: _State): Node[] {
  const out: Node[] = [];
  const byIri = new Map<string, string>();
  const used = new Set<string>();
  const pendingParents: { comment: Node; ref: unknown; index: number }[] = [];
  const stack: { value: unknown; parent: string | undefined }[] = [];
  const push = (list: unknown, parent: string | undefined) => {
    const items = _list(list);
    for (let index = items.length - 1; index >= 0; index--)
      stack.push({ value: items[index], parent });
  };
  push(article.comment, undefined);
  while (stack.length > 0) {
    const { value, parent } = stack.pop() as { value: unknown; parent: string | undefined };
    const index = out.length;
    const node = _resolve(value, state, ["comments", index]);
    if (!_isNode(node)) continue;
    const iri = typeof node["@id"] === "string" ? node["@id"] : undefined;
    let id = _string(node.identifier);
    if (id === undefined && iri !== undefined) {
      const hash = iri.lastIndexOf("#");
      id = decodeURIComponentSafe(hash === -1 ? iri : iri.slice(hash + 1).replace(/^comment-/, ""));
    }
    if (id === undefined || id.trim() === "") {
      id = `c${index + 1}`;
      state.messages.push(
        _message("comment-id-generated", "Gave an id to a comment that had none", {
          path: ["comments", index, "id"],
          actual: id,
        }),
      );
    }
    if (used.has(id)) {
      let suffix = 2;
      while (used.has(`${id}-${suffix}`)) suffix++;
      state.messages.push(
        _message("comment-duplicate-id", "Renamed a comment whose id another comment has", {
          path: ["comments", index, "id"],
          actual: id,
        }),
      );
      id = `${id}-${suffix}`;
    }
    used.add(id);
    if (iri !== undefined && !byIri.has(iri)) byIri.set(iri, id);
    const comment: Node = { id };
    if (parent !== undefined) comment.parentId = parent;
    else if (node.parentItem !== undefined)
      pendingParents.push({ comment, ref: node.parentItem, index });
    const author = _list(node.author)[0];
    comment.author = (author === undefined
      ? undefined
      : _person(author, state, ["comments", index, "author"])) ?? {
      name: "anonymous",
    };
    if (author === undefined) {
      state.messages.push(
        _message("author-unnamed", "Named a comment without an author `anonymous`", {
          path: ["comments", index, "author"],
        }),
      );
    }
    const published = _string(node.datePublished) ?? _string(node.dateCreated);
    if (published !== undefined) comment.publishedAt = published;
    const modified = _string(node.dateModified);
    if (modified !== undefined) comment.updatedAt = modified;
    comment.body = _paragraphs(_string(node.text) ?? "");
    const up = _count(node.upvoteCount);
    const down = _count(node.downvoteCount);
    if (up !== undefined || down !== undefined) comment.score = (up ?? 0) - (down ?? 0);
    _unused(node, COMMENT_KEYS, state, ["comments", index]);
    out.push(comment);
    push(node.comment, id);
  }
  for (const { comment, ref, index } of pendingParents) {
    const iri = typeof ref === "string" ? ref : _isNode(ref) ? ref["@id"] : undefined;
    const parent = typeof iri === "string" ? byIri.get(iri) : undefined;
    if (parent === undefined || parent === comment.id) {
      state.messages.push(
        _message(
          "missing-parent",
          "Kept at the top level a reply whose `parentItem` names no comment",
          {
            path: ["comments", index, "parentId"],
            actual: typeof iri === "string" ? iri : JSON.stringify(ref),
          },
        ),
      );
    } else comment.parentId = parent;
  }
  return out;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
