// Each command of the built `marginalia` on our own fixtures: standard
// output, standard error and the exit code against a golden file
// (test/cli/golden/<case>.txt, rewritten with UPDATE=1).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { bigCorpus, builtCli, fixtures, root, run } from "./_cli.js";

let cli = "";
beforeAll(async () => {
  cli = await builtCli();
});

const golden = join(root, "test", "cli", "golden");

/** [case name, arguments, standard input?] */
const CASES: [string, string[], string?][] = [
  ["help", ["--help"]],
  ["help-read", ["read", "--help"]],
  ["help-import", ["import", "-h"]],
  ["help-validate", ["help", "validate"]],
  ["help-stats", ["stats", "--help"]],
  ["help-dedupe", ["dedupe", "--help"]],
  ["help-sign", ["sign", "--help"]],
  ["help-near", ["near", "--help"]],
  ["read-text", ["read", "page.txt"]],
  ["read-text-to-md", ["read", "page.txt", "--to", "md"]],
  ["read-text-to-text", ["read", "page.txt", "--to", "text"]],
  ["read-md-to-jsonld", ["read", "page.md", "--to", "jsonld"]],
  ["read-md-to-as2", ["read", "page.md", "--to", "as2"]],
  ["read-html", ["read", "page.html", "--url", "https://example.org/night-trains"]],
  ["read-stdin-md", ["read", "-"], "# From standard input\n\nA short *text*.\n"],
  [
    "read-stdin-ndjson",
    ["read", "--to", "text"],
    `${readFileSync(join(fixtures, "corpus.ndjson"), "utf8").split("\n").slice(0, 2).join("\n")}\n`,
  ],
  ["read-corpus", ["read", "corpus.ndjson"]],
  ["read-reddit-to-md", ["read", "thread.reddit.json", "--to", "md"]],
  ["read-hackernews", ["read", "story.hn.json"]],
  ["stats-imports", ["stats", "thread.reddit.json", "story.hn.json"]],
  [
    "stats-exports",
    [
      "stats",
      "../../fixtures/import/statuses.wxr.xml",
      "../../fixtures/import/threads.disqus.xml",
      "../../../examples/sample-export.xml",
    ],
  ],
  [
    "read-wxr-stdin",
    ["read", "--to", "text"],
    readFileSync(join(root, "examples", "sample-export.xml"), "utf8"),
  ],
  [
    // Cut inside the second item: the first is written, then the fault is reported.
    "read-wxr-broken",
    ["read", "-"],
    _cutExport(),
  ],
  ["read-invalid", ["read", "invalid.json"]],
  ["read-invalid-json-messages", ["read", "invalid.json", "--messages", "json"]],
  ["read-text-messages-json", ["read", "page.txt", "--to", "text", "--messages", "json"]],
  ["read-as2-without-url", ["read", "page.txt", "--to", "as2"]],
  ["validate-invalid", ["validate", "invalid.json"]],
  ["validate-invalid-json", ["validate", "invalid.json", "--json"]],
  ["validate-corpus", ["validate", "corpus.ndjson"]],
  ["validate-broken", ["validate", "broken.ndjson"]],
  ["stats", ["stats", "page.txt", "page.md", "corpus.ndjson"]],
  ["stats-json", ["stats", "page.txt", "--json"]],
  ["stats-broken", ["stats", "broken.ndjson"]],
  ["stats-broken-fail-fast", ["stats", "broken.ndjson", "--fail-fast"]],
  ["dedupe", ["dedupe", "corpus.ndjson"]],
  ["dedupe-threshold", ["dedupe", "corpus.ndjson", "--threshold", "1", "--quiet"]],
  ["dedupe-broken", ["dedupe", "broken.ndjson"]],
  ["sign", ["sign", "corpus.ndjson", "--shard", "2/3", "--bins", "16"]],
  ["near-broken", ["near", "signatures-broken.ndjson"]],
  ["near-broken-fail-fast", ["near", "signatures-broken.ndjson", "--fail-fast"]],
  ["usage-unknown-command", ["fetch", "x"]],
  ["usage-unknown-option", ["read", "--colour", "page.txt"]],
  ["usage-missing-value", ["read", "page.txt", "--to"]],
  ["usage-bad-shard", ["sign", "corpus.ndjson", "--shard", "3/2"]],
  ["usage-bad-jobs", ["stats", "page.txt", "--jobs", "0"]],
  ["usage-bad-threshold", ["dedupe", "corpus.ndjson", "--threshold", "1.5"]],
  ["usage-missing-file", ["stats", "nowhere.txt"]],
  ["usage-import-without-out", ["import", "corpus.ndjson"]],
  ["usage-bad-url", ["read", "page.html", "--url", "example.org"]],
  ["no-arguments", []],
];

function _cutExport(): string {
  const sample = readFileSync(join(root, "examples", "sample-export.xml"), "utf8");
  const second = sample.indexOf("<item>", sample.indexOf("</item>"));
  return `${sample.slice(0, second + 30)}</channel>`;
}

function _render(code: number | null, stdout: string, stderr: string): string {
  return `exit: ${code}\n--- stdout\n${stdout}--- stderr\n${stderr}`;
}

describe("marginalia (golden)", () => {
  for (const [name, args, input] of CASES) {
    it(`${name}: marginalia ${args.join(" ")}`, () => {
      const result = run(cli, args, input === undefined ? {} : { input });
      const actual = _render(result.code, result.stdout, result.stderr);
      const file = join(golden, `${name}.txt`);
      if (process.env.UPDATE === "1" || !existsSync(file)) {
        mkdirSync(golden, { recursive: true });
        writeFileSync(file, actual);
      }
      expect(actual).toBe(readFileSync(file, "utf8"));
    });
  }
});

describe("marginalia (exit codes and errors)", () => {
  it("prints the package's version", () => {
    const result = run(cli, ["--version"]);
    expect(result.stdout).toBe(`${pkg.version}\n`);
    expect(result.code).toBe(0);
  });

  it("exits 0 when done, 1 on invalid content, 2 on a usage error", () => {
    expect(run(cli, ["validate", "corpus.ndjson"]).code).toBe(0);
    expect(run(cli, ["validate", "invalid.json"]).code).toBe(1);
    expect(run(cli, ["validate", "--bogus"]).code).toBe(2);
  });

  it("prints a usage error on one line, without a stack trace unless --debug", () => {
    const plain = run(cli, ["stats", "nowhere.txt"]);
    expect(plain.stderr).toBe("marginalia: nowhere.txt: no such file or directory\n");
    const debug = run(cli, ["stats", "nowhere.txt", "--debug"]);
    expect(debug.stderr).toMatch(
      /^marginalia: nowhere\.txt: no such file or directory\n.*\n\s+at /,
    );
    expect(debug.code).toBe(2);
  });

  it("writes nothing but results on standard output", () => {
    const result = run(cli, ["read", "broken.ndjson"]);
    for (const line of result.stdout.trimEnd().split("\n")) {
      expect(() => JSON.parse(line)).not.toThrow();
    }
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(8);
    expect(result.stderr).toMatch(/^broken\.ndjson:4:45 invalid_json /m);
    expect(result.stderr).toMatch(/^broken\.ndjson:7:1 empty_text /m);
    expect(result.code).toBe(1);
  });

  it("stops at the first bad line with --fail-fast", () => {
    const result = run(cli, ["read", "broken.ndjson", "--fail-fast"]);
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(3);
    expect(result.stderr).toMatch(/^broken\.ndjson:4:45 invalid_json /);
    expect(result.stderr).not.toMatch(/:7:1/);
    expect(result.code).toBe(1);
  });
});

describe("marginalia (files, shards, order)", () => {
  it("finds the same duplicates with sign on two shards and near as with dedupe", () => {
    const dir = mkdtempSync(join(tmpdir(), "marginalia-near-"));
    try {
      for (const shard of ["1/2", "2/2"]) {
        const out = join(dir, `sig-${shard[0]}.ndjson`);
        const result = run(cli, ["sign", "corpus.ndjson", "--shard", shard, "--text", "-o", out]);
        expect(result.code).toBe(0);
      }
      // Files in any order: records are merged by corpus line.
      const near = run(cli, ["near", join(dir, "sig-2.ndjson"), join(dir, "sig-1.ndjson"), "-q"]);
      const dedupe = run(cli, ["dedupe", "corpus.ndjson", "-q"]);
      expect(near.code).toBe(0);
      expect(near.stdout).toContain('"kind":"near"');
      expect(near.stdout).toBe(dedupe.stdout);
      // Without the texts, similarities are estimated from the signatures.
      run(cli, ["sign", "corpus.ndjson", "-o", join(dir, "sig.ndjson")]);
      const estimated = run(cli, ["near", join(dir, "sig.ndjson"), "-q"]);
      expect(estimated.stdout).toContain('"estimated":true');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("writes the corpus without its duplicates, replies moved up", () => {
    const dir = mkdtempSync(join(tmpdir(), "marginalia-dedupe-"));
    try {
      const clean = join(dir, "clean.ndjson");
      const result = run(cli, ["dedupe", "corpus.ndjson", "--corpus", clean, "-q"]);
      expect(result.code).toBe(0);
      const removed = result.stdout.trimEnd().split("\n").length;
      const articles = readFileSync(clean, "utf8")
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(articles).toHaveLength(8);
      const comments = articles.flatMap((article) => article.comments);
      expect(comments).toHaveLength(24 - removed);
      // Every comment left replies to a comment of its article.
      for (const article of articles) {
        const ids = new Set(article.comments.map((comment: { id: string }) => comment.id));
        for (const comment of article.comments) {
          if (comment.parentId !== undefined) expect(ids.has(comment.parentId)).toBe(true);
        }
      }
      // The clean corpus has no duplicate left.
      expect(run(cli, ["dedupe", clean, "-q"]).stdout).toBe("");
      // An existing file is not replaced without --force.
      const again = run(cli, ["dedupe", "corpus.ndjson", "--corpus", clean, "-q"]);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain("already exists (use --force to overwrite)");
      expect(run(cli, ["dedupe", "corpus.ndjson", "--corpus", clean, "-q", "-f"]).code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("imports exports of Reddit and Hacker News, one file each, named from the id", () => {
    const dir = mkdtempSync(join(tmpdir(), "marginalia-import-"));
    try {
      const result = run(cli, ["import", "thread.reddit.json", "story.hn.json", "--out", dir]);
      expect(result.code).toBe(0);
      const names = readdirSync(dir).sort();
      expect(names).toHaveLength(2);
      expect(names).toContain("900.json");
      const story = JSON.parse(readFileSync(join(dir, "900.json"), "utf8"));
      expect(story.title).toBe("Show HN: a timetable in one page");
      expect(story.comments).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("imports a WordPress export as one Markdown file per post, named from its slug", () => {
    const dir = mkdtempSync(join(tmpdir(), "marginalia-import-"));
    try {
      const sample = join(root, "examples", "sample-export.xml");
      const result = run(cli, ["import", sample, "--out", dir, "--to", "md"]);
      expect(result.code).toBe(0);
      expect(readdirSync(dir).sort()).toEqual(["garlic.md", "slugs.md"]);
      expect(readFileSync(join(dir, "garlic.md"), "utf8")).toContain(
        "# Planting garlic in November",
      );
      // What the importer left out is reported, with its place in the export.
      expect(result.stderr).toMatch(/sample-export\.xml:\d+:\d+ item-skipped /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("imports one file per article, named from its id, never overwriting without --force", () => {
    const dir = mkdtempSync(join(tmpdir(), "marginalia-import-"));
    try {
      const first = run(cli, ["import", "corpus.ndjson", "--out", dir, "--to", "md"]);
      expect(first.code).toBe(0);
      expect(readdirSync(dir).sort()).toEqual(
        ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"].map((id) => `${id}.md`),
      );
      expect(readFileSync(join(dir, "a1.md"), "utf8")).toMatch(/^---\nid: a1\n/);
      const second = run(cli, ["import", "corpus.ndjson", "--out", dir, "--to", "md"]);
      expect(second.code).toBe(1);
      expect(second.stderr.trimEnd().split("\n")).toHaveLength(8);
      expect(second.stderr).toContain("a1.md: already exists (use --force to overwrite)");
      expect(
        run(cli, ["import", "corpus.ndjson", "--out", dir, "--to", "md", "--force"]).code,
      ).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps the output in input order with --jobs 2, and the same as --jobs 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "marginalia-jobs-"));
    try {
      const corpus = join(dir, "big.ndjson");
      writeFileSync(corpus, bigCorpus(6000));
      for (const command of [
        ["stats", "--json"],
        ["read"],
        ["validate"],
        ["sign", "--bins", "16"],
      ]) {
        const one = run(cli, [...(command as [string]), corpus, "--jobs", "1", "-q"]);
        const two = run(cli, [...(command as [string]), corpus, "--jobs", "2", "-q"]);
        expect(two.code).toBe(0);
        expect(two.stdout).toBe(one.stdout);
      }
      const lines = run(cli, ["stats", corpus, "--json", "--jobs", "2"])
        .stdout.trimEnd()
        .split("\n");
      expect(lines).toHaveLength(6000);
      expect(lines.map((line) => JSON.parse(line).line)).toEqual(
        Array.from({ length: 6000 }, (_, i) => i + 1),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
