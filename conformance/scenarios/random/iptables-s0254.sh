# Random iptables/ip6tables rule set, seed 254 (conformance/generators/iptables.ts)
iptables -N KUBE-SVC-ABC
iptables -t raw -A OUTPUT -o cni0 -p all -j NFQUEUE --queue-num 3
iptables -t raw -X
iptables -Z INPUT
ip6tables-restore --noflush -c <<'EOF'
*filter
:INPUT DROP [0:336]
:DOCKER - [0:0]
-A FORWARD -s 2001:db8::/128 -m conntrack --ctstate UNTRACKED -j REJECT --reject-with icmp6-adm-prohibited
-A FORWARD -d 2001:db8:1::1 -p tcp -m hashlimit --hashlimit-upto 3/day --hashlimit-mode srcip,srcport --hashlimit-name web --hashlimit-srcmask 16 --hashlimit-htable-expire 30000 -j SET --add-set six src
-A INPUT -p 47 -m physdev --physdev-in veth0 -m hashlimit --hashlimit-upto 10/sec --hashlimit-burst 10 --hashlimit-mode srcip,srcport --hashlimit-name web -j CONNMARK --restore-mark
COMMIT
EOF
ip6tables --list OUTPUT --numeric --line-numbers
ip6tables -t nat -A OUTPUT -d fd00:a:b::/127 -p all -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -t mangle -A INPUT -p sctp -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode bytes -j NFQUEUE --queue-num 3
iptables -Z OUTPUT
iptables -w 1 --append FORWARD -s 192.245.5.90/16 -p sctp -m set ! --match-set svc dst,dst -j TRACE
iptables -t security -X
iptables -t raw -L -n
iptables -A KUBE-SVC-ABC -d 192.241.138.51/12 -o docker0 -p udp -m connmark --mark 5/0xff -m connlimit --connlimit-above 20 --connlimit-mask 16 -j MARK --or-mark 0x8
iptables -D OUTPUT -s 192.105.247.0/0 -d 198.175.6.248/30 -p all -m string --string 'GET /' --algo bm -m connbytes --connbytes 1000: --connbytes-dir original --connbytes-mode packets -j RETURN
ipset save
ip6tables -t security -S FORWARD
ip6tables -t filter -R INPUT 1 -i eth0 -p sctp -m pkttype --pkt-type multicast -j SET --add-set six src
ipset create svc hash:ip,port
iptables -t mangle -v -X
iptables-restore <<'EOF'
*mangle
:PREROUTING DROP [5:680]
:DOCKER - [0:0]
[2:132] -A INPUT -p 47
-A OUTPUT -o cni0 -p all -j ACCEPT
COMMIT
EOF
iptables -L -n -v
iptables -t mangle -E DOCKER DOCKER-2
iptables -A INPUT -d 172.164.99.188 -m string --string 'GET /' --algo bm -m connbytes --connbytes 1000: --connbytes-dir both --connbytes-mode packets -j KUBE-SVC-ABC
iptables -t filter -A FORWARD -s 172.189.241.30 ! -o eth+ -p udp -m connbytes --connbytes 1000: --connbytes-dir reply --connbytes-mode packets -j LOG
ip6tables -S FORWARD 3
ip6tables -t security -A OUTPUT -m pkttype ! --pkt-type multicast -j LOG --log-prefix "x y"
ip6tables -t nat -w 1 --append INPUT ! -i br0 -j NFLOG --nflog-group 0
ip6tables -v -A INPUT -d 2001:db8:: -p ipv6-icmp -m comment --comment x_y-z -m addrtype --dst-type LOCAL -j DOCKER
ip6tables -t raw -A OUTPUT -p sctp -m statistic --mode random --probability 0.1 -m rpfilter --invert -j SET --del-set six dst
ip6tables -t raw -S OUTPUT 3
ip6tables -L -v -Z
ip6tables -C FORWARD ! -i lo -o eth1 -p tcp -g DOCKER
ip6tables -t filter -A INPUT ! -o docker0 -m statistic --mode nth --every 2 --packet 1 -m addrtype --dst-type UNICAST -j TRACE
ip6tables -t nat -P PREROUTING RETURN
ip6tables -E DOCKER DOCKER-2
iptables -N KUBE-SEP-XYZ
iptables -w 1 --append FORWARD -d 192.166.26.82/32 -o docker0 -p tcp -m connmark --mark 0x1 -j TRACE
ip6tables -t raw -v -I PREROUTING 2 -s 2001:db8:: ! -i lo -p udp
ipset add six 2001:db8::1
ip6tables -t nat -P INPUT DROP
ip6tables -t security -D FORWARD 4
iptables -D NOPE -o docker0 -m state --state INVALID -m iprange --dst-range 10.0.0.1-10.0.0.92 -j RETURN
iptables -R FORWARD 1 -d 172.129.97.151/0 -p 47 -j TRACE
iptables -A KUBE-SEP-XYZ -s 127.197.190.64/30 -d 198.163.63.234/30 -m mark --mark 0x10/0xf0
iptables -A KUBE-SVC-ABC ! -s 127.95.7.103/24 -o eth+ -m quota ! --quota 1000 -j LOG --log-prefix "x y" --log-level info
iptables -t mangle -C PREROUTING -p sctp -m dscp --dscp-class AF41 -m connmark --mark 5/0xff -j SET --del-set blk dst
iptables-save -t nat -c
iptables -t mangle -F
iptables -t nat -I INPUT -j SNAT --to-source 172.17.0.2
ip6tables -F
ip6tables -D FORWARD -o cni0 -p ipv6-icmp --icmpv6-type 1/3 -m set ! --match-set nope dst,dst
ip6tables -A FORWARD ! -s fd00::/127 -d 2001:db8:1::1/16 -p tcp -m tcp --dport ssh --tcp-flags FIN,ACK FIN -j ACCEPT
ip6tables-save -t nat
iptables -N KUBE-SERVICES
iptables -L KUBE-SEP-XYZ 1 -n -v
iptables -v -A INPUT -i docker0 -p 47 -j ACCEPT
iptables -t filter -A OUTPUT -j TRACE
ip6tables-save
ipset create svc hash:ip,port
iptables -Z FORWARD
iptables -A OUTPUT ! -d 198.127.81.134/8 -o cni0 -m mark --mark 1 -m quota ! --quota 1000 -j SET --add-set nets dst
iptables -N f2b-sshd
iptables -t filter -Z INPUT
iptables -t filter -A KUBE-SEP-XYZ -c 313 4908 -p sctp -m addrtype --src-type LOCAL -m rpfilter --invert -j RETURN
iptables -A FORWARD -d 127.105.140.7 -i lo -p 47 -j LOG
iptables -t mangle -L FORWARD 1 -n -v
iptables -t filter -A KUBE-SERVICES -c 959 62948 -p icmp -m connlimit --connlimit-upto 100
iptables -t raw -A PREROUTING -d 127.188.237.224/16 -p tcp -m connlimit --connlimit-upto 20 --connlimit-mask 32 -m helper --helper sip -j RETURN
iptables -D f2b-sshd -s 10.86.37.22/30 -d 10.122.159.226/16 -p all -m limit --limit 10/second -m statistic --mode random --probability 0.5 -j CONNMARK --restore-mark --mask 0xff
iptables-restore <<'EOF'
*filter
:DOCKER - [0:0]
-A FORWARD -d 10.234.247.220 -p sctp -m comment --comment "a/b:c -> 10.0.0.1:80" -j SET --del-set nets src
-A INPUT -s 172.88.235.23 -d 198.247.237.131/24 -p all -j RETURN
-A OUTPUT ! -d 10.31.42.14 -o docker0 -p tcp
-A DOCKER -s 10.219.250.69 -p udp -m statistic --mode nth --every 2 --packet 0 -j CONNMARK --set-mark 0x2
COMMIT
EOF
iptables-save
ip6tables-save
