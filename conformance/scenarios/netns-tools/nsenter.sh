# nsenter: namespace files and target processes, and its errors.
sysctl -w net.ipv4.ip_forward=1
nsenter --net=/proc/self/ns/net sysctl -n net.ipv4.ip_forward
nsenter -n/proc/self/ns/net sysctl -n net.ipv4.ip_forward
nsenter sysctl -n net.ipv4.ip_forward
nsenter -n sysctl -n net.ipv4.ip_forward
nsenter -m sysctl -n net.ipv4.ip_forward
nsenter --net=/run/netns/nosuch sysctl -n net.ipv4.ip_forward
nsenter --net=/nonexistent/file sysctl -n net.ipv4.ip_forward
nsenter -t abc -n sysctl -n net.ipv4.ip_forward
nsenter -t 4194305 -n sysctl -n net.ipv4.ip_forward
nsenter -a sysctl -n net.ipv4.ip_forward
nsenter --target
nsenter -V
nsenter --help
nsenter --foo
nsenter -x
unshare -n nsenter --net=/proc/self/ns/net sysctl -n net.ipv4.ip_forward
