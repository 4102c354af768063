// Property: fromText(toText(a)) gives back project(a) (see _projection.ts
// and docs/formats/text.md, "What text cannot carry (the projection)"), for generated
// articles whose texts stay inside the domain text can carry: single-line
// headings and titles, paragraph lines that end a sentence, no line that
// reads as chrome, a count, a tags, image, credit or author line. Quote
// marks and tag slugs are golden: the generator makes them by construction
// (where it puts a quotation, which slug a name has), never by calling the
// code under test.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Article,
  type Block,
  type Comment,
  extractQuotes,
  fromText,
  type Mark,
  type Paragraph,
  parseArticle,
  type Section,
  type Tag,
  toText,
} from "../../src/index.js";
import { project } from "./_projection.js";

const WORDS = [
  "le",
  "l’été",
  "aujourd’hui",
  "naïve",
  "Œuvre",
  "don't",
  "café",
  "日本",
  "100",
  "e-mail",
  "c'est",
  "U.S.",
  "(note)",
  "😉",
  "#hashtag",
  "@user",
  "x=y",
  "river",
  "bridge",
  "council",
  "vote",
  "maison",
  "Paris",
  "the",
  "of",
  "déjà",
  "ça",
  "Zoë",
  "42",
  "1€50",
  "a/b",
];
const NBSP = "\u00a0";

const word = fc.constantFrom(...WORDS);
const capital = fc.constantFrom("River", "Maison", "Le", "The", "Zoë", "Œuvre", "Paris", "Un");
const phrase = (min: number, max: number) =>
  fc
    .tuple(capital, fc.array(word, { minLength: min, maxLength: max }))
    .map(([head, rest]) => [head, ...rest].join(" "));

const QUOTE_STYLES: Record<string, [string, string]> = {
  fr: [`«${NBSP}`, `${NBSP}»`],
  frSpace: ["« ", " »"],
  frTight: ["«", "»"],
  en: ["“", "”"],
  enSpace: ["“ ", " ”"],
  ascii: ['"', '"'],
  single: ["‹ ", " ›"],
};

/**
 * A paragraph: sentences, with up to three quotations placed in its lines;
 * each quotation's mark is computed while the text is built (the offsets of
 * the quoted words, without the quotation marks and the spaces inside them).
 */
const paragraphArb: fc.Arbitrary<Paragraph> = fc
  .record({
    lines: fc.array(phrase(2, 8), { minLength: 1, maxLength: 3 }),
    quotes: fc.array(
      fc.record({
        words: phrase(0, 4),
        style: fc.constantFrom(...Object.keys(QUOTE_STYLES)),
        line: fc.nat(),
        after: fc.array(word, { maxLength: 2 }),
      }),
      { maxLength: 3 },
    ),
    emphasis: fc.boolean(),
  })
  .map(({ lines, quotes, emphasis }) => {
    const marks: Mark[] = [];
    let text = "";
    lines.forEach((line, index) => {
      if (index > 0) text += "\n";
      text += line;
      for (const quote of quotes) {
        if (quote.line % lines.length !== index) continue;
        const [open, close] = QUOTE_STYLES[quote.style] as [string, string];
        text += ` ${open}`;
        marks.push({ type: "quote", start: text.length, end: text.length + quote.words.length });
        text += `${quote.words}${close}`;
        if (quote.after.length > 0) text += ` ${quote.after.join(" ")}`;
      }
      text += ".";
    });
    if (emphasis) marks.push({ type: "emphasis", start: 0, end: 2 });
    marks.sort((left, right) => left.start - right.start || right.end - left.end);
    const paragraph: Paragraph = { type: "paragraph", text };
    if (marks.length > 0) paragraph.marks = marks;
    return paragraph;
  });

const imageArb: fc.Arbitrary<Block> = fc
  .record({
    url: fc.constantFrom(
      "photo.jpg",
      "https://example.org/a/b.png?w=300",
      "img/x.webp",
      "no-extension-file",
      "https://example.org/img?id=3",
      // References with spaces, escapes, brackets, a line feed: any
      // non-empty reference must read back.
      "a b.jpg",
      "https://example.org/my photos/été 2012.png",
      "tab\there.webp",
      "50% off.jpg",
      "%25 and %0A.png",
      "<x>",
      "<a b>",
      "<open",
      "line\nbreak.jpg",
      "Image : a.jpg",
      "Tags: a.jpg",
    ),
    credit: fc.option(phrase(0, 3), { nil: undefined }),
    caption: fc.option(phrase(0, 5), { nil: undefined }),
    alt: fc.option(phrase(0, 3), { nil: undefined }),
  })
  .map(({ url, credit, caption, alt }) => {
    const image: Block = { type: "image", url };
    if (credit !== undefined) image.credit = credit;
    if (caption !== undefined) image.caption = caption;
    if (alt !== undefined) image.alt = alt;
    return image;
  });

const embedArb: fc.Arbitrary<Block> = fc
  .record({
    provider: fc.constantFrom(
      "twitter",
      "youtube",
      "video",
      "instagram",
      "facebook",
      "vimeo",
      "dailymotion",
      "soundcloud",
    ),
    // A placeholder never ends a sentence (else it reads as a paragraph).
    text: fc.option(
      fc.array(
        word.filter((item) => !item.endsWith(".")),
        { minLength: 1, maxLength: 4 },
      ),
      { nil: undefined },
    ),
    url: fc.option(fc.constant("https://twitter.com/example/status/1"), { nil: undefined }),
  })
  .map(({ provider, text, url }) => {
    const embed: Block = { type: "embed", provider };
    if (text !== undefined) embed.text = text.join(" ");
    if (url !== undefined) embed.url = url;
    return embed;
  });

const quoteBlockArb: fc.Arbitrary<Block> = fc
  .record({
    blocks: fc.array(paragraphArb, { minLength: 1, maxLength: 2 }),
    attribution: fc.option(phrase(0, 2), { nil: undefined }),
  })
  .map(({ blocks, attribution }) => {
    const quote: Block = { type: "quote", blocks };
    if (attribution !== undefined) quote.attribution = attribution;
    return quote;
  });

const listArb: fc.Arbitrary<Block> = fc
  .record({ ordered: fc.boolean(), items: fc.array(phrase(1, 5), { minLength: 1, maxLength: 3 }) })
  .map(({ ordered, items }) => ({
    type: "list",
    ordered,
    items: items.map((item) => ({ type: "paragraph", text: `${item}.` })),
  }));

const blockArb: fc.Arbitrary<Block> = fc.oneof(
  { arbitrary: paragraphArb, weight: 5 },
  { arbitrary: imageArb, weight: 1 },
  { arbitrary: embedArb, weight: 1 },
  { arbitrary: quoteBlockArb, weight: 1 },
  { arbitrary: listArb, weight: 1 },
);

const sectionArb: fc.Arbitrary<Section> = fc
  .record({
    heading: fc.oneof(
      phrase(0, 5),
      phrase(0, 3).map((text) => `${text}.`),
    ),
    level: fc.constantFrom(2, 2, 3, 4, 6),
    blocks: fc.array(blockArb, { maxLength: 4 }),
  })
  .map(({ heading, level, blocks }) => ({ heading, level: level as Section["level"], blocks }));

// Tag names with the slug each must get (golden, written by hand).
const TAGS: [string, string][] = [
  ["River", "river"],
  ["RIVER", "river"],
  ["Œuvre complète", "oeuvre-complete"],
  ["Zoë 42", "zoe-42"],
  ["L’été à Paris", "l-ete-a-paris"],
  ["Straße", "strasse"],
  ["Ça va", "ca-va"],
  ["Déjà vu", "deja-vu"],
  ["C'est la vie", "c-est-la-vie"],
  ["日本 Paris", "日本-paris"],
  ["U.S. vote", "u-s-vote"],
  ["Maison", "maison"],
  ["😉", "u1f609"],
];

const tagArb: fc.Arbitrary<Tag> = fc
  .record({
    entry: fc.constantFrom(...TAGS),
    kind: fc.constantFrom(undefined, "topic", "category", "keyword", "hashtag"),
  })
  .map(({ entry: [name, slug], kind }) => {
    const tag: Tag = { name, slug };
    if (kind !== undefined) tag.kind = kind as NonNullable<Tag["kind"]>;
    return tag;
  });

const dateArb = fc.oneof(
  fc.constant(undefined),
  fc
    .record({
      year: fc.integer({ min: 1990, max: 2030 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      form: fc.constantFrom("date", "local", "seconds", "offset", "utc"),
    })
    .map(({ year, month, day, hour, minute, form }) => {
      const pad = (value: number) => String(value).padStart(2, "0");
      const date = `${year}-${pad(month)}-${pad(day)}`;
      const time = `${date}T${pad(hour)}:${pad(minute)}`;
      if (form === "date") return date;
      if (form === "local") return time;
      if (form === "seconds") return `${time}:30`;
      if (form === "offset") return `${time}:00+01:00`;
      return `${time}Z`;
    }),
);

const commentsArb: fc.Arbitrary<Comment[]> = fc
  .array(
    fc.record({
      author: phrase(0, 1),
      parent: fc.nat(),
      reply: fc.boolean(),
      date: dateArb,
      body: fc.array(fc.oneof({ arbitrary: paragraphArb, weight: 4 }, quoteBlockArb), {
        maxLength: 3,
      }),
      status: fc.constantFrom("published", "pending"),
      score: fc.option(fc.integer(), { nil: undefined }),
    }),
    { maxLength: 8 },
  )
  .map((items) =>
    items.map((item, index) => {
      const comment: Comment = {
        id: `x${index * 7}`,
        author: { name: item.author },
        status: item.status as Comment["status"],
        body: item.body,
      };
      if (index > 0 && item.reply) comment.parentId = `x${(item.parent % index) * 7}`;
      if (item.date !== undefined) comment.publishedAt = item.date;
      if (item.score !== undefined) comment.score = item.score;
      return comment;
    }),
  );

const articleArb: fc.Arbitrary<Article> = fc
  .record({
    title: phrase(0, 8),
    lang: fc.constantFrom("fr", "en", "en-GB", "de"),
    lead: fc.array(
      fc.oneof({ arbitrary: paragraphArb, weight: 3 }, imageArb, quoteBlockArb, listArb),
      { maxLength: 3 },
    ),
    sections: fc.array(sectionArb, { maxLength: 4 }),
    tags: fc.array(tagArb, { maxLength: 4 }),
    comments: commentsArb,
    commentCount: fc.option(fc.nat({ max: 500 }), { nil: undefined }),
    url: fc.option(fc.constant("https://example.org/a"), { nil: undefined }),
  })
  .map((fields) => {
    const article: Article = {
      title: fields.title,
      lang: fields.lang,
      authors: [{ name: "Camille" }],
      lead: fields.lead,
      sections: fields.sections,
      tags: fields.tags,
      comments: fields.comments,
    };
    if (fields.commentCount !== undefined) article.commentCount = fields.commentCount;
    if (fields.url !== undefined) article.url = fields.url;
    return article;
  });

describe("toText → fromText", () => {
  it("keeps what text carries (the projection), 500 generated articles", () => {
    fc.assert(
      fc.property(articleArb, (article) => {
        const valid = parseArticle(article);
        const text = toText(valid);
        const { article: back } = fromText(text);
        expect(parseArticle(back)).toEqual(back);
        expect(project(back)).toEqual(project(valid));
        // The quotations themselves survive, not only the projection.
        const quoted = (a: Article) =>
          extractQuotes(a)
            .map((quote) => `${quote.kind}:${quote.text}`)
            .sort();
        expect(quoted(back)).toEqual(quoted(valid));
      }),
      { numRuns: 500 },
    );
  });

  it("writes the declared count and comments in the article's language", () => {
    const article = parseArticle({
      title: "Titre",
      lang: "fr",
      commentCount: 2,
      comments: [
        { id: "a", author: { name: "Ana" }, publishedAt: "2012-01-20T10:15", body: [] },
        { id: "b", parentId: "a", author: { name: "Ben" }, body: [] },
      ],
    });
    expect(toText(article)).toBe(
      "Titre\n\n2 commentaires\n\n  • Ana\n    20 janvier 2012 à 10 h 15\n\n      ◦ Ben\n",
    );
    expect(toText(article, { lang: "en" })).toBe(
      "Titre\n\n2 comments\n\n  • Ana\n    January 20, 2012 at 10:15 am\n\n      ◦ Ben\n",
    );
  });
});
