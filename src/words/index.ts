// Word counts, reading time and article statistics.
export { type CountWordsOptions, countWords } from "./count.js";
export { type ReadingTime, type ReadingTimeOptions, readingTime } from "./reading-time.js";
export { type ArticleStats, articleStats, type CommentWords, type SectionWords } from "./stats.js";
