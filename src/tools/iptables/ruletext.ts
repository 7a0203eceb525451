// The text the netfilter model keeps each rule as: the canonical
// iptables-save form after "-A CHAIN" (leading space). It is the rule's
// identity for -D/-C, one line of the snapshot, and decodes back to the typed
// RuleSpec with the same option parser the command line uses. Registered with
// the kernel model on import (it has no syntax of its own).

import { setRuleText } from '../../kernel/netfilter/netfilter';
import type { NfFamily, RuleSpec } from '../../kernel/netfilter/types';
import { RuleParser, saveRule, TARGET_NAMES, XtError } from './rule';

/** Shell-like word split of save text ("..." quoting with \" and \\ escapes). */
export function splitWords(s: string, doubleOnly = false): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && (s[i] === ' ' || s[i] === '\t')) i++;
    if (i >= n) break;
    let w = '';
    while (i < n && s[i] !== ' ' && s[i] !== '\t') {
      const c = s[i];
      if (c === '"' || (c === "'" && !doubleOnly)) {
        const q = c;
        i++;
        while (i < n && s[i] !== q) {
          if (q === '"' && s[i] === '\\' && i + 1 < n) i++;
          w += s[i++];
        }
        i++;
      } else w += s[i++];
    }
    out.push(w);
  }
  return out;
}

/** Decodes canonical rule text (no chain or set existence checks: the text was valid). */
export function decodeRuleText(text: string, family: NfFamily): RuleSpec {
  const argv = splitWords(text);
  const p = new RuleParser(family);
  let i = 0;
  while (i < argv.length) {
    let inv = false;
    if (argv[i] === '!') {
      inv = true;
      i++;
    }
    const n = p.option(argv, i, inv);
    if (n < 0) throw new XtError(`bad rule text: ${text}`);
    i = n;
  }
  return p.finish(() => true)[0];
}

/** The -j/-g word of canonical rule text when it names a chain (outside quotes). */
export function jumpOf(text: string): string | undefined {
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (q) {
      if (c === 92) i++;
      else if (c === 34) q = false;
      continue;
    }
    if (c === 34) q = true;
    else if (c === 45 && text.charCodeAt(i - 1) === 32 && (text[i + 1] === 'j' || text[i + 1] === 'g') && text.charCodeAt(i + 2) === 32) {
      let e = text.indexOf(' ', i + 3);
      if (e < 0) e = text.length;
      const name = text.slice(i + 3, e);
      return TARGET_NAMES.has(name) ? undefined : name;
    }
  }
  return undefined;
}

/** The targets and matches hookSensitive() (kernel/netfilter/netfilter.ts) looks at, found in the text. */
const SENSITIVE = / -j (?:DNAT|SNAT|MASQUERADE|REDIRECT|REJECT|TCPMSS|CHECKSUM)\b| -m (?:owner|mac|addrtype|rpfilter) /;

setRuleText({
  encode: saveRule,
  decode: decodeRuleText,
  jumpOf,
  sensitive: (text) => SENSITIVE.test(text),
  setRefs(text, name) {
    if (!text.includes('-set ')) return 0;
    let n = 0;
    for (const opt of [' --match-set ', ' --add-set ', ' --del-set ']) {
      const needle = `${opt}${name} `;
      for (let k = text.indexOf(needle); k >= 0; k = text.indexOf(needle, k + 1)) n++;
    }
    return n;
  },
});
