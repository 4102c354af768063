import { _expectArticle } from "../json/_expect-article.js";
import type { Article } from "../schema/article.js";
import type { Block, Paragraph } from "../schema/block.js";
import { _blockTexts } from "./_blocks.js";
import { _articleLang } from "./_check.js";
import { _countWords } from "./count.js";
import { type ReadingTime, readingTime } from "./reading-time.js";

/** Words of one section. */
export interface SectionWords {
  /** Index of the section in `article.sections`. */
  index: number;
  /** Its heading. */
  heading: string;
  /** Words of the heading and the blocks. */
  words: number;
}

/** Words of one comment. */
export interface CommentWords {
  /** The comment's id. */
  id: string;
  /** Words of its body. */
  words: number;
}

/** Statistics of an article, from {@link articleStats}. */
export interface ArticleStats {
  /** Words, per part. */
  words: {
    /** The title. */
    title: number;
    /** The lead (blocks before the first section). */
    lead: number;
    /** Each section, heading included. */
    sections: SectionWords[];
    /** Quotations in the body: `quote` marks (the outermost) and quote blocks. */
    quotes: number;
    /** Each comment. */
    comments: CommentWords[];
    /** All comments. */
    allComments: number;
    /** The body: lead and sections (the title is apart). */
    body: number;
  };
  /** How long the body takes to read (see `readingTime`). */
  readingTime: ReadingTime;
  /** Paragraphs of the body (list items and paragraphs in quotes not counted). */
  paragraphs: number;
  /** Images of the body. */
  images: number;
  /** Embeds of the body. */
  embeds: number;
  /** Links of the body (`link` marks). */
  links: number;
  /** Quotations of the body: quote blocks and outermost `quote` marks. */
  quotes: number;
  /** schema.org `wordCount`: words of the body. */
  wordCount: number;
  /** schema.org `timeRequired`: reading time as an ISO 8601 duration (`"PT4M"`). */
  timeRequired: string;
}

/**
 * Compute the statistics of an article: words of the title, the lead, each
 * section, the quotations, each comment and the body; the body's reading
 * time; counts of paragraphs, images, embeds, links and quotations; and the
 * schema.org `wordCount` and `timeRequired`.
 *
 * @param input
 *   Article (as `parseArticle` returns it; the language for counting and
 *   reading speeds is its `lang`).
 * @returns
 *   The statistics.
 */
export function articleStats(input: Article): ArticleStats {
  // A whole article is read: check it all (ArticleError when invalid).
  const article = _expectArticle(input, "articleStats");
  const lang = _articleLang(article.lang);
  const options = lang === "" ? undefined : { locale: lang };
  const count = (text: string) => _countWords(text, options, "articleStats", false);
  const blockWords = (blocks: readonly Block[] | undefined): number => {
    let words = 0;
    for (const block of blocks ?? []) _blockTexts(block, (text) => (words += count(text)));
    return words;
  };
  const tally = { paragraphs: 0, images: 0, embeds: 0, links: 0, quotes: 0, quoteWords: 0 };
  const walk = (blocks: readonly Block[] | undefined) => {
    for (const block of blocks ?? []) {
      if (block.type === "paragraph") {
        tally.paragraphs++;
        _inline(block, count, tally);
      } else if (block.type === "list") {
        for (const item of block.items ?? []) _inline(item, count, tally);
      } else if (block.type === "quote") {
        tally.quotes++;
        for (const paragraph of block.blocks ?? []) {
          tally.quoteWords += count(paragraph.text);
          // Quote marks inside a quote block are inside a quotation already.
          for (const mark of paragraph.marks ?? []) if (mark.type === "link") tally.links++;
        }
      } else if (block.type === "image") tally.images++;
      else if (block.type === "embed") tally.embeds++;
    }
  };
  walk(article.lead);
  const sections: SectionWords[] = [];
  const sectionList = article.sections ?? [];
  for (let index = 0; index < sectionList.length; index++) {
    const section = sectionList[index];
    if (!section) continue;
    walk(section.blocks);
    sections.push({
      index,
      heading: section.heading,
      words: count(section.heading) + blockWords(section.blocks),
    });
  }
  const comments: CommentWords[] = [];
  let allComments = 0;
  for (const comment of article.comments ?? []) {
    const words = blockWords(comment.body);
    comments.push({ id: comment.id, words });
    allComments += words;
  }
  const lead = blockWords(article.lead);
  let body = lead;
  for (const section of sections) body += section.words;
  const time = readingTime(article, lang === "" ? undefined : { lang });
  return {
    words: {
      title: count(article.title),
      lead,
      sections,
      quotes: tally.quoteWords,
      comments,
      allComments,
      body,
    },
    readingTime: time,
    paragraphs: tally.paragraphs,
    images: tally.images,
    embeds: tally.embeds,
    links: tally.links,
    quotes: tally.quotes,
    wordCount: body,
    timeRequired: `PT${time.minutes}M`,
  };
}

/**
 * Count the links and the outermost quotations of a paragraph, and the
 * words inside those quotations.
 *
 * @param paragraph
 *   Paragraph.
 * @param count
 *   Word counter.
 * @param tally
 *   Counts to add to.
 */
function _inline(
  paragraph: Paragraph,
  count: (text: string) => number,
  tally: { links: number; quotes: number; quoteWords: number },
): void {
  // Marks are sorted by start, longer first, and nested: a quote mark
  // inside the previous one is part of it.
  let quoteEnd = -1;
  for (const mark of paragraph.marks ?? []) {
    if (mark.type === "link") tally.links++;
    else if (mark.type === "quote" && mark.start >= quoteEnd) {
      tally.quotes++;
      tally.quoteWords += count(paragraph.text.slice(mark.start, mark.end));
      quoteEnd = mark.end;
    }
  }
}
