// A reader of protocol buffers' text format, the language of Triton's config.pbtxt, after the
// Text Format Language Specification (protobuf.dev/reference/protobuf/textformat-spec). It
// knows no schema: it returns the tree of fields with the line and column of each, and leaves
// to its callers what a field means (src/serving/triton-config.ts). What the specification
// lets a schema decide (a scalar field written twice, an enum name, a `:` before a scalar
// list) is decided there or below, as the C++ parser Triton uses would.
//
// Lexical elements: `#` comments to the end of the line; identifiers `[A-Za-z_][A-Za-z0-9_]*`;
// decimal, octal (0…) and hexadecimal (0x…) integers, floats (`1.5`, `.5`, `1e3`, `1f`);
// strings in '…' or "…" with the escapes \a \b \f \n \r \t \v \? \\ \' \" \ooo \xhh \uhhhh
// \Uhhhhhhhh, and adjacent strings joined into one. A number may not run into an identifier
// (`10bar`). Syntax: `name: scalar`, `name: [scalar, …]`, `name {…}` / `name: {…}` /
// `name <…>`, `name [{…}, …]` (the `:` optional before messages), each optionally followed
// by `;` or `,`; extension and Any names in brackets (`[com.foo.ext]`, `[type.googleapis.com/x.Y]`).

export interface Position {
  line: number;
  column: number;
}

export type PbValue =
  | (Position & { kind: 'string'; value: string })
  /** `text` is the literal as written, sign included (a 64-bit integer may not fit `value`). */
  | (Position & { kind: 'number'; value: number; text: string; integer: boolean })
  /** An enum value, `true`/`false`, `inf`, `nan`; `-inf` is the identifier `-inf`. */
  | (Position & { kind: 'identifier'; value: string })
  | (Position & { kind: 'message'; message: PbMessage });

/** One occurrence of a field: `name: 1` is one value, `name: [1, 2]` two (`list` true). */
export interface PbField extends Position {
  name: string;
  values: PbValue[];
  list: boolean;
}

export interface PbMessage extends Position {
  fields: PbField[];
}

export class PbtxtError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'PbtxtError';
  }
}

/** Every occurrence of `name` in `m`, in order. */
export function fieldsNamed(m: PbMessage, name: string): PbField[] {
  return m.fields.filter((f) => f.name === name);
}

/** Every value of the repeated field `name`, from all its occurrences and lists, in order. */
export function valuesOf(m: PbMessage, name: string): PbValue[] {
  return fieldsNamed(m, name).flatMap((f) => f.values);
}

type TokenKind = 'ident' | 'number' | 'string' | 'punct' | 'eof';
interface Token extends Position {
  kind: TokenKind;
  /** ident / punct: the text; number: the literal; string: the decoded value. */
  text: string;
  integer?: boolean;
}

const WHITESPACE = new Set([' ', '\n', '\t', '\v', '\f', '\r']);
const PUNCT = new Set([':', '{', '}', '<', '>', '[', ']', ',', ';', '-', '/', '.']);
const isLetter = (c: string | undefined) => c !== undefined && /^[A-Za-z_]$/.test(c);
const isDec = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9A-Fa-f]$/.test(c);
const isOct = (c: string | undefined) => c !== undefined && c >= '0' && c <= '7';

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  '?': 63,
  '\\': 92,
  "'": 39,
  '"': 34,
};

class Lexer {
  private i = 0;
  private line = 1;
  private lineStart = 0;

  constructor(
    private readonly src: string,
    private readonly file: string,
  ) {}

  fail(at: Position, reason: string): never {
    throw new PbtxtError(this.file, at.line, at.column, reason);
  }

  private here(): Position {
    return { line: this.line, column: this.i - this.lineStart + 1 };
  }

  private advance(): string {
    const c = this.src[this.i++]!;
    if (c === '\n') {
      this.line++;
      this.lineStart = this.i;
    }
    return c;
  }

  next(): Token {
    for (;;) {
      const c = this.src[this.i];
      if (c === undefined) return { kind: 'eof', text: '', ...this.here() };
      if (WHITESPACE.has(c)) this.advance();
      else if (c === '#') {
        while (this.i < this.src.length && this.src[this.i] !== '\n') this.i++;
      } else break;
    }
    const at = this.here();
    const c = this.src[this.i]!;
    if (c === '\0') this.fail(at, 'a NUL character is not allowed');
    if (isLetter(c)) {
      const start = this.i;
      while (isLetter(this.src[this.i]) || isDec(this.src[this.i])) this.i++;
      return { kind: 'ident', text: this.src.slice(start, this.i), ...at };
    }
    if (isDec(c) || (c === '.' && isDec(this.src[this.i + 1]))) return this.number(at);
    if (c === '"' || c === "'") return this.string(at);
    if (PUNCT.has(c)) {
      this.i++;
      return { kind: 'punct', text: c, ...at };
    }
    this.fail(at, `unexpected character ${JSON.stringify(c)}`);
  }

  private number(at: Position): Token {
    const s = this.src;
    const start = this.i;
    let integer = true;
    if (s[this.i] === '0' && (s[this.i + 1] === 'x' || s[this.i + 1] === 'X')) {
      this.i += 2;
      if (!isHex(s[this.i])) this.fail(at, 'a hexadecimal number needs digits after 0x');
      while (isHex(s[this.i])) this.i++;
    } else if (s[this.i] === '0' && isDec(s[this.i + 1])) {
      this.i++;
      while (isOct(s[this.i])) this.i++;
      if (isDec(s[this.i])) this.fail(at, 'an octal number (leading 0) has only digits 0 to 7');
    } else {
      while (isDec(s[this.i])) this.i++;
      if (s[this.i] === '.') {
        integer = false;
        this.i++;
        while (isDec(s[this.i])) this.i++;
      }
      if (s[this.i] === 'e' || s[this.i] === 'E') {
        integer = false;
        this.i++;
        if (s[this.i] === '+' || s[this.i] === '-') this.i++;
        if (!isDec(s[this.i])) this.fail(at, 'an exponent needs digits');
        while (isDec(s[this.i])) this.i++;
      }
      if (s[this.i] === 'f' || s[this.i] === 'F') {
        integer = false;
        this.i++;
      }
    }
    const text = s.slice(start, this.i);
    if (isLetter(s[this.i]) || isDec(s[this.i])) {
      this.fail(at, `a number must not run into a name: ${JSON.stringify(text + s[this.i])}`);
    }
    return { kind: 'number', text, integer, ...at };
  }

  private string(at: Position): Token {
    const quote = this.src[this.i++]!;
    const bytes: number[] = [];
    const push = (codePoint: number) => bytes.push(...Buffer.from(String.fromCodePoint(codePoint)));
    for (;;) {
      const c = this.src[this.i];
      if (c === undefined || c === '\n') this.fail(at, 'the string is not closed on its line');
      this.i++;
      if (c === quote) break;
      if (c !== '\\') {
        const cp = this.src.codePointAt(this.i - 1)!;
        if (cp > 0xffff) this.i++;
        push(cp);
        continue;
      }
      const escAt = { line: this.line, column: this.i - this.lineStart };
      const e = this.src[this.i++];
      if (e !== undefined && e in SIMPLE_ESCAPES) bytes.push(SIMPLE_ESCAPES[e]!);
      else if (isOct(e)) {
        let v = Number(e);
        for (let k = 0; k < 2 && isOct(this.src[this.i]); k++)
          v = v * 8 + Number(this.src[this.i++]);
        if (v > 255) this.fail(escAt, `the octal escape \\${v.toString(8)} is above \\377`);
        bytes.push(v);
      } else if (e === 'x') {
        if (!isHex(this.src[this.i])) this.fail(escAt, '\\x needs a hexadecimal digit');
        let h = this.src[this.i++]!;
        if (isHex(this.src[this.i])) h += this.src[this.i++];
        bytes.push(parseInt(h, 16));
      } else if (e === 'u' || e === 'U') {
        const n = e === 'u' ? 4 : 8;
        const h = this.src.slice(this.i, this.i + n);
        if (h.length !== n || ![...h].every(isHex)) {
          this.fail(escAt, `\\${e} needs ${n} hexadecimal digits`);
        }
        this.i += n;
        const cp = parseInt(h, 16);
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
          this.fail(escAt, `\\${e}${h} is not a Unicode scalar value`);
        }
        push(cp);
      } else this.fail(escAt, `unknown escape \\${e ?? ''}`);
    }
    return { kind: 'string', text: Buffer.from(bytes).toString('utf8'), ...at };
  }
}

class Parser {
  private tok: Token;
  /** Messages open around the current one; the file's own message is 0. */
  private depth = -1;

  constructor(private readonly lex: Lexer) {
    this.tok = lex.next();
  }

  private take(): Token {
    const t = this.tok;
    this.tok = this.lex.next();
    return t;
  }

  private is(text: string): boolean {
    return this.tok.kind === 'punct' && this.tok.text === text;
  }

  private expect(text: string, what: string): Token {
    if (!this.is(text)) this.lex.fail(this.tok, `expected ${what}, found ${this.describe()}`);
    return this.take();
  }

  private describe(t: Token = this.tok): string {
    if (t.kind === 'eof') return 'the end of the file';
    if (t.kind === 'string') return 'a string';
    return `\`${t.text}\``;
  }

  /** Fields until `close` (a punctuation mark) or, for the file's top message, the end. */
  message(at: Position, close?: string): PbMessage {
    if (++this.depth > 100) this.lex.fail(at, 'messages are nested more than 100 deep');
    const fields: PbField[] = [];
    for (;;) {
      if (close === undefined ? this.tok.kind === 'eof' : this.is(close)) break;
      if (this.tok.kind === 'eof')
        this.lex.fail(at, `this message is not closed with \`${close}\``);
      fields.push(this.field());
    }
    this.depth--;
    return { fields, ...at };
  }

  private fieldName(): Token {
    if (this.tok.kind === 'ident') return this.take();
    if (this.is('[')) {
      const open = this.take();
      let name = '';
      for (;;) {
        const part = this.take();
        if (part.kind !== 'ident')
          this.lex.fail(part, `expected a type name, found ${this.describe(part)}`);
        name += part.text;
        if (this.is('.') || this.is('/')) name += this.take().text;
        else break;
      }
      this.expect(']', '`]` after the extension name');
      return { kind: 'ident', text: `[${name}]`, line: open.line, column: open.column };
    }
    this.lex.fail(this.tok, `expected a field name, found ${this.describe()}`);
  }

  private field(): PbField {
    const name = this.fieldName();
    const colon = this.is(':');
    if (colon) this.take();
    let values: PbValue[];
    let list = false;
    if (this.is('{') || this.is('<')) {
      values = [this.messageValue()];
    } else if (this.is('[')) {
      list = true;
      values = this.list(name.text, colon);
    } else {
      if (!colon) {
        this.lex.fail(this.tok, `expected \`:\` after \`${name.text}\`, found ${this.describe()}`);
      }
      values = [this.scalar()];
    }
    if (this.is(';') || this.is(',')) this.take();
    return { name: name.text, values, list, line: name.line, column: name.column };
  }

  private messageValue(): PbValue {
    const open = this.take();
    const close = open.text === '{' ? '}' : '>';
    const message = this.message({ line: open.line, column: open.column }, close);
    this.take();
    return { kind: 'message', message, line: open.line, column: open.column };
  }

  private list(name: string, colon: boolean): PbValue[] {
    const open = this.take();
    const values: PbValue[] = [];
    while (!this.is(']')) {
      if (values.length > 0) this.expect(',', '`,` or `]` in the list');
      const v = this.is('{') || this.is('<') ? this.messageValue() : this.scalar();
      if (v.kind !== 'message' && !colon) {
        this.lex.fail(open, `a list of values needs \`:\` after \`${name}\``);
      }
      if (values.length > 0 && (v.kind === 'message') !== (values[0]!.kind === 'message')) {
        this.lex.fail(v, 'a list holds either messages or values, not both');
      }
      values.push(v);
    }
    this.take();
    return values;
  }

  private scalar(): PbValue {
    const t = this.tok;
    if (t.kind === 'string') {
      let value = '';
      while (this.tok.kind === 'string') value += this.take().text;
      return { kind: 'string', value, line: t.line, column: t.column };
    }
    let sign = '';
    if (this.is('-')) {
      this.take();
      sign = '-';
    }
    const v = this.take();
    if (v.kind === 'number') {
      const text = sign + v.text;
      return {
        kind: 'number',
        value: numberValue(v.text, v.integer!) * (sign ? -1 : 1),
        text,
        integer: v.integer!,
        line: t.line,
        column: t.column,
      };
    }
    if (v.kind === 'ident') {
      return { kind: 'identifier', value: sign + v.text, line: t.line, column: t.column };
    }
    this.lex.fail(v, `expected a value, found ${this.describe(v)}`);
  }
}

function numberValue(text: string, integer: boolean): number {
  if (!integer) return parseFloat(text.replace(/[fF]$/, ''));
  if (/^0[xX]/.test(text)) return parseInt(text.slice(2), 16);
  if (text.length > 1 && text.startsWith('0')) return parseInt(text.slice(1), 8);
  return Number(text);
}

/**
 * Parses a text-format message. Throws a PbtxtError naming `file`, the line and the column
 * of the first problem.
 */
export function parsePbtxt(text: string, file: string): PbMessage {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return new Parser(new Lexer(source, file)).message({ line: 1, column: 1 });
}
