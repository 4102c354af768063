// Real pages: fromHtml on each page's HTML, fromText on its w3m and lynx
// texts, and, side by side in the same run, Readability (+ jsdom) and
// defuddle (+ jsdom) on the same HTML. Per page and overall: title, comment
// author P/R, body-match R, parent accuracy, declared count found (the
// metrics of ../shared/corpus/score.mjs, see bench/_pages.ts), the article
// body's token recall/precision against the truth's `contentText`, and the
// median milliseconds per page.
//
//   npm run bench -- pages [dir] [--no-defuddle] [--runs N] [--page ID,ID]
//
// dir: a corpus laid out as ../shared/corpus (pages/<id>.html.gz,
// text/<id>.{w3m,lynx}.txt, truth/<id>.json, manifest.json); default
// ../shared/corpus beside the repository (or MARGINALIA_SHARED/corpus).
// The goals of issue 12 are checked on fromHtml; a missed goal makes the run
// exit non-zero.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { fromHtml as parseHtml } from "hast-util-from-html";
import { toText as hastToText } from "hast-util-to-text";
import { JSDOM, VirtualConsole } from "jsdom";
import { fromHtml } from "../src/html.js";
import { type Article, fromText } from "../src/index.js";
import {
  _bodyTokens,
  _scoreArticle,
  _scoreThrown,
  _summary,
  _titleOk,
  type PageScore,
  type Truth,
} from "./_pages.js";

// ---------- arguments ----------
const args = process.argv.slice(2);
let dir: string | undefined;
let runs = 3;
let withDefuddle = true;
const only = new Set<string>();
for (let index = 0; index < args.length; index++) {
  const arg = args[index] as string;
  if (arg === "--no-defuddle") withDefuddle = false;
  else if (arg === "--runs") runs = Math.max(1, Number(args[++index]) || 1);
  else if (arg === "--page") for (const id of String(args[++index]).split(",")) only.add(id.trim());
  else if (arg.startsWith("-")) {
    console.error(
      `unknown option ${arg}; usage: npm run bench -- pages [dir] [--no-defuddle] [--runs N] [--page ID,ID]`,
    );
    process.exit(2);
  } else dir = arg;
}
const repo = resolve(import.meta.dirname, "..");
const corpus = resolve(
  dir ??
    (process.env.MARGINALIA_SHARED === undefined
      ? ([join("..", "shared"), join("..", "..", "shared")]
          .map((candidate) => join(resolve(repo, candidate), "corpus"))
          .find((candidate) => existsSync(join(candidate, "truth"))) ??
        join(repo, "..", "shared", "corpus"))
      : join(resolve(repo, process.env.MARGINALIA_SHARED), "corpus")),
);
if (!existsSync(join(corpus, "truth"))) {
  console.error(
    `No corpus at ${corpus} (no truth/ folder): name one, npm run bench -- pages <dir>`,
  );
  process.exit(2);
}

// ---------- pages ----------
interface Page {
  truth: Truth;
  html: string;
  url: string | undefined;
  w3m: string | undefined;
  lynx: string | undefined;
}
const manifestFile = join(corpus, "manifest.json");
const urls = new Map<string, string | undefined>(
  existsSync(manifestFile)
    ? (JSON.parse(readFileSync(manifestFile, "utf8")) as { id: string; url?: string }[]).map(
        (m) => [m.id, m.url ?? undefined],
      )
    : [],
);
const readIf = (file: string): string | undefined =>
  existsSync(file) ? readFileSync(file, "utf8") : undefined;
const pages: Page[] = [];
for (const name of readdirSync(join(corpus, "truth")).sort()) {
  if (!name.endsWith(".json")) continue;
  const id = name.slice(0, -5);
  if (only.size > 0 && !only.has(id)) continue;
  const file = join(corpus, "pages", `${id}.html.gz`);
  if (!existsSync(file)) {
    console.error(`missing ${file}: page skipped`);
    continue;
  }
  pages.push({
    truth: JSON.parse(readFileSync(join(corpus, "truth", name), "utf8")) as Truth,
    // Decoded to a string first: jsdom given bytes guesses some encodings wrong.
    html: gunzipSync(readFileSync(file)).toString("utf8"),
    url: urls.get(id),
    w3m: readIf(join(corpus, "text", `${id}.w3m.txt`)),
    lynx: readIf(join(corpus, "text", `${id}.lynx.txt`)),
  });
}

// ---------- readers ----------
type Ours = "html" | "w3m" | "lynx";
type Peer = "readability" | "defuddle";
interface PeerScore {
  titleOk: boolean;
  bodyR: number;
  bodyP: number;
  threw?: string;
}
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
/** Median milliseconds of `runs` calls (the first call's result is kept). */
function time<T>(run: () => T, times: number): { value: T; ms: number } {
  const samples: number[] = [];
  let value: T | undefined;
  for (let index = 0; index < times; index++) {
    const start = performance.now();
    const result = run();
    samples.push(performance.now() - start);
    if (index === 0) value = result;
  }
  return { value: value as T, ms: median(samples) };
}
async function timeAsync<T>(
  run: () => Promise<T>,
  times: number,
): Promise<{ value: T; ms: number }> {
  const samples: number[] = [];
  let value: T | undefined;
  for (let index = 0; index < times; index++) {
    const start = performance.now();
    const result = await run();
    samples.push(performance.now() - start);
    if (index === 0) value = result;
  }
  return { value: value as T, ms: median(samples) };
}
/** The text of an HTML fragment, block elements on their own lines (peers' output). */
const htmlText = (html: string): string => hastToText(parseHtml(html, { fragment: true }));
const quiet = new VirtualConsole();
const dom = (page: Page): JSDOM =>
  new JSDOM(page.html, { url: page.url ?? "https://example.invalid/", virtualConsole: quiet });

type DefuddleFn = (doc: Document, url?: string) => Promise<{ title: string; content: string }>;
const defuddle: DefuddleFn | undefined = withDefuddle
  ? ((await import("defuddle/node")) as { Defuddle: DefuddleFn }).Defuddle
  : undefined;

// Warm-up: one untimed pass of each of our readers over every page.
for (const page of pages) {
  try {
    fromHtml(page.html, page.url === undefined ? {} : { url: page.url });
  } catch {}
  try {
    if (page.w3m !== undefined) fromText(page.w3m);
  } catch {}
}

const ours: Record<Ours, { rows: PageScore[]; ms: number[] }> = {
  html: { rows: [], ms: [] },
  w3m: { rows: [], ms: [] },
  lynx: { rows: [], ms: [] },
};
const peers: Record<Peer, { rows: PeerScore[]; ms: number[] }> = {
  readability: { rows: [], ms: [] },
  defuddle: { rows: [], ms: [] },
};
const parseMs: number[] = [];
const ids: string[] = [];

for (const page of pages) {
  ids.push(page.truth.id);
  process.stderr.write(`\r${ids.length}/${pages.length} ${page.truth.id.padEnd(40)}`);
  // Ours.
  const inputs: [Ours, string | undefined, (input: string) => { article: Article }][] = [
    [
      "html",
      page.html,
      (input) => fromHtml(input, page.url === undefined ? {} : { url: page.url }),
    ],
    ["w3m", page.w3m, (input) => fromText(input)],
    ["lynx", page.lynx, (input) => fromText(input)],
  ];
  for (const [name, input, read] of inputs) {
    if (input === undefined) {
      ours[name].rows.push(_scoreThrown(page.truth, new Error("no input")));
      ours[name].ms.push(Number.NaN);
      continue;
    }
    try {
      const { value, ms } = time(() => read(input), runs);
      ours[name].rows.push(_scoreArticle(page.truth, value.article));
      ours[name].ms.push(ms);
    } catch (error) {
      ours[name].rows.push(_scoreThrown(page.truth, error));
      ours[name].ms.push(Number.NaN);
    }
  }
  parseMs.push(time(() => parseHtml(page.html), runs).ms);
  // Readability: jsdom parsing included (it needs a DOM), as a user pays it.
  try {
    const { value, ms } = time(() => new Readability(dom(page).window.document).parse(), runs);
    const body = _bodyTokens(htmlText(value?.content ?? ""), page.truth.contentText);
    peers.readability.rows.push({
      titleOk: _titleOk(value?.title, page.truth),
      bodyR: body.recall,
      bodyP: body.precision,
    });
    peers.readability.ms.push(ms);
  } catch (error) {
    peers.readability.rows.push({ titleOk: false, bodyR: 0, bodyP: 0, threw: String(error) });
    peers.readability.ms.push(Number.NaN);
  }
  // defuddle: about a second a page, so one run.
  if (defuddle !== undefined) {
    try {
      const { value, ms } = await timeAsync(() => defuddle(dom(page).window.document, page.url), 1);
      const body = _bodyTokens(htmlText(value.content ?? ""), page.truth.contentText);
      peers.defuddle.rows.push({
        titleOk: _titleOk(value.title, page.truth),
        bodyR: body.recall,
        bodyP: body.precision,
      });
      peers.defuddle.ms.push(ms);
    } catch (error) {
      peers.defuddle.rows.push({ titleOk: false, bodyR: 0, bodyP: 0, threw: String(error) });
      peers.defuddle.ms.push(Number.NaN);
    }
  }
}

process.stderr.write("\n");

// ---------- report ----------
const pct = (x: number | null): string =>
  x == null || !Number.isFinite(x) ? "   -" : `${(100 * x).toFixed(0).padStart(3)}%`;
const num = (x: number): string => (Number.isFinite(x) ? x.toFixed(0) : "-");
const pad = (text: string | number, size: number): string => String(text).padEnd(size);
const lpad = (text: string | number, size: number): string => String(text).padStart(size);
const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / (values.length || 1);
const finite = (values: number[]): number[] => values.filter(Number.isFinite);

console.log(
  `corpus ${corpus}: ${pages.length} pages; ${runs} timed run(s) per page (defuddle: 1); load average ${(
    await import("node:os")
  )
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}`,
);
for (const name of ["html", "w3m", "lynx"] as Ours[]) {
  const what = name === "html" ? "fromHtml(html, { url })" : `fromText(${name} text)`;
  console.log(`\n## ${what}\n`);
  console.log(
    `${pad("page", 31)} ${lpad("truth", 5)} ${lpad("found", 5)} ${lpad("authP", 5)} ${lpad("authR", 5)} ${lpad("bodyR", 5)} ${lpad("par", 7)} ${lpad("count", 11)} ${lpad("title", 5)} ${lpad("artR", 5)} ${lpad("artP", 5)} ${lpad("ms", 6)}`,
  );
  ours[name].rows.forEach((r, index) => {
    const par = r.truthReplies ? `${r.parentOk}/${r.replies}` : "-";
    const count =
      r.declared == null
        ? `- (${r.commentCount ?? "-"})`
        : `${r.commentCount ?? "-"}/${r.declared}${r.declaredOk ? " ok" : ""}`;
    console.log(
      `${pad(ids[index] as string, 31)} ${lpad(r.truth, 5)} ${lpad(r.found, 5)} ${pct(r.found ? r.authorHits / r.found : null)} ${pct(r.truth ? r.authorHits / r.truth : null)} ${pct(r.truth ? r.bodyHits / r.truth : null)} ${lpad(par, 7)} ${lpad(count, 11)} ${lpad(r.titleOk ? "ok" : "no", 5)} ${pct(r.bodyR)} ${pct(r.bodyP)} ${lpad(num(ours[name].ms[index] as number), 6)}${r.threw ? `  threw: ${r.threw}` : ""}`,
    );
  });
}

console.log("\n## Article body and speed, side by side (title ok, body token R/P, ms)\n");
const peerNames: Peer[] = defuddle === undefined ? ["readability"] : ["readability", "defuddle"];
console.log(
  `${pad("page", 31)} ${lpad("parse", 6)} | ${["fromHtml", ...peerNames].map((n) => pad(n, 22)).join(" | ")}`,
);
ids.forEach((id, index) => {
  const cell = (titleOk: boolean, r: number, p: number, ms: number): string =>
    pad(`${titleOk ? "ok" : "no"} ${pct(r)} ${pct(p)} ${lpad(num(ms), 5)}`, 22);
  const html = ours.html.rows[index] as PageScore;
  const cells = [cell(html.titleOk, html.bodyR, html.bodyP, ours.html.ms[index] as number)];
  for (const peer of peerNames) {
    const row = peers[peer].rows[index] as PeerScore;
    cells.push(cell(row.titleOk, row.bodyR, row.bodyP, peers[peer].ms[index] as number));
  }
  console.log(`${pad(id, 31)} ${lpad(num(parseMs[index] as number), 6)} | ${cells.join(" | ")}`);
});

console.log("\n## Overall\n");
const bodyLine = (rows: { bodyR: number; bodyP: number }[]): string => {
  const r = rows.map((row) => row.bodyR);
  const p = rows.map((row) => row.bodyP);
  return `body tokens R mean ${mean(r).toFixed(3)} median ${median(r).toFixed(3)} (${r.filter((x) => x >= 0.9).length}/${r.length} ≥ 0.9), P mean ${mean(p).toFixed(3)} median ${median(p).toFixed(3)} (${p.filter((x) => x >= 0.9).length}/${p.length} ≥ 0.9)`;
};
const parseMedian = median(finite(parseMs));
for (const name of ["html", "w3m", "lynx"] as Ours[]) {
  const rows = ours[name].rows;
  console.log(`${pad(name === "html" ? "fromHtml" : `fromText ${name}`, 14)} ${_summary(rows)}`);
  console.log(
    `${pad("", 14)} ${bodyLine(rows)}; median ${median(finite(ours[name].ms)).toFixed(1)} ms/page`,
  );
}
for (const peer of peerNames) {
  const rows = peers[peer].rows;
  console.log(
    `${pad(peer, 14)} title ${rows.filter((r) => r.titleOk).length}/${rows.length}; ${bodyLine(rows)}; median ${median(finite(peers[peer].ms)).toFixed(1)} ms/page (jsdom parse included)`,
  );
}
console.log(
  `${pad("parse only", 14)} hast-util-from-html: median ${parseMedian.toFixed(1)} ms/page`,
);

// Goals of issue 12, on fromHtml.
const html = ours.html.rows;
const sum = (pick: (row: PageScore) => number): number => html.reduce((t, r) => t + pick(r), 0);
const declared = html.filter((r) => r.declared != null);
// Speed goals on the per-page ratios (same page, same moment), median over pages.
const ratio = (a: number[], b: number[]): number =>
  median(a.map((x, i) => x / (b[i] as number)).filter(Number.isFinite));
const goals: [string, number, (x: number) => boolean, string][] = [
  ["title", html.filter((r) => r.titleOk).length / html.length, (x) => x >= 0.95, "≥ 0.95"],
  ["author P", sum((r) => r.authorHits) / sum((r) => r.found), (x) => x >= 0.95, "≥ 0.95"],
  ["author R", sum((r) => r.authorHits) / sum((r) => r.truth), (x) => x >= 0.95, "≥ 0.95"],
  ["body-match R", sum((r) => r.bodyHits) / sum((r) => r.truth), (x) => x >= 0.95, "≥ 0.95"],
  ["parent acc", sum((r) => r.parentOk) / sum((r) => r.replies), (x) => x >= 0.97, "≥ 0.97"],
  [
    "declared count",
    declared.filter((r) => r.declaredOk).length / (declared.length || 1),
    (x) => x >= 0.9,
    "≥ 0.90",
  ],
  ["body tokens R (mean)", mean(html.map((r) => r.bodyR)), (x) => x >= 0.9, "≥ 0.90"],
  ["body tokens P (mean)", mean(html.map((r) => r.bodyP)), (x) => x >= 0.9, "≥ 0.90"],
  ["× parse (median page)", ratio(ours.html.ms, parseMs), (x) => x <= 1.5, "≤ 1.5"],
  [
    "× faster than Readability",
    1 / ratio(ours.html.ms, peers.readability.ms),
    (x) => x >= 3,
    "≥ 3",
  ],
];
console.log("\nGoals (fromHtml):");
let missed = 0;
for (const [name, value, ok, want] of goals) {
  // Nothing to judge (no replies among the pages picked, say): not a miss.
  if (!Number.isFinite(value)) {
    console.log(`  ${pad(name, 26)}   n/a  ${want}`);
    continue;
  }
  const met = ok(value);
  if (!met) missed++;
  console.log(`  ${pad(name, 26)} ${value.toFixed(3)}  ${want}  ${met ? "met" : "MISSED"}`);
}
if (missed > 0) {
  console.error(`\n${missed} goal(s) missed`);
  process.exitCode = 1;
}
