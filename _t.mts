import { countWords } from "./src/words/index.ts";
import { referenceCount, segmentsOf } from "./test/words/_reference.ts";
for (const s of ["🅰","🅱","🅾","🅿","1🅿1","a🅿a","〆々","々〆","漢\u200dⓂ","か\u200dⓂ","漢\u200dℹ","a\u200dⓂ","Ⓜ", "😀", "a😀b", "👍🏽"]) console.log(JSON.stringify(s), countWords(s), referenceCount(s));
