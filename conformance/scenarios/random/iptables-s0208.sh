# Random iptables/ip6tables rule set, seed 208 (conformance/generators/iptables.ts)
iptables -t raw -A PREROUTING -d 10.229.23.94/8 -m physdev --physdev-in veth0 -m mac --mac-source 02:00:00:00:00:69 -j LOG --log-prefix "x y"
iptables -v -A OUTPUT -s 198.2.157.37/24 ! -o eth+ -p icmp -j RETURN
iptables -t raw -L -v
iptables -t filter -v -I OUTPUT 3 -p icmp -m comment --comment "a/b:c -> 10.0.0.1:80" -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode packets -j LOG --log-level 4
iptables -t security -v -A OUTPUT -p udp -m rpfilter --loose -m mark ! --mark 1 -j ACCEPT
ip6tables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -m limit --limit 3/s --limit-burst 1
-A KUBE-SERVICES -d fd00::/48 -i docker0 -p ipv6-icmp -m connmark --mark 5/0xff -j KUBE-SERVICES
COMMIT
EOF
ip6tables -L -n -v
iptables -A INPUT -s 172.30.190.13/24 -p all -m recent --rcheck --name DEFAULT --seconds 0 --hitcount 4 -m dscp --dscp 10 -j ACCEPT
iptables -L FORWARD 1 -n -v
iptables-save
ipset create nets hash:net
iptables -t filter -F
iptables -t mangle -I POSTROUTING 1 -p tcp
iptables -t nat -Z POSTROUTING 3
ip6tables -t raw -L PREROUTING 1 -n -v
iptables -t raw -v -I PREROUTING 1 -d 192.215.112.205/12 -m addrtype --src-type LOCAL -m rpfilter --invert -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -A OUTPUT ! -o eth1 -p 47 -m connbytes --connbytes 1000: --connbytes-dir both --connbytes-mode packets -j LOG --log-level 7
iptables -L -n -v
iptables -t nat -I INPUT -s 192.98.92.206 -p icmp -m addrtype --dst-type MULTICAST -m rpfilter --validmark --accept-local -j CONNMARK --restore-mark
iptables -t security -L -v
iptables -t mangle -S -v
iptables -A NOPE -s 172.219.55.251/12 -o eth1 -p udp -m udp ! --dport http -j NFQUEUE --queue-num 2 --queue-bypass
iptables -t nat -A POSTROUTING -m mark --mark 0x4000/0x4000 -m addrtype --dst-type BROADCAST -j CONNMARK --set-mark 0x2
iptables -t raw -v -X
iptables -t filter -X INPUT
iptables -L FORWARD -n -v --line-numbers
iptables -t filter -L FORWARD 1 -n -v
ipset create nets hash:net counters
ip6tables -L -n --line-numbers
ip6tables -t raw -A PREROUTING -m statistic --mode nth --every 3 --packet 0 -j NFLOG --nflog-group 0 --nflog-prefix p
ipset -exist create blk hash:ip
ip6tables -v -A INPUT ! -d fe80::1 -i eth0 -p udp -m udp --dport 8080 -m dscp --dscp 0x2e -j TRACE
ip6tables -t nat -I POSTROUTING -o cni0 -m limit --limit 100/day -m statistic --mode nth --every 2 --packet 0 -j SNAT --to-source 2001:db8::1 --random-fully
ip6tables -t nat -L -v -Z
ip6tables-save -t security
ip6tables -t mangle -v -I POSTROUTING 3 ! -s 2001:db8:1::1/32 -p 47 -m dscp --dscp-class AF41 -m helper --helper ftp -j RETURN
ip6tables -t mangle -A FORWARD -m physdev ! --physdev-is-in -m set ! --match-set six dst,dst ! --update-counters -j HL --hl-inc 2
iptables -t mangle -v -I PREROUTING 3 -p tcp -j CHECKSUM --checksum-fill
iptables -t filter -N f2b-sshd
iptables -I INPUT 4 -p tcp -m statistic --mode random --probability 0.25000000000 -j MARK --or-mark 0x8
ip6tables -t filter -Z FORWARD 3
ip6tables -t filter -A OUTPUT ! -o eth1 -j CONNMARK --set-mark 0x2
ip6tables -t nat -D POSTROUTING 3
ip6tables -t security -v -F
ip6tables -t filter -A KUBE-SERVICES ! -d 2001:db8:1::1 -o docker0 -p udp -m rpfilter --validmark --accept-local
iptables -E f2b-sshd f2b-sshd-2
ipset test blk 10.0.2.0
ipset create nets hash:net counters
iptables -I OUTPUT 2 -d 10.86.53.122 -p udp -m comment --comment docker -j TRACE
iptables -v -A f2b-sshd-2 -i veth+ -o eth1 -p all -m connbytes --connbytes 0:500 --connbytes-dir original --connbytes-mode packets -m statistic --mode random --probability 1 -j REJECT --reject-with icmp-host-prohibited
iptables -t filter -L f2b-sshd-2 2 -n -v
iptables -P FOO RETURN
iptables -t mangle -F
iptables -Z OUTPUT
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [7:259]
:KUBE-SERVICES - [0:0]
-A OUTPUT -s fe80::1/48 -j ACCEPT
-A INPUT ! -d 2001:db8::/48 -p sctp -m addrtype --dst-type BROADCAST -m physdev ! --physdev-is-in -j KUBE-SERVICES
-A KUBE-SERVICES -d fd00:a:b::/48 -i veth+ -p tcp -m helper --helper ftp -m connmark --mark 5/0xff -j REJECT --reject-with icmp6-no-route
[3:97] -A OUTPUT -d fe80::1/127 -p all -m quota --quota 50000 -m limit --limit 5/min -j NOTRACK
COMMIT
EOF
ip6tables -t filter -D OUTPUT 4
ip6tables -t nat -F
ip6tables -D NOPE 4
iptables-save -t filter
iptables-save -c
iptables-save
iptables -t filter -A FORWARD -s 192.1.189.207 -m connmark --mark 0x1 -m comment --comment "a/b:c -> 10.0.0.1:80" -j TRACE
iptables -t filter -X f2b-sshd-2
ip6tables -t security -A FORWARD -c 529 92233 -d 2001:db8:1::1/128 -p ipv6-icmp --icmpv6-type 136 -j RETURN
ip6tables-restore --noflush -c <<'EOF'
*filter
:INPUT ACCEPT [5:887]
:DOCKER - [0:0]
-A INPUT -i veth+ -p 47 -m addrtype ! --dst-type UNICAST -j LOG --log-level 7
-A INPUT -d fd00::/127 -p sctp -m addrtype --src-type UNICAST -m statistic --mode nth --every 3 --packet 1 -j ACCEPT
-A DOCKER -i veth+ -j DOCKER
COMMIT
EOF
ip6tables -t raw -A OUTPUT -m limit --limit 5/min --limit-burst 20 -j NFLOG --nflog-group 1
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [5:318]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p sctp -m helper --helper sip -j REJECT --reject-with icmp6-port-unreachable
-A OUTPUT ! -p tcp -j LOG --log-prefix "IN: " --log-level 7
COMMIT
EOF
ip6tables -A INPUT -s fd00:a:b::/128 -p tcp -j SET --del-set six dst
ipset del blk 10.0.0.2
ip6tables -t filter -I FORWARD 1 -s fe80::1/64 -o cni0 -p 47 -m rpfilter --validmark --accept-local -j MARK --set-xmark 0x4000/0x4000
iptables-save
ip6tables-save
