// The interface between an emulated program and the rest of iplab.
//
// A tool is `main(argv, ctx)`: argv[0] is the program name as invoked
// ("ip", "iptables-save", ...). It parses argv into a typed request, applies
// it to the kernel model and renders the answer. It never touches the real
// file system, processes or the network directly: everything outside the
// model comes through ctx.io, so the same tool runs in the CLI, in tests and
// through the library API.

import type { Kernel } from '../kernel/kernel';
import type { Netns } from '../kernel/netns';

export interface ToolIO {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Reads a file of the host (sysctl -p, ip -batch FILE, iptables-restore FILE).
   * Throws a NodeJS.ErrnoException-like error ({code: 'ENOENT'}) on failure. */
  readFile(path: string): string;
  /** The names in a host directory, unsorted as readdir gives them (sysctl
   * --system); absent or throwing: treat the directory as missing. */
  listDir?(path: string): string[];
  /** All of standard input ('' when there is none). */
  readStdin(): string;
  /** Is standard output a terminal? (colour "auto", ip's pager decisions.) */
  isatty(): boolean;
  /** Binary output, bytes as they are (ip route save). Absent: the bytes go
   * to stdout() as a latin1 string. */
  stdoutBytes?(b: Uint8Array): void;
  /** All of standard input as bytes (ip route restore); absent: readStdin()
   * as UTF-8. */
  readStdinBytes?(): Uint8Array;
  /** Is standard input a terminal? (ip route restore refuses one.) */
  stdinIsatty?(): boolean;
}

/** What a tool asks the caller to do when it must run another program in a
 * namespace: `ip netns exec NS CMD`, `nsenter --net=... CMD`, `unshare -n CMD`.
 * The caller saves the state, releases the lock, runs argv with the namespace
 * in the environment, then calls `after` (under the lock again) if given. */
export interface ExecRequest {
  kind: 'exec';
  argv: string[];
  /** The namespace (inode number) the program runs in. */
  netns: number;
  /** Extra environment for the program. */
  env?: Record<string, string>;
  /** Bookkeeping once the program has exited (unshare drops its namespace). */
  after?: (kernel: Kernel, exitCode: number) => void;
  /** Record the child as a process of the namespace (nsenter -t, lsns). */
  command: string;
  /** The tool's words when the program cannot be started (errno name): by
   * default util-linux's errexec(), "PROG: failed to execute CMD: ERR" with
   * status 127 (ENOENT) or 126. */
  execFailed?: (errno: string) => { stderr: string; code: number };
  /** The program asking (unshare, nsenter) for the default message. */
  program?: string;
  /** Written to standard output just before the program starts (the
   * "\nnetns: NAME\n" header of `ip -all netns exec`). */
  banner?: string;
  /** Called (under the lock, after `after`) once the program has exited:
   * another program to run next, or the final exit status. `ip -all netns
   * exec` runs one program per named namespace this way. */
  next?: (kernel: Kernel, exitCode: number) => ExecRequest | number;
}

export interface ToolContext {
  kernel: Kernel;
  /** The namespace the program runs in. */
  ns: Netns;
  env: Readonly<Record<string, string | undefined>>;
  io: ToolIO;
  /** Set by a tool that changed the model, so the caller saves it. */
  dirty: boolean;
}

export type ToolResult = number | ExecRequest;

export type ToolMain = (argv: string[], ctx: ToolContext) => ToolResult;
