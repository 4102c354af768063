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

/**
 * Time a few runs: the smallest wall time and the smallest CPU time (user +
 * system), in ms. On a shared machine the smallest is the run least
 * disturbed by others, so ratios of minima are the steadiest.
 */
function time(run: () => unknown, repeats: number): { wall: number; cpu: number } {
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  for (let r = 0; r < repeats; r++) {
    globalThis.gc?.();
    const usage = process.cpuUsage();
    const start = performance.now();
    run();
    wall = Math.min(wall, performance.now() - start);
    const used = process.cpuUsage(usage);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

const rows: string[][] = [];
function row(
  name: string,
  half: { wall: number; cpu: number },
  full: { wall: number; cpu: number },
  goal?: number,
): void {
  const ratio = full.cpu / half.cpu;
  const wallRatio = full.wall / half.wall;
  const verdict = goal === undefined ? "" : ratio <= goal ? "met" : "NOT MET";
  rows.push([
    name,
    `${half.cpu.toFixed(0)} ms`,
    `${full.cpu.toFixed(0)} ms`,
    ratio.toFixed(2),
    wallRatio.toFixed(2),
    goal === undefined ? "" : `≤ ${goal}`,
    verdict,
  ]);
  console.log(
    `${name}: CPU n ${half.cpu.toFixed(0)} ms, 2n ${full.cpu.toFixed(0)} ms, ratio ${ratio.toFixed(2)}; wall n ${half.wall.toFixed(0)} ms, 2n ${full.wall.toFixed(0)} ms, ratio ${wallRatio.toFixed(2)} ${verdict}`,
  );
}

const n = 500_000;
const repeats = 7;

/** Measure every function at one size; only that size's data is alive. */
function measure(size: number) {
  const comments = makeComments(size);
  const build = time(() => buildThread(comments), repeats);
  const { roots } = buildThread(comments);
  return {
    build,
    flatten: time(() => flattenThread(roots), repeats),
    sort: time(() => sortThread(roots, { by: "score" }), 3),
    stats: time(() => threadStats(roots), repeats),
  };
}

const half = measure(n);
const full = measure(2 * n);
row("buildThread", half.build, full.build, 2.2);
row("flattenThread", half.flatten, full.flatten);
row("sortThread (score)", half.sort, full.sort);
row("threadStats", half.stats, full.stats);

// A chain 100 000 deep: built, walked and flattened without recursion.
const depth = 100_000;
const chain: Comment[] = Array.from({ length: depth }, (_, i) => {
  const comment: Comment = { id: `n${i}`, author, status: "published", body };
  if (i > 0) comment.parentId = `n${i - 1}`;
  return comment;
});
const chain100k = time(() => {
  const { roots } = buildThread(chain);
  flattenThread(roots);
  return threadStats(roots as ThreadNode[]).maxDepth;
}, repeats);
const chainMs = chain100k.cpu;
console.log(`100 000-deep chain, build + flatten + stats: ${chainMs.toFixed(0)} ms CPU`);

const large = makeComments(2 * n);
globalThis.gc?.();
const before = process.memoryUsage().heapUsed;
const held = buildThread(large);
globalThis.gc?.();
const after = process.memoryUsage().heapUsed;
const memory = `thread of 1 000 000 comments holds ${((after - before) / 1048576).toFixed(0)} MB of heap; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;
console.log(memory, held.roots.length > 0 ? "" : "(empty)");

console.log(
  "\n| function | CPU, n = 500 000 | CPU, 2n = 1 000 000 | t(2n)/t(n) CPU | t(2n)/t(n) wall | goal | |\n|---|---|---|---|---|---|---|",
);
for (const cells of rows) console.log(`| ${cells.join(" | ")} |`);
console.log(
  `\n100 000-deep chain (build + flatten + stats): ${chainMs.toFixed(0)} ms CPU. ${memory}.`,
);
