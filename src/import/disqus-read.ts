// The Disqus handler: the events of the one XML path (`_xml.ts`) → articles.
// Posts name their thread by `dsq:id` and may come before it, so the
// threads and the posts (already converted: blocks, not XML text) are kept
// until the end, then joined: memory follows the comments, never the XML.
import { ArticleError, type Place } from "../error.js";
import { _message } from "../message.js";
import type { Article } from "../schema/article.js";
import type { Comment } from "../schema/comment.js";
import type { Person } from "../schema/person.js";
import type { Tag } from "../schema/tag.js";
import { slugify } from "../tags/slugify.js";
import { _place, _xmlText, type XmlHandler, type XmlNode } from "./_xml.js";
import { _linkComments, type RawComment } from "./_xml-comments.js";
import { _htmlBlocks } from "./_xml-html.js";
import { _bag, _blocksOnly } from "./_xml-shared.js";
import { _bool, _clean, _email, _isoDate, _url } from "./_xml-values.js";
import type { DisqusMessage, DisqusRuleId } from "./disqus-types.js";

const INTERNALS = /^https?:\/\/disqus\.com\/disqus-internals\/?$/;
const WXR = /^https?:\/\/wordpress\.org\/export\/1\.[0-2]\/$/;

/** Checked options of the Disqus reader. */
export interface DisqusSettings {
  deletedThreads: "keep" | "skip";
}

/** The Disqus reader's state and handler. */
export interface DisqusReader {
  handler: XmlHandler;
  /** End of the input: join posts to threads and emit the articles. */
  finish: () => void;
}

interface Thread {
  dsqId: string;
  node: XmlNode;
  key: string;
  article: Article;
  deleted: boolean;
  raws: RawComment[];
}

interface Post extends RawComment {
  thread: string;
}

type Report = (
  ruleId: DisqusRuleId,
  reason: string,
  place: Place | undefined,
  path?: (string | number)[],
  actual?: string,
) => void;

function _wrongFormat(found: string, place: Place): ArticleError {
  return new ArticleError([
    {
      code: "invalid_value",
      message: `Expected a Disqus export (<disqus> with threads and posts), found ${found}`,
      path: [],
      place,
    },
  ]);
}

function _dsqId(node: XmlNode | undefined): string {
  if (node === undefined) return "";
  for (const attribute of node.attributes) {
    if (attribute.local === "id" && INTERNALS.test(attribute.uri)) return attribute.value.trim();
  }
  return "";
}

function _maybePlace(node: XmlNode | undefined): Place | undefined {
  return node === undefined ? undefined : _place(node);
}

function _fields(node: XmlNode): Map<string, XmlNode> {
  const fields = new Map<string, XmlNode>();
  for (const child of node.children) {
    if (typeof child !== "string" && !fields.has(child.local)) fields.set(child.local, child);
  }
  return fields;
}

function _text(fields: Map<string, XmlNode>, key: string): string {
  return _clean(_xmlText(fields.get(key)));
}

/**
 * Make the Disqus reader.
 *
 * @param settings
 *   Checked options.
 * @param emit
 *   Called with each article (or `undefined`) and its messages.
 * @returns
 *   The handler and `finish`.
 */
export function _disqusReader(
  settings: DisqusSettings,
  emit: (article: Article | undefined, messages: DisqusMessage[]) => void,
): DisqusReader {
  let messages: DisqusMessage[] = [];
  const categories = new Map<string, string>();
  const threads = new Map<string, Thread>();
  const posts: Post[] = [];
  const report: Report = (ruleId, reason, place, path, actual) => {
    messages.push(_message(ruleId, reason, { place, path, actual }));
  };
  let postCount = 0;
  const handler: XmlHandler = {
    depth: 1,
    open(node) {
      if (node.local === "disqus") return;
      if (
        node.local === "rss" &&
        (WXR.test(node.uri) || node.declared.some((uri) => WXR.test(uri)))
      ) {
        throw _wrongFormat("a WordPress export (WXR): read it with fromWxr", _place(node));
      }
      throw _wrongFormat(`<${node.name}>`, _place(node));
    },
    node(node) {
      if (node.local === "category") {
        const title = _clean(_xmlText(_fields(node).get("title"))).trim();
        if (title !== "") categories.set(_dsqId(node), title);
      } else if (node.local === "thread") _thread(node);
      else if (node.local === "post") _post(node);
    },
    notice(ruleId, reason, place, actual) {
      report(ruleId, reason, place, undefined, actual);
    },
  };

  function _person(
    node: XmlNode | undefined,
    bag: Record<string, unknown>,
    owner: XmlNode,
  ): Person {
    const fields = node === undefined ? new Map<string, XmlNode>() : _fields(node);
    const person: Person = { name: _text(fields, "name").trim() || "Anonymous" };
    const emailText = _text(fields, "email");
    const email = _email(emailText);
    if (typeof email === "string") person.email = email;
    else if (email === undefined) {
      bag.authorEmail = emailText;
      report(
        "email-invalid",
        "An author's e-mail address is not one: kept as `authorEmail`",
        _place(owner),
        undefined,
        emailText.slice(0, 200),
      );
    }
    const username = _text(fields, "username").trim();
    if (username !== "") person.id = username;
    const link = _url(_text(fields, "link"));
    if (typeof link === "string") person.url = link;
    const anonymous = _bool(_text(fields, "isAnonymous"));
    // Only the exception is kept: most authors are not anonymous.
    if (anonymous === true) bag.isAnonymous = true;
    return person;
  }

  function _flag(
    fields: Map<string, XmlNode>,
    key: string,
    bag: Record<string, unknown>,
    owner: XmlNode,
  ): boolean {
    const text = _text(fields, key);
    const value = _bool(text);
    if (value === undefined) {
      bag[key] = text;
      report(
        "boolean-invalid",
        `<${key}> is ${JSON.stringify(text)}, not true or false: read as false and kept under \`disqus.${key}\``,
        _maybePlace(fields.get(key)) ?? _place(owner),
        undefined,
        text.slice(0, 200),
      );
      return false;
    }
    return value === true;
  }

  function _date(
    fields: Map<string, XmlNode>,
    bag: Record<string, unknown>,
    owner: XmlNode,
  ): string | undefined {
    const text = _text(fields, "createdAt");
    const date = _isoDate(text);
    if (typeof date === "string") return date;
    if (date === undefined) {
      bag.createdAt = text;
      report(
        "date-invalid",
        `The date ${JSON.stringify(text)} cannot be read: kept under \`disqus.createdAt\``,
        _maybePlace(fields.get("createdAt")) ?? _place(owner),
        undefined,
        text.slice(0, 200),
      );
    }
    return undefined;
  }

  function _thread(node: XmlNode): void {
    const dsqId = _dsqId(node);
    const fields = _fields(node);
    if (threads.has(dsqId)) {
      report(
        "thread-duplicate",
        `A second thread with dsq:id ${JSON.stringify(dsqId)} was left out (the first is kept)`,
        _place(node),
        undefined,
        dsqId,
      );
      return;
    }
    const bag: Record<string, unknown> = { id: dsqId };
    const identifier = _text(fields, "id").trim();
    const linkText = _text(fields, "link").trim();
    const title = _text(fields, "title").trim();
    const url = _url(linkText);
    let articleTitle = title;
    if (articleTitle === "") {
      articleTitle = linkText || identifier || `Disqus thread ${dsqId}`;
      report(
        "title-missing",
        `Thread ${JSON.stringify(dsqId)} has no title: ${JSON.stringify(articleTitle)} stands in`,
        _place(node),
        undefined,
        dsqId,
      );
    }
    const article: Article = {
      title: articleTitle,
      authors: [],
      lead: [],
      sections: [],
      tags: [],
      comments: [],
    };
    const key = identifier || linkText || `dsq:${dsqId}`;
    article.id = key;
    if (typeof url === "string") article.url = url;
    else if (url === undefined) {
      bag.link = linkText;
      report(
        "url-invalid",
        `The link of thread ${JSON.stringify(dsqId)} is not an absolute http(s) URL: kept under \`disqus.link\``,
        _place(node),
        undefined,
        linkText.slice(0, 200),
      );
    }
    const published = _date(fields, bag, node);
    if (published !== undefined) article.publishedAt = published;
    const authorNode = fields.get("author");
    if (authorNode !== undefined) {
      const authorBag: Record<string, unknown> = {};
      article.authors = [_person(authorNode, authorBag, node)];
      if (Object.keys(authorBag).length > 0) bag.author = authorBag;
    }
    const message = _text(fields, "message");
    if (message.trim() !== "") {
      const body = _htmlBlocks(message, { base: article.url, headings: false });
      for (const item of body.messages)
        report(item.ruleId, item.reason, _place(node), undefined, item.actual);
      article.lead = _blocksOnly(body.items);
    }
    const deleted = _flag(fields, "isDeleted", bag, node);
    if (deleted) bag.isDeleted = true;
    const closed = _flag(fields, "isClosed", bag, node);
    if (closed) bag.isClosed = true;
    const category = _dsqId(fields.get("category"));
    if (category !== "") bag.category = category;
    for (const name of ["forum", "ipAddress"]) {
      const value = _text(fields, name).trim();
      if (value !== "") bag[name] = value;
    }
    _bag(article, "disqus", bag);
    threads.set(dsqId, { dsqId, node, key, article, deleted, raws: [] });
  }

  function _post(node: XmlNode): void {
    const fields = _fields(node);
    const bag: Record<string, unknown> = {};
    let id = _dsqId(node);
    const identifier = _text(fields, "id").trim();
    if (identifier !== "") bag.id = identifier;
    if (id === "") {
      id = identifier;
      if (id === "") {
        id = `post-${postCount + 1}`;
        report(
          "id-missing",
          `A post has neither dsq:id nor <id>: ${JSON.stringify(id)} stands in`,
          _place(node),
          undefined,
          id,
        );
      }
    }
    postCount++;
    const message = _text(fields, "message");
    const body = _htmlBlocks(message, { base: undefined, headings: false });
    for (const item of body.messages)
      report(item.ruleId, item.reason, _place(node), undefined, item.actual);
    const author = _person(fields.get("author"), bag, node);
    const comment: Comment = { id, author, status: "published", body: _blocksOnly(body.items) };
    const deleted = _flag(fields, "isDeleted", bag, node);
    const spam = _flag(fields, "isSpam", bag, node);
    if (deleted) comment.status = "deleted";
    else if (spam) comment.status = "spam";
    if (deleted && spam) bag.isSpam = true;
    if (comment.body.length === 0 && !deleted) {
      report(
        "post-empty",
        `Post ${JSON.stringify(id)} has an empty message: kept as deleted`,
        _place(node),
        undefined,
        id,
      );
      if (spam) bag.isSpam = true;
      comment.status = "deleted";
    }
    const published = _date(fields, bag, node);
    if (published !== undefined) comment.publishedAt = published;
    const parent = _dsqId(fields.get("parent"));
    if (parent !== "") comment.parentId = parent;
    for (const name of ["ipAddress", "forum"]) {
      const value = _text(fields, name).trim();
      if (value !== "") bag[name] = value;
    }
    for (const name of ["points", "likes", "dislikes"]) {
      const value = _text(fields, name).trim();
      if (value !== "" && Number.isFinite(Number(value))) bag[name] = Number(value);
    }
    posts.push({
      thread: _dsqId(fields.get("thread")),
      comment,
      line: node.line,
      column: node.column,
      bag,
    });
  }

  const tags = new Map<string, Tag | undefined>();
  function _tag(category: string): Tag | undefined {
    if (tags.has(category)) return tags.get(category);
    const name = categories.get(category);
    const slug = name === undefined ? "" : slugify(name);
    const tag: Tag | undefined =
      name === undefined || slug === "" ? undefined : { name, slug, kind: "category" };
    tags.set(category, tag);
    return tag;
  }

  return {
    handler,
    finish() {
      // Threads sharing an identifier are one article (the first thread's).
      const byKey = new Map<string, Thread>();
      const owner = new Map<string, Thread>();
      for (const thread of threads.values()) {
        const first = byKey.get(thread.key);
        if (first === undefined) {
          byKey.set(thread.key, thread);
          owner.set(thread.dsqId, thread);
          continue;
        }
        owner.set(thread.dsqId, first);
        const bag = (first.article as unknown as { disqus: Record<string, unknown> }).disqus;
        const merged = (bag.mergedThreads as string[] | undefined) ?? [];
        merged.push(thread.dsqId);
        bag.mergedThreads = merged;
        report(
          "thread-merged",
          `Thread ${JSON.stringify(thread.dsqId)} has the same identifier as thread ${JSON.stringify(first.dsqId)} (${JSON.stringify(thread.key)}): their posts form one article`,
          _place(thread.node),
          undefined,
          thread.key,
        );
      }
      const missing = new Map<string, string[]>();
      for (const post of posts) {
        const thread = owner.get(post.thread);
        if (thread === undefined) {
          const ids = missing.get(post.thread) ?? [];
          ids.push(post.comment.id);
          missing.set(post.thread, ids);
        } else thread.raws.push(post);
      }
      posts.length = 0;
      for (const [thread, ids] of missing) {
        report(
          "thread-missing",
          `${ids.length} post(s) name thread ${JSON.stringify(thread)}, which is not in the export: left out (their ids: ${ids.join(", ")})`,
          undefined,
          undefined,
          ids.join(","),
        );
      }
      if (messages.length > 0) {
        const out = messages;
        messages = [];
        emit(undefined, out);
      }
      let index = 0;
      for (const thread of byKey.values()) {
        const deleted = thread.deleted;
        if (deleted) {
          const skip = settings.deletedThreads === "skip";
          report(
            "thread-deleted",
            skip
              ? `Thread ${JSON.stringify(thread.dsqId)} is deleted in Disqus: left out with its ${thread.raws.length} post(s)`
              : `Thread ${JSON.stringify(thread.dsqId)} is deleted in Disqus: kept (\`disqus.isDeleted\`) with its ${thread.raws.length} post(s)`,
            _place(thread.node),
            skip ? undefined : ["articles", index],
            thread.dsqId,
          );
          if (skip) {
            const out = messages;
            messages = [];
            emit(undefined, out);
            continue;
          }
        }
        const linked = _linkComments(thread.raws);
        for (const raw of thread.raws) {
          if (Object.keys(raw.bag).length > 0) _bag(raw.comment, "disqus", raw.bag);
        }
        thread.raws = [];
        thread.article.comments = linked.comments;
        for (const repair of linked.repairs) {
          report(
            repair.ruleId,
            repair.reason,
            repair.place,
            ["articles", index, "comments", repair.index],
            repair.actual,
          );
        }
        const category = (thread.article as unknown as { disqus: Record<string, unknown> }).disqus
          .category as string | undefined;
        const tag = category === undefined ? undefined : _tag(category);
        thread.article.tags = tag === undefined ? [] : [{ ...tag }];
        const out = messages;
        messages = [];
        emit(thread.article, out);
        index++;
      }
    },
  };
}
