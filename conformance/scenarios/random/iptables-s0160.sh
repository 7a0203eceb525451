# Random iptables/ip6tables rule set, seed 160 (conformance/generators/iptables.ts)
iptables-save -c
iptables -t filter -Z INPUT 1
iptables -N f2b-sshd
ip6tables-save -t filter
iptables -t security -A FORWARD -i eth0 ! -o eth1 -p tcp
ip6tables -t security -A INPUT -c 90 23858 -s fe80::1/64 -p sctp -m conntrack --ctstate INVALID -m mark --mark 0x10/0xf0 -j RETURN
ip6tables -t nat -nvL
ip6tables -F
ip6tables -t filter -Z INPUT
ip6tables -I OUTPUT -s 2001:db8:1::1 -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -j DROP
ip6tables -t mangle -N KUBE-SEP-XYZ
ip6tables -D INPUT 4
ip6tables -N DOCKER-USER
ip6tables -t raw -w 1 --append OUTPUT -o docker0 -p tcp -m addrtype --dst-type MULTICAST --tcp-flags FIN,ACK FIN -j TRACE
ip6tables -L -n -v
ip6tables -t filter -S INPUT 1
ip6tables -v -A OUTPUT -p tcp -j REJECT --reject-with tcp-reset
iptables -t security -A OUTPUT -o docker0 -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.54 -m addrtype --dst-type BROADCAST -j NFLOG --nflog-group 1
iptables -t mangle -I POSTROUTING 4 -p all -m statistic --mode nth --every 3 --packet 1 -m ttl --ttl-eq 104 -j RETURN
iptables -t nat -F
iptables -t security -L -v -Z
iptables -t mangle -v -F
iptables-restore --noflush <<'EOF'
*raw
:PREROUTING DROP [4:654]
:DOCKER - [0:0]
-A OUTPUT -j NOTRACK
-A PREROUTING -m mark ! --mark 0x4000/0x4000 -m conntrack --ctstate RELATED,ESTABLISHED -j RETURN
-A OUTPUT -o docker0 -m ttl --ttl-eq 118 -m mark --mark 0x4000/0x4000 -j ACCEPT
COMMIT
EOF
iptables -v -I OUTPUT 2 -p udp -m state --state ESTABLISHED,RELATED -m mark --mark 0x4000/0x4000 -j ACCEPT
ip6tables -t mangle -A POSTROUTING ! -s fd00:a:b:: -p tcp -m owner --uid-owner 100-200 -m statistic --mode nth --every 2 --packet 1 -j DSCP --set-dscp 10
ip6tables -t raw -D PREROUTING 4
ip6tables -L FORWARD
ip6tables-save
ip6tables -t security -v -A OUTPUT -p 47 -j NFLOG --nflog-group 4
ip6tables -t mangle -I FORWARD -d fd00:: -i veth+ -m iprange --src-range 2001:db8::1-2001:db8::9 -j DROP
ip6tables -N LOGDROP
iptables -D FORWARD ! -d 198.163.150.126/16 -i veth+ -p 47 -j LOG --log-prefix "x y"
iptables -A FORWARD ! -s 198.139.167.241 -p tcp -j f2b-sshd
iptables -v -I OUTPUT 1 -p sctp -m mark --mark 1 -m conntrack --ctstate INVALID -j MARK --and-mark 0xff
ip6tables -t security -D NOPE 4
ip6tables -t mangle -v -F INPUT
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [1:864]
:RCHAIN - [0:0]
[0:15] -A FORWARD ! -p udp -j RCHAIN
COMMIT
EOF
ip6tables-save -c
ip6tables -t security -L -v -Z
ip6tables -A DOCKER-USER -p sctp -m mark ! --mark 1 -m connmark --mark 0x1 -g RCHAIN
ip6tables -v -X
ip6tables -t filter -N KUBE-SERVICES
ip6tables-save -c
ip6tables -t nat -L PREROUTING 1 -n -v
ip6tables -t mangle -I KUBE-SEP-XYZ -s 2001:db8:1::1/48 ! -o docker0 -p 47 -m iprange --src-range 2001:db8::1-2001:db8::9 -m length --length 0:64 -j DROP
iptables -t raw -v -X
iptables -L f2b-sshd
ip6tables -A FORWARD -c 667 70002 ! -d fd00::/32 ! -o cni0 -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -j CONNMARK --set-mark 0x2
ip6tables -X
iptables -t security -L -v -Z
iptables -t nat -X OUTPUT
iptables -t filter -A OUTPUT -s 172.161.252.112/0 -p sctp -j RETURN
ip6tables -S KUBE-SERVICES 2
ip6tables -Z INPUT 2
ip6tables -t filter -N DOCKER
ip6tables -w 1 --append INPUT ! -i br0 -j NFLOG --nflog-group 3
iptables -t raw -A OUTPUT -p tcp -m comment --comment "a/b:c -> 10.0.0.1:80" -m iprange --dst-range 10.0.0.1-10.0.0.64 -j DOCKER
ip6tables -D DOCKER -s 2001:db8::/128 -d 2001:db8:1::1/64 -i veth+ -o docker0 -m statistic --mode random --probability 1 -j KUBE-SERVICES
ip6tables -A LOGDROP -d fe80::1/16 -o eth+ -j MARK --and-mark 0xff
ip6tables-save
iptables -L -v -Z
iptables -A FORWARD -d 172.7.134.244/8 -p icmp -m addrtype ! --dst-type UNICAST -j DROP
ip6tables -L -n -v
ip6tables -t filter -nvL
ip6tables -S
iptables -t filter -L FORWARD 3 -n -v
iptables -A NOPE -s 10.240.1.103 -i eth0 -o eth+ -p icmp --icmp-type 3/4 -j f2b-sshd
iptables -Z f2b-sshd
iptables-save -t filter
iptables -t security -A INPUT -p udp -j LOG
iptables-save
ip6tables-save
