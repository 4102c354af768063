// Find where a JSON text stops being JSON, to give a syntax error a line and
// column (V8's messages do not always carry a position). One linear pass with
// an explicit stack: no recursion, whatever the nesting. Called only after
// `JSON.parse` has failed.

enum Expect {
  Value,
  ValueOrClose,
  Key,
  KeyOrClose,
  Colon,
  CommaOrClose,
  End,
}

function _isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

// Scan a string starting at the opening quote; return the offset after the
// closing quote, or the offset of the fault as a negative number minus one.
function _string(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x22) return index + 1;
    if (code < 0x20) return -index - 1;
    if (code === 0x5c) {
      const next = text.charCodeAt(index + 1);
      if (next === 0x75) {
        for (let digit = 2; digit < 6; digit++) {
          const hex = text.charCodeAt(index + digit) | 0x20;
          if (!((hex >= 0x30 && hex <= 0x39) || (hex >= 0x61 && hex <= 0x66))) {
            return -(index + digit) - 1;
          }
        }
        index += 6;
        continue;
      }
      if ('"\\/bfnrt'.indexOf(text[index + 1] ?? "x") === -1) return -(index + 1) - 1;
      index += 2;
      continue;
    }
    index++;
  }
  return -text.length - 1;
}

function _number(text: string, start: number): number {
  let index = start;
  const digit = (at: number) => {
    const code = text.charCodeAt(at);
    return code >= 0x30 && code <= 0x39;
  };
  if (text[index] === "-") index++;
  if (text[index] === "0") index++;
  else if (digit(index)) while (digit(index)) index++;
  else return -index - 1;
  if (text[index] === ".") {
    index++;
    if (!digit(index)) return -index - 1;
    while (digit(index)) index++;
  }
  if (text[index] === "e" || text[index] === "E") {
    index++;
    if (text[index] === "+" || text[index] === "-") index++;
    if (!digit(index)) return -index - 1;
    while (digit(index)) index++;
  }
  return index;
}

/**
 * Offset of the first character at which `text` is not JSON, or `-1` when
 * it is JSON.
 *
 * @param text
 *   Text to scan.
 * @returns
 *   Offset of the fault (the length of the text when it ends too early).
 */
export function _jsonErrorOffset(text: string): number {
  const stack: number[] = []; // 0: object, 1: array
  let expect = Expect.Value;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (_isSpace(code)) {
      index++;
      continue;
    }
    switch (expect) {
      case Expect.End:
        return index;
      case Expect.Colon:
        if (code !== 0x3a) return index;
        index++;
        expect = Expect.Value;
        continue;
      case Expect.CommaOrClose: {
        const top = stack[stack.length - 1];
        if (code === 0x2c) {
          index++;
          expect = top === 0 ? Expect.Key : Expect.Value;
          continue;
        }
        if ((top === 0 && code === 0x7d) || (top === 1 && code === 0x5d)) {
          stack.pop();
          index++;
          expect = stack.length === 0 ? Expect.End : Expect.CommaOrClose;
          continue;
        }
        return index;
      }
      case Expect.Key:
      case Expect.KeyOrClose: {
        if (code === 0x7d && expect === Expect.KeyOrClose) {
          stack.pop();
          index++;
          expect = stack.length === 0 ? Expect.End : Expect.CommaOrClose;
          continue;
        }
        if (code !== 0x22) return index;
        const end = _string(text, index);
        if (end < 0) return -end - 1;
        index = end;
        expect = Expect.Colon;
        continue;
      }
      default: {
        if (code === 0x5d && expect === Expect.ValueOrClose) {
          stack.pop();
          index++;
          expect = stack.length === 0 ? Expect.End : Expect.CommaOrClose;
          continue;
        }
        if (code === 0x7b) {
          stack.push(0);
          index++;
          expect = Expect.KeyOrClose;
          continue;
        }
        if (code === 0x5b) {
          stack.push(1);
          index++;
          expect = Expect.ValueOrClose;
          continue;
        }
        let end: number;
        if (code === 0x22) end = _string(text, index);
        else if (code === 0x2d || (code >= 0x30 && code <= 0x39)) end = _number(text, index);
        else {
          end = -index - 1;
          for (const word of ["true", "false", "null"]) {
            if (text.startsWith(word, index)) end = index + word.length;
          }
        }
        if (end < 0) return -end - 1;
        index = end;
        expect = stack.length === 0 ? Expect.End : Expect.CommaOrClose;
      }
    }
  }
  return expect === Expect.End ? -1 : text.length;
}
