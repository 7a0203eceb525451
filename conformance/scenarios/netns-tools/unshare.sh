# unshare -n: a fresh namespace (default sysctls, only lo) for the command.
sysctl -w net.ipv4.ip_forward=1
unshare -n sysctl net.ipv4.ip_forward
unshare --net sysctl -w net.ipv4.ip_forward=1
sysctl net.ipv4.ip_forward
unshare -rn sysctl -a -r 'conf\..*\.forwarding'
unshare -r -n -m -u -i --fork sysctl -n net.ipv4.conf.all.forwarding
unshare --mount-proc -p -f -n sysctl -n net.ipv4.conf.default.forwarding
unshare -n -- sysctl net.ipv4.nosuchkey
unshare -n sysctl a.b c.d
unshare sysctl -n net.ipv4.ip_forward
unshare --propagation private -m -n sysctl -n net.ipv4.ip_forward
unshare --propagation bogus -n sysctl -n net.ipv4.ip_forward
unshare --setgroups maybe -n sysctl -n net.ipv4.ip_forward
unshare -V
unshare --help
unshare -h
unshare --foo
unshare -z
unshare -n unshare -n sysctl -n net.ipv4.ip_forward
unshare --kill-child -n sysctl -n net.ipv4.ip_forward
unshare --kill-child=SIGTERM --keep-caps -U -n sysctl -n net.ipv4.ip_forward
unshare -C -T -n sysctl -n net.ipv4.ip_forward
unshare --map-user=0 --map-group=0 -n sysctl -n net.ipv4.ip_forward
unshare -c -n sysctl -n net.ipv4.ip_forward
unshare --mount-proc=/proc -f -p -n sysctl -n net.ipv4.ip_forward
unshare --uts --ipc --pid --fork --user --map-root-user --cgroup --net -- sysctl -n net.ipv4.conf.all.forwarding
unshare --ne sysctl -n net.ipv4.ip_forward
unshare --m -n sysctl -n net.ipv4.ip_forward
unshare -n --help
