# Random iptables/ip6tables rule set, seed 120 (conformance/generators/iptables.ts)
iptables -F
iptables-save -c
iptables -N KUBE-SVC-ABC
iptables -E KUBE-SVC-ABC KUBE-SVC-ABC-2
ip6tables -t raw -A PREROUTING -c 376 7707 -o eth+ -p ipv6-icmp -j TRACE
ip6tables -t security -A INPUT -m length --length 0:64 -j DROP
ip6tables -t nat -P INPUT DROP
ip6tables -t raw -L -v -Z
ip6tables -t raw -A NOPE -d 2001:db8:1::1/16 -o cni0 -p ipv6-icmp -m connmark ! --mark 5/0xff -m length --length 1500 -j RETURN
ip6tables -t filter -R OUTPUT 3 -m length --length 0:64 -m conntrack --ctstate NEW -j CONNMARK --restore-mark --mask 0xff
ip6tables -N KUBE-SERVICES
ip6tables -N KUBE-SVC-ABC
ip6tables -t nat -F
ip6tables -t filter -I OUTPUT -s fd00::/32 -d fe80::1/64 -p tcp -m addrtype --dst-type BROADCAST -j NFLOG --nflog-group 2
ip6tables -t mangle --list FORWARD --numeric --line-numbers
ip6tables -v -I KUBE-SVC-ABC 2 -d ::1 -o eth+ -p sctp -g KUBE-SVC-ABC
ip6tables -t security -C FORWARD -d 2001:db8:1::1 -p sctp -m addrtype --dst-type BROADCAST -j ACCEPT
ip6tables -X INPUT
ip6tables -t security -S FORWARD
iptables -t security --list OUTPUT --numeric --line-numbers
iptables -v -X
iptables -t filter -A KUBE-SVC-ABC-2 -s 127.186.169.151/12 -i br0 -p tcp --tcp-flags FIN,ACK FIN -j TRACE
ip6tables-restore <<'EOF'
*raw
:PREROUTING ACCEPT [4:907]
:RCHAIN - [0:0]
-A PREROUTING -s fd00:a:b::/32 -p ipv6-icmp -m pkttype --pkt-type multicast -m length --length 1500 -j RCHAIN
-A RCHAIN ! -i eth0 -o docker0 -g RCHAIN
[3:8] -A OUTPUT -d 2001:db8::/16 -p udp -m limit --limit 1/hour --limit-burst 5 -j ACCEPT
COMMIT
EOF
ip6tables -t filter -F
ip6tables -t filter -w 1 --append FORWARD ! -s 2001:db8::/127 -d ::1 -g KUBE-SVC-ABC
ip6tables -t filter -A OUTPUT -s 2001:db8:: -p all -m limit --limit 3/s -j CONNMARK --set-mark 0x2
ip6tables -t filter -L -x -v -n
ip6tables -t nat -v -A INPUT ! -i eth0 -p udp -m comment --comment docker -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -t filter -Z
ip6tables -A KUBE-SERVICES ! -o cni0 -p all -m addrtype --src-type UNICAST -j MARK --set-xmark 0x4000/0x4000
ip6tables -t filter -A KUBE-SVC-ABC -d 2001:db8::/128 ! -i br0 -p all -j RETURN
ip6tables -w 1 --append FORWARD -p all -m physdev --physdev-out eth+ -j KUBE-SERVICES
ip6tables -t security -A INPUT -s 2001:db8:1::1/32 -p tcp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m hl --hl-lt 106 -j CONNMARK --save-mark
ip6tables-save
ip6tables -t filter -D KUBE-SERVICES -s fd00:a:b::/32 -d fd00:a:b::/48 ! -i veth+ -p sctp -j REJECT --reject-with tcp-reset
ip6tables -I OUTPUT 4 ! -s fe80::1/16 -o eth+ -p all
ip6tables -N f2b-sshd
ip6tables -t mangle -X
ip6tables -t security -A INPUT -d ::1/127 -p 47 -m comment --comment "kubernetes service portals" -m mark --mark 0x4000/0x4000 -j MARK --set-xmark 0x4000/0x4000
ip6tables -t nat -X POSTROUTING
iptables -L -n
iptables -t mangle -C OUTPUT -s 127.189.132.45/24 -m length --length 0:64 -m limit --limit 10/second -j CONNMARK --restore-mark
iptables -A INPUT -d 192.123.87.169 -i docker0 -m state --state NEW -j KUBE-SVC-ABC-2
iptables -t filter -I INPUT 2 -i docker0 -p sctp -m addrtype --dst-type UNICAST -m addrtype --src-type UNICAST -j TRACE
iptables -t raw -I OUTPUT 4 -o cni0 -p udp -j TRACE
iptables -t nat -R POSTROUTING 1 -s 127.138.219.3 -d 10.243.52.89 -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.167 -m length --length 100:200 -j NFLOG --nflog-group 1
iptables -t raw -Z PREROUTING 3
ip6tables-restore --noflush <<'EOF'
*nat
:KUBE-SERVICES - [0:0]
-A POSTROUTING -m addrtype --dst-type UNICAST -m length --length 100:200 -j ACCEPT
-A KUBE-SERVICES -d fd00::/64 -p 47 -m limit --limit 5/min --limit-burst 20 -m iprange --src-range 2001:db8::1-2001:db8::9 -j RETURN
[4:73] -A INPUT -d fe80::1 -p all -m conntrack ! --ctstate UNTRACKED -j SNAT --to-source fd00::3
-A POSTROUTING -s fd00::/48 -i lo -p udp -m owner --uid-owner 0 -m connmark --mark 5/0xff -j LOG --log-prefix "IN: "
COMMIT
EOF
ip6tables -t filter -A f2b-sshd -d 2001:db8:: -p sctp -m statistic --mode nth --every 10 --packet 1 -j DROP
ip6tables -v -X KUBE-SVC-ABC
ip6tables -t security -A INPUT ! -d ::1/64 -j CONNMARK --set-mark 0x2
ip6tables -t nat -L PREROUTING -n -v --line-numbers
iptables -t mangle -A OUTPUT -j RETURN
iptables -t mangle -L INPUT -n -v --line-numbers
ip6tables -I FORWARD 2 -d ::1/16 -p all -m addrtype --dst-type BROADCAST -m addrtype --dst-type UNICAST -j CONNMARK --restore-mark --mask 0xff
ip6tables -I f2b-sshd -d 2001:db8:: ! -o cni0 -p tcp -j CONNMARK --restore-mark
iptables -t filter -A KUBE-SVC-ABC-2 -s 127.67.109.77/32 -d 10.61.203.36 -p tcp -m addrtype ! --dst-type UNICAST -m connmark --mark 5/0xff -j MARK --and-mark 0xff
iptables -t mangle -A NOPE -c 792 31806 -d 10.180.134.37/0 -p all -m mark --mark 0x4000/0x4000 -m mark ! --mark 0x10/0xf0 -j CONNMARK --restore-mark
iptables -P OUTPUT DROP
iptables-restore --noflush -c <<'EOF'
*filter
:RCHAIN - [0:0]
-A RCHAIN -d 192.54.159.57/12 -i lo -o docker0 -p tcp -m tcp --dport 22:65535 -j DROP
COMMIT
EOF
iptables -t mangle -A POSTROUTING -p tcp -j RETURN
ip6tables -D f2b-sshd 1
ip6tables-restore --noflush -c <<'EOF'
*filter
:INPUT DROP [8:848]
:RCHAIN - [0:0]
-A RCHAIN -m physdev --physdev-is-bridged -j TRACE
-A OUTPUT -s fe80::1 -d fe80::1 -p tcp -m connmark --mark 5/0xff -m connmark --mark 0x1 -j RETURN
-A INPUT -p all -m state --state ESTABLISHED,RELATED -j f2b-sshd
COMMIT
EOF
ip6tables -D KUBE-SVC-ABC 1
ip6tables-restore --noflush <<'EOF'
*raw
:PREROUTING ACCEPT [0:659]
:RCHAIN - [0:0]
-A RCHAIN -s fd00:: ! -d 2001:db8:: -p sctp -j CT --zone-orig 2
-A RCHAIN -p tcp -m comment --comment docker -m hl --hl-eq 251 -j DROP
COMMIT
EOF
ip6tables -t nat -I KUBE-SERVICES 3 ! -i veth+ -p all -j DROP
ip6tables -A INPUT -i docker0 -m addrtype --src-type UNICAST -j KUBE-SVC-ABC
ip6tables -v -I FORWARD 2 -s fd00::/64 -p ipv6-icmp -m addrtype --dst-type MULTICAST -m statistic --mode nth --every 10 --packet 0 -j ACCEPT
ip6tables-save -c
ip6tables -t filter -X INPUT
iptables-save
ip6tables-save
