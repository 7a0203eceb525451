# Random iptables/ip6tables rule set, seed 133 (conformance/generators/iptables.ts)
iptables -t raw -C PREROUTING -p icmp -j CONNMARK --restore-mark --mask 0xff
iptables-restore --noflush <<'EOF'
*raw
:RCHAIN - [0:0]
-A PREROUTING -i lo -p tcp -m statistic --mode random --probability 0.1 -j TRACE
[1:117] -A OUTPUT -p tcp -m addrtype --src-type UNICAST -m addrtype --dst-type UNICAST -j ACCEPT
COMMIT
EOF
iptables -A INPUT -d 10.146.96.45/24 -p sctp -m pkttype --pkt-type unicast -m length --length 0:64 -j DROP
iptables -F
iptables -t filter -v -I OUTPUT 3 -p icmp -j TRACE
iptables -L INPUT 1 -n -v
ip6tables -X FORWARD
ip6tables -t filter -X FORWARD
iptables-save -c -t mangle
iptables -t mangle -A INPUT -d 192.241.49.155 ! -i br0 -p all -m iprange --dst-range 10.0.0.1-10.0.0.51 -j LOG
iptables -P OUTPUT DROP
iptables -t mangle -X
iptables -t mangle -A INPUT -c 502 24539 -d 198.8.231.50 -p tcp -j ACCEPT
iptables -A OUTPUT -d 127.109.177.130 -p tcp -m mark --mark 0xffffffff -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j DROP
ip6tables -t mangle -I PREROUTING 4 -p 47 -m iprange --src-range 2001:db8::1-2001:db8::9 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j HL --hl-dec 1
ip6tables -F
ip6tables -t nat -S
ip6tables -A OUTPUT -d 2001:db8:: -p sctp -m conntrack --ctstate NEW -m length --length 100:200 -j NFLOG --nflog-group 2
ip6tables -S -v
ip6tables -t filter -D INPUT -p all -j REJECT
ip6tables -A FORWARD -i docker0 -m mac --mac-source 02:00:00:00:00:65 -j MARK --set-mark 0x1
ip6tables -t nat -D INPUT 2
ip6tables -I INPUT 1 -p 47 -m statistic --mode random --probability 0.33333333349 -j LOG --log-level debug
iptables -t filter -R OUTPUT 1 -p sctp -m iprange --dst-range 10.0.0.1-10.0.0.142 -m owner ! --uid-owner 0 -j MARK --set-mark 0x1
ip6tables-save -t filter
ip6tables -t filter -L -n -v
ip6tables -L -v -Z
ip6tables -t mangle -Z POSTROUTING
ip6tables -t mangle -C INPUT -p udp -j MARK --set-xmark 0x4000/0x4000
ip6tables -t filter -P INPUT DROP
ip6tables -A INPUT -p udp -j REJECT
ip6tables -L -n
ip6tables-save -c -t nat
ip6tables -t mangle -A FORWARD -d fd00:a:b:: -o eth+ -p sctp -m state --state NEW -j MARK --xor-mark 0x3
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [7:848]
:KUBE-SERVICES - [0:0]
-A OUTPUT -d fd00:a:b:: -p sctp
-A KUBE-SERVICES ! -s fe80::1/127 -p tcp -m multiport --dports http,https -m tcp --dport 443 -j CONNMARK --set-mark 0x2
-A FORWARD -i lo -o eth+ -p all -m physdev --physdev-out eth+ -j CONNMARK --restore-mark --mask 0xff
COMMIT
EOF
ip6tables -A OUTPUT -s 2001:db8:1::1 ! -o eth1 -m iprange --src-range 2001:db8::1-2001:db8::9 -m owner --uid-owner 65534 -j ACCEPT
ip6tables -t nat -L -v -Z
ip6tables -t filter -S
ip6tables -t raw -D PREROUTING 3
ip6tables -I FORWARD 1 -s 2001:db8:1::1/32 -p all -m physdev --physdev-is-bridged -j KUBE-SERVICES
ip6tables -w 1 --append INPUT -p tcp --tcp-flags ALL NONE -j DROP
ip6tables -Z
ip6tables -t security -L OUTPUT 3 -n -v
ip6tables -D NOPE 3
ip6tables-save -t mangle
ip6tables-restore --noflush <<'EOF'
*filter
:RCHAIN - [0:0]
-A OUTPUT ! -s fe80::1 -d fd00:a:b:: -p ipv6-icmp -m hl --hl-lt 17 -j TRACE
-A INPUT ! -s fd00::/128 -i veth+ -m limit --limit 1/hour -m physdev --physdev-in veth0 -j MARK --and-mark 0xff
COMMIT
EOF
ip6tables -t filter -A INPUT -c 609 20333 -p udp -j ACCEPT
iptables -X OUTPUT
ip6tables -t filter -S
ip6tables -L -n -v
ip6tables -t filter -A RCHAIN -p udp -m limit --limit 3/s --limit-burst 5 -m multiport ! --dports http,https -j REJECT
ip6tables -v -I FORWARD 2 -o eth+ -p sctp -m state --state INVALID -m mark --mark 1
ip6tables -A FORWARD -s fe80::1 -m connmark --mark 5/0xff -m statistic --mode random --probability 0.5 -j ACCEPT
iptables -t raw -R PREROUTING 1 -d 172.51.209.16 -p udp -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -t raw -v -A PREROUTING -s 127.24.252.103 -m pkttype ! --pkt-type broadcast -m statistic --mode random --probability 0.33333333349 -j NFLOG --nflog-group 1
iptables -t mangle -v -A POSTROUTING ! -d 198.139.27.107 -p sctp
ip6tables -t security -v -F INPUT
ip6tables -A OUTPUT -s 2001:db8:1::1/32 -p 47 -m statistic --mode random --probability 0.33333333349 -m physdev --physdev-is-bridged -g KUBE-SERVICES
ip6tables -E RCHAIN RCHAIN-2
ip6tables -t nat -L -v -Z
ip6tables-save
iptables -Z FORWARD 2
iptables -t nat -L -v -Z
ip6tables -N f2b-sshd
ip6tables -t filter -P INPUT ACCEPT
ip6tables -t nat -A INPUT -s 2001:db8::/127 -p ipv6-icmp -j RETURN
iptables -t filter -v -X
iptables-save -t filter
iptables -t mangle -A PREROUTING -p tcp -m pkttype --pkt-type multicast -j DROP
iptables -v -A NOPE -p 47 -j DROP
iptables-save
ip6tables-save
