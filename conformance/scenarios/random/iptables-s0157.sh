# Random iptables/ip6tables rule set, seed 157 (conformance/generators/iptables.ts)
iptables -t filter -A FORWARD ! -d 172.79.186.247/16 -p tcp -j REJECT
iptables -L -v -Z
ip6tables -X INPUT
ip6tables -A INPUT -s 2001:db8::/32 ! -d fe80::1 -p udp -j REJECT
ip6tables -S OUTPUT 1
ip6tables -t filter -S INPUT 2
ip6tables -t security -S FORWARD 1
ip6tables -t security -C OUTPUT -p sctp -m pkttype ! --pkt-type unicast -j MARK --set-xmark 0x4000/0x4000
ip6tables -t filter -L -v -Z
ip6tables-save -t filter
ip6tables -A INPUT -i lo -p udp -j NOTRACK
ip6tables -t mangle -A INPUT -j DSCP --set-dscp 10
ip6tables-save -c
ip6tables -P FOO RETURN
ip6tables-save
ip6tables -Z FORWARD
iptables -A FORWARD -c 507 11190 -p udp -m mac --mac-source 02:00:00:00:00:36 -j LOG
iptables -t nat -A INPUT -d 172.162.157.219/32 -p all -m mark ! --mark 1 -j SNAT --to-source 192.0.2.1-192.0.2.9
iptables -t raw -Z PREROUTING 3
ip6tables -t filter -v -A FORWARD -i docker0 -p sctp -m mark --mark 0x4000/0x4000 -m addrtype --src-type UNICAST -j RETURN
ip6tables -t security -D OUTPUT 1
ip6tables -t mangle -I FORWARD -d 2001:db8:1::1
ip6tables -t mangle -A PREROUTING -d 2001:db8:1::1 -p udp -m length --length 0:64 -j DSCP --set-dscp 10
ip6tables -t security -A INPUT -d fd00:a:b::/128 ! -i veth+ -p udp
ip6tables-restore --noflush <<'EOF'
*security
:INPUT ACCEPT [3:669]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -d fd00:a:b:: -p sctp -m physdev --physdev-in veth0 -m comment --comment x_y-z -j CONNMARK --restore-mark --mask 0xff
-A OUTPUT -d fd00::/128 -p tcp -m addrtype --src-type UNICAST -j CONNMARK --save-mark
-A FORWARD ! -o eth+ -p tcp -j KUBE-SERVICES
COMMIT
EOF
ip6tables -t security -R OUTPUT 2 -m conntrack --ctstate NEW -m owner --uid-owner 100-200 -j LOG --log-level debug
ip6tables -t security -A INPUT -d 2001:db8:1::1 ! -o docker0 -p 47 -j TRACE
ip6tables-save -t mangle -c
ip6tables -D INPUT -s 2001:db8::/127 -p udp --sport ssh -j TRACE
ip6tables -t security -S KUBE-SERVICES 2
ip6tables-save -c
ip6tables -t filter -A INPUT -d 2001:db8:1::1/16 -p tcp --tcp-flags ALL ALL -m tcp --dport 1024 -j CONNMARK --restore-mark --mask 0xff
ip6tables -t security -I FORWARD -i eth0 -p sctp -m addrtype --src-type UNICAST -m mark ! --mark 0xffffffff -g KUBE-SERVICES
ip6tables -S
ip6tables -A INPUT -i eth0 -m limit --limit 10/second -m limit --limit 1/hour -j DROP
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [3:581]
:KUBE-SERVICES - [0:0]
-A FORWARD -i br0 -j NFLOG --nflog-group 2
[3:402] -A OUTPUT -s fd00:: -d fd00:a:b:: -o eth+ -p 47 -m conntrack --ctstate NEW -m owner --uid-owner 0 -j NFLOG --nflog-group 1 --nflog-prefix p
-A FORWARD -m comment --comment "a/b:c -> 10.0.0.1:80" -m pkttype ! --pkt-type broadcast -j ACCEPT
COMMIT
EOF
ip6tables -t nat -A OUTPUT ! -s fe80::1/32 -d ::1 -p 47 -j DNAT --to-destination 2001:db8::1
ip6tables -L KUBE-SERVICES 1 -n -v
ip6tables -t filter -L FORWARD 1 -n -v
ip6tables -A INPUT -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -A INPUT -p icmp -m statistic --mode random --probability 0.1 -j DROP
ip6tables -t raw -Z OUTPUT
ip6tables -t security -P INPUT RETURN
ip6tables -A OUTPUT -p 47 -j TRACE
ip6tables -t filter -A FORWARD -d 2001:db8:: -m hl --hl-eq 239 -m hl --hl-eq 77 -j RETURN
ip6tables -t filter -nvL
ip6tables -t filter -I OUTPUT 4 ! -o eth1 -p all -j KUBE-SERVICES
iptables -I OUTPUT -d 198.234.247.226/24 -j NFLOG --nflog-group 3
ip6tables -t filter -N f2b-sshd
ip6tables-save -c -t filter
ip6tables -t raw -P FOO DROP
ip6tables-save -t mangle -c
iptables -A OUTPUT -d 172.246.210.189 -p 47 -m statistic --mode nth --every 10 --packet 1 -m addrtype --dst-type LOCAL -j DROP
iptables -F
iptables -t raw -C OUTPUT -p 47 -m physdev ! --physdev-is-in -j MARK --or-mark 0x8
ip6tables -t nat -w 1 --append INPUT -s fd00:a:b::/32 -j MARK --set-mark 0x1
ip6tables -t filter -X KUBE-SERVICES
ip6tables -L
ip6tables -S f2b-sshd 2
iptables -L -v
iptables -A OUTPUT -p tcp -j MARK --and-mark 0xff
iptables -A OUTPUT ! -s 192.51.234.228/24 -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -X
iptables -t raw -A OUTPUT -c 659 84555 -p all -j NFLOG --nflog-group 0
ip6tables-save -c
ip6tables-save -c -t filter
ip6tables -t security -Z OUTPUT 2
ip6tables-save -t security
iptables -A FORWARD -p sctp -m addrtype ! --dst-type BROADCAST -j REJECT
iptables -w 1 --append INPUT -s 10.206.89.97 -j LOG --log-prefix "x y"
iptables-save
ip6tables-save
