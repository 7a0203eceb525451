# Random iptables/ip6tables rule set, seed 194 (conformance/generators/iptables.ts)
iptables -t security -L -n
ipset destroy six
ipset list -n
iptables -t nat -v -I PREROUTING 2 -s 127.75.225.32/30 -p all -m addrtype --src-type LOCAL -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode bytes -j DROP
iptables -t raw -Z OUTPUT
iptables -t mangle -N DOCKER
iptables -t raw -v -X
iptables -t filter --list OUTPUT --numeric --line-numbers
iptables -A INPUT -i veth+ -p udp -m iprange ! --dst-range 10.0.0.1-10.0.0.107 -j CONNMARK --save-mark
iptables -D INPUT 3
iptables -F
iptables -I INPUT 3 -d 127.205.93.211/12 -p tcp -j MARK --or-mark 0x8
ipset add six 2001:db8::1
iptables -t security -A OUTPUT -p udp -m multiport --dports 80,443 -m connbytes --connbytes 1000: --connbytes-dir original --connbytes-mode bytes -j MARK --set-mark 5/0xff
iptables -I INPUT 3 -p all -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode avgpkt -m connlimit --connlimit-upto 100 --connlimit-daddr -j NFQUEUE --queue-num 3
iptables-restore <<'EOF'
*filter
:DOCKER - [0:0]
[1:433] -A OUTPUT ! -p tcp -m comment --comment "kubernetes service portals" -g DOCKER
-A INPUT -s 127.46.14.231 -g DOCKER
COMMIT
EOF
iptables-save -c
iptables -t mangle -v -X DOCKER
iptables -t nat -X POSTROUTING
iptables-save -c
iptables -E DOCKER DOCKER-2
iptables -L -v -Z
iptables -C DOCKER-2 -s 198.178.154.4/8 -i br0 -p tcp -m pkttype --pkt-type unicast -m addrtype --src-type UNICAST -j TRACE
iptables -t raw -v -A OUTPUT -p tcp -m pkttype --pkt-type multicast -j NOTRACK
iptables -t security -A FORWARD ! -d 127.23.134.30 ! -o cni0 -p udp -j NFQUEUE --queue-num 2 --queue-bypass
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [0:439]
:DOCKER - [0:0]
-A FORWARD -d 2001:db8:1::1 ! -i eth0 -p ipv6-icmp -j TRACE
-A OUTPUT -s fe80::1/127 -p tcp -j RETURN
COMMIT
EOF
ip6tables -t nat -C PREROUTING -d 2001:db8:1::1/128 ! -i docker0 -m pkttype --pkt-type unicast -j TRACE
ip6tables -t mangle -A OUTPUT ! -o eth1 -j NFLOG --nflog-group 4
ip6tables -t security -Z OUTPUT 2
ip6tables -v -F
iptables -v -A FORWARD ! -d 172.116.24.250/24 -p tcp -m physdev --physdev-out eth+ -j DROP
iptables -t nat -F
ip6tables -t nat -Z
ip6tables -t filter -L DOCKER
iptables -t raw -I PREROUTING -s 192.200.102.202/16 ! -d 172.74.122.78 -j SET --del-set blk dst
iptables -t mangle -A PREROUTING ! -s 172.75.161.255 -m physdev --physdev-out eth+ -m addrtype --src-type UNICAST -j SET --del-set blk dst
ip6tables-save
ip6tables -t security -Z INPUT
ip6tables -A OUTPUT -p udp -m dscp --dscp 0x2e -m connmark --mark 5/0xff -j REJECT --reject-with icmp6-port-unreachable
ip6tables-save
ip6tables -t filter -L -v -Z
ip6tables -N f2b-sshd
ipset add svc 10.96.0.0,tcp:80
ip6tables -P FOO DROP
ip6tables -A DOCKER ! -d fd00:a:b:: -m set --match-set nope dst,dst ! --update-counters -m length --length 1500 -j CONNMARK --restore-mark
iptables -t filter -A INPUT -s 127.237.248.25 -m dscp --dscp-class EF -m physdev ! --physdev-is-in -j CONNMARK --set-mark 0x2
iptables -t filter -L INPUT 2 -n -v
iptables -t mangle -Z PREROUTING 2
ip6tables -t security -D INPUT -d fd00:a:b:: -p tcp -j NFQUEUE --queue-num 3
ip6tables -t mangle -v -X
ip6tables -t nat -v -F OUTPUT
ip6tables -A DOCKER -i docker0 -p udp -m iprange --src-range 2001:db8::1-2001:db8::9 -m dscp --dscp-class AF41
ip6tables -t nat -v -A OUTPUT ! -o eth+ -j SET --add-set six src
ip6tables -t filter -L FORWARD 2 -n -v
ip6tables -v -A OUTPUT ! -s ::1 -d 2001:db8:1::1 -p 47 -j MARK --and-mark 0xff
iptables-save
iptables -t raw -F
iptables -t filter -D FORWARD -s 127.114.158.211/32 -o eth+ -p udp -m addrtype --dst-type MULTICAST -m physdev --physdev-is-bridged -j ACCEPT
iptables -L -v -Z
ipset create svc hash:ip,port
iptables -v -A FORWARD -d 10.213.71.237 -i veth+ -p icmp -m set --match-set nets src --return-nomatch -m limit --limit 100/day --limit-burst 20 -j DOCKER-2
ipset flush blk
iptables -t filter --list OUTPUT --numeric --line-numbers
iptables -L -n
iptables -t mangle -v -A PREROUTING -i lo -p sctp -m mark --mark 1 -m owner --uid-owner 0 -j DOCKER
iptables -t security -S FORWARD 1
iptables-save
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT ACCEPT [4:391]
:KUBE-SERVICES - [0:0]
-A FORWARD -i eth0 -p tcp -m rpfilter --invert -j REJECT
-A INPUT -s 172.164.43.193/32 -m state --state INVALID
COMMIT
EOF
iptables -t filter -A OUTPUT ! -s 172.240.175.21/16 -d 127.47.56.240 -o eth+ -p udp -m state --state ESTABLISHED,RELATED -g DOCKER-2
iptables -t mangle -v -F
iptables-save
ip6tables-save
