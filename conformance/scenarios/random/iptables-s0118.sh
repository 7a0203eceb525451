# Random iptables/ip6tables rule set, seed 118 (conformance/generators/iptables.ts)
iptables -t filter -A INPUT -c 334 78698 -s 172.16.247.158/24 -d 198.24.124.121/30 -p icmp -j ACCEPT
iptables -A INPUT -c 764 26095 -p icmp -m statistic --mode nth --every 10 --packet 1 -j MARK --set-mark 5/0xff
iptables -A FORWARD -d 192.195.83.59 ! -o cni0 -p icmp -m ttl --ttl-lt 121 --icmp-type 3/4 -j RETURN
iptables -t security -A OUTPUT -c 226 64108 -d 172.58.42.52/30 -m mark --mark 1 -m owner --uid-owner 100-200 -j TRACE
iptables -L -v
iptables -D INPUT -p all -m conntrack ! --ctstate INVALID -m comment --comment "kubernetes service portals"
iptables -t nat -A PREROUTING ! -i lo -p udp -m pkttype --pkt-type unicast -m addrtype --dst-type BROADCAST -j DROP
iptables -t security -A FORWARD -p icmp -m connmark --mark 5/0xff -j TRACE
iptables-save
iptables-save
ip6tables -t mangle -F
ip6tables -F
ip6tables -A FORWARD -d fe80::1/64 ! -o eth+ -m addrtype --dst-type BROADCAST -m statistic --mode random --probability 0.25000000000 -j LOG --log-prefix "drop"
ip6tables -t mangle -P FORWARD ACCEPT
ip6tables -t security -R INPUT 3 -s 2001:db8::/64 -d ::1/16 -j ACCEPT
ip6tables-save -t security
ip6tables -t filter -F
ip6tables -X
ip6tables -t filter -I FORWARD 2 -s fe80::1 -i eth0
ip6tables -nvL
ip6tables -t nat -A INPUT -p udp -m length --length 0:64 -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -A NOPE -s 2001:db8:: -o cni0 -p udp --sport 0 -m statistic --mode random --probability 0.33333333349 -j RETURN
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [0:716]
:DOCKER - [0:0]
-A OUTPUT -m addrtype ! --dst-type MULTICAST -j RETURN
-A OUTPUT ! -s fd00:: -p ipv6-icmp
-A DOCKER -o docker0 -m limit --limit 100/day --limit-burst 5 -m mark --mark 0xffffffff
[3:82] -A FORWARD -d 2001:db8:: -i eth0 -p udp -j REJECT --reject-with icmp6-adm-prohibited
COMMIT
EOF
ip6tables-restore -c <<'EOF'
*nat
:PREROUTING ACCEPT [8:308]
:RCHAIN - [0:0]
-A RCHAIN ! -i docker0 -p sctp -m conntrack --ctstate RELATED,ESTABLISHED -m limit --limit 1/hour --limit-burst 5 -j DROP
COMMIT
EOF
ip6tables -A OUTPUT -s ::1 -o cni0 -p ipv6-icmp
ip6tables -D DOCKER 3
ip6tables -t security -v -A OUTPUT -j ACCEPT
iptables -t security -A FORWARD ! -s 127.210.110.172 -p udp -m conntrack --ctstate INVALID -m addrtype --dst-type BROADCAST -j NFLOG --nflog-group 4
iptables -N LOGDROP
ip6tables -t nat -A OUTPUT -d fd00:a:b:: -p sctp -m addrtype --src-type UNICAST -j RETURN
iptables -A FORWARD -m physdev --physdev-in veth0 -m length --length 0:64 -j DROP
iptables -v -I NOPE 1 -s 192.74.113.29/8 ! -d 172.66.199.172 -p icmp -m addrtype --src-type LOCAL -m connmark --mark 5/0xff -j LOG --log-prefix "drop" --log-level info
iptables -D LOGDROP 4
iptables -S OUTPUT 2
ip6tables -t mangle -D INPUT -s 2001:db8:1::1 -i lo -p tcp -m physdev --physdev-is-bridged -j ACCEPT
ip6tables -D NOPE 3
ip6tables -A NOPE -p 47 -j LOG --log-prefix "x y"
ip6tables -F
iptables -N DOCKER
iptables -C DOCKER -d 198.206.33.12/0 ! -i eth0 ! -o docker0 -p sctp -j MARK --xor-mark 0x3
iptables -t security -L INPUT
iptables -t security -D OUTPUT -s 192.226.222.64/8 -d 10.250.176.33 -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.58 -m owner --uid-owner 0 -j DROP
iptables -t filter -L LOGDROP 1 -n -v
iptables -F DOCKER
iptables -nvL
iptables -t mangle -L -v -Z
iptables-restore -c <<'EOF'
*nat
:PREROUTING ACCEPT [3:58]
:RCHAIN - [0:0]
-A OUTPUT -p all -m addrtype --src-type LOCAL -j MARK --xor-mark 0x3
-A OUTPUT -s 172.83.55.89 -m statistic --mode nth --every 2 --packet 1 -j REDIRECT
COMMIT
EOF
iptables -L DOCKER -n -v --line-numbers
iptables -E LOGDROP LOGDROP-2
iptables -t security -I INPUT -p tcp -m comment --comment x_y-z -j LOG --log-level 7
ip6tables-save
ip6tables -v -X DOCKER
ip6tables -I OUTPUT -p tcp --tcp-flags ALL NONE -m connmark --mark 5/0xff -j MARK --or-mark 0x8
iptables -P INPUT RETURN
iptables -t security -A NOPE -p all -j LOG --log-prefix "drop" --log-level 4
iptables -t nat -N f2b-sshd
iptables -t filter -A INPUT -p all -j DOCKER
iptables -t filter -S FORWARD 1
iptables -t nat -A INPUT -p all -m mac --mac-source 02:00:00:00:00:45 -m comment --comment docker -j MARK --set-mark 5/0xff
iptables -A INPUT -p icmp -g DOCKER
iptables -D FORWARD -m physdev --physdev-is-bridged -j DROP
iptables -t nat -v -X RCHAIN
iptables-save -t filter -c
iptables -t raw -X
iptables -t filter --list DOCKER --numeric --line-numbers
iptables -D INPUT -p udp -j DOCKER
ip6tables-save
ip6tables -A OUTPUT -d 2001:db8:1::1 -p ipv6-icmp -m physdev --physdev-out eth+
ip6tables -t raw -L PREROUTING -n -v --line-numbers
ip6tables -t filter -F
iptables-save
ip6tables-save
