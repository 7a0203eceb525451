# Random iptables/ip6tables rule set, seed 37 (conformance/generators/iptables.ts)
iptables-save -c
iptables -t mangle -X
iptables -t raw -L -v
iptables -t filter -P FORWARD DROP
iptables -A INPUT -d 192.31.76.115/0 -i docker0 -p tcp
iptables-save
iptables -t nat -X
iptables -t security -I FORWARD 4 -d 192.139.36.45/16 -p udp -m iprange --dst-range 10.0.0.1-10.0.0.40 -j MARK --set-mark 5/0xff
iptables -A FORWARD -o eth1 -p all -m connmark --mark 0x1 -m pkttype --pkt-type unicast -j RETURN
iptables -t mangle -F
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [8:658]
:DOCKER - [0:0]
-A DOCKER -s 10.0.68.228/8 -d 10.40.144.67/24 -p sctp -j RETURN
COMMIT
EOF
iptables -L -n -v
iptables -t security -D NOPE -o eth1 -j NFLOG --nflog-group 0
iptables -t security -A FORWARD ! -d 198.121.194.81/0 -j RETURN
iptables -t raw -I PREROUTING 2 -p icmp -j CT --notrack
iptables -A INPUT -s 192.47.64.50/16 -p udp -m comment --comment "a/b:c -> 10.0.0.1:80" -m statistic --mode random --probability 0.25000000000 -j ACCEPT
iptables -A INPUT -d 127.140.229.100 -p tcp -m tcp --dport domain --syn -j DOCKER
iptables -t filter -C DOCKER -d 10.76.60.180 -i eth0 -p udp -m comment --comment "a/b:c -> 10.0.0.1:80" ! --sport ssh -j RETURN
iptables -R FORWARD 3 -i eth0 -p udp -m ttl --ttl-lt 190 -j ACCEPT
ip6tables -A FORWARD ! -s 2001:db8:: -d fe80::1 -p tcp -m comment --comment "a/b:c -> 10.0.0.1:80" -m mac --mac-source 02:00:00:00:00:32 -j TRACE
ip6tables -t raw -D PREROUTING 4
ip6tables -t mangle -D PREROUTING -d 2001:db8:1::1/16 -p tcp -m physdev --physdev-in veth0 -m addrtype --dst-type MULTICAST
ip6tables -F
ip6tables -L -n
ip6tables -t raw -A OUTPUT -s 2001:db8::/128 -p tcp -j ACCEPT
ip6tables -D FORWARD -d 2001:db8:1::1/64 -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -j REJECT
ip6tables -t filter -A INPUT -d 2001:db8::/128 -p tcp
ip6tables -t security -S FORWARD
ip6tables -A NOPE ! -d fd00::/16 -p tcp -m multiport --ports http,https -m mark --mark 0x4000/0x4000
ip6tables -A INPUT ! -d fe80::1 -p tcp -m physdev --physdev-is-bridged -m state --state INVALID -j MARK --and-mark 0xff
ip6tables -t filter -A FORWARD -m statistic --mode nth --every 3 --packet 1 -j TRACE
ip6tables -A FORWARD -s 2001:db8::/64 -j TRACE
ip6tables -t security -R OUTPUT 3 -d fd00:: -m length ! --length 100:200 -m owner --uid-owner 0 -j CONNMARK --restore-mark
ip6tables -t mangle -X
ip6tables -t raw -A OUTPUT -p ipv6-icmp -m mac --mac-source 02:00:00:00:00:55 -j NOTRACK
ip6tables-save
iptables -t nat -I POSTROUTING 4 -d 172.176.254.252/0 -o eth1 -p udp -m limit --limit 10/second -m statistic --mode nth --every 10 --packet 1
iptables -t raw -A PREROUTING -d 172.143.50.184 -i br0 -p all
iptables -t nat -Z POSTROUTING
iptables -F DOCKER
iptables-restore <<'EOF'
*nat
:PREROUTING DROP [1:3]
:RCHAIN - [0:0]
-A POSTROUTING -p tcp -m ttl --ttl-gt 188 -j ACCEPT
COMMIT
EOF
ip6tables -A FORWARD -p udp -j MARK --or-mark 0x8
ip6tables-save
ip6tables -t raw -L OUTPUT -n -v --line-numbers
ip6tables -A INPUT -p ipv6-icmp -j NFLOG --nflog-group 0
ip6tables -I OUTPUT -p sctp
ip6tables -F
ip6tables -R OUTPUT 2 -p tcp -j RETURN
ip6tables-save -c
ip6tables-restore --noflush -c <<'EOF'
*filter
:RCHAIN - [0:0]
-A FORWARD -o eth+ -p tcp -m conntrack --ctstate UNTRACKED -j TCPMSS --set-mss 1400
-A OUTPUT -o cni0 -p ipv6-icmp -m connmark --mark 5/0xff -j ACCEPT
-A FORWARD -i br0 -o eth1 ! -p tcp -m hl --hl-lt 66 -j NFLOG --nflog-group 1
COMMIT
EOF
ip6tables -t mangle -L
ip6tables -D RCHAIN 3
iptables -X DOCKER
iptables -t raw -A PREROUTING -p icmp -j CONNMARK --restore-mark --mask 0xff
iptables -N DOCKER
iptables -P FORWARD DROP
iptables -t filter -N KUBE-SEP-XYZ
iptables -t security -A OUTPUT -p udp -j DROP
iptables -t filter -S -v
ip6tables -t nat -A POSTROUTING -m addrtype --dst-type BROADCAST -j CONNMARK --restore-mark
iptables-save
ip6tables-save
