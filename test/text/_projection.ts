// The projection of an article on what page text carries (docs/formats/text.md,
// "What text cannot carry (the projection)"):
// `fromText(toText(a))` equals `project(a)` on the fields below, for
// articles whose texts read back as themselves (see the generator in
// roundtrip.test.ts for that domain).
//
// Nothing here calls the code under test: quote marks and tag slugs are
// kept as the article gives them, so on a generated article they are the
// generator's golden values (made by construction), and on a read one they
// are what the reader made.
import type { Article, Block, Comment, Image, Mark, Paragraph } from "../../src/index.js";

export interface Projected {
  title: string;
  lead: unknown[];
  sections: { heading: string; level: number; blocks: unknown[] }[];
  tags: { name: string; slug: string; kind?: string }[];
  commentCount: number | undefined;
  comments: {
    id: string;
    parentId?: string;
    author: string;
    publishedAt?: string;
    body: unknown[];
  }[];
}

const lines = (text: string): string[] =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");

// A paragraph keeps its quote marks (without attributions), which only
// hold while its text is unchanged: a text that trimming or splitting would
// change is outside the domain the projection is checked on.
function paragraph(text: string, marks: readonly Mark[] | undefined): Paragraph {
  const result: Paragraph = { type: "paragraph", text };
  const quotes = (marks ?? [])
    .filter((mark) => mark.type === "quote")
    .map(({ start, end }): Mark => ({ type: "quote", start, end }));
  if (quotes.length > 0) result.marks = quotes;
  return result;
}

function paragraphs(text: string, marks?: readonly Mark[]): Paragraph[] {
  // Blank lines split a paragraph in two; lines are trimmed.
  const result: Paragraph[] = [];
  const parts = text.split(/\n[ \t]*\n/);
  for (const part of parts) {
    const kept = lines(part).join("\n");
    if (kept === "") continue;
    const same = parts.length === 1 && kept === text;
    if (!same && marks?.some((mark) => mark.type === "quote")) {
      throw new Error(`Outside the projection's domain: quote marks on ${JSON.stringify(text)}`);
    }
    result.push(paragraph(kept, same ? marks : undefined));
  }
  return result;
}

function image(block: Image): unknown {
  const result: Record<string, unknown> = { type: "image", url: block.url.trim() };
  if (block.credit?.trim()) result.credit = block.credit.trim();
  if (block.caption?.trim()) result.caption = block.caption.trim();
  return result;
}

function blocks(list: readonly Block[]): unknown[] {
  const result: unknown[] = [];
  for (const block of list) {
    switch (block.type) {
      case "paragraph":
        result.push(...paragraphs(block.text, block.marks));
        break;
      case "quote": {
        const quote: Record<string, unknown> = {
          type: "quote",
          blocks: block.blocks.flatMap((item) => paragraphs(item.text, item.marks)),
        };
        if (block.attribution?.trim()) quote.attribution = block.attribution.trim();
        result.push(quote);
        break;
      }
      case "list":
        result.push({
          type: "list",
          ordered: block.ordered,
          items: block.items.map((item) => {
            // Line feeds become spaces (same offsets); trimming must not move marks.
            const text = item.text.replaceAll("\n", " ");
            if (text !== text.trim() && item.marks?.some((mark) => mark.type === "quote")) {
              throw new Error(
                `Outside the projection's domain: quote marks on ${JSON.stringify(text)}`,
              );
            }
            return paragraph(text.trim(), text === text.trim() ? item.marks : undefined);
          }),
        });
        break;
      case "image":
        result.push(image(block));
        break;
      case "embed": {
        const embed: Record<string, unknown> = { type: "embed" };
        if (block.provider !== undefined) embed.provider = block.provider;
        if (block.url !== undefined) embed.url = block.url;
        if (block.text?.trim()) embed.text = block.text.trim();
        result.push(embed);
        break;
      }
      default:
        result.push(...paragraphs(block.value));
    }
  }
  return result;
}

// Comments in thread order, renumbered c1, c2, … (what the reader gives).
function comments(list: readonly Comment[]): Projected["comments"] {
  const children = new Map<string | undefined, Comment[]>();
  for (const comment of list) {
    const siblings = children.get(comment.parentId) ?? [];
    siblings.push(comment);
    children.set(comment.parentId, siblings);
  }
  const result: Projected["comments"] = [];
  const ids = new Map<string, string>();
  const stack = [...(children.get(undefined) ?? [])].reverse();
  while (stack.length > 0) {
    const comment = stack.pop() as Comment;
    const id = `c${result.length + 1}`;
    ids.set(comment.id, id);
    const item: Projected["comments"][number] = {
      id,
      author: comment.author.name.trim(),
      body: blocks(comment.body),
    };
    if (comment.parentId !== undefined) item.parentId = ids.get(comment.parentId) as string;
    if (comment.publishedAt !== undefined) item.publishedAt = comment.publishedAt;
    result.push(item);
    stack.push(...[...(children.get(comment.id) ?? [])].reverse());
  }
  return result;
}

/**
 * What of an article survives `toText` then `fromText`. Tags are compared
 * by the slug they carry: a generated article carries the expected slug of
 * each name (golden), a read one the slug the reader made.
 */
export function project(article: Article): Projected {
  const seen = new Set<string>();
  const tags: Projected["tags"] = [];
  for (const tag of article.tags) {
    const name = tag.name.trim();
    const slug = tag.slug;
    if (seen.has(slug)) continue;
    seen.add(slug);
    tags.push(tag.kind === undefined ? { name, slug } : { name, slug, kind: tag.kind });
  }
  return {
    title: article.title.trim(),
    lead: [...(article.image ? [image(article.image)] : []), ...blocks(article.lead)],
    sections: article.sections.map((section) => ({
      heading: section.heading.trim(),
      level: section.level,
      blocks: blocks(section.blocks),
    })),
    tags,
    commentCount: article.commentCount,
    comments: comments(article.comments),
  };
}
