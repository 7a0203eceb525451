# Random iptables/ip6tables rule set, seed 176 (conformance/generators/iptables.ts)
iptables -t mangle -S
iptables -t security -F
iptables-save -t mangle
ip6tables -t security -A INPUT ! -s fe80::1/48 -d 2001:db8::/127 -i br0 -m limit --limit 100/day --limit-burst 20 -m addrtype --src-type UNICAST -j ACCEPT
iptables -A OUTPUT -p all -j CONNMARK --set-mark 0x2
iptables-save -c
ip6tables -A INPUT -s fd00:a:b:: -p sctp -j ACCEPT
ip6tables-save
ip6tables -v -A FORWARD -m limit --limit 1/hour --limit-burst 1 -m addrtype --dst-type LOCAL -j CONNMARK --set-mark 0x2
ip6tables -t filter -w 1 --append OUTPUT ! -s fe80::1 -d fd00::/127 -m connmark ! --mark 0x1 -j DROP
ip6tables -t security -X OUTPUT
ip6tables -t filter -N DOCKER-USER
ip6tables -t filter -L -v -Z
ip6tables -t filter -A FORWARD -o cni0 -p sctp -m mark ! --mark 0x4000/0x4000 -j DROP
ip6tables -t security -D OUTPUT 2
ip6tables -L FORWARD
ip6tables -Z NOPE 3
ip6tables-save
ip6tables-restore --noflush -c <<'EOF'
*mangle
:PREROUTING DROP [1:48]
:KUBE-SERVICES - [0:0]
-A OUTPUT -s 2001:db8:1::1 -d fd00:a:b::/127 -p 47 -m iprange --src-range 2001:db8::1-2001:db8::9 -m hl --hl-gt 127 -j DROP
-A POSTROUTING -d fd00::/48 -o docker0 -p tcp -j DROP
COMMIT
EOF
ip6tables -t security -F
ip6tables -t raw -v -X
ip6tables-restore -c <<'EOF'
*raw
:PREROUTING DROP [4:955]
:KUBE-SERVICES - [0:0]
-A OUTPUT -p udp -m mac --mac-source 02:00:00:00:00:67 -m mark --mark 1 -j CONNMARK --save-mark
-A OUTPUT -s ::1 -p 47 -g KUBE-SERVICES
COMMIT
EOF
ip6tables -t filter -L DOCKER-USER
ip6tables -R INPUT 1 -i lo -p tcp -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -A NOPE -d fd00:a:b::/64 -p tcp -m multiport --sports 80,443 -m hl --hl-eq 150 -j RETURN
ip6tables -A OUTPUT -o eth1 -j REJECT
iptables -v -X
iptables -t raw -C OUTPUT -s 198.98.58.33/8 -d 127.197.58.209/12 -o cni0 -m ttl --ttl-lt 216 -m owner --uid-owner 0 -j CT --notrack
ip6tables -A FORWARD -c 655 78839 -d fd00:a:b:: -i eth0 -o eth1 -p 47 -m length --length 100:200 -j DOCKER-USER
ip6tables-save
ip6tables -L INPUT 3 -n -v
ip6tables-save
ip6tables -t security -v -X
ip6tables -t filter -D DOCKER-USER -p all -m statistic --mode random --probability 0.1 -m mark --mark 1 -g DOCKER-USER
ip6tables -t filter -D DOCKER-USER 3
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [4:577]
:DOCKER - [0:0]
-A FORWARD -p sctp -m addrtype --dst-type MULTICAST -j DOCKER
-A INPUT -p all -m mac --mac-source 02:00:00:00:00:69 -m statistic --mode random --probability 0.33333333349 -j DOCKER
COMMIT
EOF
ip6tables -L INPUT 1 -n -v
ip6tables -v -A DOCKER -i lo -p sctp -m connmark --mark 5/0xff -j MARK --set-mark 0x1
ip6tables -t filter -S DOCKER 3
ip6tables -t filter -A DOCKER -p sctp -m conntrack --ctstate UNTRACKED
ip6tables -t mangle -A OUTPUT -m statistic --mode random --probability 0.5 -j LOG --log-prefix "x y"
ip6tables -v -X DOCKER-USER
ip6tables -t filter -X
iptables -t filter -P FORWARD DROP
ip6tables -t nat -P POSTROUTING ACCEPT
ip6tables-save
ip6tables -t nat -C PREROUTING -p tcp -j CONNMARK --save-mark
iptables -P INPUT DROP
iptables -w 1 --append OUTPUT -s 127.240.35.91/24 -p icmp -m addrtype --dst-type MULTICAST
iptables -A INPUT -p tcp -m ttl --ttl-eq 225 -j ACCEPT
ip6tables -t filter -L -n -v
iptables -t security --list FORWARD --numeric --line-numbers
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:669]
:KUBE-SERVICES - [0:0]
-A FORWARD -s fd00::/127 -j KUBE-SERVICES
-A INPUT ! -s 2001:db8::/127 -p udp -j DROP
-A FORWARD -s 2001:db8:1::1/64 -i lo -p all -m hl --hl-gt 187 -m iprange --src-range 2001:db8::1-2001:db8::9 -j TRACE
-A OUTPUT -s fe80::1/128 -p udp -m multiport --dports 80,443 -m addrtype --dst-type MULTICAST -j NFLOG --nflog-group 2
COMMIT
EOF
ip6tables -A FORWARD -s fe80::1/127 ! -d fe80::1 -p sctp -m physdev ! --physdev-is-in -m length ! --length 100:200 -g KUBE-SERVICES
ip6tables -t nat -A OUTPUT -c 771 25254 -p all -m physdev --physdev-is-bridged -j MARK --xor-mark 0x3
ip6tables -t security -A NOPE -s ::1/48 -p sctp -m pkttype --pkt-type unicast -j MARK --and-mark 0xff
ip6tables -I KUBE-SERVICES 4 ! -i docker0 -p tcp -m limit --limit 1/hour -m pkttype ! --pkt-type multicast -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -v -A INPUT -d fd00:a:b::/127 -p sctp
ip6tables -t mangle -D PREROUTING 1
ip6tables -t raw -A OUTPUT -p sctp -m conntrack --ctstate NEW -j MARK --set-xmark 0x4000/0x4000
ip6tables -t filter -I OUTPUT 4 -d 2001:db8:: -p tcp -j DROP
iptables -L -v -Z
iptables -L -x -v -n
iptables -t security -I INPUT 3 -p tcp --sport 1024 -j MARK --and-mark 0xff
iptables -t mangle -v -A POSTROUTING ! -s 172.202.98.45 -p udp -m connmark ! --mark 0x1 -j MARK --and-mark 0xff
iptables -t mangle -D FORWARD 4
ip6tables -t nat -N DOCKER-USER
ip6tables -N LOGDROP
ip6tables -t nat -v -I PREROUTING 3 -d fd00:a:b:: -i veth+ -p sctp -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [5:49]
:DOCKER - [0:0]
-A INPUT ! -s ::1 -p udp -m multiport --ports 53 -m connmark --mark 5/0xff -j LOG --log-prefix "x y"
COMMIT
EOF
iptables-save
ip6tables-save
