// A small line-based unified diff (Myers' O(ND) algorithm), for readable
// conformance failures. Lines missing their final newline are marked as diff(1)
// does, so a trailing-newline difference is visible.

type Op = { kind: ' ' | '-' | '+'; line: string };

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += '\n\\ No newline at end of text';
  return lines;
}

function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }
  // Backtrack.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[off + k - 1] < vd[off + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[off + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ kind: ' ', line: a[--x] }), y--;
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', line: b[--y] });
      else ops.push({ kind: '-', line: a[--x] });
    }
  }
  while (x > 0 && y > 0) ops.push({ kind: ' ', line: a[--x] }), y--;
  return ops.reverse();
}

/** `diff -u` style text of a -> b; '' when equal. */
export function unifiedDiff(a: string, b: string, labelA = 'expected', labelB = 'actual', context = 3): string {
  if (a === b) return '';
  const al = splitLines(a);
  const bl = splitLines(b);
  const ops = myers(al, bl);
  const out: string[] = [`--- ${labelA}`, `+++ ${labelB}`];
  // Group changes into hunks with `context` lines around them.
  let i = 0;
  let ai = 0;
  let bi = 0;
  const pos: { a: number; b: number }[] = [];
  for (const op of ops) {
    pos.push({ a: ai, b: bi });
    if (op.kind !== '+') ai++;
    if (op.kind !== '-') bi++;
  }
  while (i < ops.length) {
    if (ops[i].kind === ' ') {
      i++;
      continue;
    }
    let start = Math.max(0, i - context);
    let end = i;
    // Extend while the next change is within 2*context.
    for (;;) {
      while (end < ops.length && ops[end].kind !== ' ') end++;
      let j = end;
      while (j < ops.length && ops[j].kind === ' ' && j - end < 2 * context) j++;
      if (j < ops.length && ops[j].kind !== ' ' && j - end <= 2 * context) {
        end = j;
        continue;
      }
      break;
    }
    const stop = Math.min(ops.length, end + context);
    const hunk = ops.slice(start, stop);
    const aCount = hunk.filter((o) => o.kind !== '+').length;
    const bCount = hunk.filter((o) => o.kind !== '-').length;
    const p = pos[start];
    out.push(`@@ -${aCount ? p.a + 1 : p.a},${aCount} +${bCount ? p.b + 1 : p.b},${bCount} @@`);
    for (const o of hunk) out.push(o.kind + o.line);
    i = stop;
    start = stop;
  }
  return out.join('\n') + '\n';
}
