// `npm run demo`: read a page's text (our bundled sample, or the path given:
// `npm run demo -- path/to/page.txt`) or its HTML (`npm run demo --
// page.html`: a name ending in .html/.htm, or a file starting with `<`), print
// its outline (title, sections, images, embeds, quotes, the comment thread)
// and write the article as JSON.
// Examples import the package by its name; under tsx, tsconfig.json maps
// "marginalia" to src/, so no build is needed.
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Block,
  buildThread,
  extractQuotes,
  formatIssues,
  fromText,
  isArticleError,
  type ThreadNode,
  toJson,
} from "marginalia";
import { fromHtml } from "marginalia/html";

const input = process.argv[2] ?? fileURLToPath(new URL("sample-page.txt", import.meta.url));
const output =
  process.argv[3] ?? join(tmpdir(), `${basename(input).replace(/\.[^.]*$/, "")}.article.json`);

const short = (text: string, size = 70): string => {
  const line = text.replaceAll("\n", " ");
  return line.length > size ? `${line.slice(0, size - 1)}…` : line;
};

function describeBlock(block: Block): string | undefined {
  switch (block.type) {
    case "image":
      return `image ${block.url}${block.credit ? ` (crédit : ${block.credit})` : ""}`;
    case "embed":
      return `embed ${block.provider ?? "?"}${block.text ? `: ${short(block.text, 50)}` : ""}`;
    case "quote":
      return `quote block${block.attribution ? ` — ${block.attribution}` : ""}`;
    case "list":
      return `list of ${block.items.length}`;
    default:
      return undefined;
  }
}

const source = readFileSync(input, "utf8");
const isHtml = /\.html?$/i.test(input) || source.trimStart().startsWith("<");
/** What both readers give: the article and messages (page text ones carry a place). */
interface Read {
  article: ReturnType<typeof fromText>["article"];
  messages: {
    ruleId: string;
    actual?: string | undefined;
    place?: { line: number; column: number } | undefined;
  }[];
}
let result: Read;
try {
  result = isHtml ? fromHtml(source) : fromText(source);
} catch (error) {
  if (!isArticleError(error)) throw error;
  console.error(`Cannot read ${input}:\n${formatIssues(error.issues)}`);
  process.exit(1);
}
const { article, messages } = result;

console.log(`# ${article.title}  [${article.lang}]`);
const paragraphs = (blocks: Block[]) => blocks.filter((block) => block.type === "paragraph").length;
console.log(`  lead: ${paragraphs(article.lead)} paragraph(s)`);
for (const block of article.lead) {
  const line = describeBlock(block);
  if (line) console.log(`    ${line}`);
}
for (const section of article.sections) {
  const indent = "  ".repeat(section.level - 1);
  console.log(
    `${indent}${"#".repeat(section.level)} ${section.heading}  (${paragraphs(section.blocks)} paragraph(s))`,
  );
  for (const block of section.blocks) {
    const line = describeBlock(block);
    if (line) console.log(`${indent}  ${line}`);
  }
}
if (article.tags.length > 0) {
  console.log(`  tags: ${article.tags.map((tag) => `${tag.name} (${tag.slug})`).join(", ")}`);
}

const quotes = extractQuotes(article);
console.log(`\nQuotes (${quotes.length}):`);
for (const quote of quotes) {
  const where =
    quote.part === "lead"
      ? "lead"
      : quote.part === "section"
        ? `section ${quote.section}`
        : `comment ${quote.comment}`;
  const span = quote.start === undefined ? "" : ` [${quote.start}, ${quote.end})`;
  console.log(`  ${where}, block ${quote.block}${span}: « ${short(quote.text)} »`);
}

const declared =
  article.commentCount === undefined ? "none declared" : `${article.commentCount} declared`;
console.log(`\nComments (${article.comments.length} read, ${declared}):`);
const { roots } = buildThread(article.comments);
const stack: ThreadNode[] = [...roots].reverse();
while (stack.length > 0) {
  const node = stack.pop() as ThreadNode;
  const comment = node.comment;
  const first = comment.body[0];
  const text = first?.type === "paragraph" ? short(first.text, 60) : "";
  console.log(`${"  ".repeat(node.depth + 1)}- ${comment.id} ${comment.author.name}: ${text}`);
  for (let index = node.replies.length - 1; index >= 0; index--) {
    stack.push(node.replies[index] as ThreadNode);
  }
}

console.log(`\nLeft over or changed (${messages.length}):`);
for (const message of messages) {
  const where = message.place ? `${message.place.line}:${message.place.column}` : "";
  console.log(`  ${where} ${message.ruleId}  ${short(message.actual ?? "", 50)}`);
}

writeFileSync(output, `${toJson(article)}\n`);
console.log(`\nArticle JSON written to ${output}`);
