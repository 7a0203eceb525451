# Random iptables/ip6tables rule set, seed 104 (conformance/generators/iptables.ts)
iptables-restore --noflush <<'EOF'
*mangle
:PREROUTING ACCEPT [2:355]
:KUBE-SERVICES - [0:0]
-A OUTPUT -p tcp -j RETURN
[4:145] -A PREROUTING -s 127.70.161.119/30 -p tcp -m iprange ! --dst-range 10.0.0.1-10.0.0.183 -j RETURN
-A FORWARD -d 198.0.218.3/8 -m connmark --mark 0x1 -m pkttype --pkt-type unicast
-A PREROUTING -s 10.194.124.113/8 -i veth+ -p tcp -m tcp ! --dport ssh:65535 -m connmark --mark 5/0xff --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
COMMIT
EOF
iptables -P INPUT DROP
iptables-restore --noflush <<'EOF'
*raw
:KUBE-SERVICES - [0:0]
-A OUTPUT -s 172.9.153.142 -p tcp -m mark --mark 0x4000/0x4000 -j KUBE-SERVICES
-A PREROUTING ! -s 192.83.240.95 ! -p tcp -m mark --mark 0x4000/0x4000 -j NOTRACK
-A PREROUTING -p tcp --sport ssh:1000 -j CT --zone-orig 2
[0:263] -A PREROUTING -d 172.168.155.100/0 -p udp -m comment --comment "kubernetes service portals" -m limit --limit 3/s -j KUBE-SERVICES
COMMIT
EOF
iptables -A INPUT -d 192.75.218.147/24 -m state --state NEW -j RETURN
iptables -t nat -nvL
iptables -t nat -N f2b-sshd
ip6tables -t raw -A NOPE -s 2001:db8:1::1 -i br0 -m iprange --src-range 2001:db8::1-2001:db8::9 -j TRACE
ip6tables -v -I INPUT 2 -s 2001:db8:1::1/64 -p 47 -m conntrack --ctstate UNTRACKED -m addrtype --src-type UNICAST -j TRACE
iptables -t security -A OUTPUT -s 198.124.200.166/24 -p sctp -m length --length 100:200
iptables -t security -A NOPE -i eth0 -p all -m state --state INVALID -j DSCP --set-dscp-class EF
iptables -t mangle -S
iptables -t security -L -v -Z
iptables -t nat -I f2b-sshd 2 -o eth1 -p tcp -m ttl --ttl-eq 250 -m length --length 1500 -j f2b-sshd
iptables -t filter -Z INPUT 3
iptables -t mangle -A FORWARD -p icmp -m connmark ! --mark 0x1 -j RETURN
iptables -t raw -R NOPE 1 -p all -j KUBE-SERVICES
ip6tables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [1:940]
:KUBE-SERVICES - [0:0]
-A OUTPUT ! -d ::1/48 -j CONNMARK --restore-mark
[1:205] -A POSTROUTING -s fd00:a:b:: -d 2001:db8:1::1 -p udp -m connmark --mark 0x1 -j KUBE-SERVICES
-A PREROUTING -s 2001:db8:1::1/16 -i veth+ -p tcp -m length --length 1500
COMMIT
EOF
ip6tables -t filter -L
ip6tables -t filter -A OUTPUT -s 2001:db8:1::1/64 -d 2001:db8:1::1/64 -o eth+ -j ACCEPT
ip6tables -F
ip6tables -t security -P FOO ACCEPT
ip6tables -t filter -L FORWARD 2 -n -v
ip6tables -t mangle -v -F
ip6tables -t filter -v -X
iptables -t security -X
ip6tables -t security -A FORWARD -d fd00:: -i br0 -p ipv6-icmp -m addrtype --src-type LOCAL -m connmark --mark 5/0xff
ip6tables-save -c
ip6tables -t nat -C PREROUTING -s ::1 -p udp -m physdev ! --physdev-is-in -m statistic --mode random --probability 1 -j RETURN
ip6tables -A FORWARD -i docker0 -o docker0 -p all -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -S FORWARD 1
ip6tables -t security -N f2b-sshd
ip6tables -t raw -Z OUTPUT 3
ip6tables -t nat -A INPUT -d fd00:a:b::/48 -p ipv6-icmp -j CONNMARK --save-mark
ip6tables -t filter -X
ip6tables -t security -X INPUT
ip6tables -D OUTPUT -p udp -m comment --comment "a/b:c -> 10.0.0.1:80" -m length --length 100:200 -j TRACE
ip6tables -t security -A INPUT -s 2001:db8:1::1 -p ipv6-icmp -m connmark --mark 0x1 -m state --state INVALID -g f2b-sshd
ip6tables -t filter -A FORWARD ! -i veth+ -p sctp -j MARK --xor-mark 0x3
ip6tables --list OUTPUT --numeric --line-numbers
ip6tables -t raw -w 1 --append PREROUTING ! -i eth0 -p udp -j RETURN
ip6tables -t filter -A OUTPUT -s fd00:: -d fd00::/48 -p sctp -m addrtype --src-type UNICAST
ip6tables -t filter -A OUTPUT -s fd00:a:b:: -d fd00:a:b::/64 -p sctp -m iprange ! --src-range 2001:db8::1-2001:db8::9
ip6tables -t security -E f2b-sshd f2b-sshd-2
ip6tables -D INPUT 3
ip6tables -t nat -L -x -v -n
ip6tables -v -X
ip6tables -t mangle -I POSTROUTING -p all -m iprange --src-range 2001:db8::1-2001:db8::9 -j MARK --set-xmark 0x4000/0x4000
ip6tables -t filter -A INPUT -m addrtype --src-type UNICAST -m state --state ESTABLISHED,RELATED -j RETURN
ip6tables -t mangle -I INPUT 4 -p tcp -m multiport --ports http,https -j NFLOG --nflog-group 2
ip6tables -t security -A f2b-sshd-2 -s 2001:db8:1::1/32 -d ::1/64 -o eth1 -p tcp -j CONNMARK --restore-mark
iptables -t security -L -v -Z
ip6tables -v -F OUTPUT
iptables -v -F
ip6tables -t raw -N KUBE-SVC-ABC
ip6tables -t security -A f2b-sshd-2 -s 2001:db8:1::1 -o docker0 -p sctp -m connmark --mark 0x1 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j NFLOG --nflog-group 3
iptables -Z FORWARD 2
ip6tables -t nat -nvL
ip6tables -t raw -D PREROUTING -d 2001:db8:: -p udp -m iprange --src-range 2001:db8::1-2001:db8::9 -j ACCEPT
ip6tables -v -X
ip6tables -t raw -I OUTPUT 1 -p sctp
ip6tables -t mangle -A KUBE-SERVICES ! -s fd00:: -i veth+ -p tcp -m limit --limit 1/hour -m statistic --mode random --probability 1 -j KUBE-SERVICES
ip6tables -t filter -I FORWARD 3 -o docker0 -p tcp -j MARK --set-xmark 0x4000/0x4000
ip6tables -v -X
ip6tables -R FORWARD 3 ! -s ::1 -p sctp -m connmark --mark 5/0xff -j LOG --log-prefix "IN: " --log-level crit
ip6tables -t nat -L
ip6tables -t filter -A OUTPUT -p 47 -j REJECT
ip6tables -t security -v -F FORWARD
ip6tables -t filter -X
iptables -L INPUT 1 -n -v
iptables -Z INPUT 3
iptables-save
ip6tables-save
