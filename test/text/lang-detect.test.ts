// Language detection among French, English, German and Spanish, on texts we
// write ourselves.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromHtml } from "../../src/html.js";
import { fromText, TEXT_LANGUAGES, VOCABULARIES } from "../../src/index.js";
import { _detectLang, _stopwordCounts } from "../../src/text/_lang.js";
import type { Vocabulary } from "../../src/text/vocabulary.js";

const TEXTS: Record<string, string[]> = {
  fr: [
    "Le conseil municipal a voté hier soir le budget de la ville. Les élus de l'opposition ont dénoncé une hausse des impôts qui, selon eux, pèse sur les familles.",
    "Je suis d'accord avec vous, mais il faut aussi penser aux commerçants du centre.",
    "C'est une très bonne nouvelle pour le quartier et pour les enfants de l'école.",
    "En mars, la bibliothèque sera fermée pour travaux ; elle rouvrira en avril avec des horaires élargis.",
  ],
  en: [
    "The city council voted on the budget last night. Members of the opposition said that the tax increase would hurt families in the north of the town.",
    "I agree with you, but we also have to think about the shops in the centre.",
    "This is good news for the neighbourhood and for the children who go to the school.",
    "It was not what they had promised, and they know it.",
  ],
  de: [
    "Der Gemeinderat hat gestern Abend den Haushalt der Stadt beschlossen. Die Opposition kritisiert, dass die Steuern für die Familien zu hoch sind.",
    "Ich bin mit Ihnen einverstanden, aber wir müssen auch an die Geschäfte in der Innenstadt denken.",
    "Das ist eine gute Nachricht für das Viertel und für die Kinder der Schule.",
    "Es war nicht das, was sie versprochen haben, und sie wissen es auch.",
  ],
  es: [
    "El ayuntamiento aprobó anoche el presupuesto de la ciudad. Los concejales de la oposición dijeron que la subida de los impuestos es muy dura para las familias.",
    "Estoy de acuerdo contigo, pero también hay que pensar en los comercios del centro.",
    "Es una buena noticia para el barrio y para los niños de la escuela.",
    "No era lo que habían prometido, y lo saben porque ya lo dijeron en el pleno.",
  ],
};

describe("language detection", () => {
  it.each(
    Object.entries(TEXTS).flatMap(([lang, texts]) => texts.map((text) => [lang, text] as const)),
  )("%s: %j", (lang, text) => {
    expect(_detectLang(text)).toBe(lang);
  });

  it("says English when no stopword is found", () => {
    expect(_detectLang("")).toBe("en");
    expect(_detectLang("12 34 — ✓")).toBe("en");
  });

  it("counts a word that two languages share for both", () => {
    const counts = _stopwordCounts("de la que");
    expect(counts.get("fr")).toBe(3);
    expect(counts.get("es")).toBe(3);
    expect(counts.get("de")).toBe(0);
    expect(_detectLang("de la que")).toBe("fr");
    expect(_detectLang("de la que los")).toBe("es");
  });

  it("follows the majority of a text that mixes two languages", () => {
    const page = [TEXTS.de?.[0], TEXTS.de?.[1], TEXTS.en?.[2]].join("\n\n");
    expect(_detectLang(page)).toBe("de");
    const other = [TEXTS.es?.[0], TEXTS.fr?.[2], TEXTS.es?.[3]].join("\n\n");
    expect(_detectLang(other)).toBe("es");
  });

  it("finds the language of any text made of its own stopwords only (property)", () => {
    const own = (lang: string) => {
      const others = TEXT_LANGUAGES.filter((item) => item !== lang).flatMap(
        (item) => (VOCABULARIES[item] as Vocabulary).stopwords,
      );
      return (VOCABULARIES[lang] as Vocabulary).stopwords.filter((word) => !others.includes(word));
    };
    fc.assert(
      fc.property(
        fc
          .constantFrom(...TEXT_LANGUAGES)
          .chain((lang) =>
            fc.tuple(fc.constant(lang), fc.array(fc.constantFrom(...own(lang)), { minLength: 1 })),
          ),
        ([lang, words]) => {
          expect(_detectLang(words.join(" "))).toBe(lang);
        },
      ),
    );
  });

  it("sets article.lang in fromText and fromHtml", () => {
    const de = `Ein Titel\n\n${TEXTS.de?.[0]}\n\n${TEXTS.de?.[1]}\n`;
    const es = `Un título\n\n${TEXTS.es?.[0]}\n\n${TEXTS.es?.[1]}\n`;
    expect(fromText(de).article.lang).toBe("de");
    expect(fromText(es).article.lang).toBe("es");
    const html = `<html><body><article><h1>Ein Titel</h1><p>${TEXTS.de?.[0]}</p><p>${TEXTS.de?.[3]}</p></article></body></html>`;
    expect(fromHtml(html).article.lang).toBe("de");
  });

  it("reads numeric dates day first on a German or Spanish page", () => {
    for (const text of [TEXTS.de?.[0], TEXTS.es?.[0]]) {
      const page = `T\n\n${text}\n\n1 comment\n\n• Ana\n  04/05/2012 10:00\n  Gut.\n`;
      expect(fromText(page).article.comments[0]?.publishedAt).toBe("2012-05-04T10:00");
    }
  });
});
