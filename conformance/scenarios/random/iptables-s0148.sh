# Random iptables/ip6tables rule set, seed 148 (conformance/generators/iptables.ts)
iptables -v -X
iptables -L OUTPUT 3 -n -v
iptables -t filter -A INPUT -i lo -p 47 -m mark --mark 0xffffffff -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -j RETURN
iptables -t mangle -v -F
ip6tables -A OUTPUT -c 979 78180 -p 47 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j LOG --log-prefix "IN: " --log-level crit
ip6tables -v -X
ip6tables -t mangle -I OUTPUT -j TRACE
ip6tables-save -c
iptables -t mangle --list INPUT --numeric --line-numbers
ip6tables -v -F OUTPUT
ip6tables -A OUTPUT -c 739 11025 -s fd00::/16 -m addrtype --src-type UNICAST -j TRACE
iptables -Z FORWARD
iptables -t raw -S PREROUTING 3
iptables -t mangle -Z PREROUTING 3
iptables -t raw -C PREROUTING -m connmark ! --mark 0x1 -m physdev --physdev-in veth0 -j ACCEPT
iptables -t filter -v -I FORWARD 2 -i veth+ -p 47 -m addrtype --dst-type BROADCAST -m ttl --ttl-eq 178 -j MARK --set-mark 0x1
iptables -t security -L -v -Z
iptables -D OUTPUT -d 172.55.9.238/0 -j RETURN
iptables-save -c -t filter
iptables-save
iptables -t security -F
iptables-save -c
iptables-save -c -t nat
iptables -A FORWARD -i lo -p icmp -m iprange ! --dst-range 10.0.0.1-10.0.0.186
iptables --list OUTPUT --numeric --line-numbers
iptables -t raw -A PREROUTING -p 47 -m mac --mac-source 02:00:00:00:00:56 -j LOG --log-prefix "IN: " --log-level 4
iptables -t security -L -n
ip6tables -t security -A FORWARD -m pkttype ! --pkt-type unicast -m limit --limit 3/s -j LOG --log-prefix "x y"
ip6tables -C OUTPUT -m conntrack --ctstate NEW -j DROP
ip6tables -A INPUT -d fd00:a:b:: -m comment --comment x_y-z -j NFLOG --nflog-group 0
ip6tables-save -c
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [5:540]
:KUBE-SERVICES - [0:0]
[1:4] -A FORWARD -d fd00::/127 -j DNAT --to-destination fd00::3
COMMIT
EOF
ip6tables -A OUTPUT -o eth1 -m conntrack --ctstate INVALID -g KUBE-SERVICES
ip6tables -X KUBE-SERVICES
ip6tables -t security -D FORWARD 2
ip6tables -t filter -A OUTPUT -o docker0 -p tcp -j KUBE-SERVICES
ip6tables -t security -v -X
ip6tables -t filter --list INPUT --numeric --line-numbers
ip6tables -t security -D FORWARD 4
ip6tables -t security -A INPUT ! -d 2001:db8::/128 -p tcp -m limit --limit 1/hour
ip6tables -t filter -A OUTPUT -i eth0 -p tcp --tcp-flags FIN,ACK FIN -j LOG --log-prefix "drop"
iptables -t mangle -A FORWARD -s 198.177.155.9/32 -o docker0 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m statistic --mode nth --every 10 --packet 1 -j LOG
ip6tables -A KUBE-SERVICES -g KUBE-SERVICES
iptables -t security -P OUTPUT RETURN
iptables -t raw -X
iptables -t nat -F
iptables -I FORWARD 2 -s 127.41.214.250 -d 192.63.19.61 -p all -m limit --limit 10/second --limit-burst 1 -m pkttype --pkt-type unicast -j LOG --log-prefix "IN: " --log-level 7
iptables -D OUTPUT 1
iptables -t filter -I OUTPUT -d 192.168.58.74/12 -p tcp --tcp-flags ALL NONE -m comment --comment docker --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -A FORWARD -s 192.204.222.149 -o eth+ ! -p udp -m physdev --physdev-in veth0 -j TTL --ttl-dec 1
ip6tables -C INPUT -s fd00:: ! -i eth0 -p tcp -m addrtype ! --dst-type LOCAL --tcp-flags ALL NONE -j MARK --and-mark 0xff
iptables -t security -I OUTPUT ! -s 192.98.84.141/24 ! -d 172.25.46.104 -o docker0 -p icmp --icmp-type destination-unreachable -m statistic --mode nth --every 2 --packet 0
iptables -t mangle -S -v
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT ACCEPT [1:806]
:KUBE-SERVICES - [0:0]
[4:76] -A FORWARD ! -d 10.184.198.143/16 -p tcp -m comment --comment docker ! --syn -j LOG --log-level crit
-A INPUT -i lo -p icmp -m state --state NEW -m state ! --state NEW -g KUBE-SERVICES
-A KUBE-SERVICES -p all -m connmark ! --mark 0x1 -j RETURN
COMMIT
EOF
iptables -t nat -A INPUT -d 127.192.3.85/0 -p sctp -m iprange --dst-range 10.0.0.1-10.0.0.45 -j SNAT --to-source 10.0.0.1
iptables -t security -S INPUT
iptables-save
iptables -t filter -A OUTPUT -s 10.61.175.131/16 -o cni0 -p sctp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j DROP
iptables -A KUBE-SERVICES -s 192.255.182.41 -i veth+ -m physdev --physdev-in veth0 -j LOG --log-prefix "x y"
iptables -t security -L INPUT -n -v --line-numbers
ip6tables -P OUTPUT DROP
ip6tables -t filter -C FORWARD -o eth+ -p tcp -m addrtype --dst-type LOCAL -g KUBE-SERVICES
ip6tables-save
ip6tables -t security -S
iptables -t nat -A PREROUTING -j LOG --log-prefix "x y" --log-level debug
iptables -A FORWARD -s 172.36.95.91 -d 127.113.162.175 -p sctp -m statistic --mode nth --every 2 --packet 0 -j KUBE-SERVICES
iptables -t raw -A PREROUTING -s 192.176.73.163/0 -i br0 -p sctp -j ACCEPT
iptables -t filter -N KUBE-SEP-XYZ
iptables -t mangle -L OUTPUT 1 -n -v
iptables -t mangle -A PREROUTING -s 10.234.122.5/16 -p tcp -j MARK --set-xmark 0x4000/0x4000
iptables-save
ip6tables-save
