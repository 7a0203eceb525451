# Random iptables/ip6tables rule set, seed 187 (conformance/generators/iptables.ts)
iptables --list FORWARD --numeric --line-numbers
iptables -D INPUT -s 172.32.114.216 -i veth+ -p icmp -m mac --mac-source 02:00:00:00:00:11 -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -v -F OUTPUT
ip6tables -t security -P INPUT ACCEPT
ip6tables -nvL
ip6tables -t nat -A INPUT -p 47 -m state --state NEW -j LOG --log-prefix "IN: "
ip6tables -t raw -I PREROUTING -p udp --sport 80:1000 -j NFLOG --nflog-group 1
iptables -D FORWARD 3
iptables -X
ip6tables -A FORWARD -p tcp -j DROP
ip6tables -t mangle -I OUTPUT 2 -p 47 -j LOG --log-prefix "x y"
ipset add svc 10.96.0.1,tcp:443
ip6tables -t raw -I OUTPUT 2 -p udp -m length --length 1500 -m comment --comment x_y-z -j NOTRACK
ip6tables -t security -v -A OUTPUT -p ipv6-icmp -m statistic --mode random --probability 0.5 -m statistic --mode nth --every 3 --packet 0 -j TRACE
ip6tables -A OUTPUT -c 923 2376 -d fd00:a:b::/16 -p udp -m connbytes --connbytes 10 --connbytes-dir original --connbytes-mode packets -j SET --add-set six dst
ip6tables -t mangle -D NOPE -p 47 -j HL --hl-dec 1
ip6tables -nvL
ip6tables-save -c
ip6tables -t raw -A PREROUTING -m statistic --mode random --probability 0.5 -m quota --quota 50000 -j CT --zone 3
ip6tables -t security -L -n
ipset test blk 10.0.1.1
ip6tables -t raw -Z OUTPUT
ipset add nets 10.0.0.0/16
iptables -L -v
ipset test blk 10.0.2.3
iptables -I OUTPUT -p tcp -m quota --quota 1000 -m set --match-set nets src -j RETURN
ipset add six 2001:db8::1
iptables-save -t filter
iptables -R OUTPUT 3 -o docker0 -p tcp -m owner --uid-owner 0 -m connmark --mark 5/0xff -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -t nat -A PREROUTING -s 10.95.208.188 -d 172.37.251.25/0 -p icmp -j RETURN
iptables -A FORWARD -s 127.242.204.103/16 ! -o cni0 -p tcp -m physdev --physdev-is-bridged -m addrtype --dst-type MULTICAST
ip6tables -t mangle -L -v -Z
ip6tables -v -F INPUT
iptables -t filter -v -F OUTPUT
ipset destroy svc
iptables -t filter -L INPUT 3 -n -v
iptables -t raw -A OUTPUT -d 10.99.181.234 -o eth1 -p 47 -j ACCEPT
iptables -t filter -S -v
iptables -t mangle -F
iptables -t nat -X INPUT
iptables -t filter -I INPUT -d 127.64.24.2 -o cni0 -p tcp -m helper --helper sip -m limit --limit 10/second -j NFQUEUE --queue-num 2 --queue-bypass
iptables-save -c
iptables -t mangle -N KUBE-SEP-XYZ
iptables-save -c -t filter
iptables-save -t raw
iptables -t mangle -w 1 --append KUBE-SEP-XYZ ! -s 127.56.35.165 ! -i eth0 -o eth1 -p all -m length --length 1500 -j KUBE-SEP-XYZ
iptables -t filter -L OUTPUT 1 -n -v
iptables -L INPUT 2 -n -v
iptables -t mangle -Z
iptables -t raw -F
iptables -t nat -F
iptables -t mangle -v -A INPUT -p udp -m udp --dport 0 -j RETURN
iptables -A OUTPUT -m comment --comment "a/b:c -> 10.0.0.1:80" -j DROP
iptables -t filter -S INPUT 1
ip6tables -t raw -P OUTPUT RETURN
ipset add blk 10.0.2.3
ip6tables -L -n -v
iptables-save -c
iptables -A FORWARD -s 172.151.5.24/30 ! -d 192.21.67.140/32 -i docker0 -o docker0 -p 47 -m state --state INVALID -j MARK --xor-mark 0x3
iptables -L
iptables -A OUTPUT -p icmp -j SET --add-set nets src
iptables-save -c
ip6tables -X OUTPUT
ip6tables -t raw -X
ip6tables -t nat -Z PREROUTING 3
iptables -t filter -S INPUT
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [8:631]
:DOCKER - [0:0]
-A OUTPUT -m statistic --mode nth --every 10 --packet 1 -j DOCKER
COMMIT
EOF
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:499]
:KUBE-SERVICES - [0:0]
-A FORWARD -j NFQUEUE --queue-balance 0:3 --queue-bypass
-A OUTPUT -p 47 -m quota --quota 50000 -j MARK --and-mark 0xff
-A FORWARD ! -d fd00:a:b::/32 -p all -j REJECT
COMMIT
EOF
iptables -t security -v -F
iptables -A FORWARD -p tcp -m quota --quota 1000 -j RETURN
iptables-save
ip6tables-save
