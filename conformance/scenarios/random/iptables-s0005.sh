# Random iptables/ip6tables rule set, seed 5 (conformance/generators/iptables.ts)
iptables -A OUTPUT -j CONNMARK --restore-mark --mask 0xff
iptables -R FORWARD 3 -p all -m mac --mac-source 02:00:00:00:00:22 -j DROP
iptables -t mangle -A INPUT -s 10.242.87.238 -p udp -j DSCP --set-dscp 10
iptables -t filter -S
iptables -t nat -I POSTROUTING 2 -m limit --limit 3/s --limit-burst 1 -j TRACE
iptables -L
iptables -t nat -A INPUT -s 10.212.107.140/24 -p udp -m owner --uid-owner 100-200 ! --sport ssh
iptables -L OUTPUT
iptables -A FORWARD -p udp -m multiport --dports http,https -j ACCEPT
ip6tables -Z
ip6tables -A INPUT -d ::1/48 -m physdev --physdev-is-bridged -j REJECT
ip6tables -t filter -I INPUT -i lo -p tcp -j MARK --set-mark 5/0xff
ip6tables -t raw -L -n --line-numbers
ip6tables -A INPUT -p ipv6-icmp -m physdev --physdev-is-bridged -m iprange --src-range 2001:db8::1-2001:db8::9 -j CONNMARK --restore-mark --mask 0xff
ip6tables -t mangle -F
ip6tables -I OUTPUT 2 ! -o cni0 -p sctp -m length --length 100:200 -m physdev --physdev-out eth+ -j TRACE
ip6tables -t raw -L PREROUTING
ip6tables -D OUTPUT -d fe80::1 -m iprange --src-range 2001:db8::1-2001:db8::9 -m connmark --mark 0x1
ip6tables -t nat -D POSTROUTING 3
ip6tables -Z INPUT
ip6tables -t filter -A OUTPUT -d fd00:a:b:: -p udp -m length ! --length 100:200 -m iprange --src-range 2001:db8::1-2001:db8::9 -j ACCEPT
ip6tables-restore <<'EOF'
*security
:INPUT ACCEPT [5:828]
:DOCKER - [0:0]
-A INPUT -p all -j RETURN
[3:208] -A FORWARD -d fe80::1 -i docker0 -m state --state NEW -j TRACE
COMMIT
EOF
iptables -t filter -X
ip6tables-save
ip6tables-restore <<'EOF'
*raw
:PREROUTING ACCEPT [7:353]
:KUBE-SERVICES - [0:0]
-A PREROUTING -i veth+ -p ipv6-icmp -j RETURN
-A PREROUTING -s 2001:db8:: -p tcp -j KUBE-SERVICES
-A KUBE-SERVICES -d fd00:a:b:: -i docker0 -p sctp -g KUBE-SERVICES
-A KUBE-SERVICES -s 2001:db8:1::1 -m statistic --mode nth --every 10 --packet 1 -m iprange --src-range 2001:db8::1-2001:db8::9 -j CT --zone-orig 2
COMMIT
EOF
iptables -F
iptables -t security -F
iptables -t nat -L -v
iptables -L
iptables -t security -A FORWARD -s 127.252.140.186 -d 10.105.195.64 -p all -m physdev ! --physdev-is-in -m addrtype --src-type UNICAST -j TRACE
iptables -A INPUT -p sctp -j ACCEPT
iptables -D OUTPUT 1
iptables -P FOO DROP
iptables -t security -L INPUT
iptables -A INPUT -s 198.217.139.245/0 -p all
ip6tables -I OUTPUT ! -s fd00:: ! -i docker0 -p tcp -j LOG --log-prefix "x y"
ip6tables -t filter -I OUTPUT -s ::1/128 -p 47 -m pkttype --pkt-type multicast -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j CONNMARK --restore-mark
ip6tables -t security -A FORWARD -s fd00:a:b::/128 -m mac --mac-source 02:00:00:00:00:50 -j RETURN
ip6tables -t security -I DOCKER 4 -d ::1 -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -m addrtype --dst-type BROADCAST -j ACCEPT
ip6tables-save
ip6tables -t nat -L -v
ip6tables -t raw -C KUBE-SERVICES -s fe80::1/64 -i eth0 -o cni0 -m pkttype --pkt-type unicast -j NOTRACK
iptables -A INPUT -s 10.36.84.63 ! -i br0 -p tcp -j TRACE
iptables -t nat -D POSTROUTING -s 172.94.218.150 -o eth+ -p tcp -j ACCEPT
iptables -t nat -A POSTROUTING -s 127.29.235.60/30 -d 192.47.209.221 -o eth+ -p udp -m comment --comment "a/b:c -> 10.0.0.1:80" -j MARK --or-mark 0x8
iptables -A OUTPUT -o docker0 -p udp -m statistic --mode random --probability 0.33333333349 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j ACCEPT
ip6tables -A INPUT -p tcp
ip6tables -t security -R FORWARD 1 ! -i lo ! -p tcp ! --sport 3000 -j DOCKER
ip6tables -t filter -F
ip6tables -t mangle -A FORWARD -s fe80::1 -p udp -m pkttype --pkt-type unicast -j DSCP --set-dscp 0x2e
ip6tables -t filter -A INPUT -p all -m mark ! --mark 0x10/0xf0 -j DROP
iptables -t filter -R FORWARD 3 -d 127.253.65.53 -j ACCEPT
iptables -t security -L INPUT -n -v --line-numbers
iptables-save -t filter
iptables -t filter -A OUTPUT -p sctp -m limit --limit 5/min -j MARK --or-mark 0x8
iptables-save
iptables -A INPUT -s 198.202.124.27 -p all -m addrtype --src-type LOCAL -m mac --mac-source 02:00:00:00:00:23
iptables-save -t nat
iptables -D INPUT 1
iptables -t filter -I INPUT 4 -j NFLOG --nflog-group 4
iptables-save
ip6tables-save
