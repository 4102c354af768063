// fromHtml: speed on real pages and linear time on large ones.
//
// 1. Real pages (../shared/corpus/pages/*.html.gz, gunzipped to a string
//    first): per page, side by side in one run, hast-util-from-html parsing
//    the page alone, fromHtml, and Readability + jsdom (`new JSDOM(html,
//    { url })` then `new Readability(document).parse()`). Each is timed the
//    same number of times and its fastest run kept (the run least disturbed
//    on a shared machine): parse and fromHtml interleaved, Readability after
//    them on its own (its jsdom garbage was collected in their runs). Goals: median fromHtml/parse
//    ≤ 1.5, median Readability/fromHtml ≥ 3.
// 2. Scaling: generated pages of ours (an article and many threaded
//    WordPress comments) of 1, 2, 4 and 8 MB; t(2n)/t(n) must stay ≤ 2.3.
//
// npm run bench -- html (HTML_BENCH=pages or HTML_BENCH=scaling runs one part)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { fromHtml as parse } from "hast-util-from-html";
import { JSDOM, VirtualConsole } from "jsdom";
import { fromHtml } from "../src/html.js";

const RATIO_GOAL = 1.5;
const PEER_GOAL = 3;
const SCALE_LIMIT = 2.3;
const MB = 1024 * 1024;

// ../shared beside the repository (or beside a worktree's folder), or MARGINALIA_SHARED.
const root = resolve(import.meta.dirname, "..");
const shared =
  process.env.MARGINALIA_SHARED === undefined
    ? ([join(root, "..", "shared"), join(root, "..", "..", "shared")].find((dir) =>
        existsSync(join(dir, "corpus")),
      ) ?? join(root, "..", "shared"))
    : resolve(root, process.env.MARGINALIA_SHARED);
const corpus = join(shared, "corpus");

const median = (values: number[]): number => {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/**
 * CPU time of one run, in ms: the machine is shared, and CPU time is less
 * disturbed by the other processes than wall time.
 */
function time(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Fastest of `rounds` runs of each task, the tasks interleaved round by round. */
function fastest(tasks: (() => unknown)[], rounds: number): number[] {
  const best = tasks.map(() => Number.POSITIVE_INFINITY);
  for (const task of tasks) task(); // warm-up
  for (let round = 0; round < rounds; round++) {
    tasks.forEach((task, index) => {
      best[index] = Math.min(best[index] as number, time(task));
    });
  }
  return best;
}

const pad = (value: string, width: number) => value.padEnd(width);
const num = (value: number, width: number, digits = 1) => value.toFixed(digits).padStart(width);

function realPages(): boolean {
  const pages = join(corpus, "pages");
  if (!existsSync(pages)) {
    console.log(
      `SKIPPED real pages: ${pages} is missing (put ../shared beside the repository, or set MARGINALIA_SHARED=<dir>)`,
    );
    return true;
  }
  const manifestFile = join(corpus, "manifest.json");
  const manifest: Record<string, { url?: string }> = existsSync(manifestFile)
    ? JSON.parse(readFileSync(manifestFile, "utf8"))
    : {};
  const names = readdirSync(pages)
    .filter((name) => name.endsWith(".html.gz"))
    .sort();
  console.log("## Real pages: CPU ms, fastest of 5 interleaved runs each\n");
  console.log(
    `${pad("page", 32)} ${"KB".padStart(5)} ${"parse".padStart(7)} ${"fromHtml".padStart(9)} ${"Readab.".padStart(8)} ${"fromHtml/parse".padStart(15)} ${"Readab./fromHtml".padStart(17)}`,
  );
  const ratios: number[] = [];
  const peers: number[] = [];
  for (const name of names) {
    const id = name.replace(/\.html\.gz$/, "");
    const html = gunzipSync(readFileSync(join(pages, name))).toString("utf8");
    const url = manifest[id]?.url ?? "https://example.org/";
    // parse and fromHtml interleaved with each other, then Readability +
    // jsdom on its own: the garbage of a jsdom run would otherwise be
    // collected during the next task's run.
    const [parsed = 0, ours = 0] = fastest([() => parse(html), () => fromHtml(html, { url })], 5);
    const [peer = 0] = fastest(
      [
        () => {
          // A silent console: the pages' CSS that jsdom cannot parse is not our concern.
          const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
          new Readability(dom.window.document).parse();
          dom.window.close();
        },
      ],
      5,
    );
    ratios.push(ours / parsed);
    peers.push(peer / ours);
    console.log(
      `${pad(id, 32)} ${num(html.length / 1024, 5, 0)} ${num(parsed, 7)} ${num(ours, 9)} ${num(peer, 8)} ${num(ours / parsed, 15, 2)} ${num(peer / ours, 17, 1)}`,
    );
  }
  const ratio = median(ratios);
  const peer = median(peers);
  console.log(
    `\nmedian over ${names.length} pages: fromHtml/parse ${ratio.toFixed(2)} (goal ≤ ${RATIO_GOAL}) ${ratio <= RATIO_GOAL ? "ok" : "MISSED"}; Readability+jsdom/fromHtml ${peer.toFixed(1)} (goal ≥ ${PEER_GOAL}) ${peer >= PEER_GOAL ? "ok" : "MISSED"}`,
  );
  return ratio <= RATIO_GOAL && peer >= PEER_GOAL;
}

/** A page of ours: an article and `threads` threads of comments, each a chain of replies. */
function page(size: number): string {
  const article = `<!doctype html><html lang="en"><head><title>A long page | Our site</title><meta property="og:title" content="A long page"></head><body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav></header><main><article><h1>A long page</h1><div class="entry-content">${'<p>This paragraph of our own says something, with a <a href="/link">link</a> and <em>emphasis</em>, long enough to count as text.</p>'.repeat(20)}</div></article><section id="comments" class="comments-area"><h2 class="comments-title">Comments</h2><ol class="comment-list">`;
  const end = `</ol></section></main><footer><p>Footer text</p></footer></body></html>`;
  const parts: string[] = [article];
  let length = article.length + end.length;
  let index = 0;
  while (length < size) {
    // A thread: a comment and a chain of three replies.
    let thread = "";
    for (let depth = 4; depth >= 1; depth--) {
      index++;
      const inner = thread === "" ? "" : `<ol class="children">${thread}</ol>`;
      thread = `<li id="comment-${index}" class="comment depth-${depth}"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn"><a href="https://reader${index % 97}.example/">Reader ${index}</a></b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${index}"><time datetime="2024-03-${String((index % 28) + 1).padStart(2, "0")}T10:00:00+00:00">March ${(index % 28) + 1}, 2024</time></a></div></footer><div class="comment-content"><p>Comment number ${index}: I read this and I think <strong>something</strong> about it, with a <a href="https://ref.example/${index}">reference</a>.</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article>${inner}</li>`;
    }
    parts.push(thread);
    length += thread.length;
  }
  parts.push(end);
  return parts.join("");
}

function scaling(): boolean {
  console.log("\n## Scaling: pages of ours (article + threads of 4), CPU ms, fastest of 3 runs\n");
  const sizes = [1, 2, 4, 8];
  const times: number[] = [];
  let ok = true;
  for (const size of sizes) {
    const html = page(size * MB);
    globalThis.gc?.();
    const [ms = 0] = fastest([() => fromHtml(html)], 3);
    const comments = fromHtml(html).article.comments.length;
    times.push(ms);
    const previous = times.at(-2);
    const ratio = previous === undefined || times.length < 2 ? undefined : ms / previous;
    if (ratio !== undefined && ratio > SCALE_LIMIT) ok = false;
    console.log(
      `${String(size).padStart(2)} MB  ${String(comments).padStart(6)} comments  ${num(ms, 9)} ms${ratio === undefined ? "" : `  t(2n)/t(n) ${ratio.toFixed(2)} ${ratio <= SCALE_LIMIT ? "ok" : "MISSED"}`}`,
    );
  }
  console.log(`\nt(2n)/t(n) ≤ ${SCALE_LIMIT} from 1 to 8 MB: ${ok ? "ok" : "MISSED"}`);
  return ok;
}

const which = process.env.HTML_BENCH ?? "all";
const real = which === "scaling" ? true : realPages();
const scaled = which === "pages" ? true : scaling();
if (!real || !scaled) process.exitCode = 1;
