// A small printf(3) for the formats the emulated tools use: %s %d %i %u %x %X
// %o %c %g %f %e %% with flags "-+ 0#", width and precision (also "*"), and
// the length modifiers h hh l ll z j t q, which are accepted and ignored.

export function sprintf(fmt: string, ...args: unknown[]): string {
  let out = '';
  let ai = 0;
  const n = fmt.length;
  for (let i = 0; i < n; i++) {
    const c = fmt.charCodeAt(i);
    if (c !== 37 /* % */) {
      out += fmt[i];
      continue;
    }
    i++;
    if (fmt[i] === '%') {
      out += '%';
      continue;
    }
    let flags = '';
    while (i < n && '-+ 0#'.includes(fmt[i])) flags += fmt[i++];
    let width = -1;
    if (fmt[i] === '*') {
      width = Number(args[ai++]);
      if (width < 0) {
        flags += '-';
        width = -width;
      }
      i++;
    } else {
      let w = '';
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') w += fmt[i++];
      if (w) width = Number(w);
    }
    let prec = -1;
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        prec = Number(args[ai++]);
        i++;
      } else {
        let p = '';
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') p += fmt[i++];
        prec = p ? Number(p) : 0;
      }
    }
    while (i < n && 'hlLqjzt'.includes(fmt[i])) i++;
    const conv = fmt[i];
    const arg = args[ai++];
    let s: string;
    let numeric = true;
    let sign = '';
    switch (conv) {
      case 's':
        numeric = false;
        s = arg === null || arg === undefined ? '(null)' : String(arg);
        if (prec >= 0) s = s.slice(0, prec);
        break;
      case 'c':
        numeric = false;
        s = typeof arg === 'number' ? String.fromCharCode(arg) : String(arg);
        break;
      case 'd':
      case 'i':
      case 'u': {
        let v = typeof arg === 'bigint' ? arg : BigInt(Math.trunc(Number(arg)));
        if (v < 0n) {
          sign = '-';
          v = -v;
        } else if (flags.includes('+')) sign = '+';
        else if (flags.includes(' ')) sign = ' ';
        s = v.toString();
        if (prec >= 0) s = s.padStart(prec, '0');
        break;
      }
      case 'x':
      case 'X':
      case 'o': {
        const num = Number(arg);
        const v = typeof arg === 'bigint' ? arg : BigInt(num < 0 ? num >>> 0 : Math.trunc(num));
        s = v.toString(conv === 'o' ? 8 : 16);
        if (conv === 'X') s = s.toUpperCase();
        if (prec >= 0) s = s.padStart(prec, '0');
        if (flags.includes('#') && v !== 0n) s = (conv === 'o' ? '0' : conv === 'x' ? '0x' : '0X') + s;
        break;
      }
      case 'f':
      case 'F':
      case 'e':
      case 'g': {
        const v = Number(arg);
        if (v < 0 || Object.is(v, -0)) sign = '-';
        else if (flags.includes('+')) sign = '+';
        else if (flags.includes(' ')) sign = ' ';
        const a = Math.abs(v);
        const p = prec < 0 ? 6 : prec;
        if (conv === 'f' || conv === 'F') s = a.toFixed(p);
        else if (conv === 'e') s = expC(a, p);
        else s = formatG(a, p === 0 ? 1 : p, flags.includes('#'));
        break;
      }
      default:
        // Unknown conversion: print it literally, as glibc would.
        numeric = false;
        s = '%' + flags + (conv ?? '');
        ai--;
    }
    let body = sign + s;
    if (width >= 0 && body.length < width) {
      if (flags.includes('-')) body = body.padEnd(width, ' ');
      else if (numeric && flags.includes('0') && prec < 0) body = sign + s.padStart(width - sign.length, '0');
      else body = body.padStart(width, ' ');
    }
    out += body;
  }
  return out;
}

function expC(a: number, p: number): string {
  const [m, e] = a.toExponential(p).split('e');
  const ev = Number(e);
  return `${m}e${ev < 0 ? '-' : '+'}${String(Math.abs(ev)).padStart(2, '0')}`;
}

/** %g: shortest of %e/%f with `p` significant digits, trailing zeros removed. */
function formatG(a: number, p: number, alt: boolean): string {
  if (a === 0) return '0';
  const exp = Math.floor(Math.log10(a));
  let s: string;
  const rounded = Number(a.toPrecision(p));
  const x = rounded === 0 ? exp : Math.floor(Math.log10(rounded));
  if (x < -4 || x >= p) {
    s = expC(a, p - 1);
    if (!alt) s = s.replace(/\.?0+e/, 'e');
  } else {
    s = a.toFixed(Math.max(0, p - 1 - x));
    if (!alt && s.includes('.')) s = s.replace(/\.?0+$/, '');
  }
  return s;
}
