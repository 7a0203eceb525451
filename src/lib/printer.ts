// One printer for text and JSON, in the manner of iproute2's lib/json_print.c:
// every call names the JSON key and the text format together, so `-j` cannot
// drift from the text form. The JSON writer reproduces lib/json_writer.c's
// separators and pretty-printing (4-space indent, "[ {" ... "} ]").

import { sprintf } from './sprintf';

export const enum Out {
  TEXT = 1,
  JSON = 2,
  ANY = 3,
}

/** iproute2 colour attributes (lib/color.c). */
export type Color = 'none' | 'ifname' | 'mac' | 'inet' | 'inet6' | 'operUp' | 'operDown' | 'clear';

/** attr_colors_light[] of lib/color.c (the default palette). */
const COLOR_CODES: Record<Exclude<Color, 'none' | 'clear'>, string> = {
  ifname: '\x1b[36m',
  mac: '\x1b[33m',
  inet: '\x1b[35m',
  inet6: '\x1b[34m',
  operUp: '\x1b[32m',
  operDown: '\x1b[31m',
};

/** attr_colors_dark[]: chosen when COLORFGBG names a dark background. */
const COLOR_CODES_DARK: Record<Exclude<Color, 'none' | 'clear'>, string> = {
  ifname: '\x1b[1;36m',
  mac: '\x1b[1;33m',
  inet: '\x1b[1;35m',
  inet6: '\x1b[1;34m',
  operUp: '\x1b[1;32m',
  operDown: '\x1b[1;31m',
};

/** set_color_palette(): the last ';'-field of COLORFGBG is 0-6 or 8. */
export function isDarkBackground(colorfgbg: string | undefined): boolean {
  if (!colorfgbg) return false;
  const i = colorfgbg.lastIndexOf(';');
  if (i < 0) return false;
  const v = colorfgbg.slice(i + 1);
  return v.length === 1 && ((v >= '0' && v <= '6') || v === '8');
}

class JsonWriter {
  private depth = 0;
  private sep = '';
  constructor(
    private readonly out: string[],
    private readonly pretty: boolean,
  ) {}

  private indent() {
    for (let i = 0; i < this.depth; i++) this.out.push('    ');
  }
  private eol() {
    if (!this.pretty) return;
    this.out.push('\n');
    this.indent();
  }
  private eor() {
    if (this.sep !== '') this.out.push(this.sep);
    this.sep = ',';
  }
  private begin(c: string) {
    this.eor();
    this.out.push(c);
    this.depth++;
    this.sep = '';
  }
  private end(c: string) {
    this.depth--;
    if (this.sep !== '') this.eol();
    this.out.push(c);
    this.sep = ',';
  }
  name(n: string) {
    this.eor();
    this.eol();
    this.sep = '';
    this.out.push(quote(n), ':');
    if (this.pretty) this.out.push(' ');
  }
  raw(v: string) {
    this.eor();
    this.out.push(v);
  }
  string(v: string) {
    this.eor();
    this.out.push(quote(v));
  }
  startObject() {
    this.begin('{');
  }
  endObject() {
    this.end('}');
  }
  startArray() {
    this.begin('[');
    if (this.pretty) this.out.push(' ');
  }
  endArray() {
    if (this.pretty && this.sep) this.out.push(' ');
    this.sep = '';
    this.end(']');
  }
  get atTop() {
    return this.depth === 0;
  }
}

/** json_writer.c jsonw_puts: only these characters are escaped. */
function quote(s: string): string {
  let r = '"';
  for (const ch of s) {
    switch (ch) {
      case '\t':
        r += '\\t';
        break;
      case '\n':
        r += '\\n';
        break;
      case '\r':
        r += '\\r';
        break;
      case '\f':
        r += '\\f';
        break;
      case '\b':
        r += '\\b';
        break;
      case '\\':
        r += '\\\\';
        break;
      case '"':
        r += '\\"';
        break;
      default:
        r += ch;
    }
  }
  return r + '"';
}

export interface PrinterOptions {
  json?: boolean;
  pretty?: boolean;
  color?: boolean;
  /** The line separator of `-o` (oneline) mode: "\\" instead of "\n". */
  oneline?: boolean;
  /** Use the dark-background palette (COLORFGBG). */
  darkBg?: boolean;
}

export class Printer {
  readonly chunks: string[] = [];
  private jw: JsonWriter | null = null;
  readonly json: boolean;
  readonly pretty: boolean;
  readonly color: boolean;
  /** _SL_ of iproute2: the line separator printed by print_nl(). */
  readonly sl: string;
  private readonly palette: typeof COLOR_CODES;

  constructor(opts: PrinterOptions = {}) {
    this.palette = opts.darkBg ? COLOR_CODES_DARK : COLOR_CODES;
    this.json = !!opts.json;
    this.pretty = !!opts.pretty;
    this.color = !!opts.color && !this.json;
    this.sl = opts.oneline ? '\\' : '\n';
  }

  /** new_json_obj(): opens the top-level array in JSON mode. */
  begin(withArray = true): this {
    if (this.json) {
      this.jw = new JsonWriter(this.chunks, this.pretty);
      if (withArray) this.jw.startArray();
    }
    return this;
  }

  /** delete_json_obj(): closes the array and ends with a newline. */
  end(withArray = true): this {
    if (this.jw) {
      if (withArray) this.jw.endArray();
      this.chunks.push('\n');
      this.jw = null;
    }
    return this;
  }

  get isJson(): boolean {
    return this.jw !== null;
  }

  private text(t: Out): boolean {
    return !this.jw && (t & Out.TEXT) !== 0;
  }
  private js(t: Out): boolean {
    return this.jw !== null && (t & Out.JSON) !== 0;
  }

  /** Raw text, outside any JSON structure (fprintf(fp, ...)). */
  write(s: string): this {
    if (!this.jw) this.chunks.push(s);
    return this;
  }

  openObject(key?: string | null): this {
    if (this.jw) {
      if (key) this.jw.name(key);
      this.jw.startObject();
    }
    return this;
  }
  closeObject(): this {
    if (this.jw) this.jw.endObject();
    return this;
  }
  openArray(t: Out, key: string | null, text: string): this {
    if (this.js(t)) {
      if (key) this.jw!.name(key);
      this.jw!.startArray();
    } else if (this.text(t)) this.chunks.push(text);
    return this;
  }
  closeArray(t: Out, text: string): this {
    if (this.js(t)) this.jw!.endArray();
    else if (this.text(t)) this.chunks.push(text);
    return this;
  }

  private colored(color: Color, s: string): string {
    if (!this.color || color === 'none' || color === 'clear') return s;
    return this.palette[color] + s + '\x1b[0m';
  }

  /** print_color_string(): with key and null value only the key is named. */
  string(t: Out, key: string | null, fmt: string | null, value: string | null, color: Color = 'none'): this {
    if (this.js(t)) {
      if (key && value === null) this.jw!.name(key);
      else if (!key && value !== null) this.jw!.string(value);
      else if (key) {
        this.jw!.name(key);
        this.jw!.string(value ?? '');
      }
    } else if (this.text(t) && fmt !== null) {
      this.chunks.push(this.colorFormat(color, fmt, [value ?? '']));
    }
    return this;
  }

  /** Integers of every width (print_uint, print_int, print_u64, ...). */
  num(t: Out, key: string | null, fmt: string | null, value: number | bigint, color: Color = 'none'): this {
    if (this.js(t)) {
      if (key) this.jw!.name(key);
      this.jw!.raw(String(value));
    } else if (this.text(t) && fmt !== null) {
      this.chunks.push(this.colorFormat(color, fmt, [value]));
    }
    return this;
  }

  /** print_hex(): JSON gets the hex digits as a string. */
  hex(t: Out, key: string | null, fmt: string | null, value: number): this {
    if (this.js(t)) {
      if (key) this.jw!.name(key);
      this.jw!.string(value.toString(16));
    } else if (this.text(t) && fmt !== null) this.chunks.push(sprintf(fmt, value));
    return this;
  }

  /** print_0xhex(): JSON gets "0x..." as a string. */
  hex0x(t: Out, key: string | null, fmt: string | null, value: number | bigint): this {
    if (this.js(t)) {
      if (key) this.jw!.name(key);
      this.jw!.string(value === 0 || value === 0n ? '0' : '0x' + value.toString(16));
    } else if (this.text(t) && fmt !== null) this.chunks.push(sprintf(fmt, value));
    return this;
  }

  /** A value written verbatim in JSON (jsonw_printf) and through fmt in text. */
  raw(t: Out, key: string | null, fmt: string | null, value: string): this {
    if (this.js(t)) {
      if (key) this.jw!.name(key);
      this.jw!.raw(value);
    } else if (this.text(t) && fmt !== null) this.chunks.push(sprintf(fmt, value));
    return this;
  }

  bool(t: Out, key: string | null, fmt: string | null, value: boolean): this {
    if (this.js(t)) {
      if (key) this.jw!.name(key);
      this.jw!.raw(value ? 'true' : 'false');
    } else if (this.text(t) && fmt !== null) this.chunks.push(sprintf(fmt, value ? 'true' : 'false'));
    return this;
  }

  onOff(t: Out, key: string | null, fmt: string | null, value: boolean): this {
    if (this.js(t)) {
      if (key) this.jw!.name(key);
      this.jw!.raw(value ? 'true' : 'false');
    } else if (this.text(t) && fmt !== null) this.chunks.push(sprintf(fmt, value ? 'on' : 'off'));
    return this;
  }

  null(t: Out, key: string | null, fmt: string | null, value: string | null = null): this {
    if (this.js(t)) {
      if (key) this.jw!.name(key);
      this.jw!.raw('null');
    } else if (this.text(t) && fmt !== null) this.chunks.push(sprintf(fmt, value ?? ''));
    return this;
  }

  float(t: Out, key: string | null, fmt: string | null, value: number): this {
    if (this.js(t)) {
      if (key) this.jw!.name(key);
      this.jw!.raw(sprintf('%g', value));
    } else if (this.text(t) && fmt !== null) this.chunks.push(sprintf(fmt, value));
    return this;
  }

  /** print_nl(): the line separator, text mode only. */
  nl(): this {
    if (!this.jw) this.chunks.push(this.sl);
    return this;
  }

  private colorFormat(color: Color, fmt: string, args: unknown[]): string {
    if (!this.color || color === 'none') return sprintf(fmt, ...args);
    // color_fprintf colours the whole formatted string except trailing
    // padding is included; iproute2 wraps the vfprintf result.
    return this.colored(color, sprintf(fmt, ...args));
  }

  toString(): string {
    return this.chunks.join('');
  }
}
