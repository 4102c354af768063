// `npm run bench -- words`: countWords against its peers on 10 MB each of
// French, English and CJK text (generated here, our own); then against the
// bare loop on 10 MB of real French blog text (the French pages of
// ../shared/corpus, read at run time, never copied); the linear time check
// on one long line; and the full differential scan (every assigned code
// point in 20 contexts against Intl.Segmenter). Results are ratios: the
// machine is shared and noisy, absolute times are not comparable between
// runs. WORDS_BENCH=peers,real,linear,scan runs some parts only.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { count as wordpressCount } from "@wordpress/wordcount";
import { countWords as alfaaz } from "alfaaz";
import readingTimeOf from "reading-time";
import { Bench } from "tinybench";
import { countWords } from "../src/index.js";
import { codePoints, scanCodePoints } from "../test/words/_scan.js";

const SIZE = 10 * 1024 * 1024;

// Deterministic pseudo-random numbers (mulberry32).
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRENCH =
  "le la les un une des du de et en au aux pour par sur sous dans avec chez entre vers ce cette ces son sa ses notre votre leur nous vous ils elles on qui que quoi dont où mais donc car ni or très plus moins aussi encore déjà jamais toujours souvent maison jardin rivière montagne forêt village ville pays région printemps été automne hiver matin soir journée semaine année travail école élève professeur médecin boulanger marché légume fromage pain café thé lettre journal roman histoire musique chanson peinture théâtre cinéma voyage train bateau vélo voiture route chemin pont fenêtre porte escalier cuisine salon chambre lumière couleur bleu vert rouge jaune blanc noir grand petit beau nouveau vieux jeune heureux fatigué rapide lent fort doux chaud froid parler écrire lire chanter marcher courir manger boire dormir penser savoir vouloir pouvoir devoir aimer regarder écouter ouvrir fermer aujourd’hui c’est-à-dire peut-être quelqu’un l’école d’abord qu’elle n’est s’il jusqu’à lorsqu’on presqu’île".split(
    " ",
  );
const ENGLISH =
  "the a an of and to in for on with at by from about into over after under between through during without before the this that these those his her its our your their we you they he she it who which what where when why how but so yet or nor very more less also still already never always often house garden river mountain forest village city country region spring summer autumn winter morning evening day week year work school pupil teacher doctor baker market vegetable cheese bread coffee tea letter newspaper novel story music song painting theatre cinema journey train boat bicycle car road path bridge window door stair kitchen room light colour blue green red yellow white black big small beautiful new old young happy tired fast slow strong soft warm cold speak write read sing walk run eat drink sleep think know want can must love watch listen open close don't it's we're they've I'm well-known state-of-the-art e-mail twenty-one".split(
    " ",
  );
const HAN =
  "日本語中文字学生先大人山川田水火木金土月年時間国家会社電車駅道路店食物飲料理音楽映画写真手紙新聞話読書見聞言行来出入上下前後左右東西南北春夏秋冬朝昼夜今週毎友達家族子供";
const HIRAGANA = [
  "の",
  "は",
  "が",
  "を",
  "に",
  "で",
  "と",
  "も",
  "から",
  "まで",
  "です",
  "ます",
  "した",
  "する",
  "ない",
  "よう",
  "こと",
  "もの",
];
const KATAKANA = [
  "テキスト",
  "コンピュータ",
  "データ",
  "ニュース",
  "カメラ",
  "ホテル",
  "コーヒー",
  "インターネット",
  "メール",
  "ゲーム",
];

/** French or English prose: sentences, punctuation, numbers, paragraphs. */
function prose(words: string[], french: boolean, seed: number): string {
  const next = random(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < SIZE) {
    let paragraph = "";
    const sentences = 3 + Math.floor(next() * 5);
    for (let s = 0; s < sentences; s++) {
      const count = 6 + Math.floor(next() * 16);
      let sentence = "";
      for (let w = 0; w < count; w++) {
        let word = words[Math.floor(next() * words.length)] as string;
        if (w === 0) word = word.charAt(0).toUpperCase() + word.slice(1);
        const roll = next();
        if (roll < 0.02) word = String(Math.floor(next() * 2000));
        else if (roll < 0.025) word = french ? `${Math.floor(next() * 100)},5\u00a0%` : "3.5%";
        sentence += w === 0 ? word : (next() < 0.08 ? ", " : " ") + word;
      }
      const end = next();
      if (french) sentence += end < 0.1 ? "\u00a0!" : end < 0.2 ? "\u00a0?" : ".";
      else sentence += end < 0.1 ? "!" : end < 0.2 ? "?" : ".";
      if (next() < 0.1) sentence = french ? `«\u00a0${sentence}\u00a0»` : `“${sentence}”`;
      paragraph += (s === 0 ? "" : " ") + sentence;
    }
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return parts.join("\n\n");
}

/** Japanese-like text: Han, Hiragana particles, Katakana words, 、。 */
function cjk(seed: number): string {
  const next = random(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < SIZE) {
    let paragraph = "";
    const sentences = 2 + Math.floor(next() * 5);
    for (let s = 0; s < sentences; s++) {
      const count = 6 + Math.floor(next() * 14);
      for (let w = 0; w < count; w++) {
        const roll = next();
        if (roll < 0.55) {
          const n = 1 + Math.floor(next() * 3);
          for (let k = 0; k < n; k++) paragraph += HAN.charAt(Math.floor(next() * HAN.length));
        } else if (roll < 0.85) paragraph += HIRAGANA[Math.floor(next() * HIRAGANA.length)];
        else if (roll < 0.97) paragraph += KATAKANA[Math.floor(next() * KATAKANA.length)];
        else paragraph += String(Math.floor(next() * 2000));
        if (next() < 0.06) paragraph += "、";
      }
      paragraph += "。";
    }
    parts.push(paragraph);
    length += paragraph.length + 1;
  }
  return parts.join("\n");
}

/** The speed limit: a bare loop over the code units. */
function bareLoop(text: string): number {
  let sum = 0;
  for (let index = 0; index < text.length; index++) sum += text.charCodeAt(index);
  return sum;
}

const segmenter = new Intl.Segmenter("fr", { granularity: "word" });

/** Intl.Segmenter on each paragraph, counting word-like segments. */
function segmenterCount(text: string): number {
  let count = 0;
  for (const paragraph of text.split("\n")) {
    for (const segment of segmenter.segment(paragraph)) if (segment.isWordLike) count++;
  }
  return count;
}

const SPEEDY = ["marginalia countWords", "alfaaz", "bare charCodeAt loop"];

const CONTENDERS: [string, (text: string) => number][] = [
  ["marginalia countWords", (text) => countWords(text)],
  ["alfaaz", (text) => alfaaz(text)],
  ["reading-time", (text) => readingTimeOf(text).words],
  ["@wordpress/wordcount", (text) => wordpressCount(text, "words", {})],
  ["Intl.Segmenter per paragraph", segmenterCount],
  ["bare charCodeAt loop", bareLoop],
];

/** Best (least disturbed) time of a task, in ms. */
function bestOf(bench: Bench, name: string): number {
  const task = bench.getTask(name);
  const result = task?.result;
  if (!result || !("latency" in result)) throw new Error(`No result for ${name}`);
  return result.latency.min;
}

const texts: [string, string][] = [
  ["French", prose(FRENCH, true, 1)],
  ["English", prose(ENGLISH, false, 2)],
  ["CJK", cjk(3)],
];

const summary: string[] = [];
// WORDS_BENCH=linear (or any comma-separated list of peers, real, linear,
// scan) runs only those parts.
const parts = new Set((process.env.WORDS_BENCH ?? "peers,real,linear,scan").split(","));
for (const [language, text] of parts.has("peers") ? texts : []) {
  const megabytes = Buffer.byteLength(text, "utf8") / 1024 / 1024;
  console.log(`\n## ${language}: ${text.length} code units, ${megabytes.toFixed(1)} MB UTF-8\n`);
  // Fast tasks run ten times; the slow peers (seconds per run) twice.
  const fast = new Bench({ name: language, time: 0, iterations: 10, warmupIterations: 2 });
  const slow = new Bench({ name: language, time: 0, iterations: 2, warmupIterations: 1 });
  const counts = new Map<string, number>();
  for (const [name, fn] of CONTENDERS) {
    const isSlow = !SPEEDY.includes(name);
    (isSlow ? slow : fast).add(name, () => {
      counts.set(name, fn(text));
    });
  }
  await fast.run();
  await slow.run();
  const best = (name: string) => bestOf(SPEEDY.includes(name) ? fast : slow, name);
  const ours = best("marginalia countWords");
  const rows = CONTENDERS.map(([name]) => {
    const ms = best(name);
    return {
      task: name,
      "best ms": Number(ms.toFixed(1)),
      "MB/s": Number((megabytes / (ms / 1000)).toFixed(0)),
      words: name.startsWith("bare") ? "—" : counts.get(name),
      "ours is ×": Number((ms / ours).toFixed(2)),
    };
  });
  console.table(rows);
  const ratio = (name: string) => best(name) / ours;
  summary.push(
    `${language}: ${ratio("alfaaz").toFixed(2)}× alfaaz, ${ratio("bare charCodeAt loop").toFixed(2)} of the bare loop's speed, ${ratio("Intl.Segmenter per paragraph").toFixed(0)}× Intl.Segmenter, ${ratio("reading-time").toFixed(1)}× reading-time, ${ratio("@wordpress/wordcount").toFixed(1)}× @wordpress/wordcount`,
  );
}

/** The folder `../shared/corpus` next to the checkout (or to the worktrees), if any. */
function corpusFolder(): string | undefined {
  for (const up of ["../../", "../../../"]) {
    const path = fileURLToPath(new URL(`${up}shared/corpus/`, import.meta.url));
    if (existsSync(`${path}truth`)) return path;
  }
  return undefined;
}

/**
 * Real French text, repeated to 10 MB: each French page's article and its
 * comments as the corpus truth gives them (`truth`), or the page as w3m
 * dumps it (`w3m`).
 */
function frenchCorpus(folder: string, kind: "truth" | "w3m"): string {
  const pages: string[] = [];
  const ids = readdirSync(`${folder}truth`)
    .filter((name) => name.startsWith("fr-") && name.endsWith(".json"))
    .map((name) => name.slice(0, -".json".length))
    .sort();
  for (const id of ids) {
    if (kind === "w3m") {
      pages.push(readFileSync(`${folder}text/${id}.w3m.txt`, "utf8"));
      continue;
    }
    const truth = JSON.parse(readFileSync(`${folder}truth/${id}.json`, "utf8")) as {
      contentText: string;
      comments: { body: string }[];
    };
    pages.push([truth.contentText, ...truth.comments.map((comment) => comment.body)].join("\n\n"));
  }
  const one = pages.join("\n\n");
  // A flat copy, not a rope of repeats.
  const text = `${one}\n\n`.repeat(Math.ceil(SIZE / (one.length + 2))).slice(0, SIZE);
  return Buffer.from(text, "utf16le").toString("utf16le");
}

/** Median of some numbers. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** CPU time of this process (user and system), in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * countWords's speed as a share of the bare loop's on the same text, two
 * ways: the median of the per-round ratios of CPU time over alternating
 * rounds (one run of each, the order swapped every round; CPU time leaves
 * out the time this process waits for a core on a busy machine), and the
 * ratio of the best wall times.
 */
function shareOfBareLoop(text: string, rounds = 21) {
  for (let warm = 0; warm < 3; warm++) {
    countWords(text);
    bareLoop(text);
  }
  const shares: number[] = [];
  let bestOurs = Number.POSITIVE_INFINITY;
  let bestBare = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    let ours = 0;
    let bare = 0;
    for (const which of round % 2 === 0 ? [0, 1] : [1, 0]) {
      const wall = performance.now();
      const cpu = cpuMs();
      if (which === 0) countWords(text);
      else bareLoop(text);
      const cpuTime = cpuMs() - cpu;
      const wallTime = performance.now() - wall;
      if (which === 0) {
        ours = cpuTime;
        bestOurs = Math.min(bestOurs, wallTime);
      } else {
        bare = cpuTime;
        bestBare = Math.min(bestBare, wallTime);
      }
    }
    shares.push(bare / ours);
  }
  shares.sort((a, b) => a - b);
  return {
    share: median(shares),
    low: shares[Math.floor(rounds / 4)] as number,
    high: shares[Math.floor((3 * rounds) / 4)] as number,
    best: bestBare / bestOurs,
  };
}

if (parts.has("real")) {
  console.log("\n## Real French text: the French pages of ../shared/corpus, 10 MB\n");
  const folder = corpusFolder();
  if (folder === undefined) {
    console.log("Skipped: ../shared/corpus is absent (these pages are not part of the repo).");
    summary.push("Real French text: skipped, ../shared/corpus is absent");
  } else {
    for (const kind of ["truth", "w3m"] as const) {
      const text = frenchCorpus(folder, kind);
      const { share, low, high, best } = shareOfBareLoop(text);
      const line = `Real French text (${kind === "truth" ? "articles and comments" : "w3m dumps"}, ${countWords(text)} words): countWords runs at ${share.toFixed(2)} of the bare loop's speed (CPU time, median of 21 alternating rounds, quartiles ${low.toFixed(2)}–${high.toFixed(2)}; best wall times: ${best.toFixed(2)}; goal ≥ 0.50)`;
      console.log(line);
      summary.push(line);
    }
  }
}

// Linear time: one line (no newline), doubled from 0.5 MB to 4 MB; best
// CPU time of several runs.
if (parts.has("linear")) console.log("\n## Linear time: one line without a newline (CPU time)\n");
const french = texts[0]?.[1].replaceAll("\n", " ") ?? "";
const lines: [string, string, (text: string) => number][] = [
  ["French, one line", french, (text) => countWords(text)],
  // The control: how this machine's memory scales a plain loop over the
  // same strings (4 MB of UTF-16 is 8 MB, past some caches).
  ["French, one line, bare loop (control)", french, bareLoop],
  [
    "Thai, no space (segmenter path)",
    "ภาษาไทยประเทศคนกินข้าวและน้ำ".repeat(200_000),
    (text) => countWords(text, { locale: "th" }),
  ],
];
for (const [name, source, fn] of parts.has("linear") ? lines : []) {
  const times: string[] = [];
  let previous = 0;
  let worst = 0;
  for (const size of [512 * 1024, 1024 * 1024, 2048 * 1024, 4096 * 1024]) {
    // A flat copy, not a slice of the source.
    const text = Buffer.from(source.slice(0, size), "utf16le").toString("utf16le");
    let bestTime = Number.POSITIVE_INFINITY;
    (globalThis as { gc?: () => void }).gc?.();
    for (let run = 0; run < (name.startsWith("Thai") ? 5 : 15); run++) {
      // CPU time: on a shared machine, wall time mostly measures the wait
      // for a core.
      const start = cpuMs();
      fn(text);
      bestTime = Math.min(bestTime, cpuMs() - start);
    }
    if (previous > 0) worst = Math.max(worst, bestTime / previous);
    times.push(`${(size / 1024 / 1024).toFixed(1)} MB ${bestTime.toFixed(1)} ms`);
    previous = bestTime;
  }
  console.log(`${name}: ${times.join(", ")}; worst t(2n)/t(n) = ${worst.toFixed(2)}`);
  summary.push(`${name}: worst t(2n)/t(n) = ${worst.toFixed(2)} (goal ≤ 2.2)`);
}

if (parts.has("scan")) {
  // Every assigned code point (unassigned ones have no property to get
  // wrong), private use sampled, in the 20 contexts of test/words.
  console.log("\n## Differential scan: every assigned code point, 20 contexts\n");
  const start = performance.now();
  const assigned = (function* () {
    for (const code of codePoints()) {
      const char = String.fromCodePoint(code);
      if (/\p{Cn}/u.test(char)) continue;
      if (/\p{Co}/u.test(char) && code % 61 !== 0) continue;
      yield code;
    }
  })();
  let tried = 0;
  const counted = (function* () {
    for (const code of assigned) {
      tried++;
      yield code;
    }
  })();
  const mismatches = scanCodePoints(counted);
  for (const mismatch of mismatches.slice(0, 50)) console.log(mismatch);
  const line = `Differential scan: ${tried} code points × 20 contexts, ${mismatches.length} disagreements with Intl.Segmenter (${((performance.now() - start) / 1000).toFixed(0)} s)`;
  console.log(line);
  summary.push(line);
  if (mismatches.length > 0) process.exitCode = 1;
}

console.log("\n## Summary\n");
for (const line of summary) console.log(`- ${line}`);
