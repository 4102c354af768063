// `marginalia near`: see the help in ../commands.ts. The signature files
// are read synchronously, line by line, merged in corpus line order and
// handed to `findNearDuplicates` as it pulls them: memory holds the index
// and the comments' names, never the signatures.
import { statSync } from "node:fs";
import type { MinHashSignature } from "../../dedup/minhash.js";
import { findNearDuplicates, type NearDuplicateDocument } from "../../dedup/near.js";
import { _fileError, _UsageError, EXIT } from "../_errors.js";
import { _common, _share } from "../_options.js";
import { _delay } from "../_pipeline.js";
import { _linesSync } from "../lines.js";
import { _output } from "../output.js";
import { _progress } from "../progress.js";
import { _duplicateLine, type _Origins } from "./_duplicates.js";

interface _Record {
  file?: string;
  line: number;
  index?: number;
  article?: string;
  comment: string;
  signature: MinHashSignature;
  text?: string;
}

/** A signature file's records, each checked; a bad line is reported and skipped (or stops with --fail-fast). */
function* _records(
  path: string,
  bad: (where: string, reason: string) => boolean,
): Generator<_Record> {
  let number = 0;
  for (const text of _linesSync(path)) {
    number++;
    if (text.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      if (bad(`${path}:${number}:1`, "invalid-json Expected JSON")) return;
      continue;
    }
    const record = value as _Record;
    if (
      typeof record !== "object" ||
      record === null ||
      typeof record.line !== "number" ||
      typeof record.comment !== "string" ||
      typeof record.signature !== "object" ||
      record.signature === null ||
      !Array.isArray(record.signature.values)
    ) {
      if (
        bad(
          `${path}:${number}:1`,
          "invalid-record Expected {line, comment, signature} from marginalia sign",
        )
      )
        return;
      continue;
    }
    yield record;
  }
}

/** Merge sorted record streams by line (ties: the order of the files). */
function* _merge(streams: Generator<_Record>[]): Generator<_Record> {
  const heads = streams.map((stream) => stream.next());
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i] as IteratorResult<_Record>;
      if (head.done === true) continue;
      if (best === -1 || head.value.line < (heads[best] as IteratorYieldResult<_Record>).value.line)
        best = i;
    }
    if (best === -1) return;
    yield (heads[best] as IteratorYieldResult<_Record>).value;
    heads[best] = (streams[best] as Generator<_Record>).next();
  }
}

/** Run `near`; resolves to the exit code. */
export async function _command(values: Record<string, unknown>, positionals: string[]) {
  const common = _common(values);
  const threshold = _share(values, "threshold", 0.8);
  if (positionals.length === 0) {
    throw new _UsageError(
      "near expects signature files from marginalia sign (marginalia near --help)",
    );
  }
  for (const path of positionals) {
    try {
      if (!statSync(path).isFile()) throw Object.assign(new Error(path), { code: "EISDIR" });
    } catch (error) {
      throw _fileError(error, path) ?? error;
    }
  }
  const report = _output(values.out as string | undefined, values.force === true);
  const progress = _progress(process.stderr, "comments", {
    enabled: !common.quiet,
    delay: _delay(),
  });
  const origins: _Origins = { owner: [], comment: [], articles: [], withFile: false };
  let bad = 0;
  let stopped = false;
  const onBad = (where: string, reason: string) => {
    bad++;
    progress.clear();
    process.stderr.write(`${where} ${reason}\n`);
    if (common.failFast) stopped = true;
    return stopped;
  };
  let signing: { bins: number; seed: number; shingle: number; normalize: boolean } | undefined;
  let lastArticle = "";
  const merged = _merge(positionals.map((path) => _records(path, onBad)));
  function* documents(): Generator<NearDuplicateDocument> {
    for (const record of merged) {
      if (stopped) return;
      const key = `${record.file ?? ""}\u0000${record.line}\u0000${record.index ?? ""}`;
      if (key !== lastArticle) {
        lastArticle = key;
        origins.articles.push({
          file: record.file ?? "",
          line: record.line,
          id: record.article,
          index: record.index,
        });
      }
      origins.owner.push(origins.articles.length - 1);
      origins.comment.push(record.comment);
      progress.update(origins.comment.length);
      yield typeof record.text === "string"
        ? { text: record.text, signature: record.signature }
        : { signature: record.signature };
    }
  }
  // The signing parameters come from the first record.
  const all = documents();
  const first = all.next();
  if (first.done !== true) {
    const signature = (first.value as { signature: MinHashSignature }).signature;
    signing = {
      bins: signature.bins,
      seed: signature.seed,
      shingle: signature.shingle,
      normalize: signature.normalize,
    };
  }
  const stream: Iterable<NearDuplicateDocument> = {
    *[Symbol.iterator]() {
      if (first.done !== true) yield first.value;
      yield* all;
    },
  };
  let duplicates: ReturnType<typeof findNearDuplicates>["duplicates"];
  try {
    duplicates = findNearDuplicates(stream, { ...signing, threshold }).duplicates;
  } catch (error) {
    if (error instanceof TypeError) {
      throw new _UsageError(`the signatures do not compare: ${error.message}`);
    }
    throw error;
  } finally {
    progress.clear();
  }
  let pending = "";
  for (const duplicate of duplicates) pending += _duplicateLine(origins, duplicate);
  await report.write(pending);
  await report.end();
  if (!common.quiet) {
    process.stderr.write(`${origins.comment.length} comments, ${duplicates.length} duplicates\n`);
  }
  return bad > 0 ? EXIT.invalid : EXIT.ok;
}
