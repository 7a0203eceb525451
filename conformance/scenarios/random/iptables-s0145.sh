# Random iptables/ip6tables rule set, seed 145 (conformance/generators/iptables.ts)
iptables-save
iptables-restore <<'EOF'
*mangle
:PREROUTING DROP [4:985]
:DOCKER - [0:0]
-A PREROUTING -p tcp -m ttl --ttl-eq 255 -j RETURN
-A PREROUTING -p tcp ! --sport 22 -j ACCEPT
[0:1] -A POSTROUTING -s 192.206.200.152 -j DROP
COMMIT
EOF
iptables -t nat -A OUTPUT -d 198.246.93.200/16 -p udp -m conntrack ! --ctstate RELATED,ESTABLISHED -j MARK --and-mark 0xff
iptables -t filter -I FORWARD -s 172.248.190.40/16 -d 198.200.129.19/8 -o docker0 -p tcp -m tcp --dport 8080 -m addrtype --src-type UNICAST -j NOTRACK
iptables -A INPUT -p udp -m conntrack ! --ctstate RELATED,ESTABLISHED -m conntrack --ctstate RELATED,ESTABLISHED -j NFLOG --nflog-group 1
iptables -t security -A OUTPUT -s 10.97.150.113 -m length ! --length 1500 -j CONNMARK --save-mark
iptables -v -I INPUT 3 -s 172.6.230.55 ! -d 198.91.78.233 -m comment --comment docker -j RETURN
iptables -I INPUT 2 -d 198.171.180.106/30 ! -p tcp
ip6tables -t raw -X OUTPUT
ip6tables -t security -A FORWARD ! -s 2001:db8:1::1 -o eth1 -p sctp -m limit --limit 10/second -m length --length 100:200 -j ACCEPT
iptables -t filter -D OUTPUT 1
iptables -t mangle -N f2b-sshd
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:974]
:KUBE-SERVICES - [0:0]
-A FORWARD -j REJECT
[0:282] -A INPUT -m conntrack --ctstate INVALID -j KUBE-SERVICES
-A FORWARD -d 2001:db8::/128 -i veth+ -p tcp -j NFLOG --nflog-group 1
COMMIT
EOF
ip6tables -D INPUT 2
ip6tables -I INPUT 4 -m length --length 100:200 -j RETURN
ip6tables -t raw -R PREROUTING 1 -p all -j RETURN
ip6tables -A INPUT -d 2001:db8:1::1/128 -p sctp -j KUBE-SERVICES
ip6tables -Z
ip6tables -D INPUT -d 2001:db8::/32 -i veth+ -p tcp --syn -j KUBE-SERVICES
ip6tables-restore --noflush <<'EOF'
*raw
:PREROUTING DROP [1:950]
:RCHAIN - [0:0]
-A OUTPUT -s ::1 -p udp --sport ssh -m pkttype --pkt-type unicast -j ACCEPT
-A RCHAIN -p ipv6-icmp -j RCHAIN
[4:420] -A RCHAIN -o docker0 -j RCHAIN
COMMIT
EOF
ip6tables -v -X
ip6tables -t security -S
ip6tables-save -c -t filter
iptables -t raw -v -X
iptables-save
iptables -t filter -Z INPUT 2
iptables-restore --noflush <<'EOF'
*security
:RCHAIN - [0:0]
-A OUTPUT -d 10.238.88.83/32 -o docker0 -p sctp -m statistic --mode nth --every 3 --packet 0 -j DROP
-A INPUT ! -s 172.13.200.140 -p tcp -m length ! --length 1500 -m multiport --ports 53
[2:164] -A RCHAIN -s 127.220.40.81/16 -o docker0 -p udp -m statistic --mode random --probability 0.33333333349 -m addrtype --src-type LOCAL -j LOG --log-level crit
[2:122] -A RCHAIN ! -d 10.151.73.93 -i docker0 -o eth1 -p tcp -j TRACE
COMMIT
EOF
iptables -Z
iptables -t raw -L -v -Z
iptables -t filter -D NOPE -o cni0 -p tcp --tcp-flags ALL ALL --syn -j CONNMARK --restore-mark
iptables -t mangle -P POSTROUTING DROP
iptables -t filter -P FOO DROP
ip6tables -t filter -A OUTPUT -p 47 -j NFLOG --nflog-group 0
iptables -t raw -F
iptables -t security -E RCHAIN RCHAIN-2
iptables-restore <<'EOF'
*filter
:INPUT DROP [5:402]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -d 172.177.214.156 -p tcp -j LOG --log-prefix "IN: "
-A KUBE-SERVICES -d 192.221.9.156/0 -o cni0 -p 47 -m iprange --dst-range 10.0.0.1-10.0.0.172
-A KUBE-SERVICES -s 192.240.141.18 -o cni0 -p 47 -j CONNMARK --restore-mark --mask 0xff
COMMIT
EOF
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT DROP [5:931]
:RCHAIN - [0:0]
-A INPUT -p all -j NFLOG --nflog-group 0
[4:221] -A INPUT -s 192.18.142.185 -i lo -p sctp -j ACCEPT
COMMIT
EOF
iptables -t security -L RCHAIN-2
iptables -t mangle -w 1 --append f2b-sshd ! -o eth+ -p tcp --syn -m multiport --ports http,https -j ACCEPT
iptables -t mangle -L FORWARD
iptables -N LOGDROP
iptables -t filter -L -n -v
iptables -t nat -I NOPE -p icmp -m addrtype --src-type LOCAL -m comment --comment x_y-z -j MARK --and-mark 0xff
iptables -R KUBE-SERVICES 1 -i veth+ -o eth+ -p tcp -m addrtype ! --dst-type MULTICAST -g KUBE-SERVICES
ip6tables -N KUBE-SVC-ABC
ip6tables -S FORWARD
ip6tables -t raw -R OUTPUT 1 -s fd00:: -p udp -m statistic --mode nth --every 10 --packet 0 -j MARK --and-mark 0xff
ip6tables -t nat --list PREROUTING --numeric --line-numbers
ip6tables -A INPUT -j TRACE
iptables -A OUTPUT -s 172.157.203.139/30 -p 47 -m mark --mark 0x4000/0x4000 -j CONNMARK --restore-mark
ip6tables -t raw -v -I RCHAIN 3 -s 2001:db8::/128 -i docker0 -p ipv6-icmp --icmpv6-type 128 -j CT --zone 3
iptables -L RCHAIN 2 -n -v
iptables -t filter -A INPUT -m state --state INVALID
iptables-restore --noflush -c <<'EOF'
*nat
:PREROUTING DROP [3:485]
:KUBE-SERVICES - [0:0]
[1:466] -A INPUT -p tcp -m addrtype --src-type LOCAL -g KUBE-SERVICES
-A POSTROUTING -d 192.178.139.236/32 -p icmp -m state --state ESTABLISHED,RELATED -j ACCEPT
-A OUTPUT -d 127.166.37.21 ! -o cni0 -p sctp -j KUBE-SERVICES
COMMIT
EOF
iptables -v -F
ip6tables -t raw -v -I RCHAIN 2 -p ipv6-icmp -m addrtype ! --dst-type BROADCAST -j CONNMARK --restore-mark
ip6tables -t filter -I KUBE-SERVICES -s fd00::/16 -o cni0 -p ipv6-icmp -m addrtype --src-type UNICAST -m connmark --mark 0x1
ip6tables -t nat -A POSTROUTING -p 47 -m limit --limit 1/hour
ip6tables --list FORWARD --numeric --line-numbers
ip6tables -A KUBE-SERVICES -p all -m connmark --mark 5/0xff -j DROP
ip6tables -A KUBE-SVC-ABC -p tcp -m physdev --physdev-out eth+ --sport 1024 -g KUBE-SERVICES
ip6tables -t raw -C PREROUTING -i docker0 -p tcp -j ACCEPT
ip6tables -A OUTPUT -o eth1 -p tcp -j DROP
ip6tables -t mangle -X OUTPUT
iptables -v -F
iptables -t filter -A LOGDROP -s 172.92.247.190/32 -o cni0 -m limit --limit 5/min --limit-burst 1 -j ACCEPT
iptables -S
ip6tables -L -x -v -n
ip6tables -t filter -N f2b-sshd
ip6tables -A FORWARD -c 527 85026 ! -d fe80::1 -p ipv6-icmp -j ACCEPT
iptables-save
ip6tables-save
