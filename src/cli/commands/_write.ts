// Writing a per-item command's results: standard output or `--out file`,
// or one file per article in a directory.
import { statSync } from "node:fs";
import type { _Item } from "../inputs.js";
import { _directory, _output, type _Writer } from "../output.js";
import type { _Result } from "../tasks.js";

/** Whether `--out` names a directory: ends with a slash, or is one. */
export function _isDirectory(path: string): boolean {
  if (path.endsWith("/") || path.endsWith("\\")) return true;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A result handler writing `out` to a writer, and `files` to a directory. */
export function _resultWriter(
  out: string | undefined,
  files: boolean,
  force: boolean,
): {
  onResult: (result: _Result, item: _Item) => Promise<boolean>;
  end: () => Promise<void>;
} {
  const directory = files && out !== undefined ? _directory(out, force) : undefined;
  const writer: _Writer | undefined = files ? undefined : _output(out, force);
  let pending = "";
  return {
    async onResult(result) {
      let failed = false;
      if (directory !== undefined) {
        for (const file of result.files ?? []) {
          const written = directory.write(file);
          if (written.error !== undefined) {
            process.stderr.write(`marginalia: ${written.error}\n`);
            failed = true;
          }
        }
      } else if (writer !== undefined && result.out !== undefined) {
        // Gather small outputs into writes of about 64 KiB.
        pending += result.out;
        if (pending.length > 65_536) {
          const text = pending;
          pending = "";
          await writer.write(text);
        }
      }
      return failed;
    },
    async end() {
      if (writer === undefined) return;
      if (pending !== "") await writer.write(pending);
      pending = "";
      await writer.end();
    },
  };
}
