# Random iptables/ip6tables rule set, seed 233 (conformance/generators/iptables.ts)
iptables -w 1 --append OUTPUT -p 47 -j MARK --set-mark 0x1
ip6tables -t filter -A INPUT -d 2001:db8:: -p all -j MARK --set-xmark 0x4000/0x4000
ip6tables -A FORWARD -p udp -m mark --mark 1 -m comment --comment x_y-z -j NFQUEUE --queue-num 3
iptables -P FOO RETURN
iptables -t filter -w 1 --append INPUT -s 10.252.20.146 -d 198.147.89.82 ! -i veth+ -p icmp -m mark --mark 0x10/0xf0 --icmp-type 3/4 -j NFLOG --nflog-group 2
ipset del blk 10.0.2.1
iptables -v -A INPUT -p 47 -m comment --comment docker -j LOG --log-prefix "IN: "
ip6tables -t raw -L -n
ip6tables -L -n -v
ip6tables -t security -D FORWARD -s ::1 ! -o cni0 -p tcp -m state --state ESTABLISHED,RELATED -m hl --hl-lt 199 -j NFQUEUE
ip6tables -t security -X
ip6tables --list FORWARD --numeric --line-numbers
ip6tables -t mangle -w 1 --append FORWARD -d fe80::1/48 -i veth+ -p sctp -j TRACE
ip6tables -t security -I OUTPUT -o cni0 -j RETURN
ip6tables -Z NOPE
ip6tables -t mangle -Z INPUT 1
ip6tables -t mangle -D OUTPUT -s fd00:a:b::/64 -d 2001:db8:1::1 -p all -m connlimit --connlimit-upto 20 --connlimit-mask 64 -m state ! --state ESTABLISHED,RELATED -j SET --add-set six dst
ipset add six 2001:db8::1
iptables-save -t nat
ipset create svc hash:ip,port
ip6tables -t mangle -L -v
ipset save
ipset create six hash:ip family inet6
ipset destroy svc
iptables -N DOCKER-USER
ip6tables -A FORWARD -p tcp --tcp-flags SYN,RST SYN -m connmark ! --mark 0x1 -j REJECT --reject-with icmp6-port-unreachable
ipset test blk 10.0.0.2
ip6tables -t filter -v -I INPUT 1 -d fd00:a:b:: -p 47
ip6tables -t raw -A PREROUTING -d fd00:a:b:: -p tcp -m connbytes --connbytes 0:500 --connbytes-dir original --connbytes-mode packets -j TRACE
iptables -t mangle -X POSTROUTING
ipset list
ipset create six hash:ip family inet6
iptables-save -c -t mangle
iptables -t nat -D INPUT 2
iptables -L -v
iptables -Z DOCKER-USER 2
iptables -v -I INPUT 1 -p sctp -m string --string 'GET /' --algo kmp -m connbytes --connbytes 1000: --connbytes-dir both --connbytes-mode packets -j TRACE
iptables -t raw -P FOO DROP
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [2:2]
:RCHAIN - [0:0]
-A FORWARD -d 198.134.148.190 -o cni0 -p udp -m addrtype --src-type LOCAL -j RETURN
-A OUTPUT -s 192.64.75.65/16 -d 172.202.193.22/16 -m addrtype ! --dst-type MULTICAST -j RETURN
-A FORWARD -d 10.5.149.32/32 -m quota --quota 1000 -j NFLOG --nflog-group 1
COMMIT
EOF
ipset create svc hash:ip,port
iptables -t filter -S INPUT 3
iptables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
[0:402] -A KUBE-SERVICES -i br0 -p 47 -m addrtype --dst-type BROADCAST -j SET --del-set blk dst
COMMIT
EOF
iptables-save -c
ipset create six hash:ip family inet6
iptables -t filter -A FORWARD -s 172.90.220.88/16 -d 127.202.32.68 -p tcp -j RETURN
iptables -t nat -L
iptables -t mangle -v -X
iptables -A OUTPUT -d 198.56.157.118/30 -p sctp -j DNAT --to-destination 10.0.0.1
ipset create svc hash:ip,port
ip6tables -t security -A INPUT -d 2001:db8::/128 -p all -j SET --del-set six src
ip6tables -t raw -X
ip6tables -v -F OUTPUT
ip6tables -t nat --list OUTPUT --numeric --line-numbers
ipset list
ip6tables -A OUTPUT -p tcp -j REJECT --reject-with icmp6-port-unreachable
ip6tables -t filter -F
ip6tables -t mangle -D INPUT ! -i docker0 -p all -j CONNMARK --restore-mark
ip6tables -t security -L -n -v
ip6tables-save
ip6tables -t mangle -v -X
ip6tables-restore --noflush -c <<'EOF'
*security
:INPUT DROP [1:536]
:RCHAIN - [0:0]
-A FORWARD -d 2001:db8::/16 -p 47 -m connlimit --connlimit-upto 20 -m length --length 100:200 -j ACCEPT
-A INPUT -p ipv6-icmp -m mac --mac-source 02:00:00:00:00:17 --icmpv6-type 128 -j TRACE
-A FORWARD -i eth0 -p ipv6-icmp --icmpv6-type 1/3 -j NFQUEUE
COMMIT
EOF
ip6tables -t filter -F
ipset add six 2001:db8::1
ip6tables -t mangle -S OUTPUT 2
ip6tables -t security -F
ip6tables-save -t filter -c
iptables -I RCHAIN 4 ! -s 10.169.77.70 -p tcp -m state --state NEW -j CONNMARK --set-mark 0x2
ip6tables -t nat -F
ipset add blk 10.0.1.3
ip6tables -A INPUT -o eth1 -p all -m pkttype --pkt-type multicast -j REJECT
iptables-save
ip6tables-save
