// Threads: buildThread, flattenThread, sortThread and threadStats on
// 500 000 and 1 000 000 comments (the doubling ratio t(2n)/t(n) shows
// linearity; absolute times on a shared machine do not mean much), a
// 100 000-deep chain, and peak memory.
import {
  buildThread,
  type Comment,
  flattenThread,
  sortThread,
  type ThreadNode,
  threadStats,
} from "../src/index.js";

const author = { name: "Lecteur" };
const body = [{ type: "paragraph" as const, text: "Un commentaire." }];

/** `count` comments: a fifth top-level, the rest replies to a recent comment. */
function makeComments(count: number): Comment[] {
  const comments: Comment[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const comment: Comment = {
      id: `c${i}`,
      author,
      publishedAt: `2012-01-${String(1 + (i % 28)).padStart(2, "0")}T10:00:00Z`,
      status: "published",
      body,
      score: (i * 7919) % 101,
    };
    if (i % 5 !== 0) comment.parentId = `c${Math.max(0, i - 1 - ((i * 31) % 50))}`;
    comments[i] = comment;
  }
  return comments;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(run: () => unknown, repeats: number): number {
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    globalThis.gc?.();
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const rows: string[][] = [];
function row(name: string, half: number, full: number, goal?: number): void {
  const ratio = full / half;
  const verdict = goal === undefined ? "" : ratio <= goal ? "met" : "NOT MET";
  rows.push([
    name,
    `${half.toFixed(0)} ms`,
    `${full.toFixed(0)} ms`,
    ratio.toFixed(2),
    goal === undefined ? "" : `≤ ${goal}`,
    verdict,
  ]);
  console.log(
    `${name}: n ${half.toFixed(0)} ms, 2n ${full.toFixed(0)} ms, t(2n)/t(n) ${ratio.toFixed(2)} ${verdict}`,
  );
}

const n = 500_000;
const small = makeComments(n);
const large = makeComments(2 * n);
const repeats = 5;

const buildSmall = time(() => buildThread(small), repeats);
const buildLarge = time(() => buildThread(large), repeats);
row("buildThread", buildSmall, buildLarge, 2.2);

const smallRoots = buildThread(small).roots;
const largeRoots = buildThread(large).roots;
row(
  "flattenThread",
  time(() => flattenThread(smallRoots), repeats),
  time(() => flattenThread(largeRoots), repeats),
);
row(
  "sortThread (score)",
  time(() => sortThread(smallRoots, { by: "score" }), 3),
  time(() => sortThread(largeRoots, { by: "score" }), 3),
);
row(
  "threadStats",
  time(() => threadStats(smallRoots), repeats),
  time(() => threadStats(largeRoots), repeats),
);

// A chain 100 000 deep: built, walked and flattened without recursion.
const depth = 100_000;
const chain: Comment[] = Array.from({ length: depth }, (_, i) => {
  const comment: Comment = { id: `n${i}`, author, status: "published", body };
  if (i > 0) comment.parentId = `n${i - 1}`;
  return comment;
});
const chainMs = time(() => {
  const { roots } = buildThread(chain);
  flattenThread(roots);
  return threadStats(roots as ThreadNode[]).maxDepth;
}, repeats);
console.log(`100 000-deep chain, build + flatten + stats: ${chainMs.toFixed(0)} ms`);

globalThis.gc?.();
const before = process.memoryUsage().heapUsed;
const held = buildThread(large);
globalThis.gc?.();
const after = process.memoryUsage().heapUsed;
const memory = `thread of 1 000 000 comments holds ${((after - before) / 1048576).toFixed(0)} MB of heap; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;
console.log(memory, held.roots.length > 0 ? "" : "(empty)");

console.log(
  "\n| function | n = 500 000 | 2n = 1 000 000 | t(2n)/t(n) | goal | |\n|---|---|---|---|---|---|",
);
for (const cells of rows) console.log(`| ${cells.join(" | ")} |`);
console.log(`\n100 000-deep chain (build + flatten + stats): ${chainMs.toFixed(0)} ms. ${memory}.`);
