# Random iptables/ip6tables rule set, seed 129 (conformance/generators/iptables.ts)
iptables -t nat -S POSTROUTING 2
iptables -t security -X FORWARD
iptables -t security -L -n
iptables -t mangle -v -X
iptables -A INPUT -d 192.100.31.26/16 -p tcp --tcp-flags ALL NONE -m connmark --mark 5/0xff -j RETURN
ip6tables -t filter -v -I INPUT 3 -p sctp -m physdev --physdev-is-bridged -m statistic --mode random --probability 0.33333333349 -j RETURN
ip6tables -t nat -A OUTPUT -d fe80::1/16 -p tcp -m length --length 1500 -m comment --comment "kubernetes service portals" -j TRACE
ip6tables -C INPUT -p tcp -m physdev ! --physdev-is-in -j MARK --set-mark 5/0xff
ip6tables -X OUTPUT
ip6tables -L -n
ip6tables-restore --noflush -c <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
[3:423] -A INPUT ! -i lo -p tcp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j KUBE-SERVICES
-A INPUT ! -i lo -m state --state ESTABLISHED,RELATED
-A INPUT -s fd00::/128 -j NFLOG --nflog-group 1 --nflog-prefix p
COMMIT
EOF
ip6tables -t nat -L OUTPUT 3 -n -v
ip6tables -t security -L -v
ip6tables -t filter -A OUTPUT ! -s 2001:db8::/48 ! -d fd00:: ! -p tcp -m conntrack --ctstate RELATED,ESTABLISHED -m owner --uid-owner 0 -j NFLOG --nflog-group 1
iptables -t filter -F
ip6tables -t nat -A PREROUTING ! -i veth+ -m state --state INVALID -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -t mangle -A FORWARD ! -p udp -m connmark --mark 0x1 -m addrtype --dst-type BROADCAST -j NFLOG --nflog-group 4
ip6tables -L -v -Z
ip6tables-save -t nat
ip6tables -t security -D INPUT 4
ip6tables -t security -N f2b-sshd
iptables -t nat -C INPUT -s 192.64.26.131 -d 172.37.181.118/0 -p 47 -m mac ! --mac-source 02:00:00:00:00:82 -m addrtype --src-type LOCAL -j SNAT --to-source 10.0.0.1
iptables -A FORWARD -i br0 -m mac --mac-source 02:00:00:00:00:89 -j RETURN
iptables -v -X
iptables -t security -S FORWARD
iptables -D OUTPUT -p tcp -m multiport --ports 80,443 -m tcp --dport 22 -j REJECT
iptables -A INPUT ! -d 10.136.55.93 -i lo -p 47 -m addrtype --dst-type UNICAST -j CT --zone-orig 2
iptables -t filter -A FORWARD -p 47 -j ACCEPT
iptables -t filter -C OUTPUT ! -d 172.185.103.56/30 -o docker0 -p tcp -m state --state ESTABLISHED,RELATED -j NFLOG --nflog-group 0
iptables-restore <<'EOF'
*filter
:INPUT DROP [2:144]
:KUBE-SERVICES - [0:0]
-A OUTPUT -s 192.57.61.100 -p tcp -m addrtype --dst-type LOCAL --syn
COMMIT
EOF
iptables -I FORWARD 2 -d 172.129.160.142 -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.51 -j CONNMARK --save-mark
iptables -t nat --list OUTPUT --numeric --line-numbers
iptables -t filter -A INPUT -p sctp -j KUBE-SERVICES
iptables -t security -v -X
ip6tables -t filter -A OUTPUT -p sctp -m pkttype --pkt-type unicast -m hl --hl-gt 219 -j MARK --set-mark 0x1
ip6tables -t security -A FORWARD -p sctp -m mac --mac-source 02:00:00:00:00:11 -j CONNMARK --restore-mark --mask 0xff
ip6tables -t nat -X INPUT
iptables -t nat -D OUTPUT 2
iptables -t filter -L -v -Z
ip6tables -C OUTPUT -d ::1/128 -p all -j ACCEPT
ip6tables -X KUBE-SERVICES
ip6tables -t security -Z
ip6tables -N KUBE-SERVICES
ip6tables -t filter -E KUBE-SERVICES KUBE-SERVICES-2
ip6tables -t filter -A INPUT -m conntrack --ctstate INVALID -m iprange --src-range 2001:db8::1-2001:db8::9 -j RETURN
ip6tables -t raw --list OUTPUT --numeric --line-numbers
iptables -E KUBE-SERVICES KUBE-SERVICES-2
iptables -t security -C FORWARD -s 198.28.2.181 ! -d 10.246.110.76/24
ip6tables -v -X KUBE-SERVICES-2
ip6tables-save -c -t raw
ip6tables -t filter -X OUTPUT
ip6tables -t mangle -F
ip6tables -t security -A f2b-sshd -o eth+ -m conntrack --ctstate INVALID -m addrtype --src-type UNICAST -j f2b-sshd
ip6tables -t filter -X INPUT
ip6tables -t mangle -Z POSTROUTING
ip6tables -A OUTPUT -c 36 75150 -o docker0 -p tcp -m addrtype --src-type UNICAST -m mark ! --mark 0xffffffff -j CONNMARK --restore-mark
iptables -t security -A INPUT -c 343 94024 -m statistic --mode random --probability 0.5 -j MARK --set-mark 5/0xff
iptables -A KUBE-SERVICES-2 -d 192.14.162.143/32 -p all -m limit --limit 10/second --limit-burst 20 -m physdev --physdev-in veth0
iptables -t raw -w 1 --append OUTPUT ! -s 10.201.188.149/30 -d 172.127.149.179 -p all -j RETURN
iptables -t filter -A FORWARD -d 198.195.170.99/16 -i lo -o eth+ -p icmp -j RETURN
iptables -I FORWARD -o cni0 -p tcp -j CONNMARK --restore-mark --mask 0xff
iptables -t mangle -A FORWARD -d 172.6.148.255 -p all -j DSCP --set-dscp-class EF
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [4:385]
:RCHAIN - [0:0]
-A INPUT -j CONNMARK --save-mark
-A OUTPUT -s 192.121.190.172 -p tcp -m addrtype --dst-type UNICAST --sport 0 -j NFLOG --nflog-group 0 --nflog-prefix p
COMMIT
EOF
iptables -t nat -A INPUT -s 10.10.212.254 -j SNAT --to-source 172.17.0.2 --random-fully
iptables -t mangle --list OUTPUT --numeric --line-numbers
iptables -t raw -A OUTPUT -d 192.92.62.157 -p 47 -j CT --zone-orig 2
iptables --list INPUT --numeric --line-numbers
iptables -t security -v -A FORWARD -d 192.158.184.137/8 -o docker0 -p udp -m state --state INVALID -m mark --mark 0xffffffff -j MARK --set-mark 5/0xff
iptables -w 1 --append FORWARD -d 127.226.96.30 -m length --length 0:64 -m iprange --dst-range 10.0.0.1-10.0.0.143 -j NFLOG --nflog-group 0
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT DROP [4:398]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -s 198.39.188.196/30 -i veth+ -p udp -m comment --comment x_y-z -j LOG --log-level crit
-A INPUT ! -d 192.131.144.15/32 -m physdev --physdev-out eth+ -j CONNMARK --restore-mark --mask 0xff
COMMIT
EOF
iptables-save
ip6tables-save
