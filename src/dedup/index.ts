// Duplicate comments and near-duplicate documents.

export {
  type ArticleCopy,
  type CommentDuplicate,
  type DedupeOptions,
  type DedupeResult,
  dedupeComments,
} from "./dedupe.js";
export {
  estimateSimilarity,
  type MinHashOptions,
  type MinHashSignature,
  minhashSignature,
} from "./minhash.js";
export {
  findNearDuplicates,
  type NearDuplicate,
  type NearDuplicateDocument,
  type NearDuplicateOptions,
  type NearDuplicateResult,
} from "./near.js";
export { normalizeText } from "./normalize.js";
