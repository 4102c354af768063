// ActivityStreams 2.0 out: the article as an `Article` whose `replies` is an
// `OrderedCollection` of `Note`s, each `inReplyTo` the article or its
// parent comment. Every term is defined by the W3C context, and `Hashtag`
// by the one-line extension Mastodon and others use (`as:Hashtag`).

import { _checkOptions } from "../_args.js";
import { ArticleError } from "../error.js";
import { parseArticle } from "../json/parse.js";
import type { Article } from "../schema/article.js";
import type { Person } from "../schema/person.js";
import { _commentIri, _statuses, _written } from "./_comments.js";
import { _escape, _html } from "./_html.js";
import type { ToActivityStreamsOptions } from "./types.js";

/** The W3C ActivityStreams 2.0 context. */
const AS = "https://www.w3.org/ns/activitystreams";

type Node = Record<string, unknown>;

function _actor(person: Person): Node {
  const node: Node = { type: "Person", name: person.name };
  if (person.url !== undefined) node.url = person.url;
  return node;
}

function _absolute(url: string, base: string): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/**
 * Write an article and its comments as an ActivityStreams 2.0 `Article`.
 *
 * @param article
 *   Article (checked first); it needs a `url`, from which every id is made.
 * @param options
 *   Configuration (optional).
 * @returns
 *   The AS2 object, plain JSON.
 * @throws {ArticleError}
 *   When the article is not valid, or has no `url` (`missing_field`).
 */
export function toActivityStreams(
  article: Article,
  options?: ToActivityStreamsOptions,
): Record<string, unknown> {
  const record = _checkOptions(options, "toActivityStreams", ["statuses"]);
  const statuses = _statuses(record.statuses, "toActivityStreams");
  const a = parseArticle(article);
  const base = a.url;
  if (base === undefined) {
    throw new ArticleError([
      {
        code: "missing_field",
        message: "Expected a `url`: ActivityStreams ids are made from it",
        path: ["url"],
      },
    ]);
  }
  const node: Node = {
    "@context": a.tags.length > 0 ? [AS, { Hashtag: "as:Hashtag" }] : AS,
    type: "Article",
    id: base,
    url: base,
    name: a.title,
  };
  if (a.summary !== undefined) node.summary = _escape(a.summary);
  let content = _html(a.lead);
  for (const section of a.sections) {
    content += `<h${section.level}>${_escape(section.heading)}</h${section.level}>${_html(section.blocks)}`;
  }
  node.content = content;
  if (a.lang !== undefined) node.contentMap = { [a.lang]: content };
  node.mediaType = "text/html";
  if (a.authors.length > 0) node.attributedTo = a.authors.map(_actor);
  if (a.publishedAt !== undefined) node.published = a.publishedAt;
  if (a.updatedAt !== undefined) node.updated = a.updatedAt;
  if (a.image !== undefined) {
    const href = _absolute(a.image.url, base);
    if (href !== undefined) {
      const image: Node = { type: "Image", url: href };
      if (a.image.alt !== undefined) image.name = a.image.alt;
      node.image = image;
    }
  }
  if (a.tags.length > 0) {
    node.tag = a.tags.map((tag) => ({ type: "Hashtag", name: `#${tag.slug}` }));
  }
  const written = _written(a.comments, statuses);
  const notes: Node[] = written.map(({ comment, parentId }) => {
    const id = _commentIri(base, comment.id);
    const note: Node = { type: "Note", id, url: id, attributedTo: _actor(comment.author) };
    const html = _html(comment.body);
    note.content = html;
    if (a.lang !== undefined) note.contentMap = { [a.lang]: html };
    note.mediaType = "text/html";
    if (comment.publishedAt !== undefined) note.published = comment.publishedAt;
    if (comment.updatedAt !== undefined) note.updated = comment.updatedAt;
    note.inReplyTo = parentId === undefined ? base : _commentIri(base, parentId);
    return note;
  });
  const hash = base.indexOf("#");
  node.replies = {
    type: "OrderedCollection",
    id: `${hash === -1 ? base : base.slice(0, hash)}#replies`,
    totalItems: notes.length,
    orderedItems: notes,
  };
  return node;
}
