# Random iptables/ip6tables rule set, seed 227 (conformance/generators/iptables.ts)
ip6tables -I FORWARD 1 -i veth+ -o eth+ -p tcp -j DROP
ip6tables -t mangle -v -X
iptables -S -v
iptables -t mangle -L -n --line-numbers
iptables -t filter -R OUTPUT 3 -s 127.33.255.172/12 -p tcp -m connlimit --connlimit-upto 20 -m pkttype --pkt-type multicast
iptables -t mangle -S FORWARD
iptables -t nat -v -X
iptables -t raw -C OUTPUT -s 172.203.203.209 -d 192.76.33.178 -o eth1 -p all -m addrtype --dst-type UNICAST -m comment --comment x_y-z -j ACCEPT
iptables -t raw -w 1 --append OUTPUT -s 192.224.219.133/32 -p tcp
iptables -t nat -v -I INPUT 3 -p udp -m set --match-set svc dst -m physdev --physdev-in veth0
iptables -t raw -S OUTPUT 3
iptables -t security --list OUTPUT --numeric --line-numbers
iptables -t filter -v -I INPUT 1 -p icmp -j REJECT --reject-with icmp-admin-prohibited
iptables -A FORWARD -o eth+ -p all -m set --match-set svc src -j CONNMARK --restore-mark --mask 0xff
iptables -t mangle -S POSTROUTING 2
iptables -t security -C FORWARD -o eth1 -p sctp -m limit --limit 1/hour --limit-burst 1 -j DROP
iptables -t nat -A INPUT -c 101 51160 ! -s 10.105.88.78 -p sctp -j CONNMARK --set-mark 0x2
iptables -P OUTPUT DROP
iptables -v -I OUTPUT 1 -o eth1 -m physdev --physdev-out eth+ -m pkttype --pkt-type multicast -j REJECT --reject-with icmp-admin-prohibited
iptables -v -I FORWARD 1 ! -s 127.12.11.106 -i br0 -o docker0 -p sctp -m mac --mac-source 02:00:00:00:00:45 -m length --length 100:200 -j DROP
iptables -t filter -Z OUTPUT 3
ipset create six hash:ip family inet6
ip6tables-save
ip6tables -A OUTPUT ! -s ::1 ! -d fd00:a:b:: -p tcp -m multiport ! --dports 53 -j MARK --set-mark 0x1
ip6tables -F
ip6tables -t mangle -F
ip6tables -t security -Z FORWARD 3
ip6tables -t mangle -D OUTPUT 1
ip6tables -w 1 --append OUTPUT ! -s fe80::1 -m statistic --mode nth --every 2 --packet 1
iptables -t filter -L -n -v
iptables -L -x -v -n
iptables -nvL
iptables -t security -A OUTPUT -p all -m iprange --dst-range 10.0.0.1-10.0.0.41 -j ACCEPT
iptables -A OUTPUT -d 198.110.216.100 -p all -m connmark --mark 0x1 -m helper --helper sip -j RETURN
iptables -t filter -w 1 --append OUTPUT -p sctp -m quota --quota 1000 -j NFLOG --nflog-group 2
ip6tables -t mangle -P FOO ACCEPT
iptables -t filter -Z OUTPUT 1
iptables -L -v -Z
iptables -t raw -A PREROUTING -p udp -m mac --mac-source 02:00:00:00:00:24 -m multiport ! --dports 53 -j NFQUEUE --queue-balance 0:3 --queue-bypass
ip6tables -Z
ip6tables -t security -A FORWARD -c 304 91196 -i lo -p all -j TRACE
ip6tables -t raw -I OUTPUT -o eth+ -p sctp -m physdev --physdev-out eth+ -j ACCEPT
ipset create six hash:ip family inet6
ip6tables -R FORWARD 3 -o docker0 -m connbytes --connbytes 10 --connbytes-dir original --connbytes-mode avgpkt -m connmark --mark 0x1 -j NFQUEUE
ipset list -n
ip6tables -S INPUT
ip6tables -v -A INPUT -d 2001:db8::/128 -p sctp -m recent --set --seconds 0 -j TRACE
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [6:632]
:RCHAIN - [0:0]
-A OUTPUT -d fe80::1 -p sctp -m dscp --dscp-class AF41 -m quota --quota 50000 -j REJECT --reject-with icmp6-no-route
-A OUTPUT -p udp -j ACCEPT
-A FORWARD -o cni0 -p tcp --sport 3000 -j MARK --and-mark 0xff
-A FORWARD -i veth+ -p tcp -m hashlimit --hashlimit-above 100 --hashlimit-burst 10 --hashlimit-name web -j MARK --set-xmark 0x4000/0x4000
COMMIT
EOF
ip6tables -v -F
ip6tables -I NOPE ! -o docker0 -p udp -j CONNMARK --save-mark
ip6tables -t mangle -A PREROUTING -p 47 -m limit --limit 5/min -m comment --comment x_y-z -j HL --hl-inc 2
ip6tables-restore <<'EOF'
*mangle
:PREROUTING DROP [4:906]
:DOCKER - [0:0]
-A FORWARD -j MARK --set-mark 0x1
[0:363] -A OUTPUT -p sctp -m state --state NEW -j NFLOG --nflog-group 2 --nflog-prefix p
-A DOCKER ! -o eth1 -p ipv6-icmp -j DOCKER
COMMIT
EOF
iptables -L -v -Z
ip6tables -t security -Z FORWARD 2
ip6tables --list INPUT --numeric --line-numbers
ip6tables -L -n -v
ip6tables -t raw -P OUTPUT DROP
ip6tables -t nat -F
iptables-restore -c <<'EOF'
*filter
:INPUT DROP [6:780]
:RCHAIN - [0:0]
-A FORWARD ! -i docker0 -p 47 -m set --match-set svc src,dst -j SET --del-set nets src
[3:492] -A RCHAIN -p 47 -m pkttype --pkt-type broadcast -m conntrack --ctstate NEW -j NFLOG --nflog-group 0
-A INPUT -d 172.88.116.90 -p sctp -j SET --add-set blk src
-A RCHAIN -s 172.56.201.116 -m addrtype --src-type UNICAST -m pkttype --pkt-type multicast -j RCHAIN
COMMIT
EOF
iptables -w 1 --append OUTPUT -s 10.24.43.48 -p icmp -m statistic --mode random --probability 1 -j REJECT --reject-with icmp-host-prohibited
iptables-save -c
iptables -t raw -v -F OUTPUT
iptables -t raw -A PREROUTING -d 172.117.63.133 -p 47 -j CT --zone-orig 2
ip6tables -t raw -P FOO DROP
ip6tables -t raw -X PREROUTING
iptables -Z RCHAIN
iptables -L
iptables -t security -N DOCKER-USER
iptables -t filter -L
iptables -F RCHAIN
iptables-save
ip6tables-save
