#!/usr/bin/env python3
# The kernel's own IPv4 FIB lookup timed in the kernel, for
# fib-lookup.bench.ts to compare with: an XDP program that draws a random
# destination (bpf_get_prandom_u32) and looks it up with bpf_fib_lookup(),
# run REPEAT times by BPF_PROG_TEST_RUN, which reports the mean ns per run.
# Flags DIRECT (fib_table_lookup() on main) or 0 (fib_lookup(): local and
# main), with SKIP_NEIGH. The helper does a little more than the lookup
# (the random draw, device and forwarding checks, the result copy), so the
# figure is an upper bound of the lookup's own cost.
#
# Run as root inside `unshare --net`, after the table is installed and
# net.ipv4.conf.lo.forwarding is 1 (bpf_fib_lookup() wants a forwarding
# input device). Prints "<flags> <ns per lookup> <retval>" per mode.
# Usage: _kernel_fib_lookup.py REPEAT

import ctypes
import struct
import sys

BPF_PROG_LOAD = 5
BPF_PROG_TEST_RUN = 10
BPF_PROG_TYPE_XDP = 6
NR_BPF = 321  # x86_64
HELPER_GET_PRANDOM_U32 = 7
HELPER_FIB_LOOKUP = 69
FIB_LOOKUP_DIRECT = 1
FIB_LOOKUP_SKIP_NEIGH = 4

libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long


def bpf(cmd, attr):
    buf = ctypes.create_string_buffer(attr, len(attr))
    r = libc.syscall(NR_BPF, cmd, buf, len(attr))
    if r < 0:
        raise OSError(ctypes.get_errno(), f"bpf({cmd}) failed")
    return r, buf.raw


def insn(code, dst=0, src=0, off=0, imm=0):
    return struct.pack("<BBhi", code, (src << 4) | dst, off, imm)


def program(flags):
    p = [insn(0xBF, 6, 1)]  # r6 = ctx
    # struct bpf_fib_lookup (64 bytes) at r10-64, zeroed.
    p += [insn(0x7A, 10, 0, -64 + 8 * i, 0) for i in range(8)]
    p.append(insn(0x72, 10, 0, -64, 2))  # family = AF_INET
    p.append(insn(0x62, 10, 0, -56, 1))  # ifindex = 1 (lo)
    p.append(insn(0x85, imm=HELPER_GET_PRANDOM_U32))
    p.append(insn(0x63, 10, 0, -32))  # ipv4_dst = r0
    p.append(insn(0xBF, 1, 6))
    p.append(insn(0xBF, 2, 10))
    p.append(insn(0x07, 2, imm=-64))
    p.append(insn(0xB7, 3, imm=64))
    p.append(insn(0xB7, 4, imm=flags))
    p.append(insn(0x85, imm=HELPER_FIB_LOOKUP))
    p.append(insn(0x95))  # return the lookup's result code
    return b"".join(p)


def load(flags):
    code = program(flags)
    insns = ctypes.create_string_buffer(code, len(code))
    lic = ctypes.create_string_buffer(b"GPL")
    log = ctypes.create_string_buffer(65536)
    attr = struct.pack("<IIQQIIQII16sII", BPF_PROG_TYPE_XDP, len(code) // 8, ctypes.addressof(insns), ctypes.addressof(lic), 1, len(log), ctypes.addressof(log), 0, 0, b"fiblookup", 0, 0)
    attr += b"\0" * (144 - len(attr))
    try:
        fd, _ = bpf(BPF_PROG_LOAD, attr)
    except OSError:
        sys.stderr.write(log.value.decode(errors="replace"))
        raise
    return fd


def run(fd, repeat):
    pkt = ctypes.create_string_buffer(b"\0" * 64, 64)
    attr = struct.pack("<IIIIQQII", fd, 0, 64, 0, ctypes.addressof(pkt), 0, repeat, 0)
    attr += b"\0" * (80 - len(attr))
    _, out = bpf(BPF_PROG_TEST_RUN, attr)
    retval, duration = struct.unpack_from("<I", out, 4)[0], struct.unpack_from("<I", out, 36)[0]
    return duration, retval


def main():
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    for name, flags in (("table", FIB_LOOKUP_DIRECT | FIB_LOOKUP_SKIP_NEIGH), ("merged", FIB_LOOKUP_SKIP_NEIGH)):
        fd = load(flags)
        best = None
        for _ in range(3):
            d, rv = run(fd, repeat)
            best = d if best is None else min(best, d)
        print(name, best, rv)


main()
