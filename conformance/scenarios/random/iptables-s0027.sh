# Random iptables/ip6tables rule set, seed 27 (conformance/generators/iptables.ts)
iptables -t nat -C POSTROUTING -d 192.191.208.222 -o eth+ -p tcp -m physdev --physdev-in veth0 -m owner --uid-owner 0 -j RETURN
iptables -N DOCKER-USER
ip6tables-save -t mangle
ip6tables -t nat -N KUBE-SEP-XYZ
ip6tables-save
ip6tables -t filter -D FORWARD 3
ip6tables-save -t filter
iptables -D DOCKER-USER -d 127.43.107.27/12 -m addrtype --dst-type BROADCAST -m connmark --mark 0x1 -j DOCKER-USER
iptables -t filter -A FORWARD -p icmp
iptables -R DOCKER-USER 2 -p 47 -m pkttype --pkt-type unicast -j LOG --log-prefix "x y"
iptables -t security -A INPUT ! -s 198.195.56.220 -d 127.0.103.69/16 -p 47 -m iprange ! --dst-range 10.0.0.1-10.0.0.178 -j LOG --log-prefix "drop" --log-level info
ip6tables -A OUTPUT -p all -m addrtype --dst-type BROADCAST -j REJECT
iptables -t filter -Z INPUT
iptables -t mangle -F
iptables -t mangle -I OUTPUT 3 -j LOG --log-level 4
iptables -t mangle -X
iptables -X
iptables -t filter -A INPUT -s 172.192.85.174/0 -p sctp -m limit --limit 5/min --limit-burst 20 -j DROP
iptables -t filter -D FORWARD 2
iptables -D DOCKER-USER -p all -j SNAT --to-source 10.0.0.2
iptables-restore <<'EOF'
*mangle
:PREROUTING ACCEPT [1:689]
:KUBE-SERVICES - [0:0]
-A INPUT -d 192.131.242.179/32 -i veth+ -p all -m addrtype --dst-type LOCAL -m pkttype --pkt-type multicast -j MARK --or-mark 0x8
-A POSTROUTING -s 172.92.150.155 -o eth+ -p udp -m comment --comment "a/b:c -> 10.0.0.1:80" -j CONNMARK --restore-mark --mask 0xff
COMMIT
EOF
iptables -t filter -nvL
iptables-restore <<'EOF'
*raw
:DOCKER - [0:0]
-A PREROUTING -s 192.246.55.19/12 -d 172.120.199.191/30 -p tcp -m multiport --dports http,https -m mark ! --mark 0x10/0xf0 -j DROP
-A PREROUTING -d 127.51.117.254/16 -i lo -p tcp -m state --state INVALID -m addrtype ! --dst-type LOCAL -j CONNMARK --restore-mark --mask 0xff
-A PREROUTING -p icmp -m pkttype --pkt-type multicast -m state --state ESTABLISHED,RELATED -g DOCKER
-A PREROUTING -p sctp -j MARK --set-xmark 0x4000/0x4000
COMMIT
EOF
iptables -N KUBE-SVC-ABC
iptables -t filter -A KUBE-SVC-ABC ! -o eth1 -p udp -m pkttype --pkt-type multicast -j TRACE
iptables -D KUBE-SVC-ABC -d 127.15.190.17/12 -p 47 -m statistic --mode nth --every 3 --packet 0 -m iprange ! --dst-range 10.0.0.1-10.0.0.74 -j KUBE-SVC-ABC
iptables-restore <<'EOF'
*raw
:DOCKER - [0:0]
-A PREROUTING -s 172.209.147.131/32 ! -p udp --sport 22 -m addrtype ! --dst-type BROADCAST -j RETURN
[2:145] -A OUTPUT -i lo ! -o eth+ -p sctp -j ACCEPT
-A DOCKER -s 127.160.79.173/16 -o eth+ -p icmp -m addrtype --src-type LOCAL -m connmark --mark 0x1 -j LOG --log-level info
-A PREROUTING -p tcp -j CT --notrack
COMMIT
EOF
ip6tables -t filter -L -v
ip6tables -t security -A INPUT -p 47 -m physdev --physdev-is-bridged -m addrtype ! --dst-type LOCAL -j NFLOG --nflog-group 1
ip6tables -R OUTPUT 2 -d fd00::/128 -p tcp -j LOG
ip6tables -t filter -I FORWARD -o cni0 -p 47 -m connmark --mark 0x1 -j MARK --set-mark 5/0xff
ip6tables -R INPUT 1 -d fd00:a:b:: -p tcp -j NFLOG --nflog-group 4
ip6tables -D FORWARD 3
ip6tables -t nat -A POSTROUTING -o eth1 -j CONNMARK --restore-mark --mask 0xff
ip6tables -t nat -I INPUT -i eth0 -p sctp -m limit --limit 1/hour
ip6tables -t security -X
iptables -L -n
iptables-save
iptables -N KUBE-SEP-XYZ
iptables-restore --noflush <<'EOF'
*security
:INPUT DROP [4:347]
:RCHAIN - [0:0]
-A INPUT -p tcp -m mac ! --mac-source 02:00:00:00:00:58 -j RCHAIN
-A INPUT -i veth+ -p all -m iprange --dst-range 10.0.0.1-10.0.0.90 -j TRACE
[1:117] -A INPUT -s 198.182.4.164/24 -d 127.163.158.210 -i lo -p sctp -m statistic --mode nth --every 3 --packet 0 -m iprange --dst-range 10.0.0.1-10.0.0.86 -j RCHAIN
COMMIT
EOF
ip6tables -t mangle -A FORWARD -s fe80::1/127 -o eth+ -p 47 -m limit --limit 100/day --limit-burst 1 -j LOG
iptables -L -n --line-numbers
iptables -A KUBE-SEP-XYZ -p icmp -j LOG
iptables-save
iptables -A FORWARD ! -s 172.196.152.128 -p sctp -m physdev --physdev-out eth+ -m state --state ESTABLISHED,RELATED -j RETURN
iptables -t filter -D OUTPUT 2
iptables -R KUBE-SVC-ABC 3 -i veth+ -p 47 -g DOCKER-USER
iptables -t raw -L -x -v -n
iptables -t mangle -A POSTROUTING -o eth+ -p 47 -j MARK --set-mark 0x1
iptables-save -c
iptables -t security -A RCHAIN -j RETURN
iptables -t filter -A DOCKER-USER -s 172.1.250.133 -d 172.28.7.149 -p all -j CONNMARK --set-mark 0x2
iptables -A DOCKER-USER -p all -j ACCEPT
iptables -nvL
iptables -t mangle -A INPUT -d 192.180.98.145 -p udp -m comment --comment "a/b:c -> 10.0.0.1:80" -j LOG
iptables -t raw -I PREROUTING -d 198.47.22.232 -i eth0 -p tcp -m multiport --dports 80,443 -m addrtype --dst-type UNICAST -j TRACE
iptables -t nat -D PREROUTING -s 10.206.186.246/30 -d 127.68.107.153 -i lo -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.187 --icmp-type any -j TRACE
iptables -t raw -Z
iptables -t mangle -L -n -v
iptables -t filter -P FOO RETURN
iptables-save
ip6tables-save
