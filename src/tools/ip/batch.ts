// ip -batch FILE: being written (routing work, issue 3).

import type { Ip } from './common';
import { notSupported } from './common';

export function batch(ip: Ip, _file: string): number {
  notSupported(ip, 'ip -batch');
}
