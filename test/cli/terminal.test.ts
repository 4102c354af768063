// The built `marginalia` on a terminal and under Ctrl-C: a progress line on
// standard error only on a terminal (a pseudo-terminal made by util-linux
// `script`), never with --quiet or when standard error is a pipe; SIGINT
// stops the run with whole lines written.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bigCorpus, builtCli, run, start } from "./_cli.js";

let cli = "";
let dir = "";
let corpus = "";
const hasScript = spawnSync("script", ["--version"]).status === 0;

beforeAll(async () => {
  cli = await builtCli();
  dir = mkdtempSync(join(tmpdir(), "marginalia-tty-"));
  corpus = join(dir, "corpus.ndjson");
  writeFileSync(corpus, bigCorpus(4000));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Run a command line in a pseudo-terminal; what the terminal showed. */
function onTerminal(args: string[]): string {
  const quote = (arg: string) => `'${arg.replace(/'/g, "'\\''")}'`;
  const command = [process.execPath, cli, ...args].map(quote).join(" ");
  const result = spawnSync("script", ["-qec", `${command} > /dev/null`, "/dev/null"], {
    encoding: "utf8",
    // Draw at once and often, so that a short run shows the line.
    env: { ...process.env, MARGINALIA_PROGRESS_DELAY: "0" },
  });
  expect(result.status).toBe(0);
  return result.stdout;
}

describe.skipIf(!hasScript)("progress on a terminal (script)", () => {
  it("draws a progress line: done, share, rate, time left; then clears it", () => {
    const shown = onTerminal(["stats", corpus, "--jobs", "1"]);
    expect(shown).toMatch(/\r\d[\d ]* articles {2}\d+% {2}[\d ]+ articles\/s/);
    expect(shown).toContain("\u001b[K");
    // The line is erased at the end.
    expect(shown.endsWith("\r\u001b[K")).toBe(true);
  });

  it("draws the progress of dedupe's search too", () => {
    expect(onTerminal(["dedupe", corpus])).toMatch(/\r[\d ]+\/24 000 comments compared {2}\d+%/);
  });

  it("draws nothing with --quiet", () => {
    expect(onTerminal(["stats", corpus, "--quiet"])).toBe("");
  });
});

it("draws no progress line when standard error is not a terminal", () => {
  const result = run(cli, ["stats", corpus, "--json"], {
    env: { MARGINALIA_PROGRESS_DELAY: "0" },
  });
  expect(result.code).toBe(0);
  expect(result.stderr).toBe("");
  expect(result.stdout.split("\n")).toHaveLength(4001);
});

it("stops on Ctrl-C (SIGINT) with whole lines written, exit code 130", async () => {
  const child = start(cli, ["read", corpus, "--jobs", "2"]);
  let stdout = "";
  let signalled = false;
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
    if (!signalled) {
      signalled = true;
      child.kill("SIGINT");
    }
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(code).toBe(130);
  expect(stdout.endsWith("\n")).toBe(true);
  const lines = stdout.trimEnd().split("\n");
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.length).toBeLessThan(4000);
  lines.forEach((line, index) => {
    expect(JSON.parse(line).id).toBe(`a${index + 1}`);
  });
});
