# Random iptables/ip6tables rule set, seed 235 (conformance/generators/iptables.ts)
iptables -D INPUT -i br0 -p tcp -m quota --quota 1000 -m addrtype --dst-type UNICAST -j MARK --set-mark 5/0xff
iptables -t mangle -S -v
iptables-save -c -t filter
iptables -t raw -I OUTPUT ! -d 127.176.212.230 -p icmp --icmp-type destination-unreachable -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -t mangle -F
ip6tables -t nat -F
ip6tables-save
ip6tables-restore <<'EOF'
*mangle
:RCHAIN - [0:0]
[2:202] -A PREROUTING -s ::1 -i docker0 -p udp -m multiport --sports 80,443 -g RCHAIN
-A PREROUTING ! -s fd00::/48 -p udp -m dscp --dscp 10 -m statistic --mode random --probability 1 -j NFQUEUE --queue-num 2 --queue-bypass
COMMIT
EOF
ipset del blk 10.0.1.2
ipset list -t
iptables -t mangle -A FORWARD ! -s 172.158.104.245/30 ! -i lo -o eth1 -p tcp -m addrtype --dst-type MULTICAST -m multiport --ports 22,80:90,8080 --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -t nat -A OUTPUT -s 172.251.229.175/12 -d 192.49.155.150 -m state --state INVALID -m addrtype --dst-type UNICAST -j MARK --set-mark 0x1
iptables -t raw -I OUTPUT -p icmp -m dscp --dscp-class EF -j CONNMARK --save-mark
iptables -X
iptables -t raw -v -A NOPE -j SET --del-set nets src
ipset test blk 10.0.1.2
ipset flush blk
iptables -w 1 --append OUTPUT -d 172.218.243.191/16 -p tcp -j TCPMSS --set-mss 1400
ip6tables -t security -A INPUT -p all -m physdev --physdev-is-bridged -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -t filter -A OUTPUT ! -d ::1 -p tcp -m owner --uid-owner 0 -j MARK --xor-mark 0x3
ip6tables -t filter -v -A FORWARD -s fd00:a:b:: -d 2001:db8::/48 -p all
ip6tables -t filter --list INPUT --numeric --line-numbers
ipset -exist create blk hash:ip
ip6tables -A OUTPUT -c 973 89008 -o cni0 -p sctp -m physdev --physdev-out eth+ -j REJECT --reject-with icmp6-port-unreachable
ip6tables -N LOGDROP
ip6tables -t filter -v -X
ip6tables -nvL
ipset add six 2001:db8::1
ip6tables -t raw -L PREROUTING 3 -n -v
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [6:903]
:DOCKER - [0:0]
-A INPUT -d 2001:db8:1::1 -i br0 -p all -m mark --mark 0x10/0xf0 -j LOG --log-prefix "IN: " --log-level 4
-A OUTPUT -j MARK --set-mark 5/0xff
COMMIT
EOF
ip6tables -X
ip6tables -R OUTPUT 1 -p udp -j MARK --xor-mark 0x3
ip6tables -S -v
ipset save
ip6tables -t security -v -F OUTPUT
ip6tables-restore <<'EOF'
*raw
:PREROUTING DROP [0:412]
:RCHAIN - [0:0]
-A PREROUTING ! -i br0 -p 47 -j RETURN
-A PREROUTING -s 2001:db8:: -d fd00:a:b::/64 -m rpfilter --invert -j CONNMARK --restore-mark
COMMIT
EOF
ip6tables -t filter -v -X
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [5:102]
:RCHAIN - [0:0]
-A OUTPUT ! -o eth1 -p udp -m mark --mark 1 -j SET --del-set six dst
[2:305] -A RCHAIN ! -d fd00:a:b::/16 ! -o cni0 -p sctp -j SET --del-set six src
COMMIT
EOF
ip6tables-save -c -t nat
iptables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A FORWARD -s 127.169.234.34 -p tcp -m recent ! --remove --name web --syn -j KUBE-SERVICES
-A OUTPUT ! -s 172.130.54.172/12 -p 47 -m statistic --mode nth --every 3 --packet 1 -m connlimit --connlimit-upto 100 -j SET --add-set nets src
-A FORWARD -j NFQUEUE --queue-num 2 --queue-bypass
COMMIT
EOF
iptables -t security -X
iptables -A KUBE-SERVICES -i docker0 -p tcp -m string --string 'GET /' --algo bm --to 100 -m hashlimit --hashlimit-above 100 --hashlimit-name web -j MARK --set-mark 5/0xff
iptables -t mangle -P FOO ACCEPT
iptables -R INPUT 1 -p all -m mark --mark 1 -m physdev --physdev-is-bridged -j DROP
ip6tables -S FORWARD
ip6tables -D INPUT 3
ipset create six hash:ip family inet6
ip6tables -C FORWARD -d fd00:: -p sctp -m addrtype --dst-type BROADCAST -j DROP
ip6tables -A FORWARD -d fd00:: -p ipv6-icmp -m hl --hl-eq 10 -j MARK --set-mark 5/0xff
ip6tables -t filter -E RCHAIN RCHAIN-2
ip6tables -t mangle -A PREROUTING -s fd00::/64 -i br0 -p sctp
ip6tables -t nat -L -v -Z
iptables -A INPUT -p tcp -j SET --del-set blk src
iptables -t mangle -A OUTPUT -m physdev ! --physdev-is-in -j SET --add-set blk src
ipset list
iptables -t security -Z FORWARD 1
iptables -S FORWARD 1
iptables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [0:997]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -s 198.120.239.213/24 -p sctp -j CONNMARK --set-mark 0x2
-A KUBE-SERVICES ! -s 10.206.58.168 -p tcp -j CT --notrack
COMMIT
EOF
ip6tables -t security -F
ip6tables -D OUTPUT 3
ip6tables -C OUTPUT -p sctp -m state ! --state INVALID -j CONNMARK --save-mark
ipset create svc hash:ip,port
ip6tables -L INPUT 1 -n -v
ipset create six hash:ip family inet6
ip6tables -t mangle -w 1 --append NOPE -o cni0 -p tcp --tcp-flags ALL NONE -j TRACE
ip6tables -t raw -A RCHAIN -s fd00:a:b:: -j TRACE
ip6tables --list INPUT --numeric --line-numbers
ip6tables -Z INPUT
ipset add blk 10.0.1.1
ipset destroy nets
iptables-save
ip6tables-save
