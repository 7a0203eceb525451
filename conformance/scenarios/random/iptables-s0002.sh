# Random iptables/ip6tables rule set, seed 2 (conformance/generators/iptables.ts)
ip6tables -t raw -A PREROUTING -i lo -p all -m physdev --physdev-is-bridged -m connmark ! --mark 5/0xff -j CT --notrack
iptables -t raw -A PREROUTING ! -s 10.218.242.224 -p icmp -m physdev --physdev-is-bridged -m length ! --length 0:64 -j RETURN
iptables -X
iptables -t security -I FORWARD ! -s 127.16.1.122/32 -p icmp
iptables -t raw -D NOPE -d 198.92.247.59 -p icmp -j DROP
iptables-restore -c <<'EOF'
*mangle
:PREROUTING ACCEPT [3:97]
:KUBE-SERVICES - [0:0]
-A INPUT -s 10.62.176.64/16 -d 192.49.130.130/32 -i veth+ -p tcp -j KUBE-SERVICES
-A KUBE-SERVICES -p udp --sport domain
-A FORWARD -o eth+ -p sctp -m mac ! --mac-source 02:00:00:00:00:43 -j MARK --set-xmark 0x4000/0x4000
COMMIT
EOF
iptables -I FORWARD -j ACCEPT
iptables -t raw -N MYCHAIN
iptables -t nat -N KUBE-SERVICES
ip6tables -t nat -A OUTPUT -p tcp -j LOG
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [5:714]
:DOCKER - [0:0]
-A INPUT -j NFLOG --nflog-group 3 --nflog-prefix p
COMMIT
EOF
iptables -t filter -C INPUT -m state ! --state INVALID -j DROP
iptables -t nat -C POSTROUTING -o docker0 -p 47 -m addrtype --src-type UNICAST -j CONNMARK --set-mark 0x2
ip6tables -t raw -N f2b-sshd
ip6tables -t filter -D NOPE 4
ip6tables -t raw -I f2b-sshd ! -d fe80::1 -j f2b-sshd
ip6tables -D INPUT 3
ip6tables -E DOCKER DOCKER-2
iptables -F
iptables -nvL
iptables -t mangle -S
iptables -nvL
iptables -t nat -I POSTROUTING 1 -s 192.206.79.22 -p udp -m length --length 100:200 -j CONNMARK --restore-mark
ip6tables -t raw -A f2b-sshd ! -s 2001:db8:: ! -i lo -p 47 -m hl --hl-eq 211 -m comment --comment x_y-z -j f2b-sshd
ip6tables -t filter -A INPUT -j LOG --log-prefix "IN: "
ip6tables -A OUTPUT -d ::1/128 -p ipv6-icmp -j LOG --log-prefix "drop"
ip6tables -D OUTPUT 3
ip6tables -R FORWARD 1 -p all -j DOCKER-2
ip6tables -E DOCKER-2 DOCKER-2-2
ip6tables -A FORWARD -s fd00:: -d fd00:a:b:: -p all -m pkttype --pkt-type multicast -m pkttype ! --pkt-type multicast -j REJECT --reject-with icmp6-adm-prohibited
iptables -A FORWARD -s 172.120.81.25 -p tcp -m addrtype --src-type UNICAST -m comment --comment x_y-z -j ACCEPT
iptables -A FORWARD -s 198.139.145.173 -p 47 -m statistic --mode random --probability 0.5 -m iprange --dst-range 10.0.0.1-10.0.0.200 -j DROP
iptables -A INPUT -i veth+ -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -X
ip6tables -t security -A INPUT -i eth0 -j ACCEPT
iptables -t filter -A FORWARD ! -o cni0 -m pkttype ! --pkt-type broadcast -m state --state NEW -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -L -n
iptables -t nat -R OUTPUT 2 -p icmp -m owner --uid-owner 100-200 -m pkttype --pkt-type unicast -g KUBE-SERVICES
iptables -L OUTPUT
iptables -t mangle -A KUBE-SERVICES -i lo -p 47 -m statistic --mode random --probability 0.25000000000 -m iprange --dst-range 10.0.0.1-10.0.0.86 -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -t raw -D OUTPUT 1
iptables-save -t mangle
iptables -A INPUT -d 172.110.61.32 -p udp -m state --state NEW -m addrtype --src-type UNICAST -j REJECT --reject-with icmp-host-prohibited
iptables -t nat -S -v
iptables-restore <<'EOF'
*filter
:INPUT DROP [7:184]
:KUBE-SERVICES - [0:0]
-A FORWARD ! -s 172.249.54.238 -i veth+ -o eth1 -p sctp -m length --length 1500 -m pkttype --pkt-type broadcast -j KUBE-SERVICES
[2:122] -A OUTPUT ! -d 10.129.73.101 -p tcp -m pkttype --pkt-type unicast -j CONNMARK --save-mark
-A INPUT -s 198.79.242.195/16 -d 172.16.46.62 -p 47 -m pkttype --pkt-type unicast -m statistic --mode nth --every 10 --packet 0
COMMIT
EOF
ip6tables -N LOGDROP
ip6tables -t nat -D INPUT 3
ip6tables-save
ip6tables -P FORWARD DROP
ip6tables -t nat -D OUTPUT 4
ip6tables-save -t mangle
ip6tables -A INPUT -p 47 -j CONNMARK --save-mark
ip6tables -t raw -Z
ip6tables -t raw -A OUTPUT -p tcp -m mac --mac-source 02:00:00:00:00:24 -m connmark --mark 5/0xff -j NFLOG --nflog-group 0
ip6tables -t mangle -A POSTROUTING -p udp -m statistic --mode nth --every 10 --packet 1 -m connmark ! --mark 0x1 -j DROP
ip6tables -t security -D INPUT -p 47 -m iprange --src-range 2001:db8::1-2001:db8::9 -m hl --hl-eq 145 -j TRACE
ip6tables -t mangle -A PREROUTING -p udp -j DROP
ip6tables -t filter -A FORWARD -i lo -g DOCKER-2-2
ip6tables -t filter -A OUTPUT
ip6tables -R DOCKER-2-2 3 -s 2001:db8::/16 -d fd00:: -p tcp -m comment --comment x_y-z --tcp-flags ALL ALL -j MARK --set-xmark 0x4000/0x4000
iptables-save
ip6tables-save
