# Random iptables/ip6tables rule set, seed 23 (conformance/generators/iptables.ts)
ip6tables -t raw -A PREROUTING -p all -m addrtype --dst-type MULTICAST -m limit --limit 10/second --limit-burst 5 -j MARK --xor-mark 0x3
ip6tables -t raw -L OUTPUT
ip6tables -A OUTPUT -s fd00::/16 -p sctp -m pkttype --pkt-type multicast -m length --length 100:200
ip6tables -A INPUT -s fd00:a:b:: -p udp -j TRACE
ip6tables -A INPUT -s fe80::1/32 -p tcp -m mark ! --mark 1 -j RETURN
ip6tables -F
ip6tables-restore --noflush <<'EOF'
*security
:INPUT ACCEPT [5:197]
:RCHAIN - [0:0]
-A RCHAIN -s 2001:db8:: -d 2001:db8:: -o docker0 -p all -m addrtype --dst-type LOCAL -m comment --comment "kubernetes service portals" -j REJECT --reject-with tcp-reset
COMMIT
EOF
ip6tables -C OUTPUT -s 2001:db8::/127 ! -o cni0 -j RETURN
ip6tables-save
iptables-save
iptables -A INPUT ! -i br0 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m addrtype --dst-type LOCAL
iptables -N KUBE-SVC-ABC
iptables -A KUBE-SVC-ABC -d 127.255.42.162 -o eth+ -m comment --comment "kubernetes service portals" -m iprange --dst-range 10.0.0.1-10.0.0.140 -j KUBE-SVC-ABC
iptables -t filter -L INPUT -n -v --line-numbers
iptables -S
iptables -t filter -A KUBE-SVC-ABC ! -s 192.160.74.171 -p tcp -j KUBE-SVC-ABC
iptables -t filter -Z
iptables-save -t filter
iptables -A NOPE -p all -j KUBE-SVC-ABC
iptables -I INPUT 2 -s 10.224.65.62 -d 192.17.68.102/24 -p udp -m mac --mac-source 02:00:00:00:00:53 -j REJECT --reject-with icmp-port-unreachable
iptables -t raw -P PREROUTING DROP
iptables-save
iptables -t filter -C INPUT ! -d 10.10.46.115/0 -p tcp -m addrtype --dst-type LOCAL -j REJECT --reject-with icmp-admin-prohibited
iptables-save
iptables -t security -A INPUT -i br0 -p all -m mac --mac-source 02:00:00:00:00:19 -j LOG
iptables -t raw -L OUTPUT -n -v --line-numbers
iptables-restore <<'EOF'
*raw
:PREROUTING ACCEPT [1:988]
:RCHAIN - [0:0]
-A RCHAIN -p tcp -j LOG --log-level debug
-A RCHAIN ! -i lo ! -p tcp -m comment --comment "a/b:c -> 10.0.0.1:80" -m addrtype --src-type LOCAL -j NFLOG --nflog-group 0
-A PREROUTING -s 127.246.75.202/30 -p tcp -m statistic --mode nth --every 3 --packet 1 -m statistic --mode nth --every 10 --packet 1 -j RCHAIN
-A PREROUTING ! -s 127.44.242.238 -p 47 -m conntrack --ctstate RELATED,ESTABLISHED -j CONNMARK --save-mark
COMMIT
EOF
iptables -A KUBE-SVC-ABC -i br0 -p all -j KUBE-SVC-ABC
iptables -X KUBE-SVC-ABC
ip6tables -t filter -F
ip6tables -t security -X RCHAIN
ip6tables-save -t filter -c
ip6tables -t security -A RCHAIN -o eth1 -p tcp -m length --length 1500 -j LOG --log-level info
ip6tables -L FORWARD -n -v --line-numbers
ip6tables -t security -L FORWARD
ip6tables -t filter -D FORWARD -p tcp -j RETURN
ip6tables -t nat -X
ip6tables -N KUBE-SVC-ABC
ip6tables-save
ip6tables -t nat -A POSTROUTING ! -s fe80::1 -d fd00::/16 -p udp -m hl --hl-gt 182 -m state --state INVALID -j RETURN
ip6tables -t filter -Z KUBE-SVC-ABC
ip6tables -A OUTPUT -m mac --mac-source 02:00:00:00:00:75 -m iprange --src-range 2001:db8::1-2001:db8::9 -j RETURN
ip6tables -D FORWARD ! -s fe80::1/48 -p tcp --syn -m hl --hl-gt 94 -j RETURN
ip6tables-save -c
ip6tables -L INPUT -n -v --line-numbers
ip6tables -L OUTPUT
iptables -L -n
iptables -I KUBE-SVC-ABC 2 -s 10.129.197.0/12 -i lo -p sctp -m statistic --mode nth --every 10 --packet 1
ip6tables -t security -L -x -v -n
ip6tables -t filter -I OUTPUT 2 -o cni0 -m owner ! --uid-owner 100-200 -m pkttype --pkt-type multicast -j RETURN
iptables-save
iptables -Z FORWARD
iptables -t filter -I FORWARD 3 -s 198.34.11.244/8 -i eth0 -p tcp -m limit --limit 100/day -m iprange --dst-range 10.0.0.1-10.0.0.36 -j LOG --log-prefix "drop"
iptables-save
iptables -A OUTPUT ! -d 192.137.44.130/0 -p tcp -j LOG --log-prefix "IN: " --log-level 7
iptables -t nat -L -n -v
iptables -A KUBE-SVC-ABC -p tcp -m multiport --ports http,https -j LOG --log-prefix "IN: " --log-level 4
ip6tables -A OUTPUT -s fd00::/48 -d fe80::1 -p 47 -m hl --hl-lt 160 -j RETURN
ip6tables -I NOPE -i eth0 ! -o eth1 -m comment --comment "a/b:c -> 10.0.0.1:80" -j CONNMARK --restore-mark --mask 0xff
ip6tables -t mangle -A PREROUTING -p tcp -j NFLOG --nflog-group 4 --nflog-prefix p
iptables-save
ip6tables-save
