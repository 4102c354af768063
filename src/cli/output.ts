// Where results go: standard output or a file (`--out file`), written with
// back-pressure, whole lines at a time; or a directory (`--out dir`), one
// file per article, named from its slug or id, never overwriting a file
// without `--force`.
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { _fileError } from "./_errors.js";
import type { _OutFile } from "./tasks.js";

/** A text sink with back-pressure. */
export interface _Writer {
  write(text: string): Promise<void>;
  end(): Promise<void>;
}

/** A writer to a stream (standard output, a file stream). */
export function _streamWriter(stream: NodeJS.WritableStream, close: boolean): _Writer {
  let failed: Error | undefined;
  stream.on("error", (error: Error) => {
    failed = error;
  });
  return {
    write(text) {
      if (failed !== undefined) return Promise.reject(failed);
      if (text === "" || stream.write(text)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const done = () => {
          stream.off("drain", done);
          stream.off("error", fail);
          resolve();
        };
        const fail = (error: Error) => {
          stream.off("drain", done);
          reject(error);
        };
        stream.on("drain", done);
        stream.once("error", fail);
      });
    },
    end() {
      if (!close) return Promise.resolve();
      return new Promise((resolve, reject) => {
        stream.once("error", reject);
        stream.end(() => resolve());
      });
    },
  };
}

/** Standard output, or a new file (refusing to replace one without `force`). */
export function _output(path: string | undefined, force: boolean): _Writer {
  if (path === undefined || path === "-") return _streamWriter(process.stdout, false);
  if (!force && existsSync(path)) {
    throw _fileError(Object.assign(new Error(path), { code: "EEXIST" }), path);
  }
  const stream = createWriteStream(path, { flags: force ? "w" : "wx" });
  const writer = _streamWriter(stream, true);
  return {
    async write(text) {
      try {
        await writer.write(text);
      } catch (error) {
        throw _fileError(error, path) ?? error;
      }
    },
    async end() {
      try {
        await writer.end();
      } catch (error) {
        throw _fileError(error, path) ?? error;
      }
    },
  };
}

/** A file name from a wished base: letters, digits, `.`, `_` and `-` only, at most 100 characters. */
export function _safeBase(base: string): string {
  return base
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|-+$/g, "")
    .slice(0, 100);
}

/** Writes one file per article in a directory, each name used once. */
export interface _Directory {
  /** Write a file; returns its path, or an error line when it exists (without `force`). */
  write(file: _OutFile): { path: string; error?: string };
}

/** Open (create) a directory for `--out`. */
export function _directory(path: string, force: boolean): _Directory {
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw _fileError(error, path) ?? error;
  }
  const used = new Set<string>();
  return {
    write(file) {
      const base = _safeBase(file.base) || "article";
      let name = `${base}${file.extension}`;
      for (let n = 2; used.has(name); n++) name = `${base}-${n}${file.extension}`;
      used.add(name);
      const target = join(path, name);
      try {
        writeFileSync(target, file.content, { flag: force ? "w" : "wx" });
        return { path: target };
      } catch (error) {
        const known = _fileError(error, target);
        if (known === undefined) throw error;
        return { path: target, error: known.message };
      }
    },
  };
}
