/**
 * @module locate-json-error
 * Where a JSON text first goes wrong, as line and column. Node 20's JSON.parse messages do not always carry a
 * position ("Unexpected token '}', ... is not valid JSON"), and a person fixing a sources file needs one.
 */

export interface JsonErrorLocation {
  /** 0-based character offset */
  offset: number;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

/**
 * Scan text as JSON and return where the first syntax error is; null when the text is valid JSON.
 * @example locateJsonError('{"a": 1,\n "b" }') // { offset: 14, line: 2, column: 6 }
 */
export function locateJsonError(text: string): JsonErrorLocation | null {
  const scanner = { text, at: 0 };
  const offset = scanValue(scanner) ?? (skipSpace(scanner), scanner.at < text.length ? scanner.at : null);
  return offset === null ? null : toLocation(text, offset);
}

interface Scanner {
  text: string;
  at: number;
}

/** Scan one value (after optional space); the offset of the first error, or null. */
function scanValue(s: Scanner): number | null {
  skipSpace(s);
  const char = s.text[s.at];
  if (char === undefined) return s.at;
  if (char === '{') return scanContainer(s, '}', true);
  if (char === '[') return scanContainer(s, ']', false);
  if (char === '"') return scanString(s);
  const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(s.text.slice(s.at, s.at + 400));
  if (!literal) return s.at;
  s.at += literal[0].length;
  return null;
}

/** Scan an object or array whose opening bracket is at s.at. */
function scanContainer(s: Scanner, close: string, isObject: boolean): number | null {
  s.at += 1;
  skipSpace(s);
  if (s.text[s.at] === close) {
    s.at += 1;
    return null;
  }
  for (;;) {
    if (isObject) {
      skipSpace(s);
      if (s.text[s.at] !== '"') return s.at;
      const keyError = scanString(s);
      if (keyError !== null) return keyError;
      skipSpace(s);
      if (s.text[s.at] !== ':') return s.at;
      s.at += 1;
    }
    const valueError = scanValue(s);
    if (valueError !== null) return valueError;
    skipSpace(s);
    const next = s.text[s.at];
    if (next === close) {
      s.at += 1;
      return null;
    }
    if (next !== ',') return s.at;
    s.at += 1;
  }
}

/** Scan a string whose opening quote is at s.at. */
function scanString(s: Scanner): number | null {
  s.at += 1;
  while (s.at < s.text.length) {
    const char = s.text[s.at] ?? '';
    if (char === '"') {
      s.at += 1;
      return null;
    }
    if (char < ' ') return s.at;
    if (char === '\\') {
      const escape = s.text.slice(s.at + 1, s.at + 6);
      if (/^["\\/bfnrt]/.test(escape)) s.at += 2;
      else if (/^u[0-9a-fA-F]{4}/.test(escape)) s.at += 6;
      else return s.at;
    } else {
      s.at += 1;
    }
  }
  return s.at;
}

/** Move past JSON whitespace. */
function skipSpace(s: Scanner): void {
  while (s.at < s.text.length && ' \t\n\r'.includes(s.text[s.at] ?? '')) s.at += 1;
}

/** Offset to 1-based line and column. */
function toLocation(text: string, offset: number): JsonErrorLocation {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { offset, line, column };
}
