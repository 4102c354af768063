// fast-check arbitraries for valid articles, written by hand (zod 4 has no
// working fast-check bridge). Texts mix ASCII, accented letters, French
// punctuation, NBSP and narrow NBSP, emoji with ZWJ and skin tones,
// combining marks, RTL marks, Markdown-looking syntax and `__proto__`-like
// keys. Model texts never hold NUL or CR (see `invalid_character`).
import fc from "fast-check";
import type { Article, Block, Comment, Mark, Paragraph, Person } from "../../src/index.js";

const PIECES = [
  "a",
  "Z",
  "é",
  "ç",
  "’",
  "'",
  "«",
  "»",
  "“",
  "”",
  " ",
  "  ",
  "\u00a0",
  "\u202f",
  "\t",
  "\n",
  "😉",
  "👩‍👩‍👧‍👦",
  "👍🏽",
  "e\u0301",
  "\u200f",
  "\u200e",
  "日本",
  "مرحبا",
  "# x",
  "> y",
  "---",
  "***",
  "1. z",
  "- w",
  "[a](b)",
  "![i](j)",
  "<script>",
  ":::",
  "`",
  "\\",
  "|",
  "*",
  "_",
  "__proto__",
  "98 %",
];

/** Any model text (may be empty). */
export const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "grapheme", maxLength: 3 })), {
    maxLength: 12,
  })
  .map((parts) => parts.join("").replace(/[\0\r]/g, ""));

/** A text with something other than whitespace in it. */
export const nonEmpty = text.map((value) => (value.trim() === "" ? `x${value}` : value));

export const url = fc.constantFrom(
  "https://exemple.org/",
  "http://example.com/a?b=c&d=e#f",
  "https://exemple.org/chemin%20avec%20espaces",
  "https://xn--exmple-cva.org/été",
  "HTTPS://EXAMPLE.COM/UP",
);

const two = (value: number) => String(value).padStart(2, "0");
export const date = fc
  .record({
    year: fc.integer({ min: 1990, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    form: fc.constantFrom("date", "local", "utc", "offset"),
  })
  .map(({ year, month, day, hour, minute, form }) => {
    const day10 = `${year}-${two(month)}-${two(day)}`;
    if (form === "date") return day10;
    const time = `${day10}T${two(hour)}:${two(minute)}`;
    if (form === "local") return time;
    return form === "utc" ? `${time}:00Z` : `${time}:00+01:00`;
  });

export const lang = fc.constantFrom("fr", "en-GB", "zh-Hant-TW", "x-private", "de-CH-1996", "ar");

/** Unknown keys and their JSON values, `__proto__` among them. */
export const extra = fc.dictionary(
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "x-cms", "ÿ", ""),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 2 },
);

/** Optional fields: present with a value, or absent (never `undefined`). */
function withOptional<T extends Record<string, unknown>>(
  required: fc.Arbitrary<T>,
  optional: Record<string, fc.Arbitrary<unknown>>,
  withExtra = true,
): fc.Arbitrary<T> {
  const optionalRecord = fc.record(optional, { requiredKeys: [] });
  return fc
    .tuple(
      required,
      optionalRecord,
      withExtra ? fc.option(extra, { nil: undefined }) : fc.constant(undefined),
    )
    .map(([base, more, unknown]) => {
      const result: Record<string, unknown> = { ...base, ...more };
      for (const [key, value] of Object.entries(unknown ?? {})) {
        if (key in result && Object.hasOwn(result, key)) continue;
        Object.defineProperty(result, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return result as T;
    });
}

const MARK_TYPES = ["quote", "link", "strong", "emphasis", "code"] as const;

function marksFor(length: number): fc.Arbitrary<Mark[]> {
  if (length === 0) return fc.constant([]);
  const mark = fc
    .record({
      type: fc.constantFrom(...MARK_TYPES),
      a: fc.integer({ min: 0, max: length }),
      b: fc.integer({ min: 0, max: length }),
      url,
      attribution: fc.option(text, { nil: undefined }),
    })
    .filter(({ a, b }) => a !== b)
    .map(({ type, a, b, url: href, attribution }) => {
      const result: Mark = { type, start: Math.min(a, b), end: Math.max(a, b) };
      if (type === "link") result.url = href;
      if (type === "quote" && attribution !== undefined) result.attribution = attribution;
      return result;
    });
  return fc.array(mark, { maxLength: 4 });
}

export const paragraph: fc.Arbitrary<Paragraph> = text.chain((value) =>
  marksFor(value.length).map((marks) =>
    marks.length > 0
      ? { type: "paragraph" as const, text: value, marks }
      : { type: "paragraph" as const, text: value },
  ),
);

export const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 4, arbitrary: paragraph },
  withOptional(
    fc.record({
      type: fc.constant("quote" as const),
      blocks: fc.array(paragraph, { maxLength: 2 }),
    }),
    { attribution: text, cite: url },
  ),
  fc.record({
    type: fc.constant("list" as const),
    ordered: fc.boolean(),
    items: fc.array(paragraph, { maxLength: 3 }),
  }),
  withOptional(fc.record({ type: fc.constant("image" as const), url: fc.oneof(url, nonEmpty) }), {
    alt: text,
    caption: text,
    credit: text,
  }),
  withOptional(fc.record({ type: fc.constant("embed" as const) }), {
    provider: fc.constantFrom("twitter", "youtube", "instagram"),
    url,
    text,
  }),
  withOptional(fc.record({ type: fc.constant("code" as const), value: text }), {
    lang: fc.constantFrom("js", "sh"),
  }),
  fc.record({
    type: fc.constant("raw" as const),
    format: fc.constantFrom("html", "markdown"),
    value: text,
  }),
) as fc.Arbitrary<Block>;

export const person: fc.Arbitrary<Person> = withOptional(fc.record({ name: nonEmpty }), {
  url,
  email: fc.constantFrom("a@exemple.org", "lecteur+1@example.com"),
  id: text,
});

const commentBase = fc.record({
  author: person,
  status: fc.constantFrom("published", "pending", "spam", "deleted", "removed"),
  body: fc.array(block, { maxLength: 3 }),
});

/** Comments with unique ids, each reply after its parent. */
export const comments: fc.Arbitrary<Comment[]> = fc
  .array(
    withOptional(commentBase, {
      publishedAt: date,
      updatedAt: date,
      kind: fc.constantFrom("comment", "pingback", "trackback", "note"),
      score: fc.oneof(
        fc.integer({ min: -50, max: 500 }),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
      ),
    }),
    { maxLength: 8 },
  )
  .chain((list) =>
    fc.tuple(
      fc.constant(list),
      fc.array(fc.nat(), { minLength: list.length, maxLength: list.length }),
      fc.constantFrom("c", "__proto__-", "constructor", ""),
    ),
  )
  .map(([list, parents, prefix]) =>
    list.map((comment, index) => {
      const result = { ...comment, id: `${prefix}${index + 1}` } as Comment;
      const parent = parents[index] as number;
      if (index > 0 && parent % 3 !== 0) result.parentId = `${prefix}${(parent % index) + 1}`;
      return result;
    }),
  );

export const article: fc.Arbitrary<Article> = withOptional(
  fc.record({
    title: nonEmpty,
    authors: fc.array(person, { maxLength: 2 }),
    lead: fc.array(block, { maxLength: 3 }),
    sections: fc.array(
      withOptional(
        fc.record({
          heading: nonEmpty,
          level: fc.constantFrom(2, 3, 4, 5, 6),
          blocks: fc.array(block, { maxLength: 3 }),
        }),
        { id: text },
      ),
      { maxLength: 4 },
    ),
    tags: fc.array(fc.record({ name: nonEmpty, slug: nonEmpty }), { maxLength: 3 }),
    comments,
  }),
  {
    id: text,
    url,
    subtitle: text,
    summary: text,
    lang,
    publishedAt: date,
    updatedAt: date,
    site: withOptional(fc.record({}), { name: text, url }),
    image: withOptional(fc.record({ type: fc.constant("image" as const), url }), {
      alt: text,
      caption: text,
      credit: text,
    }),
    commentCount: fc.nat({ max: 10_000 }),
    missingComments: fc.array(
      withOptional(
        fc.record({
          reason: fc.constantFrom(
            "collapsed",
            "hosted-elsewhere",
            "paginated",
            "filtered",
            "deleted",
            "unknown",
          ),
        }),
        {
          count: fc.nat({ max: 500 }),
          ids: fc.array(nonEmpty, { maxLength: 3 }),
          provider: text,
          url,
        },
      ),
      { maxLength: 2 },
    ),
  },
) as fc.Arbitrary<Article>;
