import { _classTable, CJ, LETTER } from "./src/words/_classes.ts";
const t = _classTable();
const out = [];
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c);
  if (t[c] === CJ && !/[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}]/u.test(ch)) out.push(`U+${c.toString(16)} ${ch}`);
}
console.log("CJ not sc", out.join(", "));
const lp = [];
for (let c = 0; c < 0x110000; c++) { if (c>=0xd800&&c<0xe000) continue; const ch = String.fromCodePoint(c); if (/\p{Extended_Pictographic}/u.test(ch) && /\p{Alphabetic}/u.test(ch)) lp.push(`U+${c.toString(16)} ${ch} cls${c<0x10000?t[c]:"astral"}`); }
console.log("alpha+pict", lp.join(", "));
