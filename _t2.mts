import { readFileSync, readdirSync } from "node:fs";
import { _classTable } from "./src/words/_classes.ts";
const dir = "/work/shared/corpus/truth/";
let text = "";
for (const f of readdirSync(dir).filter((f) => f.startsWith("fr-")).sort()) {
  const t = JSON.parse(readFileSync(dir + f, "utf8"));
  text += t.contentText + "\n\n" + t.comments.map((c: any) => c.body).join("\n\n") + "\n\n";
}
console.log(text.length);
const cls = _classTable();
const h = new Map<string, number>();
for (const ch of text) if (ch.charCodeAt(0) >= 0x80 || cls[ch.charCodeAt(0)] !== 2) h.set(ch, (h.get(ch) ?? 0) + 1);
console.log([...h].sort((a, b) => b[1] - a[1]).slice(0, 70).map(([c, n]) => `${JSON.stringify(c)} U+${c.codePointAt(0)!.toString(16)} cls${cls[c.charCodeAt(0)]} ${n}`).join("\n"));
