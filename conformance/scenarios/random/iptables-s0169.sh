# Random iptables/ip6tables rule set, seed 169 (conformance/generators/iptables.ts)
iptables -t security -C FORWARD -p icmp -m connmark --mark 0x1 -m ttl --ttl-eq 182 -j CONNMARK --save-mark
iptables -t filter -D OUTPUT ! -s 192.205.45.158 -m comment --comment x_y-z -j NFLOG --nflog-group 3
iptables -t security -v -A FORWARD -o docker0 -p 47 -j CONNMARK --set-mark 0x2
iptables -t security -N DOCKER
iptables-save
iptables -F
iptables -t security -A INPUT -c 467 27883 -s 10.38.42.18 -p 47 -j DROP
iptables -Z INPUT
iptables -A OUTPUT -p sctp -j LOG --log-prefix "drop" --log-level 4
iptables-save -t raw
iptables -A INPUT -s 10.64.237.145/30 -p all -m pkttype --pkt-type unicast -j CONNMARK --restore-mark
iptables -A INPUT -d 198.32.38.189 -p all -m comment --comment docker -m mark --mark 1 -j REJECT --reject-with icmp-admin-prohibited
iptables -t nat -w 1 --append PREROUTING -d 198.45.181.130 -p tcp -j REJECT --reject-with icmp-host-prohibited
ip6tables -t mangle -I POSTROUTING 2 -o cni0 -p all -m addrtype --dst-type BROADCAST -j ACCEPT
ip6tables -v -X
ip6tables -v -I FORWARD 3 -s ::1/32 -i br0 ! -o eth+ -p 47 -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -t security -A INPUT -s fe80::1/64 -p 47 -j CONNMARK --save-mark
ip6tables -t filter -P OUTPUT DROP
ip6tables -t filter -R OUTPUT 1 -p tcp --sport ssh:9000 -m state --state INVALID -j LOG --log-prefix "x y"
ip6tables -X FORWARD
ip6tables -t raw -X PREROUTING
ip6tables -v -I OUTPUT 3 -s fd00:: -d 2001:db8:: -p tcp -m statistic --mode nth --every 3 --packet 0
iptables -t security -L DOCKER
ip6tables -t raw -N MYCHAIN
iptables -A INPUT -d 192.195.96.231 -i eth0 -p sctp -m mark --mark 0x10/0xf0 -m addrtype --dst-type LOCAL
iptables -D OUTPUT 4
iptables -t raw -L -v -Z
iptables -D OUTPUT 2
iptables -A INPUT -d 127.249.62.132/16 -m comment --comment "a/b:c -> 10.0.0.1:80" -m comment --comment docker -j REJECT --reject-with icmp-host-prohibited
iptables -t nat -Z INPUT 2
iptables -t raw -X PREROUTING
iptables -F
iptables-restore --noflush <<'EOF'
*security
:KUBE-SERVICES - [0:0]
-A INPUT -i docker0 -p tcp -m statistic --mode random --probability 0.33333333349 -m mark ! --mark 0xffffffff -j RETURN
-A FORWARD -m state ! --state NEW
-A OUTPUT -s 127.235.93.4/16 -o cni0 -p udp -m connmark --mark 5/0xff -j DROP
COMMIT
EOF
iptables -t security -C INPUT ! -s 192.9.131.137 -p icmp -m limit --limit 3/s -m iprange --dst-range 10.0.0.1-10.0.0.43 -j KUBE-SERVICES
iptables -A OUTPUT -o cni0 -p icmp -m conntrack ! --ctstate UNTRACKED -m comment --comment x_y-z -j MARK --set-mark 0x1
iptables-save -c
ip6tables-save
iptables -L -v -Z
iptables -t filter -F
iptables -Z FORWARD
ip6tables -C OUTPUT -s fe80::1/64 -p udp -j DROP
ip6tables -A OUTPUT ! -o eth+ -p 47 -j TRACE
ip6tables -t nat -L INPUT 2 -n -v
ip6tables -t security -A OUTPUT -s 2001:db8:: -p udp -j DROP
ip6tables -t raw -A OUTPUT -p ipv6-icmp -m pkttype --pkt-type broadcast -j CONNMARK --save-mark
ip6tables -v -A OUTPUT -p 47 -m owner --uid-owner 100-200 -m connmark --mark 5/0xff -j RETURN
ip6tables --list NOPE --numeric --line-numbers
iptables -F
iptables -S INPUT 1
iptables -t mangle -I FORWARD 1 -o docker0 -p all -m mac --mac-source 02:00:00:00:00:55 -m comment --comment x_y-z -j DSCP --set-dscp 10
iptables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
[2:423] -A FORWARD -m iprange ! --dst-range 10.0.0.1-10.0.0.143 -j DROP
-A INPUT -p icmp -j CONNMARK --restore-mark --mask 0xff
[4:224] -A RCHAIN -s 192.101.70.217 ! -d 127.244.26.141 -i docker0 -p 47 -j NFLOG --nflog-group 3 --nflog-prefix p
-A INPUT -d 10.15.15.174/8 -j NFLOG --nflog-group 2
COMMIT
EOF
iptables -A OUTPUT -c 655 66463 -d 127.57.223.69/24 -p tcp
iptables -t security -D OUTPUT -s 198.70.115.64/16 -d 198.114.107.105 -j CONNMARK --restore-mark --mask 0xff
iptables -A RCHAIN -p 47 -m addrtype --dst-type BROADCAST -m addrtype --dst-type MULTICAST -j RETURN
iptables -t nat --list PREROUTING --numeric --line-numbers
iptables -A INPUT -d 10.242.250.197/30 -p udp -m addrtype --dst-type UNICAST -j CONNMARK --set-mark 0x2
iptables -I RCHAIN -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.16 -j CONNMARK --save-mark
iptables -A INPUT -p 47 -m state --state NEW -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -t filter -I OUTPUT 3 -s 192.252.175.221/8 -d 198.236.188.114/8 -p icmp -j MARK --set-mark 0x1
iptables -t raw -A NOPE ! -s 192.80.105.215/0 ! -d 127.183.5.244/12 -p 47 -m addrtype ! --dst-type BROADCAST -m conntrack --ctstate UNTRACKED -j CT --zone-orig 2
iptables-save -t raw -c
iptables -w 1 --append FORWARD ! -d 172.19.54.187 -o cni0 -j RETURN
iptables -t filter -I FORWARD 3 -s 10.198.11.218 -p tcp -j RCHAIN
iptables -t filter -w 1 --append OUTPUT -d 127.171.128.51/16 -p icmp -j LOG --log-prefix "IN: "
iptables -A RCHAIN -p 47 -m statistic --mode nth --every 2 --packet 1
iptables -t nat -v -A NOPE -s 127.88.105.220/0 -p sctp -j RETURN
iptables -S RCHAIN
iptables -t mangle -v -A OUTPUT -p 47 -m limit --limit 10/second --limit-burst 1 -j TTL --ttl-inc 2
iptables -v -A OUTPUT -o eth+ -p udp -j DROP
ip6tables -t filter -X OUTPUT
iptables-save
ip6tables-save
