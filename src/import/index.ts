// The importers of `marginalia/import`, one function per format. Re-exports only.
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
