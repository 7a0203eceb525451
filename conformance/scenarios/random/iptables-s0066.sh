# Random iptables/ip6tables rule set, seed 66 (conformance/generators/iptables.ts)
iptables -t filter -F
iptables -t nat -A INPUT -s 198.76.121.216/16 -i lo -p icmp -m mac --mac-source 02:00:00:00:00:10 --icmp-type time-exceeded -j CONNMARK --restore-mark --mask 0xff
ip6tables -t mangle -X
ip6tables -t filter -A INPUT -d 2001:db8:1::1 -p sctp -j CONNMARK --set-mark 0x2
iptables-save -t filter
iptables -A FORWARD -i docker0 -o docker0 ! -p udp -j DROP
iptables -t filter -Z
iptables -t mangle -A FORWARD -m mac --mac-source 02:00:00:00:00:82 -j DROP
iptables -L -x -v -n
iptables -t mangle -A FORWARD -p tcp -m mac --mac-source 02:00:00:00:00:21 -j CONNMARK --set-mark 0x2
iptables -A NOPE ! -d 127.19.221.17 -i lo -m state --state ESTABLISHED,RELATED -j CONNMARK --restore-mark --mask 0xff
iptables -t raw -L -v
ip6tables -t filter -N KUBE-SERVICES
ip6tables -I OUTPUT 4 -d fd00::/128 -o docker0 -p all -m owner --uid-owner 0 -j TRACE
iptables -N DOCKER-USER
iptables-save -c
iptables -t filter -I INPUT 1 -s 10.75.105.22 -m physdev --physdev-is-bridged -m length --length 1500 -j DROP
iptables-restore --noflush <<'EOF'
*raw
:PREROUTING ACCEPT [7:76]
:DOCKER - [0:0]
-A PREROUTING -s 10.139.59.60/16 -p icmp -j MARK --set-mark 0x1
-A PREROUTING -p 47 -g DOCKER
COMMIT
EOF
iptables -A DOCKER-USER -s 172.95.139.104/8 -p all -m limit --limit 5/min -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -t raw -A PREROUTING -s 172.171.46.1 -p udp -g DOCKER
iptables -P FORWARD ACCEPT
iptables -t raw -I PREROUTING 2 -m statistic --mode random --probability 0.5 -j CT --zone 3
iptables -t nat -R POSTROUTING 3 -o eth1 -p udp -j RETURN
iptables -t nat -F
iptables -A DOCKER-USER -p tcp -j REJECT --reject-with icmp-host-prohibited
iptables -t security -D FORWARD 2
iptables -t nat -A INPUT -s 172.140.100.19 -p tcp -m physdev --physdev-in veth0 -m limit --limit 10/second --limit-burst 1 -j CONNMARK --restore-mark
iptables -A DOCKER-USER ! -i eth0 -p sctp -j MARK --and-mark 0xff
ip6tables -I INPUT 1 -p 47 -m physdev ! --physdev-is-in -m statistic --mode nth --every 2 --packet 1 -j LOG --log-prefix "IN: " --log-level info
ip6tables -I FORWARD ! -d fd00::/128 -p 47 -m addrtype --dst-type BROADCAST -m connmark --mark 0x1 -j KUBE-SERVICES
ip6tables -A KUBE-SERVICES -s 2001:db8:: -d fd00::/128 -i br0 -p all -m pkttype --pkt-type unicast -m comment --comment "a/b:c -> 10.0.0.1:80" -j CONNMARK --restore-mark
iptables -t nat -A PREROUTING -s 192.123.54.80/32 ! -i lo -p sctp -j CONNMARK --save-mark
iptables -A OUTPUT ! -o eth1 -p tcp -m comment --comment x_y-z -m ttl --ttl-eq 152 -j ACCEPT
iptables -t raw -A DOCKER -p udp -m ttl --ttl-gt 101 -j DOCKER
iptables -A DOCKER-USER -p icmp --icmp-type 8 -j LOG --log-level debug
ip6tables-restore --noflush <<'EOF'
*raw
:DOCKER - [0:0]
[2:273] -A PREROUTING -d fd00:a:b:: -o cni0 -p tcp -j DROP
-A PREROUTING -i br0 -m mac --mac-source 02:00:00:00:00:80 -m connmark --mark 5/0xff -j DROP
COMMIT
EOF
ip6tables -t nat -N LOGDROP
iptables -t raw -N DOCKER-USER
iptables -C FORWARD -d 192.75.95.180/32 -o eth+ -j DROP
ip6tables -X KUBE-SERVICES
ip6tables -t nat -Z POSTROUTING
ip6tables -t security -L FORWARD -n -v --line-numbers
ip6tables -t filter -P FORWARD RETURN
ip6tables -t raw -A OUTPUT -p 47 -m physdev --physdev-out eth+ -m mark --mark 0xffffffff -j ACCEPT
ip6tables -t security -N DOCKER-USER
ip6tables-save -c
ip6tables-save -t filter
ip6tables -X
ip6tables -X
iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [1:599]
:DOCKER - [0:0]
[2:53] -A DOCKER -p tcp -m state --state INVALID -j TRACE
COMMIT
EOF
iptables -t filter -A FORWARD -d 198.105.60.211/30 -o eth+ -p sctp -m physdev --physdev-out eth+ -j TRACE
iptables -E DOCKER DOCKER-2
iptables -A DOCKER-2 -p sctp -m connmark --mark 0x1 -m addrtype --dst-type BROADCAST -j DROP
iptables -R DOCKER-2 1 ! -s 172.17.228.7/12 -d 198.10.158.155/16 -p icmp -m physdev --physdev-out eth+ -j DROP
iptables -A NOPE -p all -m statistic --mode random --probability 0.1 -j REJECT --reject-with icmp-net-unreachable
iptables -t raw -L -n --line-numbers
iptables -t nat -I INPUT 4
ip6tables -F
ip6tables -A NOPE -s fd00:: -i veth+ -o eth+ -p tcp -g KUBE-SERVICES
ip6tables -L KUBE-SERVICES -n -v --line-numbers
ip6tables -t raw -E DOCKER DOCKER-2
ip6tables-save
ip6tables -t filter -A INPUT -i br0 -p tcp -j MARK --set-mark 5/0xff
ip6tables -t filter -D NOPE -s fd00:a:b::/128 -j TRACE
ip6tables -t mangle -A POSTROUTING -s fd00:: -d 2001:db8:1::1 -p udp -j ACCEPT
ip6tables-save
ip6tables -t raw -I PREROUTING 3 -s ::1 -d fd00:a:b::/128 -p sctp -m limit --limit 1/hour -m limit --limit 3/s --limit-burst 20 -j CT --zone 3
ip6tables -t filter -D KUBE-SERVICES -s ::1 -i docker0 -p udp -m mark --mark 0x4000/0x4000 -m connmark --mark 5/0xff -j RETURN
ip6tables -t mangle -X
iptables-restore <<'EOF'
*mangle
:PREROUTING ACCEPT [6:281]
:RCHAIN - [0:0]
-A RCHAIN -d 172.224.112.41/30 -m length --length 0:64 -m length ! --length 0:64 -j RCHAIN
COMMIT
EOF
iptables-save
ip6tables-save
