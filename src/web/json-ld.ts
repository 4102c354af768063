// schema.org JSON-LD out: the article as an `Article` (or a subtype) with
// its authors, dates, site, keywords, word count and reading time, and every
// written comment as a `Comment`, nested under its parent's `comment` or
// linked with `parentItem`. Mapping and projection: docs/formats/web.md.
import { _checkOptions, _oneOf } from "../_args.js";
import { parseArticle } from "../json/parse.js";
import type { Article } from "../schema/article.js";
import type { Block, Image } from "../schema/block.js";
import type { Comment } from "../schema/comment.js";
import type { Person } from "../schema/person.js";
import { articleStats } from "../words/stats.js";
import { _commentIri, _statuses, _written } from "./_comments.js";
import { _bodyText, _plainText } from "./_text.js";
import type { JsonLdType, ToJsonLdOptions } from "./types.js";

const KNOWN = ["maxDepth", "replies", "statuses", "type"] as const;
const TYPES: readonly JsonLdType[] = [
  "Article",
  "NewsArticle",
  "BlogPosting",
  "DiscussionForumPosting",
];

type Node = Record<string, unknown>;

/**
 * Make a schema.org `Person` node.
 *
 * @param person
 *   Person of the model.
 * @returns
 *   The node (`name`, `url`, `email`, `identifier`).
 */
function _personNode(person: Person): Node {
  const node: Node = { "@type": "Person", name: person.name };
  if (person.url !== undefined) node.url = person.url;
  if (person.email !== undefined) node.email = person.email;
  if (person.id !== undefined) node.identifier = person.id;
  return node;
}

function _imageNode(image: Image): Node {
  const node: Node = { "@type": "ImageObject", url: image.url };
  if (image.caption !== undefined) node.caption = image.caption;
  if (image.alt !== undefined) node.description = image.alt;
  if (image.credit !== undefined) node.creditText = image.credit;
  return node;
}

function _quotations(article: Article): Node[] {
  const out: Node[] = [];
  const visit = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (block.type === "quote" && block.attribution !== undefined) {
        const node: Node = {
          "@type": "Quotation",
          text: _plainText(block.blocks),
          creator: { "@type": "Person", name: block.attribution },
        };
        if (block.cite !== undefined) node.url = block.cite;
        out.push(node);
      }
      const paragraphs =
        block.type === "paragraph" ? [block] : block.type === "list" ? block.items : [];
      for (const paragraph of paragraphs) {
        for (const mark of paragraph.marks ?? []) {
          if (mark.type !== "quote" || mark.attribution === undefined) continue;
          out.push({
            "@type": "Quotation",
            text: paragraph.text.slice(mark.start, mark.end),
            creator: { "@type": "Person", name: mark.attribution },
          });
        }
      }
    }
  };
  visit(article.lead);
  for (const section of article.sections) visit(section.blocks);
  return out;
}

function _commentNode(comment: Comment, iri: string, url: string | undefined): Node {
  const node: Node = { "@type": "Comment", "@id": iri, identifier: comment.id };
  if (url !== undefined) node.url = url;
  node.author = _personNode(comment.author);
  if (comment.publishedAt !== undefined) node.datePublished = comment.publishedAt;
  if (comment.updatedAt !== undefined) node.dateModified = comment.updatedAt;
  node.text = _plainText(comment.body);
  if (comment.score !== undefined && Number.isInteger(comment.score)) {
    if (comment.score >= 0) node.upvoteCount = comment.score;
    else node.downvoteCount = -comment.score;
  }
  return node;
}

/**
 * Write an article and its comments as a schema.org JSON-LD object.
 *
 * @param article
 *   Article (checked first).
 * @param options
 *   Configuration (optional).
 * @returns
 *   A JSON-LD object (`@context` `https://schema.org`), plain JSON.
 * @throws {ArticleError}
 *   When the article is not valid.
 */
export function toJsonLd(article: Article, options?: ToJsonLdOptions): Record<string, unknown> {
  const record = _checkOptions(options, "toJsonLd", KNOWN);
  const type = _oneOf(record, "type", TYPES, "Article", "toJsonLd");
  const replies = _oneOf(
    record,
    "replies",
    ["nested", "parentItem"] as const,
    "nested",
    "toJsonLd",
  );
  const statuses = _statuses(record.statuses, "toJsonLd");
  const maxDepth = record.maxDepth ?? 32;
  if (typeof maxDepth !== "number" || !Number.isInteger(maxDepth) || maxDepth < 0) {
    throw new TypeError(
      `Cannot use ${JSON.stringify(maxDepth) ?? String(maxDepth)} for \`options.maxDepth\` of \`toJsonLd\`, expected a whole number, 0 or more`,
    );
  }
  const a = parseArticle(article);
  const stats = articleStats(a);
  const node: Node = { "@context": "https://schema.org", "@type": type };
  if (a.url !== undefined) {
    node["@id"] = a.url;
    node.url = a.url;
  }
  if (a.id !== undefined) node.identifier = a.id;
  node.headline = a.title;
  if (a.subtitle !== undefined) node.alternativeHeadline = a.subtitle;
  if (a.summary !== undefined) node.description = a.summary;
  if (a.lang !== undefined) node.inLanguage = a.lang;
  node.author = a.authors.map(_personNode);
  if (a.publishedAt !== undefined) node.datePublished = a.publishedAt;
  if (a.updatedAt !== undefined) node.dateModified = a.updatedAt;
  if (a.image !== undefined) node.image = _imageNode(a.image);
  if (a.site !== undefined) {
    const site: Node = {};
    if (a.site.name !== undefined) site.name = a.site.name;
    if (a.site.url !== undefined) site.url = a.site.url;
    node.publisher = { "@type": "Organization", ...site };
    node.isPartOf = { "@type": "WebSite", ...site };
  }
  const keywords = a.tags.filter((tag) => tag.kind !== "category").map((tag) => tag.name);
  const sections = a.tags.filter((tag) => tag.kind === "category").map((tag) => tag.name);
  if (keywords.length > 0) node.keywords = keywords;
  if (sections.length > 0) node.articleSection = sections;
  node[type === "DiscussionForumPosting" ? "text" : "articleBody"] = _bodyText(a);
  node.wordCount = stats.wordCount;
  node.timeRequired = stats.timeRequired;
  const quotations = _quotations(a);
  if (quotations.length > 0) node.hasPart = quotations;
  const written = _written(a.comments, statuses);
  node.commentCount = a.commentCount ?? written.length;
  if (written.length > 0) {
    const top: Node[] = [];
    const nodes = new Map<string, Node>();
    for (const { comment, parentId, depth } of written) {
      const iri =
        a.url === undefined
          ? `_:comment-${encodeURIComponent(comment.id)}`
          : _commentIri(a.url, comment.id);
      const child = _commentNode(comment, iri, a.url === undefined ? undefined : iri);
      nodes.set(comment.id, child);
      const parent = parentId === undefined ? undefined : nodes.get(parentId);
      if (parent === undefined) top.push(child);
      else if (replies === "nested" && depth <= maxDepth) {
        if (parent.comment === undefined) parent.comment = [];
        (parent.comment as Node[]).push(child);
      } else {
        child.parentItem = { "@id": parent["@id"] };
        top.push(child);
      }
    }
    node.comment = top;
  }
  return node;
}

/**
 * Write an article's JSON-LD as the text of a `<script type="application/ld+json">`
 * element, safe to inline in HTML: every `<` (so `</script` and `<!--`),
 * U+2028 and U+2029 are written as JSON escapes.
 *
 * @param article
 *   Article (checked first).
 * @param options
 *   Configuration, as for `toJsonLd` (optional).
 * @returns
 *   The whole element, `<script type="application/ld+json">…</script>`.
 * @throws {ArticleError}
 *   When the article is not valid.
 */
export function toJsonLdScript(article: Article, options?: ToJsonLdOptions): string {
  const json = JSON.stringify(toJsonLd(article, options)).replace(/[<\u2028\u2029]/g, (char) =>
    char === "<" ? "\\u003c" : char === "\u2028" ? "\\u2028" : "\\u2029",
  );
  return `<script type="application/ld+json">${json}</script>`;
}
