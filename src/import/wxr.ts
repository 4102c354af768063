// fromWxr / streamWxr: a WordPress export (WXR 1.0, 1.1, 1.2) → articles
// with their comments. Both feed the one XML path (`_xml.ts`) and the one
// WXR handler (`wxr-read.ts`): whole text at once, or chunk by chunk.
import { _boolean, _checkOptions, _kind } from "../_args.js";
import type { Article } from "../schema/article.js";
import { _chunk, _chunks, type ChunkSource } from "./_stream.js";
import { _xmlFeeder } from "./_xml.js";
import { _wxrReader, type WxrSettings } from "./wxr-read.js";
import type { FromWxrOptions, FromWxrResult, WxrChunk, WxrMessage } from "./wxr-types.js";

const KEYS = ["notes", "postTypes"] as const;

function _settings(options: unknown, fn: string): WxrSettings {
  const checked = _checkOptions(options, fn, KEYS);
  const postTypes = checked.postTypes ?? ["post", "page"];
  if (!Array.isArray(postTypes) || postTypes.some((type) => typeof type !== "string")) {
    throw new TypeError(
      `Cannot use ${_kind(postTypes)} for \`options.postTypes\` of \`${fn}\`, expected an array of strings`,
    );
  }
  return { notes: _boolean(checked, "notes", false, fn), postTypes };
}

function _input(xml: unknown, fn: string): string | Uint8Array {
  if (typeof xml === "string" || xml instanceof Uint8Array) return xml;
  throw new TypeError(
    `Expected \`xml\` of \`${fn}\` to be a string or a Uint8Array, found ${_kind(xml)}`,
  );
}

/**
 * Read a WordPress export (WXR) into articles: posts and pages with their
 * comments, threads and statuses.
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
 *   well-formed; `invalid_value` when the file is not a WordPress export (a
 *   Disqus export, a plain RSS feed).
 * @throws {TypeError}
 *   When `xml` or an option is of the wrong kind.
 */
export function fromWxr(xml: string | Uint8Array, options?: FromWxrOptions): FromWxrResult {
  const settings = _settings(options, "fromWxr");
  const input = _input(xml, "fromWxr");
  const articles: Article[] = [];
  const messages: WxrMessage[] = [];
  const reader = _wxrReader(settings, (article, found) => {
    if (article !== undefined) articles.push(article);
    for (const message of found) messages.push(message);
  });
  const feeder = _xmlFeeder(reader.handler);
  feeder.write(input);
  feeder.close();
  reader.finish();
  return { articles, messages };
}

/**
 * Read a WordPress export from a stream, yielding each article as soon as
 * its item ends (memory follows one item, not the file).
 *
 * @param source
 *   Chunks of the export (strings or bytes): a Node `Readable`, a web
 *   `ReadableStream`, or any (async) iterable.
 * @param options
 *   Configuration (optional), as for {@link fromWxr}.
 * @returns
 *   An async iterable of `{ article, messages }` (`article` is `undefined`
 *   when the messages concern the file or an item left out).
 * @throws {ArticleError}
 *   While iterating, as {@link fromWxr} throws.
 * @throws {TypeError}
 *   When `source` or an option is of the wrong kind.
 */
export function streamWxr(source: ChunkSource, options?: FromWxrOptions): AsyncGenerator<WxrChunk> {
  const settings = _settings(options, "streamWxr");
  const chunks = _chunks(source, "streamWxr");
  return _stream(chunks, settings);
}

async function* _stream(
  chunks: AsyncIterable<unknown> | Iterable<unknown>,
  settings: WxrSettings,
): AsyncGenerator<WxrChunk> {
  let ready: WxrChunk[] = [];
  const reader = _wxrReader(settings, (article, messages) => {
    ready.push({ article, messages });
  });
  const feeder = _xmlFeeder(reader.handler);
  for await (const chunk of chunks) {
    feeder.write(_chunk(chunk, "streamWxr"));
    if (ready.length > 0) {
      const out = ready;
      ready = [];
      yield* out;
    }
  }
  feeder.close();
  reader.finish();
  yield* ready;
}
