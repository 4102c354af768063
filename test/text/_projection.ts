// The projection of an article on what page text carries (docs/text.md,
// "What text cannot carry"): `fromText(toText(a))` equals `project(a)` on
// the fields below, for articles whose texts read back as themselves (see
// the generator in roundtrip.test.ts for that domain).
import {
  type Article,
  type Block,
  type Comment,
  findQuotes,
  type Image,
  type Paragraph,
  slugify,
} from "../../src/index.js";

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

function paragraph(text: string): Paragraph {
  const result: Paragraph = { type: "paragraph", text };
  const marks = findQuotes(text).marks;
  if (marks.length > 0) result.marks = marks;
  return result;
}

function paragraphs(text: string): Paragraph[] {
  // Blank lines split a paragraph in two; lines are trimmed.
  const result: Paragraph[] = [];
  for (const part of text.split(/\n[ \t]*\n/)) {
    const kept = lines(part);
    if (kept.length > 0) result.push(paragraph(kept.join("\n")));
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
        result.push(...paragraphs(block.text));
        break;
      case "quote": {
        const quote: Record<string, unknown> = {
          type: "quote",
          blocks: block.blocks.flatMap((item) => paragraphs(item.text)),
        };
        if (block.attribution?.trim()) quote.attribution = block.attribution.trim();
        result.push(quote);
        break;
      }
      case "list":
        result.push({
          type: "list",
          ordered: block.ordered,
          items: block.items.map((item) => paragraph(item.text.replaceAll("\n", " ").trim())),
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
 * What of an article survives `toText` then `fromText`.
 */
export function project(article: Article): Projected {
  const seen = new Set<string>();
  const tags: Projected["tags"] = [];
  for (const tag of article.tags) {
    const name = tag.name.trim();
    const slug = slugify(name);
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
