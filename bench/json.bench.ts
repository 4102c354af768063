// JSON in: fromJson and parseArticle beside JSON.parse alone and zod, on a
// realistic ~60 KB French article with ~120 comments, in one run.
// npm run bench -- json
import { Bench, type Task } from "tinybench";
import * as z from "zod";
import { ArticleSchema, fromJson, parseArticle } from "../src/index.js";
import { makeArticle } from "./_article.js";

const text = JSON.stringify(makeArticle({ comments: 120 }));

// The same shape as a plain zod schema: types only, no refinements, no
// cross-field rules, unknown keys dropped.
const mark = z.object({
  type: z.enum(["quote", "link", "strong", "emphasis", "code"]),
  start: z.int(),
  end: z.int(),
  url: z.string().optional(),
  attribution: z.string().optional(),
});
const paragraph = z.object({
  type: z.literal("paragraph"),
  text: z.string(),
  marks: z.array(mark).optional(),
});
const block = z.discriminatedUnion("type", [
  paragraph,
  z.object({
    type: z.literal("quote"),
    blocks: z.array(paragraph),
    attribution: z.string().optional(),
    cite: z.string().optional(),
  }),
  z.object({ type: z.literal("list"), ordered: z.boolean(), items: z.array(paragraph) }),
  z.object({
    type: z.literal("image"),
    url: z.string(),
    alt: z.string().optional(),
    caption: z.string().optional(),
    credit: z.string().optional(),
  }),
  z.object({
    type: z.literal("embed"),
    provider: z.string().optional(),
    url: z.string().optional(),
    text: z.string().optional(),
  }),
  z.object({ type: z.literal("code"), lang: z.string().optional(), value: z.string() }),
  z.object({ type: z.literal("raw"), format: z.string(), value: z.string() }),
]);
const person = z.object({
  name: z.string(),
  url: z.string().optional(),
  email: z.string().optional(),
  id: z.string().optional(),
});
const plain = z.object({
  id: z.string().optional(),
  url: z.string().optional(),
  title: z.string(),
  subtitle: z.string().optional(),
  summary: z.string().optional(),
  lang: z.string().optional(),
  authors: z.array(person).default([]),
  publishedAt: z.string().optional(),
  updatedAt: z.string().optional(),
  site: z.object({ name: z.string().optional(), url: z.string().optional() }).optional(),
  lead: z.array(block).default([]),
  sections: z
    .array(
      z.object({
        id: z.string().optional(),
        heading: z.string(),
        level: z.int(),
        blocks: z.array(block).default([]),
      }),
    )
    .default([]),
  tags: z.array(z.object({ name: z.string(), slug: z.string() })).default([]),
  comments: z
    .array(
      z.object({
        id: z.string(),
        parentId: z.string().optional(),
        author: person,
        publishedAt: z.string().optional(),
        status: z.enum(["published", "pending", "spam", "deleted"]).default("published"),
        body: z.array(block).default([]),
        score: z.number().optional(),
      }),
    )
    .default([]),
  commentCount: z.int().optional(),
});
const compiled = z.compile(ArticleSchema);

// Every task must accept the article, or the comparison means nothing.
if (!plain.safeParse(JSON.parse(text)).success) throw new Error("plain zod rejects the article");
if (!compiled.safeParse(JSON.parse(text)).success)
  throw new Error("ArticleSchema rejects the article");
fromJson(text);

const bench = new Bench({ time: 1500, warmupTime: 300 });
bench
  .add("JSON.parse alone", () => JSON.parse(text))
  .add("fromJson", () => fromJson(text))
  .add("parseArticle(JSON.parse)", () => parseArticle(JSON.parse(text)))
  .add("plain z.object safeParse(JSON.parse)", () => plain.safeParse(JSON.parse(text)))
  .add("ArticleSchema.safeParse(JSON.parse)", () => ArticleSchema.safeParse(JSON.parse(text)))
  .add("z.compile(ArticleSchema).safeParse(JSON.parse)", () =>
    compiled.safeParse(JSON.parse(text)),
  );
await bench.run();

const mean = (task: Task) => {
  const result = task.result;
  if (result.state !== "completed") throw new Error(`${task.name}: ${result.state}`);
  return result.latency.mean;
};
const base = mean(bench.tasks[0] as Task);
console.log(
  `article: ${(text.length / 1024).toFixed(1)} KB of JSON, 120 comments; node ${process.version}`,
);
console.log("| task | mean | × JSON.parse |");
console.log("|---|---:|---:|");
for (const task of bench.tasks) {
  const time = mean(task);
  console.log(`| ${task.name} | ${(time * 1000).toFixed(0)} µs | ${(time / base).toFixed(2)} |`);
}
// tinybench runs one task after the other, so a change of load or of the
// garbage collector's state between tasks skews the ratio of their means.
// The goal is judged on alternating rounds instead: JSON.parse, then
// fromJson, 40 times, 200 calls each; the median of the per-round ratios.
const ratios: number[] = [];
for (let round = 0; round < 40; round++) {
  let start = performance.now();
  for (let index = 0; index < 200; index++) JSON.parse(text);
  const parse = performance.now() - start;
  start = performance.now();
  for (let index = 0; index < 200; index++) fromJson(text);
  ratios.push((performance.now() - start) / parse);
}
ratios.sort((left, right) => left - right);
const ratio = ratios[ratios.length >> 1] as number;
console.log(
  `\nalternating rounds: fromJson / JSON.parse, median ${ratio.toFixed(2)} (quartiles ${(ratios[10] as number).toFixed(2)}–${(ratios[30] as number).toFixed(2)})`,
);
console.log(
  `goal: fromJson ≤ 1.5× JSON.parse: ${ratio.toFixed(2)}× ${ratio <= 1.5 ? "met" : "NOT met"}`,
);
