// Known embeds: the providers whose iframes and blockquotes become `Embed`
// blocks. Data, one row per provider.
import type { Element } from "hast";
import type { Embed } from "../../schema/block.js";
import { _absolute, _attr, _hasClass, _text } from "../_dom.js";

/** Iframe hosts of known providers. */
const PROVIDERS: readonly [provider: string, host: RegExp][] = [
  ["youtube", /(?:^|\.)(?:youtube\.com|youtube-nocookie\.com|youtu\.be)$/],
  ["vimeo", /(?:^|\.)vimeo\.com$/],
  ["dailymotion", /(?:^|\.)(?:dailymotion\.com|dai\.ly)$/],
  ["instagram", /(?:^|\.)instagram\.com$/],
  ["tiktok", /(?:^|\.)tiktok\.com$/],
  ["facebook", /(?:^|\.)facebook\.com$/],
  ["soundcloud", /(?:^|\.)soundcloud\.com$/],
  ["spotify", /(?:^|\.)spotify\.com$/],
  ["twitter", /(?:^|\.)(?:twitter\.com|x\.com)$/],
];

/** Blockquote classes of known providers. */
const QUOTES: readonly [provider: string, className: string][] = [
  ["twitter", "twitter-tweet"],
  ["instagram", "instagram-media"],
  ["tiktok", "tiktok-embed"],
];

/**
 * The provider of a URL's host, if known.
 *
 * @param url
 *   Absolute URL.
 * @returns
 *   Provider name or `undefined`.
 */
export function _provider(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  for (const [provider, pattern] of PROVIDERS) if (pattern.test(host)) return provider;
  return undefined;
}

/**
 * Read an iframe as an embed of a known provider.
 *
 * @param node
 *   `iframe` element.
 * @param base
 *   Base URL.
 * @returns
 *   The embed, or `undefined` when the provider is unknown.
 */
export function _iframeEmbed(node: Element, base: string | undefined): Embed | undefined {
  const url = _absolute(_attr(node, "src") ?? _attr(node, "dataSrc"), base);
  if (url === undefined) return undefined;
  const provider = _provider(url);
  if (provider === undefined) return undefined;
  return { type: "embed", provider, url };
}

/**
 * Read a blockquote made by an embed script (tweets, Instagram posts).
 *
 * @param node
 *   `blockquote` element.
 * @param base
 *   Base URL.
 * @returns
 *   The embed, or `undefined` when it is an ordinary quotation.
 */
export function _quoteEmbed(node: Element, base: string | undefined): Embed | undefined {
  for (const [provider, className] of QUOTES) {
    if (!_hasClass(node, className)) continue;
    const embed: Embed = { type: "embed", provider };
    // The post's address is the last link (tweets: the date link).
    let url: string | undefined;
    const stack: Element[] = [node];
    while (stack.length > 0) {
      const item = stack.pop() as Element;
      if (item.tagName === "a") {
        const href = _absolute(_attr(item, "href"), base);
        if (href !== undefined && _provider(href) === provider) url = href;
      }
      for (let index = item.children.length - 1; index >= 0; index--) {
        const child = item.children[index];
        if (child?.type === "element") stack.push(child);
      }
    }
    const permalink = _absolute(_attr(node, "dataInstgrmPermalink") ?? _attr(node, "cite"), base);
    if (permalink !== undefined) url = permalink;
    if (url !== undefined) embed.url = url;
    const text = _text(node);
    if (text !== "") embed.text = text;
    return embed;
  }
  return undefined;
}
