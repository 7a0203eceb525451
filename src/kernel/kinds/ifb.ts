// Intermediate Functional Block devices (drivers/net/ifb.c): a queue to
// redirect ingress traffic into with tc. The model keeps what ifb_setup()
// gives a device; traffic control itself is not modelled.

import type { Link } from '../link';

/** ifb_setup(): ether_setup() then IFF_NOARP set, IFF_MULTICAST cleared,
 * TX_Q_LIMIT (32) packets of queue unless txqueuelen was given, no MTU
 * limits, and the full GSO_MAX_SIZE as TSO limit. */
export function ifbSetup(l: Link, txqlen: number | undefined): void {
  l.txqlen = txqlen ?? 32;
  l.noarp = true;
  l.multicast = false;
  l.tsoMaxSize = 524280;
}
