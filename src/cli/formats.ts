// The input formats of the command line, as a table: each says which file
// extensions are its own, how to recognise its content, and how to read it
// (loading its reader only when needed). Detection tries the extension
// first, then the content, in table order.
import type { Message } from "../message.js";
import type { Article } from "../schema/index.js";

/** Options the readers take (`--lang`, `--url`, `--now`). */
export interface _ReadOptions {
  lang?: string | undefined;
  url?: string | undefined;
  now?: string | undefined;
}

/** What a reader gives: articles and messages. */
export interface _Read {
  articles: Article[];
  messages: Message[];
}

/** One input format. */
export interface _Format {
  name: string;
  /** What it is, for `--help`. */
  label: string;
  /** Extensions (with the dot) that name it, possibly shared with others (then `sniff` decides). */
  extensions: readonly string[];
  /** Whether the start of a text (up to 64 KiB) is in this format. */
  sniff: (head: string) => boolean;
  read: (text: string, options: _ReadOptions) => Promise<_Read>;
  /**
   * Read from chunks, article by article (exports of hundreds of MB):
   * memory follows one article, not the file. Used instead of `read` when present.
   */
  stream?: (
    chunks: AsyncIterable<Buffer | string>,
  ) => Promise<AsyncIterable<{ article?: Article | undefined; messages: readonly Message[] }>>;
}

function _single(result: { article: Article; messages: readonly Message[] }): _Read {
  return { articles: [result.article], messages: [...result.messages] };
}

function _many(result: { articles: Article[]; messages: readonly Message[] }): _Read {
  return { articles: result.articles, messages: [...result.messages] };
}

/** The first character that is not white space (or a byte order mark). */
function _start(head: string): string {
  const match = /^[\s\ufeff]*(\S)/.exec(head);
  return match?.[1] ?? "";
}

const XML_START = /^[\s\ufeff]*<\?xml/;

/**
 * The formats, in the order content is tested. The exports (WXR, Disqus,
 * Reddit, Hacker News) come first: their content is also XML or JSON.
 */
export const FORMATS: readonly _Format[] = [
  {
    name: "wxr",
    label: "WordPress export (WXR), read as a stream",
    extensions: [".xml", ".wxr"],
    sniff: (head) =>
      /^[\s\ufeff]*</.test(head) && /xmlns:wp="https?:\/\/wordpress\.org\/export\//.test(head),
    read: async (text) => _many((await import("../import.js")).fromWxr(text)),
    stream: async (chunks) => (await import("../import.js")).streamWxr(chunks),
  },
  {
    name: "disqus",
    label: "Disqus export (XML), read as a stream",
    extensions: [".xml"],
    sniff: (head) => /^[\s\ufeff]*</.test(head) && /<disqus[\s>]/.test(head),
    read: async (text) => _many((await import("../import.js")).fromDisqus(text)),
    stream: async (chunks) => (await import("../import.js")).streamDisqus(chunks),
  },
  {
    name: "reddit",
    label: "Reddit comments page JSON (the post and the comments Listings)",
    extensions: [".json"],
    sniff: (head) => _start(head) === "[" && /"kind"\s*:\s*"Listing"/.test(head),
    read: async (text) => _single((await import("../import.js")).fromReddit(text)),
  },
  {
    name: "hackernews",
    label: "Hacker News story JSON (Algolia items tree, or Firebase items)",
    extensions: [".json"],
    sniff: (head) =>
      (_start(head) === "{" || _start(head) === "[") &&
      /"type"\s*:\s*"story"/.test(head) &&
      /"(children|kids|by|author)"\s*:/.test(head),
    read: async (text) => _single((await import("../import.js")).fromHackerNews(text)),
  },
  {
    name: "jsonld",
    label: "schema.org JSON-LD",
    extensions: [".jsonld", ".json"],
    sniff: (head) => _start(head) === "{" && /"@context"\s*:\s*"https?:\/\/schema\.org/.test(head),
    read: async (text) => _single((await import("../web.js")).fromJsonLd(text)),
  },
  {
    name: "jsonfeed",
    label: "JSON Feed 1.1",
    extensions: [".json"],
    sniff: (head) =>
      _start(head) === "{" && /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//.test(head),
    read: async (text) => _many((await import("../web.js")).fromJsonFeed(text)),
  },
  {
    name: "json",
    label: "an article as JSON (the model)",
    extensions: [".json"],
    sniff: (head) => _start(head) === "{",
    read: async (text) => ({
      articles: [(await import("../index.js")).fromJson(text)],
      messages: [],
    }),
  },
  {
    name: "html",
    label: "an article page's HTML",
    extensions: [".html", ".htm", ".xhtml"],
    sniff: (head) => _start(head) === "<" && !XML_START.test(head),
    read: async (text, options) => {
      const { fromHtml } = await import("../html.js");
      return _single(
        fromHtml(text, {
          ...(options.lang === undefined ? {} : { lang: options.lang }),
          ...(options.now === undefined ? {} : { now: options.now }),
          ...(options.url === undefined ? {} : { url: options.url }),
        }),
      );
    },
  },
  {
    name: "markdown",
    label: "Markdown with YAML front matter",
    extensions: [".md", ".markdown", ".mdown"],
    sniff: (head) => /^\ufeff?---\r?\n/.test(head) || /^[\s\ufeff]*# \S/.test(head),
    read: async (text) => _single((await import("../markdown.js")).fromMarkdown(text)),
  },
  {
    name: "text",
    label: "an article page's text (as browsers, w3m or lynx render it)",
    extensions: [".txt", ".text"],
    sniff: () => true,
    read: async (text, options) => {
      const { fromText } = await import("../index.js");
      return _single(
        fromText(text, {
          ...(options.lang === undefined ? {} : { lang: options.lang }),
          ...(options.now === undefined ? {} : { now: options.now }),
        }),
      );
    },
  },
];

/** Extensions of NDJSON corpora (one article per line). */
export const NDJSON_EXTENSIONS: readonly string[] = [".ndjson", ".jsonl"];

/** Whether the start of a text looks like NDJSON: a whole JSON object on its first line, and another line after it. */
export function _sniffNdjson(head: string): boolean {
  const text = head.replace(/^\ufeff/, "");
  if (_start(text) !== "{") return false;
  const end = text.indexOf("\n");
  if (end === -1) return false;
  const rest = text.slice(end + 1).trimStart();
  if (!rest.startsWith("{")) return false;
  try {
    JSON.parse(text.slice(0, end));
    return true;
  } catch {
    return false;
  }
}

/** Find a format by name. */
export function _format(name: string): _Format | undefined {
  return FORMATS.find((format) => format.name === name);
}

/**
 * The format of an input: the forced one, else the formats that claim its
 * extension (the first whose content matches, or the first of them), else
 * the first whose content matches.
 */
export function _detect(extension: string, head: string, forced?: string): _Format {
  if (forced !== undefined) {
    const format = _format(forced);
    if (format !== undefined) return format;
  }
  const ext = extension.toLowerCase();
  const claiming = FORMATS.filter((format) => format.extensions.includes(ext));
  if (claiming.length > 0)
    return claiming.find((format) => format.sniff(head)) ?? (claiming[0] as _Format);
  return FORMATS.find((format) => format.sniff(head)) ?? (FORMATS[FORMATS.length - 1] as _Format);
}
