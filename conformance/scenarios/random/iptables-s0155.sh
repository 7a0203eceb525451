# Random iptables/ip6tables rule set, seed 155 (conformance/generators/iptables.ts)
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT DROP [8:89]
:KUBE-SERVICES - [0:0]
-A OUTPUT -s 192.66.153.88 -j DSCP --set-dscp 10
[4:76] -A FORWARD -d 192.196.30.91 -i lo -p all -j KUBE-SERVICES
COMMIT
EOF
iptables -t nat -w 1 --append PREROUTING -p sctp -m limit --limit 10/second -j ACCEPT
iptables -A INPUT -d 172.163.235.164 -p sctp -m addrtype --src-type UNICAST -j RETURN
iptables -E KUBE-SERVICES KUBE-SERVICES-2
iptables -t filter -A FORWARD -d 198.165.69.136 -p icmp -m addrtype --dst-type MULTICAST -j DROP
iptables -t security --list FORWARD --numeric --line-numbers
ip6tables -D FORWARD 3
ip6tables -t nat -v -I PREROUTING 1 -p sctp -j DROP
iptables -t raw -N DOCKER-USER
iptables-save -c -t filter
iptables -t filter -N DOCKER
iptables -t filter -A FORWARD ! -o eth1 -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.56 -j DROP
iptables -t mangle -S FORWARD 2
iptables -t security -D INPUT 2
iptables-save
iptables -R OUTPUT 1 -s 198.213.89.245/8 -p tcp -m limit --limit 1/hour --limit-burst 1 -j ACCEPT
iptables -N MYCHAIN
iptables -t mangle -D PREROUTING 1
iptables --list MYCHAIN --numeric --line-numbers
iptables -t filter -I KUBE-SERVICES-2 3 -d 127.239.46.50/16 -o cni0 -p 47 -j REJECT
iptables -nvL
iptables -D OUTPUT 1
iptables-save -c
iptables -v -F INPUT
iptables -t security -D INPUT 1
iptables -A KUBE-SERVICES-2 -s 172.120.154.159/0 -p all -j MYCHAIN
iptables-save -t nat -c
iptables -I INPUT 2 -p 47 -m statistic --mode random --probability 0.5 -j MARK --set-xmark 0x4000/0x4000
iptables-restore --noflush <<'EOF'
*nat
:RCHAIN - [0:0]
-A INPUT -s 192.230.176.152/0 -m statistic --mode nth --every 3 --packet 1 -m ttl --ttl-lt 74 -j CONNMARK --set-mark 0x2
[2:335] -A PREROUTING -s 172.87.81.180/8 -i br0 -p 47 -m addrtype --src-type LOCAL -j TRACE
-A OUTPUT -o cni0 -m owner ! --uid-owner 100-200
-A OUTPUT -o cni0 -p tcp -m owner --uid-owner 65534 -j RCHAIN
COMMIT
EOF
ip6tables -A NOPE -m physdev --physdev-out eth+ -m state --state NEW
ip6tables -t filter -N KUBE-SEP-XYZ
iptables -P FOO ACCEPT
iptables -t security -L -v -Z
iptables -t filter -S FORWARD 3
iptables -t nat -L
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [5:469]
:DOCKER - [0:0]
-A FORWARD -d 192.198.211.37 -o cni0 -p all -j DOCKER
-A OUTPUT -s 127.252.165.120 -o eth1 -p tcp ! --syn -j REJECT --reject-with icmp-net-unreachable
[3:489] -A FORWARD ! -d 127.235.121.82/30 -p sctp -g DOCKER
-A FORWARD -o eth+ -p 47 -m iprange --dst-range 10.0.0.1-10.0.0.179 -m conntrack --ctstate UNTRACKED -j MARK --and-mark 0xff
COMMIT
EOF
iptables -A DOCKER -s 192.208.140.233 ! -d 127.244.151.129/12 ! -o docker0 -p tcp -m limit --limit 3/s -j CONNMARK --set-mark 0x2
iptables -t mangle -Z POSTROUTING 3
iptables --list OUTPUT --numeric --line-numbers
iptables -t raw -F
iptables -t security -F
ip6tables -t raw -R OUTPUT 1 -s 2001:db8::/128 -p tcp -m statistic --mode random --probability 1 -j NFLOG --nflog-group 3
iptables -t raw -F DOCKER-USER
iptables -E DOCKER DOCKER-2
ip6tables -R KUBE-SEP-XYZ 2 -p tcp -m statistic --mode random --probability 1 -m addrtype --src-type LOCAL -j KUBE-SEP-XYZ
ip6tables -I INPUT 3 -d 2001:db8::/127 -p tcp -m multiport --sports 80,443 --sport 53 -j CONNMARK --restore-mark
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [5:436]
:DOCKER - [0:0]
-A DOCKER ! -s fe80::1 -j DNAT --to-destination 2001:db8::1
-A PREROUTING -p udp -m state --state INVALID -j DNAT --to-destination fd00::2
[0:116] -A POSTROUTING -s fd00:: -m statistic --mode nth --every 2 --packet 1 -j ACCEPT
COMMIT
EOF
ip6tables -t nat -E DOCKER DOCKER-2
ip6tables -A OUTPUT -o eth1 -m limit --limit 1/hour -m iprange --src-range 2001:db8::1-2001:db8::9 -j CONNMARK --restore-mark
ip6tables -t filter -S KUBE-SEP-XYZ 3
ip6tables -t filter -Z
iptables -t nat -I OUTPUT -o cni0 -m conntrack ! --ctstate RELATED,ESTABLISHED -j LOG --log-prefix "IN: "
iptables -t filter -X INPUT
iptables -A NOPE -d 172.208.0.221 -o cni0 -p 47 -m mark --mark 0x4000/0x4000 -m mark --mark 0xffffffff
iptables -t nat -I INPUT ! -i veth+ -m mac --mac-source 02:00:00:00:00:28 -m length --length 0:64 -j MARK --or-mark 0x8
iptables -t filter -D INPUT 2
iptables -I OUTPUT -o eth1 -p 47 -m statistic --mode nth --every 3 --packet 1 -m addrtype --dst-type MULTICAST -j MARK --and-mark 0xff
iptables -X
iptables -t security -A FORWARD ! -d 10.119.221.6/0 -i br0 ! -o eth+ -p 47 -m physdev --physdev-out eth+ -j ACCEPT
iptables -t raw -I OUTPUT 2 -s 192.252.254.28 -m physdev --physdev-out eth+ -g DOCKER-USER
iptables -t mangle -A POSTROUTING -p 47 -m pkttype --pkt-type multicast -m addrtype --dst-type MULTICAST -j LOG
iptables -A OUTPUT -c 18 61886 -p tcp -j TRACE
iptables -F
iptables -t raw -I DOCKER-USER 1 -p udp -j NOTRACK
iptables -t filter -X INPUT
iptables -t security -A FORWARD -c 64 42355 -o eth1 -j LOG --log-level 7
iptables -t raw -Z
iptables-save -c -t filter
iptables -t raw -v -F DOCKER-USER
iptables --list INPUT --numeric --line-numbers
iptables-save
ip6tables-save
