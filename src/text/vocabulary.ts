import type { Tag } from "../schema/tag.js";
import { GERMAN } from "./_vocab/de.js";
import { ENGLISH } from "./_vocab/en.js";
import { SPANISH } from "./_vocab/es.js";
import { FRENCH } from "./_vocab/fr.js";

/**
 * Words and phrases of one language, as page text shows them. All entries
 * are written in their folded form: lower case, one space between words,
 * `'` for the apostrophe, and no space before `:`, `;`, `!` or `?` (so that
 * "Sujets liés :" and "Sujets liés:" both fold to `sujets liés:`).
 *
 * To add a language, write its table in `src/text/_vocab/<lang>.ts` with
 * the same fields and add it to {@link VOCABULARIES} (see
 * docs/design/text-languages.md); the reader tries every language's lines, and the language found
 * in the text (or `options.lang`) picks the numeric date order and the
 * words `toText` writes.
 */
export interface Vocabulary {
  /** Frequent short words, counted to detect the language. */
  stopwords: readonly string[];
  /** Month names and abbreviations, January first. */
  months: readonly (readonly string[])[];
  /** Day names and abbreviations (skipped in front of a date). */
  weekdays: readonly string[];
  /** Words allowed before a date: "le", "on", "posted on". */
  dateLead: readonly string[];
  /** Words between a date and its time: "à", "at". */
  timeJoin: readonly string[];
  /** Whether 03/04/2012 is the 3rd of April (day first) or March 4th. */
  dayFirst: boolean;
  /** Relative dates: "il y a" before, or "ago" after, the amount. */
  agoBefore: readonly string[];
  agoAfter: readonly string[];
  /** Words for the number 1 ("un", "a", "one"). */
  one: readonly string[];
  /** Time units for relative dates, word → unit. */
  units: Readonly<Record<string, "s" | "min" | "h" | "d" | "w" | "mo" | "y">>;
  /** "yesterday", "today", "just now". */
  yesterday: readonly string[];
  today: readonly string[];
  now: readonly string[];
  /** Words between the day, the month and the year ("5 de marzo de 2012", "5th of March"). */
  dateJoin: readonly string[];
  /** Words after a time ("14:05 Uhr", "14:05 h"). */
  timeAfter: readonly string[];
  /** "the day before yesterday". */
  beforeYesterday: readonly string[];
  /** Approximations before the amount of a relative date ("about", "environ"). */
  vague: readonly string[];
  /** Words before an author's name in a byline ("par", "by", "von", "por"). */
  by: readonly string[];
  /**
   * Words between an author's name and a date on one line ("schrieb am",
   * "dijo el", "a dit le", "said on", "le", "on"): longest first is not
   * needed, the reader sorts them.
   */
  authorDate: readonly string[];
  /** Notices that a comment awaits moderation, whole lines. */
  moderation: readonly string[];
  /** Pagination and "show more comments" lines, whole lines (with `#` for a number). */
  pagination: readonly string[];
  /** Beginnings of notices that the comments are hosted elsewhere ("comments powered by disqus"). */
  elsewhere: readonly string[];
  /** Navigation and site chrome, whole lines ("menu", "skip to content", "search"). */
  navigation: readonly string[];
  /** Beginnings of cookie and consent notices. */
  cookies: readonly string[];
  /** Share rows, whole lines ("share on facebook", "teilen"). */
  share: readonly string[];
  /** Headings of related-post lists ("related posts", "lire aussi"). */
  related: readonly string[];
  /** Beginnings of newsletter sign-up lines. */
  newsletter: readonly string[];
  /** Like and vote buttons inside comments, whole lines ("gefällt mir", "me gusta"). */
  like: readonly string[];
  /** Report buttons inside comments, whole lines ("melden", "denunciar"). */
  report: readonly string[];
  /**
   * Comment chrome with a number, as templates: `#` stands for a number
   * (thousands separators allowed), the rest is matched folded ("liked by #
   * people", "# personen gefällt das", "a # personas les gusta esto").
   */
  chromeCounts: readonly string[];
  /**
   * Count lines as templates: `#` stands for the count, `…` for any text
   * ("this post has # comments", "tous vos commentaires (#)").
   */
  countTemplates: readonly string[];
  /** Page chrome, whole lines: buttons, links, notices. */
  chrome: readonly string[];
  /** Lines of the comment form: chrome after which only comments or chrome follow. */
  form: readonly string[];
  /** Reply links ("Reply"): chrome that also ends a comment without bullets. */
  reply: readonly string[];
  /** Headings of the comment list that declare no count ("Comments"). */
  commentsHeading: readonly string[];
  /** Notices that comments are closed. */
  commentsClosed: readonly string[];
  /** "No comments" lines (a count of 0). */
  noComments: readonly string[];
  /** Words after a number in a count line ("9 commentaires"). */
  countWords: readonly string[];
  /** Words after a number and followed by the title ("12 thoughts on “…”"). */
  countAbout: readonly string[];
  /** Headings before a count in brackets ("Commentaires (9)"). */
  countBracket: readonly string[];
  /** Suffixes of an author line ("says:", "dit :"). */
  authorSuffixes: readonly string[];
  /** Prefixes of an image credit; `colon` when the colon is required. */
  credit: readonly { label: string; colon: boolean }[];
  /** Prefixes of an image caption (colon required). */
  caption: readonly string[];
  /** Prefixes of an image line naming its file ("Image : x.jpg"). */
  image: readonly string[];
  /** Labels of a tags line, with the kind of their tags. */
  tags: readonly { label: string; colon: boolean; kind?: NonNullable<Tag["kind"]> }[];
  /** Labels of embed placeholders, with their provider. */
  embeds: readonly { label: string; provider: string }[];
  /** Beginnings of a line that announces a document ("Pour en savoir plus … :"). */
  documents: readonly string[];
  /** What `toText` writes. */
  write: {
    count: (count: number) => string;
    commentsHeading: string;
    credit: string;
    caption: string;
    image: string;
    tags: Readonly<Record<NonNullable<Tag["kind"]> | "none", string>>;
    embeds: Readonly<Record<string, string>>;
    /** A date (year, month 1–12, day) as people write it. */
    date: (year: number, month: number, day: number) => string;
    /** A date and time (24-hour clock) as people write it. */
    dateTime: (year: number, month: number, day: number, hour: number, minute: number) => string;
  };
}

/** The vocabularies, by language subtag. Add a language here. */
export const VOCABULARIES: Readonly<Record<string, Vocabulary>> = {
  fr: FRENCH,
  en: ENGLISH,
  de: GERMAN,
  es: SPANISH,
};

/** Languages with a vocabulary, in the order they are tried. */
export const TEXT_LANGUAGES: readonly string[] = /* @__PURE__ */ Object.keys(VOCABULARIES);
