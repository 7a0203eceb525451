#!/bin/sh
# Records the binary fixtures of test/fixtures/route-dump (root only): runs
# setup.sh in a fresh network namespace (the conformance sandbox: unshare
# --mount --net --pid, private tmpfs on /run/netns), then every line of
# dumps.txt ("FILE COMMAND...") with standard output into FILE. The dumps hold
# nlmsg_seq (time(NULL) + 1) and nlmsg_pid (the pid of ip): the test masks them.
set -e
dir=$(cd "$(dirname "$0")/../test/fixtures/route-dump" && pwd)
[ "$(id -u)" = 0 ] || { echo "record-route-dumps: needs root" >&2; exit 1; }
mkdir -p /run/netns
unshare --mount --net --pid --fork --propagation private sh -c '
  set -e
  mount -t tmpfs tmpfs /run/netns
  dir=$1
  grep -v "^#" "$dir/setup.sh" | grep -v "^$" | while read -r line; do
    sh -c "$line"
  done
  sleep 2
  while read -r file cmd; do
    sh -c "$cmd" > "$dir/$file"
  done < "$dir/dumps.txt"
  ip -d route show table all > "$dir/show-all.txt"
  # restoring into the namespace the dumps came from
  { ip route restore < "$dir/main4.bin"; echo "rc=$?"; ip rule restore < "$dir/rule4.bin"; echo "rc=$?"; ip rule show; } > "$dir/restore-same.txt" 2>&1
' sh "$dir"
# restoring into a namespace with the same links and addresses but no routes
unshare --mount --net --pid --fork --propagation private sh -c '
  mount -t tmpfs tmpfs /run/netns
  dir=$1
  grep -v "^#" "$dir/setup.sh" | grep -v "^$" | grep -v " route \| rule " | while read -r line; do
    sh -c "$line"
  done
  sleep 2
  { ip route restore < "$dir/all.bin"; echo "rc=$?"; ip route show table all; ip -6 rule restore < "$dir/rule6.bin"; echo "rc=$?"; ip -6 rule show; } > "$dir/restore-fresh.txt" 2>&1
' sh "$dir"
# routes through nexthop objects (RTA_NH_ID): setup-nh.sh, dumps-nh.txt, and
# what restoring such a dump answers
unshare --mount --net --pid --fork --propagation private sh -c '
  mount -t tmpfs tmpfs /run/netns
  dir=$1
  grep -v "^#" "$dir/setup-nh.sh" | grep -v "^$" | while read -r line; do
    sh -c "$line"
  done
  sleep 2
  while read -r file cmd; do
    sh -c "$cmd" > "$dir/$file"
  done < "$dir/dumps-nh.txt"
  { ip route restore < "$dir/nh4.bin"; echo "rc=$?"; ip -6 route restore < "$dir/nh6.bin"; echo "rc=$?"; } > "$dir/restore-nh.txt" 2>&1
' sh "$dir"
uname -r > "$dir/kernel.txt"
