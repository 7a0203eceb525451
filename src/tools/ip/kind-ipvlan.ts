// `ip link ... type ipvlan`: ipvlan_parse_opt(), ipvlan_print_opt() and the
// help text of iproute2 ip/iplink_ipvlan.c.

import { Out, type Printer } from '../../lib/printer';
import type { IpvlanAttrs } from '../../kernel/kinds/ipvlan';
import { IPVLAN_F_PRIVATE, IPVLAN_F_VEPA } from '../../kernel/kinds/ipvlan';
import { type Ip, IpExit, incomplete, matches } from './common';

export const IPVLAN_USAGE = 'Usage: ... ipvlan [ mode MODE ] [ FLAGS ]\n\nMODE: l3 | l3s | l2\nFLAGS: bridge | private | vepa\n(first values are the defaults if nothing is specified).\n';

/** ipvlan_parse_opt(): IFLA_IPVLAN_MODE when given, IFLA_IPVLAN_FLAGS always. */
export function parseIpvlanOpts(ip: Ip, args: string[]): IpvlanAttrs {
  const out: IpvlanAttrs = { flags: 0 };
  let mflag = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (matches(a, 'mode')) {
      if (i + 1 >= args.length) incomplete(ip);
      const v = args[++i];
      const mode = v === 'l2' ? 0 : v === 'l3' ? 1 : v === 'l3s' ? 2 : -1;
      if (mode < 0) {
        ip.err('Error: argument of "mode" must be either "l2", "l3" or "l3s"\n');
        throw new IpExit(1);
      }
      out.mode = mode;
    } else if (matches(a, 'private') && !mflag) {
      out.flags |= IPVLAN_F_PRIVATE;
      mflag = true;
    } else if (matches(a, 'vepa') && !mflag) {
      out.flags |= IPVLAN_F_VEPA;
      mflag = true;
    } else if (matches(a, 'bridge') && !mflag) mflag = true;
    else if (matches(a, 'help')) {
      ip.err(IPVLAN_USAGE);
      throw new IpExit(1);
    } else {
      ip.err(`ipvlan: unknown option "${a}"?\n`);
      ip.err(IPVLAN_USAGE);
      throw new IpExit(1);
    }
  }
  return out;
}

/** ipvlan_print_opt() over ipvlan_nl_fillinfo(): the port's mode, the device's flags. */
export function printIpvlanData(p: Printer, mode: number, f: number): void {
  p.openObject('info_data');
  p.string(Out.ANY, 'mode', ' mode %s ', ['l2', 'l3', 'l3s'][mode] ?? 'unknown');
  if (f & IPVLAN_F_PRIVATE) p.bool(Out.ANY, 'private', 'private ', true);
  else if (f & IPVLAN_F_VEPA) p.bool(Out.ANY, 'vepa', 'vepa ', true);
  else p.bool(Out.ANY, 'bridge', 'bridge ', true);
  p.closeObject();
}
