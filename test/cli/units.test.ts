// The command line's pieces, without spawning it: the progress renderer,
// the line splitter, format detection, file names.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { _withoutComments } from "../../src/cli/commands/dedupe.js";
import { _detect, _sniffNdjson } from "../../src/cli/formats.js";
import { _lineBatches, _linesSync } from "../../src/cli/lines.js";
import { _safeBase } from "../../src/cli/output.js";
import { _duration, _grouped, _progress, _renderProgress } from "../../src/cli/progress.js";
import { _baseName } from "../../src/cli/tasks/_articles.js";
import { parseArticle } from "../../src/index.js";

describe("progress renderer", () => {
  it.each([
    [
      { done: 500, total: 2000, elapsed: 1000, unit: "files" },
      "500/2 000 files  25%  500 files/s  ETA 3s",
    ],
    [
      { done: 1_234_567, bytes: 50, totalBytes: 200, elapsed: 2000, unit: "lines" },
      "1 234 567 lines  25%  617 284 lines/s  ETA 6s",
    ],
    [{ done: 10, elapsed: 4000, unit: "lines" }, "10 lines  3 lines/s"],
    [{ done: 0, total: 10, elapsed: 0, unit: "files" }, "0/10 files  0%  0 files/s"],
    [{ done: 10, total: 10, elapsed: 5000, unit: "files" }, "10/10 files  100%  2 files/s"],
  ] as const)("%o → %s", (state, expected) => {
    expect(_renderProgress(state)).toBe(expected);
  });

  it("cuts the line to the terminal's width", () => {
    expect(_renderProgress({ done: 500, total: 2000, elapsed: 1000, unit: "files" }, 12)).toBe(
      "500/2 000 f",
    );
  });

  it.each([
    [0, "0s"],
    [59.4, "59s"],
    [61, "1m01s"],
    [3599, "59m59s"],
    [3720, "1h02m"],
  ])("duration %d s → %s", (seconds, expected) => {
    expect(_duration(seconds)).toBe(expected);
  });

  it("groups digits", () => {
    expect([_grouped(0), _grouped(999), _grouped(1000), _grouped(1_000_000)]).toEqual([
      "0",
      "999",
      "1 000",
      "1 000 000",
    ]);
  });

  it("draws after the delay, at most once per interval, on a terminal only", () => {
    let now = 0;
    const written: string[] = [];
    const stream = { isTTY: true, columns: 80, write: (text: string) => written.push(text) };
    const progress = _progress(stream, "lines", {
      enabled: true,
      delay: 1000,
      interval: 100,
      now: () => now,
    });
    progress.totals(100);
    progress.update(5);
    expect(written).toEqual([]);
    now = 1000;
    progress.update(50);
    now = 1050;
    progress.update(60);
    expect(written).toEqual(["\r50/100 lines  50%  50 lines/s  ETA 1s\u001b[K"]);
    progress.clear();
    expect(written.at(-1)).toBe("\r\u001b[K");
    const quiet: string[] = [];
    const off = _progress({ isTTY: true, write: (t: string) => quiet.push(t) }, "lines", {
      enabled: false,
      delay: 0,
      now: () => 5000,
    });
    off.update(1);
    const pipe = _progress({ isTTY: false, write: (t: string) => quiet.push(t) }, "lines", {
      enabled: true,
      delay: 0,
      now: () => 5000,
    });
    pipe.update(1);
    pipe.clear();
    expect(quiet).toEqual([]);
  });
});

describe("line splitter", () => {
  async function lines(chunks: string[]): Promise<[number, string][]> {
    const found: [number, string][] = [];
    async function* source() {
      for (const chunk of chunks) yield Buffer.from(chunk);
    }
    for await (const batch of _lineBatches(source())) {
      for (const [i, line] of batch.lines.entries()) found.push([batch.first + i, line]);
    }
    return found;
  }

  it("splits at line feeds across chunks, numbers lines, keeps blank ones", async () => {
    expect(await lines(['{"a":1}\n{"b"', ':2}\r\n\n{"c":3}'])).toEqual([
      [1, '{"a":1}'],
      [2, '{"b":2}'],
      [3, ""],
      [4, '{"c":3}'],
    ]);
  });

  it("drops a byte order mark on the first line and keeps a character cut between chunks", async () => {
    const bytes = Buffer.from("\ufeffé\nà\n");
    const parts = [bytes.subarray(0, 4), bytes.subarray(4)].map((part) => part.toString("latin1"));
    const found: string[] = [];
    async function* source() {
      for (const part of parts) yield Buffer.from(part, "latin1");
    }
    for await (const batch of _lineBatches(source())) found.push(...batch.lines);
    expect(found).toEqual(["é", "à"]);
  });

  it("reads a file synchronously, line by line", () => {
    const dir = mkdtempSync(join(tmpdir(), "marginalia-lines-"));
    try {
      const file = join(dir, "x.ndjson");
      writeFileSync(file, `${"x".repeat(3 << 20)}\nb\r\nc`);
      const found = [..._linesSync(file)];
      expect(found.map((line) => line.length)).toEqual([3 << 20, 1, 1]);
      expect(found.slice(1)).toEqual(["b", "c"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("format detection", () => {
  it.each([
    [".html", "<!doctype html><p>x", "html"],
    ["", "  <html><body>", "html"],
    [".txt", "<p>a page's text that starts with a tag</p>", "text"],
    [".md", "Some text", "markdown"],
    ["", "---\ntitle: x\n---\n", "markdown"],
    ["", "# Title\n\nText", "markdown"],
    ["", "Title\n\nText", "text"],
    [".json", '{"title":"x"}', "json"],
    ["", '{"title":"x"}', "json"],
    [".json", '{"@context":"https://schema.org","@type":"Article"}', "jsonld"],
    ["", '{"version":"https://jsonfeed.org/version/1.1","items":[]}', "jsonfeed"],
  ])("%s %j → %s", (extension, head, expected) => {
    expect(_detect(extension, head).name).toBe(expected);
  });

  it("follows --from over everything", () => {
    expect(_detect(".html", "<p>", "text").name).toBe("text");
  });

  it.each([
    ['{"a":1}\n{"b":2}\n', true],
    ['\ufeff{"a":1}\r\n{"b":2}', true],
    ['{"a":1}\n', false],
    ['{\n  "a": 1\n}\n', false],
    ["# x\n{", false],
  ])("NDJSON %j → %s", (head, expected) => {
    expect(_sniffNdjson(head)).toBe(expected);
  });
});

describe("file names", () => {
  it.each([
    [{ title: "x", slug: "from-the-export" }, "from-the-export"],
    [{ title: "x", url: "https://example.org/2024/03/night-trains.html" }, "night-trains"],
    [{ title: "x", id: "post-42" }, "post-42"],
    [{ title: "x", id: "900", url: "https://news.example/item?id=900" }, "900"],
    [{ title: "x", id: "9", url: "https://blog.example/2024/06/slugs/" }, "slugs"],
    [{ title: "x", id: "12", wxr: { post_name: "garlic" } }, "garlic"],
    [{ title: "Le marché rouvre" }, "le-marche-rouvre"],
  ])("%o → %s", (article, expected) => {
    expect(_baseName(parseArticle(article))).toBe(expected);
  });

  it.each([
    ["../../etc/passwd", "etc-passwd"],
    ["Été 2024 / bilan", "Ete-2024-bilan"],
    ["...", ""],
  ])("%j is made safe as %j", (base, expected) => {
    expect(_safeBase(base)).toBe(expected);
  });
});

describe("dedupe's corpus", () => {
  it("moves the replies of a removed comment up to its nearest kept ancestor", () => {
    const comment = (id: string, parentId?: string) => ({
      id,
      ...(parentId === undefined ? {} : { parentId }),
      author: { name: id },
      status: "published" as const,
      body: [],
    });
    const kept = _withoutComments(
      [comment("a"), comment("b", "a"), comment("c", "b"), comment("d"), comment("e", "d")],
      new Set(["b", "d"]),
    );
    expect(kept.map((c) => [c.id, c.parentId])).toEqual([
      ["a", undefined],
      ["c", "a"],
      ["e", undefined],
    ]);
  });
});
