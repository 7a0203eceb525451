# Random iptables/ip6tables rule set, seed 51 (conformance/generators/iptables.ts)
iptables -I OUTPUT 1 -s 192.50.175.184/8 -o cni0 -p udp -j RETURN
iptables-restore --noflush <<'EOF'
*filter
:RCHAIN - [0:0]
[1:167] -A INPUT -d 192.53.190.181/0 -p icmp -m statistic --mode nth --every 2 --packet 0 -m state --state NEW -j LOG
-A RCHAIN -d 172.188.91.238/8 -m ttl --ttl-lt 217 -m physdev --physdev-out eth+ -j CONNMARK --save-mark
-A OUTPUT ! -s 10.113.60.81 -j TRACE
-A RCHAIN -s 192.3.182.153/30 -p tcp -j RCHAIN
COMMIT
EOF
iptables-save
iptables -t security -P OUTPUT DROP
iptables -t filter -S RCHAIN
iptables -t raw -A PREROUTING ! -s 198.214.62.149/32 ! -i eth0 -m addrtype --src-type UNICAST -j LOG
ip6tables -t raw -L -n -v
iptables -D RCHAIN -m pkttype --pkt-type multicast
iptables -I RCHAIN 2 -d 127.108.131.197/24 -p icmp -m mac --mac-source 02:00:00:00:00:24 -j REJECT --reject-with icmp-port-unreachable
iptables -t filter -D OUTPUT 2
iptables -L -x -v -n
iptables-save -t filter -c
iptables-save
iptables -t nat -D OUTPUT -d 10.67.28.204/8 -o docker0 -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.146 -j DROP
ip6tables -R INPUT 2 -d fe80::1 -i docker0 -m state --state INVALID -j LOG --log-prefix "x y"
iptables -R OUTPUT 3 -p 47 -j REJECT
iptables -t security -A OUTPUT -o cni0 -p 47 -m iprange ! --dst-range 10.0.0.1-10.0.0.49 -m conntrack --ctstate NEW -j CONNMARK --restore-mark
iptables -A FORWARD -d 127.5.235.195/32 -i br0 -p icmp -j NFLOG --nflog-group 4
iptables -t security -A NOPE -s 198.191.129.16 -d 198.204.227.241 -i lo -p tcp -m tcp --dport 1024:9000
iptables -A FORWARD -d 10.106.131.157/12 -p udp -m limit --limit 5/min --limit-burst 20 -j RETURN
iptables -t nat -A INPUT -m mac --mac-source 02:00:00:00:00:42 -m pkttype --pkt-type multicast -j CONNMARK --save-mark
iptables -t mangle -L -n
iptables -t filter -F
iptables -Z INPUT
iptables -t filter -I NOPE ! -o cni0 -j RETURN
iptables -t filter -A OUTPUT -s 198.215.107.91/8 -p all -m comment --comment docker -m connmark --mark 0x1 -j DROP
iptables -t raw -R NOPE 3 -d 192.67.214.101/0 -p tcp -j NOTRACK
iptables -t filter -P FOO RETURN
iptables-restore --noflush -c <<'EOF'
*mangle
:PREROUTING ACCEPT [2:682]
:DOCKER - [0:0]
[3:79] -A OUTPUT -d 127.2.154.93/32 -m length --length 100:200
[1:325] -A POSTROUTING ! -d 127.238.172.216/24 -p tcp -g DOCKER
-A PREROUTING -p tcp -m statistic --mode random --probability 0.1 -m multiport ! --dports 80,443 -j DOCKER
COMMIT
EOF
iptables -t mangle -R OUTPUT 3 ! -d 127.78.242.197 -p 47 -m addrtype --dst-type BROADCAST
iptables -t security -L
iptables -t filter -Z INPUT
iptables -t mangle -L -n -v
iptables -A OUTPUT -p sctp -m length --length 100:200 -m ttl --ttl-lt 104 -j ACCEPT
iptables -t raw -P PREROUTING DROP
iptables -F RCHAIN
iptables -t nat -A PREROUTING -p tcp -m mac --mac-source 02:00:00:00:00:15 --sport 3000 -j RETURN
iptables -t nat -A PREROUTING -i eth0 -p tcp -m physdev --physdev-is-bridged -j TRACE
iptables -A OUTPUT -p icmp -m length --length 0:64 -g RCHAIN
iptables -t security -C INPUT ! -i br0 -p 47 -j DROP
iptables -t filter -A INPUT -d 198.140.9.154/8 -j TRACE
ip6tables -L FORWARD -n -v --line-numbers
ip6tables -t mangle -A FORWARD -s 2001:db8:1::1 -d 2001:db8:1::1 -i veth+ -p all -m addrtype --src-type UNICAST -j DSCP --set-dscp 10
iptables -t filter -A INPUT -p tcp -j LOG --log-prefix "drop"
ip6tables -t mangle -A POSTROUTING -d fd00:a:b:: -p 47 -j NFLOG --nflog-group 3
ip6tables -L -n -v
ip6tables-save -t mangle -c
ip6tables -A FORWARD -o docker0 -p 47 -m statistic --mode nth --every 2 --packet 1 -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -t filter -A FORWARD -d fe80::1/48 -o cni0 -m conntrack --ctstate UNTRACKED -j LOG --log-prefix "IN: " --log-level 7
ip6tables -I FORWARD 2 -m iprange --src-range 2001:db8::1-2001:db8::9 -m pkttype ! --pkt-type broadcast -j RETURN
ip6tables -t filter -C FORWARD -d 2001:db8::/16 ! -i docker0 -o cni0 -p all -m connmark --mark 5/0xff -j RETURN
ip6tables -t raw -D PREROUTING -p tcp -j TRACE
ip6tables -t mangle -A PREROUTING -s fe80::1 -p 47 -j DSCP --set-dscp 0x2e
ip6tables -t mangle -A POSTROUTING -p ipv6-icmp -m owner ! --uid-owner 65534 -m state --state ESTABLISHED,RELATED -j RETURN
ip6tables -t raw -A PREROUTING -p all -m comment --comment "kubernetes service portals" -m length --length 100:200 -j LOG --log-prefix "drop" --log-level 4
ip6tables-restore <<'EOF'
*security
:INPUT ACCEPT [1:764]
:KUBE-SERVICES - [0:0]
-A INPUT -p all -m pkttype --pkt-type broadcast -m physdev --physdev-in veth0 -j RETURN
-A KUBE-SERVICES -p tcp -j RETURN
COMMIT
EOF
ip6tables -t nat -I OUTPUT -d fe80::1/128 -p all -j RETURN
ip6tables -P FORWARD ACCEPT
ip6tables -t mangle -D POSTROUTING -d fe80::1/16 -p sctp -j DROP
ip6tables -A FORWARD -s 2001:db8:: -p ipv6-icmp -j RETURN
iptables-save
ip6tables-save
