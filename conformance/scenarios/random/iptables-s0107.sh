# Random iptables/ip6tables rule set, seed 107 (conformance/generators/iptables.ts)
iptables -t security -A INPUT -s 172.45.59.74/8 -p udp --sport 80 -m multiport --sports 53 -j TRACE
ip6tables -t mangle --list INPUT --numeric --line-numbers
ip6tables -Z OUTPUT 1
iptables -D FORWARD 2
ip6tables -t raw -X PREROUTING
ip6tables -v -F INPUT
ip6tables -A FORWARD -p udp -m length --length 0:64 -m udp --dport ssh:9000 -j REJECT
iptables-save
ip6tables -X FORWARD
ip6tables -L -n -v
ip6tables -t raw -v -I PREROUTING 2 -m length --length 100:200 -j ACCEPT
ip6tables -A FORWARD -o cni0 -p udp -m connmark --mark 0x1 -m limit --limit 100/day -j DROP
ip6tables -t raw -X
ip6tables -Z INPUT 3
ip6tables-save
ip6tables-save -t nat
ip6tables -t raw -F
ip6tables -A OUTPUT -p tcp -m multiport --dports 22,80:90,8080 -j DROP
ip6tables -t raw -R PREROUTING 2 -s fd00:a:b:: ! -d fd00:: -m addrtype --dst-type BROADCAST -j CONNMARK --restore-mark --mask 0xff
ip6tables -t filter -Z OUTPUT
ip6tables -t raw -A PREROUTING -m addrtype --src-type UNICAST -m limit --limit 1/hour --limit-burst 5 -j ACCEPT
ip6tables -t security -A NOPE -s fd00::/48 -p sctp -m state --state NEW -m connmark ! --mark 0x1 -j RETURN
ip6tables -D FORWARD -d fd00::/32 -i br0 -o eth+ -p sctp -m connmark --mark 5/0xff -m addrtype --src-type UNICAST
ip6tables -t mangle -P INPUT DROP
ip6tables -t filter -A OUTPUT -d fd00:a:b::/16 -m mac --mac-source 02:00:00:00:00:78 -j CT --notrack
ip6tables -t raw -A OUTPUT -o eth+ -p ipv6-icmp -j ACCEPT
ip6tables -t nat -R POSTROUTING 2 -d 2001:db8:1::1 -o docker0 -p 47 -m iprange --src-range 2001:db8::1-2001:db8::9 -m limit --limit 3/s --limit-burst 1 -j LOG
ip6tables -N f2b-sshd
ip6tables -R f2b-sshd 3 -p ipv6-icmp -m limit --limit 100/day --limit-burst 5 --icmpv6-type 1/3 -j f2b-sshd
iptables --list FORWARD --numeric --line-numbers
iptables -t filter -D NOPE -m mac --mac-source 02:00:00:00:00:73 -m physdev ! --physdev-is-in -j ACCEPT
iptables -w 1 --append NOPE -i br0 -p icmp -m statistic --mode nth --every 10 --packet 0 -j ACCEPT
iptables -Z
iptables-restore <<'EOF'
*nat
:KUBE-SERVICES - [0:0]
-A INPUT -d 172.20.21.122 -i docker0 -p tcp -j RETURN
COMMIT
EOF
iptables -t security -I INPUT 1 -m addrtype --dst-type UNICAST -j ACCEPT
iptables -F
iptables -t nat -v -X KUBE-SERVICES
iptables -t nat -C INPUT -p icmp -m comment --comment docker -m physdev --physdev-is-bridged -j KUBE-SERVICES
ip6tables -w 1 --append f2b-sshd -s 2001:db8:: -p 47 -m state --state ESTABLISHED,RELATED -m conntrack --ctstate INVALID -j ACCEPT
iptables -t security -I OUTPUT 1 -p 47 -m pkttype ! --pkt-type multicast -j CONNMARK --set-mark 0x2
ip6tables -t filter -v -A INPUT -p 47 -m pkttype --pkt-type multicast -m iprange --src-range 2001:db8::1-2001:db8::9 -g f2b-sshd
ip6tables -t mangle -A INPUT -c 671 60375 -s fd00:a:b::/32 -i docker0 -p 47 -m limit --limit 1/hour --limit-burst 5 -j NFLOG --nflog-group 3
iptables -t filter -I INPUT 1 -p all -m limit --limit 5/min -j REJECT
iptables -t filter -Z
iptables -t filter -C OUTPUT -s 172.91.37.199/32 -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.180 -m pkttype ! --pkt-type broadcast -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -t filter -D f2b-sshd -m comment --comment "a/b:c -> 10.0.0.1:80" -g f2b-sshd
ip6tables -t nat -I PREROUTING
ip6tables-save -t mangle -c
ip6tables -v -I FORWARD 2 -s fd00:: -d 2001:db8:1::1 -m physdev --physdev-out eth+ -j LOG --log-level 4
ip6tables -R OUTPUT 3 -s fd00:a:b:: -m statistic --mode random --probability 0.25000000000 -m pkttype ! --pkt-type broadcast -j f2b-sshd
ip6tables -t security -A FORWARD ! -s fd00:a:b:: ! -i docker0 -p ipv6-icmp -m statistic --mode nth --every 2 --packet 1 -m physdev --physdev-out eth+ -j RETURN
ip6tables -F f2b-sshd
ip6tables -t mangle -L INPUT 1 -n -v
ip6tables -A INPUT -p sctp -m connmark --mark 0x1 -m addrtype --src-type LOCAL -j REJECT --reject-with icmp6-port-unreachable
ip6tables -C f2b-sshd -s fd00:a:b:: ! -d 2001:db8::/127 -p tcp -m length --length 0:64 -m addrtype --src-type LOCAL -g f2b-sshd
iptables -t nat -D OUTPUT -p udp -j DROP
iptables -t raw -S PREROUTING 2
iptables -I OUTPUT 4 -s 10.235.252.90 -p sctp -m iprange --dst-range 10.0.0.1-10.0.0.116 -j CONNMARK --set-mark 0x2
ip6tables -t security -v -A OUTPUT ! -s fd00:a:b:: ! -o docker0 -p sctp -j ACCEPT
ip6tables -P FORWARD DROP
ip6tables -t filter -A OUTPUT -s ::1/127 ! -p tcp -m pkttype --pkt-type multicast -j TRACE
ip6tables -t security -Z INPUT
ip6tables -t raw -F
ip6tables -L -v -Z
ip6tables -t filter -N KUBE-SVC-ABC
ip6tables-save -t filter
ip6tables -t nat -F
ip6tables -t nat -F
ip6tables-save -c -t filter
ip6tables -I INPUT 3 ! -i eth0 -m statistic --mode nth --every 10 --packet 0 -m physdev --physdev-out eth+ -j f2b-sshd
iptables-save
ip6tables-save
