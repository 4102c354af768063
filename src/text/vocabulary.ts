import type { Tag } from "../schema/tag.js";

/**
 * Words and phrases of one language, as page text shows them. All entries
 * are written in their folded form: lower case, one space between words,
 * `'` for the apostrophe, and no space before `:`, `;`, `!` or `?` (so that
 * "Sujets liés :" and "Sujets liés:" both fold to `sujets liés:`).
 *
 * To add a language, add an entry to {@link VOCABULARIES} with the same
 * fields; the reader tries every language's lines, and the language found
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

const MONTHS_FR = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const pad = (value: number): string => String(value).padStart(2, "0");

const FRENCH: Vocabulary = {
  stopwords: [
    "le",
    "la",
    "les",
    "des",
    "du",
    "de",
    "un",
    "une",
    "et",
    "est",
    "que",
    "qui",
    "pour",
    "dans",
    "pas",
    "sur",
    "avec",
    "ce",
    "il",
    "au",
    "aux",
    "son",
    "sont",
    "par",
    "mais",
    "nous",
    "vous",
    "c'est",
  ],
  months: [
    ["janvier", "janv", "janv."],
    ["février", "fevrier", "févr", "févr.", "fév", "fév."],
    ["mars"],
    ["avril", "avr", "avr."],
    ["mai"],
    ["juin"],
    ["juillet", "juil", "juil."],
    ["août", "aout"],
    ["septembre", "sept", "sept."],
    ["octobre", "oct", "oct."],
    ["novembre", "nov", "nov."],
    ["décembre", "decembre", "déc", "déc."],
  ],
  weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
  dateLead: ["le", "publié le", "posté le", "écrit le"],
  timeJoin: ["à", "a", "vers", "-", "–", "|", "@"],
  dayFirst: true,
  agoBefore: ["il y a"],
  agoAfter: [],
  one: ["un", "une"],
  units: {
    seconde: "s",
    secondes: "s",
    s: "s",
    minute: "min",
    minutes: "min",
    min: "min",
    heure: "h",
    heures: "h",
    h: "h",
    jour: "d",
    jours: "d",
    j: "d",
    semaine: "w",
    semaines: "w",
    mois: "mo",
    an: "y",
    ans: "y",
    année: "y",
    années: "y",
  },
  yesterday: ["hier"],
  today: ["aujourd'hui"],
  now: ["à l'instant", "a l'instant", "maintenant"],
  chrome: [
    "répondre",
    "repondre",
    "répondre à ce commentaire",
    "annuler la réponse",
    "partager",
    "partager:",
    "partager cet article",
    "signaler",
    "signaler un abus",
    "j'aime",
    "j'aime ça:",
    "envoyer",
    "s'abonner",
    "lire la suite",
    "lire aussi",
    "voir les commentaires",
    "afficher les commentaires",
    "charger plus de commentaires",
    "connectez-vous pour répondre",
    "vous devez être connecté pour publier un commentaire.",
    "haut de page",
    "retour en haut",
  ],
  form: [
    "ajouter un commentaire",
    "laisser un commentaire",
    "laisser une réponse",
    "laissez un commentaire",
    "écrire un commentaire",
    "réagir",
    "réagir à cet article",
    "votre adresse email ne sera pas publiée.",
    "votre adresse e-mail ne sera pas publiée.",
    "votre adresse de messagerie ne sera pas publiée.",
    "les champs obligatoires sont indiqués avec *",
    "les champs obligatoires sont marqués *",
    "publier le commentaire",
    "envoyer le commentaire",
  ],
  reply: ["répondre", "repondre", "répondre à ce commentaire", "connectez-vous pour répondre"],
  // Only words that never head an article's own section ("Réactions" may).
  commentsHeading: [
    "commentaires",
    "commentaires:",
    "les commentaires",
    "vos commentaires",
    "vos réactions",
  ],
  commentsClosed: [
    "les commentaires sont fermés.",
    "les commentaires sont fermés",
    "commentaires fermés",
    "commentaires fermés.",
    "les commentaires sont clos.",
    "les commentaires sont clos",
  ],
  noComments: [
    "aucun commentaire",
    "aucun commentaire.",
    "pas de commentaire",
    "pas de commentaires",
    "0 commentaire",
    "soyez le premier à commenter",
    "soyez le premier à commenter.",
  ],
  countWords: ["commentaires", "commentaire", "réactions", "réaction"],
  countAbout: ["réflexions sur", "réflexion sur", "commentaires sur", "commentaire sur"],
  countBracket: ["commentaires", "réactions"],
  authorSuffixes: ["a dit:", "dit:", "a écrit:", "écrit:", "a répondu:"],
  credit: [
    { label: "crédit image", colon: false },
    { label: "crédit photo", colon: false },
    { label: "crédits photo", colon: false },
    { label: "crédits photos", colon: false },
    { label: "crédit", colon: true },
    { label: "crédits", colon: true },
    { label: "photo", colon: true },
    { label: "©", colon: false },
  ],
  caption: ["légende"],
  image: ["image", "illustration"],
  tags: [
    { label: "sujets liés", colon: false, kind: "topic" },
    { label: "thèmes", colon: true, kind: "topic" },
    { label: "classé dans", colon: false, kind: "category" },
    { label: "catégories", colon: true, kind: "category" },
    { label: "catégorie", colon: true, kind: "category" },
    { label: "rubrique", colon: true, kind: "category" },
    { label: "mots-clés", colon: true, kind: "keyword" },
    { label: "mots clés", colon: true, kind: "keyword" },
    { label: "hashtags", colon: true, kind: "hashtag" },
    { label: "tags", colon: true },
    { label: "étiquettes", colon: true },
  ],
  embeds: [
    { label: "twitter", provider: "twitter" },
    { label: "tweet", provider: "twitter" },
    { label: "vidéo youtube", provider: "youtube" },
    { label: "youtube", provider: "youtube" },
    { label: "vidéo", provider: "video" },
    { label: "instagram", provider: "instagram" },
    { label: "facebook", provider: "facebook" },
    { label: "vimeo", provider: "vimeo" },
    { label: "dailymotion", provider: "dailymotion" },
    { label: "soundcloud", provider: "soundcloud" },
  ],
  documents: ["pour en savoir plus", "pour aller plus loin", "document:", "à consulter"],
  write: {
    count: (count) =>
      count === 0 ? "Aucun commentaire" : count === 1 ? "1 commentaire" : `${count} commentaires`,
    commentsHeading: "Commentaires",
    credit: "Crédit photo : ",
    caption: "Légende : ",
    image: "Image : ",
    tags: {
      topic: "Sujets liés : ",
      category: "Classé dans : ",
      keyword: "Mots-clés : ",
      hashtag: "Hashtags : ",
      none: "Tags : ",
    },
    embeds: {
      twitter: "Twitter",
      youtube: "YouTube",
      video: "Vidéo",
      instagram: "Instagram",
      facebook: "Facebook",
      vimeo: "Vimeo",
      dailymotion: "Dailymotion",
      soundcloud: "SoundCloud",
    },
    date: (year, month, day) => `${day} ${MONTHS_FR[month - 1]} ${year}`,
    dateTime: (year, month, day, hour, minute) =>
      `${day} ${MONTHS_FR[month - 1]} ${year} à ${hour} h ${pad(minute)}`,
  },
};

const ENGLISH: Vocabulary = {
  stopwords: [
    "the",
    "and",
    "of",
    "to",
    "is",
    "in",
    "that",
    "for",
    "it",
    "with",
    "on",
    "was",
    "this",
    "are",
    "be",
    "as",
    "at",
    "by",
    "not",
    "have",
    "from",
    "they",
    "we",
    "you",
    "it's",
    "don't",
  ],
  months: [
    ["january", "jan", "jan."],
    ["february", "feb", "feb."],
    ["march", "mar", "mar."],
    ["april", "apr", "apr."],
    ["may"],
    ["june", "jun", "jun."],
    ["july", "jul", "jul."],
    ["august", "aug", "aug."],
    ["september", "sep", "sep.", "sept", "sept."],
    ["october", "oct", "oct."],
    ["november", "nov", "nov."],
    ["december", "dec", "dec."],
  ],
  weekdays: [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
  ],
  dateLead: ["on", "posted on", "published on", "written on"],
  timeJoin: ["at", "@", "-", "–", "|"],
  dayFirst: false,
  agoBefore: [],
  agoAfter: ["ago"],
  one: ["a", "an", "one"],
  units: {
    second: "s",
    seconds: "s",
    sec: "s",
    secs: "s",
    minute: "min",
    minutes: "min",
    min: "min",
    mins: "min",
    hour: "h",
    hours: "h",
    hr: "h",
    hrs: "h",
    day: "d",
    days: "d",
    week: "w",
    weeks: "w",
    month: "mo",
    months: "mo",
    year: "y",
    years: "y",
  },
  yesterday: ["yesterday"],
  today: ["today"],
  now: ["just now", "now"],
  chrome: [
    "reply",
    "reply ↓",
    "cancel reply",
    "log in to reply",
    "report",
    "share",
    "share this:",
    "share this",
    "like this:",
    "like",
    "loading...",
    "related",
    "subscribe",
    "read more",
    "permalink",
    "edit",
    "back to top",
    "show comments",
    "load more comments",
    "notify me of follow-up comments by email.",
    "notify me of new posts by email.",
  ],
  form: [
    "leave a reply",
    "leave a comment",
    "add a comment",
    "post a comment",
    "write a comment",
    "your email address will not be published.",
    "your email address will not be published. required fields are marked *",
    "required fields are marked *",
    "post comment",
    "submit comment",
    "save my name, email, and website in this browser for the next time i comment.",
    "you must be logged in to post a comment.",
  ],
  reply: ["reply", "reply ↓", "log in to reply"],
  commentsHeading: ["comments", "comments:", "join the discussion", "reader comments"],
  commentsClosed: [
    "comments are closed.",
    "comments are closed",
    "comments closed.",
    "comments closed",
    "comments are closed for this article.",
    "comments are closed for this post.",
  ],
  noComments: ["no comments", "no comments.", "no comments yet", "no comments yet.", "0 comments"],
  countWords: ["comments", "comment", "responses"],
  countAbout: [
    "thoughts on",
    "thought on",
    "responses to",
    "response to",
    "replies to",
    "reply to",
    "comments on",
    "comment on",
  ],
  countBracket: ["comments", "responses"],
  authorSuffixes: ["says:", "said:", "wrote:", "writes:", "replied:"],
  credit: [
    { label: "image credit", colon: false },
    { label: "photo credit", colon: false },
    { label: "image courtesy of", colon: false },
    { label: "photograph", colon: true },
    { label: "credits", colon: true },
    { label: "credit", colon: true },
    { label: "photo", colon: true },
  ],
  caption: ["caption"],
  image: ["image", "picture"],
  tags: [
    { label: "related topics", colon: false, kind: "topic" },
    { label: "topics", colon: true, kind: "topic" },
    { label: "filed under", colon: false, kind: "category" },
    { label: "posted in", colon: false, kind: "category" },
    { label: "categories", colon: true, kind: "category" },
    { label: "category", colon: true, kind: "category" },
    { label: "keywords", colon: true, kind: "keyword" },
    { label: "tagged with", colon: false },
    { label: "tagged", colon: false },
    { label: "tags", colon: true },
  ],
  embeds: [
    { label: "embedded tweet", provider: "twitter" },
    { label: "twitter", provider: "twitter" },
    { label: "tweet", provider: "twitter" },
    { label: "youtube video", provider: "youtube" },
    { label: "youtube", provider: "youtube" },
    { label: "video", provider: "video" },
    { label: "instagram", provider: "instagram" },
    { label: "facebook", provider: "facebook" },
    { label: "vimeo", provider: "vimeo" },
    { label: "dailymotion", provider: "dailymotion" },
    { label: "soundcloud", provider: "soundcloud" },
  ],
  documents: ["for more information", "to find out more", "read the document", "document:"],
  write: {
    count: (count) =>
      count === 0 ? "No comments" : count === 1 ? "1 comment" : `${count} comments`,
    commentsHeading: "Comments",
    credit: "Photo credit: ",
    caption: "Caption: ",
    image: "Image: ",
    tags: {
      topic: "Related topics: ",
      category: "Filed under: ",
      keyword: "Keywords: ",
      hashtag: "Hashtags: ",
      none: "Tags: ",
    },
    embeds: {
      twitter: "Twitter",
      youtube: "YouTube",
      video: "Video",
      instagram: "Instagram",
      facebook: "Facebook",
      vimeo: "Vimeo",
      dailymotion: "Dailymotion",
      soundcloud: "SoundCloud",
    },
    date: (year, month, day) => `${MONTHS_EN[month - 1]} ${day}, ${year}`,
    dateTime: (year, month, day, hour, minute) =>
      `${MONTHS_EN[month - 1]} ${day}, ${year} at ${hour % 12 === 0 ? 12 : hour % 12}:${pad(minute)} ${hour < 12 ? "am" : "pm"}`,
  },
};

/** The vocabularies, by language subtag. Add a language here. */
export const VOCABULARIES: Readonly<Record<string, Vocabulary>> = { fr: FRENCH, en: ENGLISH };

/** Languages with a vocabulary, in the order they are tried. */
export const TEXT_LANGUAGES: readonly string[] = /* @__PURE__ */ Object.keys(VOCABULARIES);
