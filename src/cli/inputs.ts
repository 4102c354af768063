// The inputs of a command: files, directories (every file of a known
// extension inside, recursively, sorted) and `-` (standard input). Each is
// an NDJSON corpus (read line by line) or one document (read whole), and
// becomes batches of items for the tasks.
import { createReadStream, readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { type Issue, isArticleError } from "../error.js";
import { toJson } from "../json/json.js";
import type { Message } from "../message.js";
import { _fileError } from "./_errors.js";
import { _detect, type _Format, _sniffNdjson, FORMATS, NDJSON_EXTENSIONS } from "./formats.js";
import { _lineBatches } from "./lines.js";

/** One unit of work: a document, or one line of a corpus. */
export interface _Item {
  /** The input's name as the user gave it (`-` is `<stdin>`). */
  file: string;
  /** Line number in an NDJSON corpus; 0 for a whole document. */
  line: number;
  text: string;
  /**
   * The format's name (`ndjson` for a corpus line, `article` for an
   * article a streaming reader gave, as JSON).
   */
  format: string;
  /** Messages a streaming reader gave with the article. */
  messages?: Message[];
  /** Why a streaming reader stopped (the file is not well-formed …). */
  issues?: Issue[];
  /** Position of a streamed article in its export (from 0). */
  index?: number;
}

/** An input named on the command line, expanded. */
export interface _Source {
  /** Path, or `-`. */
  path: string;
  /** Size in bytes (undefined for standard input). */
  size: number | undefined;
}

const KNOWN = new Set([...FORMATS.flatMap((format) => format.extensions), ...NDJSON_EXTENSIONS]);

function _walk(directory: string, found: _Source[]): void {
  const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) _walk(path, found);
    else if (entry.isFile() && KNOWN.has(extname(entry.name).toLowerCase())) {
      found.push({ path, size: statSync(path).size });
    }
  }
}

/** Expand the inputs: directories to their files; no input at all is standard input. */
export function _sources(inputs: readonly string[]): _Source[] {
  const found: _Source[] = [];
  for (const input of inputs.length === 0 ? ["-"] : inputs) {
    if (input === "-") {
      found.push({ path: "-", size: undefined });
      continue;
    }
    try {
      const stat = statSync(input);
      if (stat.isDirectory()) _walk(input, found);
      else found.push({ path: input, size: stat.size });
    } catch (error) {
      throw _fileError(error, input) ?? error;
    }
  }
  return found;
}

/** The name of a source in messages. */
export function _name(source: _Source): string {
  return source.path === "-" ? "<stdin>" : source.path;
}

/** Options of {@link _batches}. */
export interface _BatchOptions {
  /** A forced format (`--from`): a format's name or `ndjson`. */
  from?: string | undefined;
  /** Called with the bytes read so far, in all sources. */
  onBytes?: (bytes: number) => void;
  /** Whether to stop reading (Ctrl-C, --fail-fast). */
  stopped?: () => boolean;
  /** Standard input, replaceable in tests. */
  stdin?: AsyncIterable<Buffer | string>;
}

/** The first 64 KiB of a stream, and the chunks after them. */
async function _peek(
  stream: AsyncIterable<Buffer | string>,
): Promise<{ head: Buffer; rest: AsyncIterator<Buffer | string> }> {
  const iterator = stream[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let length = 0;
  while (length < 65_536) {
    const step = await iterator.next();
    if (step.done === true) break;
    const chunk = typeof step.value === "string" ? Buffer.from(step.value) : step.value;
    parts.push(chunk);
    length += chunk.length;
  }
  return { head: Buffer.concat(parts), rest: iterator };
}

async function* _chain(
  head: Buffer,
  rest: AsyncIterator<Buffer | string>,
): AsyncGenerator<Buffer | string> {
  if (head.length > 0) yield head;
  for (;;) {
    const step = await rest.next();
    if (step.done === true) return;
    yield step.value;
  }
}

/** The format of a document when it is read as a stream, else undefined. */
function _streams(path: string, head: string, from: string | undefined): _Format | undefined {
  const format = _detect(path === "-" ? "" : extname(path), head, from);
  return format.stream === undefined ? undefined : format;
}

/** Whether a source is an NDJSON corpus, from the forced format, its extension or its head. */
function _isCorpus(path: string, head: string, from: string | undefined): boolean {
  if (from !== undefined) return from === "ndjson";
  const ext = extname(path).toLowerCase();
  if (NDJSON_EXTENSIONS.includes(ext)) return true;
  return (ext === "" || ext === ".json" || path === "-") && _sniffNdjson(head);
}

/**
 * The items of every source, in batches: an NDJSON corpus line by line (a
 * batch per chunk read), documents a few at a time. Blank lines are skipped
 * (their numbers still count).
 */
export async function* _batches(
  sources: readonly _Source[],
  options: _BatchOptions = {},
): AsyncGenerator<_Item[]> {
  let before = 0;
  let documents: _Item[] = [];
  let documentBytes = 0;
  for (const source of sources) {
    if (options.stopped?.() === true) return;
    const file = _name(source);
    let stream: AsyncIterable<Buffer | string>;
    try {
      stream =
        source.path === "-"
          ? (options.stdin ?? process.stdin)
          : createReadStream(source.path, { highWaterMark: 1 << 20 });
      const { head, rest } = await _peek(stream);
      const headText = head.toString("utf8", 0, Math.min(head.length, 65_536));
      if (_isCorpus(source.path, headText, options.from)) {
        if (documents.length > 0) {
          yield documents;
          documents = [];
        }
        for await (const batch of _lineBatches(_chain(head, rest))) {
          options.onBytes?.(before + batch.bytes);
          const items: _Item[] = [];
          for (let i = 0; i < batch.lines.length; i++) {
            const text = batch.lines[i] as string;
            if (text.trim() === "") continue;
            items.push({ file, line: batch.first + i, text, format: "ndjson" });
          }
          if (items.length > 0) yield items;
          if (options.stopped?.() === true) return;
        }
      } else if (_streams(source.path, headText, options.from) !== undefined) {
        if (documents.length > 0) {
          yield documents;
          documents = [];
          documentBytes = 0;
        }
        const format = _streams(source.path, headText, options.from) as _Format;
        const stream = await (format.stream as NonNullable<_Format["stream"]>)(_chain(head, rest));
        let items: _Item[] = [];
        let index = 0;
        try {
          for await (const chunk of stream) {
            const item: _Item = {
              file,
              line: 0,
              text: chunk.article === undefined ? "" : toJson(chunk.article, { indent: 0 }),
              format: "article",
              messages: [...chunk.messages],
            };
            if (chunk.article !== undefined) item.index = index++;
            items.push(item);
            if (items.length >= 64) {
              yield items;
              items = [];
              if (options.stopped?.() === true) return;
            }
          }
        } catch (error) {
          // A file that is not well-formed, or not this format: reported
          // after the articles read before it, like a bad corpus line.
          if (!isArticleError(error)) throw error;
          items.push({ file, line: 0, text: "", format: "article", issues: error.issues });
        }
        if (items.length > 0) yield items;
        options.onBytes?.(before + (source.size ?? 0));
      } else {
        const chunks: Buffer[] = [head];
        for (;;) {
          const step = await rest.next();
          if (step.done === true) break;
          chunks.push(typeof step.value === "string" ? Buffer.from(step.value) : step.value);
        }
        const text = Buffer.concat(chunks).toString("utf8");
        const format = _detect(
          source.path === "-" ? "" : extname(source.path),
          headText,
          options.from,
        );
        documents.push({ file, line: 0, text, format: format.name });
        documentBytes += text.length;
        options.onBytes?.(before + (source.size ?? text.length));
        if (documents.length >= 16 || documentBytes > 4 << 20) {
          yield documents;
          documents = [];
          documentBytes = 0;
        }
      }
    } catch (error) {
      throw _fileError(error, file) ?? error;
    }
    before += source.size ?? 0;
  }
  if (documents.length > 0) yield documents;
}
