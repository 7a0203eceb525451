# Random iptables/ip6tables rule set, seed 166 (conformance/generators/iptables.ts)
iptables -t nat -D OUTPUT 2
iptables -t mangle -X POSTROUTING
iptables -I OUTPUT 2 ! -s 127.177.214.68/0 -d 172.239.222.176/12 -o eth+ -p all -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j ACCEPT
ip6tables -t nat -w 1 --append INPUT -p tcp --tcp-flags ALL ALL
ip6tables -t nat -v -F
ip6tables-restore <<'EOF'
*mangle
:PREROUTING ACCEPT [7:347]
:RCHAIN - [0:0]
-A OUTPUT ! -s fd00:: -d 2001:db8:1::1 -m hl --hl-eq 217 -j HL --hl-dec 1
-A FORWARD -s 2001:db8:1::1 -p all -m mark --mark 0xffffffff -m physdev --physdev-is-bridged -j TRACE
-A PREROUTING -m physdev --physdev-out eth+ -m mac --mac-source 02:00:00:00:00:34 -j ACCEPT
COMMIT
EOF
ip6tables-save
ip6tables -X OUTPUT
ip6tables -I INPUT -s ::1 -d ::1/64 -p sctp -j CONNMARK --save-mark
ip6tables -S
ip6tables -t security -v -F
ip6tables -t filter -v -A INPUT -p ipv6-icmp -m length --length 1500 -j TRACE
ip6tables -t filter -R OUTPUT 1 -j NFLOG --nflog-group 3
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [5:198]
:RCHAIN - [0:0]
-A RCHAIN ! -i br0 -p ipv6-icmp -j RCHAIN
[2:304] -A FORWARD ! -d ::1 -p sctp -j REJECT --reject-with icmp6-no-route
[2:87] -A OUTPUT -d 2001:db8::/128 -o eth1 -m pkttype --pkt-type broadcast -j RCHAIN
COMMIT
EOF
iptables -t security -A OUTPUT -s 10.164.246.20/12 -o eth1 -p 47 -m mark --mark 0x4000/0x4000 -j CONNMARK --save-mark
iptables -t raw -N KUBE-SVC-ABC
iptables -t mangle -S OUTPUT
iptables -t filter -A FORWARD -p sctp -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables -t nat -A PREROUTING -s 10.195.121.37 -p udp -m connmark --mark 0x1 -j CONNMARK --restore-mark --mask 0xff
iptables -t filter -A NOPE ! -o eth1 -p all -j ACCEPT
iptables -t security -A FORWARD -p tcp -m state --state ESTABLISHED,RELATED -j MARK --set-mark 0x1
iptables -t raw -v -A OUTPUT -s 198.164.153.227/0 -o eth1 -p sctp -m connmark --mark 0x1 -j KUBE-SVC-ABC
iptables -t security -L INPUT 1 -n -v
iptables -t mangle -A FORWARD -p 47 -j RETURN
iptables-save
ip6tables -t nat -X
ip6tables -E RCHAIN RCHAIN-2
ip6tables -D RCHAIN-2 3
ip6tables -A FORWARD -c 389 9462 -p ipv6-icmp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m hl --hl-lt 68 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -t raw -Z OUTPUT
iptables -t raw -A OUTPUT -p all -j MARK --set-xmark 0x4000/0x4000
iptables -t security -A OUTPUT -d 192.74.122.226 -o cni0 -p icmp -m statistic --mode nth --every 2 --packet 0 -m physdev --physdev-is-bridged -j MARK --xor-mark 0x3
iptables -t security -F
iptables-save -c -t nat
iptables -t mangle -Z OUTPUT 2
iptables -t raw -A KUBE-SVC-ABC -p icmp -m pkttype --pkt-type multicast -j KUBE-SVC-ABC
ip6tables-save -t security
iptables -t nat -A PREROUTING -i br0 -p sctp -m iprange --dst-range 10.0.0.1-10.0.0.14 -j REDIRECT --to-ports 3128
iptables -A NOPE -d 172.177.100.107/8 -m state --state INVALID -j NFLOG --nflog-group 4
iptables -D OUTPUT 2
iptables -t raw -N f2b-sshd
iptables -D FORWARD -m mark --mark 0xffffffff -m connmark --mark 0x1 -j DNAT --to-destination 10.0.0.2
ip6tables -t nat -Z OUTPUT
ip6tables -A OUTPUT -o eth1 -p sctp -m hl --hl-eq 3 -m length --length 0:64 -j LOG
ip6tables -F
ip6tables -X FORWARD
ip6tables -D FORWARD 3
ip6tables -t filter -S RCHAIN-2 3
ip6tables -t raw -A OUTPUT -s fe80::1/16 -p sctp -m limit --limit 1/hour --limit-burst 20 -j RETURN
ip6tables -L OUTPUT 1 -n -v
ip6tables -t security -A INPUT -c 121 61111 -s fd00:a:b::/48 -m addrtype --src-type UNICAST -m connmark --mark 0x1
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [3:539]
:DOCKER - [0:0]
-A DOCKER -p udp -m limit --limit 1/hour --limit-burst 1 --sport http:9000 -g DOCKER
COMMIT
EOF
ip6tables -t raw -A PREROUTING -d 2001:db8:: -p udp -m addrtype --src-type UNICAST -m mark --mark 1 -j LOG --log-prefix "drop"
ip6tables -C FORWARD ! -s fd00:: -o eth+ -j RCHAIN-2
iptables-restore --noflush -c <<'EOF'
*security
:INPUT DROP [8:939]
:RCHAIN - [0:0]
[4:98] -A OUTPUT -s 172.165.82.126/12 -p tcp --syn -j REJECT
-A OUTPUT -p all -j CONNMARK --save-mark
COMMIT
EOF
iptables-save
iptables -A OUTPUT -d 198.199.23.184/12 -o eth1 -p tcp --syn -m physdev --physdev-in veth0 -j MARK --and-mark 0xff
iptables -t raw -A f2b-sshd -s 172.172.30.175/8 -p tcp -m pkttype --pkt-type unicast -j KUBE-SVC-ABC
iptables -t raw -A OUTPUT -s 192.70.12.32/32 ! -p tcp -m connmark ! --mark 5/0xff -j MARK --set-mark 5/0xff
ip6tables -t raw -A PREROUTING -c 441 53576 -s ::1 -p tcp -j ACCEPT
ip6tables -t raw -L OUTPUT -n -v --line-numbers
ip6tables -t raw -N DOCKER-USER
ip6tables -t security -L -n
iptables -t mangle -I INPUT -i eth0 -m limit --limit 10/second -m statistic --mode random --probability 0.25000000000 -j TTL --ttl-set 64
iptables -t filter -A OUTPUT -p 47 -m pkttype --pkt-type unicast -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -X FORWARD
iptables -t nat -X POSTROUTING
iptables -t nat -A INPUT -s 127.126.227.56 -p tcp -m statistic --mode random --probability 0.33333333349 -m tcp --dport 0 -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -t filter -nvL
iptables --list NOPE --numeric --line-numbers
iptables-save
ip6tables-save
