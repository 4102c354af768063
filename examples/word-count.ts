// Count words, estimate a reading time and compute an article's statistics.
// Run with `npx tsx examples/word-count.ts`.
import { type Article, articleStats, countWords, readingTime } from "marginalia";

console.log(countWords("C’est-à-dire : l’atrocité de 98 % des cas 😉")); // 8
console.log(countWords("Voir https://example.org/a-b #motdièse", { tokens: "as-one" })); // 3
console.log(countWords("日本語のテキスト")); // 8
console.log(readingTime("Un texte court, lu en français.", { lang: "fr" }));
// { minutes: 1, seconds: 2, words: 6 }

const article: Article = {
  title: "Un exemple",
  lang: "fr",
  authors: [],
  lead: [{ type: "paragraph", text: "Une introduction de cinq mots." }],
  sections: [
    {
      heading: "Une partie",
      level: 2,
      blocks: [
        { type: "paragraph", text: "Elle dit « bonjour » et part." },
        { type: "image", url: "https://example.org/photo.jpg", caption: "Une photo" },
      ],
    },
  ],
  tags: [],
  comments: [{ id: "c1", author: { name: "Lectrice" }, status: "published", body: [] }],
};
const stats = articleStats(article);
console.log(stats.words.body, stats.wordCount, stats.timeRequired); // 14 14 PT1M
