// The four vocabularies (fr, en, de, es): their shape, and the helpers that
// read count lines, comment chrome, numbers and bylines with them. Every
// line here is made up.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromText, TEXT_LANGUAGES, VOCABULARIES } from "../../src/index.js";
import { _fold } from "../../src/text/_fold.js";
import { _bylineOf } from "../../src/text/_vocab/byline.js";
import { _chromeKindOf, _countLineOf, _readNumber } from "../../src/text/_vocab/match.js";
import type { Vocabulary } from "../../src/text/vocabulary.js";

const LIST_FIELDS = [
  "stopwords",
  "weekdays",
  "dateLead",
  "timeJoin",
  "chrome",
  "form",
  "reply",
  "commentsHeading",
  "commentsClosed",
  "noComments",
  "countWords",
  "countAbout",
  "countBracket",
  "authorSuffixes",
  "caption",
  "image",
  "documents",
  "dateJoin",
  "timeAfter",
  "beforeYesterday",
  "vague",
  "by",
  "authorDate",
  "moderation",
  "pagination",
  "elsewhere",
  "navigation",
  "cookies",
  "share",
  "related",
  "newsletter",
  "like",
  "report",
  "chromeCounts",
  "countTemplates",
] as const satisfies readonly (keyof Vocabulary)[];

describe("vocabularies", () => {
  it("has French, English, German and Spanish, in that order", () => {
    expect(TEXT_LANGUAGES).toEqual(["fr", "en", "de", "es"]);
  });

  it.each(["fr", "en", "de", "es"])("%s: every entry is written folded", (lang) => {
    const vocabulary = VOCABULARIES[lang] as Vocabulary;
    for (const field of LIST_FIELDS) {
      for (const entry of vocabulary[field]) expect(_fold(entry), `${lang}.${field}`).toBe(entry);
    }
    for (const names of vocabulary.months) for (const name of names) expect(_fold(name)).toBe(name);
    for (const word of Object.keys(vocabulary.units)) expect(_fold(word)).toBe(word);
  });

  it.each(["fr", "en", "de", "es"])("%s: twelve months, seven weekdays at least", (lang) => {
    const vocabulary = VOCABULARIES[lang] as Vocabulary;
    expect(vocabulary.months).toHaveLength(12);
    expect(vocabulary.weekdays.length).toBeGreaterThanOrEqual(7);
    expect(vocabulary.stopwords.length).toBeGreaterThanOrEqual(20);
  });

  it("gives no month name two different months across languages", () => {
    const seen = new Map<string, number>();
    for (const lang of TEXT_LANGUAGES) {
      (VOCABULARIES[lang] as Vocabulary).months.forEach((names, index) => {
        for (const name of names) {
          expect(seen.get(name) ?? index, `${lang}: ${name}`).toBe(index);
          seen.set(name, index);
        }
      });
    }
  });

  it("has count templates with exactly one number", () => {
    for (const lang of TEXT_LANGUAGES) {
      for (const template of (VOCABULARIES[lang] as Vocabulary).countTemplates) {
        expect(template.split("#").length - 1, `${lang}: ${template}`).toBe(1);
      }
    }
  });
});

describe("numbers with thousands separators", () => {
  it.each<[string, number | undefined]>([
    ["7", 7],
    ["1234", 1234],
    ["1 234", 1234],
    ["1,234", 1234],
    ["1.234", 1234],
    ["1'234", 1234],
    ["12 345 678", 12_345_678],
    ["1,234,567", 1_234_567],
    ["12,34", undefined],
    ["1,234.5", undefined],
    ["1.234,567", undefined],
    ["1 23", undefined],
    [",123", undefined],
    ["123,", undefined],
    ["", undefined],
    ["12a", undefined],
  ])("%j → %s", (text, expected) => {
    expect(_readNumber(text)).toBe(expected);
  });

  it("reads back any count written with any separator", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 999_999_999 }),
        fc.constantFrom("", " ", ",", ".", "'"),
        (value, separator) => {
          const written = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
          expect(_readNumber(written)).toBe(value);
        },
      ),
    );
  });
});

describe("count lines in the four languages", () => {
  it.each<[string, number]>([
    ["9 commentaires", 9],
    ["Tous vos commentaires (12)", 12],
    ["1 234 commentaires", 1234],
    ["3 réponses à « Un titre »", 3],
    ["This post has 1,234 comments", 1234],
    ["There are 5 comments", 5],
    ["12 thoughts on “A title”", 12],
    ["Comments (2,048)", 2048],
    ["3 Kommentare", 3],
    ["1.234 Kommentare", 1234],
    ["Ein Kommentar", 1],
    ["Kommentare (7)", 7],
    ["4 Gedanken zu „Ein Titel“", 4],
    ["Eine Antwort auf „Ein Titel“", 1],
    ["Keine Kommentare", 0],
    ["5 comentarios", 5],
    ["Un comentario", 1],
    ["2 comentarios en «Un título»", 2],
    ["Una respuesta a «Un título»", 1],
    ["Comentarios (10)", 10],
    ["Sin comentarios", 0],
    ["Hay 1.500 comentarios", 1500],
  ])("%j → %i", (line, count) => {
    expect(_countLineOf(_fold(line))).toBe(count);
  });

  it.each([
    "Kommentare zu diesem Thema",
    "12 Äpfel",
    "Comentarios (doce)",
    "3 comentarios que me gustaron mucho en otra parte",
  ])("%j is no count", (line) => {
    expect(_countLineOf(_fold(line))).toBeUndefined();
  });

  it.each<[string, number]>([
    ["3 Kommentare", 3],
    ["Ein Kommentar", 1],
    ["5 comentarios", 5],
    ["Un comentario", 1],
    ["Comentarios (10)", 10],
    ["Keine Kommentare", 0],
  ])("fromText reads %j as the declared count", (line, count) => {
    const { article } = fromText(`Titel\n\nEin Absatz.\n\n${line}\n`);
    expect(article.commentCount).toBe(count);
  });
});

describe("chrome lines in the four languages", () => {
  it.each<[string, ReturnType<typeof _chromeKindOf>]>([
    ["Votre commentaire est en attente de modération.", "moderation"],
    ["Your comment is awaiting moderation.", "moderation"],
    ["Ihr Kommentar muss noch freigegeben werden.", "moderation"],
    ["Tu comentario está pendiente de moderación.", "moderation"],
    ["« Commentaires plus anciens", "pagination"],
    ["Load more comments", "pagination"],
    ["View all 1,234 comments", "pagination"],
    ["Page 2 of 5", "pagination"],
    ["Weitere Kommentare laden", "pagination"],
    ["Seite 2 von 3", "pagination"],
    ["Cargar más comentarios", "pagination"],
    ["Página 2 de 4", "pagination"],
    ["J'aime", "like"],
    ["Gefällt mir", "like"],
    ["Me gusta", "like"],
    ["Signaler", "report"],
    ["Melden", "report"],
    ["Denunciar", "report"],
    ["Liked by 12 people", "count-chrome"],
    ["3 personnes aiment ça", "count-chrome"],
    ["2 Personen gefällt das", "count-chrome"],
    ["A 4 personas les gusta esto", "count-chrome"],
    ["1.024 votos", "count-chrome"],
    ["Partager sur Facebook", "share"],
    ["Auf Facebook teilen", "share"],
    ["Compartir en Twitter", "share"],
    ["Skip to content", "navigation"],
    ["Aller au contenu", "navigation"],
    ["Zum Inhalt springen", "navigation"],
    ["Saltar al contenido", "navigation"],
    ["Menü", "navigation"],
    ["Buscar:", "navigation"],
    ["Alle akzeptieren", "navigation"],
    ["Related posts", "related"],
    ["À lire aussi :", "related"],
    ["Ähnliche Beiträge", "related"],
    ["Artículos relacionados", "related"],
    ["Abonnez-vous à notre newsletter pour ne rien manquer", "newsletter"],
    ["Newsletter abonnieren", "newsletter"],
    ["Suscríbete a nuestro boletín semanal", "newsletter"],
    ["Ce site utilise des cookies pour améliorer votre expérience.", "cookies"],
    ["We use cookies to make this site work.", "cookies"],
    ["Diese Website verwendet Cookies, um …", "cookies"],
    ["Esta web utiliza cookies propias y de terceros.", "cookies"],
    ["Comments powered by Disqus.", "elsewhere"],
    ["Les commentaires sont hébergés sur un autre site.", "elsewhere"],
    ["Die Kommentare werden von einem anderen Dienst bereitgestellt.", "elsewhere"],
    ["Los comentarios se muestran en otro sitio.", "elsewhere"],
  ])("%j is %s", (line, kind) => {
    expect(_chromeKindOf(_fold(line))).toBe(kind);
  });

  it.each([
    "Le menu du jour était excellent.",
    "Newsletters are old.",
    "Ich habe das gemeldet.",
    "Page deux",
    "Me gusta mucho este artículo.",
  ])("%j is no chrome", (line) => {
    expect(_chromeKindOf(_fold(line))).toBeUndefined();
  });

  it.each([
    "Antworten",
    "Responder",
    "Melden",
    "Gefällt mir",
    "Me gusta",
    "Ihr Kommentar muss noch freigegeben werden.",
    "Tu comentario está pendiente de moderación.",
    "Weitere Kommentare laden",
    "Cargar más comentarios",
  ])("fromText reports %j in a comment as page chrome, not body", (line) => {
    const text = `Titel\n\nEin Absatz.\n\n2 Kommentare\n\n• Ana\n  Das ist gut.\n  ${line}\n`;
    const { article, messages } = fromText(text);
    expect(JSON.stringify(article.comments)).not.toContain(line);
    expect(messages.some((message) => message.ruleId === "page-chrome")).toBe(true);
  });

  it.each([
    "Kommentar schreiben",
    "Schreibe einen Kommentar",
    "Deja un comentario",
    "Deja una respuesta",
  ])("fromText takes %j as the comment form", (line) => {
    const text = `Titel\n\nEin Absatz.\n\n${line}\n\n• Ana\n  Ein Kommentar hier.\n`;
    const { article } = fromText(text);
    expect(article.comments.map((comment) => comment.author?.name)).toEqual(["Ana"]);
    expect(article.lead).toHaveLength(1);
  });
});

describe("bylines: a name and a date on one line", () => {
  const fr = VOCABULARIES.fr as Vocabulary;
  const en = VOCABULARIES.en as Vocabulary;
  it.each<[string, Vocabulary, string, string]>([
    ["par Ana, le 5 mars 2012", fr, "Ana", "2012-03-05"],
    ["Ana - Le 5 mars 2012 à 14h05", fr, "Ana", "2012-03-05T14:05"],
    ["Le 5 mars 2012 à 14h05, par Ana Lopez", fr, "Ana Lopez", "2012-03-05T14:05"],
    ["Jean Martin a dit le 5 mars 2012 :", fr, "Jean Martin", "2012-03-05"],
    ["by Ana on March 5, 2012", en, "Ana", "2012-03-05"],
    ["Ana on March 5, 2012 at 2:05 pm said:", en, "Ana", "2012-03-05T14:05"],
    ["On March 5, 2012, Ana said:", en, "Ana", "2012-03-05"],
    ["Ana | 5 March 2012", en, "Ana", "2012-03-05"],
    ["Ana schrieb am 5. März 2012 um 14:05 Uhr:", fr, "Ana", "2012-03-05T14:05"],
    ["Am 5. März 2012 schrieb Ana:", fr, "Ana", "2012-03-05"],
    ["von Ana am 05.03.2012", fr, "Ana", "2012-03-05"],
    ["Ana dijo el 5 de marzo de 2012:", fr, "Ana", "2012-03-05"],
    ["Ana dijo el 5 de marzo de 2012 a las 14:05", fr, "Ana", "2012-03-05T14:05"],
    ["El 5 de marzo de 2012, Ana dijo:", fr, "Ana", "2012-03-05"],
    ["por Ana el 05/03/2012", fr, "Ana", "2012-03-05"],
    ["Ana6. Juni 2015 um 10:23", fr, "Ana", "2015-06-06T10:23"],
    ["Ana Lopez5 de marzo de 2012", fr, "Ana Lopez", "2012-03-05"],
  ])("%j", (line, vocabulary, name, iso) => {
    expect(_bylineOf(line, vocabulary)).toEqual({ name, date: { iso } });
  });

  it("keeps a relative date it cannot place, with its reason", () => {
    const found = _bylineOf("Ana schrieb vor 3 Tagen", fr);
    expect(found?.name).toBe("Ana");
    expect(found?.date).toMatchObject({ relative: true });
    const now = { wall: Date.UTC(2012, 2, 8, 12), zone: "Z" };
    expect(_bylineOf("Ana dijo hace 3 días", fr, now)).toEqual({
      name: "Ana",
      date: { iso: "2012-03-05" },
    });
  });

  it.each([
    "Hello world",
    "5 mars 2012",
    "Le 5 mars 2012",
    "Un texte de plus de quelques mots qui parle du 5 mars 2012 et de bien d'autres choses",
  ])("%j is no byline", (line) => {
    expect(_bylineOf(line, fr)).toBeUndefined();
  });
});
