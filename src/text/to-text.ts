import { _checkOptions, _oneOf } from "../_args.js";
import { parseArticle } from "../json/parse.js";
import type { Article } from "../schema/article.js";
import type { Block, Embed, Image } from "../schema/block.js";
import type { Comment } from "../schema/comment.js";
import type { Tag } from "../schema/tag.js";
import { _formatDate } from "./_dates.js";
import {
  _embedOf,
  _imageLineOf,
  _isBareHeading,
  _isDocumentLine,
  _isImageRef,
  _readsAsText,
  _writeImageUrl,
} from "./_lines.js";
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
/** Reply levels shown by indentation; deeper replies say their level (`↳ [8] Name`). */
const REPLY_INDENT_LEVELS = 8;

/**
 * Write an article as page text, in the conventions `fromText` reads: the
 * title, the lead, headings (level 2 bare, deeper ones as `### Heading`),
 * image lines with their credit and caption, embed placeholders, a tags
 * line, the declared count ("9 commentaires"), then the comments as
 * bullets, replies indented four more columns (past level 7, at one column
 * with their level written: `↳ [9] Name`, so the size stays linear in the
 * depth). What text cannot carry is listed in docs/formats/text.md (the projection).
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
  const lang = _oneOf(record, "lang", TEXT_LANGUAGES, fallback, "toText");
  const vocabulary = VOCABULARIES[lang] as Vocabulary;
  // Lines are gathered per part (the head, a section, a comment) and joined
  // into one string per part: what stays alive until the end is one string
  // per part rather than one per line, which keeps the garbage collector's
  // work proportional to the text (t(2n)/t(n) near 2).
  const out: string[] = [];
  const lines: string[] = [];
  const title = checked.title.trim();
  lines.push(title.startsWith("# ") ? `# ${title}` : title);
  if (checked.image) _part(lines, (into) => _image(checked.image as Image, vocabulary, "", into));
  for (const block of checked.lead) _part(lines, (into) => _block(block, vocabulary, "", into));
  _flush(out, lines);
  for (const section of checked.sections) {
    const heading = section.heading.trim();
    const bare =
      section.level === 2 &&
      _readsAsText(heading) &&
      _isBareHeading(heading) &&
      !_embedOf(heading) &&
      !_isDocumentLine(heading);
    lines.push("", bare ? heading : `${"#".repeat(section.level)} ${heading}`);
    for (const block of section.blocks) _part(lines, (into) => _block(block, vocabulary, "", into));
    _flush(out, lines);
  }
  _part(lines, (into) => {
    _tags(checked.tags, vocabulary, into);
    if (checked.commentCount !== undefined) into.push(vocabulary.write.count(checked.commentCount));
    else if (checked.comments.length > 0) into.push(vocabulary.write.commentsHeading);
  });
  if (lines.length > 0) _flush(out, lines);
  _comments(checked.comments, vocabulary, lines, out);
  return `${out.join("\n")}\n`;
}

// Join the lines gathered into one string of the output, and start afresh.
function _flush(out: string[], lines: string[]): void {
  out.push(lines.join("\n"));
  lines.length = 0;
}

// Write a part preceded by a blank line, or nothing when it has no line.
function _part(out: string[], write: (into: string[]) => void): void {
  const mark = out.length;
  out.push("");
  write(out);
  if (out.length === mark + 1) out.pop();
}

// Push the non-blank lines of a text, trimmed, with a prefix.
function _lines(text: string, prefix: string, into: string[]): void {
  let from = 0;
  for (;;) {
    const to = text.indexOf("\n", from);
    const line = (to < 0 ? text.slice(from) : text.slice(from, to)).trim();
    if (line !== "") into.push(prefix + line);
    if (to < 0) return;
    from = to + 1;
  }
}

function _image(image: Image, vocabulary: Vocabulary, prefix: string, into: string[]): void {
  const url = image.url.trim();
  const bare = _isImageRef(url) && _imageLineOf(url) === url;
  into.push(prefix + (bare ? url : `${vocabulary.write.image}${_writeImageUrl(url)}`));
  if (image.credit !== undefined && image.credit.trim() !== "") {
    into.push(`${prefix}${vocabulary.write.credit}${image.credit.trim()}`);
  }
  if (image.caption !== undefined && image.caption.trim() !== "") {
    into.push(`${prefix}${vocabulary.write.caption}${image.caption.trim()}`);
  }
}

function _embed(embed: Embed, vocabulary: Vocabulary, prefix: string, into: string[]): void {
  const text = embed.text?.trim() ?? "";
  if (embed.provider === "document" && _isDocumentLine(text)) {
    into.push(prefix + text);
    return;
  }
  const label =
    embed.provider === undefined
      ? undefined
      : (vocabulary.write.embeds[embed.provider] ?? embed.provider);
  const words = [label, text, embed.url].filter(
    (word): word is string => word !== undefined && word !== "",
  );
  if (words.length > 0) into.push(prefix + words.join(" "));
}

function _block(block: Block, vocabulary: Vocabulary, prefix: string, into: string[]): void {
  switch (block.type) {
    case "paragraph":
      _lines(block.text, prefix, into);
      return;
    case "quote": {
      block.blocks.forEach((paragraph, index) => {
        if (index > 0) into.push(`${prefix}>`);
        _lines(paragraph.text, `${prefix}> `, into);
      });
      if (block.attribution !== undefined && block.attribution.trim() !== "") {
        into.push(`${prefix}> — ${block.attribution.trim()}`);
      }
      return;
    }
    case "list":
      block.items.forEach((item, index) => {
        const text = item.text.replaceAll("\n", " ").trim();
        into.push(`${prefix}${block.ordered ? `${index + 1}.` : "-"} ${text}`);
      });
      return;
    case "image":
      _image(block, vocabulary, prefix, into);
      return;
    case "embed":
      _embed(block, vocabulary, prefix, into);
      return;
    case "code":
    case "raw":
      _lines(block.value, prefix, into);
      return;
    default:
  }
}

function _tags(tags: readonly Tag[], vocabulary: Vocabulary, lines: string[]): void {
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
}

// Comments in thread order (each reply right after its parent's subtree
// starts), iteratively, so that any depth is fine.
function _comments(
  comments: readonly Comment[],
  vocabulary: Vocabulary,
  lines: string[],
  out: string[],
): void {
  if (comments.length === 0) return;
  const children = new Map<string | undefined, Comment[]>();
  for (const comment of comments) {
    const list = children.get(comment.parentId);
    if (list) list.push(comment);
    else children.set(comment.parentId, [comment]);
  }
  // Replies deeper than REPLY_INDENT_LEVELS are all written at that
  // indentation, their level given on the author line (`↳ [9] Name`), so
  // that the output stays linear in size whatever the depth.
  const pads: string[] = [];
  for (let depth = 0; depth <= REPLY_INDENT_LEVELS; depth++) pads.push(" ".repeat(2 + 4 * depth));
  const stack: Comment[] = [];
  const depths: number[] = [];
  const roots = children.get(undefined) ?? [];
  for (let index = roots.length - 1; index >= 0; index--) {
    stack.push(roots[index] as Comment);
    depths.push(0);
  }
  while (stack.length > 0) {
    const comment = stack.pop() as Comment;
    const depth = depths.pop() as number;
    const deep = depth >= REPLY_INDENT_LEVELS;
    const pad = pads[deep ? REPLY_INDENT_LEVELS : depth] as string;
    const body = `${pad}  `;
    const name = comment.author.name.trim();
    lines.push(
      "",
      deep ? `${pad}↳ [${depth}] ${name}` : `${pad}${BULLETS[depth % BULLETS.length]} ${name}`,
    );
    if (comment.publishedAt !== undefined) {
      lines.push(`${body}${_formatDate(comment.publishedAt, vocabulary)}`);
    }
    for (const block of comment.body) _part(lines, (into) => _block(block, vocabulary, body, into));
    _flush(out, lines);
    const replies = children.get(comment.id) ?? [];
    for (let index = replies.length - 1; index >= 0; index--) {
      stack.push(replies[index] as Comment);
      depths.push(depth + 1);
    }
  }
}
