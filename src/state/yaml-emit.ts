// Writes plain data (mappings, sequences, strings, numbers, booleans, null)
// as block-style YAML 1.2. Strings that a YAML reader could take for anything
// else are written as JSON strings, which are valid YAML double-quoted
// scalars. Written here rather than with the yaml package's stringify so that
// saving does not pay for loading that package (performance.md: start-up).
// test/state.test.ts checks that the yaml package reads back what this writes.

const PLAIN_SAFE = /^[A-Za-z_/][A-Za-z0-9_./@%+-]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~|\.inf|\.nan|-\.inf|\+\.inf)$/i;

/** A block sequence its owner has already written (items at the indent it is
 * given, lines joined by newlines, '' when empty): the FIB writes a million
 * routes straight from its columns (kernel/fib/snapshot.ts). */
export class YamlSeq {
  constructor(readonly render: (indent: string) => string) {}
}

function scalar(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error('cannot write a non-finite number');
    return String(v);
  }
  if (typeof v === 'bigint') return JSON.stringify(v.toString());
  const s = String(v);
  if (PLAIN_SAFE.test(s) && !RESERVED.test(s)) return s;
  return JSON.stringify(s);
}

function key(k: string): string {
  return PLAIN_SAFE.test(k) && !RESERVED.test(k) ? k : JSON.stringify(k);
}

function isEmptyCollection(v: unknown): string | null {
  if (Array.isArray(v) && v.length === 0) return '[]';
  if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) return '{}';
  return null;
}

function emit(v: unknown, indent: string, out: string[]): void {
  if (Array.isArray(v)) {
    for (const item of v) {
      if (item !== null && typeof item === 'object' && !isEmptyCollection(item)) {
        const lines: string[] = [];
        emit(item, indent + '  ', lines);
        // The first line of the item sits after the dash.
        lines[0] = indent + '- ' + lines[0].slice(indent.length + 2);
        // (no spread: a sequence of a million routes would overflow the stack)
        for (const l of lines) out.push(l);
      } else out.push(`${indent}- ${isEmptyCollection(item) ?? scalar(item)}`);
    }
    return;
  }
  for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
    if (val === undefined) continue;
    if (val instanceof YamlSeq) {
      const text = val.render(indent);
      out.push(text ? `${indent}${key(k)}:\n${text}` : `${indent}${key(k)}: []`);
      continue;
    }
    const empty = isEmptyCollection(val);
    if (val !== null && typeof val === 'object' && !empty) {
      out.push(`${indent}${key(k)}:`);
      emit(val, Array.isArray(val) ? indent : indent + '  ', out);
    } else out.push(`${indent}${key(k)}: ${empty ?? scalar(val)}`);
  }
}

export function toYaml(data: Record<string, unknown>, header = ''): string {
  const out: string[] = [];
  if (Object.keys(data).length === 0) out.push('{}');
  else emit(data, '', out);
  return header + out.join('\n') + '\n';
}
