# Random iptables/ip6tables rule set, seed 142 (conformance/generators/iptables.ts)
iptables-save -c
iptables -t filter -L -n -v
iptables -C INPUT -s 192.105.60.229 -p icmp -m addrtype --src-type UNICAST -m conntrack --ctstate RELATED,ESTABLISHED -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -w 1 --append INPUT -s 10.6.116.17 -d 172.160.181.31/8 -j MARK --or-mark 0x8
ip6tables-save
ip6tables -t security -A INPUT ! -s fe80::1 -d ::1/32 -p sctp -j RETURN
ip6tables -t security -A INPUT -j TRACE
ip6tables -t raw -X PREROUTING
ip6tables -D OUTPUT ! -s fd00:a:b::/64 -p all -m conntrack --ctstate NEW -j TRACE
ip6tables -t filter -P OUTPUT DROP
ip6tables -t mangle -I FORWARD 4 -d 2001:db8::/32 -p 47 -m owner --uid-owner 0 -j TRACE
ip6tables -t filter -S
ip6tables -v -X
ip6tables -t security -L FORWARD 2 -n -v
ip6tables -t nat -A PREROUTING -s ::1 -p 47 -m physdev --physdev-out eth+ -j MARK --set-xmark 0x4000/0x4000
ip6tables -A NOPE -d ::1 -i docker0 ! -o cni0 -m pkttype --pkt-type multicast -m addrtype --dst-type UNICAST -j HL --hl-dec 1
ip6tables -v -I FORWARD 1 -s 2001:db8:: -d fd00:: -o docker0 -p udp -j REJECT
ip6tables -t mangle -N LOGDROP
ip6tables -t filter -D OUTPUT -s fe80::1/128 -p 47 -m physdev --physdev-is-bridged -j TRACE
ip6tables -t filter -v -F OUTPUT
ip6tables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [2:836]
:KUBE-SERVICES - [0:0]
-A FORWARD -d ::1 -m comment --comment x_y-z -j RETURN
-A PREROUTING -s 2001:db8::/48 -d 2001:db8::/16 -p ipv6-icmp -m iprange --src-range 2001:db8::1-2001:db8::9 -m connmark --mark 0x1 -g LOGDROP
-A OUTPUT -s fd00:a:b::/128 -p ipv6-icmp -m statistic --mode random --probability 1 -j NFLOG --nflog-group 1 --nflog-prefix p
[3:272] -A PREROUTING -s 2001:db8:: -d fd00:a:b:: -p 47 -m connmark ! --mark 0x1 -j CONNMARK --restore-mark
COMMIT
EOF
ip6tables -t raw -A PREROUTING -j MARK --xor-mark 0x3
ip6tables -S FORWARD 1
iptables -t nat -C OUTPUT -o eth1 -p tcp -m statistic --mode random --probability 0.25000000000 -m iprange --dst-range 10.0.0.1-10.0.0.121 -j DROP
iptables -t filter -A INPUT -d 10.68.158.88/30 -i lo -m comment --comment x_y-z -m mac ! --mac-source 02:00:00:00:00:14 -j CONNMARK --save-mark
ip6tables -t filter -A FORWARD -m pkttype --pkt-type unicast -m mac --mac-source 02:00:00:00:00:38 -j DROP
iptables -t raw -L
ip6tables -t filter -D FORWARD 2
ip6tables -S OUTPUT 2
iptables -t raw -Z OUTPUT
iptables-save -t filter -c
iptables -t nat -N KUBE-SERVICES
ip6tables -t security -D OUTPUT ! -d fd00::/128 -p all -j DROP
ip6tables -t filter -C NOPE -s ::1/32 -i veth+ -p tcp --syn -j REJECT
ip6tables -L -x -v -n
ip6tables-restore <<'EOF'
*mangle
:PREROUTING ACCEPT [0:23]
:RCHAIN - [0:0]
[1:400] -A RCHAIN -s 2001:db8:1::1/16 -p udp -j TRACE
COMMIT
EOF
ip6tables -X
ip6tables -L -n --line-numbers
ip6tables -t filter -N KUBE-SEP-XYZ
ip6tables -t filter --list OUTPUT --numeric --line-numbers
ip6tables -t raw -A OUTPUT -p tcp -j CONNMARK --save-mark
ip6tables-restore --noflush -c <<'EOF'
*mangle
:RCHAIN - [0:0]
[4:10] -A FORWARD -i eth0 -p udp -m multiport --sports 22,80:90,8080 -j TRACE
-A RCHAIN -p tcp -m multiport --dports 53 -j TRACE
-A OUTPUT -d 2001:db8::/64 -p sctp
-A FORWARD -p 47 -m length ! --length 100:200 -m pkttype ! --pkt-type multicast
COMMIT
EOF
ip6tables -N DOCKER-USER
iptables -C NOPE ! -d 198.60.3.143 -i lo -o docker0 -p tcp -m physdev ! --physdev-is-in -j NFLOG --nflog-group 4
iptables -A FORWARD -m addrtype --src-type UNICAST -m conntrack --ctstate UNTRACKED -j RETURN
iptables -t security -S OUTPUT 1
iptables -t security -A INPUT -p tcp -m connmark --mark 5/0xff -m pkttype --pkt-type broadcast -j CONNMARK --set-mark 0x2
ip6tables -Z FORWARD
ip6tables -t nat -A INPUT -p ipv6-icmp -j ACCEPT
ip6tables -t filter -N MYCHAIN
ip6tables -t security -I INPUT -s fd00:a:b::/16 -p 47
iptables -t mangle -A PREROUTING -s 192.203.41.34/8 -i lo -p 47 -m pkttype --pkt-type broadcast -j DSCP --set-dscp 10
iptables-save -c -t filter
iptables -S FORWARD 2
iptables -t nat -A NOPE -d 198.246.86.151/30 -j MARK --set-mark 5/0xff
iptables -t nat -L NOPE 2 -n -v
iptables -t nat -S POSTROUTING 2
iptables -L -v -Z
iptables -t filter -v -I OUTPUT 2 -p udp -m mark ! --mark 0xffffffff -j REJECT
iptables -S
iptables -t filter -N MYCHAIN
iptables -t mangle -A INPUT ! -s 192.204.0.47/32 -d 198.81.172.131/24 -m limit --limit 10/second --limit-burst 20 -m mac --mac-source 02:00:00:00:00:67
iptables -t mangle -Z
iptables -t mangle --list FORWARD --numeric --line-numbers
iptables -A OUTPUT ! -s 192.136.13.57 -g MYCHAIN
iptables -t raw -P FOO DROP
ip6tables -t mangle -L -v -Z
iptables -X MYCHAIN
iptables -C MYCHAIN ! -d 198.134.219.114/32 -o eth1 -j REJECT --reject-with tcp-reset
iptables-save -c
iptables-save
ip6tables-save
