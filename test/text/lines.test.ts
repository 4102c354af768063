// Table-driven: the line forms of the issue, each read in a small page.
import { describe, expect, it } from "vitest";
import { fromText, parseArticle, toText } from "../../src/index.js";

const read = (body: string) => fromText(`Title\n\nLead paragraph here.\n\n${body}\n`);

describe("declared comment counts", () => {
  it.each<[string, number]>([
    ["9 commentaires", 9],
    ["1 commentaire", 1],
    ["Un commentaire", 1],
    ["Commentaires (9)", 9],
    ["Aucun commentaire", 0],
    ["9 réflexions sur « Le titre »", 9],
    ["12 Comments", 12],
    ["12 comments:", 12],
    ["One comment", 1],
    ["Comments (12)", 12],
    ["No comments", 0],
    ["12 thoughts on “The title”", 12],
    ["One thought on “The title”", 1],
    ["3 Responses to “The title”", 3],
  ])("%j → %i", (line, count) => {
    const { article, messages } = read(line);
    expect(article.commentCount).toBe(count);
    expect(messages).toEqual([]);
  });

  it.each([
    "9 comments in the text of a long sentence.",
    "Commentaires (neuf)",
    "9 réactions à chaud",
  ])("%j is no count", (line) => {
    expect(read(line).article.commentCount).toBeUndefined();
  });
});

describe("tags lines", () => {
  it.each<[string, string[], string | undefined]>([
    ["Sujets liés : Culture, Vie municipale", ["culture", "vie-municipale"], "topic"],
    ["Sujets liés :", [], "topic"],
    ["Tags: a, b; c | d · e", ["a", "b", "c", "d", "e"], undefined],
    ["Related topics: Courts", ["courts"], "topic"],
    ["Filed under News, Local", ["news", "local"], "category"],
    ["Posted in Sports", ["sports"], "category"],
    ["Classé dans : Loisirs", ["loisirs"], "category"],
    ["Mots-clés : Été, Plage", ["ete", "plage"], "keyword"],
    ["Étiquettes : Été, été", ["ete"], undefined],
  ])("%j", (line, slugs, kind) => {
    const { article } = read(line);
    expect(article.tags.map((tag) => tag.slug)).toEqual(slugs);
    expect(article.tags.every((tag) => tag.kind === kind)).toBe(true);
    expect(article.lead.length).toBe(1);
  });
});

describe("images and credits", () => {
  it.each<[string, string, string]>([
    ["big-brother.jpg", "Crédit image Hadopi", "Hadopi"],
    ["a.png", "Crédit photo : AFP", "AFP"],
    ["https://x.org/a/b.webp?w=300", "Image credit: Reuters", "Reuters"],
    ["b.GIF", "Photo: Jane Doe", "Jane Doe"],
    ["c.svg", "Photo credit: John", "John"],
    ["Image : photo-sans-extension", "© Studio", "Studio"],
  ])("%j with %j", (image, credit, name) => {
    const { article, messages } = read(`${image}\n${credit}`);
    const url = image.startsWith("Image : ") ? image.slice(8) : image;
    expect(article.lead[1]).toEqual({ type: "image", url, credit: name });
    expect(messages).toEqual([]);
  });

  it("attaches a credit to the last image without one, wherever it is", () => {
    const { article } = read("a.jpg\n\nText between.\n\nb.jpg\nPhoto: B\n\nMore text.\n\nPhoto: A");
    expect(article.lead.filter((block) => block.type === "image")).toEqual([
      { type: "image", url: "a.jpg", credit: "A" },
      { type: "image", url: "b.jpg", credit: "B" },
    ]);
  });

  it.each<[string, string]>([
    ["Image : <a b.jpg>", "a b.jpg"],
    ["Image: <https://x.org/my photo.png>", "https://x.org/my photo.png"],
    ["Image : <<x>>", "<x>"],
    ["Image : <50%25 off%0Aa.jpg>", "50% off\na.jpg"],
    ["Image : <a%20b.jpg>", "a%20b.jpg"],
    ["Image : <x", "<x"],
  ])("reads the bracketed reference %j", (line, url) => {
    const { article, messages } = read(line);
    expect(article.lead[1]).toEqual({ type: "image", url });
    expect(messages).toEqual([]);
  });

  it("writes image references that read back, with or without spaces", () => {
    const urls = ["a.jpg", "a b.jpg", "<x>", "50% off.jpg", "line\nfeed", "tags:a.jpg"];
    const article = parseArticle({
      title: "Title",
      lead: urls.map((url) => ({ type: "image", url })),
    });
    const text = toText(article, { lang: "en" });
    expect(text).toBe(
      "Title\n\na.jpg\n\nImage: <a b.jpg>\n\nImage: <<x>>\n\nImage: <50%25 off.jpg>\n\n" +
        "Image: <line%0Afeed>\n\nImage: tags:a.jpg\n",
    );
    expect(fromText(text).article.lead).toEqual(urls.map((url) => ({ type: "image", url })));
  });

  it("reports a credit with no image", () => {
    expect(read("Photo: Nobody").messages.map((message) => message.ruleId)).toEqual([
      "credit-without-image",
    ]);
  });
});

describe("embed placeholders", () => {
  it.each<[string, Record<string, string>]>([
    ["Twitter anonymous", { provider: "twitter", text: "anonymous" }],
    ["Tweet", { provider: "twitter" }],
    ["YouTube https://youtu.be/x", { provider: "youtube", url: "https://youtu.be/x" }],
    ["Vidéo YouTube la conférence", { provider: "youtube", text: "la conférence" }],
    ["Video", { provider: "video" }],
    ["Instagram @someone", { provider: "instagram", text: "@someone" }],
    [
      "Pour en savoir plus, voici le rapport :",
      { provider: "document", text: "Pour en savoir plus, voici le rapport :" },
    ],
    [
      "For more information, read the filing:",
      { provider: "document", text: "For more information, read the filing:" },
    ],
  ])("%j", (line, embed) => {
    expect(read(line).article.lead[1]).toEqual({ type: "embed", ...embed });
  });

  it("needs the line to stand alone and not end a sentence", () => {
    expect(read("Twitter is a network.").article.lead[1]?.type).toBe("paragraph");
    expect(read("Twitter anonymous\nand more text").article.lead[1]?.type).toBe("paragraph");
  });
});

describe("author lines", () => {
  it.each<[string, string]>([
    ["  • Chris", "Chris"],
    ["  ◦ Chris", "Chris"],
    ["  ▪ Chris", "Chris"],
    ["  * Chris", "Chris"],
    ["  - Chris", "Chris"],
    ["Chris says:", "Chris"],
    ["Chris dit :", "Chris"],
    ["Chris a écrit :", "Chris"],
    ["  • Chris says:", "Chris"],
  ])("%j", (line, name) => {
    const { article } = read(`1 comment\n\n${line}\n      Body.`);
    expect(article.comments.map((comment) => comment.author.name)).toEqual([name]);
    expect(article.comments[0]?.body).toEqual([{ type: "paragraph", text: "Body." }]);
  });

  it("keeps paragraphs apart at blank lines and lines together otherwise", () => {
    const { article } = read("2 comments\n\n• A\n\n  one\n  two\n\n  three\n");
    expect(article.comments[0]?.body).toEqual([
      { type: "paragraph", text: "one\ntwo" },
      { type: "paragraph", text: "three" },
    ]);
  });

  it("reads “Comments are closed.” as a message", () => {
    const { article, messages } = read("Comments are closed.");
    expect(article.comments).toEqual([]);
    expect(messages.map((message) => message.ruleId)).toEqual(["comments-closed"]);
  });
});
