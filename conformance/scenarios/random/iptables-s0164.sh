# Random iptables/ip6tables rule set, seed 164 (conformance/generators/iptables.ts)
iptables -t mangle -Z FORWARD
iptables -t filter -I FORWARD 4 -d 192.251.210.192 -j LOG --log-prefix "IN: "
iptables -t mangle -I OUTPUT -p udp -m comment --comment "a/b:c -> 10.0.0.1:80" -j DSCP --set-dscp 10
iptables -X FORWARD
iptables -D OUTPUT 4
iptables -D INPUT 4
iptables -A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -m mark --mark 0x4000/0x4000 -j DROP
ip6tables -t filter -R FORWARD 1 -d fe80::1/64 -i br0 -o cni0
ip6tables -F
ip6tables -t filter -v -F OUTPUT
ip6tables -t filter -D FORWARD 1
ip6tables -t mangle -R PREROUTING 2 -d 2001:db8:1::1 -p 47 -m hl --hl-lt 11 -m comment --comment docker -j ACCEPT
iptables -D INPUT -p tcp -m mark ! --mark 0xffffffff -j RETURN
iptables -v -I INPUT 2 -s 10.36.199.129/0 -d 192.180.164.80/24 -p sctp -m statistic --mode random --probability 0.5 -j RETURN
iptables -t raw -S -v
iptables -t security -Z
iptables -A INPUT -d 198.34.86.226/32 -p icmp -m ttl --ttl-eq 19 -m mark --mark 0xffffffff
iptables -t filter -F
iptables -t security -A FORWARD ! -p tcp -m length --length 100:200 -j ACCEPT
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [4:664]
:RCHAIN - [0:0]
[2:428] -A FORWARD -m ttl --ttl-eq 181 -j REJECT --reject-with icmp-port-unreachable
[0:118] -A OUTPUT -d 192.169.93.139/16 -p icmp -j RETURN
COMMIT
EOF
iptables -A FORWARD -p udp -j RETURN
iptables -L NOPE -n -v --line-numbers
ip6tables -t raw -L -x -v -n
ip6tables -t nat -R INPUT 1 -i eth0 -m comment --comment x_y-z -m physdev --physdev-is-bridged -j RETURN
ip6tables -v -X
ip6tables -t filter -S
ip6tables -t nat -A POSTROUTING -p 47 -j MASQUERADE
ip6tables -Z OUTPUT 2
ip6tables-save -c -t filter
ip6tables -D OUTPUT -s ::1 -d fd00::/16 -p sctp -m limit --limit 10/second -j CT --zone 3
ip6tables -t mangle -S PREROUTING
ip6tables -t mangle -A POSTROUTING -p ipv6-icmp -m connmark --mark 0x1 -j MARK --set-mark 5/0xff
ip6tables -t raw -L OUTPUT 1 -n -v
ip6tables -A FORWARD -i br0 -p udp -m conntrack ! --ctstate NEW -m mark --mark 1
ip6tables -N DOCKER-USER
iptables -t mangle -v -I FORWARD 2 -p udp -j MARK --set-xmark 0x4000/0x4000
iptables-save -t raw
iptables-save -c
iptables-save -c
iptables-restore --noflush <<'EOF'
*raw
:PREROUTING ACCEPT [4:718]
:RCHAIN - [0:0]
[3:342] -A RCHAIN -i lo -p tcp -m mark --mark 0xffffffff -m state --state INVALID -j CONNMARK --save-mark
[0:105] -A RCHAIN ! -i docker0 -m addrtype --dst-type BROADCAST -m owner --uid-owner 65534 -j CT --notrack
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*raw
:DOCKER - [0:0]
-A PREROUTING ! -s 192.60.20.98 -p 47 -j MARK --set-mark 0x1
COMMIT
EOF
iptables-restore -c <<'EOF'
*filter
:DOCKER - [0:0]
-A OUTPUT -m conntrack --ctstate INVALID -j MARK --set-mark 0x1
COMMIT
EOF
iptables -t filter -L -v -Z
iptables -t filter -D INPUT 3
iptables -t nat -D INPUT 2
iptables -t mangle -A POSTROUTING -d 192.254.102.98/24 -o docker0 -p all -j LOG
iptables -L -v -Z
iptables -X DOCKER
iptables -v -X
iptables -t mangle -C NOPE -s 192.185.215.3 -d 198.31.93.137/24 -p sctp -m physdev --physdev-out eth+ -m conntrack --ctstate UNTRACKED -j CONNMARK --restore-mark --mask 0xff
iptables -t nat -S PREROUTING 3
iptables -A NOPE -d 127.142.36.198/30 -p 47 -m addrtype --dst-type LOCAL -m comment --comment x_y-z -g DOCKER
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [7:342]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -s 172.61.246.235/0 -o docker0 -p icmp -m pkttype --pkt-type multicast -j REJECT
COMMIT
EOF
iptables -t filter -v -I INPUT 3 -s 127.230.134.213/8 -m conntrack --ctstate NEW -m addrtype --dst-type BROADCAST
iptables-restore <<'EOF'
*filter
:INPUT DROP [7:739]
:RCHAIN - [0:0]
-A INPUT -p tcp
COMMIT
EOF
ip6tables -t security -v -X
ip6tables-save
ip6tables --list DOCKER-USER --numeric --line-numbers
ip6tables -R OUTPUT 2 -p ipv6-icmp -g DOCKER-USER
ip6tables -t security -S OUTPUT
iptables -t security -A FORWARD -s 127.17.106.11/16 -i eth0 ! -o eth+ -p tcp --syn --syn -j DROP
ip6tables -t security -L -n -v
iptables -t mangle -D OUTPUT -d 198.132.58.193 -o eth1 -p tcp -j ACCEPT
iptables -t nat -A PREROUTING -c 75 49100 -d 127.191.79.147/16 -p sctp -j CONNMARK --restore-mark
iptables -R RCHAIN 3 -m iprange --dst-range 10.0.0.1-10.0.0.153 -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -t nat -Z NOPE 2
iptables -t raw -S
iptables -t security -A FORWARD -s 192.7.34.189/30 -i docker0 -o cni0 -p tcp -m conntrack --ctstate INVALID -j TRACE
ip6tables -A FORWARD -d fd00:a:b::/64 -o eth1 -j RETURN
ip6tables -D INPUT 1
iptables-save
ip6tables-save
