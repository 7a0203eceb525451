# Random iptables/ip6tables rule set, seed 217 (conformance/generators/iptables.ts)
iptables -L NOPE
iptables -P FORWARD ACCEPT
iptables -L INPUT 3 -n -v
iptables -X FORWARD
ip6tables-restore --noflush -c <<'EOF'
*raw
:PREROUTING DROP [7:484]
:DOCKER - [0:0]
-A DOCKER -s ::1/48 -p sctp -j NOTRACK
[4:299] -A OUTPUT -p all -j RETURN
-A OUTPUT -m dscp --dscp 0x2e -j NOTRACK
-A PREROUTING -s 2001:db8:: -p tcp -m tcp --dport 22 -j NFQUEUE --queue-balance 0:3 --queue-bypass
COMMIT
EOF
ip6tables -t raw -D PREROUTING 2
ip6tables -L OUTPUT 1 -n -v
ip6tables -t raw -A OUTPUT -o eth1 -p all -m pkttype --pkt-type unicast -j LOG --log-prefix "drop"
ip6tables -X
ip6tables -t security -A FORWARD -p all -m rpfilter --validmark --accept-local -m statistic --mode nth --every 3 --packet 0 -j RETURN
ip6tables -t mangle -A OUTPUT ! -o cni0 -p all -m comment --comment docker -j ACCEPT
ip6tables -t raw -S OUTPUT 3
ip6tables -A INPUT -p udp -j SET --add-set six src
ip6tables -t security -L -v
ip6tables -t filter -A FORWARD -m connlimit --connlimit-upto 20 --connlimit-mask 128 --connlimit-daddr -m addrtype --dst-type UNICAST -j NFLOG --nflog-group 0
ip6tables -t mangle -A PREROUTING -s 2001:db8:: -p tcp --sport 65535 --sport 65535:65535 --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
ip6tables -t security -C FORWARD -m dscp --dscp-class AF41 -m connmark --mark 5/0xff -j CHECKSUM --checksum-fill
ip6tables -t filter -X INPUT
ip6tables -t filter -X INPUT
ip6tables -t raw -L DOCKER 3 -n -v
ip6tables -X
ip6tables -t security -N MYCHAIN
ip6tables -I FORWARD 4 -o eth+ -j ACCEPT
ip6tables -L -v -Z
ipset add nets 10.2.0.0/16
ip6tables -v -F OUTPUT
iptables -A NOPE -s 192.162.123.168 -o docker0 -j RETURN
iptables -t filter -L INPUT 1 -n -v
ipset destroy blk
iptables -A INPUT ! -i br0 -p icmp --icmp-type time-exceeded -j MARK --set-xmark 0x4000/0x4000
ipset create svc hash:ip,port
iptables -v -I FORWARD 1 -m helper --helper sip
iptables -v -I FORWARD 3 -s 172.99.0.62/30 ! -i eth0 -m physdev ! --physdev-is-in -j RETURN
iptables -A NOPE -c 666 16129 -d 192.173.54.239/30 ! -i lo -o eth1 -p icmp -m comment --comment docker -m connlimit --connlimit-above 20 --connlimit-mask 16 --connlimit-daddr -j TRACE
iptables -t filter -I OUTPUT 1 -p tcp --tcp-flags ALL NONE -m rpfilter -j TRACE
iptables -t mangle -F
iptables-save -c
iptables -A NOPE -p tcp -m comment --comment docker -j REJECT --reject-with icmp-port-unreachable
iptables -t filter -I FORWARD 3 -s 192.86.16.246 -d 127.6.154.142/12 -p tcp --tcp-flags ALL NONE -j ACCEPT
iptables -t filter -L INPUT 1 -n -v
ipset add svc 10.96.0.1,tcp:443
ip6tables -t mangle -v -X
ip6tables -t security -A OUTPUT ! -d fd00:a:b::/32 -m connbytes --connbytes 1000: --connbytes-dir both --connbytes-mode bytes -m hl --hl-gt 26 -j MYCHAIN
ip6tables -A FORWARD -o eth1 -p all -m dscp --dscp 0x2e -m helper --helper ftp -j NFQUEUE --queue-num 3
ip6tables -t filter -I INPUT 3 -s fd00::/16 -d ::1/128 -p ipv6-icmp -j NFQUEUE --queue-num 3
ip6tables -t security -A FORWARD -c 867 13889 -d ::1/16 ! -i eth0
iptables -t nat -A POSTROUTING -c 48 58661 -p tcp -j RETURN
iptables -t filter -v -X
iptables -L -n
iptables -N f2b-sshd
ipset create blk hash:ip timeout 600
iptables -t nat -v -X
iptables -t nat -Z PREROUTING 3
iptables -t raw -I OUTPUT -d 127.139.39.176 -p sctp -j LOG --log-prefix "IN: "
iptables -t filter -P INPUT RETURN
iptables -L f2b-sshd 1 -n -v
iptables -N f2b-sshd
iptables -t nat -A INPUT -s 10.220.47.93/12 -p sctp -m state --state INVALID -j NFLOG --nflog-group 0
iptables -A INPUT ! -s 127.119.59.23 -m statistic --mode random --probability 1 -j LOG --log-prefix "x y"
iptables -t nat -X PREROUTING
iptables -t mangle -I POSTROUTING -p udp -m state --state ESTABLISHED,RELATED -j NFQUEUE
iptables -t mangle -A FORWARD -o docker0 -p sctp -j ACCEPT
iptables -F f2b-sshd
ip6tables -t raw -I PREROUTING -p udp -m helper --helper ftp -m dscp --dscp 10 -j NOTRACK
ip6tables -t filter -I INPUT 4 -p sctp -m physdev ! --physdev-is-in -j RETURN
ip6tables -t raw -v -A DOCKER -p 47 -m set --match-set six src
ip6tables -t filter -L INPUT -n -v --line-numbers
ip6tables-restore --noflush <<'EOF'
*filter
:DOCKER - [0:0]
[4:184] -A FORWARD -p sctp -m set --match-set six dst,dst -j NFLOG --nflog-group 2 --nflog-prefix p
COMMIT
EOF
ip6tables -t security -A OUTPUT -s fd00:a:b::/128 -p udp -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t nat --list OUTPUT --numeric --line-numbers
iptables-save
ip6tables-save
