// The model, said once: every object's fields (kind, and whether each is
// required, optional or defaulted) and the named rules that tie fields
// together. Three readers of this one description:
//
// - `_zod.ts` builds the zod schemas (`ArticleSchema` …) from it;
// - `src/json/_read.ts` builds the JSON reader's shape tables from it, and
//   `src/json/_compile.ts` generates the fast path of `fromJson` from those;
// - `src/json/json-schema.ts` writes the JSON Schema from it.
//
// `test/schema/model.test.ts` holds the three equal. Plain data and plain
// functions: nothing here imports zod, so a bundle that needs only the
// reader never pulls it in.

import type { IssueCode } from "../error.js";
import {
  _hasNoForbidden,
  _isEmail,
  _isHttpUrl,
  _isIsoDate,
  _isLangTag,
  _isWellFormed,
  DATE_PATTERN,
  EMAIL_MAX,
  EMAIL_PATTERN,
  LANG_PATTERN,
  NON_EMPTY_PATTERN,
  TEXT_PATTERN,
  URL_PATTERN,
} from "./_checks.js";
import { _commentLinkIssues } from "./_comments.js";

/** Mark types, from the highest rank to the lowest (see `normalizeMarks`). */
export const MARK_TYPES = ["quote", "link", "strong", "emphasis", "code"] as const;

/** Block types, in the order of `BlockSchema`'s options. */
export const BLOCK_TYPES = ["paragraph", "quote", "list", "image", "embed", "code", "raw"] as const;

/**
 * Moderation states of a comment: `deleted` by its author, `removed` by a
 * moderator.
 */
export const COMMENT_STATUSES = ["published", "pending", "spam", "deleted", "removed"] as const;

/**
 * Kinds of comment: a reader comment (also when `kind` is absent), a
 * pingback or trackback from another site, an editorial note.
 */
export const COMMENT_KINDS = ["comment", "pingback", "trackback", "note"] as const;

/**
 * Why comments an article counts are not in its `comments`: behind a
 * "more" stub (`collapsed`), on another service (`hosted-elsewhere`), on
 * pages not read (`paginated`), left out by the exporter or an option
 * (`filtered`), deleted with no trace left (`deleted`), or not known.
 */
export const MISSING_REASONS = [
  "collapsed",
  "hosted-elsewhere",
  "paginated",
  "filtered",
  "deleted",
  "unknown",
] as const;

/** Heading levels a section may have (`#` is the article's title). */
export const SECTION_LEVELS = [2, 3, 4, 5, 6] as const;

/** Kinds of tag a page may declare. */
export const TAG_KINDS = ["topic", "category", "hashtag", "keyword"] as const;

/** Kinds of string field, each with its rule. */
export type StringKind = "text" | "nonEmpty" | "url" | "date" | "lang" | "email";

/** What a field holds. */
export type Kind =
  | StringKind
  // A whole number from 0 up (offsets, counts).
  | "count"
  // A finite number.
  | "number"
  | "boolean"
  // Any block: a union discriminated by `type` (see `BLOCK_TYPES`).
  | "block"
  | { readonly literal: string }
  | { readonly enum: readonly string[] | readonly number[] }
  | { readonly object: ObjectName }
  | { readonly array: Kind };

/** A field: its kind; without `optional` or `default` it is required. */
export interface FieldSpec {
  readonly kind: Kind;
  readonly optional?: true;
  /** Filled in when absent: an empty list or a string. */
  readonly default?: readonly [] | string;
}

/** Reports a broken rule: its issue code, message, and path from the object. */
export type Fail = (code: IssueCode, message: string, path: (string | number)[]) => void;

/** A rule between fields of one object. */
export interface Rule {
  /** Issue codes the rule reports. */
  readonly codes: readonly IssueCode[];
  /**
   * Keywords that say the rule in the JSON Schema (added to the object's
   * `allOf`), or absent when a JSON Schema cannot say it: the library
   * alone checks those (see `LIBRARY_ONLY`).
   */
  readonly schema?: Readonly<Record<string, unknown>>;
  /**
   * Checked on the raw input before its fields are read, so that it is
   * reported even when another field is wrong (it then reads defensively).
   * The fast path of `fromJson` leaves these to its caller.
   */
  readonly input?: true;
  /**
   * Check an object whose fields are valid (or, with `input`, any value)
   * and call `fail` for each broken part. Builds no message unless broken.
   */
  readonly check: (value: Record<string, unknown>, fail: Fail) => void;
}

/** An object of the model. */
export interface ObjectSpec {
  /** How messages name it: "a mark". */
  readonly name: string;
  /** Its name in the JSON Schema's `$defs` and zod's metadata. */
  readonly id: string;
  /** Fields in canonical order (the order `toJson` writes them). */
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /** Names of its rules in `RULES`, checked in this order. */
  readonly rules?: readonly RuleName[];
}

/** A string kind's rule: the check in code, the issue it reports, the pattern. */
export interface StringRule {
  readonly check?: (value: string) => boolean;
  readonly code?: IssueCode;
  /** The message, to which the reader adds what it found. */
  readonly expected?: string;
  /** The JSON Schema pattern. */
  readonly pattern: string;
  readonly maxLength?: number;
}

/**
 * Every string is well-formed (no lone surrogate: the JSON Schema cannot
 * say so) and holds no NUL or CR (the pattern says it for texts).
 */
export const TEXT_RULES = {
  wellFormed: {
    check: _isWellFormed,
    code: "malformed_unicode",
    message: "Expected well-formed Unicode text, found a lone surrogate",
  },
  noForbidden: {
    check: _hasNoForbidden,
    code: "invalid_character",
    message: "Expected no NUL (U+0000) or carriage return (U+000D): line breaks are \\n",
  },
} as const;

/** The rule of each string kind, beyond `TEXT_RULES`. */
export const STRING_KINDS: Readonly<Record<StringKind, StringRule>> = {
  text: { pattern: TEXT_PATTERN },
  nonEmpty: {
    // `trim` removes what the pattern's class lists (a test holds them equal).
    check: (value) => value.trim() !== "",
    code: "empty_text",
    expected: "Expected text, found an empty string",
    pattern: NON_EMPTY_PATTERN,
  },
  url: {
    check: _isHttpUrl,
    code: "invalid_url",
    expected: "Expected an absolute http(s) URL",
    pattern: URL_PATTERN,
  },
  date: {
    check: _isIsoDate,
    code: "invalid_date",
    expected: "Expected an ISO 8601 date that exists (2012-01-20, 2012-01-20T10:15:00+01:00)",
    pattern: DATE_PATTERN,
  },
  lang: {
    check: _isLangTag,
    code: "invalid_lang",
    expected: "Expected a well-formed BCP 47 language tag (fr, en-GB)",
    pattern: LANG_PATTERN,
  },
  email: {
    check: _isEmail,
    code: "invalid_email",
    expected: "Expected an e-mail address",
    pattern: EMAIL_PATTERN,
    maxLength: EMAIL_MAX,
  },
};

// Mark offsets as the rules see them (the fields are checked already).
interface MarkLike {
  type?: unknown;
  start?: unknown;
  end?: unknown;
  url?: unknown;
  attribution?: unknown;
}

/** The rules between fields, by name. */
export const RULES = {
  /** A mark ends after it starts. */
  markOrder: {
    codes: ["mark_reversed"],
    check: (mark: MarkLike, fail: Fail) => {
      if (!((mark.end as number) > (mark.start as number))) {
        fail(
          "mark_reversed",
          `Expected a mark to end after it starts, found start ${String(mark.start)} and end ${String(mark.end)}`,
          ["end"],
        );
      }
    },
  },
  /** A link mark has a `url`, and no other mark has one. */
  linkUrl: {
    codes: ["missing_field", "invalid_value"],
    schema: {
      if: { properties: { type: { const: "link" } } },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else.
      then: { properties: { url: true }, required: ["url"] },
      else: { not: { properties: { url: true }, required: ["url"] } },
    },
    check: (mark: MarkLike, fail: Fail) => {
      if ((mark.type === "link") === (mark.url !== undefined)) return;
      if (mark.type === "link") fail("missing_field", "Expected a `url` on a link mark", ["url"]);
      else {
        fail(
          "invalid_value",
          `Expected no \`url\` on a ${String(mark.type)} mark (only links have one)`,
          ["url"],
        );
      }
    },
  },
  /** Only a quote mark has an `attribution`. */
  quoteAttribution: {
    codes: ["invalid_value"],
    schema: {
      if: { properties: { type: { const: "quote" } } },
      else: { not: { properties: { attribution: true }, required: ["attribution"] } },
    },
    check: (mark: MarkLike, fail: Fail) => {
      if (mark.type !== "quote" && mark.attribution !== undefined) {
        fail(
          "invalid_value",
          `Expected no \`attribution\` on a ${String(mark.type)} mark (only quotes have one)`,
          ["attribution"],
        );
      }
    },
  },
  /** Every mark of a paragraph ends inside its text. */
  marksInText: {
    codes: ["mark_out_of_range"],
    check: (paragraph: { text?: unknown; marks?: unknown }, fail: Fail) => {
      const marks = paragraph.marks as MarkLike[] | undefined;
      if (marks === undefined || typeof paragraph.text !== "string") return;
      const length = paragraph.text.length;
      for (let index = 0; index < marks.length; index++) {
        const end = (marks[index] as MarkLike).end as number;
        if (end > length) {
          fail(
            "mark_out_of_range",
            `Expected a mark inside its text (length ${length}), found end ${end}`,
            ["marks", index, "end"],
          );
        }
      }
    },
  },
  /**
   * Comment ids are unique, every `parentId` names a comment of the
   * article, and parent ids make no cycle.
   */
  commentLinks: {
    codes: ["duplicate_id", "missing_parent", "parent_cycle"],
    input: true,
    check: (article: { comments?: unknown }, fail: Fail) => {
      if (!Array.isArray(article.comments)) return;
      for (const issue of _commentLinkIssues(article.comments)) {
        fail(issue.code, issue.message, issue.path);
      }
    },
  },
} as const satisfies Record<string, Rule>;

/** A rule's name. */
export type RuleName = keyof typeof RULES;

/**
 * The objects of the model. Field order is the canonical key order.
 */
export const MODEL = {
  mark: {
    name: "a mark",
    id: "Mark",
    fields: {
      type: { kind: { enum: MARK_TYPES } },
      start: { kind: "count" },
      end: { kind: "count" },
      url: { kind: "url", optional: true },
      attribution: { kind: "text", optional: true },
    },
    rules: ["markOrder", "linkUrl", "quoteAttribution"],
  },
  paragraph: {
    name: "a paragraph",
    id: "Paragraph",
    fields: {
      type: { kind: { literal: "paragraph" } },
      text: { kind: "text" },
      marks: { kind: { array: { object: "mark" } }, optional: true },
    },
    rules: ["marksInText"],
  },
  quote: {
    name: "a quote",
    id: "Quote",
    fields: {
      type: { kind: { literal: "quote" } },
      blocks: { kind: { array: { object: "paragraph" } } },
      attribution: { kind: "text", optional: true },
      cite: { kind: "url", optional: true },
    },
  },
  list: {
    name: "a list",
    id: "List",
    fields: {
      type: { kind: { literal: "list" } },
      ordered: { kind: "boolean" },
      items: { kind: { array: { object: "paragraph" } } },
    },
  },
  image: {
    name: "an image",
    id: "Image",
    fields: {
      type: { kind: { literal: "image" } },
      url: { kind: "nonEmpty" },
      alt: { kind: "text", optional: true },
      caption: { kind: "text", optional: true },
      credit: { kind: "text", optional: true },
    },
  },
  embed: {
    name: "an embed",
    id: "Embed",
    fields: {
      type: { kind: { literal: "embed" } },
      provider: { kind: "text", optional: true },
      url: { kind: "url", optional: true },
      text: { kind: "text", optional: true },
    },
  },
  code: {
    name: "a code block",
    id: "Code",
    fields: {
      type: { kind: { literal: "code" } },
      lang: { kind: "text", optional: true },
      value: { kind: "text" },
    },
  },
  raw: {
    name: "a raw block",
    id: "Raw",
    fields: {
      type: { kind: { literal: "raw" } },
      format: { kind: "nonEmpty" },
      value: { kind: "text" },
    },
  },
  person: {
    name: "a person",
    id: "Person",
    fields: {
      name: { kind: "nonEmpty" },
      url: { kind: "url", optional: true },
      email: { kind: "email", optional: true },
      id: { kind: "text", optional: true },
    },
  },
  site: {
    name: "a site",
    id: "Site",
    fields: {
      name: { kind: "text", optional: true },
      url: { kind: "url", optional: true },
    },
  },
  section: {
    name: "a section",
    id: "Section",
    fields: {
      id: { kind: "text", optional: true },
      heading: { kind: "nonEmpty" },
      level: { kind: { enum: SECTION_LEVELS } },
      blocks: { kind: { array: "block" }, default: [] },
    },
  },
  tag: {
    name: "a tag",
    id: "Tag",
    fields: {
      name: { kind: "nonEmpty" },
      slug: { kind: "nonEmpty" },
      kind: { kind: { enum: TAG_KINDS }, optional: true },
    },
  },
  comment: {
    name: "a comment",
    id: "Comment",
    fields: {
      id: { kind: "nonEmpty" },
      parentId: { kind: "nonEmpty", optional: true },
      author: { kind: { object: "person" } },
      publishedAt: { kind: "date", optional: true },
      updatedAt: { kind: "date", optional: true },
      status: { kind: { enum: COMMENT_STATUSES }, default: "published" },
      kind: { kind: { enum: COMMENT_KINDS }, optional: true },
      body: { kind: { array: "block" }, default: [] },
      score: { kind: "number", optional: true },
    },
  },
  missingComments: {
    name: "a record of missing comments",
    id: "MissingComments",
    fields: {
      reason: { kind: { enum: MISSING_REASONS } },
      count: { kind: "count", optional: true },
      ids: { kind: { array: "nonEmpty" }, optional: true },
      provider: { kind: "text", optional: true },
      url: { kind: "url", optional: true },
    },
  },
  article: {
    name: "an article",
    id: "Article",
    fields: {
      id: { kind: "text", optional: true },
      url: { kind: "url", optional: true },
      title: { kind: "nonEmpty" },
      subtitle: { kind: "text", optional: true },
      summary: { kind: "text", optional: true },
      lang: { kind: "lang", optional: true },
      authors: { kind: { array: { object: "person" } }, default: [] },
      publishedAt: { kind: "date", optional: true },
      updatedAt: { kind: "date", optional: true },
      site: { kind: { object: "site" }, optional: true },
      image: { kind: { object: "image" }, optional: true },
      lead: { kind: { array: "block" }, default: [] },
      sections: { kind: { array: { object: "section" } }, default: [] },
      tags: { kind: { array: { object: "tag" } }, default: [] },
      comments: { kind: { array: { object: "comment" } }, default: [] },
      commentCount: { kind: "count", optional: true },
      missingComments: { kind: { array: { object: "missingComments" } }, optional: true },
    },
    rules: ["commentLinks"],
  },
} as const satisfies Record<ObjectName, ObjectSpec>;

/** An object's name in `MODEL`. */
export type ObjectName =
  | "mark"
  | "paragraph"
  | "quote"
  | "list"
  | "image"
  | "embed"
  | "code"
  | "raw"
  | "person"
  | "site"
  | "section"
  | "tag"
  | "comment"
  | "missingComments"
  | "article";

/**
 * The rules a JSON Schema cannot say, which the library alone checks, as
 * issue codes with what each covers. A valid-by-schema file can still be
 * refused by `parseArticle` for these, and only these (the differential
 * test in `test/json-schema-diff.test.ts` holds this list).
 */
export const LIBRARY_ONLY = {
  malformed_unicode: "every string and key is well-formed Unicode (no lone surrogate)",
  invalid_url: "the URL Standard parses the URL (IDNA labels, IPv4 numbers, IPv6 groups, escapes)",
  invalid_lang: "a language tag is well-formed BCP 47 (RFC 5646), not only its shape",
  mark_reversed: "a mark ends after it starts",
  mark_out_of_range: "a mark ends inside its paragraph's text",
  duplicate_id: "comment ids are unique",
  missing_parent: "every parentId names a comment of the article",
  parent_cycle: "parent ids make no cycle",
  input_too_complex: "an unknown key's value nests at most 1000 levels",
} as const satisfies Partial<Record<IssueCode, string>>;
