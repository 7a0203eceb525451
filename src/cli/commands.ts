// `iplab run`, `iplab shell`, help and version: the parts of the CLI that are
// not one emulated program. Loaded only when needed (commander costs ~10 ms).

import { Command, CommanderError } from 'commander';
import { constants as osConstants } from 'node:os';
import * as fs from 'node:fs';
import { join } from 'node:path';
import type { GlobalOptions } from './main';
import { childEnv, shimDir } from './spawn';
import { probeIsolation, spawnIsolated } from './isolate';
import { TOOLS } from '../tools/registry';

const VERSION = '0.1.0';

function findShell(): string {
  for (const s of ['/bin/bash', '/usr/bin/bash', '/usr/local/bin/bash']) if (fs.existsSync(s)) return s;
  return '/bin/sh';
}

export function runCommands(opts: GlobalOptions, argv: string[]): number {
  let code = 0;
  const program = new Command('iplab')
    .description('A rootless, offline emulator of the Linux network stack, driven by the real command-line tools.')
    .version(VERSION)
    .usage('[--state FILE] <tool> [args...] | run FILE [args...] | shell')
    .option('--state <file>', 'the state file (default: $IPLAB_STATE or ~/.local/state/iplab/state.yaml)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) })
    .addHelpText(
      'after',
      `\nEmulated tools: ${Object.keys(TOOLS).sort().join(', ')}\n` +
        'sysctl sees /proc/sys/net only (sysctl -a lists net.*); unshare and nsenter model the network namespace,\n' +
        'their other namespace options are accepted and change nothing; lsns lists network namespaces only.\n' +
        `State file: ${opts.statePath}\n`,
    );

  const isolationHelp = () => {
    const iso = probeIsolation(process.env);
    const now =
      iso.mode === 'mount'
        ? 'On this machine: mount isolation. Every networking program found on the host (ip, iptables, ping, curl, ...)\n' +
          'is covered by a bind mount of iplab\'s shim in a private user+mount namespace, so no path, exec, env,\n' +
          'sh -c, xargs, busybox or Python subprocess reaches the host program. The network namespace is not unshared.'
        : `On this machine: PATH isolation only (${iso.reason}). The shims come first on PATH and bash functions\n` +
          'cover absolute paths such as /usr/sbin/ip typed in a bash script; `exec /sbin/ip`, `command /sbin/ip`,\n' +
          'other shells (sh -c \'/sbin/ip\'), xargs and subprocesses by absolute path are NOT caught.';
    return `\nNetworking programs other than the emulated ones exit 127 with "iplab: NAME is not emulated yet".\n${now}\nThe script sees IPLAB_ISOLATION=mount or path.\n`;
  };

  program
    .command('run')
    .description('run a shell script with the emulated tools first on PATH; exit status is the script\'s')
    .addHelpText('after', isolationHelp)
    .argument('<file>', 'the script')
    .argument('[args...]', 'arguments for the script')
    .allowUnknownOption()
    .action((file: string, args: string[]) => {
      if (!fs.existsSync(file)) {
        process.stderr.write(`iplab: ${file}: No such file or directory\n`);
        code = 127;
        return;
      }
      const r = spawnIsolated([findShell(), file, ...args], childEnv(opts), join(__dirname, 'iplab.cjs'), shimDir());
      code = r.status ?? 128 + (r.signal ? (osConstants.signals[r.signal] ?? 15) : 0);
    });

  program
    .command('shell')
    .description('an interactive shell with the emulated tools first on PATH; the prompt names the namespace')
    .addHelpText('after', isolationHelp)
    .action(() => {
      const sh = findShell();
      // Exported, PROMPT_COMMAND reaches every interactive bash started
      // inside (ip netns exec NS bash, nsenter, unshare -n): each prompt
      // names the namespace it runs in.
      const env = childEnv(opts, {
        IPLAB_SHELL: '1',
        PROMPT_COMMAND: "PS1='[iplab${IPLAB_NETNS_NAME:+ netns $IPLAB_NETNS_NAME}] \\w\\$ '",
      });
      const rc = `${shimDir()}/.bashrc`;
      const args = sh.endsWith('bash') ? ['--rcfile', rc, '-i'] : ['-i'];
      if (!sh.endsWith('bash')) env.PS1 = '[iplab] $ ';
      const r = spawnIsolated([sh, ...args], env, join(__dirname, 'iplab.cjs'), shimDir());
      code = r.status ?? 0;
    });

  if (argv.length === 0) {
    program.outputHelp();
    return 0;
  }
  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      if (e.code === 'commander.unknownCommand') {
        return 127;
      }
      return 2;
    }
    throw e;
  }
  return code;
}
