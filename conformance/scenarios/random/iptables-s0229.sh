# Random iptables/ip6tables rule set, seed 229 (conformance/generators/iptables.ts)
iptables -t nat -A PREROUTING -i br0 -p 47 -m iprange --dst-range 10.0.0.1-10.0.0.194 -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -t mangle -N LOGDROP
iptables -Z FORWARD
iptables -t filter -F
iptables -L INPUT 1 -n -v
iptables -R INPUT 3 -i lo -o docker0 -p all -j CONNMARK --set-mark 0x2
iptables -t nat -S PREROUTING
iptables -t raw -S -v
iptables -w 1 --append FORWARD ! -d 10.65.4.10/24 ! -o eth1 -m hashlimit --hashlimit-above 5/min --hashlimit-mode dstip,dstport --hashlimit-name web -j TRACE
iptables -L -v -Z
iptables -t nat -L -n --line-numbers
iptables -A OUTPUT -s 198.11.68.85 ! -d 172.126.29.60/16 -o eth+ -m addrtype --src-type UNICAST -m limit --limit 10/second -j ACCEPT
iptables -A INPUT -j LOG --log-prefix "x y"
ipset add svc 10.96.0.0,tcp:80
iptables -X
iptables -X INPUT
iptables -v -I FORWARD 1 -p udp -m ttl --ttl-lt 50 -j ACCEPT
iptables -t filter --list FORWARD --numeric --line-numbers
iptables -A OUTPUT -p 47 -m ttl --ttl-gt 202 -m hashlimit --hashlimit-above 1/hour --hashlimit-name ssh
ipset create six hash:ip family inet6
iptables -t raw -D OUTPUT 1
iptables -v -I FORWARD 3 -s 127.197.150.65/30 -d 172.114.213.255/12 -i docker0 -m state --state INVALID -j NFLOG --nflog-group 0
ipset add six 2001:db8::1
iptables -F
iptables -S FORWARD 2
iptables -t filter -L -v -Z
iptables -w 1 --append OUTPUT -s 192.196.47.123 -p udp -m pkttype --pkt-type broadcast -m helper --helper sip -j CONNMARK --set-mark 0x2
iptables -t security -Z INPUT 1
iptables -t mangle -A FORWARD -s 192.28.24.42 -d 10.116.63.241/24 -p all -j CONNMARK --restore-mark --mask 0xff
iptables -A FORWARD -s 127.89.9.8 -i eth0 -p all -m string --hex-string '|0d0a|' --algo bm --to 40 -j TRACE
iptables -L -v -Z
iptables -t nat -L
iptables-save
iptables -t nat -A INPUT -c 243 94481 -p all -m connmark --mark 5/0xff -j CONNMARK --save-mark
ipset add six 2001:db8::1
ip6tables -F
iptables -v -X
iptables -t mangle -I OUTPUT 2 -d 127.204.10.136/12 -p udp -j CHECKSUM --checksum-fill
ipset test blk 10.0.0.0
iptables -t security -L INPUT 1 -n -v
iptables -Z FORWARD
ip6tables-restore <<'EOF'
*filter
:DOCKER - [0:0]
-A INPUT -d ::1 -p all -m physdev --physdev-is-bridged
COMMIT
EOF
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [5:341]
:DOCKER - [0:0]
-A DOCKER -s fd00:a:b::/127 -i veth+ ! -o eth+ -p udp -m connlimit --connlimit-above 5 --connlimit-mask 128 -m statistic --mode nth --every 2 --packet 1
-A INPUT ! -s 2001:db8:1::1 -d fd00::/128 -i docker0 -p ipv6-icmp -m dscp --dscp 0x2e -j DOCKER
COMMIT
EOF
ip6tables -t security -S
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:739]
:DOCKER - [0:0]
-A OUTPUT -m hl --hl-lt 203
-A FORWARD -s fd00:a:b:: -p sctp -m addrtype --src-type UNICAST -m rpfilter -j LOG --log-prefix "drop"
-A OUTPUT -p sctp -m rpfilter --invert -j RETURN
-A DOCKER ! -i veth+ -j MARK --set-xmark 0x4000/0x4000
COMMIT
EOF
ip6tables -t security -v -A OUTPUT -s 2001:db8:1::1 -d 2001:db8:1::1/16 -p 47 -m dscp ! --dscp 10 -m conntrack --ctstate RELATED,ESTABLISHED -j LOG --log-prefix "x y"
ip6tables-restore --noflush <<'EOF'
*nat
:DOCKER - [0:0]
-A DOCKER ! -s fe80::1/64 -d ::1/64 -p tcp -j DROP
-A PREROUTING -s 2001:db8:1::1 ! -p udp --sport domain -m addrtype --src-type UNICAST -j NFQUEUE
COMMIT
EOF
ip6tables -t raw -A PREROUTING -s ::1/127 -i br0 -p udp -m hashlimit --hashlimit-upto 5/min --hashlimit-burst 10 --hashlimit-name ssh -m set --match-set nope src -j NOTRACK
ip6tables -S OUTPUT 1
ipset create nets hash:net
iptables -t filter -P FOO RETURN
ip6tables -P INPUT DROP
ip6tables -t filter -S
ip6tables -A DOCKER -m addrtype --src-type UNICAST -m statistic --mode nth --every 10 --packet 1 -j NFQUEUE --queue-balance 0:3 --queue-bypass
ip6tables -t mangle -F
iptables -I OUTPUT -s 127.223.147.52/16 -p tcp --sport 22 -m set --match-set nope src,dst ! --update-counters -j MARK --xor-mark 0x3
ip6tables -t security -L -x -v -n
ip6tables -S FORWARD 2
ip6tables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [6:324]
:RCHAIN - [0:0]
-A OUTPUT -s ::1 ! -d fd00:: ! -o cni0 -p ipv6-icmp -m string --string "GET /" --algo bm -m pkttype --pkt-type multicast -j CONNMARK --set-mark 0x2
-A INPUT -i eth0 -j SET --del-set six src
COMMIT
EOF
ip6tables -t nat -A OUTPUT -c 754 36429 -p 47 -m connlimit --connlimit-upto 5 -m connmark ! --mark 0x1 -j DOCKER
ipset create nets hash:net
ip6tables -Z FORWARD 3
ip6tables -t nat -A OUTPUT -s fd00:a:b::/127 -d fd00:a:b:: -o eth1 -p all -m length ! --length 1500 -j SET --del-set six src
ipset create svc hash:ip,port
ip6tables -t raw -R PREROUTING 1 -p sctp -m connlimit --connlimit-upto 100 -j TRACE
ip6tables -A RCHAIN -s 2001:db8::/32 ! -d fd00::/16 -m state --state ESTABLISHED,RELATED -j DROP
ip6tables -t filter -A OUTPUT -d fd00::/16 -o docker0 -p 47 -j ACCEPT
iptables-restore <<'EOF'
*raw
:PREROUTING ACCEPT [5:709]
:KUBE-SERVICES - [0:0]
[3:54] -A PREROUTING -p tcp -m statistic --mode random --probability 0.25000000000 -m dscp --dscp-class EF -j SET --del-set nets dst
-A KUBE-SERVICES -d 127.201.116.59/24 -m quota --quota 1000 -m string --hex-string "|0d0a|" --algo bm -j TRACE
COMMIT
EOF
iptables -N f2b-sshd
iptables -t filter -A OUTPUT -d 10.11.59.156 -p all -j f2b-sshd
iptables-save
ip6tables-save
