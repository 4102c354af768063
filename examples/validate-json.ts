// Validate the bundled sample article (JSON), print its outline, then show
// the formatted errors of a broken copy.
//
//   npx tsx examples/validate-json.ts [path/to/article.json]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type Block,
  buildThread,
  formatIssues,
  fromJson,
  type OutlineNode,
  outline,
  safeParseArticle,
  type ThreadNode,
  walkThread,
} from "marginalia";

const file = process.argv[2] ?? fileURLToPath(new URL("sample-article.json", import.meta.url));
const article = fromJson(readFileSync(file, "utf8"));

function describe(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return `¶ ${block.text.length} characters${block.marks ? `, ${block.marks.length} mark(s)` : ""}`;
    case "image":
      return `🖼 ${block.url}${block.credit ? ` (credit: ${block.credit})` : ""}`;
    case "quote":
      return `❝ ${block.blocks.map((item) => item.text).join(" ")}${block.attribution ? ` — ${block.attribution}` : ""}`;
    default:
      return block.type;
  }
}

console.log(`${article.title}  [${article.lang ?? "?"}]`);
for (const block of article.lead) console.log(`  ${describe(block)}`);
const stack: [OutlineNode, number][] = outline(article)
  .reverse()
  .map((node) => [node, 1]);
while (stack.length > 0) {
  const [node, depth] = stack.pop() as [OutlineNode, number];
  const pad = "  ".repeat(depth);
  console.log(`${pad}${"#".repeat(node.section.level)} ${node.section.heading}`);
  for (const block of node.section.blocks) console.log(`${pad}  ${describe(block)}`);
  for (let index = node.children.length - 1; index >= 0; index--) {
    stack.push([node.children[index] as OutlineNode, depth + 1]);
  }
}
const { roots } = buildThread(article.comments);
console.log(
  `\nComments (${article.comments.length} found, ${article.commentCount ?? "none"} declared)`,
);
walkThread(roots, (node: ThreadNode) => {
  console.log(`${"  ".repeat(node.depth + 1)}• ${node.comment.author.name}`);
});

// A broken copy: an impossible date, a relative URL, a reply to nobody.
const broken = JSON.parse(readFileSync(file, "utf8"));
broken.publishedAt = "2024-02-30";
broken.url = "/2024/03/page";
broken.comments.push({ id: "c9", parentId: "c42", author: { name: "X" } });
const result = safeParseArticle(broken);
if (!result.success) {
  console.log("\nA broken copy:");
  console.log(formatIssues(result.error.issues));
}
