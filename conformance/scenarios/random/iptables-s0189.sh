# Random iptables/ip6tables rule set, seed 189 (conformance/generators/iptables.ts)
ipset create svc hash:ip,port
ip6tables -t security -A OUTPUT -p tcp -j RETURN
ipset list -t
ip6tables -t mangle -D PREROUTING -p ipv6-icmp -j SET --add-set six dst
ip6tables -X INPUT
iptables -t nat -I INPUT 3 -i eth0 -p tcp --sport domain -j CONNMARK --restore-mark --mask 0xff
iptables -t mangle -D INPUT -i veth+ -m set --match-set nope src ! --update-counters -j NFQUEUE --queue-num 3
iptables -t filter -v -I INPUT 2 -p sctp -m addrtype --dst-type UNICAST -m mark --mark 0x10/0xf0 -j SET --del-set nets src
iptables -t filter -A OUTPUT -p sctp -m addrtype --src-type LOCAL -j SET --add-set nets src
iptables -S -v
ip6tables-save
ip6tables -t security -X OUTPUT
ip6tables -I OUTPUT -o docker0 -p 47 -j LOG --log-prefix "x y" --log-level crit
ip6tables -t mangle -I INPUT -s 2001:db8:1::1/64 -p udp -m connmark --mark 0x1 -m comment --comment "kubernetes service portals"
ip6tables -t filter -X
ip6tables -v -A FORWARD -d ::1 -p tcp -j ACCEPT
ip6tables -t security -A FORWARD -s ::1 ! -d 2001:db8:1::1/64 -o cni0 -m recent --remove --name SSH --seconds 60 -j DROP
ipset create svc hash:ip,port
iptables -t raw -R PREROUTING 1 -i eth0 -p tcp -m conntrack --ctstate UNTRACKED -m mark --mark 1 -j NFLOG --nflog-group 4
iptables -t nat -A INPUT -p 47 -j MARK --xor-mark 0x3
ipset add nets 10.0.0.0/16
ip6tables -A INPUT -p ipv6-icmp -m dscp --dscp 0x2e
ip6tables -v -A FORWARD -d fd00:a:b:: -o eth1 -j LOG --log-level debug
ip6tables -t filter -L OUTPUT
ip6tables -t raw -P OUTPUT DROP
ipset create nets hash:net
ip6tables -t security -v -A OUTPUT -s fd00::/32 -d fd00:a:b::/32 -m addrtype --src-type UNICAST -j DROP
ip6tables -t raw -A OUTPUT -o eth1 ! -p udp -j CT --notrack
ipset add six 2001:db8::1
ip6tables-save -t nat
ip6tables -t filter -I INPUT -s ::1 -p sctp -m mark --mark 0xffffffff -j ACCEPT
ip6tables -A INPUT -p sctp -m mark --mark 0xffffffff -m dscp ! --dscp-class AF41 -j LOG --log-level 7
iptables -t raw -L -n -v
iptables -t filter -A FORWARD -d 127.111.158.143 -o docker0 -p all -j NFQUEUE --queue-num 2 --queue-bypass
iptables -t security -v -X
ip6tables -t filter -A OUTPUT -c 141 6708 -s fe80::1 -m connmark --mark 0x1 -j TRACE
ipset create svc hash:ip,port
iptables-save
ipset list -t
ipset add blk 10.0.0.3
ip6tables -t raw -D OUTPUT 2
ip6tables -t filter --list OUTPUT --numeric --line-numbers
ip6tables -I FORWARD -s 2001:db8:: -o eth+ -m statistic --mode nth --every 2 --packet 1 -j NFQUEUE --queue-num 2 --queue-bypass
ip6tables -Z INPUT
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [8:663]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p tcp -m recent --set --hitcount 20 -j LOG --log-prefix "x y"
[4:322] -A OUTPUT -o eth1 -p ipv6-icmp -g KUBE-SERVICES
-A FORWARD -d fd00:: -i veth+ -j NFQUEUE --queue-balance 0:3 --queue-bypass
-A KUBE-SERVICES -o cni0 -p udp -j KUBE-SERVICES
COMMIT
EOF
iptables -S
ipset create svc hash:ip,port
iptables -C OUTPUT ! -d 198.166.204.238/30 -o docker0 -p udp -j REJECT --reject-with icmp-port-unreachable
iptables -t mangle -D FORWARD -p icmp
iptables -t raw -S PREROUTING
iptables-save
ipset create nets hash:net counters
iptables -D NOPE -i br0 -p udp -m mark --mark 0x4000/0x4000 -j MARK --and-mark 0xff
iptables -D INPUT 1
iptables -t filter -N DOCKER
iptables -t raw -A PREROUTING -i veth+ -m comment --comment x_y-z -j CONNMARK --set-mark 0x2
ip6tables -F KUBE-SERVICES
ip6tables -N LOGDROP
ip6tables-save
iptables -t mangle -A PREROUTING -s 127.122.152.107/0 -p udp -j CONNMARK --restore-mark
ip6tables -t filter -w 1 --append FORWARD -d 2001:db8:1::1/48 -p tcp -j LOG --log-level info
ip6tables -t nat -v -X
ip6tables-save -c
ip6tables -Z
ip6tables -t raw -N DOCKER
ip6tables -N KUBE-SVC-ABC
iptables -t filter -I DOCKER 4 -d 10.184.113.75 -p sctp -m statistic --mode random --probability 1 -m iprange --dst-range 10.0.0.1-10.0.0.7 -j CONNMARK --restore-mark
iptables -A INPUT -s 192.154.123.224/12 -p udp -m connlimit ! --connlimit-upto 100 -j NFQUEUE --queue-num 3
iptables -t filter -A OUTPUT -s 10.232.152.208/32 -p udp -j MARK --xor-mark 0x3
iptables -t security -v -I OUTPUT 1 -s 192.110.91.238/30 -p all -m owner --uid-owner 100-200 -j MARK --set-xmark 0x4000/0x4000
iptables-save
ip6tables-save
