// Dates compare the same on every machine: a date or local date-time
// without offset is compared as if it were UTC, never in the machine's zone.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildThread, type Comment, dedupeComments, sortThread } from "../../src/index.js";
import { _isoInstant } from "../../src/schema/_time.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

function c(id: string, publishedAt: string | undefined, text = `body of ${id}`): Comment {
  const comment: Comment = {
    id,
    author: { name: "x" },
    status: "published",
    body: [{ type: "paragraph", text }],
  };
  if (publishedAt !== undefined) comment.publishedAt = publishedAt;
  return comment;
}

describe("_isoInstant", () => {
  const table: [string, number][] = [
    ["1970-01-01", 0],
    ["1970-01-01T00:00", 0],
    ["1970-01-01T00:00Z", 0],
    ["1970-01-01T01:00+01:00", 0],
    ["1969-12-31T23:00-01:00", 0],
    ["1970-01-01T00:00:00.001", 1],
    ["1970-01-01T00:00:00.5Z", 500],
    ["1970-01-01T00:00:00.000000001Z", 1e-6],
    ["1970-01-01T05:30+05:30", 0],
    ["2012-01-20", Date.UTC(2012, 0, 20)],
    ["2012-01-19T23:00", Date.UTC(2012, 0, 19, 23)],
    ["2012-01-20T10:15:30", Date.UTC(2012, 0, 20, 10, 15, 30)],
    ["2012-01-20T10:15:30.250+01:00", Date.UTC(2012, 0, 20, 9, 15, 30, 250)],
    ["2012-01-20T10:15-02:30", Date.UTC(2012, 0, 20, 12, 45)],
    ["2000-02-29", Date.UTC(2000, 1, 29)],
    ["2024-12-31T23:59:59Z", Date.UTC(2024, 11, 31, 23, 59, 59)],
    ["1600-03-01", Date.UTC(1600, 2, 1)],
    ["0000-01-01", -62167219200000],
    ["0001-01-01", -62135596800000],
    ["9999-12-31T23:59:59.999Z", 253402300799999],
  ];
  for (const [value, expected] of table) {
    it(`reads ${value}`, () => {
      expect(_isoInstant(value)).toBeCloseTo(expected, 9);
    });
  }

  const invalid = [
    "",
    "2012",
    "2012-1-20",
    "2012-01-20 10:15",
    "2012-01-20T10",
    "2012-01-20T24:00",
    "2012-01-20T10:60",
    "2012-01-20T10:15:60",
    "2012-01-20T10:15:00.",
    "2012-01-20T10:15:00.1234567890Z",
    "2012-01-20T10:15+0100",
    "2012-01-20T10:15+24:00",
    "2012-01-20T10:15Zx",
    "2012-02-30",
    "1900-02-29",
    "2012-13-01",
    "2012-00-10",
    "20120120",
    "Jan 20 2012",
    "２０１２-01-20",
  ];
  for (const value of invalid) {
    it(`refuses ${JSON.stringify(value)}`, () => {
      expect(_isoInstant(value)).toBeNaN();
    });
  }

  it("refuses a non-string", () => {
    expect(_isoInstant(undefined as unknown as string)).toBeNaN();
    expect(_isoInstant(20120120 as unknown as string)).toBeNaN();
  });

  it("agrees with Date.parse on every date-time with Z or an offset", () => {
    const two = (n: number) => String(n).padStart(2, "0");
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1000-01-01T00:00Z"),
          max: new Date("9999-12-31T23:59Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        fc.boolean(),
        (date, offset, local) => {
          const iso = date.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
          const sign = offset < 0 ? "-" : "+";
          const size = Math.abs(offset);
          const zone = `${sign}${two(Math.floor(size / 60))}:${two(size % 60)}`;
          const withOffset = `${iso.slice(0, -1)}${zone}`;
          expect(_isoInstant(iso)).toBe(Date.parse(iso));
          expect(_isoInstant(withOffset)).toBe(Date.parse(withOffset));
          // Without offset: the same as with Z, wherever the code runs.
          const bare = local ? iso.slice(0, -1) : iso.slice(0, 10);
          expect(_isoInstant(bare)).toBe(Date.parse(`${bare}${local ? "Z" : ""}`));
        },
      ),
    );
  });
});

// Pairs whose order flips when the local date-time is read in a zone west
// of UTC (the first) or east of it (the second).
const west = [c("a", "2012-01-20"), c("b", "2012-01-19T23:00")];
const east = [c("c", "2012-01-20T00:30"), c("d", "2012-01-20")];

describe("dates without offset compare as UTC", () => {
  it("sortThread orders by the UTC reading", () => {
    expect(sortThread(buildThread(west).roots).map((node) => node.comment.id)).toEqual(["b", "a"]);
    expect(sortThread(buildThread(east).roots).map((node) => node.comment.id)).toEqual(["d", "c"]);
    const mixed = [c("e", "2012-01-20T00:30+01:00"), c("f", "2012-01-19T23:45")];
    // e is 2012-01-19T23:30Z, before f read as UTC.
    expect(sortThread(buildThread(mixed).roots).map((node) => node.comment.id)).toEqual(["e", "f"]);
    expect(
      sortThread(buildThread(mixed).roots, { by: "newest" }).map((node) => node.comment.id),
    ).toEqual(["f", "e"]);
  });

  it("dedupeComments keeps the earliest by the UTC reading", () => {
    const same = (list: Comment[]) =>
      list.map((comment) => ({ ...comment, body: c("z", undefined).body }));
    expect(dedupeComments(same(west), { keep: "earliest" }).comments.map((x) => x.id)).toEqual([
      "b",
    ]);
    expect(dedupeComments(same(east), { keep: "earliest" }).comments.map((x) => x.id)).toEqual([
      "d",
    ]);
  });

  it("gives the same order in processes with other time zones", () => {
    const script = `
      import { buildThread, dedupeComments, sortThread } from "./src/index.ts";
      const c = (id, publishedAt) => ({ id, publishedAt, author: { name: "x" }, status: "published", body: [{ type: "paragraph", text: "same" }] });
      const west = [c("a", "2012-01-20"), c("b", "2012-01-19T23:00")];
      const east = [c("c", "2012-01-20T00:30"), c("d", "2012-01-20")];
      const out = [west, east].flatMap((list) => [
        sortThread(buildThread(list).roots).map((node) => node.comment.id).join(","),
        dedupeComments(list, { keep: "earliest" }).comments.map((x) => x.id).join(","),
      ]);
      console.log(JSON.stringify([new Date(2012, 0, 20).getTimezoneOffset(), ...out]));
    `;
    for (const [zone, minutes] of [
      ["America/New_York", 300],
      ["Asia/Tokyo", -540],
    ] as const) {
      const run = spawnSync(
        process.execPath,
        ["--import", "tsx", "--input-type=module", "-e", script],
        {
          cwd: root,
          env: { ...process.env, TZ: zone },
          encoding: "utf8",
        },
      );
      expect(run.stderr).toBe("");
      expect(JSON.parse(run.stdout)).toEqual([minutes, "b,a", "b", "d,c", "d"]);
    }
  });
});
