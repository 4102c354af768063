// Comment platforms, written as data: where a platform puts its comment
// items and, inside each, the author, the date and the body. The reader
// (read.ts) tries each and keeps the one that finds the most comments;
// fields a platform does not name fall back to COMMON.

/** Where one platform puts its comments. */
export interface Platform {
  /** Name, for messages and docs. */
  name: string;
  /** Selector of the comment items (a reply's item is inside its parent's, or in a `replies` wrapper after it). */
  item: string;
  /** Author name selectors, first match wins. */
  author: readonly string[];
  /** Date selectors, first match wins (`datetime`, `content` or `title` attributes first, else the text). */
  date: readonly string[];
  /** Body selectors; all matches are read, in order (else the item minus `STRIP`). */
  body: readonly string[];
  /** Wrapper that holds the replies of the item just before it (Drupal's `.indented`). */
  replies?: string;
  /** Items that are pingbacks or trackbacks, not reader comments. */
  pingback?: string;
  /** The first item is the article itself (forum threads: the opening post). */
  firstIsArticle?: boolean;
}

/** Platforms in order of preference (a tie on the count keeps the first). */
export const PLATFORMS: readonly Platform[] = [
  {
    name: "microformats2",
    item: ".p-comment.h-cite, .p-comment.h-entry, .u-comment.h-cite, .u-comment.h-entry",
    author: [".p-author .p-name", ".p-author", ".u-author"],
    date: [".dt-published", "time[datetime]"],
    body: [".e-content", ".p-content"],
  },
  {
    name: "schema.org microdata",
    item: '[itemtype$="schema.org/Comment"], [itemtype$="schema.org/UserComments"], [itemprop=comment]',
    author: [
      "[itemprop=author] [itemprop=name]",
      "[itemprop=creator] [itemprop=name]",
      "[itemprop=author]",
      "[itemprop=creator]",
    ],
    date: [
      "[itemprop=dateCreated]",
      "[itemprop=datePublished]",
      "[itemprop=commentTime]",
      "time[datetime]",
    ],
    body: ["[itemprop=text]", "[itemprop=commentText]"],
  },
  {
    name: "WordPress",
    item: "li.comment, li.pingback, li.trackback, div.comment[id^=comment-], article.comment[id^=comment-], .commentlist > li, .comment-list > li",
    author: [
      ".comment-author .fn",
      "cite.fn",
      ".fn",
      ".comment-author-name",
      ".comment-author-link",
      ".comment-author cite",
      ".comment-author",
    ],
    date: [
      ".comment-metadata time[datetime]",
      "time[datetime]",
      ".comment-metadata a",
      ".commentmetadata a",
      ".comment-meta a",
      ".comment-date",
      ".comment-time",
    ],
    body: [".comment-content", ".comment-text", ".comment_content", ".commenttext"],
    pingback: "li.pingback, li.trackback, div.pingback, div.trackback, .pingback, .trackback",
  },
  {
    name: "Blogger",
    item: ".comment-thread li.comment, li.comment[id^=c], #comments-block > dt",
    author: ["cite.user", ".comment-header .user", ".user", ".comment-author", ".comment-poster"],
    date: [".datetime", ".comment-timestamp a", ".comment-timestamp", ".comment-footer"],
    body: [".comment-content", ".comment-body"],
  },
  {
    name: "Drupal",
    item: "article.comment, div.comment",
    author: [".username", ".comment__author", ".submitted a", ".author"],
    date: ["time[datetime]", ".comment__time", ".submitted", ".permalink"],
    body: [
      ".field--name-comment-body",
      ".field-name-comment-body",
      ".comment__content",
      ".content",
    ],
    replies: ".indented",
  },
  {
    name: "SPIP",
    item: "li.forum-fil",
    author: [".forum-chapo .author", ".forum-auteur", ".auteur"],
    date: [".forum-date", ".forum-chapo small", ".date"],
    body: [".forum-titre", ".forum-texte"],
  },
  {
    name: "XenForo",
    item: "article.message--post",
    author: [".message-name", ".username"],
    date: [".message-attribution time[datetime]", "time[datetime]"],
    body: [".bbWrapper", ".message-body"],
    firstIsArticle: true,
  },
  {
    name: "Stack Exchange",
    item: "div.answer, .comments li.comment, li.js-comment",
    author: [
      ".comment-user",
      ".post-signature.owner .user-details [itemprop=name]",
      ".post-signature.owner .user-details a",
      ".post-signature:last-of-type .user-details a",
      ".user-details a",
    ],
    date: [
      ".comment-date .relativetime-clean",
      ".relativetime-clean",
      ".relativetime",
      ".comment-date",
      "time[datetime]",
    ],
    body: [".comment-copy", ".js-post-body", ".s-prose", ".post-text"],
  },
];

/** Fallback field selectors, after the platform's own. */
export const COMMON = {
  author: [
    ".comment-author .fn",
    ".fn",
    ".comment-author",
    ".comment-user",
    ".comment-name",
    ".commenter",
    ".username",
    ".user-name",
    ".author-name",
    ".author",
    ".auteur",
    ".user",
    "cite",
  ],
  date: [
    "time[datetime]",
    "time",
    ".comment-date",
    ".comment-time",
    ".date",
    ".datetime",
    ".timestamp",
    ".published",
    "abbr[title]",
  ],
  body: [
    ".comment-content",
    ".comment-text",
    ".comment-body",
    ".content",
    ".text",
    ".message",
    ".msg",
    "[itemprop=text]",
  ],
};

/**
 * Elements left out of a comment's body: its metadata, actions and
 * widgets (class names; a class that contains `avatar` counts too). Forms,
 * buttons and nested comments are left out by the walk.
 */
export const STRIP_CLASSES: ReadonlySet<string> = new Set([
  "comment-author",
  "comment-meta",
  "comment-metadata",
  "commentmetadata",
  "comment-header",
  "reply",
  "comment-reply",
  "comment-reply-link",
  "comment-reply-login",
  "comment-actions",
  "comment-likes",
  "comment-like-feedback",
  "comment-edit-link",
  "comment-awaiting-moderation",
  "comment-footer",
  "commentnumber",
  "says",
  "vcard",
  "comment-replybox-single",
  "comment-replies",
  "thread-toggle",
  "continue",
  "children",
  "sharedaddy",
  "comment-like",
]);

/** Providers of comments hosted elsewhere: markers in the page (selectors). */
export const HOSTED: readonly [provider: string, selector: string][] = [
  ["Disqus", '#disqus_thread, script[src*="disqus.com"], a[href*="disqus.com/?ref_noscript"]'],
  ["Facebook", '.fb-comments, fb\\:comments, iframe[src*="facebook.com/plugins/comments"]'],
  ["Discourse", '#discourse-comments, script[src*="discourse"], iframe[src*="embed/comments"]'],
  ["Ghost", 'script[src*="comments-ui"], [data-ghost-comments]'],
  ["Commento", '#commento, script[src*="commento"]'],
  ["Isso", '#isso-thread, script[src*="isso"]'],
  ["utterances", 'script[src*="utteranc.es"]'],
  ["giscus", 'script[src*="giscus"]'],
];
