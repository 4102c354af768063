// fromDisqus / streamDisqus: a Disqus export → one article per thread with
// its posts as comments. Both feed the one XML path (`_xml.ts`) and the one
// Disqus handler (`disqus-read.ts`): whole text at once, or chunk by chunk.
import { _checkOptions, _kind, _oneOf } from "../_args.js";
import type { Article } from "../schema/article.js";
import { _chunk, _chunks, type ChunkSource } from "./_stream.js";
import { _xmlFeeder } from "./_xml.js";
import { _disqusReader, type DisqusSettings } from "./disqus-read.js";
import type {
  DisqusChunk,
  DisqusMessage,
  FromDisqusOptions,
  FromDisqusResult,
} from "./disqus-types.js";

const KEYS = ["deletedThreads"] as const;

function _settings(options: unknown, fn: string): DisqusSettings {
  const checked = _checkOptions(options, fn, KEYS);
  return { deletedThreads: _oneOf(checked, "deletedThreads", ["keep", "skip"], "keep", fn) };
}

/**
 * Read a Disqus export into articles: one per thread, its posts as
 * comments with their replies, deletions and spam.
 *
 * @param xml
 *   The export: text, or its bytes (UTF-8 unless the XML declaration names
 *   another encoding).
 * @param options
 *   Configuration (optional).
 * @returns
 *   `{ articles, messages }`.
 * @throws {ArticleError}
 *   `invalid_syntax` with the line and column where the XML is not
 *   well-formed; `invalid_value` when the file is not a Disqus export (a
 *   WordPress export, say).
 * @throws {TypeError}
 *   When `xml` or an option is of the wrong kind.
 */
export function fromDisqus(
  xml: string | Uint8Array,
  options?: FromDisqusOptions,
): FromDisqusResult {
  const settings = _settings(options, "fromDisqus");
  if (typeof xml !== "string" && !(xml instanceof Uint8Array)) {
    throw new TypeError(
      `Expected \`xml\` of \`fromDisqus\` to be a string or a Uint8Array, found ${_kind(xml)}`,
    );
  }
  const articles: Article[] = [];
  const messages: DisqusMessage[] = [];
  const reader = _disqusReader(settings);
  const feeder = _xmlFeeder(reader.handler);
  feeder.write(xml);
  feeder.close();
  for (const chunk of reader.finish()) {
    if (chunk.article !== undefined) articles.push(chunk.article);
    for (const message of chunk.messages) messages.push(message);
  }
  return { articles, messages };
}

/**
 * Read a Disqus export from a stream. Posts may come before their thread,
 * so articles are yielded once the input ends; memory follows the number of
 * comments, never the size of the XML.
 *
 * @param source
 *   Chunks of the export (strings or bytes): a Node `Readable`, a web
 *   `ReadableStream`, or any (async) iterable.
 * @param options
 *   Configuration (optional), as for {@link fromDisqus}.
 * @returns
 *   An async iterable of `{ article, messages }` (`article` is `undefined`
 *   when the messages concern the file or posts left out).
 * @throws {ArticleError}
 *   While iterating, as {@link fromDisqus} throws.
 * @throws {TypeError}
 *   When `source` or an option is of the wrong kind.
 */
export function streamDisqus(
  source: ChunkSource,
  options?: FromDisqusOptions,
): AsyncGenerator<DisqusChunk> {
  const settings = _settings(options, "streamDisqus");
  const chunks = _chunks(source, "streamDisqus");
  return _stream(chunks, settings);
}

async function* _stream(
  chunks: AsyncIterable<unknown> | Iterable<unknown>,
  settings: DisqusSettings,
): AsyncGenerator<DisqusChunk> {
  const reader = _disqusReader(settings);
  const feeder = _xmlFeeder(reader.handler);
  for await (const chunk of chunks) {
    feeder.write(_chunk(chunk, "streamDisqus"));
  }
  feeder.close();
  // Each article is made when the consumer asks for it.
  yield* reader.finish();
}
