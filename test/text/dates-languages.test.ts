// Dates in French, English, German and Spanish: every form the date reader
// knows, with the ISO value it gives; relative forms against `now`; what
// `toText` writes reads back; the HTML reader's shown dates.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _shownDate } from "../../src/html/comments/_dates.js";
import { TEXT_LANGUAGES, VOCABULARIES } from "../../src/index.js";
import { _parseDate, _readNow } from "../../src/text/_dates.js";
import type { Vocabulary } from "../../src/text/vocabulary.js";

const vocab = (lang: string) => VOCABULARIES[lang] as Vocabulary;
const iso = (line: string, lang: string, now?: string) => {
  const found = _parseDate(line, vocab(lang), _readNow(now));
  return found !== undefined && "iso" in found ? found.iso : found;
};

describe("absolute dates", () => {
  it.each<[string, string, string]>([
    // French
    ["fr", "5 mars 2012", "2012-03-05"],
    ["fr", "le 5 mars 2012 à 14h05", "2012-03-05T14:05"],
    ["fr", "lundi 5 mars 2012 à 14 h 05", "2012-03-05T14:05"],
    ["fr", "1er mars 2012", "2012-03-01"],
    ["fr", "5 sept. 2012", "2012-09-05"],
    ["fr", "5 déc 2012", "2012-12-05"],
    ["fr", "05/03/2012 à 14:05", "2012-03-05T14:05"],
    ["fr", "05.03.2012 - 14:05", "2012-03-05T14:05"],
    ["fr", "publié le 05/03/12", "2012-03-05"],
    ["fr", "à 14h05 le 5 mars 2012", "2012-03-05T14:05"],
    ["fr", "14:05 - 5 mars 2012", "2012-03-05T14:05"],
    ["fr", "7 mai 2017 at 11 h 44 min", "2017-05-07T11:44"],
    ["fr", "02-11-2023 • 16h43", "2023-11-02T16:43"],
    ["fr", "(22 juin 2018 @11h13)", "2018-06-22T11:13"],
    ["de", "[5. März 2012]", "2012-03-05"],
    // English
    ["en", "March 5, 2012", "2012-03-05"],
    ["en", "Mar 5, 2012", "2012-03-05"],
    ["en", "Mar. 5, 2012, 2:05 PM", "2012-03-05T14:05"],
    ["en", "March 5 2012 at 2:05 pm", "2012-03-05T14:05"],
    ["en", "5 March 2012 at 14:05", "2012-03-05T14:05"],
    ["en", "5th of March 2012", "2012-03-05"],
    ["en", "Monday, March 5th, 2012 at 9:30 a.m.", "2012-03-05T09:30"],
    ["en", "Tue, Mar 6, 2012", "2012-03-06"],
    ["en", "03/05/2012 2:05 pm", "2012-03-05T14:05"],
    ["en", "2:05 pm on March 5, 2012", "2012-03-05T14:05"],
    ["en", "posted on Sep 5, 2012", "2012-09-05"],
    // German
    ["de", "5. März 2012", "2012-03-05"],
    ["de", "5. Maerz 2012", "2012-03-05"],
    ["de", "am 5. März 2012 um 14:05 Uhr", "2012-03-05T14:05"],
    ["de", "Montag, 5. März 2012, 14:05 Uhr", "2012-03-05T14:05"],
    ["de", "Mo., 5. März 2012", "2012-03-05"],
    ["de", "5. Mrz. 2012", "2012-03-05"],
    ["de", "3. Okt. 2012", "2012-10-03"],
    ["de", "24. Dez 2012 um 18 Uhr", "2012-12-24T18:00"],
    ["de", "12. Jänner 2012", "2012-01-12"],
    ["de", "05.03.2012", "2012-03-05"],
    ["de", "05.03.2012, 14:05", "2012-03-05T14:05"],
    ["de", "05.03.2012 um 14.05 Uhr", "2012-03-05T14:05"],
    ["de", "veröffentlicht am 05.03.12", "2012-03-05"],
    ["de", "14:05 Uhr, 5. März 2012", "2012-03-05T14:05"],
    // Spanish
    ["es", "5 de marzo de 2012", "2012-03-05"],
    ["es", "5 de marzo del 2012", "2012-03-05"],
    ["es", "el 5 de marzo de 2012 a las 14:05", "2012-03-05T14:05"],
    ["es", "lunes, 5 de marzo de 2012 a las 2:05 p. m.", "2012-03-05T14:05"],
    ["es", "1 de mayo de 2012 a la 1:05", "2012-05-01T01:05"],
    ["es", "1º de mayo de 2012", "2012-05-01"],
    ["es", "5 mar. 2012", "2012-03-05"],
    ["es", "5 ago 2012 14:05 h", "2012-08-05T14:05"],
    ["es", "mar, 5 de marzo de 2012", "2012-03-05"],
    ["es", "miércoles 7 de marzo de 2012", "2012-03-07"],
    ["es", "5 de setiembre de 2012", "2012-09-05"],
    ["es", "05/03/2012 a las 14:05 hs", "2012-03-05T14:05"],
    ["es", "publicado el 05-03-2012", "2012-03-05"],
    ["es", "marzo 5, 2012", "2012-03-05"],
  ])("%s: %j → %s", (lang, line, expected) => {
    expect(iso(line, lang)).toBe(expected);
  });

  it.each<[string, string]>([
    ["fr", "5 mars"],
    ["de", "5. März"],
    ["es", "5 de marzo"],
    ["de", "30. Februar 2012"],
    ["es", "5 de marzo de 2012 a las 25:00"],
    ["de", "am 5. März 2012 um 14:05 Uhr war es kalt"],
    ["es", "de marzo de 2012"],
    ["de", "Mo"],
  ])("%s: %j is no date", (lang, line) => {
    expect(iso(line, lang)).toBeUndefined();
  });

  it("reads 04/05/2012 in each language's order", () => {
    expect(iso("04/05/2012", "fr")).toBe("2012-05-04");
    expect(iso("04/05/2012", "de")).toBe("2012-05-04");
    expect(iso("04/05/2012", "es")).toBe("2012-05-04");
    expect(iso("04/05/2012", "en")).toBe("2012-04-05");
  });
});

describe("relative dates", () => {
  const NOW = "2012-03-08T15:30:00+01:00";
  it.each<[string, string, string]>([
    ["fr", "il y a 3 jours", "2012-03-05"],
    ["fr", "il y a une heure", "2012-03-08T14:30+01:00"],
    ["fr", "il y a environ 2 heures", "2012-03-08T13:30+01:00"],
    ["fr", "il y a 2 h", "2012-03-08T13:30+01:00"],
    ["fr", "hier", "2012-03-07"],
    ["fr", "hier à 14h05", "2012-03-07T14:05+01:00"],
    ["fr", "avant-hier", "2012-03-06"],
    ["fr", "aujourd'hui à 9 h", "2012-03-08T09:00+01:00"],
    ["en", "3 days ago", "2012-03-05"],
    ["en", "about 2 hours ago", "2012-03-08T13:30+01:00"],
    ["en", "a week ago", "2012-03-01"],
    ["en", "5 mins ago", "2012-03-08T15:25+01:00"],
    ["en", "yesterday at 2:05 pm", "2012-03-07T14:05+01:00"],
    ["en", "the day before yesterday", "2012-03-06"],
    ["de", "vor 3 Tagen", "2012-03-05"],
    ["de", "vor einem Tag", "2012-03-07"],
    ["de", "vor einer Stunde", "2012-03-08T14:30+01:00"],
    ["de", "vor 5 Minuten", "2012-03-08T15:25+01:00"],
    ["de", "vor etwa 2 Stunden", "2012-03-08T13:30+01:00"],
    ["de", "vor 2 Wochen", "2012-02-23"],
    ["de", "vor 3 Monaten", "2011-12-08"],
    ["de", "vor einem Jahr", "2011-03-08"],
    ["de", "gestern", "2012-03-07"],
    ["de", "gestern um 14:05 Uhr", "2012-03-07T14:05+01:00"],
    ["de", "vorgestern", "2012-03-06"],
    ["de", "heute, 9:15", "2012-03-08T09:15+01:00"],
    ["de", "gerade eben", "2012-03-08T15:30+01:00"],
    ["es", "hace 2 horas", "2012-03-08T13:30+01:00"],
    ["es", "hace un día", "2012-03-07"],
    ["es", "hace 3 días", "2012-03-05"],
    ["es", "hace una semana", "2012-03-01"],
    ["es", "hace 2 meses", "2012-01-08"],
    ["es", "hace un año", "2011-03-08"],
    ["es", "hace cerca de 3 horas", "2012-03-08T12:30+01:00"],
    ["es", "ayer", "2012-03-07"],
    ["es", "ayer a las 14:05", "2012-03-07T14:05+01:00"],
    ["es", "anteayer", "2012-03-06"],
    ["es", "hoy a las 9:15", "2012-03-08T09:15+01:00"],
    ["es", "hace un momento", "2012-03-08T15:30+01:00"],
  ])("%s: %j → %s", (lang, line, expected) => {
    expect(iso(line, lang, NOW)).toBe(expected);
  });

  it.each(["vor 3 Tagen", "hace 2 horas", "gestern", "ayer", "vorgestern", "anteayer"])(
    "%j without `now` is a relative date to report",
    (line) => {
      expect(_parseDate(line, vocab("de"))).toMatchObject({ relative: true });
    },
  );

  it.each([
    ["vor 3000 Jahren", "2012-01-20T10:15:00Z"],
    ["hace 999999 semanas", "2012-01-20T10:15:00Z"],
    ["gestern", "0001-01-01T12:00:00Z"],
    ["anteayer", "0001-01-02T12:00:00Z"],
  ])("%j from %j falls outside years 1 to 9999: reported", (line, now) => {
    const found = _parseDate(line, vocab("de"), _readNow(now));
    expect(found).toMatchObject({ relative: true });
    expect(found && "reason" in found ? found.reason : "").toMatch(/outside years 1 to 9999/);
  });

  it.each([
    ["vor 3 Tagen", "0050-06-15T12:00:00Z", "0050-06-12"],
    ["hace 2 meses", "0005-01-31", "0004-11-30"],
    ["vorgestern", "0099-01-01", "0098-12-30"],
  ])("%j from %j gives %j (years below 100 stay)", (line, now, expected) => {
    expect(iso(line, "de", now)).toBe(expected);
  });
});

describe("what toText writes reads back", () => {
  it.each(["fr", "en", "de", "es"])("%s: dates and date-times (property)", (lang) => {
    const vocabulary = vocab(lang);
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1000-01-01T00:00:00Z"),
          max: new Date("9999-12-31T23:59:00Z"),
          noInvalidDate: true,
        }),
        (date) => {
          const y = date.getUTCFullYear();
          const m = date.getUTCMonth() + 1;
          const d = date.getUTCDate();
          const h = date.getUTCHours();
          const min = date.getUTCMinutes();
          const day = date.toISOString().slice(0, 10);
          expect(_parseDate(vocabulary.write.date(y, m, d), vocabulary)).toEqual({ iso: day });
          const written = vocabulary.write.dateTime(y, m, d, h, min);
          const time = `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
          expect(_parseDate(written, vocabulary)).toEqual({ iso: `${day}T${time}` });
        },
      ),
      { numRuns: 200 },
    );
  });

  it("has a date writer for every language", () => {
    for (const lang of TEXT_LANGUAGES) {
      expect(vocab(lang).write.date(2012, 3, 5), lang).toMatch(/2012/);
    }
    expect(vocab("de").write.dateTime(2012, 3, 5, 14, 5)).toBe("5. März 2012 um 14:05 Uhr");
    expect(vocab("es").write.dateTime(2012, 3, 5, 14, 5)).toBe("5 de marzo de 2012 a las 14:05");
  });
});

describe("shown dates of the HTML reader", () => {
  it.each<[string, string, string]>([
    ["de", "5. März 2012 um 14:05 Uhr", "2012-03-05T14:05"],
    ["de", "am 05.03.2012 um 14:05", "2012-03-05T14:05"],
    ["de", "Ana sagt am 5. März 2012", "2012-03-05"],
    ["de", "Mo, 05.03.2012 - 14:05", "2012-03-05T14:05"],
    ["es", "5 de marzo de 2012 a las 14:05", "2012-03-05T14:05"],
    ["es", "el 5 de marzo de 2012", "2012-03-05"],
    ["es", "5 marzo, 2012 | 14:05", "2012-03-05T14:05"],
    ["es", "Ana dijo el 5 de marzo de 2012:", "2012-03-05"],
  ])("%s: %j → %s", (lang, text, expected) => {
    expect(_shownDate(text, vocab(lang), undefined)).toBe(expected);
  });

  it("resolves German and Spanish relative shown dates against now", () => {
    const now = _readNow("2012-03-08T12:00:00Z");
    expect(_shownDate("vor 2 Tagen", vocab("de"), now)).toBe("2012-03-06");
    expect(_shownDate("hace 3 horas", vocab("es"), now)).toBe("2012-03-08T09:00Z");
  });
});

describe("more relative forms", () => {
  const NOW = "2012-03-08T15:30:00Z";
  it.each<[string, string]>([
    ["il y a plus d'un an", "2011-03-08"],
    ["il y a quelques secondes", "2012-03-08T15:30Z"],
    ["a few seconds ago", "2012-03-08T15:30Z"],
    ["3d ago", "2012-03-05"],
    ["2h ago", "2012-03-08T13:30Z"],
    ["1 wk ago", "2012-03-01"],
    ["2 yrs ago", "2010-03-08"],
  ])("%j → %s", (line, expected) => {
    expect(iso(line, "en", NOW)).toBe(expected);
  });
});
