// The built command for the tests: `npm test` runs before `npm run build`,
// so the tests build it themselves, with the repo's tsup config (the `cli`
// entry only, ESM, no declarations), into tmp/ inside the repo (so that the
// build finds zod in node_modules). The build is keyed by a hash of src/
// and reused by every test file (a lock directory makes one file build it).
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { join } from "node:path";
import { build, type Options } from "tsup";
import config from "../../tsup.config.js";

export const root = new URL("../..", import.meta.url).pathname;
export const fixtures = join(root, "test", "cli", "fixtures");

function _files(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? _files(path) : [path];
  });
}

function _hash(): string {
  const hash = createHash("sha256");
  for (const file of [..._files(join(root, "src")), join(root, "package.json")].sort()) {
    hash.update(file);
    hash.update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

/** Build the command (once per source state) and return the path of `cli.js`. */
export async function builtCli(): Promise<string> {
  const tmp = join(root, "tmp");
  const dir = join(tmp, `cli-build-${_hash()}`);
  const script = join(dir, "cli.js");
  if (existsSync(script)) return script;
  mkdirSync(tmp, { recursive: true });
  const lock = `${dir}.lock`;
  try {
    mkdirSync(lock);
  } catch {
    // Another test file builds it: wait for it (two minutes at most).
    for (let waited = 0; waited < 120_000 && !existsSync(script); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (existsSync(script)) return script;
    throw new Error(`Timed out waiting for ${script}`);
  }
  try {
    // Builds of older sources, a day old (a running bench may use a recent one).
    for (const name of readdirSync(tmp)) {
      const path = join(tmp, name);
      if (name.startsWith("cli-build-") && Date.now() - statSync(path).mtimeMs > 86_400_000) {
        rmSync(path, { recursive: true, force: true });
      }
    }
    const staging = `${dir}.staging`;
    await build({
      ...(config as Options),
      entry: { cli: "src/cli.ts" },
      format: ["esm"],
      outDir: staging,
      dts: false,
      silent: true,
      config: false,
    });
    renameSync(staging, dir);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return script;
}

/** What a run gave. */
export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Run the command to its end (synchronously), with optional standard input. */
export function run(
  script: string,
  args: string[],
  options: { input?: string; cwd?: string; env?: Record<string, string> } = {},
): Run {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: options.cwd ?? fixtures,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, ...options.env },
    maxBuffer: 1 << 28,
  });
  return {
    code: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** Run the command asynchronously (to send it a signal). */
export function start(script: string, args: string[], cwd = fixtures) {
  return spawn(process.execPath, [script, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
}

/** A corpus of `count` made-up articles, about 1.4 KB a line (several chunks of 1 MiB). */
export function bigCorpus(count: number): string {
  const lines: string[] = [];
  for (let a = 1; a <= count; a++) {
    const comments = Array.from({ length: 6 }, (_, c) => ({
      id: `c${c}`,
      author: { name: `Reader ${c}` },
      body: [
        {
          type: "paragraph",
          text: `Comment ${c} on article ${a}: the ${a % 7} trains and ${c * a} buses of the week were late again.`,
        },
      ],
    }));
    lines.push(
      JSON.stringify({
        id: `a${a}`,
        title: `Article ${a}`,
        lang: "en",
        lead: [{ type: "paragraph", text: `Article number ${a} of a made-up corpus.` }],
        comments,
      }),
    );
  }
  return `${lines.join("\n")}\n`;
}
