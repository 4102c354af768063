// The sources a streaming importer reads: any async (or sync) iterable of
// chunks, which covers Node's Readable, and a web ReadableStream (whose
// async iteration Node 20 has, but not every runtime: read through its
// reader). Chunks are strings or bytes (Uint8Array, Buffer).
import { _kind } from "../_args.js";

/** A source of chunks: a Node stream, a web `ReadableStream`, or any iterable of chunks. */
export type ChunkSource =
  | AsyncIterable<string | Uint8Array>
  | Iterable<string | Uint8Array>
  | ReadableStream<string | Uint8Array>;

function _isReadableStream(value: object): value is ReadableStream<string | Uint8Array> {
  return typeof (value as { getReader?: unknown }).getReader === "function";
}

async function* _fromReader(
  stream: ReadableStream<string | Uint8Array>,
): AsyncGenerator<string | Uint8Array> {
  const reader = stream.getReader();
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * Check a source and return it as an async iterable of chunks.
 *
 * @param source
 *   What the caller passed.
 * @param fn
 *   Name of the function, for the message.
 * @returns
 *   The chunks.
 */
export function _chunks(source: unknown, fn: string): AsyncIterable<unknown> | Iterable<unknown> {
  if (typeof source === "object" && source !== null) {
    if (_isReadableStream(source)) return _fromReader(source);
    if (Symbol.asyncIterator in source || Symbol.iterator in source) {
      return source as AsyncIterable<unknown> | Iterable<unknown>;
    }
  }
  throw new TypeError(
    `Expected \`source\` of \`${fn}\` to be a stream or an iterable of chunks (string or Uint8Array), found ${typeof source === "string" ? "string (use the non-streaming function)" : _kind(source)}`,
  );
}

/**
 * Check one chunk.
 *
 * @param chunk
 *   A value the source yielded.
 * @param fn
 *   Name of the function, for the message.
 * @returns
 *   The chunk.
 */
export function _chunk(chunk: unknown, fn: string): string | Uint8Array {
  if (typeof chunk === "string" || chunk instanceof Uint8Array) return chunk;
  throw new TypeError(
    `Expected the chunks of \`source\` of \`${fn}\` to be strings or Uint8Arrays, found ${_kind(chunk)}`,
  );
}
