// The command line on generated corpora (issue 16): `stats` and `dedupe` on
// 1 000 000 comments (100 000 articles of 10 comments, texts from the dedup
// bench's generator: originals, copies, near copies, hard negatives) with
// --jobs 1 and --jobs 2, throughput and peak RSS; then peak RSS of `stats`,
// `validate`, `read` and `sign` on a big NDJSON corpus (its size in MB:
// `--big-mb`, default 2048, or MARGINALIA_BENCH_BIG_MB); then the startup of
// `marginalia --version` against a bare `node -e 0`.
//
// Runs the built command (tmp/cli-build-*, built as the tests build it),
// each run under /usr/bin/time (wall time, peak RSS of the whole process,
// worker threads included). Corpora are written to tmp/bench-cli/ (kept
// for the next run; delete the folder to regenerate).
//
//   npm run bench -- cli
//   npx tsx bench/cli.bench.ts --comments 200000 --big-mb 256
//   npx tsx bench/cli.bench.ts --skip comments,big:stats,big:validate,big:read,startup
import { spawnSync } from "node:child_process";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
} from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { builtCli, root } from "../test/cli/_cli.js";
import { makeCorpus } from "./_dedup-corpus.js";

const { values } = parseArgs({
  options: {
    comments: { type: "string" },
    "big-mb": { type: "string" },
    skip: { type: "string" },
  },
  allowPositionals: true,
});
const COMMENTS = Number(values.comments ?? 1_000_000);
const BIG_MB = Number(values["big-mb"] ?? process.env.MARGINALIA_BENCH_BIG_MB ?? 2048);
const skip = new Set((values.skip ?? "").split(",").filter(Boolean));
const PER_ARTICLE = 10;
const dir = join(root, "tmp", "bench-cli");
mkdirSync(dir, { recursive: true });

async function write(path: string, lines: Iterable<string>): Promise<void> {
  const staging = `${path}.partial`;
  const out = createWriteStream(staging);
  let pending = "";
  for (const line of lines) {
    pending += `${line}\n`;
    if (pending.length > 1 << 20) {
      if (!out.write(pending))
        await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      pending = "";
    }
  }
  out.write(pending);
  await new Promise<void>((resolve, reject) => {
    out.once("error", reject);
    out.end(() => resolve());
  });
  renameSync(staging, path);
}

function* articles(texts: string[], offset = 0): Generator<string> {
  for (let a = 0; a * PER_ARTICLE < texts.length; a++) {
    const comments = [];
    for (let c = 0; c < PER_ARTICLE && a * PER_ARTICLE + c < texts.length; c++) {
      comments.push({
        id: `c${c}`,
        ...(c % 3 === 2 ? { parentId: `c${c - 1}` } : {}),
        author: { name: `Reader ${(a * 7 + c) % 997}` },
        body: [{ type: "paragraph", text: texts[a * PER_ARTICLE + c] }],
      });
    }
    yield JSON.stringify({
      id: `a${offset + a}`,
      title: `Article ${offset + a}`,
      lang: "fr",
      lead: [
        {
          type: "paragraph",
          text: `Un article inventé, numéro ${offset + a}, pour mesurer la ligne de commande.`,
        },
      ],
      comments,
    });
  }
}

interface Measure {
  wall: number;
  cpu: number;
  rssMb: number;
  code: number | null;
}

/** Run the command under /usr/bin/time, standard output to /dev/null. */
function measure(cli: string, args: string[]): Measure {
  const command = [process.execPath, cli, ...args, "-q"].map((a) => `'${a}'`).join(" ");
  const result = spawnSync(
    "/usr/bin/time",
    ["-f", "%e %U %S %M", "sh", "-c", `${command} > /dev/null`],
    {
      encoding: "utf8",
    },
  );
  const last = result.stderr.trimEnd().split("\n").at(-1) ?? "";
  const [wall, user, sys, rss] = last.split(" ").map(Number);
  if (result.status !== 0) console.error(result.stderr);
  return {
    wall: wall as number,
    cpu: (user as number) + (sys as number),
    rssMb: Math.round((rss as number) / 1024),
    code: result.status,
  };
}

const grouped = (n: number) => Math.round(n).toLocaleString("en-US").replace(/,/g, " ");

async function main() {
  const cli = await builtCli();
  console.log(`built CLI: ${cli}`);
  console.log(
    `load average: ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}\n`,
  );

  // 1. stats and dedupe on COMMENTS comments.
  const corpus = join(dir, `comments-${COMMENTS}.ndjson`);
  if (!existsSync(corpus)) {
    const { texts } = makeCorpus(COMMENTS, 7);
    await write(corpus, articles(texts));
  }
  const size = statSync(corpus).size;
  const articleCount = Math.ceil(COMMENTS / PER_ARTICLE);
  if (!skip.has("comments")) {
    console.log(
      `## ${grouped(COMMENTS)} comments in ${grouped(articleCount)} articles (${(size / 2 ** 20).toFixed(0)} MB)\n`,
    );
    console.log("| command | jobs | wall | CPU | comments/s (wall) | peak RSS |");
    console.log("|---|---:|---:|---:|---:|---:|");
    for (const args of [["stats", "--json"], ["dedupe"]]) {
      for (const jobs of ["1", "2"]) {
        const m = measure(cli, [...args, corpus, "--jobs", jobs]);
        console.log(
          `| \`${args.join(" ")}\` | ${jobs} | ${m.wall.toFixed(1)} s | ${m.cpu.toFixed(1)} s | ${grouped(COMMENTS / m.wall)} | ${m.rssMb} MB |${m.code === 0 ? "" : ` exit ${m.code}`}`,
        );
      }
    }
    console.log();
  }

  // 2. Peak RSS on a big corpus: the first file's lines, repeated (new ids).
  if (!skip.has("big") && BIG_MB > 0) {
    const big = join(dir, `big-${BIG_MB}mb.ndjson`);
    if (!existsSync(big)) {
      const lines = readFileSync(corpus, "utf8").trimEnd().split("\n");
      const target = BIG_MB * 2 ** 20;
      function* repeated(): Generator<string> {
        let bytes = 0;
        for (let round = 0; bytes < target; round++) {
          for (let i = 0; i < lines.length && bytes < target; i++) {
            const line =
              round === 0
                ? (lines[i] as string)
                : (lines[i] as string).replace(/^\{"id":"a/, `{"id":"r${round}-a`);
            bytes += Buffer.byteLength(line) + 1;
            yield line;
          }
        }
      }
      await write(big, repeated());
    }
    const bigSize = statSync(big).size;
    console.log(
      `## A corpus of ${(bigSize / 2 ** 20).toFixed(0)} MB (${(bigSize / 2 ** 30).toFixed(2)} GB)\n`,
    );
    console.log("| command | jobs | wall | CPU | MB/s (wall) | peak RSS | goal |");
    console.log("|---|---:|---:|---:|---:|---:|---|");
    // sign reads every line but signs one shard in eight: its output (a
    // signature of 256 numbers per comment) is ten times its input.
    for (const args of [["stats", "--json"], ["validate"], ["read"], ["sign", "--shard", "1/8"]]) {
      if (skip.has(`big:${args[0]}`)) continue;
      const m = measure(cli, [...args, big, "--jobs", "2"]);
      console.log(
        `| \`${args.join(" ")}\` | 2 | ${m.wall.toFixed(1)} s | ${m.cpu.toFixed(1)} s | ${(bigSize / 2 ** 20 / m.wall).toFixed(1)} | ${m.rssMb} MB | ≤ 600 MB: ${m.rssMb <= 600 ? "met" : "missed"} |${m.code === 0 ? "" : ` exit ${m.code}`}`,
      );
    }
    console.log();
  }

  // 3. Startup.
  if (skip.has("startup")) return;
  // Alternating runs, so that the machine's load weighs on each alike.
  const runs = 30;
  const commands: [string, string[]][] = [
    ["`node -e 0`", ["-e", "0"]],
    ["`marginalia --version`", [cli, "--version"]],
    ["`marginalia read --help`", [cli, "read", "--help"]],
  ];
  const samples = commands.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    commands.forEach(([, args], at) => {
      const start = process.hrtime.bigint();
      spawnSync(process.execPath, args);
      (samples[at] as number[]).push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  const stats = samples.map((list) => {
    list.sort((a, b) => a - b);
    return { min: list[0] as number, median: list[runs >> 1] as number };
  });
  const bare = stats[0] as { min: number; median: number };
  console.log(`## Startup (${runs} runs each, alternating)\n`);
  console.log("| command | min | median | median − node's |");
  console.log("|---|---:|---:|---:|");
  commands.forEach(([name], at) => {
    const m = stats[at] as { min: number; median: number };
    console.log(
      `| ${name} | ${m.min.toFixed(0)} ms | ${m.median.toFixed(0)} ms | ${at === 0 ? "" : `${(m.median - bare.median).toFixed(0)} ms`} |`,
    );
  });
}

await main();
