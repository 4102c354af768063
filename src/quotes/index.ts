// Quotations: finding them in a paragraph, listing them in an article.
export { type ExtractedQuote, extractQuotes } from "./extract.js";
export { type FoundQuotes, findQuotes, type QuoteProblem } from "./find.js";
