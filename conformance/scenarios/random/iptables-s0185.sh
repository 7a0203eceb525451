# Random iptables/ip6tables rule set, seed 185 (conformance/generators/iptables.ts)
ip6tables -t nat -v -X
ipset -exist create blk hash:ip
ip6tables -S INPUT
ip6tables -t filter -A OUTPUT -d 2001:db8:: -p tcp -m hl --hl-gt 28
ipset list
ipset add blk 10.0.2.2
ip6tables -A INPUT -p ipv6-icmp -m conntrack --ctstate NEW -j REJECT
ip6tables -t security -P FORWARD DROP
ip6tables -t mangle -v -X
ip6tables -A OUTPUT -p tcp --sport 3000 -j DROP
iptables -t nat -L NOPE 1 -n -v
iptables -t filter -A FORWARD -d 192.139.148.246/12 -p 47 -j NFQUEUE --queue-num 2 --queue-bypass
ipset add blk 10.0.0.0
iptables -A OUTPUT ! -o eth+ -m helper --helper sip -m addrtype --src-type UNICAST
iptables -t filter -v -A INPUT -i veth+ -p all -m addrtype --src-type UNICAST -j CONNMARK --set-mark 0x2
iptables -D OUTPUT 2
iptables -N KUBE-SEP-XYZ
iptables -I OUTPUT -m connlimit --connlimit-above 20 -m owner --uid-owner 65534 -j REJECT --reject-with tcp-reset
ipset create blk hash:ip
iptables -D KUBE-SEP-XYZ 3
ipset test blk 10.0.2.1
iptables -t security -A INPUT -j NFLOG --nflog-group 2
iptables -A FORWARD -o eth+ -p all -m addrtype --dst-type UNICAST -m addrtype --dst-type MULTICAST -j CONNMARK --save-mark
ip6tables-save -c
ip6tables -F
ip6tables -t nat -L PREROUTING 3 -n -v
ip6tables -t nat -Z
iptables -F KUBE-SEP-XYZ
iptables -t filter -X KUBE-SEP-XYZ
iptables -t nat -v -F OUTPUT
ip6tables -w 1 --append INPUT -p udp -m mark --mark 1 ! --sport 3000 -j CONNMARK --restore-mark --mask 0xff
ip6tables -t nat -L -n --line-numbers
ipset flush nets
ip6tables -t nat -w 1 --append POSTROUTING -o eth+ -p tcp --sport 1024 ! --syn
ip6tables -I OUTPUT -s ::1 -d fd00:a:b:: -m rpfilter -j SET --add-set six dst
ip6tables -t security -P OUTPUT DROP
ip6tables -w 1 --append OUTPUT -s fd00::/127 -p 47 -m addrtype --src-type LOCAL
ip6tables -t raw -A PREROUTING -p sctp -m statistic --mode nth --every 3 --packet 0 -j MARK --set-mark 5/0xff
ip6tables -t nat -A POSTROUTING -s fe80::1/128 -p ipv6-icmp -j SNAT --to-source fd00::2
ip6tables --list INPUT --numeric --line-numbers
ip6tables -t mangle -Z OUTPUT 1
ip6tables -t security -P FORWARD RETURN
ip6tables -A OUTPUT -p tcp -m rpfilter --invert -m set --match-set nope dst -j TRACE
ip6tables -w 1 --append INPUT -s fe80::1/64 -d fe80::1 -m addrtype --src-type LOCAL -j SET --del-set six src
ip6tables -t mangle -X PREROUTING
ipset add six 2001:db8::1
ip6tables -t mangle -A INPUT -c 126 7689 -s 2001:db8::/127 -d fd00::/64 -m physdev --physdev-is-bridged -j MARK --xor-mark 0x3
ip6tables -t nat -P PREROUTING DROP
ip6tables -t mangle -A FORWARD -s fd00::/128 -d ::1/64 -p udp -m statistic --mode nth --every 10 --packet 0 -m comment --comment "kubernetes service portals"
ip6tables-restore --noflush <<'EOF'
*nat
:DOCKER - [0:0]
-A POSTROUTING ! -s fe80::1/16 -i lo -o docker0 -p ipv6-icmp -m pkttype --pkt-type unicast -j SET --del-set six dst
-A POSTROUTING -p ipv6-icmp -m addrtype --src-type LOCAL -j CONNMARK --restore-mark --mask 0xff
-A DOCKER ! -s 2001:db8:: ! -d 2001:db8:1::1 -p tcp -m conntrack --ctstate INVALID -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j DNAT --to-destination [fd00::3]:8080
-A OUTPUT -p udp -m hl --hl-eq 39 -j DNAT --to-destination [fd00::3]:8080
COMMIT
EOF
ip6tables -t filter -N MYCHAIN
ip6tables -t nat -A INPUT -s fd00:a:b:: -p sctp -m connmark --mark 0x1 -m state --state NEW -j LOG --log-level debug
ip6tables -X INPUT
ip6tables -t security -R OUTPUT 1 -p sctp -m conntrack --ctstate INVALID -m length --length 0:64 -j LOG --log-prefix "x y"
ip6tables -L -n -v
ip6tables -A INPUT -i docker0 -p all -m state --state NEW -j DROP
ip6tables-save -c
ip6tables -t filter -C OUTPUT -p udp -j TRACE
ip6tables -A NOPE -p 47 -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -t raw -F
ip6tables -I MYCHAIN 1 -s fd00::/128 -p ipv6-icmp -m connlimit --connlimit-above 100 -m statistic --mode random --probability 0.33333333349 -j TRACE
ip6tables-save -c -t filter
ip6tables -t raw -A PREROUTING -s fd00:a:b::/64 -i docker0 -p ipv6-icmp -m connbytes --connbytes 0:500 --connbytes-dir both --connbytes-mode avgpkt -m physdev --physdev-in veth0 -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -t mangle -C PREROUTING -s fe80::1/16 ! -d ::1 -i docker0 -p sctp -j LOG --log-level 4
ip6tables -t nat -N KUBE-SEP-XYZ
ip6tables-save -t raw
ip6tables -t security --list OUTPUT --numeric --line-numbers
ip6tables -t raw -C OUTPUT -p tcp -j LOG
ip6tables -Z
ip6tables -t mangle -w 1 --append OUTPUT -d fe80::1/48 -p tcp -m physdev --physdev-out eth+ -m physdev --physdev-out eth+ -j ACCEPT
iptables-save
ip6tables-save
