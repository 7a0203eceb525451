# Random iptables/ip6tables rule set, seed 8 (conformance/generators/iptables.ts)
iptables -N LOGDROP
iptables -A FORWARD -s 192.46.253.49/24 -o eth+ -m pkttype ! --pkt-type multicast -m statistic --mode random --probability 0.1 -j RETURN
iptables-restore --noflush -c <<'EOF'
*mangle
:PREROUTING DROP [1:144]
:KUBE-SERVICES - [0:0]
[3:114] -A KUBE-SERVICES -p udp --sport 80 -g KUBE-SERVICES
COMMIT
EOF
iptables-save -c
iptables-save
iptables -t mangle -I OUTPUT 3 ! -s 172.204.104.227 -p sctp -m iprange --dst-range 10.0.0.1-10.0.0.161 -j RETURN
iptables -A FORWARD -p all -m pkttype --pkt-type broadcast -m statistic --mode nth --every 2 --packet 0
iptables -C OUTPUT -p tcp -j LOGDROP
ip6tables -t mangle -N KUBE-SERVICES
ip6tables-save
ip6tables -A INPUT -s fe80::1 -d fd00:a:b:: -p all -m state --state NEW -j LOG
iptables -t nat -A OUTPUT -d 172.79.30.182/16 -p udp -j ACCEPT
ip6tables -S OUTPUT
ip6tables -t nat -A POSTROUTING -s fe80::1/16 -d fe80::1/127 -p udp -m owner --uid-owner 65534 -m multiport --sports 53 -j LOG
ip6tables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [4:794]
:RCHAIN - [0:0]
-A OUTPUT -j MARK --xor-mark 0x3
COMMIT
EOF
ip6tables-restore --noflush -c <<'EOF'
*raw
:PREROUTING DROP [5:974]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -s fd00::/48 -d 2001:db8:: -p udp -j RETURN
COMMIT
EOF
ip6tables -t filter -F
ip6tables -t raw -D PREROUTING -p 47 -m hl --hl-lt 26 -m addrtype --dst-type UNICAST -j TRACE
ip6tables -t raw -D PREROUTING 1
ip6tables -L INPUT -n -v --line-numbers
iptables-save -c
iptables-save -t filter
iptables -t mangle -A OUTPUT -s 172.143.168.99/0 -o docker0 -p tcp -j ACCEPT
iptables -A FORWARD -o docker0 -p icmp -m statistic --mode random --probability 0.5 -m pkttype --pkt-type multicast -j REJECT --reject-with icmp-net-unreachable
iptables-save -c
iptables -Z LOGDROP
iptables -t raw -F
iptables-save
ip6tables -t mangle -N KUBE-SEP-XYZ
ip6tables -t filter -A NOPE -p tcp -j CONNMARK --set-mark 0x2
ip6tables -N LOGDROP
ip6tables -nvL
ip6tables -N LOGDROP
ip6tables -A INPUT -s ::1 -m statistic --mode nth --every 3 --packet 0 -g LOGDROP
ip6tables -D INPUT 3
ip6tables -t filter -A LOGDROP -i eth0 -o docker0 -p 47 -j CONNMARK --restore-mark
ip6tables -t filter -A OUTPUT -s fd00:a:b::/127 -j CONNMARK --restore-mark --mask 0xff
ip6tables -L FORWARD -n -v --line-numbers
ip6tables -t security -R FORWARD 3 -p sctp -m hl --hl-lt 103 -m iprange --src-range 2001:db8::1-2001:db8::9 -j ACCEPT
ip6tables -A LOGDROP -s fd00:: -o eth1 -m conntrack --ctstate UNTRACKED -g LOGDROP
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [2:746]
:DOCKER - [0:0]
-A OUTPUT -o eth1 -p udp -m statistic --mode nth --every 3 --packet 1 -j TRACE
-A DOCKER -d fd00:a:b::/16 -o cni0 -p tcp -m multiport ! --dports 53 -j LOGDROP
COMMIT
EOF
ip6tables -D DOCKER 2
ip6tables -t mangle -A RCHAIN ! -d ::1/48 -i br0 -p tcp -m hl --hl-eq 153 ! --sport 0 -j CONNMARK --save-mark
ip6tables -t filter -L NOPE
ip6tables -t mangle -X KUBE-SEP-XYZ
ip6tables -t nat -N KUBE-SVC-ABC
ip6tables -L -v
ip6tables -S
ip6tables -D FORWARD -s 2001:db8::/48 -d fd00:: -i veth+ -p ipv6-icmp -m statistic --mode nth --every 3 --packet 0 -j LOGDROP
ip6tables -t filter -X LOGDROP
ip6tables -D DOCKER ! -s 2001:db8::/48 ! -p tcp -m limit --limit 10/second -m physdev --physdev-in veth0 -j MARK --set-mark 0x1
ip6tables -t filter -N MYCHAIN
ip6tables -t mangle -A OUTPUT -p udp -m iprange --src-range 2001:db8::1-2001:db8::9 -m addrtype --dst-type UNICAST -j DROP
ip6tables -t filter -I MYCHAIN -s 2001:db8:1::1/16 -p tcp -m statistic --mode nth --every 3 --packet 0 --sport 1024:1000 -j TCPMSS --set-mss 1400
ip6tables -C OUTPUT -s 2001:db8:: -p udp -m mark --mark 0xffffffff -m comment --comment "a/b:c -> 10.0.0.1:80" -j ACCEPT
ip6tables -Z INPUT
ip6tables -t mangle -I KUBE-SERVICES -s 2001:db8::/32 -p sctp -m comment --comment docker -j DSCP --set-dscp 10
ip6tables-save -c
ip6tables -A INPUT -m mac --mac-source 02:00:00:00:00:13 -j DROP
ip6tables -I MYCHAIN 1 -p sctp -m addrtype --dst-type UNICAST -m limit --limit 1/hour -j DNAT --to-destination fd00::2
iptables-save
ip6tables-save
