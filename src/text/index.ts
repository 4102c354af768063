// Page text: the text rendering of an article page, read and written.
export {
  type FromTextOptions,
  type FromTextResult,
  fromText,
  safeFromText,
} from "./from-text.js";
export type { TextMessage, TextRuleId } from "./messages.js";
export { type ToTextOptions, toText } from "./to-text.js";
export { TEXT_LANGUAGES, VOCABULARIES, type Vocabulary } from "./vocabulary.js";
