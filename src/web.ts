// The entry `marginalia/web`: the formats the web reads. schema.org JSON-LD
// (out and back), ActivityStreams 2.0, JSON Feed 1.1 (out and back) and
// Atom 1.0 with threading. Kept apart from the root entry so that a bundle
// importing `countWords` carries none of them. Re-exports only.
export { toActivityStreams } from "./web/activity-streams.js";
export { toAtom } from "./web/atom.js";
export { fromJsonLd } from "./web/from-json-ld.js";
export { fromJsonFeed, toJsonFeed } from "./web/json-feed.js";
export { toJsonLd, toJsonLdScript } from "./web/json-ld.js";
export type {
  AtomFeedInfo,
  AtomMessage,
  AtomRuleId,
  FromJsonFeedResult,
  FromJsonLdOptions,
  FromJsonLdResult,
  JsonFeedInfo,
  JsonFeedMessage,
  JsonFeedRuleId,
  JsonLdMessage,
  JsonLdRuleId,
  JsonLdType,
  ToActivityStreamsOptions,
  ToAtomResult,
  ToJsonLdOptions,
  WebCommentStatus,
} from "./web/types.js";
