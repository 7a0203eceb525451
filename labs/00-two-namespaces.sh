#!/bin/sh
# Lab 00: two network namespaces joined by a veth pair.
# Run it with:  iplab run labs/00-two-namespaces.sh
# Every command below is the real tool's syntax; iplab answers as Linux would.
set -e

# A fresh state is what `unshare --net` gives: only lo, down.
ip link show

# Two namespaces, a veth pair between them.
ip netns add red
ip netns add blue
ip link add veth-red type veth peer name veth-blue
ip link set veth-red netns red
ip link set veth-blue netns blue

# Addresses on both ends, links up.
ip -n red addr add 10.0.0.1/24 dev veth-red
ip -n blue addr add 10.0.0.2/24 dev veth-blue
ip -n red link set veth-red up
ip -n blue link set veth-blue up
ip -n red link set lo up

# Read everything back.
ip netns list
ip -n red -br addr
ip -n blue -br link
ip netns exec red ip addr show veth-red
ip -n red route show table all

# Checks: the lab fails (non-zero exit) if a step did not work.
check() { if "$@" >/dev/null 2>&1; then echo "ok: $*"; else echo "FAILED: $*"; exit 1; fi; }
check ip -n red addr show dev veth-red to 10.0.0.1/24
check ip -n blue addr show dev veth-blue to 10.0.0.2/24
ip -n red -o link show veth-red | grep -q 'state UP' && echo "ok: veth-red is UP"
echo "lab 00 complete"
