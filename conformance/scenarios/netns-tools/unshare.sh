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
