// The Disqus handler: the events of the one XML path (`_xml.ts`) → articles.
// Posts name their thread by `dsq:id` and may come before it, so the
// threads and the posts are kept until the end, then joined: the posts as
// one record each of their fields (the message still HTML) in a byte store
// off the heap (`_arena.ts`), made comments when their article is asked
// for. Memory follows the posts' text, never the XML markup.

import { _detach } from "../_string.js";
import { ArticleError, type Place } from "../error.js";
import { _message } from "../message.js";
import type { Article } from "../schema/article.js";
import type { Comment } from "../schema/comment.js";
import type { Person } from "../schema/person.js";
import type { Tag } from "../schema/tag.js";
import { slugify } from "../tags/slugify.js";
import { _textArena } from "./_arena.js";
import {
  _place,
  _xmlText,
  type XmlAttribute,
  type XmlHandler,
  type XmlNode,
  type XmlSink,
} from "./_xml.js";
import { _linkComments, type RawComment } from "./_xml-comments.js";
import { _htmlBlocks } from "./_xml-html.js";
import { _bag, _blocksOnly } from "./_xml-shared.js";
import { _bool, _clean, _email, _isoDate, _url } from "./_xml-values.js";
import type { DisqusChunk, DisqusMessage, DisqusRuleId } from "./disqus-types.js";

const INTERNALS = /^https?:\/\/disqus\.com\/disqus-internals\/?$/;
const WXR = /^https?:\/\/wordpress\.org\/export\/1\.[0-2]\/$/;

/** Checked options of the Disqus reader. */
export interface DisqusSettings {
  deletedThreads: "keep" | "skip";
}

/** The Disqus reader's state and handler. */
export interface DisqusReader {
  handler: XmlHandler;
  /**
   * End of the input: join posts to threads and yield the articles, each
   * made when it is asked for (the file's own messages come first, with
   * `article: undefined`).
   */
  finish: () => Generator<DisqusChunk>;
}

interface Thread {
  dsqId: string;
  /** Where its start tag ends (its tree is not kept: memory the collector would move). */
  place: Place;
  key: string;
  article: Article;
  deleted: boolean;
  /** Its posts' numbers, once the file has ended. */
  posts: number[];
}

/**
 * The fields of a post kept until the end of the file, in the order of
 * its record in the text store (joined by U+0000, which XML text cannot
 * hold: saxes refuses `&#0;` and the control characters are removed).
 */
const FIELD = {
  id: 0,
  parent: 1,
  identifier: 2,
  published: 3,
  name: 4,
  email: 5,
  username: 6,
  url: 7,
  ipAddress: 8,
  forum: 9,
  points: 10,
  likes: 11,
  dislikes: 12,
  message: 13,
} as const;

/** Where a post's fields go while it is read (`_post`'s slots). */
const SLOT = {
  id: 0,
  message: 1,
  createdAt: 2,
  isDeleted: 3,
  isSpam: 4,
  ipAddress: 5,
  forum: 6,
  points: 7,
  likes: 8,
  dislikes: 9,
  name: 10,
  email: 11,
  username: 12,
  link: 13,
  isAnonymous: 14,
} as const;
const SLOT_COUNT = 15;
/** The slots of a post's own fields (its children), by local name. */
const POST_FIELDS = new Map<string, number>(
  (
    [
      "id",
      "message",
      "createdAt",
      "isDeleted",
      "isSpam",
      "ipAddress",
      "forum",
      "points",
      "likes",
      "dislikes",
    ] as const
  ).map((name) => [name, SLOT[name]]),
);
/** The slots of its author's fields (children of its first `<author>`), by local name. */
const AUTHOR_FIELDS = new Map<string, number>(
  (["name", "email", "username", "link", "isAnonymous"] as const).map((name) => [name, SLOT[name]]),
);
/** Claimed-element bits beyond the slots': the first `<author>`, `<thread>`, `<parent>`. */
const AUTHOR = 1 << 15;
const THREAD = 1 << 16;
const PARENT = 1 << 17;

/** A post's state: `isDeleted` is true. */
const DELETED = 1;
/** A post's state: `isSpam` is true. */
const SPAM = 2;

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

/** The namespace of `dsq:id` as Disqus writes it (others are tested with {@link INTERNALS}). */
const INTERNALS_URI = "http://disqus.com/disqus-internals";

function _dsqId(node: XmlNode | undefined): string {
  return node === undefined ? "" : _dsqIdOf(node.attributes);
}

function _dsqIdOf(attributes: XmlAttribute[]): string {
  for (const attribute of attributes) {
    if (attribute.local !== "id") continue;
    const uri = attribute.uri;
    if (uri === INTERNALS_URI || INTERNALS.test(uri)) return attribute.value.trim();
  }
  return "";
}

const NO_CHILDREN: (XmlNode | string)[] = [];
/** No post open. */
const NO_NODE: XmlNode = {
  uri: "",
  local: "",
  name: "",
  attributes: [],
  declared: [],
  children: [],
  line: 0,
  column: 0,
};

/** Keep a count (`points`, `likes`…) that is a number. */
function _score(bag: Record<string, unknown>, key: string, value: string): void {
  if (value === "") return;
  const number = Number(value);
  if (Number.isFinite(number)) bag[key] = number;
}

/** How comment bodies are read (one object for all). */
const COMMENT_BODY = { base: undefined, headings: false } as const;

/** Whether an object has a key of its own (without making the list of them). */
function _hasKeys(bag: Record<string, unknown>): boolean {
  for (const key in bag) if (Object.hasOwn(bag, key)) return true;
  return false;
}

/** A person from its fields (`""` for an absent one): a thread's author. */
function _personOf(name: string, email: string, username: string, url: string): Person {
  return _contacts({ name: name || "Anonymous" }, email, username, url);
}

/**
 * A person given the rest of its fields (`""` for an absent one). Each
 * caller makes the object itself: V8 decides per object literal whether
 * to make its objects in the old generation, and one that threads' authors
 * (kept until the end) made so would make every comment's author there,
 * with the texts it points to kept until the next full collection
 * (measured: a fifth of the finish's time).
 */
function _contacts(person: Person, email: string, username: string, url: string): Person {
  if (email !== "") person.email = email;
  if (username !== "") person.id = username;
  if (url !== "") person.url = url;
  return person;
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
 * @returns
 *   The handler and `finish`.
 */
export function _disqusReader(settings: DisqusSettings): DisqusReader {
  let messages: DisqusMessage[] = [];
  const categories = new Map<string, string>();
  const threads = new Map<string, Thread>();
  // The posts, kept until the end: their texts in the store (one record
  // each, see FIELD), their numbers in these lists (by post order).
  const store = _textArena();
  const postThread: number[] = [];
  const postState: number[] = [];
  const postLine: number[] = [];
  const postColumn: number[] = [];
  /** Unknown keys of the odd posts (unreadable values), by post order. */
  const odds = new Map<number, Record<string, unknown>>();
  /** Thread `dsq:id`s as posts name them, and their numbers in `postThread`. */
  const threadNumbers = new Map<string, number>();
  const threadNames: string[] = [];
  const report: Report = (ruleId, reason, place, path, actual) => {
    // Texts of posts are slices of the parser's chunk: copied, or a message kept until the end would keep it.
    messages.push(
      _message(ruleId, reason, {
        place,
        path,
        actual: actual === undefined ? undefined : _detach(actual),
      }),
    );
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
    sink(node) {
      return node.local === "post" ? _postStart(node) : undefined;
    },
    node(node) {
      if (node.local === "category") {
        const title = _clean(_xmlText(_fields(node).get("title"))).trim();
        if (title !== "") categories.set(_dsqId(node), title);
      } else if (node.local === "thread") _thread(node);
    },
    notice(ruleId, reason, place, actual) {
      report(ruleId, reason, place, undefined, actual);
    },
  };

  /**
   * An author's fields, checked (an unreadable e-mail address and
   * `isAnonymous` go to the bag), joined by U+0000: name, e-mail, username,
   * URL, each `""` when absent. The texts are as read (`""` when absent).
   */
  function _authorOf(
    nameText: string,
    emailText: string,
    usernameText: string,
    linkText: string,
    anonymousText: string,
    bag: Record<string, unknown>,
    owner: XmlNode,
  ): string {
    const emailClean = _clean(emailText);
    const email = _email(emailClean);
    if (email === undefined) {
      bag.authorEmail = _detach(emailClean);
      report(
        "email-invalid",
        "An author's e-mail address is not one: kept as `authorEmail`",
        _place(owner),
        undefined,
        emailClean.slice(0, 200),
      );
    }
    const url = linkText === "" ? "" : (_url(_clean(linkText)) ?? "");
    // Only the exception is kept: most authors are not anonymous.
    if (anonymousText !== "" && _bool(_clean(anonymousText)) === true) bag.isAnonymous = true;
    return `${_clean(nameText).trim()}\u0000${email ?? ""}\u0000${_clean(usernameText).trim()}\u0000${url}`;
  }

  /** {@link _authorOf} on an `<author>` element of a thread. */
  function _authorFields(
    node: XmlNode | undefined,
    bag: Record<string, unknown>,
    owner: XmlNode,
  ): string {
    // One pass over the fields (the first of each name counts).
    let nameNode: XmlNode | undefined;
    let emailNode: XmlNode | undefined;
    let usernameNode: XmlNode | undefined;
    let linkNode: XmlNode | undefined;
    let anonymousNode: XmlNode | undefined;
    for (const child of node === undefined ? NO_CHILDREN : node.children) {
      if (typeof child === "string") continue;
      const local = child.local;
      if (local === "name") nameNode ??= child;
      else if (local === "email") emailNode ??= child;
      else if (local === "username") usernameNode ??= child;
      else if (local === "link") linkNode ??= child;
      else if (local === "isAnonymous") anonymousNode ??= child;
    }
    return _authorOf(
      _xmlText(nameNode),
      _xmlText(emailNode),
      _xmlText(usernameNode),
      _xmlText(linkNode),
      _xmlText(anonymousNode),
      bag,
      owner,
    );
  }

  /**
   * A boolean field (`""` when absent) at a place (used when it is
   * reported, which only a present field can be).
   */
  function _flagOf(
    text: string,
    key: string,
    bag: Record<string, unknown>,
    line: number,
    column: number,
  ): boolean {
    if (text === "") return false;
    const value = _bool(text);
    if (value === undefined) {
      bag[key] = _detach(text);
      report(
        "boolean-invalid",
        `<${key}> is ${JSON.stringify(text)}, not true or false: read as false and kept under \`disqus.${key}\``,
        { line, column },
        undefined,
        text.slice(0, 200),
      );
      return false;
    }
    return value === true;
  }

  function _flag(field: XmlNode | undefined, key: string, bag: Record<string, unknown>): boolean {
    return field === undefined
      ? false
      : _flagOf(_clean(_xmlText(field)), key, bag, field.line, field.column);
  }

  /** A date field (`""` when absent), as {@link _flagOf}. */
  function _dateOf(
    text: string,
    bag: Record<string, unknown>,
    line: number,
    column: number,
  ): string | undefined {
    const date = _isoDate(text);
    if (typeof date === "string") return date;
    if (date === undefined) {
      bag.createdAt = _detach(text);
      report(
        "date-invalid",
        `The date ${JSON.stringify(text)} cannot be read: kept under \`disqus.createdAt\``,
        { line, column },
        undefined,
        text.slice(0, 200),
      );
    }
    return undefined;
  }

  function _date(field: XmlNode | undefined, bag: Record<string, unknown>): string | undefined {
    return field === undefined
      ? undefined
      : _dateOf(_clean(_xmlText(field)), bag, field.line, field.column);
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
    const published = _date(fields.get("createdAt"), bag);
    if (published !== undefined) article.publishedAt = published;
    const authorNode = fields.get("author");
    if (authorNode !== undefined) {
      const authorBag: Record<string, unknown> = {};
      const [name, email, username, url] = _authorFields(authorNode, authorBag, node).split(
        "\u0000",
      );
      article.authors = [_personOf(name ?? "", email ?? "", username ?? "", url ?? "")];
      if (Object.keys(authorBag).length > 0) bag.author = authorBag;
    }
    const message = _text(fields, "message");
    if (message.trim() !== "") {
      const body = _htmlBlocks(message, { base: article.url, headings: false });
      for (const item of body.messages)
        report(item.ruleId, item.reason, _place(node), undefined, item.actual);
      // A copy: the blocks the mapping made die young. Kept as they are, they
      // would teach V8 to make every object of the mapping's literals in
      // the old generation, comment bodies included, which then hold their
      // posts' records through each young collection (measured: twice the
      // collection time on an export whose threads have a message).
      article.lead = structuredClone(_blocksOnly(body.items));
    }
    const deleted = _flag(fields.get("isDeleted"), "isDeleted", bag);
    if (deleted) bag.isDeleted = true;
    const closed = _flag(fields.get("isClosed"), "isClosed", bag);
    if (closed) bag.isClosed = true;
    const category = _dsqId(fields.get("category"));
    if (category !== "") bag.category = category;
    for (const name of ["forum", "ipAddress"]) {
      const value = _text(fields, name).trim();
      if (value !== "") bag[name] = value;
    }
    _bag(article, "disqus", bag);
    threads.set(dsqId, { dsqId, place: _place(node), key, article, deleted, posts: [] });
  }

  // A post is read as events (`_xml.ts`'s sink): its fields' texts go
  // straight into these slots, the first element of each name counting, as
  // for the trees of threads (an element's text is all the text inside it).
  const slots: string[] = new Array<string>(SLOT_COUNT).fill("");
  /** Which slots an element has claimed (bit per slot). */
  let claimed = 0;
  /** The slot whose element is open (-1: none), and its level. */
  let slot = -1;
  let slotLevel = 0;
  /** Whether the post's first `<author>` is open. */
  let inAuthor = false;
  let postNode: XmlNode = NO_NODE;
  let threadId = "";
  let parentId = "";
  /** Where the start tag of each slot's element ends (for reports). */
  const lines = new Int32Array(SLOT_COUNT);
  const columns = new Int32Array(SLOT_COUNT);
  const postSink: XmlSink = {
    open(local, attributes, level, line, column) {
      if (slot !== -1) return;
      let at: number | undefined;
      if (level === 1) {
        at = POST_FIELDS.get(local);
        if (at === undefined) {
          if (local === "author" && (claimed & AUTHOR) === 0) {
            claimed |= AUTHOR;
            inAuthor = true;
          } else if (local === "thread" && (claimed & THREAD) === 0) {
            claimed |= THREAD;
            threadId = _dsqIdOf(attributes);
          } else if (local === "parent" && (claimed & PARENT) === 0) {
            claimed |= PARENT;
            parentId = _dsqIdOf(attributes);
          }
          return;
        }
      } else if (level === 2 && inAuthor) {
        at = AUTHOR_FIELDS.get(local);
        if (at === undefined) return;
      } else return;
      // The first element of a name is the field (a later one changes nothing).
      if ((claimed & (1 << at)) !== 0) return;
      claimed |= 1 << at;
      slot = at;
      slotLevel = level;
      lines[at] = line;
      columns[at] = column;
    },
    text(text) {
      if (slot !== -1) slots[slot] += text;
    },
    close(level) {
      if (slot !== -1) {
        if (level === slotLevel) slot = -1;
      } else if (level === 1) inAuthor = false;
    },
    end() {
      _post();
    },
  };

  /** A post opens: its fields will come as events. */
  function _postStart(node: XmlNode): XmlSink {
    postNode = node;
    for (let index = 0; index < SLOT_COUNT; index++) slots[index] = "";
    claimed = 0;
    slot = -1;
    slotLevel = 0;
    inAuthor = false;
    threadId = "";
    parentId = "";
    return postSink;
  }

  /** A post closed: its fields checked and kept as one record. */
  function _post(): void {
    const node = postNode;
    postNode = NO_NODE;
    // Unknown keys that only odd posts have (in the order the bag gets them).
    const odd: Record<string, unknown> = {};
    let id = _dsqId(node);
    const identifier = _clean(slots[SLOT.id] as string).trim();
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
    const person = _authorOf(
      slots[SLOT.name] as string,
      slots[SLOT.email] as string,
      slots[SLOT.username] as string,
      slots[SLOT.link] as string,
      slots[SLOT.isAnonymous] as string,
      odd,
      node,
    );
    const deleted = _flagOf(
      _clean(slots[SLOT.isDeleted] as string),
      "isDeleted",
      odd,
      lines[SLOT.isDeleted] as number,
      columns[SLOT.isDeleted] as number,
    );
    const spam = _flagOf(
      _clean(slots[SLOT.isSpam] as string),
      "isSpam",
      odd,
      lines[SLOT.isSpam] as number,
      columns[SLOT.isSpam] as number,
    );
    if (deleted && spam) odd.isSpam = true;
    const published =
      _dateOf(
        _clean(slots[SLOT.createdAt] as string),
        odd,
        lines[SLOT.createdAt] as number,
        columns[SLOT.createdAt] as number,
      ) ?? "";
    // One record per post, in the order of FIELD. No field holds U+0000:
    // saxes refuses `&#0;`, and `_xml.ts` removes the control characters.
    const handle = store.add(
      `${id}\u0000${parentId}\u0000${identifier}\u0000${published}\u0000${person}\u0000${_clean(slots[SLOT.ipAddress] as string).trim()}\u0000${_clean(slots[SLOT.forum] as string).trim()}\u0000${_clean(slots[SLOT.points] as string).trim()}\u0000${_clean(slots[SLOT.likes] as string).trim()}\u0000${_clean(slots[SLOT.dislikes] as string).trim()}\u0000${_clean(slots[SLOT.message] as string)}`,
    );
    const thread = threadId;
    let number = threadNumbers.get(thread);
    if (number === undefined) {
      number = threadNames.length;
      threadNames.push(thread);
      threadNumbers.set(thread, number);
    }
    postThread.push(number);
    postState.push((deleted ? DELETED : 0) | (spam ? SPAM : 0));
    postLine.push(node.line);
    postColumn.push(node.column);
    if (_hasKeys(odd)) odds.set(handle, odd);
  }

  /** The fields of the record being made a comment, in the order of FIELD (one array for all). */
  const fields: string[] = new Array<string>(FIELD.message + 1).fill("");
  /** Read a record into `fields` (`split` would make an array of fourteen per post). */
  function _fieldsOf(record: string): void {
    let at = 0;
    for (let field = 0; field < FIELD.message; field++) {
      const end = record.indexOf("\u0000", at);
      fields[field] = record.slice(at, end);
      at = end + 1;
    }
    fields[FIELD.message] = record.slice(at);
  }

  /**
   * A post made a comment: its record read back from the store, its body
   * read, its status and unknown keys set. Done when its article is
   * emitted, not while the file is read.
   */
  function _comment(index: number): RawComment {
    _fieldsOf(store.get(index));
    const id = fields[FIELD.id] as string;
    const line = postLine[index] as number;
    const column = postColumn[index] as number;
    const body = _htmlBlocks(fields[FIELD.message] as string, COMMENT_BODY);
    for (const item of body.messages)
      report(item.ruleId, item.reason, { line, column }, undefined, item.actual);
    const comment: Comment = {
      id,
      author: _contacts(
        { name: (fields[FIELD.name] as string) || "Anonymous" },
        fields[FIELD.email] as string,
        fields[FIELD.username] as string,
        fields[FIELD.url] as string,
      ),
      status: "published",
      body: _blocksOnly(body.items),
    };
    const bag: Record<string, unknown> = {};
    const identifier = fields[FIELD.identifier] as string;
    if (identifier !== "") bag.id = identifier;
    const odd = odds.get(index);
    if (odd !== undefined) Object.assign(bag, odd);
    const state = postState[index] as number;
    const deleted = (state & DELETED) !== 0;
    const spam = (state & SPAM) !== 0;
    if (deleted) comment.status = "deleted";
    else if (spam) comment.status = "spam";
    if (comment.body.length === 0 && !deleted) {
      report(
        "post-empty",
        `Post ${JSON.stringify(id)} has an empty message: kept as deleted`,
        { line, column },
        undefined,
        id,
      );
      if (spam) {
        // In the bag's order (as when posts were made comments as read):
        // `isSpam` before an unreadable `createdAt`, which `odd` holds.
        const created = bag.createdAt;
        delete bag.createdAt;
        bag.isSpam = true;
        if (created !== undefined) bag.createdAt = created;
      }
      comment.status = "deleted";
    }
    const published = fields[FIELD.published] as string;
    if (published !== "") comment.publishedAt = published;
    const parent = fields[FIELD.parent] as string;
    if (parent !== "") comment.parentId = parent;
    const ipAddress = fields[FIELD.ipAddress] as string;
    if (ipAddress !== "") bag.ipAddress = ipAddress;
    const forum = fields[FIELD.forum] as string;
    if (forum !== "") bag.forum = forum;
    _score(bag, "points", fields[FIELD.points] as string);
    _score(bag, "likes", fields[FIELD.likes] as string);
    _score(bag, "dislikes", fields[FIELD.dislikes] as string);
    return { comment, line, column, bag };
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
    *finish() {
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
          thread.place,
          undefined,
          thread.key,
        );
      }
      const missing = new Map<string, string[]>();
      const owners = threadNames.map((name) => owner.get(name));
      for (let index = 0; index < postThread.length; index++) {
        const number = postThread[index] as number;
        const thread = owners[number];
        if (thread === undefined) {
          const name = threadNames[number] as string;
          const ids = missing.get(name) ?? [];
          const record = store.get(index);
          ids.push(record.slice(0, record.indexOf("\u0000")));
          missing.set(name, ids);
        } else thread.posts.push(index);
      }
      for (const [thread, ids] of missing) {
        report(
          "thread-missing",
          `${ids.length} post(s) name thread ${JSON.stringify(thread)}, which is not in the export: left out (their ids: ${ids.join(", ")})`,
          undefined,
          undefined,
          ids.join(","),
        );
      }
      // Only `byKey` holds the threads from here: each article is let go once yielded.
      owners.length = 0;
      threads.clear();
      owner.clear();
      if (messages.length > 0) {
        const out = messages;
        messages = [];
        yield { article: undefined, messages: out };
      }
      let index = 0;
      for (const thread of byKey.values()) {
        const deleted = thread.deleted;
        if (deleted) {
          const skip = settings.deletedThreads === "skip";
          report(
            "thread-deleted",
            skip
              ? `Thread ${JSON.stringify(thread.dsqId)} is deleted in Disqus: left out with its ${thread.posts.length} post(s)`
              : `Thread ${JSON.stringify(thread.dsqId)} is deleted in Disqus: kept (\`disqus.isDeleted\`) with its ${thread.posts.length} post(s)`,
            thread.place,
            skip ? undefined : ["articles", index],
            thread.dsqId,
          );
          if (skip) {
            thread.posts = [];
            byKey.delete(thread.key);
            const out = messages;
            messages = [];
            yield { article: undefined, messages: out };
            continue;
          }
        }
        // The posts become comments now, one article at a time: a consumer
        // that lets each article go holds one article's comments, never all.
        const raws = thread.posts.map(_comment);
        thread.posts = [];
        const linked = _linkComments(raws);
        for (const raw of raws) {
          if (_hasKeys(raw.bag)) _bag(raw.comment, "disqus", raw.bag);
        }
        // A new article object, not the thread's: that one was made while
        // the file was read and lives in the collector's old generation
        // until a full collection, so whatever it pointed to (these
        // comments) would outlive the consumer's use of them.
        const article: Article = { ...thread.article, comments: linked.comments };
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
        article.tags = tag === undefined ? [] : [{ ...tag }];
        const out = messages;
        messages = [];
        byKey.delete(thread.key);
        index++;
        yield { article, messages: out };
      }
    },
  };
}
