# Random iptables/ip6tables rule set, seed 106 (conformance/generators/iptables.ts)
iptables -v -F OUTPUT
iptables-save
iptables -t filter -R INPUT 2 ! -d 192.207.194.245/8 -m mac --mac-source 02:00:00:00:00:81 -m iprange --dst-range 10.0.0.1-10.0.0.121 -j RETURN
iptables -F
iptables -t security -D OUTPUT 4
iptables -X
ip6tables -t filter -N DOCKER-USER
ip6tables-save -c
ip6tables -P INPUT DROP
ip6tables -t filter -F DOCKER-USER
ip6tables -t mangle -w 1 --append FORWARD -s fd00:a:b:: -i lo -o docker0 -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -L
ip6tables -S
ip6tables -t mangle -A PREROUTING -c 731 25564 -i eth0 -p sctp -j NFLOG --nflog-group 4
ip6tables --list FORWARD --numeric --line-numbers
ip6tables -t mangle -I NOPE 3 -i lo -p tcp -j ACCEPT
ip6tables -I DOCKER-USER 4 -s 2001:db8:1::1/48 -i br0 ! -o eth+ -p tcp -j TRACE
ip6tables -t security -w 1 --append INPUT -s 2001:db8:1::1 -p udp -j DROP
ip6tables -t filter -v -I INPUT 3 -i eth0 -p tcp -m statistic --mode nth --every 3 --packet 1 -j DROP
ip6tables --list OUTPUT --numeric --line-numbers
ip6tables -L -v -Z
ip6tables -t filter -D FORWARD 1
ip6tables -L OUTPUT 2 -n -v
iptables-restore --noflush <<'EOF'
*raw
:PREROUTING ACCEPT [7:575]
:RCHAIN - [0:0]
[3:244] -A OUTPUT ! -o cni0 -p udp -m connmark ! --mark 0x1 -m comment --comment "a/b:c -> 10.0.0.1:80" -j CONNMARK --restore-mark
-A OUTPUT ! -s 10.110.197.237/12 -p icmp
-A RCHAIN -s 10.252.130.94/30 -p udp -m state --state NEW -j RETURN
COMMIT
EOF
iptables -t filter -S INPUT 2
iptables -A FORWARD -p tcp -m tcp --dport ssh:65535 -m ttl --ttl-eq 221
iptables -Z OUTPUT
iptables-restore <<'EOF'
*mangle
:PREROUTING ACCEPT [6:448]
:RCHAIN - [0:0]
-A OUTPUT -s 127.126.3.146/8 -p all -m iprange --dst-range 10.0.0.1-10.0.0.46 -j LOG
-A FORWARD -d 127.229.6.22/8 -p tcp -m addrtype --dst-type UNICAST -j RCHAIN
COMMIT
EOF
iptables -t filter -A FORWARD -p tcp -j CONNMARK --restore-mark
iptables -t raw -L -v -Z
ip6tables -t security -I NOPE 4 -p ipv6-icmp -j CONNMARK --restore-mark
ip6tables -S
ip6tables -t security -L OUTPUT -n -v --line-numbers
ip6tables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
-A FORWARD -o docker0 -p 47 -j TRACE
COMMIT
EOF
iptables-save -c
iptables -t raw -A RCHAIN -s 172.137.182.135 -o docker0 -p icmp -m connmark --mark 0x1 -j RETURN
iptables -t security -A INPUT -p sctp -m connmark --mark 0x1 -j ACCEPT
ip6tables -t filter -A OUTPUT -s fd00:: -p ipv6-icmp -m physdev --physdev-in veth0 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -t filter -X OUTPUT
iptables -w 1 --append FORWARD -j RETURN
iptables -A INPUT -d 127.202.4.14/0 -j ACCEPT
iptables -S -v
ip6tables -t raw -L -x -v -n
iptables -A FORWARD -i docker0 -p icmp -m addrtype --dst-type BROADCAST -j DROP
iptables -D FORWARD -d 192.96.169.216 -p 47 -j CONNMARK --save-mark
iptables -t nat -A INPUT -p icmp -m mac --mac-source 02:00:00:00:00:17 -j DROP
iptables -t filter -v -A FORWARD -p udp -j MARK --set-xmark 0x4000/0x4000
iptables -I OUTPUT 1 ! -s 198.167.63.89 -d 192.48.17.249/32 -o eth+ -p tcp --syn -m connmark ! --mark 5/0xff -j TRACE
iptables -t raw -P PREROUTING ACCEPT
iptables -t security -L FORWARD
iptables -t nat -R POSTROUTING 3 -p udp -m length ! --length 1500 -j MARK --xor-mark 0x3
ip6tables -t mangle -v -X
iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [8:176]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p tcp -m addrtype --src-type UNICAST -j DROP
-A INPUT -p all -m comment --comment "kubernetes service portals" -j REJECT --reject-with icmp-host-prohibited
[4:132] -A KUBE-SERVICES -s 198.196.67.63/12 -d 198.219.247.241/0 -i veth+ -p 47 -m iprange --dst-range 10.0.0.1-10.0.0.148 -m length --length 0:64 -j DROP
[4:422] -A OUTPUT -p icmp -m addrtype --dst-type UNICAST -m statistic --mode random --probability 0.25000000000 -j ACCEPT
COMMIT
EOF
iptables -t raw -A OUTPUT -c 850 40858 -p tcp -m ttl --ttl-eq 26 -j RCHAIN
iptables -t security -w 1 --append OUTPUT -d 198.96.197.216/12 -o cni0 -p tcp -j MARK --or-mark 0x8
iptables -t raw -E RCHAIN RCHAIN-2
iptables -t raw -P OUTPUT RETURN
iptables -I FORWARD ! -s 192.94.81.208 -i veth+ -j ACCEPT
iptables -t raw -S PREROUTING
iptables -R INPUT 2 -m physdev --physdev-out eth+ -j RETURN
iptables-restore --noflush -c <<'EOF'
*filter
:DOCKER - [0:0]
-A INPUT -d 198.39.193.184 -p 47 -j LOG
-A FORWARD -s 10.36.52.163 -m physdev --physdev-in veth0 -j MARK --xor-mark 0x3
-A DOCKER -o docker0 -p tcp -j DOCKER
[1:359] -A INPUT -i docker0 -p icmp -j KUBE-SERVICES
COMMIT
EOF
iptables -S -v
iptables -t raw -Z PREROUTING 1
iptables -N MYCHAIN
iptables -A KUBE-SERVICES -s 192.32.129.165/16 -d 10.87.242.172 -p all -m addrtype --src-type LOCAL -j LOG
iptables -L -v -Z
iptables -t raw -v -I RCHAIN-2 2 -i veth+ -p tcp --syn -m state --state INVALID
ip6tables -t security -A NOPE -s ::1 -d fd00:a:b::/16 ! -o docker0 -p sctp -m connmark --mark 5/0xff -j RETURN
ip6tables -t raw -A OUTPUT -i docker0 -m limit --limit 1/hour -m mark --mark 1 -j ACCEPT
ip6tables-save -t filter
iptables-save
ip6tables-save
