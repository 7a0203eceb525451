# Random iptables/ip6tables rule set, seed 65 (conformance/generators/iptables.ts)
iptables -A FORWARD ! -s 172.125.134.17 -d 10.142.137.81/24 -p tcp -m mac --mac-source 02:00:00:00:00:26 -j RETURN
iptables -t filter -Z OUTPUT
iptables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
-A RCHAIN -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.68 -j DROP
-A FORWARD -m pkttype --pkt-type unicast -m state ! --state INVALID -j MARK --set-mark 5/0xff
COMMIT
EOF
iptables-restore -c <<'EOF'
*nat
:PREROUTING DROP [3:289]
:KUBE-SERVICES - [0:0]
-A PREROUTING -p 47 -j KUBE-SERVICES
-A INPUT ! -i br0 -j MARK --set-xmark 0x4000/0x4000
-A POSTROUTING -o eth1 -m comment --comment docker -j KUBE-SERVICES
COMMIT
EOF
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT ACCEPT [5:274]
:RCHAIN - [0:0]
-A INPUT -p all -m iprange --dst-range 10.0.0.1-10.0.0.197 -j CONNMARK --save-mark
-A INPUT -i veth+ -m addrtype --dst-type BROADCAST -j RETURN
COMMIT
EOF
iptables -t security -I INPUT 4 -s 198.254.231.219 -p udp -m multiport --dports 53 -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -t filter -L -n --line-numbers
ip6tables-restore <<'EOF'
*mangle
:PREROUTING DROP [1:672]
:KUBE-SERVICES - [0:0]
-A FORWARD ! -s fd00::/32 -m mark ! --mark 0x4000/0x4000 -j KUBE-SERVICES
-A PREROUTING -p 47 -j NFLOG --nflog-group 3
[4:400] -A KUBE-SERVICES -i docker0 ! -o eth1 -p ipv6-icmp -j MARK --and-mark 0xff
[4:459] -A INPUT ! -d fe80::1 -p all -m mark --mark 0xffffffff -m statistic --mode random --probability 0.25000000000 -j LOG
COMMIT
EOF
ip6tables -F
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [7:155]
:RCHAIN - [0:0]
-A INPUT -p sctp -j NFLOG --nflog-group 1 --nflog-prefix p
COMMIT
EOF
ip6tables -t raw -I PREROUTING 1 -p tcp -j CONNMARK --restore-mark
ip6tables-save
iptables -t raw -L -n --line-numbers
ip6tables -A RCHAIN -p all -m iprange --src-range 2001:db8::1-2001:db8::9 -m statistic --mode random --probability 1 -j NFLOG --nflog-group 4
ip6tables -A OUTPUT -d fd00::/48 -j DROP
ip6tables -t nat -S
iptables -t filter -A OUTPUT -d 127.54.3.131/24 -o eth+ -p icmp -m connmark --mark 0x1 --icmp-type 0 -j MARK --set-mark 5/0xff
iptables -t nat -A OUTPUT -p icmp -j DNAT --to-destination 192.0.2.1-192.0.2.9
iptables -A FORWARD -d 198.168.215.127 -p tcp -m limit --limit 3/s --limit-burst 5 -j RETURN
iptables -t filter -R RCHAIN 2 -i docker0 -p udp ! --sport ssh -j REJECT
iptables-restore --noflush <<'EOF'
*raw
:PREROUTING DROP [3:469]
:RCHAIN - [0:0]
-A PREROUTING -d 127.206.146.87/0 -p icmp -m ttl --ttl-lt 183 -j CONNMARK --set-mark 0x2
-A OUTPUT -s 127.200.112.137 -p udp -j RETURN
-A RCHAIN -p all -j NOTRACK
COMMIT
EOF
iptables -A RCHAIN -o eth+ -p tcp -m comment --comment x_y-z -j RCHAIN
iptables -t nat -A PREROUTING -i lo -j MARK --xor-mark 0x3
iptables -t security -A OUTPUT ! -s 172.6.147.19 -p all -m statistic --mode random --probability 1 -j TRACE
iptables -I FORWARD 3 -p udp -m mark --mark 0x10/0xf0 -j MARK --or-mark 0x8
iptables -t security -A INPUT -s 192.195.140.91 -m mac --mac-source 02:00:00:00:00:75 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j CONNMARK --save-mark
iptables -t security -A OUTPUT -d 192.177.189.178/32 -j TRACE
iptables -t filter -S OUTPUT
iptables -A RCHAIN -s 198.174.123.4 ! -d 198.27.184.254 -p tcp -j TRACE
iptables -t mangle -A OUTPUT -d 172.164.37.223/24 -j RETURN
iptables -I OUTPUT -s 127.158.129.249/24 -o docker0 -p sctp -m statistic --mode nth --every 3 --packet 0 -j TRACE
iptables -t security -N DOCKER
iptables -t raw -A RCHAIN -i veth+ -p icmp -m limit --limit 10/second --limit-burst 5 -j RCHAIN
ip6tables -D INPUT 4
iptables -t raw -A PREROUTING ! -s 127.58.184.133 -p icmp -m state --state INVALID -j RCHAIN
iptables -D INPUT 3
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [7:23]
:DOCKER - [0:0]
[4:485] -A FORWARD -s fd00::/48 -i eth0 -p sctp -m iprange ! --src-range 2001:db8::1-2001:db8::9 -m connmark ! --mark 0x1 -j RETURN
-A FORWARD -p 47 -m length --length 1500 -g DOCKER
COMMIT
EOF
ip6tables -A OUTPUT -d fe80::1/48 -p udp -j MARK --set-mark 5/0xff
ip6tables-save
ip6tables -t nat -Z
ip6tables -L OUTPUT -n -v --line-numbers
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [8:944]
:DOCKER - [0:0]
-A PREROUTING -p sctp -m addrtype --dst-type MULTICAST -j ACCEPT
-A DOCKER -s 2001:db8:: -p sctp -g DOCKER
[3:479] -A POSTROUTING -j DOCKER
-A INPUT ! -d ::1 -p all -m limit --limit 3/s --limit-burst 5 -j RETURN
COMMIT
EOF
ip6tables -t nat -E DOCKER DOCKER-2
ip6tables -E DOCKER DOCKER-2
ip6tables -I OUTPUT -j TRACE
ip6tables -t filter -P FORWARD DROP
ip6tables -t nat -D OUTPUT -s 2001:db8:1::1 ! -d fd00::/16 -p tcp -j DOCKER-2
ip6tables -D OUTPUT 1
ip6tables -A FORWARD -p 47 -j DOCKER-2
ip6tables -t raw -L -n --line-numbers
ip6tables -t filter -P FOO RETURN
ip6tables -A FORWARD -s fe80::1 -o eth1 -p ipv6-icmp --icmpv6-type neighbour-solicitation -m addrtype --src-type UNICAST -j REJECT --reject-with tcp-reset
ip6tables -I INPUT 1 -d 2001:db8:: -p tcp -m state --state ESTABLISHED,RELATED -j RETURN
ip6tables -A INPUT -s fd00:: ! -d 2001:db8:1::1 -p ipv6-icmp -m statistic --mode nth --every 2 --packet 0 --icmpv6-type neighbour-solicitation -g DOCKER-2
ip6tables -t raw -D OUTPUT 3
ip6tables-save
ip6tables -t filter -D INPUT -s 2001:db8::/32 -i veth+ -p ipv6-icmp -m connmark --mark 5/0xff -j MARK --and-mark 0xff
iptables-save
ip6tables -t nat -A OUTPUT -d 2001:db8:: ! -o cni0 -p udp --sport 65535 -m mac --mac-source 02:00:00:00:00:38 -j DROP
ip6tables -t mangle -A PREROUTING ! -d ::1/64 -p udp -j TRACE
ip6tables -R DOCKER-2 1 -p 47 -m connmark ! --mark 0x1 -m connmark --mark 5/0xff -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t filter -P OUTPUT ACCEPT
ip6tables -t raw -A PREROUTING ! -i br0 -p sctp -m connmark ! --mark 5/0xff -m physdev --physdev-out eth+ -j TRACE
iptables -A OUTPUT -s 172.159.118.238 -o eth1 -p tcp -j RCHAIN
iptables -A OUTPUT ! -s 198.80.69.178/32 -d 192.161.242.68/32 -p sctp -m ttl --ttl-gt 107 -m addrtype ! --dst-type UNICAST
iptables -F
ip6tables-save -t mangle -c
ip6tables -D FORWARD 4
iptables -D INPUT 4
iptables -t security -I OUTPUT -o eth1 -p all -m limit --limit 10/second --limit-burst 1 -j MARK --set-mark 5/0xff
iptables-save
ip6tables-save
