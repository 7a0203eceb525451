// ip/ip.c cmds[]: the order decides what an abbreviation means.

import type { ExecRequest } from '../types';
import type { Ip } from './common';
import { IpExit } from './common';
import { usage } from './main';
import { doLink } from './link';
import { doAddress } from './address';
import { doNetns } from './netns';
import { doRoute } from './route';
import { doRule } from './rule';
import { doNeigh } from './neigh';
import { doNexthop } from './nexthop';
import { doVrf } from './vrf';
import { doTuntap } from './tuntap';

export interface IpObject {
  name: string;
  /** undefined: recognised by iproute2 but not modelled by iplab yet. */
  run?: (ip: Ip, args: string[]) => number | ExecRequest;
}

const help = (ip: Ip): number => {
  usage(ip);
};

export const OBJECTS: IpObject[] = [
  { name: 'address', run: doAddress },
  { name: 'addrlabel' },
  { name: 'maddress' },
  { name: 'route', run: doRoute },
  { name: 'rule', run: doRule },
  { name: 'neighbor', run: doNeigh },
  { name: 'neighbour', run: doNeigh },
  { name: 'ntable' },
  { name: 'ntbl' },
  { name: 'link', run: doLink },
  { name: 'l2tp' },
  { name: 'fou' },
  { name: 'ila' },
  { name: 'macsec' },
  { name: 'tunnel' },
  { name: 'tunl' },
  { name: 'tuntap', run: doTuntap },
  { name: 'tap', run: doTuntap },
  { name: 'token' },
  { name: 'tcpmetrics' },
  { name: 'tcp_metrics' },
  { name: 'monitor' },
  { name: 'xfrm' },
  { name: 'mroute' },
  { name: 'mrule' },
  { name: 'netns', run: doNetns },
  { name: 'netconf' },
  { name: 'vrf', run: doVrf },
  { name: 'sr' },
  { name: 'nexthop', run: doNexthop },
  { name: 'mptcp' },
  { name: 'ioam' },
  { name: 'help', run: help },
  { name: 'stats' },
];

export { IpExit };
