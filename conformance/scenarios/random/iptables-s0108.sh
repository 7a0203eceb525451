# Random iptables/ip6tables rule set, seed 108 (conformance/generators/iptables.ts)
iptables -A OUTPUT -d 198.85.94.188/8 -p icmp -j LOG --log-prefix "drop"
iptables -w 1 --append OUTPUT -p icmp -m addrtype --dst-type MULTICAST -j MARK --or-mark 0x8
iptables -I FORWARD -d 10.140.198.223/24 -i lo -m length --length 100:200 -m addrtype --src-type LOCAL -j DROP
iptables -D INPUT -i docker0 -p icmp -j REJECT --reject-with icmp-port-unreachable
iptables-save -t filter
iptables -t filter -A FORWARD -c 783 25100 -s 198.149.24.1 -d 198.169.223.44 -p 47 -m limit --limit 100/day --limit-burst 1 -m pkttype --pkt-type broadcast -j DROP
iptables -A FORWARD -c 87 83561 -o eth+ -p tcp -m mark ! --mark 0xffffffff -j MARK --and-mark 0xff
iptables -t security -I INPUT 4 -d 192.15.179.105 -i lo -p sctp -m statistic --mode random --probability 0.1 -j MARK --or-mark 0x8
iptables -L FORWARD 3 -n -v
ip6tables -Z
ip6tables -t security -v -A INPUT -i docker0 -m connmark --mark 5/0xff -m addrtype ! --dst-type LOCAL -j TRACE
ip6tables -L FORWARD 3 -n -v
ip6tables -v -F
ip6tables-save -c
ip6tables -t filter -S INPUT 1
ip6tables -t raw -C PREROUTING -p tcp -j ACCEPT
ip6tables -t filter -C OUTPUT ! -d 2001:db8::/16 -o docker0 -p udp -m statistic --mode random --probability 0.25000000000 -j RETURN
ip6tables -Z
iptables -S FORWARD 2
iptables -A FORWARD -s 172.105.228.206 ! -i docker0 -p all -m addrtype --dst-type LOCAL -m connmark --mark 0x1 -j RETURN
iptables -A FORWARD -s 192.199.141.194/12 -d 172.114.0.149/30 -o cni0 -p all -m mac --mac-source 02:00:00:00:00:38 -j ACCEPT
iptables -t filter -L FORWARD 3 -n -v
iptables -D FORWARD 1
iptables -t nat -S OUTPUT 3
iptables -A FORWARD -s 172.194.215.89/8 -p all -m addrtype ! --dst-type MULTICAST -m limit --limit 5/min --limit-burst 20 -j CONNMARK --restore-mark --mask 0xff
iptables -t filter --list FORWARD --numeric --line-numbers
iptables -S FORWARD 3
iptables -t raw -A OUTPUT -m ttl --ttl-gt 238 -m state ! --state ESTABLISHED,RELATED -j REJECT
iptables -A OUTPUT -c 432 96125 -p sctp -m connmark --mark 5/0xff -j DROP
iptables -t filter -A INPUT -p icmp -m addrtype --dst-type UNICAST -j NOTRACK
iptables -t nat -D INPUT -i lo -p all -m connmark --mark 0x1 -m state --state INVALID -j ACCEPT
iptables -N KUBE-SERVICES
iptables -t security -v -I NOPE 3 -s 172.64.106.64 -p tcp -j TRACE
iptables -A INPUT ! -i eth0 -p tcp -j REJECT --reject-with tcp-reset
iptables-save
iptables -A NOPE -d 127.36.88.39/32 -p 47 -j MARK --or-mark 0x8
iptables -D INPUT -p udp -m multiport --ports 80,443 -j MARK --xor-mark 0x3
iptables -A OUTPUT -s 127.218.106.209/24 -p sctp -g KUBE-SERVICES
ip6tables -t mangle -A POSTROUTING -s ::1/32 -d ::1/48 -p tcp -m hl --hl-eq 94 -m statistic --mode nth --every 2 --packet 0 -j MARK --set-xmark 0x4000/0x4000
ip6tables -t raw -L OUTPUT -n -v --line-numbers
iptables -t filter -A INPUT ! -s 172.127.150.35 -d 127.37.156.89/24 -m iprange --dst-range 10.0.0.1-10.0.0.186 -m length --length 1500 -j ACCEPT
iptables -t filter -L -v
iptables -t nat -L OUTPUT 2 -n -v
iptables -t security -A OUTPUT -i br0 -p tcp -j LOG --log-prefix "IN: "
iptables -X OUTPUT
iptables -Z INPUT 2
iptables -t mangle -A PREROUTING -m state --state INVALID -j LOG
ip6tables -t security -A OUTPUT -s 2001:db8:: -d fd00:a:b::/127 -m hl --hl-lt 24 -m mark --mark 0x4000/0x4000 -j MARK --set-mark 0x1
ip6tables -F
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [5:759]
:KUBE-SERVICES - [0:0]
-A OUTPUT -d 2001:db8:: -p udp -m udp --dport http -m addrtype --dst-type MULTICAST -j KUBE-SERVICES
-A PREROUTING ! -p tcp -m hl --hl-eq 173 -m length --length 0:64 -j TRACE
-A INPUT -s 2001:db8:1::1 -p ipv6-icmp -j NFLOG --nflog-group 1 --nflog-prefix p
[2:253] -A INPUT ! -i eth0 -p tcp -m comment --comment x_y-z -j RETURN
COMMIT
EOF
ip6tables -t security -D OUTPUT -s fd00:a:b::/127 -d ::1/127 -o docker0 -p 47 -j TRACE
ip6tables-save
ip6tables -t raw -N KUBE-SERVICES
ip6tables -t raw -A OUTPUT ! -s fd00:: -p tcp -j NFLOG --nflog-group 0
ip6tables -t mangle -D INPUT -d ::1/16 -i eth0 -j DROP
ip6tables -t nat -L -n -v
ip6tables -t filter -A INPUT -m hl --hl-lt 82 -m pkttype --pkt-type multicast -j ACCEPT
ip6tables -t security -Z FORWARD
iptables -A OUTPUT -p all -m owner --uid-owner 100-200 -j KUBE-SERVICES
iptables-save -c -t raw
iptables -t filter -L -v
ip6tables-restore <<'EOF'
*security
:DOCKER - [0:0]
[2:120] -A OUTPUT -d ::1 ! -o docker0 -j RETURN
[1:165] -A FORWARD -d fe80::1 -o cni0 -p all -m addrtype --src-type UNICAST -m statistic --mode random --probability 1 -j CONNMARK --save-mark
-A FORWARD -j DROP
[1:12] -A DOCKER -i eth0 -m addrtype --dst-type MULTICAST -m addrtype --src-type LOCAL -j TRACE
COMMIT
EOF
ip6tables -N KUBE-SVC-ABC
ip6tables -t mangle -D FORWARD ! -s ::1 -d fe80::1 -p all -m statistic --mode nth --every 2 --packet 1 -m limit --limit 3/s --limit-burst 1 -j CONNMARK --restore-mark --mask 0xff
ip6tables -t mangle -A POSTROUTING -o cni0 -j NOTRACK
ip6tables -t filter -D INPUT 2
iptables -C INPUT -p tcp -j CONNMARK --set-mark 0x2
iptables -t filter -v -I OUTPUT 2 ! -s 172.125.189.248/0 -o docker0 -m addrtype --dst-type BROADCAST -m iprange --dst-range 10.0.0.1-10.0.0.77 -j RETURN
iptables -E KUBE-SERVICES KUBE-SERVICES-2
iptables -w 1 --append FORWARD -d 198.87.189.187 -i lo -p tcp -j LOG --log-prefix "x y" --log-level 4
iptables-save
ip6tables-save
