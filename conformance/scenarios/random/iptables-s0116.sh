# Random iptables/ip6tables rule set, seed 116 (conformance/generators/iptables.ts)
iptables-restore --noflush <<'EOF'
*raw
:RCHAIN - [0:0]
-A RCHAIN -i lo -p icmp -j ACCEPT
-A RCHAIN -d 198.38.192.70/16 -o docker0 -p tcp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m connmark ! --mark 0x1 -j RCHAIN
COMMIT
EOF
ip6tables -t filter -A INPUT -d 2001:db8:: -o cni0 -p sctp
ip6tables -t nat -F
ip6tables -t filter -A FORWARD -o cni0 -p sctp -m statistic --mode nth --every 2 --packet 0 -j DROP
ip6tables -X
ip6tables -t security -I INPUT 1 -i veth+ -p all -j TRACE
ip6tables-save -c
ip6tables -t filter -A FORWARD ! -i eth0 -o eth+ -m addrtype --dst-type BROADCAST -j DROP
ip6tables -t filter -L FORWARD
iptables -A FORWARD -p sctp -m statistic --mode nth --every 2 --packet 1 -m pkttype --pkt-type multicast -j CONNMARK --save-mark
iptables -t nat -v -A INPUT -s 127.106.130.68 -d 192.103.8.106/0 -p tcp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j ACCEPT
iptables -t security -L -n
ip6tables -t mangle -A INPUT -p ipv6-icmp -m limit --limit 10/second --limit-burst 1 -m pkttype --pkt-type unicast -j MARK --or-mark 0x8
ip6tables -t filter -D OUTPUT 3
ip6tables -A FORWARD ! -d 2001:db8:1::1 -i lo -p tcp -m comment --comment x_y-z -j RETURN
ip6tables -t nat -R OUTPUT 3 -p all -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -t raw -F
iptables-restore --noflush <<'EOF'
*security
:INPUT ACCEPT [1:136]
:RCHAIN - [0:0]
-A RCHAIN ! -o docker0 -m iprange --dst-range 10.0.0.1-10.0.0.140 -m addrtype --dst-type UNICAST -j LOG
-A RCHAIN -s 172.117.11.89/32 -d 10.103.182.93 -p udp -m addrtype --dst-type LOCAL -m iprange --dst-range 10.0.0.1-10.0.0.50
-A FORWARD ! -s 127.251.158.97/32 -p sctp -j TRACE
COMMIT
EOF
iptables-restore <<'EOF'
*raw
:PREROUTING ACCEPT [6:185]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p 47 -j MARK --or-mark 0x8
[3:230] -A KUBE-SERVICES -p sctp -j CT --notrack
[0:397] -A PREROUTING ! -s 10.153.33.54/12 -p 47 -m ttl --ttl-gt 250 -m statistic --mode random --probability 0.1 -j CT --zone 3
COMMIT
EOF
ip6tables -t nat -A OUTPUT -d fe80::1/48 -o cni0 -m comment --comment "kubernetes service portals" -m addrtype --src-type UNICAST -j TRACE
iptables -A OUTPUT -p sctp -m length --length 1500 -m pkttype --pkt-type broadcast -j TRACE
iptables -v -F FORWARD
iptables -D INPUT 1
iptables -I FORWARD 2 -i docker0 -j ACCEPT
iptables -t security -nvL
ip6tables -t nat -A POSTROUTING -p all -m conntrack --ctstate INVALID -j ACCEPT
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:484]
:RCHAIN - [0:0]
-A OUTPUT -p sctp -j CONNMARK --set-mark 0x2
COMMIT
EOF
ip6tables -t security -F
ip6tables -t raw -A PREROUTING -m limit --limit 5/min -j CONNMARK --restore-mark --mask 0xff
ip6tables -L RCHAIN 2 -n -v
ip6tables -t filter -D FORWARD 2
ip6tables -t security -A OUTPUT ! -o docker0 -p 47 -m physdev --physdev-is-bridged -m addrtype --src-type LOCAL
iptables -t filter -v -F
iptables -t nat -L -v -Z
iptables -I OUTPUT -s 10.1.239.11 -d 192.198.146.34/32 -p all -m comment --comment "a/b:c -> 10.0.0.1:80" -m owner --uid-owner 100-200 -j ACCEPT
iptables -A NOPE -p icmp -m mark --mark 1 -m length --length 1500 -j REJECT
iptables -t security -F
iptables-save -c
iptables -t nat -L -n -v
iptables -t filter -R FORWARD 2 -s 10.176.247.21 ! -d 127.10.145.144 -i br0 -o eth1 -p 47 -m addrtype --src-type LOCAL -j LOG --log-level 4
iptables -D INPUT 2
iptables -S OUTPUT 1
iptables -t raw -P FOO RETURN
iptables -t security -A INPUT -p 47 -m state ! --state ESTABLISHED,RELATED -j RCHAIN
iptables -t nat -v -A OUTPUT -p icmp -m addrtype --dst-type BROADCAST -j MARK --xor-mark 0x3
iptables -A FORWARD -s 172.114.120.237 ! -o eth+ -p tcp -m mac --mac-source 02:00:00:00:00:25 -m conntrack ! --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A FORWARD -p udp -j CONNMARK --restore-mark --mask 0xff
iptables -t mangle -v -I INPUT 2 -d 10.223.189.241/12 -p sctp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m conntrack --ctstate ESTABLISHED,RELATED,DNAT
iptables -t mangle --list POSTROUTING --numeric --line-numbers
iptables -A INPUT -p sctp -j CONNMARK --set-mark 0x2
iptables -D INPUT -s 192.133.110.102 -i veth+ -p tcp -m tcp --dport 0 -m addrtype --src-type LOCAL -j LOG --log-prefix "IN: "
iptables -A FORWARD -c 521 86202 -p sctp -m ttl --ttl-lt 250 -j MARK --xor-mark 0x3
iptables-restore <<'EOF'
*filter
:INPUT DROP [8:438]
:RCHAIN - [0:0]
[1:282] -A RCHAIN -p sctp -m addrtype --src-type LOCAL -j ACCEPT
-A FORWARD -s 198.72.4.130 -p icmp -m comment --comment docker -j MARK --xor-mark 0x3
-A OUTPUT -d 172.115.211.96 -o eth1 -j NFLOG --nflog-group 4
-A FORWARD -j REJECT
COMMIT
EOF
iptables -t security -C OUTPUT ! -o cni0 -p all -m connmark ! --mark 5/0xff -j ACCEPT
iptables -t mangle -v -F
iptables -t nat -I POSTROUTING -s 127.138.135.207/12 -p 47 -m physdev --physdev-in veth0 -j LOG
iptables -t filter -I OUTPUT -s 192.34.177.122 -p sctp -m state --state NEW -m connmark --mark 0x1 -j RCHAIN
ip6tables -t security -A INPUT -p ipv6-icmp -j NFLOG --nflog-group 4
ip6tables-save -c
ip6tables -t raw -v -I PREROUTING 2 -s 2001:db8:1::1 -d fd00:: -p ipv6-icmp -m length --length 100:200 -m mac --mac-source 02:00:00:00:00:57 -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -t filter -A RCHAIN -m limit --limit 100/day -m pkttype --pkt-type multicast -j LOG
iptables -X INPUT
iptables -t filter -E RCHAIN RCHAIN-2
iptables -L -v -Z
iptables -t raw -A OUTPUT -s 127.110.59.7/8 -p tcp -j ACCEPT
iptables -t nat -N KUBE-SEP-XYZ
iptables -t filter -A INPUT -s 127.247.53.47 -m limit --limit 1/hour --limit-burst 5 -m conntrack --ctstate INVALID -j LOG
iptables -v -F RCHAIN-2
iptables -t security -L -v -Z
iptables -t raw -A OUTPUT -o docker0 -p sctp -j MARK --set-mark 5/0xff
iptables-save
ip6tables-save
