// A page of ours shaped like the seed page (French, « » quotes with a
// mis-typed pair, an image with "Crédit image", two tweets, "9 commentaires",
// nine comments of which two are identical, one reply):
// test/fixtures/html/seed-shaped/input.html, and input.txt, its text as
// `w3m -dump -cols 100` lays it out (written by hand: bullets •/◦, bodies
// indented, lines wrapped near 100 columns, the form as [ ] and [Envoyer]).
// fromHtml on the HTML and fromText on the text give the same article.
//
// What the text cannot carry, and is therefore compared apart:
// * line wrapping: w3m breaks paragraphs into lines, so texts are compared
//   with white space collapsed (the quote marks' offsets do not move: a line
//   feed stands where the space was);
// * the image's address: w3m shows an image without `alt` by its file name,
//   so the text gives `phare-kerdonis.jpg` where the HTML gives the URL;
// * the tweets: the HTML's `blockquote.twitter-tweet` is an `Embed` (provider,
//   status URL, text). w3m prints the tweet's text and its "— Name (@handle)
//   date" line indented, with no URL; fromText reads the first as a paragraph
//   and the second as a section heading. The test checks that both tweets'
//   words are there and takes them out before comparing the rest;
// * ids: the HTML's are the page's (`li-comment-501`), the text's are
//   generated (`c1`…): parents are compared by position;
// * `lang` (`fr-FR` from `<html lang>`, `fr` detected) by its primary subtag;
//   `site` (og:site_name) is not in the text.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fromHtml } from "../../src/html.js";
import { type Article, type Block, fromText } from "../../src/index.js";

const folder = fileURLToPath(new URL("../fixtures/html/seed-shaped/", import.meta.url));
const html = fromHtml(readFileSync(`${folder}input.html`, "utf8")).article;
const text = fromText(readFileSync(`${folder}input.txt`, "utf8")).article;

const flat = (value: string): string => value.replace(/\s+/g, " ").trim();

/** A block with its texts' white space collapsed and an image's URL cut to its file name. */
function same(block: Block): unknown {
  return JSON.parse(JSON.stringify(block), (key, value) => {
    if (typeof value !== "string") return value;
    if (key === "url" && block.type === "image") return value.split("/").at(-1);
    return key === "text" || key === "heading" || key === "caption" ? flat(value) : value;
  });
}

interface Flow {
  heading: string | undefined;
  blocks: unknown[];
}

/** Lead and sections as one list of (heading, blocks). */
const flow = (article: Article): Flow[] => [
  { heading: undefined, blocks: article.lead.map(same) },
  ...article.sections.map((section) => ({
    heading: `${section.level} ${flat(section.heading)}`,
    blocks: section.blocks.map(same),
  })),
];

const embeds = [html.lead, ...html.sections.map((section) => section.blocks)]
  .flat()
  .filter((block) => block.type === "embed");

/** The text's article without the two tweets' renderings (see the header). */
function withoutTweets(flows: Flow[]): {
  flows: Flow[];
  tweetTexts: string[];
  attributions: string[];
} {
  const tweetTexts: string[] = [];
  const attributions: string[] = [];
  const out: Flow[] = [];
  for (const item of flows) {
    const blocks = item.blocks.filter((block) => {
      const value = (block as { type: string; text?: string }).text ?? "";
      const isTweet = embeds.some((embed) => value !== "" && (embed.text ?? "").startsWith(value));
      if (isTweet) tweetTexts.push(value);
      return !isTweet;
    });
    const heading = item.heading?.replace(/^\d /, "") ?? "";
    if (heading.startsWith("— ") && embeds.some((embed) => (embed.text ?? "").endsWith(heading))) {
      attributions.push(heading);
      (out.at(-1) as Flow).blocks.push(...blocks);
      continue;
    }
    out.push({ heading: item.heading, blocks });
  }
  return { flows: out, tweetTexts, attributions };
}

describe("a seed-shaped page of ours: fromHtml(html) and fromText(its w3m text)", () => {
  it("reads the same title, language and declared count", () => {
    expect(html.title).toBe("Le phare de Kerdonis ferme ses portes, les gardiens protestent");
    expect(text.title).toBe(html.title);
    expect(html.lang?.split("-")[0]).toBe("fr");
    expect(text.lang).toBe("fr");
    expect(html.commentCount).toBe(9);
    expect(text.commentCount).toBe(html.commentCount);
  });

  it("makes the two tweets embeds from the HTML; the text holds their words", () => {
    expect(
      embeds.map((embed) => [
        embed.type === "embed" && embed.provider,
        embed.type === "embed" && embed.url,
      ]),
    ).toEqual([
      ["twitter", "https://twitter.com/amisduphare/status/1001"],
      ["twitter", "https://twitter.com/amisduphare/status/1002"],
    ]);
    const { tweetTexts, attributions } = withoutTweets(flow(text));
    expect(tweetTexts).toHaveLength(2);
    expect(attributions).toHaveLength(2);
  });

  it("reads the same lead, sections and blocks (quotes, the mis-typed pair, the image and its credit)", () => {
    const fromHtmlFlow = flow(html).map((item) => ({
      heading: item.heading,
      blocks: item.blocks.filter((block) => (block as Block).type !== "embed"),
    }));
    const fromTextFlow = withoutTweets(flow(text)).flows;
    expect(fromTextFlow).toEqual(fromHtmlFlow);
    // What the comparison covers, so that it cannot pass on empty articles.
    expect(fromHtmlFlow.map((item) => item.heading)).toEqual([
      undefined,
      "2 Pourquoi le phare a-t-il été fermé ?",
      "2 La réaction des gardiens",
      "2 Et maintenant ?",
    ]);
    const blocks = fromHtmlFlow.flatMap((item) => item.blocks) as Block[];
    expect(blocks.find((block) => block.type === "image")).toEqual({
      type: "image",
      url: "phare-kerdonis.jpg",
      credit: "Ana Le Goff",
    });
    expect(
      blocks.filter((block) => block.type === "paragraph" && block.marks?.length),
    ).toHaveLength(2);
    // « » the wrong way round: not a quotation, in either reader.
    expect(
      blocks.some(
        (block) =>
          block.type === "paragraph" &&
          block.text.includes("» stupéfaite «") &&
          block.marks === undefined,
      ),
    ).toBe(true);
  });

  it("reads the same nine comments: authors, dates, bodies, parents, the identical pair kept", () => {
    const view = (article: Article) =>
      article.comments.map((comment) => ({
        author: comment.author.name,
        publishedAt: comment.publishedAt,
        status: comment.status,
        body: comment.body.map(same),
        parent:
          comment.parentId === undefined
            ? undefined
            : article.comments.findIndex((other) => other.id === comment.parentId),
      }));
    expect(view(text)).toEqual(view(html));
    expect(html.comments).toHaveLength(9);
    expect(view(html)[1]?.parent).toBe(0);
    expect(view(html)[5]).toEqual(view(html)[6]);
    expect(html.comments[0]?.publishedAt).toBe("2012-03-04T09:12");
  });
});
