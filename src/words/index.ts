// Word counts, reading time and article statistics.
export { type CountWordsOptions, countWords } from "./count.js";
