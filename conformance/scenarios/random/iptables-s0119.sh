# Random iptables/ip6tables rule set, seed 119 (conformance/generators/iptables.ts)
iptables -t filter -S FORWARD 3
iptables -t raw -A PREROUTING -j NOTRACK
iptables -t filter -C INPUT -p all -j CONNMARK --restore-mark --mask 0xff
iptables-save -c
iptables -X
iptables-save
ip6tables -X
ip6tables -t nat -v -F POSTROUTING
iptables -nvL
iptables -I OUTPUT 1 -s 127.90.9.186/24 -d 10.193.196.58/12 -o eth1 -p icmp --icmp-type time-exceeded -m ttl --ttl-lt 124 -j TRACE
iptables -t security -L INPUT -n -v --line-numbers
iptables -t nat -P FOO DROP
iptables -N KUBE-SERVICES
iptables -I OUTPUT 1 -p 47 -m addrtype --src-type UNICAST -m statistic --mode nth --every 3 --packet 1 -j KUBE-SERVICES
iptables -t filter -L -n -v
iptables -t raw -L
iptables-save -c
iptables -t security -L -n --line-numbers
iptables -t mangle -F
iptables -t filter -A INPUT -s 192.120.58.255 -i lo -p tcp --tcp-flags ALL ALL -j CONNMARK --save-mark
iptables -E KUBE-SERVICES KUBE-SERVICES-2
iptables -t raw -A PREROUTING -i lo -p 47 -j ACCEPT
iptables -t mangle -X PREROUTING
iptables -t mangle -L -v -Z
iptables -C OUTPUT -s 192.96.154.100 -p all -j MARK --xor-mark 0x3
iptables-save -c -t nat
iptables-save -t filter
ip6tables -t mangle -L -v -Z
ip6tables -t filter -v -F OUTPUT
ip6tables -t mangle -Z FORWARD
ip6tables -t raw -L PREROUTING 2 -n -v
ip6tables -t filter -A FORWARD -p tcp -m mark --mark 0x10/0xf0 -j MARK --or-mark 0x8
ip6tables -t security -A INPUT -d 2001:db8:: -i lo -p ipv6-icmp -m hl --hl-eq 146 -m statistic --mode nth --every 3 --packet 1 -j TRACE
ip6tables-restore --noflush -c <<'EOF'
*mangle
:PREROUTING ACCEPT [5:179]
:RCHAIN - [0:0]
-A PREROUTING -d fe80::1/64 -p 47 -g RCHAIN
-A OUTPUT -o eth+ -p tcp -m statistic --mode nth --every 2 --packet 1 -m connmark ! --mark 5/0xff -j HL --hl-inc 2
COMMIT
EOF
iptables -X INPUT
iptables -t security -A NOPE -d 10.151.184.18/12 -p 47 -m limit --limit 1/hour -j CONNMARK --restore-mark --mask 0xff
iptables -t filter -A INPUT -p 47 -j ACCEPT
iptables-save -c
iptables -t filter -F KUBE-SERVICES-2
ip6tables -t security -R FORWARD 2 -i lo -p all -m state --state ESTABLISHED,RELATED -m addrtype ! --dst-type UNICAST -j MARK --xor-mark 0x3
ip6tables -A OUTPUT -p udp -m owner --uid-owner 0 -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -t mangle -A INPUT ! -s fd00:a:b:: -d ::1/48 -p sctp -m statistic --mode nth --every 3 --packet 1 -j DSCP --set-dscp 10
ip6tables -t filter -L -x -v -n
ip6tables -t filter -v -F OUTPUT
ip6tables -t raw -L -v -Z
ip6tables -A OUTPUT -d fe80::1 -p tcp -m hl --hl-gt 201 -m connmark --mark 0x1 -j TRACE
ip6tables -t nat -v -F NOPE
ip6tables -t nat -D OUTPUT ! -s fd00:a:b:: -d fd00:: -p tcp -m statistic --mode nth --every 10 --packet 0 -j DROP
ip6tables -t mangle -S INPUT 2
iptables -A KUBE-SERVICES-2 -i veth+ -p udp -g KUBE-SERVICES-2
iptables -t security -P OUTPUT DROP
iptables -t security -A OUTPUT -o eth+ -m limit --limit 100/day --limit-burst 5 -m addrtype --src-type LOCAL -j DROP
ip6tables -t raw -D OUTPUT 3
ip6tables -t filter -L -v -Z
iptables -S -v
iptables -A FORWARD -j REJECT --reject-with icmp-admin-prohibited
ip6tables -t mangle -D FORWARD 4
iptables -E KUBE-SERVICES-2 KUBE-SERVICES-2-2
iptables -t nat -A POSTROUTING -o cni0 -p udp -m limit --limit 1/hour --limit-burst 20 -m owner --uid-owner 100-200 -j SNAT --to-source 10.0.0.2:8080
iptables-save
iptables -t mangle -A POSTROUTING -c 550 19153 -p tcp -j MARK --and-mark 0xff
iptables -t security -D INPUT 3
iptables -F KUBE-SERVICES-2-2
iptables -t filter -Z OUTPUT 3
iptables -t raw -L PREROUTING 3 -n -v
iptables -A INPUT -c 700 97406 -s 172.69.162.177 -p tcp
iptables -t nat -v -I INPUT 2 -d 10.46.103.176/30 -i veth+ -p all -j TRACE
iptables -t security -F
iptables -Z OUTPUT 3
iptables -A FORWARD -p tcp -j REJECT --reject-with tcp-reset
iptables-save
ip6tables-save
