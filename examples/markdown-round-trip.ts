// Markdown in and out: read a Markdown article with its comment thread,
// write it back, and check that nothing was lost; then the same through a
// unified pipeline of your own (here with remark-gfm).
// Run: npx tsx examples/markdown-round-trip.ts
import { isDeepStrictEqual } from "node:util";
import { parseArticle } from "marginalia";
import { fromMarkdown, remarkArticle, toMarkdown } from "marginalia/markdown";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const markdown = `---
lang: en
authors:
  - name: Camille Example
    url: https://example.org/authors/camille
publishedAt: 2012-01-20T10:15:00+01:00
commentCount: 2
---

# Megaupload closed

The site was shut down on *Thursday*, said the [statement](https://example.org/fbi).

## Reactions

> We will keep fighting.
>
> — A spokesperson

| country | reaction |
| ------- | -------- |
| France  | protest  |

<!-- marginalia:comment {"id":"c1","author":{"name":"Alice"},"status":"published"} -->

**Alice**

First! Text that looks like Markdown survives: \\# x, \\> y, 1\\. z.

<!-- marginalia:comment {"id":"c2","parentId":"c1","author":{"name":"Bob"},"status":"published","score":3} -->

**Bob** · reply to c1 · score 3

Agreed.
`;

const { article, messages } = fromMarkdown(markdown);
console.log(`Title: ${article.title}`);
console.log(`Sections: ${article.sections.map((section) => section.heading).join(", ")}`);
console.log(
  `Comments: ${article.comments.map((comment) => `${comment.id} by ${comment.author.name}`).join(", ")}`,
);
for (const message of messages) {
  console.log(`Message [${message.ruleId}] line ${message.place?.line}: ${message.reason}`);
}

// Write it back, read it again: the same article, and the same Markdown.
const written = toMarkdown(article);
const again = fromMarkdown(written).article;
if (!isDeepStrictEqual(again, article)) throw new Error("the round trip lost something");
if (toMarkdown(again) !== written) throw new Error("writing is not a fixpoint");

// Any valid article round-trips, unknown keys and odd text included.
const odd = parseArticle({
  title: "  # Not a heading  ",
  "x-source": { cms: "wordpress" },
  lead: [
    {
      type: "paragraph",
      text: "- not a list\n> not a quote",
      marks: [{ type: "quote", start: 2, end: 12 }],
    },
    { type: "paragraph", text: "" },
  ],
});
if (!isDeepStrictEqual(fromMarkdown(toMarkdown(odd)).article, odd)) {
  throw new Error("the odd article did not round-trip");
}
console.log("\nWritten back:\n");
console.log(toMarkdown(odd));

// In a unified pipeline: `remarkArticle` compiles the mdast tree to an
// article (`file.result`) and reports on `file.messages`. With remark-gfm,
// the table is a GFM table node, kept as a raw block all the same.
const file = await unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ["yaml"])
  .use(remarkGfm)
  .use(remarkArticle)
  .process(markdown);
if (!isDeepStrictEqual(file.result, article)) throw new Error("the plugin read it differently");
for (const message of file.messages) {
  console.log(
    `vfile message [${message.source}:${message.ruleId}] line ${message.line}: ${message.reason}`,
  );
}
