// Processes iplab started inside namespaces are recorded in the state
// (nsenter -t, lsns, ip netns pids). One that is gone — its iplab parent was
// killed before it could clean up — no longer holds its namespace.

import type { Kernel } from '../kernel/kernel';

/** Dead processes no longer hold their namespaces (a SIGKILLed iplab could not
 * clean up after its child); namespaces nobody holds go, as on Linux. */
export function reapProcesses(k: Kernel, alive: (pid: number) => boolean = pidAlive): boolean {
  const dead = k.processes.filter((p) => !alive(p.pid));
  if (!dead.length) return false;
  for (const p of dead) k.processes.splice(k.processes.indexOf(p), 1);
  for (const p of dead) {
    const ns = k.namespaces.get(p.netns);
    if (ns && !k.isHeld(ns)) k.destroyNetns(ns);
  }
  return true;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

