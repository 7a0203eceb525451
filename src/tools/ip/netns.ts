// ip netns: being written (see the ip/link/address/netns work on issue 2).

import type { ExecRequest } from '../types';
import { type Ip, notSupported } from './common';

export function doNetns(ip: Ip, _args: string[]): number | ExecRequest {
  notSupported(ip, 'ip netns');
}
