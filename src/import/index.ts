// The importers of `marginalia/import`, one function per format. Re-exports only.
export type { ChunkSource } from "./_stream.js";
export { fromDisqus, streamDisqus } from "./disqus.js";
export {
  DISQUS_RULE_IDS,
  type DisqusChunk,
  type DisqusMessage,
  type DisqusRuleId,
  type FromDisqusOptions,
  type FromDisqusResult,
} from "./disqus-types.js";
export {
  type FromHackerNewsOptions,
  type FromHackerNewsResult,
  fromHackerNews,
  HACKER_NEWS_RULE_IDS,
  type HackerNewsMessage,
  type HackerNewsRuleId,
} from "./hacker-news.js";
export {
  type FromRedditOptions,
  type FromRedditResult,
  fromReddit,
  REDDIT_RULE_IDS,
  type RedditMessage,
  type RedditRuleId,
} from "./reddit.js";
export { fromWxr, streamWxr } from "./wxr.js";
export {
  type FromWxrOptions,
  type FromWxrResult,
  WXR_RULE_IDS,
  type WxrChunk,
  type WxrMessage,
  type WxrRuleId,
} from "./wxr-types.js";
