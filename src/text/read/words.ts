// Data tables of the whole-page reader (page.ts), in the four languages,
// folded (lower case, `'` for apostrophes). They name the shapes of comment
// widgets and bylines, never one site: add a word here to teach the reader
// a new language's buttons.

/**
 * Words of the buttons and counters inside a comment ("Reply", "Like",
 * "Report", "Supprimer", "Antworten", "Responder"), spaces removed: a line
 * made only of these (glued or not, with counts and separators) is widget
 * text, reported, not kept in a body.
 */
export const WIDGET_WORDS: readonly string[] = [
  // English
  "reply",
  "replies",
  "delete",
  "like",
  "likes",
  "liked",
  "unlike",
  "dislike",
  "report",
  "reportthiscomment",
  "flag",
  "edit",
  "share",
  "quote",
  "permalink",
  "link",
  "copylink",
  "vote",
  "votes",
  "upvote",
  "downvote",
  "logintoreply",
  "readmore",
  "seemore",
  "showmore",
  "hide",
  "by",
  "people",
  "person",
  "points",
  "point",
  "helpful",
  "comment",
  "loading",
  // French
  "répondre",
  "repondre",
  "réponse",
  "réponses",
  "supprimer",
  "signaler",
  "alerter",
  "j'alerte",
  "jeréponds",
  "j'aime",
  "jaime",
  "aimer",
  "modifier",
  "partager",
  "citer",
  "permalien",
  "lireplus",
  "voirplus",
  "personnes",
  "personne",
  "aimépar",
  // German
  "antworten",
  "antwort",
  "löschen",
  "melden",
  "kommentarmelden",
  "linkkopieren",
  "teilen",
  "zitieren",
  "gefälltmir",
  "bearbeiten",
  "mehrlesen",
  "personen",
  // Spanish
  "responder",
  "respuesta",
  "respuestas",
  "eliminar",
  "denunciar",
  "reportar",
  "megusta",
  "compartir",
  "citar",
  "editar",
  "leermás",
  "vermás",
];

/**
 * Suffixes of an author line beside the reader's own ("says:", "dit :"):
 * the forms of German, Spanish and of themes that glue an ellipsis.
 */
export const SAYS_SUFFIXES: readonly string[] = [
  "a dit…",
  "a dit...",
  "a dit :",
  "a dit:",
  "dit :",
  "dit:",
  "a écrit :",
  "says:",
  "said:",
  "wrote:",
  "sagt:",
  "sagte:",
  "schrieb:",
  "meint:",
  "kommentierte:",
  "dijo:",
  "escribió:",
  "comentó:",
  "respondió:",
  "dice:",
];

/**
 * Words that join a name to its date on a byline, before the date
 * ("X on DATE", "X, le DATE", "X schrieb am DATE", "X a posté le DATE"),
 * longest first is not needed: each is tried at the end of the name part.
 */
export const NAME_TAIL_WORDS: readonly string[] = [
  "a posté le",
  "a publié le",
  "a écrit le",
  "posted on",
  "commented on",
  "wrote on",
  "schrieb am",
  "kommentierte am",
  "escribió el",
  "comentó el",
  "dijo el",
  "le",
  "on",
  "am",
  "el",
  "à",
  "at",
  "um",
  "-",
  "–",
  "—",
  "|",
  "/",
  "•",
  "·",
  ",",
  "(",
  ")",
  ":",
];

/** Words that lead a name on a byline ("par X", "by X", "von X", "por X"). */
export const NAME_HEAD_WORDS: readonly string[] = ["par", "by", "von", "por", "posted by"];

/**
 * Count phrasings the vocabulary's count lines do not cover: leads before a
 * number ("This post has 12 comments", "Tous vos commentaires (12)", "All
 * comments 4") are handled by reading the number wherever it stands in a
 * short line that has a count word; these are the extra count words.
 */
export const COUNT_WORDS: readonly string[] = [
  "comments",
  "comment",
  "responses",
  "response",
  "thoughts",
  "thought",
  "commentaires",
  "commentaire",
  "réactions",
  "réaction",
  "réflexions",
  "réflexion",
  "réponses",
  "kommentare",
  "kommentar",
  "ergänzungen",
  "ergänzung",
  "leserkommentare",
  "comentarios",
  "comentario",
  "respuestas",
  "reacciones",
];

/** Line heads that mean "the comments are elsewhere" (a link to another site). */
export const ELSEWHERE_HEADS: readonly string[] = [
  "comments are hosted",
  "comment on this post on",
  "comment on this article on",
  "join the discussion on",
  "discuss this post on",
  "discuss on",
  "reply on",
  "les commentaires sont hébergés",
  "commentez sur",
  "commenter sur",
  "discuter sur",
  "réagissez sur",
  "die kommentare sind auf",
  "kommentieren auf",
  "diskutiere auf",
  "diskutieren sie auf",
  "los comentarios están en",
  "comenta en",
  "comentar en",
  "discute en",
];

/** Lines that say more comments are on another page or behind a button. */
export const MORE_COMMENTS: readonly string[] = [
  "load more comments",
  "show more comments",
  "view more comments",
  "see more comments",
  "older comments",
  "newer comments",
  "next comments",
  "previous comments",
  "« older comments",
  "newer comments »",
  "voir les commentaires suivants",
  "voir plus de commentaires",
  "afficher plus de commentaires",
  "commentaires plus anciens",
  "commentaires plus récents",
  "charger plus de commentaires",
  "weitere kommentare",
  "mehr kommentare",
  "weitere kommentare laden",
  "ältere kommentare",
  "neuere kommentare",
  "más comentarios",
  "ver más comentarios",
  "cargar más comentarios",
  "comentarios anteriores",
];
