// fast-check arbitraries for whole articles, written for the Markdown round
// trip: texts full of what looks like Markdown, every field, unknown keys
// (`__proto__` and `constructor` included) at every level, marks of every
// type, comments at depth.
import fc from "fast-check";

const PIECES = [
  "# x",
  "## y",
  "> y",
  "---",
  "***",
  "___",
  "1. z",
  "1) z",
  "- w",
  "+ v",
  "* u",
  "[a](b)",
  "[a][b]",
  "[b]: https://x.y",
  "![i](j)",
  "<script>",
  "</q>",
  "<em>",
  "<!-- c -->",
  "<!-- marginalia:meta {} -->",
  ":::",
  "::: note",
  "`",
  "``",
  "```",
  "~~~",
  "\\",
  "\\\\",
  "|",
  "| a | b |",
  "|-|-|",
  "*",
  "**",
  "_",
  "__",
  " ",
  "  ",
  "\t",
  "\n",
  "\n\n",
  "\n ",
  "a",
  "word",
  "é",
  "😀",
  "👩‍👩‍👧",
  "\u200f",
  "\u200e",
  "\u00a0",
  "مرحبا",
  "&amp;",
  "&#x20;",
  "&copy",
  "<http://a.b>",
  "www.example.com",
  "$$",
  "$",
  "— ",
  "—",
  "«",
  "»",
  "“",
  '"',
  "'",
  "(",
  ")",
  "[",
  "]",
  "!",
  "<",
  ">",
  "=",
  "===",
  "{#id}",
  "{",
  "}",
  "~",
  ".",
  "9.",
  "&",
  "#",
  "-->",
  "--",
];

const clean = (value: string): boolean =>
  !value.includes("\0") && !value.includes("\r") && value.isWellFormed();

/** Text full of Markdown-looking pieces and random characters. */
export const text = (maxLength = 8): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
        { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 3 }) },
      ),
      { maxLength },
    )
    .map((parts) => parts.join(""))
    .filter(clean);

/** Text with something besides whitespace. */
export const nonEmpty = (maxLength = 6): fc.Arbitrary<string> =>
  text(maxLength).filter((value) => value.trim() !== "");

export const URLS = [
  "https://example.org/",
  "https://example.org/a_(b)?q=1&r=2#f",
  "http://example.org/path/with)paren",
  "https://example.org/<x>",
  "https://example.org/*a*_b_",
  "https://example.org/%20%3C",
  "https://example.org/[1]",
  "https://example.org/\\back",
  "https://example.org/'q'\"",
  "https://example.org/é?x=😀",
  "javascript:alert(1)".replace("javascript:", "https://x.y/"),
  "HTTPS://EXAMPLE.ORG/&amp;",
];

export const url = (): fc.Arbitrary<string> =>
  fc.oneof(fc.constantFrom(...URLS), fc.webUrl({ withQueryParameters: true, withFragments: true }));

const DATES = [
  "2012-01-20",
  "2012-01-20T10:15:00+01:00",
  "2012-01-20T10:15",
  "2024-02-29T23:59:59.123Z",
];
const date = (): fc.Arbitrary<string> => fc.constantFrom(...DATES);

const KEYS = ["__proto__", "constructor", "toString", "x-extra", "note", "a b", "#", "---", "1"];

/** Unknown keys for an object whose known keys are `known`. */
export const unknown = (known: readonly string[]): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 5 })),
        fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown),
      ),
      { maxLength: 2 },
    )
    .map((entries) => {
      const result: Record<string, unknown> = {};
      for (const [key, value] of entries) {
        if (known.includes(key) || !clean(key)) continue;
        if (typeof value === "string" && !clean(value)) continue;
        Object.defineProperty(result, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return result;
    });

/** Build an object from known fields (undefined ones left out) and unknown keys. */
function _object(
  known: Record<string, unknown>,
  extra: Record<string, unknown>,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(known)) if (value !== undefined) result[key] = value;
  for (const key of Object.keys(extra)) {
    Object.defineProperty(result, key, {
      value: extra[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}

const withExtra = <T extends Record<string, unknown>>(
  arbitrary: fc.Arbitrary<T>,
  known: readonly string[],
  rate = 0.2,
): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(
      arbitrary,
      fc.oneof(
        { weight: Math.round((1 - rate) * 10), arbitrary: fc.constant({}) },
        { weight: Math.round(rate * 10), arbitrary: unknown(known) },
      ),
    )
    .map(([value, extra]) => _object(value, extra));

const opt = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arbitrary, { nil: undefined });

const MARK_KNOWN = ["type", "start", "end", "url", "attribution"];

const mark = (length: number): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(
      fc.constantFrom("quote", "link", "strong", "emphasis", "code"),
      fc.nat({ max: length - 1 }),
      fc.nat({ max: length - 1 }),
      url(),
      opt(text(3)),
    )
    .chain(([type, a, b, link, attribution]) => {
      const start = Math.min(a, b);
      const end = Math.max(a, b) + 1;
      return withExtra(
        fc.constant({
          type,
          start,
          end,
          url: type === "link" ? link : undefined,
          attribution: type === "quote" ? attribution : undefined,
        }),
        MARK_KNOWN,
        0.1,
      );
    });

export const paragraph = (maxLength = 8): fc.Arbitrary<Record<string, unknown>> =>
  text(maxLength).chain((value) =>
    withExtra(
      value.length === 0
        ? (fc.constant({ type: "paragraph", text: value }) as fc.Arbitrary<Record<string, unknown>>)
        : fc.array(mark(value.length), { maxLength: 4 }).map((marks) => ({
            type: "paragraph",
            text: value,
            marks: marks.length > 0 ? marks : undefined,
          })),
      ["type", "text", "marks"],
      0.1,
    ),
  );

const quote = withExtra(
  fc.record({
    type: fc.constant("quote"),
    blocks: fc.array(paragraph(6), { maxLength: 3 }),
    attribution: opt(text(4)),
    cite: opt(url()),
  }),
  ["type", "blocks", "attribution", "cite"],
);

const list = withExtra(
  fc.record({
    type: fc.constant("list"),
    ordered: fc.boolean(),
    items: fc.array(paragraph(5), { maxLength: 4 }),
  }),
  ["type", "ordered", "items"],
);

const IMAGE_URLS = [
  "a.png",
  "../img/b c.jpg",
  "https://example.org/i.png?x=(1)",
  "<x>",
  "a\nb",
  "#",
];

const image = withExtra(
  fc.record({
    type: fc.constant("image"),
    url: fc.oneof(fc.constantFrom(...IMAGE_URLS), nonEmpty(3)),
    alt: opt(text(4)),
    caption: opt(text(4)),
    credit: opt(text(3)),
  }),
  ["type", "url", "alt", "caption", "credit"],
);

const embed = withExtra(
  fc.record({
    type: fc.constant("embed"),
    provider: opt(fc.oneof(fc.constantFrom("twitter", "youtube"), text(2))),
    url: opt(url()),
    text: opt(text(6)),
  }),
  ["type", "provider", "url", "text"],
);

const CODE = [
  "```js\nx\n```",
  "`a` ``b``",
  "~~~\n~~~",
  "\\n\\",
  "    indented",
  "",
  "\n",
  "a\n\n",
  "````",
];

const code = withExtra(
  fc.record({
    type: fc.constant("code"),
    lang: opt(fc.oneof(fc.constantFrom("js", "c++", "embed", "a b", "`x`", "ts{1}"), text(2))),
    value: fc.oneof(fc.constantFrom(...CODE), text(8)),
  }),
  ["type", "lang", "value"],
);

const RAW = [
  "| a | b |\n| - | - |\n| 1 | 2 |",
  "---",
  "***",
  "<div>\nx\n</div>",
  "[a]: https://x.y",
  "<!-- c -->",
  "$$\nx\n$$",
  "- a\n  - b",
];

const raw = withExtra(
  fc.record({
    type: fc.constant("raw"),
    format: fc.constantFrom("markdown", "html", "text"),
    value: fc.oneof(fc.constantFrom(...RAW), text(6)),
  }),
  ["type", "format", "value"],
);

export const block: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 5, arbitrary: paragraph() },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: list },
  { weight: 1, arbitrary: image },
  { weight: 1, arbitrary: embed },
  { weight: 1, arbitrary: code },
  { weight: 1, arbitrary: raw },
);

export const person = withExtra(
  fc.record({
    name: nonEmpty(4),
    url: opt(url()),
    email: opt(fc.constantFrom("a@b.c", "x.y+z@example.org")),
    id: opt(text(2)),
  }),
  ["name", "url", "email", "id"],
);

const section = withExtra(
  fc.record({
    id: opt(text(2)),
    heading: nonEmpty(5),
    level: fc.constantFrom(2, 3, 4, 5, 6),
    blocks: fc.array(block, { maxLength: 3 }),
  }),
  ["id", "heading", "level", "blocks"],
);

const tag = withExtra(
  fc.record({
    name: nonEmpty(3),
    slug: nonEmpty(2),
    kind: opt(fc.constantFrom("topic", "category", "hashtag", "keyword")),
  }),
  ["name", "slug", "kind"],
);

const COMMENT_KNOWN = [
  "id",
  "parentId",
  "author",
  "publishedAt",
  "updatedAt",
  "status",
  "kind",
  "body",
  "score",
];

/** Comments with unique ids, each reply after its parent. */
export const comments: fc.Arbitrary<Record<string, unknown>[]> = fc
  .array(
    fc.record({
      id: nonEmpty(2),
      parent: fc.option(fc.nat(), { nil: undefined }),
      author: person,
      publishedAt: opt(date()),
      updatedAt: opt(date()),
      status: opt(fc.constantFrom("published", "pending", "spam", "deleted", "removed")),
      kind: opt(fc.constantFrom("comment", "pingback", "trackback", "note")),
      body: fc.array(block, { maxLength: 3 }),
      score: opt(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))),
      extra: fc.oneof(
        { weight: 3, arbitrary: fc.constant({}) },
        { weight: 1, arbitrary: unknown(COMMENT_KNOWN) },
      ),
    }),
    { maxLength: 5 },
  )
  .map((entries) => {
    const seen = new Set<string>();
    const result: Record<string, unknown>[] = [];
    for (const entry of entries) {
      if (seen.has(entry.id)) continue;
      const ids = [...seen];
      seen.add(entry.id);
      const parentId =
        entry.parent !== undefined && ids.length > 0 ? ids[entry.parent % ids.length] : undefined;
      const score = Object.is(entry.score, -0) ? 0 : entry.score;
      result.push(
        _object(
          {
            id: entry.id,
            parentId,
            author: entry.author,
            publishedAt: entry.publishedAt,
            updatedAt: entry.updatedAt,
            status: entry.status,
            kind: entry.kind,
            body: entry.body,
            score,
          },
          entry.extra,
        ),
      );
    }
    return result;
  });

/** A record of missing comments (`Article.missingComments`). */
const missing: fc.Arbitrary<Record<string, unknown>> = withExtra(
  fc.record({
    reason: fc.constantFrom(
      "collapsed",
      "hosted-elsewhere",
      "paginated",
      "filtered",
      "deleted",
      "unknown",
    ),
    count: opt(fc.nat()),
    ids: opt(fc.array(nonEmpty(2), { maxLength: 3 })),
    provider: opt(text(2)),
    url: opt(url()),
  }),
  ["reason", "count", "ids", "provider", "url"],
  0.2,
);

const ARTICLE_KNOWN = [
  "id",
  "url",
  "title",
  "subtitle",
  "summary",
  "lang",
  "authors",
  "publishedAt",
  "updatedAt",
  "site",
  "image",
  "lead",
  "sections",
  "tags",
  "comments",
  "commentCount",
  "missingComments",
];

/** A whole article (raw input: run it through `parseArticle`). */
export const article: fc.Arbitrary<Record<string, unknown>> = withExtra(
  fc.record({
    id: opt(text(2)),
    url: opt(url()),
    title: nonEmpty(6),
    subtitle: opt(text(4)),
    summary: opt(text(6)),
    lang: opt(fc.constantFrom("fr", "en-GB", "zh-Hant-TW", "ar")),
    authors: fc.array(person, { maxLength: 2 }),
    publishedAt: opt(date()),
    updatedAt: opt(date()),
    site: opt(withExtra(fc.record({ name: opt(text(2)), url: opt(url()) }), ["name", "url"])),
    image: opt(image),
    lead: fc.array(block, { maxLength: 3 }),
    sections: fc.array(section, { maxLength: 3 }),
    tags: fc.array(tag, { maxLength: 2 }),
    comments,
    commentCount: opt(fc.nat()),
    missingComments: opt(fc.array(missing, { minLength: 1, maxLength: 2 })),
  }),
  ARTICLE_KNOWN,
  0.3,
);
