# Random iptables/ip6tables rule set, seed 71 (conformance/generators/iptables.ts)
iptables -t mangle -D OUTPUT 4
iptables-save -c
iptables -A OUTPUT -o cni0 -p sctp -j LOG
iptables -t nat -I POSTROUTING 1 ! -d 172.146.76.224/12 -o eth+ -p all -j CONNMARK --save-mark
iptables -A OUTPUT -d 198.112.30.108 -o eth+ -j REJECT
iptables-restore <<'EOF'
*filter
:DOCKER - [0:0]
-A OUTPUT -s 192.255.214.241/12 -p tcp -j TRACE
[3:205] -A INPUT -d 10.17.67.67 -p icmp -j RETURN
-A OUTPUT -d 172.250.64.227/12 -p 47 -m iprange --dst-range 10.0.0.1-10.0.0.192
-A OUTPUT ! -s 172.122.111.231/16 -p all -m mark --mark 1 -j TRACE
COMMIT
EOF
iptables -t nat -A POSTROUTING -s 192.68.5.223 -p udp ! --sport 65535 -j MASQUERADE
iptables -R DOCKER 3 -i br0 -p udp
iptables -t nat -I INPUT -j ACCEPT
iptables -N f2b-sshd
iptables -E DOCKER DOCKER-2
iptables -t raw -I PREROUTING -d 172.248.65.159/30 -p udp -m state --state INVALID -j DROP
iptables -nvL
iptables -Z
iptables -R INPUT 1 -p sctp -j DROP
iptables -X f2b-sshd
iptables -t raw -A PREROUTING -s 198.37.131.97 -p 47 -m addrtype ! --dst-type BROADCAST -m physdev --physdev-in veth0
ip6tables -t filter -N KUBE-SERVICES
ip6tables -D KUBE-SERVICES -s ::1/48 -o eth+ -m iprange --src-range 2001:db8::1-2001:db8::9 -m pkttype ! --pkt-type multicast -j LOG
ip6tables -A FORWARD -i lo -o docker0 -p tcp -m length ! --length 100:200 -j REJECT
ip6tables -t filter -A OUTPUT -s 2001:db8:: -o docker0 -p tcp -j KUBE-SERVICES
ip6tables -t security -F
ip6tables -t filter -D INPUT -d 2001:db8:1::1/16 ! -p tcp -m pkttype --pkt-type broadcast -j DROP
ip6tables -t nat -N LOGDROP
ip6tables -R INPUT 3 -d fd00:: -p all -m iprange --src-range 2001:db8::1-2001:db8::9 -m statistic --mode random --probability 1 -j RETURN
ip6tables -t raw -A PREROUTING -p udp -j CT --zone 3
iptables -I f2b-sshd 3 -s 127.173.188.168/32 -i veth+ -o cni0 -p udp -m multiport --dports 53 -j DOCKER-2
iptables-restore --noflush <<'EOF'
*security
:INPUT ACCEPT [4:52]
:RCHAIN - [0:0]
-A OUTPUT ! -s 198.148.3.184/24 -d 192.99.105.129 -p tcp -m owner --uid-owner 0 -m owner --uid-owner 0 -g RCHAIN
-A INPUT -d 10.0.253.245 -i docker0 -p all -m ttl --ttl-gt 87 -m pkttype --pkt-type broadcast -j DROP
-A FORWARD -d 10.150.177.123 ! -i eth0 -p udp -m udp --dport 0 -j RCHAIN
-A INPUT -i veth+ -p udp -m mark --mark 0x10/0xf0 -j NFLOG --nflog-group 4
COMMIT
EOF
iptables -t raw -I OUTPUT -p udp -j ACCEPT
iptables -F f2b-sshd
iptables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [7:43]
:KUBE-SERVICES - [0:0]
-A PREROUTING ! -s 198.96.73.60 -p tcp -m physdev --physdev-is-bridged -m statistic --mode nth --every 10 --packet 0 -j TCPMSS --set-mss 1400
-A OUTPUT -p icmp -m limit --limit 5/min -j MARK --set-mark 0x1
-A KUBE-SERVICES -p icmp -j DSCP --set-dscp-class EF
[2:384] -A OUTPUT -d 127.246.146.0/30 -p tcp -m multiport --sports 22,80:90,8080 -m limit --limit 10/second -j MARK --set-mark 0x1
COMMIT
EOF
iptables -t security -A OUTPUT -s 198.161.123.69/12 -o eth1 -p 47 -m statistic --mode nth --every 3 --packet 1 -j RCHAIN
iptables -X DOCKER-2
iptables -P OUTPUT ACCEPT
iptables -t mangle -I OUTPUT -d 127.17.23.88 -m statistic --mode random --probability 0.25000000000 -j RETURN
ip6tables -t mangle -L
iptables -A OUTPUT -s 127.132.131.53 -d 198.112.140.5/24 -g DOCKER-2
iptables -nvL
iptables -t security -D FORWARD 1
iptables -S
ip6tables -P OUTPUT DROP
ip6tables -I KUBE-SERVICES 4 -i eth0 -o eth1 -p all -m state --state INVALID -m comment --comment x_y-z
ip6tables -C OUTPUT ! -s ::1 -o docker0 -p udp -m addrtype --dst-type MULTICAST -j ACCEPT
ip6tables -t mangle -L -n
ip6tables -A OUTPUT -p sctp -m limit --limit 100/day -m length ! --length 100:200 -j TRACE
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [0:722]
:KUBE-SERVICES - [0:0]
-A FORWARD -d 198.191.143.141 -i br0 -o eth1 -p all -m conntrack --ctstate NEW -j CONNMARK --set-mark 0x2
COMMIT
EOF
iptables -t mangle -A POSTROUTING -d 198.249.58.91 ! -o docker0 -p all -m addrtype --src-type LOCAL -m ttl --ttl-eq 27 -j TTL --ttl-inc 2
iptables -t raw -Z
iptables -t nat -A OUTPUT -p all -j RETURN
iptables-restore --noflush <<'EOF'
*security
:INPUT ACCEPT [2:914]
:DOCKER - [0:0]
-A INPUT -j ACCEPT
-A DOCKER -d 10.11.60.48 -i lo -m iprange ! --dst-range 10.0.0.1-10.0.0.50
-A DOCKER -p udp -m statistic --mode nth --every 2 --packet 0 -m comment --comment x_y-z -j LOG
COMMIT
EOF
iptables -t filter -A FORWARD -p icmp --icmp-type 0 -j MARK --set-mark 0x1
iptables -t nat -A INPUT -d 127.18.215.100 -p sctp -m statistic --mode random --probability 0.5 -j LOG --log-prefix "drop"
iptables -t mangle -N KUBE-SVC-ABC
ip6tables -A INPUT -p sctp -j LOG --log-prefix "drop"
ip6tables -X KUBE-SERVICES
ip6tables -t security -A FORWARD -s fd00:a:b:: ! -i docker0 -p all -m pkttype --pkt-type broadcast -j TRACE
ip6tables -D KUBE-SERVICES ! -d fd00:a:b::/32 -p all -m iprange ! --src-range 2001:db8::1-2001:db8::9 -m conntrack ! --ctstate NEW -j MARK --set-xmark 0x4000/0x4000
ip6tables -t mangle -I INPUT 2 -p tcp -m multiport --ports 53 -m length --length 100:200 -j HL --hl-set 64
iptables -L KUBE-SERVICES
iptables -D INPUT 4
iptables-restore <<'EOF'
*filter
:INPUT DROP [2:35]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -i lo -o eth+ -p 47 -m pkttype --pkt-type multicast -m limit --limit 3/s --limit-burst 1 -j ACCEPT
COMMIT
EOF
iptables -t mangle -A INPUT -d 10.82.90.224 -p tcp -j KUBE-SVC-ABC
iptables -t raw -nvL
iptables -t nat -D POSTROUTING 3
iptables -E KUBE-SERVICES KUBE-SERVICES-2
iptables -t filter -A INPUT ! -s 10.193.223.34 -d 127.136.172.218 ! -i eth0 -p all -j LOG
iptables -t raw -Z
iptables-save -t filter
ip6tables -t filter -A FORWARD -o eth1 -j KUBE-SERVICES
ip6tables -t nat -R NOPE 3 -s fe80::1/16 -i docker0 -j DNAT --to-destination fd00::2
iptables-save
ip6tables-save
