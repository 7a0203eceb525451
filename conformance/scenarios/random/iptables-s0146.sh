# Random iptables/ip6tables rule set, seed 146 (conformance/generators/iptables.ts)
iptables -t mangle -P PREROUTING ACCEPT
iptables-save -c
ip6tables -I FORWARD -i veth+ -p ipv6-icmp -m mark --mark 0xffffffff -m mac ! --mac-source 02:00:00:00:00:60 -j REJECT --reject-with icmp6-no-route
ip6tables -t filter -X INPUT
ip6tables-save -c
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [8:357]
:KUBE-SERVICES - [0:0]
[3:225] -A KUBE-SERVICES -i eth0 -p tcp -j DROP
-A INPUT ! -s fd00::/128 -p sctp -m mac --mac-source 02:00:00:00:00:80 -g KUBE-SERVICES
[0:221] -A POSTROUTING -s fe80::1 -p tcp -g KUBE-SERVICES
COMMIT
EOF
ip6tables -t nat -N f2b-sshd
iptables -t mangle -v -F FORWARD
iptables -A OUTPUT -d 127.58.76.81 -p icmp -m physdev ! --physdev-is-in -m statistic --mode nth --every 2 --packet 0 -j RETURN
iptables -t nat -F
ip6tables -t nat --list KUBE-SERVICES --numeric --line-numbers
ip6tables -t security -D FORWARD 2
ip6tables-save -c -t filter
ip6tables -t nat -A POSTROUTING -m comment --comment docker -m connmark --mark 5/0xff -j CONNMARK --save-mark
ip6tables-save
iptables -t security -F
iptables -P FOO DROP
iptables-restore --noflush <<'EOF'
*raw
:KUBE-SERVICES - [0:0]
[4:6] -A KUBE-SERVICES -s 127.208.222.76/32 -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.100 -j NOTRACK
COMMIT
EOF
iptables -t filter -N f2b-sshd
iptables -t mangle -L INPUT
iptables -t raw -N MYCHAIN
iptables -t raw -A KUBE-SERVICES -p udp -j MARK --set-mark 5/0xff
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [3:734]
:DOCKER - [0:0]
-A FORWARD ! -o eth+ -p all -j CONNMARK --restore-mark
-A DOCKER -p icmp
COMMIT
EOF
iptables -t raw -E MYCHAIN MYCHAIN-2
iptables -t mangle -A POSTROUTING -p all -m connmark --mark 0x1 -j MARK --and-mark 0xff
iptables -nvL
iptables -t security -I OUTPUT 1 -p 47 -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -t filter -I FORWARD -p 47 -m addrtype --src-type UNICAST -m length --length 100:200 -j DOCKER
ip6tables -t raw -A OUTPUT -p all -m physdev --physdev-out eth+ -m length --length 100:200 -j CONNMARK --save-mark
ip6tables -t raw -A PREROUTING -d 2001:db8:1::1 -p ipv6-icmp -j LOG --log-prefix "drop"
iptables -t raw -C MYCHAIN-2 -i eth0 -p udp -m limit --limit 1/hour -j DROP
iptables -t raw -S MYCHAIN-2 2
iptables -A OUTPUT -p tcp -j REJECT
iptables -t mangle -Z POSTROUTING 2
iptables -A INPUT -d 192.102.246.186/24 -j DOCKER
iptables -X
iptables -t mangle -A POSTROUTING -i docker0 -o cni0 -p icmp -j DSCP --set-dscp-class EF
iptables -t mangle -N DOCKER-USER
iptables -t nat -Z NOPE
iptables -t raw -A MYCHAIN-2 -p 47 -m ttl --ttl-eq 203 -j MYCHAIN-2
iptables-save
ip6tables -N f2b-sshd
iptables -nvL
iptables-save
iptables -A OUTPUT -d 198.124.49.9/30 -p sctp -j RETURN
iptables -t filter -Z
iptables -t filter -P FOO DROP
iptables -t nat -A PREROUTING -s 198.125.9.59/16 -i br0 -m connmark ! --mark 0x1 -j ACCEPT
iptables -t raw -v -F
iptables -N DOCKER
iptables -t raw -L -n -v
iptables -D FORWARD 3
iptables -t raw -L -v -Z
iptables -F
iptables-save -t filter -c
ip6tables -A FORWARD -p ipv6-icmp -j LOG
ip6tables -t filter -R f2b-sshd 1 -d 2001:db8:: -p 47 -m comment --comment docker -j RETURN
ip6tables -t security -N DOCKER
ip6tables -t raw --list NOPE --numeric --line-numbers
ip6tables -t nat -L -x -v -n
ip6tables -t nat -C PREROUTING -s 2001:db8::/128 -p udp -m statistic --mode random --probability 0.33333333349 -j TRACE
ip6tables -S -v
iptables -X DOCKER
iptables -t security -A INPUT -i br0 -p sctp -m length ! --length 100:200 -j MARK --set-mark 5/0xff
iptables -t mangle -S INPUT 3
iptables -Z f2b-sshd
iptables -L -n -v
iptables -t raw -v -I KUBE-SERVICES 3 -p all -m addrtype ! --dst-type BROADCAST -m addrtype --dst-type BROADCAST -j NOTRACK
iptables -t raw -v -X
iptables -v -F f2b-sshd
iptables-save
ip6tables-save
