// Link-layer (Ethernet) addresses: six octets, stored as lowercase
// "xx:xx:xx:xx:xx:xx" so that string order equals numeric order.

export type Mac = string;

export const ZERO_MAC: Mac = '00:00:00:00:00:00';
export const BROADCAST_MAC: Mac = 'ff:ff:ff:ff:ff:ff';

/** iproute2 ll_addr_a2n: hex octets separated by ':' (1-2 digits each). */
export function parseMac(s: string): Mac | null {
  const parts = s.split(':');
  if (parts.length !== 6) return null;
  const out: string[] = [];
  for (const p of parts) {
    if (!/^[0-9a-fA-F]{1,2}$/.test(p)) return null;
    out.push(p.toLowerCase().padStart(2, '0'));
  }
  return out.join(':');
}

export function macBytes(m: Mac): number[] {
  return m.split(':').map((x) => parseInt(x, 16));
}

export function macFromBytes(b: ArrayLike<number>): Mac {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(':');
}

/** eth_random_addr(): random, locally administered, unicast. */
export function randomMac(rand: () => number): Mac {
  const b: number[] = [];
  for (let i = 0; i < 6; i++) b.push(Math.floor(rand() * 256) & 255);
  b[0] = (b[0] & 0xfe) | 0x02;
  return macFromBytes(b);
}

export const isMulticastMac = (m: Mac): boolean => (parseInt(m.slice(0, 2), 16) & 1) === 1;
export const isZeroMac = (m: Mac): boolean => m === ZERO_MAC;

/** Modified EUI-64 interface identifier (RFC 4291 appendix A), as the kernel's
 * addrconf_ifid_eui48() builds it. */
export function eui64(m: Mac): bigint {
  const b = macBytes(m);
  const id = [b[0] ^ 2, b[1], b[2], 0xff, 0xfe, b[3], b[4], b[5]];
  let v = 0n;
  for (const x of id) v = (v << 8n) | BigInt(x);
  return v;
}
