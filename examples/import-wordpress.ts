// Move a WordPress blog out with its comments: read a WordPress export
// (WXR) and write one Markdown file per post, its comments threaded at the
// end, into a temporary folder. Run with `npx tsx examples/import-wordpress.ts`
// (it reads examples/sample-export.xml, a made-up blog).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromWxr } from "marginalia/import";
import { toMarkdown } from "marginalia/markdown";

const xml = readFileSync(new URL("sample-export.xml", import.meta.url), "utf8");
const { articles, messages } = fromWxr(xml);

const folder = mkdtempSync(join(tmpdir(), "marginalia-wordpress-"));
for (const article of articles) {
  const name = `${article.id ?? "post"}-${article.title.toLowerCase().replaceAll(/[^a-z0-9]+/g, "-")}.md`;
  const path = join(folder, name);
  writeFileSync(path, toMarkdown(article));
  const replies = article.comments.filter((comment) => comment.parentId !== undefined).length;
  console.log(
    `${path}: "${article.title}", ${article.comments.length} comments (${replies} replies)`,
  );
}
// What the import left out or repaired, with why (an attachment, a note…).
for (const message of messages) console.log(`  [${message.ruleId}] ${message.reason}`);
