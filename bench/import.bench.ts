// Streaming importers on big generated exports (ours, written here; no
// third-party text): a Disqus export of MARGINALIA_BENCH_DISQUS_MB (default
// 400, the size of the biggest one reported in the wild: 397 MB, 459 000
// comments) read by `streamDisqus`, against saxes with no-op handlers on the
// same bytes, configured as the importers run it (no `xmlns`; the ratio to
// saxes with `xmlns` is printed too) (goal: ≥ 0.6× its throughput; peak RSS
// ≤ 1.5 GB), with a yardstick between the two: saxes with handlers that
// only copy each post's fields into a string kept to the end ("floor"),
// the least any reader on saxes must do; and a WXR
// export of MARGINALIA_BENCH_WXR_MB (default 200) read by `streamWxr` (goal:
// peak RSS ≤ 300 MB). Each run is a child process, so that its peak RSS
// (`process.resourceUsage().maxRSS`) is its own; saxes, the floor and
// streamDisqus run in turn MARGINALIA_BENCH_RUNS times (default 3) and the
// fastest CPU time of each makes the ratios. Files go to the system's temporary folder and
// are reused when their size matches.
//
//   MARGINALIA_BENCH_DISQUS_MB=20 MARGINALIA_BENCH_WXR_MB=10 npm run bench -- import
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SaxesParser } from "saxes";
import { streamDisqus } from "../src/import/disqus.js";
import { streamWxr } from "../src/import/wxr.js";

const MB = 1024 * 1024;
const disqusMb = Number(process.env.MARGINALIA_BENCH_DISQUS_MB ?? 400);
const wxrMb = Number(process.env.MARGINALIA_BENCH_WXR_MB ?? 200);
/** How many times saxes and streamDisqus each run (in turn). */
const runs = Math.max(1, Number(process.env.MARGINALIA_BENCH_RUNS ?? 3));

/** A deterministic pseudo-random sequence (no Math.random: the files are the same each run). */
function _random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS =
  "heron reed marsh dawn count winter water grey wing fish bank river cold light mist shore pool bird flight nest".split(
    " ",
  );

function _sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let index = 0; index < words; index++) {
    out.push(WORDS[Math.floor(random() * WORDS.length)] as string);
  }
  const text = out.join(" ");
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

async function _write(path: string, size: number, parts: () => Generator<string>): Promise<void> {
  if (existsSync(path) && Math.abs(statSync(path).size - size) < 2 * MB) return;
  const out = createWriteStream(path);
  let buffer = "";
  for (const part of parts()) {
    buffer += part;
    if (buffer.length > 4 * MB) {
      if (!out.write(buffer))
        await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      buffer = "";
    }
  }
  out.end(buffer);
  await new Promise<void>((resolve) => out.once("finish", () => resolve()));
}

/** A Disqus export: 1 thread per 25 posts, posts after their thread, replies to earlier posts. */
function* _disqus(size: number): Generator<string> {
  const random = _random(1);
  yield '<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n';
  yield '<category dsq:id="1"><forum>bench</forum><title>General</title><isDefault>true</isDefault></category>\n';
  let written = 300;
  let post = 0;
  let thread = 0;
  while (written < size) {
    thread++;
    const head = `<thread dsq:id="${thread}"><id>page-${thread}</id><forum>bench</forum><category dsq:id="1"/><link>https://bench.example/page-${thread}/</link><title>${_sentence(random, 6)}</title><message/><createdAt>2015-03-04T05:06:07Z</createdAt><author><email>owner@bench.example</email><name>Owner</name><isAnonymous>false</isAnonymous><username>owner</username></author><ipAddress>192.0.2.1</ipAddress><isClosed>false</isClosed><isDeleted>false</isDeleted></thread>\n`;
    written += head.length;
    yield head;
    const first = post + 1;
    for (let index = 0; index < 25; index++) {
      post++;
      const parent =
        post > first && random() < 0.6
          ? `<parent dsq:id="${first + Math.floor(random() * (post - first))}"/>`
          : "";
      const paragraphs = 1 + Math.floor(random() * 3);
      let message = "";
      for (let p = 0; p < paragraphs; p++)
        message += `<p>${_sentence(random, 12 + Math.floor(random() * 20))}</p>`;
      if (random() < 0.1)
        message += `<p><a href="https://bench.example/x${post}">a link</a> and <b>bold</b></p>`;
      const chunk = `<post dsq:id="${post}"><id/><message><![CDATA[${message}]]></message><createdAt>2015-03-04T05:${String(post % 60).padStart(2, "0")}:07Z</createdAt><isDeleted>${random() < 0.03}</isDeleted><isSpam>${random() < 0.02}</isSpam><author><email>reader${post % 997}@bench.example</email><name>Reader ${post % 997}</name><isAnonymous>false</isAnonymous><username>reader${post % 997}</username></author><ipAddress>198.51.100.${post % 255}</ipAddress><thread dsq:id="${thread}"/>${parent}</post>\n`;
      written += chunk.length;
      yield chunk;
    }
  }
  yield "</disqus>\n";
}

/** A WXR export: posts of a few KB of HTML, each with 12 comments in threads. */
function* _wxr(size: number): Generator<string> {
  const random = _random(2);
  yield '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel><title>Bench</title><link>https://bench.example</link><language>en-US</language><wp:wxr_version>1.2</wp:wxr_version>\n';
  yield "<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[owner]]></wp:author_login><wp:author_email><![CDATA[owner@bench.example]]></wp:author_email><wp:author_display_name><![CDATA[Owner]]></wp:author_display_name></wp:author>\n";
  let written = 600;
  let id = 0;
  while (written < size) {
    id++;
    let content = "";
    for (let p = 0; p < 12; p++) {
      content += `<!-- wp:paragraph -->\n<p>${_sentence(random, 40)} <em>${_sentence(random, 4)}</em></p>\n<!-- /wp:paragraph -->\n`;
      if (p === 5)
        content += `<!-- wp:heading -->\n<h2>${_sentence(random, 4)}</h2>\n<!-- /wp:heading -->\n`;
    }
    let comments = "";
    for (let c = 1; c <= 12; c++) {
      const parent = c > 1 && random() < 0.5 ? 1 + Math.floor(random() * (c - 1)) : 0;
      comments += `<wp:comment><wp:comment_id>${c}</wp:comment_id><wp:comment_author><![CDATA[Reader ${c}]]></wp:comment_author><wp:comment_author_email><![CDATA[r${c}@bench.example]]></wp:comment_author_email><wp:comment_author_url>https://r${c}.bench.example/</wp:comment_author_url><wp:comment_author_IP><![CDATA[198.51.100.${c}]]></wp:comment_author_IP><wp:comment_date><![CDATA[2015-03-04 05:06:07]]></wp:comment_date><wp:comment_date_gmt><![CDATA[2015-03-04 04:06:07]]></wp:comment_date_gmt><wp:comment_content><![CDATA[${_sentence(random, 25)}\n\n${_sentence(random, 15)}]]></wp:comment_content><wp:comment_approved><![CDATA[1]]></wp:comment_approved><wp:comment_type><![CDATA[comment]]></wp:comment_type><wp:comment_parent>${parent}</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>\n`;
    }
    const item = `<item><title><![CDATA[${_sentence(random, 6)}]]></title><link>https://bench.example/p/${id}/</link><pubDate>Wed, 04 Mar 2015 05:06:07 +0000</pubDate><dc:creator><![CDATA[owner]]></dc:creator><guid isPermaLink="false">https://bench.example/?p=${id}</guid><description></description><content:encoded><![CDATA[${content}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>${id}</wp:post_id><wp:post_date><![CDATA[2015-03-04 05:06:07]]></wp:post_date><wp:post_date_gmt><![CDATA[2015-03-04 04:06:07]]></wp:post_date_gmt><wp:comment_status><![CDATA[open]]></wp:comment_status><wp:post_name><![CDATA[post-${id}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type><category domain="category" nicename="general"><![CDATA[General]]></category>\n${comments}</item>\n`;
    written += item.length;
    yield item;
  }
  yield "</channel>\n</rss>\n";
}

/** The fields the floor run copies (`floor` mode). */
const FLOOR_FIELDS = [
  "id",
  "message",
  "createdAt",
  "isDeleted",
  "isSpam",
  "ipAddress",
  "forum",
  "points",
  "likes",
  "dislikes",
  "name",
  "email",
  "username",
  "link",
  "isAnonymous",
];

/** What a child run reports. */
interface Run {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  articles: number;
  comments: number;
}

async function _child(mode: string, path: string): Promise<void> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let articles = 0;
  let comments = 0;
  const source = createReadStream(path, { highWaterMark: 256 * 1024 });
  if (mode === "saxes" || mode === "saxes-ns") {
    // The importers run saxes without namespace processing (they resolve
    // prefixes themselves); `saxes-ns` is the baseline with it, as measured
    // before they did.
    const parser = new SaxesParser({ xmlns: mode === "saxes-ns", position: true });
    const noop = (): void => {};
    parser.on("opentag", noop);
    parser.on("closetag", noop);
    parser.on("text", noop);
    parser.on("cdata", noop);
    const decoder = new TextDecoder();
    for await (const chunk of source)
      parser.write(decoder.decode(chunk as Uint8Array, { stream: true }));
    parser.close();
  } else if (mode === "floor") {
    // The least a Disqus reader on saxes must do, as a yardstick: follow
    // the elements, copy each post's fields into one string kept to the
    // end. No namespaces, no checks, no bodies, no comments: not a reader.
    const parser = new SaxesParser({ position: true });
    const kept: string[] = [];
    const slots: string[] = new Array<string>(16).fill("");
    let depth = 0;
    let slot = -1;
    let inPost = false;
    let inAuthor = false;
    parser.on("attribute", (attribute) => {
      if (inPost && attribute.name === "dsq:id") slots[15] += attribute.value;
    });
    parser.on("opentag", (tag) => {
      depth++;
      if (depth === 2) inPost = tag.name === "post";
      if (!inPost || slot !== -1) return;
      if (depth === 3 && tag.name === "author") inAuthor = true;
      else if (depth === 3 || (depth === 4 && inAuthor)) slot = FLOOR_FIELDS.indexOf(tag.name);
    });
    const text = (value: string): void => {
      if (slot !== -1) slots[slot] += value;
    };
    parser.on("text", text);
    parser.on("cdata", text);
    parser.on("closetag", () => {
      if (depth === 2 && inPost) {
        kept.push(slots.join("\u0000"));
        slots.fill("");
        inPost = false;
      } else if (depth === 3) inAuthor = false;
      slot = -1;
      depth--;
    });
    const decoder = new TextDecoder();
    for await (const chunk of source)
      parser.write(decoder.decode(chunk as Uint8Array, { stream: true }));
    parser.close();
    comments = kept.length;
  } else {
    const stream = mode === "disqus" ? streamDisqus(source) : streamWxr(source);
    for await (const item of stream) {
      if (item.article !== undefined) {
        articles++;
        comments += item.article.comments.length;
      }
    }
  }
  const used = process.cpuUsage(cpu);
  const run: Run = {
    wallMs: performance.now() - started,
    cpuMs: (used.user + used.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    articles,
    comments,
  };
  console.log(JSON.stringify(run));
}

function _run(mode: string, path: string): Run {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", fileURLToPath(import.meta.url), "--child", mode, path],
    { encoding: "utf8", maxBuffer: 16 * MB },
  );
  if (result.status !== 0) throw new Error(`${mode} run failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1) as string) as Run;
}

async function _main(): Promise<void> {
  const disqusPath = join(tmpdir(), `marginalia-bench-disqus-${disqusMb}mb.xml`);
  const wxrPath = join(tmpdir(), `marginalia-bench-wxr-${wxrMb}mb.xml`);
  await _write(disqusPath, disqusMb * MB, () => _disqus(disqusMb * MB));
  await _write(wxrPath, wxrMb * MB, () => _wxr(wxrMb * MB));
  const disqusSize = statSync(disqusPath).size / MB;
  const wxrSize = statSync(wxrPath).size / MB;
  // The machine is shared: one run of each moves by a fifth from one minute
  // to the next. saxes, the floor and streamDisqus run in turn, `runs`
  // times each; the fastest of each (least disturbed) make the ratios.
  const saxesRuns: Run[] = [];
  const floorRuns: Run[] = [];
  const disqusRuns: Run[] = [];
  for (let round = 0; round < runs; round++) {
    saxesRuns.push(_run("saxes", disqusPath));
    floorRuns.push(_run("floor", disqusPath));
    disqusRuns.push(_run("disqus", disqusPath));
  }
  const fastest = (list: Run[]): Run =>
    list.reduce((best, run) => (run.cpuMs < best.cpuMs ? run : best));
  const saxes = fastest(saxesRuns);
  const disqus = fastest(disqusRuns);
  const floor = fastest(floorRuns);
  const saxesNs = _run("saxes-ns", disqusPath);
  const wxr = _run("wxr", wxrPath);
  const rate = (run: Run, size: number): string =>
    `${(size / (run.wallMs / 1000)).toFixed(1)} MB/s wall, ${(size / (run.cpuMs / 1000)).toFixed(1)} MB/s CPU`;
  console.log(
    `Disqus export ${disqusSize.toFixed(0)} MB (${disqus.articles} threads, ${disqus.comments} comments)`,
  );
  console.log(
    `  saxes, no-op handlers: ${(saxes.wallMs / 1000).toFixed(1)} s; ${rate(saxes, disqusSize)}; peak RSS ${saxes.maxRssMb.toFixed(0)} MB`,
  );
  console.log(
    `  saxes, no-op, xmlns:   ${(saxesNs.wallMs / 1000).toFixed(1)} s; ${rate(saxesNs, disqusSize)}; peak RSS ${saxesNs.maxRssMb.toFixed(0)} MB`,
  );
  console.log(
    `  floor (fields copied): ${(floor.wallMs / 1000).toFixed(1)} s; ${rate(floor, disqusSize)}; ${(saxes.cpuMs / floor.cpuMs).toFixed(2)}× saxes (CPU); ${floor.comments} posts kept`,
  );
  console.log(
    `  streamDisqus:          ${(disqus.wallMs / 1000).toFixed(1)} s; ${rate(disqus, disqusSize)}; peak RSS ${disqus.maxRssMb.toFixed(0)} MB`,
  );
  const ratio = saxes.cpuMs / disqus.cpuMs;
  console.log(
    `  throughput vs saxes (CPU time, fastest of ${runs} each): ${ratio.toFixed(2)}× (goal ≥ 0.6×) ${ratio >= 0.6 ? "ok" : "MISSED"}; wall ${(saxes.wallMs / disqus.wallMs).toFixed(2)}×; vs saxes with xmlns ${(saxesNs.cpuMs / disqus.cpuMs).toFixed(2)}×`,
  );
  console.log(
    `  each round (saxes/streamDisqus CPU): ${saxesRuns.map((run, index) => (run.cpuMs / (disqusRuns[index] as Run).cpuMs).toFixed(2)).join(", ")}`,
  );
  const peak = Math.max(...disqusRuns.map((run) => run.maxRssMb));
  console.log(
    `  peak RSS ${peak.toFixed(0)} MB, the highest of ${runs} runs (goal ≤ 1536 MB) ${peak <= 1536 ? "ok" : "MISSED"}`,
  );
  console.log(
    `WXR export ${wxrSize.toFixed(0)} MB (${wxr.articles} posts, ${wxr.comments} comments)`,
  );
  console.log(
    `  streamWxr: ${(wxr.wallMs / 1000).toFixed(1)} s; ${rate(wxr, wxrSize)}; peak RSS ${wxr.maxRssMb.toFixed(0)} MB (goal ≤ 300 MB) ${wxr.maxRssMb <= 300 ? "ok" : "MISSED"}`,
  );
}

const at = process.argv.indexOf("--child");
if (at === -1) await _main();
else await _child(process.argv[at + 1] as string, process.argv[at + 2] as string);
