// The title of a whole page (src/text/read/page.ts, `_findTitle`): rules on
// the shapes of renders around the headline. Each page is made up: a menu,
// the lines under test, an article's prose and two comments.
import { describe, expect, it } from "vitest";
import { fromText } from "../../src/index.js";

const PROSE = [
  "The river ran high all spring, and the old mill by the stone bridge turned again for the first",
  "time in forty years. Neighbours came down with flasks of tea to watch the wheel, and the children",
  "counted the buckets as they rose out of the water and tipped over at the top of the turn.",
];

const COMMENTS = [
  "2 comments",
  "",
  "  1. Alice Martin says:",
  "     March 3, 2021 at 10:12 am",
  "",
  "     What a lovely thing to read on a grey morning.",
  "",
  "  2. Bob Stone says:",
  "     March 4, 2021 at 9:00 am",
  "",
  "     I walked past it last week and the wheel was still turning.",
];

const MENU = ["  • Home", "  • About", "  • Contact", ""];

function page(head: readonly string[], options: { menu?: readonly string[] } = {}): string {
  return [...(options.menu ?? MENU), ...head, "", ...PROSE, "", ...COMMENTS, ""].join("\n");
}

const TITLE = "A Quiet Morning by the Mill Pond";

function titleOf(text: string): string {
  return fromText(text, { lang: "en" }).article.title;
}

describe("the title of a whole page", () => {
  it("passes over a photo's caption followed by its credit", () => {
    const head = [
      TITLE,
      "",
      "Ann Lee",
      "",
      "Three ducks on the water near the old stone bridge",
      "Photo: Jane Doe",
    ];
    expect(titleOf(page(head))).toBe(TITLE);
  });

  it("passes over a caption that ends with its credit", () => {
    const head = [
      TITLE,
      "",
      "Ann Lee",
      "",
      "Three ducks on the water near the old stone bridge. Photo: Jane Doe",
    ];
    expect(titleOf(page(head))).toBe(TITLE);
  });

  it("passes over the credit line itself", () => {
    const head = [TITLE, "", "Ann Lee", "", "Photo: Jane Doe (River Archive)"];
    expect(titleOf(page(head))).toBe(TITLE);
  });

  it("passes over the first line of a wrapped standfirst", () => {
    const head = [
      TITLE,
      "",
      "The town council met on Tuesday to decide the fate of the old mill, and the vote was",
      "closer than anyone expected.",
    ];
    expect(titleOf(page(head))).toBe(TITLE);
  });

  it("does not read lynx's list of the page's links as the article's prose", () => {
    const links = [
      "   #Riverside Notes » Feed Riverside Notes » Comments Feed Riverside Notes » A Quiet Morning by the",
      "   Mill Pond Comments Feed Older post about the winter floods and the lock keepers of the upper river",
      "   Newer post about the summer fair alternate alternate and a few more words to make it long",
      "",
    ];
    expect(titleOf(page([TITLE, "", "   March 3, 2021"], { menu: [...links, ...MENU] }))).toBe(
      TITLE,
    );
  });

  it("takes a title with a month and year but no day", () => {
    const head = [
      "Riverside Notes",
      "",
      "March 2021 open thread",
      "",
      "  • Previous Post",
      "  • Next Post",
      "",
      "March 3, 2021 | by Ann Lee",
    ];
    expect(titleOf(page(head))).toBe("March 2021 open thread");
  });

  it("gives the date to the heading just above it, not to the blog's name over its tagline", () => {
    const head = [
      "Riverside Notes",
      "",
      "Notes from the river",
      "",
      "Monday, March 1, 2021",
      "",
      TITLE,
    ];
    expect(titleOf(page(head))).toBe(TITLE);
  });

  it("passes over the heading of a list of related posts", () => {
    const bio = [
      "Writer.",
      "Editor.",
      "Walker.",
      "Miller.",
      "Rower.",
      "Baker.",
      "Angler.",
      "Painter.",
    ];
    const head = [
      TITLE,
      "",
      ...bio,
      "",
      "Related Posts",
      "",
      "  • Why the old mill by the bridge closed in the winter of 1950",
      "  • Ten walks along the river that every visitor should take",
      "  • How the town saved its last working water wheel from ruin",
      "",
      "[photo]",
    ];
    expect(titleOf(page(head))).toBe(TITLE);
  });

  it("passes over the site's name that the page's first line repeats", () => {
    const site = "Riverside Notes from the Valley of Mills";
    const head = [site, "", "By Ann Lee on March 3, 2021", "", "Mill Pond Mornings"];
    expect(titleOf(page(head, { menu: [site, ...MENU] }))).toBe("Mill Pond Mornings");
  });

  it("takes the line that the last item of a breadcrumb list repeats", () => {
    const title = "Mill Pond Mornings";
    const crumbs = ["  • Home", "  • Rivers", `  • ${title}`, ""];
    const head = [title, "", "Ann Lee", "", "A column by Ann Lee", "", "Pass this story on"];
    expect(titleOf(page(head, { menu: crumbs }))).toBe(title);
  });

  it("passes over lynx's form buttons", () => {
    const head = [
      TITLE,
      "",
      "(BUTTON) Like the story of the mill 19 22",
      "",
      "By Ann Lee on March 3, 2021",
    ];
    expect(titleOf(page(head))).toBe(TITLE);
  });

  it("does not count image placeholders as distance to the prose", () => {
    const marks = Array.from({ length: 15 }, (_, n) => `[${n + 1}]\n`);
    const head = [
      "Riverside Notes from the Valley of Mills",
      "",
      "Monday, March 1, 2021",
      "",
      TITLE,
      "",
      ...marks,
    ];
    expect(titleOf(page(head))).toBe(TITLE);
  });

  it("prefers the heading over a short first paragraph to the blog's tagline", () => {
    const head = [
      "Riverside Notes",
      "",
      "Notes from the river",
      "",
      "Monday, March 1, 2021",
      "",
      TITLE,
      "",
      "Part one: why the wheel stopped turning in the first place, and who paid to mend",
      "it in the end.",
    ];
    expect(titleOf(page(head))).toBe(TITLE);
  });

  it("passes over a row of share links", () => {
    const head = [
      TITLE,
      "",
      "Ann Lee",
      "",
      "Share on Facebook Share on Mastodon Share by Email Share on Reddit",
      "",
      "[photo]",
    ];
    expect(titleOf(page(head))).toBe(TITLE);
  });

  it("passes over a short phrase that ends with a chrome word", () => {
    const head = [TITLE, "", "Ann Lee", "", "Please share", "", "[photo]"];
    expect(titleOf(page(head))).toBe(TITLE);
  });

  it("passes over a sentence that trails emoji (a tagline)", () => {
    const head = [TITLE, "", "Ann Lee", "", "Keeping the old mills of the valley turning. 💧🌾"];
    expect(titleOf(page(head))).toBe(TITLE);
  });

  it("passes over a short line said again nearby (a name in an author box)", () => {
    const head = [TITLE, "", "Writer.", "Editor.", "", "Ann Lee", "", "Ann Lee", "", "[photo]"];
    expect(titleOf(page(head))).toBe(TITLE);
  });

  it("passes over a wrapped sentence whose block ends with a label", () => {
    const head = [
      TITLE,
      "",
      "Writer.",
      "",
      "Ann Lee writes about the rivers and the mills of the valley for the paper, and edits",
      "its weekend pages.",
      "WEBSITE",
    ];
    expect(titleOf(page(head))).toBe(TITLE);
  });

  it("passes over a line said twice over (an avatar's text and a name)", () => {
    const head = [TITLE, "", "Writer.", "Editor.", "Walker.", "", "Ann Lee Ann Lee", "", "[photo]"];
    expect(titleOf(page(head))).toBe(TITLE);
  });
});
