// The corpora of bench/dedup.bench.ts, shared with side-by-side comparisons
// (old code against new on the same texts): a labelled corpus of comments
// (originals, exact and near duplicates, hard negatives), and comments drawn
// from a 16-word vocabulary (issue 11, item 9).
import type { Comment } from "../src/index.js";

export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let t = state ^ (state >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return ((t ^ (t >>> 15)) >>> 0) / 4294967296;
  };
}

const FR =
  "le la les un une des du de et mais donc car pour sans avec chez vers sur sous dans nous vous ils elles on je tu site réseau fichier partage serveur justice loi procès juge avocat ministre gouvernement internaute musique film série vidéo culture auteur droit liberté censure fermeture plainte collectif débat réaction semaine année matin soir demain hier toujours jamais souvent vraiment enfin payer télécharger regarder comprendre fermer bloquer ouvrir lire écrire attendre penser croire savoir vouloir pouvoir légal illégal rapide lent cher gratuit nouveau ancien grand petit".split(
    " ",
  );
const EN =
  "the a an and but so because for without with at toward on under in we you they one i site network file sharing server court law trial judge lawyer minister government user music film series video culture author right freedom censorship closure complaint group debate reaction week year morning evening tomorrow yesterday always never often really finally pay download watch understand close block open read write wait think believe know want can legal illegal fast slow expensive free new old big small".split(
    " ",
  );
const NAMES =
  "Alice Bruno Chloé David Emma Farid Gaëlle Hugo Inès Julien Karim Léa Marc Nadia Olivier Pauline Quentin Rachid Sophie Thomas Ursula Victor William Xavier Yasmine Zoé Arthur Bérénice Camille Denis".split(
    " ",
  );
const CITIES =
  "Paris Lyon Marseille Lille Nantes Rennes Bordeaux Toulouse Nice Grenoble Dijon Brest Tours Metz Reims Amiens Limoges Nancy Angers Caen London Leeds Bristol Dublin Boston Denver Austin Seattle Toronto Montréal".split(
    " ",
  );
const ITEMS =
  "films séries albums livres photos logiciels jeux documentaires concerts podcasts films cartoons records novels pictures programs games documentaries shows podcasts".split(
    " ",
  );
const MONTHS =
  "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(" ");

const TEMPLATES: ((pick: () => string, n: () => number) => string)[] = [
  (p, n) =>
    `Le ${(n() % 28) + 1} ${p()} ${(n() % 30) + 1990}, ${p()} de ${p()} a perdu ${n()} fichiers et ${n()} euros d'abonnement ; ${p()} de ${p()} dit avoir perdu ${n()} ${p()} au total.`,
  (p, n) =>
    `Moi, ${p()}, ${(n() % 60) + 18} ans, de ${p()} : j'avais ${n()} ${p()} stockés là-bas et ${n()} Go de ${p()} partagés avec ${p()} et ${p()} depuis ${(n() % 30) + 1990}.`,
  (p, n) =>
    `On ${p()} ${(n() % 28) + 1}, ${p()} from ${p()} lost ${n()} files and ${n()} dollars of subscription; ${p()} from ${p()} says ${n()} ${p()} are gone for good.`,
  (p, n) =>
    `I am ${p()}, ${(n() % 60) + 18}, living in ${p()}: I had ${n()} ${p()} stored there and ${n()} GB of ${p()} shared with ${p()} and ${p()} since ${(n() % 30) + 1990}.`,
];
const TEMPLATE_SLOTS: string[][][] = [
  [MONTHS, NAMES, CITIES, NAMES, CITIES, ITEMS],
  [NAMES, CITIES, ITEMS, ITEMS, NAMES, NAMES],
  [MONTHS, NAMES, CITIES, NAMES, CITIES, ITEMS],
  [NAMES, CITIES, ITEMS, ITEMS, NAMES, NAMES],
];

export type Kind =
  | "original"
  | "exact"
  | "word-1"
  | "word-2"
  | "word-3"
  | "typos"
  | "reorder"
  | "negative";

function sentence(next: () => number, words: string[]): string {
  const length = 8 + Math.floor(next() * 6);
  const parts: string[] = [];
  for (let i = 0; i < length; i++) parts.push(words[Math.floor(next() * words.length)] as string);
  const text = parts.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function original(next: () => number): string {
  const words = next() < 0.5 ? FR : EN;
  const sentences: string[] = [];
  let length = 0;
  while (length < 190) {
    const s = sentence(next, words);
    sentences.push(s);
    length += s.length + 1;
  }
  return sentences.join(" ");
}

function exactVariant(text: string, next: () => number): string {
  switch (Math.floor(next() * 4)) {
    case 0:
      return text.toUpperCase();
    case 1:
      return `  ${text.replaceAll(" ", "  ").replace(" ", "\u00a0")}\n`;
    case 2:
      return text.replaceAll("e", "e\u200b").replaceAll("'", "’");
    default:
      return text.toLowerCase().replaceAll(". ", ".\n");
  }
}

function wordEdits(text: string, next: () => number, edits: number): string {
  const words = text.split(" ");
  const vocabulary = /[éèàç]/.test(text) ? FR : EN;
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * words.length);
    const op = next();
    const word = vocabulary[Math.floor(next() * vocabulary.length)] as string;
    if (op < 0.5) words[at] = word;
    else if (op < 0.75 && words.length > 3) words.splice(at, 1);
    else words.splice(at, 0, word);
  }
  return words.join(" ");
}

function typos(text: string, next: () => number): string {
  let result = text;
  const count = 1 + Math.floor(next() * 3);
  for (let t = 0; t < count; t++) {
    const at = 1 + Math.floor(next() * (result.length - 2));
    const op = next();
    if (op < 0.34)
      result =
        result.slice(0, at) + result.charAt(at + 1) + result.charAt(at) + result.slice(at + 2);
    else if (op < 0.67) result = result.slice(0, at) + result.slice(at + 1);
    else result = result.slice(0, at) + result.charAt(at) + result.slice(at);
  }
  return result;
}

function reorder(text: string, next: () => number): string {
  const sentences = text.split(". ");
  if (sentences.length < 2) return text;
  const at = Math.floor(next() * (sentences.length - 1));
  const a = sentences[at] as string;
  sentences[at] = (sentences[at + 1] as string).replace(/\.$/, "");
  sentences[at + 1] = a;
  let result = sentences.join(". ");
  if (!result.endsWith(".")) result += ".";
  return result;
}

export interface Corpus {
  texts: string[];
  group: Int32Array;
  kind: Kind[];
  /** Groups whose members are duplicates of one another. */
  positive: Set<number>;
}

export function makeCorpus(size: number, seed: number): Corpus {
  const next = random(seed);
  const rows: { text: string; group: number; kind: Kind }[] = [];
  const positive = new Set<number>();
  let group = 0;
  while (rows.length < size) {
    const roll = next();
    group++;
    if (roll < 0.5) {
      rows.push({ text: original(next), group, kind: "original" });
    } else if (roll < 0.8) {
      positive.add(group);
      const text = original(next);
      rows.push({ text, group, kind: "original" });
      const copies = 1 + Math.floor(next() * 3);
      for (let c = 0; c < copies; c++) {
        const pick = next();
        if (pick < 0.25) rows.push({ text: exactVariant(text, next), group, kind: "exact" });
        else if (pick < 0.65) {
          const edits = 1 + Math.floor(next() * 3);
          rows.push({ text: wordEdits(text, next, edits), group, kind: `word-${edits}` as Kind });
        } else if (pick < 0.85) rows.push({ text: typos(text, next), group, kind: "typos" });
        else rows.push({ text: reorder(text, next), group, kind: "reorder" });
      }
    } else {
      const template = Math.floor(next() * TEMPLATES.length);
      const fills = 3 + Math.floor(next() * 4);
      for (let f = 0; f < fills; f++) {
        const slots = TEMPLATE_SLOTS[template] as string[][];
        let slot = 0;
        const pick = () => {
          const list = slots[slot++ % slots.length] as string[];
          return list[Math.floor(next() * list.length)] as string;
        };
        const number = () => 2 + Math.floor(next() * 9000);
        rows.push({
          text: (TEMPLATES[template] as (typeof TEMPLATES)[number])(pick, number),
          group,
          kind: "negative",
        });
        group++;
      }
    }
  }
  rows.length = size;
  // Shuffle (Fisher–Yates), deterministically.
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const swap = rows[i] as (typeof rows)[number];
    rows[i] = rows[j] as (typeof rows)[number];
    rows[j] = swap;
  }
  return {
    texts: rows.map((row) => row.text),
    group: Int32Array.from(rows.map((row) => row.group)),
    kind: rows.map((row) => row.kind),
    positive,
  };
}

const SMALL = "the cat sat on a mat and then dog ran by it was not so bad".split(" ");
export function smallVocabulary(count: number, seed: number): Comment[] {
  const next = random(seed);
  const list: Comment[] = new Array(count);
  for (let index = 0; index < count; index++) {
    const length = 8 + Math.floor(next() * 20);
    const words: string[] = [];
    for (let at = 0; at < length; at++) words.push(SMALL[Math.floor(next() * 16)] as string);
    list[index] = {
      id: `s${index}`,
      author: { name: `reader ${index}` },
      status: "published",
      body: [{ type: "paragraph", text: words.join(" ") }],
    };
  }
  return list;
}
