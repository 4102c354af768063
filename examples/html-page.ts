// Read an article page's HTML (a page of ours: examples/sample-page.html)
// into an article with its threaded comments, and print a short outline.
// Run with `npx tsx examples/html-page.ts`.
import { readFileSync } from "node:fs";
import { buildThread, type ThreadNode } from "marginalia";
import { fromHtml } from "marginalia/html";

const html = readFileSync(new URL("sample-page.html", import.meta.url), "utf8");
// `url` is the page's address: relative links and images are made absolute against it.
const { article, messages } = fromHtml(html, {
  url: "https://gazette-du-port.example/2024/05/marche-de-nuit/",
});

console.log(`# ${article.title} [${article.lang}]`);
console.log(
  `  by ${article.authors.map((person) => person.name).join(", ")}, ${article.publishedAt}`,
);
console.log(`  lead: ${article.lead.length} block(s)`);
for (const section of article.sections) {
  const kinds = section.blocks.map((block) =>
    block.type === "image" ? `image (crédit : ${block.credit})` : block.type,
  );
  console.log(`  ## ${section.heading}: ${kinds.join(", ")}`);
}
console.log(`\n${article.comments.length} comments read, ${article.commentCount} declared:`);
const stack: ThreadNode[] = [...buildThread(article.comments).roots].reverse();
while (stack.length > 0) {
  const { comment, depth, replies } = stack.pop() as ThreadNode;
  const first = comment.body[0];
  const text = first?.type === "paragraph" ? first.text : "";
  console.log(`${"  ".repeat(depth + 1)}- ${comment.author.name} (${comment.status}): ${text}`);
  stack.push(...[...replies].reverse());
}
console.log(`\nmessages: ${messages.map((message) => message.ruleId).join(", ") || "none"}`);
