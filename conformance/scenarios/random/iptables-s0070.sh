# Random iptables/ip6tables rule set, seed 70 (conformance/generators/iptables.ts)
iptables -A INPUT -d 192.67.116.107 -p tcp -m addrtype --src-type UNICAST -m iprange --dst-range 10.0.0.1-10.0.0.190 -j NFLOG --nflog-group 1
iptables-save -c
iptables -t security -F
iptables -A OUTPUT -s 192.95.51.219/32 -o eth1 -p all -j MARK --set-xmark 0x4000/0x4000
iptables -t nat -I OUTPUT 3 -s 10.223.243.124/32 ! -d 127.252.192.220 -p 47 -m ttl --ttl-lt 200 -j DNAT --to-destination 192.0.2.1-192.0.2.9
iptables -A INPUT -d 172.9.226.47/32 -p all -m statistic --mode nth --every 2 --packet 1 -m connmark --mark 0x1 -j DROP
iptables -t filter -R OUTPUT 3 -s 192.133.46.116 -d 172.157.158.142/24 -p 47 -m ttl --ttl-gt 245 -j DROP
iptables -N KUBE-SEP-XYZ
ip6tables -A FORWARD -s 2001:db8:1::1/16 -d fe80::1 -i eth0 -p sctp -j LOG --log-prefix "drop"
ip6tables -t security -R INPUT 3 -i veth+ -p tcp -m tcp --dport 0 -j MARK --xor-mark 0x3
ip6tables -t raw -R OUTPUT 3 -p ipv6-icmp -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j ACCEPT
ip6tables -t nat -I POSTROUTING 2 -p 47
ip6tables -F
ip6tables -t nat -P INPUT DROP
iptables -t security -F
iptables -t mangle -F
ip6tables -t raw -A OUTPUT -m hl --hl-gt 144 -m pkttype --pkt-type unicast -j RETURN
ip6tables -t filter -I FORWARD 4 -i eth0 -o docker0 -p ipv6-icmp -m connmark --mark 5/0xff -j RETURN
ip6tables-restore <<'EOF'
*nat
:PREROUTING DROP [2:485]
:DOCKER - [0:0]
-A INPUT -s 2001:db8:: -d fe80::1 -p tcp -m limit --limit 10/second --limit-burst 5 -j DROP
-A INPUT -p udp -m statistic --mode nth --every 10 --packet 1 -g DOCKER
-A INPUT -p all -g DOCKER
COMMIT
EOF
ip6tables -t mangle -A POSTROUTING ! -s 2001:db8:1::1/127 -m length --length 100:200 -j ACCEPT
ip6tables -N DOCKER-USER
ip6tables -A FORWARD -o eth+ -p ipv6-icmp -m addrtype --src-type LOCAL -m connmark ! --mark 0x1 -j ACCEPT
iptables -t security -I OUTPUT 2 -o eth+ -p tcp -m mac --mac-source 02:00:00:00:00:61 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j MASQUERADE --random-fully --to-ports 1024-65535
iptables -t nat -A INPUT -d 10.50.246.229/8 -p icmp -j CONNMARK --restore-mark
iptables -I OUTPUT 4 ! -d 172.51.194.22 -p tcp -g KUBE-SEP-XYZ
iptables-restore -c <<'EOF'
*raw
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p 47 -m state --state INVALID -j RETURN
-A OUTPUT -p icmp -m statistic --mode random --probability 0.33333333349 -j RETURN
COMMIT
EOF
iptables -A INPUT -i lo -p 47 -m mac --mac-source 02:00:00:00:00:38 -m length --length 0:64 -j RETURN
iptables -A NOPE -i veth+ -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.161 -m conntrack --ctstate INVALID -j DROP
iptables -A KUBE-SEP-XYZ -d 127.95.255.155/24 -p tcp --tcp-flags FIN,ACK FIN -m state --state ESTABLISHED,RELATED -j KUBE-SEP-XYZ
iptables -X KUBE-SEP-XYZ
iptables -t security -A FORWARD -p udp -m connmark --mark 5/0xff -m udp ! --dport ssh:1000 -j CONNMARK --restore-mark --mask 0xff
ip6tables -D DOCKER-USER 1
ip6tables-restore -c <<'EOF'
*nat
:PREROUTING DROP [5:785]
:DOCKER - [0:0]
[0:33] -A POSTROUTING -j CT --notrack
[4:96] -A POSTROUTING -o docker0 -p 47 -j RETURN
COMMIT
EOF
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [7:871]
:RCHAIN - [0:0]
-A INPUT -i lo -p ipv6-icmp -m mac --mac-source 02:00:00:00:00:23 -j DROP
COMMIT
EOF
ip6tables -t security -A FORWARD -s ::1 -p all -m conntrack --ctstate UNTRACKED -m length --length 1500 -j MARK --xor-mark 0x3
ip6tables -A FORWARD -j MARK --xor-mark 0x3
ip6tables -t nat -A INPUT -p ipv6-icmp -m state ! --state ESTABLISHED,RELATED -g DOCKER
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [1:427]
:KUBE-SERVICES - [0:0]
[1:82] -A FORWARD -p 47 -m comment --comment x_y-z -j KUBE-SERVICES
-A OUTPUT -j REJECT --reject-with icmp-port-unreachable
COMMIT
EOF
iptables-save -c
iptables -A KUBE-SERVICES -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.52 -m conntrack --ctstate UNTRACKED -j KUBE-SERVICES
ip6tables -t mangle -I POSTROUTING 1 -o eth1 -p udp -j RETURN
ip6tables -t security -A INPUT -d 2001:db8:1::1/32 -p all -j DROP
ip6tables -t mangle -A PREROUTING -d ::1 -i br0 -p ipv6-icmp -j MARK --set-xmark 0x4000/0x4000
ip6tables -t raw -D OUTPUT -o eth+ -p tcp -m connmark --mark 5/0xff -j ACCEPT
ip6tables -t nat -A OUTPUT -s 2001:db8:1::1 -p tcp -j LOG --log-prefix "IN: "
ip6tables -t nat -A INPUT -p ipv6-icmp -m limit --limit 3/s -j NFLOG --nflog-group 4
ip6tables -L FORWARD
ip6tables -X RCHAIN
ip6tables -A INPUT -d ::1 -p ipv6-icmp
ip6tables -t security -A INPUT -s fe80::1/48 -p tcp -j NFLOG --nflog-group 3
iptables -t raw -A PREROUTING -s 172.217.82.109 -p all -m addrtype --dst-type MULTICAST -j TRACE
ip6tables -A RCHAIN -s ::1 -i lo -p all -m length --length 1500 -j RETURN
ip6tables -t security -D OUTPUT 4
ip6tables -t security -A FORWARD -d ::1 -i docker0 -o docker0 -p tcp -m tcp --dport 0 -j DROP
ip6tables -A INPUT -g RCHAIN
ip6tables -t filter -S OUTPUT
ip6tables -t nat -L -n
ip6tables -t mangle -A OUTPUT -p 47 -m comment --comment "kubernetes service portals" -j LOG
ip6tables -t filter -Z RCHAIN
ip6tables -A INPUT -s 2001:db8:1::1 -d fd00:a:b:: -j RCHAIN
ip6tables -L OUTPUT
ip6tables -t security -N f2b-sshd
ip6tables -t nat -A PREROUTING -s ::1 -p all -m iprange --src-range 2001:db8::1-2001:db8::9 -j MARK --set-mark 5/0xff
ip6tables -t security -R FORWARD 2 -s fe80::1/127 -m physdev --physdev-in veth0
ip6tables -t nat -E DOCKER DOCKER-2
ip6tables -t security -X f2b-sshd
iptables -A NOPE -p tcp --sport 8080 -m length ! --length 0:64 -j TRACE
iptables-restore -c <<'EOF'
*filter
:INPUT DROP [7:908]
:KUBE-SERVICES - [0:0]
-A OUTPUT -p icmp -j REJECT
-A KUBE-SERVICES -d 198.241.211.183 ! -i eth0 -o eth1 -p udp -j KUBE-SERVICES
-A FORWARD -j NFLOG --nflog-group 2
-A INPUT -d 127.144.14.223 -p sctp -j MARK --and-mark 0xff
COMMIT
EOF
iptables -t security -P FORWARD DROP
iptables -t mangle -P FOO RETURN
iptables-save
ip6tables-save
