// A realistic article of our own, generated deterministically: French and
// English prose with quotes, links and emphasis, sections, images, embeds,
// tags, and threaded comments. Used by the benchmarks.
import type { Article, Block, Comment, Mark, Paragraph } from "../src/index.js";

const WORDS_FR =
  "le la les un une des de du et à en pour sur dans avec sans que qui quoi dont où ce cette ces son sa ses leur nous vous ils elles on site réseau internautes gouvernement loi serveur fichier partage culture auteur droit musique film vidéo justice plainte fermeture page commentaire réaction communiqué ministre collectif riposte débat censure liberté aujourd’hui c’est-à-dire l’été d’autant qu’il n’est".split(
    " ",
  );
const WORDS_EN =
  "the a an of and to in for on with without that which who what where this these its their we you they one site network users government law server file sharing culture author right music film video court complaint closure page comment reaction statement minister group response debate censorship freedom don't it's we're".split(
    " ",
  );

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number, words: string[], length: number): string {
  const parts: string[] = [];
  for (let index = 0; index < length; index++) {
    parts.push(words[Math.floor(next() * words.length)] as string);
  }
  const text = parts.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number, french: boolean, sentences: number): Paragraph {
  const words = french ? WORDS_FR : WORDS_EN;
  const parts: string[] = [];
  for (let index = 0; index < sentences; index++)
    parts.push(sentence(next, words, 8 + Math.floor(next() * 14)));
  let text = parts.join(" ");
  const marks: Mark[] = [];
  if (next() < 0.5) {
    const quote = french ? `« ${sentence(next, words, 6)} »` : `“${sentence(next, words, 6)}”`;
    marks.push({ type: "quote", start: text.length + 1, end: text.length + 1 + quote.length });
    text = `${text} ${quote}`;
  }
  if (next() < 0.4) {
    marks.push({ type: "link", start: 0, end: 5, url: "https://example.org/article?id=42" });
  }
  if (next() < 0.3) marks.push({ type: "emphasis", start: 10, end: 20 });
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  return marks.length > 0 ? { type: "paragraph", text, marks } : { type: "paragraph", text };
}

/**
 * Build an article of about `bytes` bytes of JSON with `comments` comments.
 */
export function makeArticle(
  options: { seed?: number; sections?: number; comments?: number } = {},
): Article {
  const next = random(options.seed ?? 1);
  const french = true;
  const sectionCount = options.sections ?? 8;
  const commentCount = options.comments ?? 120;
  const lead: Block[] = [paragraph(next, french, 4)];
  const sections = [];
  for (let index = 0; index < sectionCount; index++) {
    const blocks: Block[] = [];
    for (let count = 0; count < 5; count++)
      blocks.push(paragraph(next, french, 3 + Math.floor(next() * 4)));
    if (index % 3 === 0) {
      blocks.push({
        type: "image",
        url: `https://example.org/images/photo-${index}.jpg`,
        caption: sentence(next, WORDS_FR, 6),
        credit: "Studio Exemple",
      });
    }
    if (index % 4 === 1)
      blocks.push({
        type: "embed",
        provider: "twitter",
        url: "https://twitter.com/example/status/1",
        text: sentence(next, WORDS_FR, 10),
      });
    if (index % 4 === 2)
      blocks.push({
        type: "quote",
        blocks: [paragraph(next, french, 2)],
        attribution: "Une porte-parole",
      });
    sections.push({
      heading: sentence(next, WORDS_FR, 5),
      level: (index % 3 === 2 ? 3 : 2) as 2 | 3,
      blocks,
    });
  }
  const comments: Comment[] = [];
  for (let index = 0; index < commentCount; index++) {
    const comment: Comment = {
      id: `c${index + 1}`,
      author: { name: `Lecteur ${index % 37}` },
      publishedAt: `2012-01-${String(1 + (index % 28)).padStart(2, "0")}T10:${String(index % 60).padStart(2, "0")}:00+01:00`,
      status: "published",
      body: [paragraph(next, next() < 0.7, 1 + Math.floor(next() * 2))],
    };
    if (index > 0 && next() < 0.4) comment.parentId = `c${1 + Math.floor(next() * index)}`;
    comments.push(comment);
  }
  return {
    title: "Le partage de fichiers devant la justice : ce qui change",
    lang: "fr",
    url: "https://example.org/2012/01/partage",
    authors: [{ name: "Camille Exemple", url: "https://example.org/auteurs/camille" }],
    publishedAt: "2012-01-20T10:15:00+01:00",
    site: { name: "Exemple", url: "https://example.org/" },
    lead,
    sections,
    tags: [
      { name: "Justice", slug: "justice" },
      { name: "Partage", slug: "partage" },
    ],
    comments,
    commentCount,
  };
}
