// Shared pieces of the emulated `ip`: global options, iproute2's matches(),
// argument errors and their exit codes, and turning kernel errors into the
// messages iproute2 prints.

import type { ToolContext } from '../types';
import type { Netns } from '../../kernel/netns';
import { KernelError, STRERROR } from '../../kernel/errors';
import { Printer } from '../../lib/printer';
import { HOSTS4, HOSTS6 } from '../../net/netdb';
import { type IpAddr, formatIp, parseIp } from '../../net/ip';

export interface IpOptions {
  family: 0 | 4 | 6 | 'link' | 'mpls' | 'bridge';
  stats: number;
  details: number;
  resolve: boolean;
  oneline: boolean;
  timestamp: number;
  force: boolean;
  batchFile?: string;
  brief: boolean;
  json: boolean;
  pretty: boolean;
  color: boolean;
  numeric: boolean;
  all: boolean;
  human: boolean;
  iec: boolean;
  echo: boolean;
  loops: number;
}

export function defaultIpOptions(): IpOptions {
  return {
    family: 0,
    stats: 0,
    details: 0,
    resolve: false,
    oneline: false,
    timestamp: 0,
    force: false,
    brief: false,
    json: false,
    pretty: false,
    color: false,
    numeric: false,
    all: false,
    human: false,
    iec: false,
    echo: false,
    loops: 10,
  };
}

/** What one `ip` command runs with: the tool context, the namespace it acts
 * in (after -n), and the global options. */
export interface Ip {
  ctx: ToolContext;
  ns: Netns;
  opts: IpOptions;
  out(s: string): void;
  err(s: string): void;
  /** A printer for the global options (json: false forces text). */
  printer(o?: { json?: boolean }): Printer;
}

/** preferred_family when it names IPv4 or IPv6 (0: any, or another family). */
export function prefFamily(ip: Ip): 0 | 4 | 6 {
  return ip.opts.family === 4 || ip.opts.family === 6 ? ip.opts.family : 0;
}

/** Thrown to end the command with an exit status (iproute2's exit()). */
export class IpExit extends Error {
  constructor(
    readonly code: number,
    /** true: the command returned a failure (ip -batch goes on with -force);
     * false: iproute2 called exit(), which ends a batch too. */
    readonly returned = false,
  ) {
    super(`exit ${code}`);
  }
}

/** iproute2 matches(): `arg` is a non-empty prefix of `pattern`. */
export function matches(arg: string, pattern: string): boolean {
  return arg.length > 0 && arg.length <= pattern.length && pattern.startsWith(arg);
}

/** invarg(): 'Error: argument "X" is wrong: MSG' and exit(-1). */
export function invarg(ip: Ip, msg: string, arg: string): never {
  ip.err(`Error: argument "${arg}" is wrong: ${msg}\n`);
  throw new IpExit(255);
}

/** duparg(), duparg2(). */
export function duparg(ip: Ip, key: string, arg: string): never {
  ip.err(`Error: duplicate "${key}": "${arg}" is the second value.\n`);
  throw new IpExit(255);
}
export function duparg2(ip: Ip, key: string, arg: string): never {
  ip.err(`Error: either "${key}" is duplicate, or "${arg}" is a garbage.\n`);
  throw new IpExit(255);
}

/** missarg(). */
export function missarg(ip: Ip, key: string): never {
  ip.err(`Error: argument "${key}" is required\n`);
  throw new IpExit(255);
}

/** NEXT_ARG() running off the end: incomplete_command(). */
export function incomplete(ip: Ip): never {
  ip.err('Command line is not complete. Try option "help"\n');
  throw new IpExit(255);
}

/** A kernel answer to a netlink request, as rtnl_talk() reports it: the
 * extended ack when present ("Error: ...."), else "RTNETLINK answers: ...". */
export function kernelError(ip: Ip, e: KernelError, code = 2): never {
  if (e.extack) ip.err(`Error: ${e.extack}.\n`);
  else ip.err(`RTNETLINK answers: ${STRERROR[e.errno]}\n`);
  throw new IpExit(code, true);
}

/** rtnl_echo_talk() with `ip -echo`: the kernel's answer printed through
 * the object's print function inside one JSON object; a request that got
 * only an ack back (print undefined) leaves it empty ("[{}]" with -j). */
export function echoAnswer(ip: Ip, print?: (p: Printer) => void): void {
  const p = ip.printer().begin();
  p.openObject();
  print?.(p);
  p.closeObject();
  p.end();
  ip.out(p.toString());
}

/** A recognised feature that iplab does not model yet. */
export function notSupported(ip: Ip, what: string): never {
  ip.err(`iplab: ${what} is not supported by iplab\n`);
  throw new IpExit(2);
}

/** Runs f, turning KernelErrors into iproute2's report. */
export function talk<T>(ip: Ip, f: () => T, code = 2): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof KernelError) kernelError(ip, e, code);
    throw e;
  }
}

/** ll_addr_a2n(): colon-separated hex octets (sscanf "%x" each). A bad one
 * is reported and the command returns a failure (ip -force -batch goes on). */
export function parseLladdr(ip: Ip, arg: string): number[] {
  if (arg.includes('.')) notSupported(ip, 'IPv4-style link-layer addresses');
  const out: number[] = [];
  let rest = arg;
  for (let i = 0; i < 32; i++) {
    const cp = rest.indexOf(':');
    const part = cp >= 0 ? rest.slice(0, cp) : rest;
    const m = /^\s*[+]?(?:0[xX])?([0-9a-fA-F]+)/.exec(part);
    const v = m ? parseInt(m[1], 16) : NaN;
    if (!m || v > 255) {
      ip.err(`"${part}" is invalid lladdr.\n`);
      throw new IpExit(1, true);
    }
    out.push(v);
    if (cp < 0) break;
    rest = rest.slice(cp + 1);
  }
  return out;
}

/** nodev(): "Cannot find device" and return -1 (exit 1). */
export function nodev(ip: Ip, name: string): never {
  ip.err(`Cannot find device "${name}"\n`);
  throw new IpExit(1, true);
}

/** ll_name_to_index() or nodev(). */
export function devIndex(ip: Ip, name: string): number {
  const l = ip.ns.byName(name);
  if (!l) nodev(ip, name);
  return l.ifindex;
}

/** format_host() of lib/utils.c: with -r (resolve_hosts) the name
 * gethostbyaddr() returns, else the address. iplab never asks a name server:
 * names come from the hosts table of src/net/netdb.ts (the /etc/hosts of the
 * recording host, which iptables -L uses too); any other address prints
 * numerically, as it does in a fresh namespace where no name server is
 * reachable. */
export function formatHost(ip: Ip, a: IpAddr): string {
  if (ip.opts.resolve) {
    const n = a.f === 4 ? HOSTS4.get(a.v) : HOSTS6.get(a.v);
    if (n !== undefined) return n;
  }
  return formatIp(a);
}

/** formatHost() for an address already written out (inet_ntop form). */
export function formatHostText(ip: Ip, text: string): string {
  if (!ip.opts.resolve) return text;
  const a = parseIp(text);
  return a ? formatHost(ip, a) : text;
}
