// The chrome of a comment: the actions a page shows on each one (reply,
// like, vote, report, share, menus), in one table for every language the
// reader knows. A link or button whose whole text is one of these words
// (outside a paragraph's text) is left out of the comment's body, and so is an element whose class names
// one of the actions (`comment-reply-link`, `like-button`, `report-abuse`).
import type { Element } from "hast";
import { _text } from "../_dom.js";

/** Chrome words by action and language, lower case; class names are the English words and a few others. */
export const CHROME = {
  reply: {
    en: ["reply", "reply to this comment", "reply ↓", "↳ reply"],
    fr: ["répondre", "repondre", "répondre à ce commentaire"],
    de: ["antworten", "antwort"],
    es: ["responder", "contestar"],
    classes: ["reply"],
  },
  like: {
    en: ["like", "likes", "upvote", "downvote"],
    fr: ["j'aime", "j’aime", "aimer"],
    de: ["gefällt mir", "daumen hoch"],
    es: ["me gusta"],
    classes: ["like", "likes", "vote", "votes", "voting", "rating"],
  },
  report: {
    en: ["report", "report abuse", "flag", "report comment"],
    fr: ["signaler", "signaler un abus", "signaler ce commentaire"],
    de: ["melden", "missbrauch melden", "kommentar melden"],
    es: ["denunciar", "reportar", "reportar abuso"],
    classes: ["report", "flag", "signaler", "abuse"],
  },
  share: {
    en: ["share", "permalink"],
    fr: ["partager", "lien permanent"],
    de: ["teilen", "permalink"],
    es: ["compartir", "enlace permanente"],
    classes: ["share", "social"],
  },
  menu: {
    en: ["edit", "delete"],
    fr: ["modifier", "supprimer"],
    de: ["bearbeiten", "löschen"],
    es: ["editar", "eliminar", "borrar"],
    classes: ["action", "actions", "menu", "toolbar", "tooltip", "avatar"],
  },
} as const;

let classes: Set<string> | undefined;
let words: Set<string> | undefined;

/**
 * Class-name segments of comment chrome (built once, on first use).
 *
 * @returns
 *   The set.
 */
export function _chromeClasses(): ReadonlySet<string> {
  classes ??= new Set(Object.values(CHROME).flatMap((action) => [...action.classes]));
  return classes;
}

/**
 * Whether an element's whole text is a chrome word ("Reply", "Répondre (2)"
 * is not; "Répondre", "Melden" are).
 *
 * @param element
 *   A link or button.
 * @returns
 *   Whether it is chrome.
 */
export function _isChromeText(element: Element): boolean {
  words ??= new Set(
    Object.values(CHROME).flatMap((action) => [
      ...action.en,
      ...action.fr,
      ...action.de,
      ...action.es,
    ]),
  );
  const text = _text(element);
  if (text === "" || text.length > 40) return false;
  return words.has(text.toLowerCase().replace(/[\s.:…»›→]+$/u, ""));
}
