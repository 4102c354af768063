// NDJSON, line by line: chunks of bytes split at line feeds, decoded one
// line at a time, so that memory holds a chunk, never the corpus. A line may
// end with CR LF; a first line may start with a byte order mark.
import { closeSync, openSync, readSync } from "node:fs";

/** Lines of one chunk: their texts (blank ones included), the number of the first, bytes read so far. */
export interface _LineBatch {
  lines: string[];
  first: number;
  bytes: number;
}

function _decode(buffer: Buffer, start: number, end: number, number: number): string {
  let stop = end;
  if (stop > start && buffer[stop - 1] === 0x0d) stop--;
  let text = buffer.toString("utf8", start, stop);
  if (number === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/**
 * Split a stream of chunks into batches of whole lines (one batch per chunk
 * that ends a line), numbered from 1. A last line without a line feed counts.
 */
export async function* _lineBatches(
  chunks: AsyncIterable<Buffer | string>,
): AsyncGenerator<_LineBatch> {
  let rest: Buffer | undefined;
  let number = 1;
  let bytes = 0;
  for await (const piece of chunks) {
    const chunk = typeof piece === "string" ? Buffer.from(piece) : piece;
    bytes += chunk.length;
    const buffer = rest === undefined ? chunk : Buffer.concat([rest, chunk]);
    const lines: string[] = [];
    const first = number;
    let start = 0;
    for (;;) {
      const end = buffer.indexOf(0x0a, start);
      if (end === -1) break;
      lines.push(_decode(buffer, start, end, number++));
      start = end + 1;
    }
    rest = start < buffer.length ? buffer.subarray(start) : undefined;
    // A chunk that ends no line is carried over whole (a copy, not a view of a reused buffer).
    if (rest !== undefined && start === 0) rest = Buffer.from(rest);
    if (lines.length > 0) yield { lines, first, bytes: bytes - (rest?.length ?? 0) };
  }
  if (rest !== undefined && rest.length > 0) {
    yield { lines: [_decode(rest, 0, rest.length, number)], first: number, bytes };
  }
}

/** Lines of a file, read synchronously (for a consumer that pulls, such as `findNearDuplicates`). */
export function* _linesSync(path: string): Generator<string> {
  const fd = openSync(path, "r");
  try {
    const chunk = Buffer.alloc(1 << 20);
    let rest: Buffer | undefined;
    let number = 1;
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      const fresh = chunk.subarray(0, read);
      const buffer = rest === undefined ? fresh : Buffer.concat([rest, fresh]);
      let start = 0;
      for (;;) {
        const end = buffer.indexOf(0x0a, start);
        if (end === -1) break;
        yield _decode(buffer, start, end, number++);
        start = end + 1;
      }
      // The chunk is reused: keep a copy of what is left.
      rest = start < buffer.length ? Buffer.from(buffer.subarray(start)) : undefined;
    }
    if (rest !== undefined && rest.length > 0) yield _decode(rest, 0, rest.length, number);
  } finally {
    closeSync(fd);
  }
}
