// Program name -> emulated main. One line per program; keep the table as data.

import type { ToolMain } from './types';
import { main as ip } from './ip/main';
import { main as sysctl } from './sysctl/main';
import { main as unshare } from './unshare/main';
import { main as nsenter } from './nsenter/main';
import { main as lsns } from './lsns/main';
import { IPTABLES_TOOLS } from './iptables/tools';
import { main as route } from './route/main';
import { main as netstat } from './netstat/main';
import { main as ipset } from './ipset/main';

export const TOOLS: Record<string, ToolMain> = {
  ip,
  sysctl,
  unshare,
  nsenter,
  lsns,
  ...IPTABLES_TOOLS,
  route,
  netstat,
  ipset,
};

/** Networking programs that iplab refuses inside `iplab run` / `iplab shell`
 * until they are emulated: each gets a shim that says so and exits 127, so the
 * host's program never runs. Remove a name here when it joins TOOLS. */
export const NOT_EMULATED = [
  'iptables-legacy', 'iptables-legacy-save', 'iptables-legacy-restore', 'xtables-multi',
  'xtables-legacy-multi', 'xtables-nft-multi', 'ip6tables-legacy', 'arptables', 'ebtables', 'nft', 'ipvsadm', 'bridge', 'brctl',
  'conntrack', 'ping', 'ping6', 'traceroute', 'traceroute6', 'tracepath', 'tracepath6', 'arping', 'tc', 'ss',
  'ethtool', 'ifconfig', 'arp', 'nc', 'ncat', 'netcat', 'curl', 'wget', 'nslookup', 'dig',
  'host', 'mtr', 'tcpdump', 'tshark', 'socat', 'telnet', 'ssh', 'scp', 'rsync', 'ifup', 'ifdown', 'ifquery',
  'dhclient', 'dhcpcd', 'udhcpc', 'nmcli', 'networkctl', 'resolvectl', 'iw', 'iwconfig', 'wg', 'vconfig',
  'ipmaddr', 'iptunnel', 'nameif', 'mii-tool', 'plipconfig', 'slattach', 'rarp', 'devlink', 'dcb', 'rdma',
  'tipc', 'vdpa', 'genl', 'lnstat', 'nstat', 'rtacct', 'rtmon', 'rtstat', 'ctstat', 'routel', 'bpftool',
  'ipvsadm-save', 'ipvsadm-restore', 'conntrackd', 'nfct', 'ip6tables-legacy-save', 'ip6tables-legacy-restore',
  'ebtables-save', 'ebtables-restore', 'arptables-save',
  'arptables-restore', 'nping', 'nmap', 'hping3', 'iperf', 'iperf3', 'busybox', 'toybox',
  // iptables-nft companions and the arptables/ebtables families as Debian installs them.
  'iptables-translate', 'ip6tables-translate', 'iptables-restore-translate', 'ip6tables-restore-translate',
  'iptables-apply', 'ip6tables-apply', 'xtables-monitor', 'arptables-nft', 'arptables-nft-save',
  'arptables-nft-restore', 'ebtables-nft', 'ebtables-nft-save', 'ebtables-nft-restore', 'ebtables-translate',
  'arptables-translate', 'arpd', 'ping4', 'clockdiff', 'rdisc', 'ndisc6', 'rdisc6', 'ifstat', 'ifenslave',
];
