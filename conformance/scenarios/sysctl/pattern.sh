# sysctl -a filtered to deterministic per-namespace keys.
sysctl -a --pattern 'net.ipv4.conf.lo.'
sysctl -a --pattern '^net.ipv6.conf.lo.(forwarding|disable_ipv6|accept_dad)$'
sysctl -a -N --pattern 'net.ipv4.conf.default.arp'
ip link add veth0 type veth peer name veth1
sysctl -a --pattern 'net.ipv4.conf.veth0.rp_filter'
sysctl -a --pattern 'conf.veth1.forwarding'
sysctl -a --pattern nosuchthing
sysctl -a --pattern '('
