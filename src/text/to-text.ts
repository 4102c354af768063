import { _checkOptions, _oneOf } from "../json/_options.js";
import { parseArticle } from "../json/parse.js";
import type { Article } from "../schema/article.js";
import type { Block, Embed, Image, Paragraph } from "../schema/block.js";
import type { Comment } from "../schema/comment.js";
import type { Tag } from "../schema/tag.js";
import { _formatDate } from "./_dates.js";
import { _embedOf, _isBareHeading, _isDocumentLine, _isImageRef, _readsAsText } from "./_lines.js";
import { TEXT_LANGUAGES, VOCABULARIES, type Vocabulary } from "./vocabulary.js";

/** Options of {@link toText}. */
export interface ToTextOptions {
  /**
   * Language of the words written ("9 commentaires" or "9 comments",
   * credits, tags labels, dates), one of `TEXT_LANGUAGES` (default: the
   * article's `lang` when it has a vocabulary, else `"en"`).
   */
  lang?: string | undefined;
}

const KNOWN = ["lang"] as const;
const BULLETS = ["•", "◦", "▪"];

/**
 * Write an article as page text, in the conventions `fromText` reads: the
 * title, the lead, headings (level 2 bare, deeper ones as `### Heading`),
 * image lines with their credit and caption, embed placeholders, a tags
 * line, the declared count ("9 commentaires"), then the comments as
 * bullets, replies indented four more columns. What text cannot carry is
 * listed in the docs (the projection).
 *
 * @param article
 *   Article to write (checked first).
 * @param options
 *   Configuration (optional).
 * @returns
 *   Page text, lines ending in `\n`.
 * @throws {ArticleError}
 *   When the article is not valid.
 */
export function toText(article: Article, options?: ToTextOptions): string {
  const record = _checkOptions(options, "toText", KNOWN);
  const checked = parseArticle(article);
  const primary = (checked.lang ?? "").toLowerCase().split("-")[0] ?? "";
  const fallback = Object.hasOwn(VOCABULARIES, primary) ? primary : "en";
  const lang = _oneOf(record, "lang", TEXT_LANGUAGES, fallback);
  const vocabulary = VOCABULARIES[lang] as Vocabulary;
  const out: string[] = [];
  const title = checked.title.trim();
  out.push(title.startsWith("# ") ? `# ${title}` : title);
  const parts: string[][] = [];
  if (checked.image) parts.push(_image(checked.image, vocabulary));
  for (const block of checked.lead) parts.push(_block(block, vocabulary));
  for (const section of checked.sections) {
    const heading = section.heading.trim();
    const bare =
      section.level === 2 &&
      _readsAsText(heading) &&
      _isBareHeading(heading) &&
      !_embedOf(heading) &&
      !_isDocumentLine(heading);
    parts.push([bare ? heading : `${"#".repeat(section.level)} ${heading}`]);
    for (const block of section.blocks) parts.push(_block(block, vocabulary));
  }
  const meta = _tags(checked.tags, vocabulary);
  if (checked.commentCount !== undefined) meta.push(vocabulary.write.count(checked.commentCount));
  else if (checked.comments.length > 0) meta.push(vocabulary.write.commentsHeading);
  if (meta.length > 0) parts.push(meta);
  for (const part of parts) {
    if (part.length === 0) continue;
    out.push("");
    for (const line of part) out.push(line);
  }
  _comments(checked.comments, vocabulary, out);
  return `${out.join("\n")}\n`;
}

function _lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

function _paragraph(paragraph: Paragraph): string[] {
  return _lines(paragraph.text);
}

function _image(image: Image, vocabulary: Vocabulary): string[] {
  const url = image.url.trim();
  const lines = [_isImageRef(url) ? url : `${vocabulary.write.image}${url}`];
  if (image.credit !== undefined && image.credit.trim() !== "") {
    lines.push(`${vocabulary.write.credit}${image.credit.trim()}`);
  }
  if (image.caption !== undefined && image.caption.trim() !== "") {
    lines.push(`${vocabulary.write.caption}${image.caption.trim()}`);
  }
  return lines;
}

function _embed(embed: Embed, vocabulary: Vocabulary): string[] {
  const text = embed.text?.trim() ?? "";
  if (embed.provider === "document" && _isDocumentLine(text)) return [text];
  const label =
    embed.provider === undefined
      ? undefined
      : (vocabulary.write.embeds[embed.provider] ?? embed.provider);
  const words = [label, text, embed.url].filter(
    (word): word is string => word !== undefined && word !== "",
  );
  return words.length > 0 ? [words.join(" ")] : [];
}

function _block(block: Block, vocabulary: Vocabulary): string[] {
  switch (block.type) {
    case "paragraph":
      return _paragraph(block);
    case "quote": {
      const lines: string[] = [];
      block.blocks.forEach((paragraph, index) => {
        if (index > 0) lines.push(">");
        for (const line of _paragraph(paragraph)) lines.push(`> ${line}`);
      });
      if (block.attribution !== undefined && block.attribution.trim() !== "") {
        lines.push(`> — ${block.attribution.trim()}`);
      }
      return lines;
    }
    case "list":
      return block.items.map(
        (item, index) =>
          `${block.ordered ? `${index + 1}.` : "-"} ${item.text.replaceAll("\n", " ").trim()}`,
      );
    case "image":
      return _image(block, vocabulary);
    case "embed":
      return _embed(block, vocabulary);
    case "code":
    case "raw":
      return _lines(block.value);
    default:
      return [];
  }
}

function _tags(tags: readonly Tag[], vocabulary: Vocabulary): string[] {
  const lines: string[] = [];
  let index = 0;
  while (index < tags.length) {
    const kind = (tags[index] as Tag).kind;
    const names: string[] = [];
    while (index < tags.length && (tags[index] as Tag).kind === kind) {
      names.push((tags[index] as Tag).name.trim());
      index++;
    }
    lines.push(`${vocabulary.write.tags[kind ?? "none"]}${names.join(", ")}`);
  }
  return lines;
}

// Comments in thread order (each reply right after its parent's subtree
// starts), iteratively, so that any depth is fine.
function _comments(comments: readonly Comment[], vocabulary: Vocabulary, out: string[]): void {
  if (comments.length === 0) return;
  const children = new Map<string | undefined, Comment[]>();
  for (const comment of comments) {
    const list = children.get(comment.parentId);
    if (list) list.push(comment);
    else children.set(comment.parentId, [comment]);
  }
  const stack: [Comment, number][] = [];
  const roots = children.get(undefined) ?? [];
  for (let index = roots.length - 1; index >= 0; index--) stack.push([roots[index] as Comment, 0]);
  while (stack.length > 0) {
    const [comment, depth] = stack.pop() as [Comment, number];
    const pad = " ".repeat(2 + 4 * depth);
    const body = `${pad}  `;
    out.push("");
    out.push(`${pad}${BULLETS[depth % BULLETS.length]} ${comment.author.name.trim()}`);
    if (comment.publishedAt !== undefined) {
      out.push(`${body}${_formatDate(comment.publishedAt, vocabulary)}`);
    }
    for (const block of comment.body) {
      const lines = _block(block, vocabulary);
      if (lines.length === 0) continue;
      out.push("");
      for (const line of lines) out.push(`${body}${line}`);
    }
    const replies = children.get(comment.id) ?? [];
    for (let index = replies.length - 1; index >= 0; index--) {
      stack.push([replies[index] as Comment, depth + 1]);
    }
  }
}
