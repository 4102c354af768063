// Comment threads and the section outline: views computed from the flat model.
export {
  type BuildThreadOptions,
  type BuiltThread,
  buildThread,
  type Repair,
  type ThreadNode,
} from "./build.js";
export { type CommentCounts, commentCounts } from "./counts.js";
export { flattenThread } from "./flatten.js";
export { type OutlineNode, outline } from "./outline.js";
export { type SortThreadOptions, sortThread } from "./sort.js";
export { type ThreadStats, threadStats } from "./stats.js";
export { type WalkAction, walkThread } from "./walk.js";
