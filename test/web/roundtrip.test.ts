// Round trips where both directions exist: what the format can carry comes
// back equal. Each side is projected to what the format carries (the
// projections written down in docs/formats/web.md), then compared.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Article,
  type Block,
  type Comment,
  type Person,
  parseArticle,
} from "../../src/index.js";
import { fromJsonFeed, fromJsonLd, toJsonFeed, toJsonLd } from "../../src/web.js";
import { article } from "../_helpers/arbitraries.js";

const RUNS = Number(process.env.FC_RUNS ?? 500);
const ALL = ["published", "pending", "spam", "deleted", "removed"] as const;

// The texts a plain-text body carries, per block (docs/formats/web.md).
function texts(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.type === "paragraph") out.push(block.text);
    else if (block.type === "quote") out.push(...block.blocks.map((p) => p.text));
    else if (block.type === "list") out.push(...block.items.map((p) => p.text));
    else if (block.type === "image" && block.caption !== undefined) out.push(block.caption);
    else if (block.type === "embed" && block.text !== undefined) out.push(block.text);
    else if (block.type === "code") out.push(block.value);
    else if (block.type === "raw" && block.format === "text") out.push(block.value);
  }
  return out;
}

function bodyText(a: Article): string {
  const out = texts(a.lead);
  for (const section of a.sections) out.push(section.heading, ...texts(section.blocks));
  return out.join("\n\n");
}

function person(p: Person) {
  return { name: p.name, url: p.url, email: p.email, id: p.id };
}

const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** What schema.org JSON-LD carries of an article (all comment statuses written). */
function projectJsonLd(a: Article) {
  return {
    id: a.id,
    url: a.url,
    title: a.title,
    subtitle: a.subtitle,
    summary: a.summary,
    lang: a.lang,
    authors: a.authors.map(person),
    publishedAt: a.publishedAt,
    updatedAt: a.updatedAt,
    site: a.site && { name: a.site.name, url: a.site.url },
    image: a.image && {
      url: a.image.url,
      alt: a.image.alt,
      caption: a.image.caption,
      credit: a.image.credit,
    },
    tags: a.tags.map((tag) => [tag.name, tag.kind === "category"]),
    body: bodyText(a),
    commentCount: a.commentCount ?? a.comments.length,
    comments: a.comments
      .map((c: Comment) => ({
        id: c.id,
        parentId: c.parentId,
        author: person(c.author),
        publishedAt: c.publishedAt,
        updatedAt: c.updatedAt,
        text: texts(c.body).join("\n\n"),
        score: c.score !== undefined && Number.isInteger(c.score) ? c.score + 0 : undefined,
      }))
      .sort(byId),
  };
}

/** What JSON Feed (with `_marginalia`) carries of an article (all statuses written). */
function projectJsonFeed(a: Article) {
  const { lead, sections, extra, ...rest } = splitExtra(a);
  return {
    ...rest,
    id: a.id ?? a.url,
    body: bodyText(a),
    lead: undefined,
    sections: undefined,
    extra: undefined,
  };
}

// Unknown keys of the article itself are not carried (those of comments,
// authors, tags, image and site are, in `_marginalia`).
function splitExtra(a: Article) {
  const known = new Set([
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
  ]);
  const result: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  for (const key of Object.keys(a)) {
    if (known.has(key)) result[key] = (a as Record<string, unknown>)[key];
    else extra[key] = (a as Record<string, unknown>)[key];
  }
  return { ...result, extra } as Record<string, unknown>;
}

describe("round trips (fast-check)", () => {
  it(`JSON-LD: fromJsonLd(toJsonLd(a)) carries back what JSON-LD can carry, nested or flat (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        article,
        fc.constantFrom("nested", "parentItem"),
        fc.nat({ max: 3 }),
        (input, replies, maxDepth) => {
          const a = parseArticle(input);
          const written = toJsonLd(a, { statuses: ALL, replies: replies as "nested", maxDepth });
          const back = fromJsonLd(JSON.parse(JSON.stringify(written)));
          expect(back.messages).toEqual([]);
          expect(projectJsonLd(back.article)).toEqual(projectJsonLd(a));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it(`JSON Feed: fromJsonFeed(toJsonFeed(a)) carries back what JSON Feed can carry (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 3 }), (inputs) => {
        const articles = inputs.map((input) => parseArticle(input));
        fc.pre(articles.every((a) => a.id !== undefined || a.url !== undefined));
        const feed = toJsonFeed(articles, { title: "F", statuses: ALL });
        const back = fromJsonFeed(JSON.stringify(feed));
        expect(back.messages).toEqual([]);
        expect(back.articles.map(projectJsonFeed)).toEqual(articles.map(projectJsonFeed));
      }),
      { numRuns: RUNS },
    );
  });
});
