# Random iptables/ip6tables rule set, seed 230 (conformance/generators/iptables.ts)
ip6tables -t nat -D POSTROUTING -d 2001:db8::/16 -p udp --sport 22:1000 -m hashlimit --hashlimit-upto 10/sec --hashlimit-burst 10 --hashlimit-mode srcip --hashlimit-name web -j LOG --log-prefix "x y" --log-level debug
ip6tables -t nat -w 1 --append PREROUTING -p 47 -m quota --quota 50000 -j REJECT
ip6tables -t filter -A INPUT -j LOG --log-prefix "x y"
ip6tables -I FORWARD 3 -p tcp -j ACCEPT
ip6tables -t filter -N DOCKER-USER
ip6tables -A DOCKER-USER -s fd00:a:b::/127 -d fe80::1 -p ipv6-icmp -m iprange --src-range 2001:db8::1-2001:db8::9 -g DOCKER-USER
iptables -A OUTPUT ! -s 192.152.49.230 -p icmp -m state --state INVALID -m connmark ! --mark 0x1 -j DROP
ipset test blk 10.0.0.3
iptables -X
ip6tables -t mangle -A NOPE ! -d fd00:a:b::/128 -o docker0 -p tcp -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -t security -A FORWARD ! -i lo -j NFQUEUE --queue-num 3
ip6tables -t raw -A NOPE -c 80 76461 -p all -j LOG
ip6tables -t filter -A DOCKER-USER -c 882 83666 -p 47 -m pkttype --pkt-type broadcast -m state --state ESTABLISHED,RELATED -j NFLOG --nflog-group 0
ip6tables -w 1 --append FORWARD ! -d 2001:db8:1::1/64 -j RETURN
iptables -t filter -L -n -v
iptables -t filter -A FORWARD -p tcp -m conntrack ! --ctstate NEW -m string --string 'GET /' --algo kmp --icase -j LOG --log-level 7
iptables -v -X
ip6tables -t security -L -x -v -n
ip6tables -L -v -Z
iptables -t security -Z
iptables -I FORWARD 3 -p sctp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j TRACE
iptables-save -t security -c
iptables -t filter -L INPUT 3 -n -v
iptables -R FORWARD 2 -s 10.189.210.90/30 -p icmp -j REJECT
iptables -t mangle -A POSTROUTING -c 532 89128 -d 172.158.40.122/8 -m rpfilter --validmark --accept-local -m mark --mark 0xffffffff -j ACCEPT
iptables -t mangle -A PREROUTING -m mark --mark 0x10/0xf0 -j RETURN
iptables -t mangle -L -n
iptables -Z FORWARD
iptables -t security -D OUTPUT 4
iptables -t filter -I FORWARD 3 -p all -m iprange --dst-range 10.0.0.1-10.0.0.197 -j NFLOG --nflog-group 0
iptables-restore --noflush <<'EOF'
*security
:INPUT DROP [6:208]
:KUBE-SERVICES - [0:0]
[2:161] -A INPUT -s 172.127.83.59 -m state ! --state NEW -m hashlimit --hashlimit-upto 10/sec --hashlimit-mode dstip,dstport --hashlimit-name ssh --hashlimit-htable-expire 30000 -g KUBE-SERVICES
COMMIT
EOF
iptables -t filter -S
iptables -t security -w 1 --append FORWARD ! -i veth+ -o eth1 -g KUBE-SERVICES
ipset add nets 10.2.0.0/16
ipset add nets 10.0.0.0/16
iptables -t raw -D PREROUTING ! -d 192.149.70.108/8 ! -i docker0 -p udp -j TRACE
iptables -t security -I FORWARD 3 -d 10.118.53.162/0 -o docker0 -p tcp -j KUBE-SERVICES
ip6tables -L -v -Z
ip6tables -t raw --list PREROUTING --numeric --line-numbers
ip6tables -A DOCKER-USER -d fd00:a:b:: -j TRACE
ip6tables -t raw --list OUTPUT --numeric --line-numbers
ip6tables -t raw -R PREROUTING 2 -s 2001:db8:1::1 -p 47 -m statistic --mode nth --every 3 --packet 0 -j NFLOG --nflog-group 1 --nflog-prefix p
ipset destroy blk
ip6tables -t mangle -A PREROUTING -o cni0 -m mark --mark 0x10/0xf0 -m connlimit --connlimit-upto 100 -j CONNMARK --restore-mark
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [7:806]
:RCHAIN - [0:0]
-A OUTPUT -o eth1 -p ipv6-icmp -m limit --limit 3/s -j MARK --xor-mark 0x3
[2:243] -A RCHAIN -d fd00:a:b:: -i br0 -g RCHAIN
COMMIT
EOF
ip6tables -t raw -L -v -Z
ip6tables -t raw -v -A PREROUTING -s ::1/48 ! -i br0 -p sctp -j CT --zone 3
iptables -t nat -v -X
ip6tables -C RCHAIN -p tcp -m recent --update --name DEFAULT -j RCHAIN
ip6tables -S FORWARD 1
ip6tables-restore <<'EOF'
*nat
:RCHAIN - [0:0]
-A PREROUTING ! -s ::1/64 -p udp -m mac ! --mac-source 02:00:00:00:00:46 -g RCHAIN
-A POSTROUTING -s fd00:a:b:: -p tcp -j RETURN
COMMIT
EOF
ip6tables -t filter -L -v -Z
ip6tables -P OUTPUT RETURN
ip6tables -t mangle -A POSTROUTING -p all -j NFQUEUE
ipset test blk 10.0.2.1
ip6tables -t nat -F RCHAIN
ip6tables -t nat -D PREROUTING 1
ip6tables -t security -A OUTPUT -m mark --mark 0x10/0xf0 -m addrtype --src-type UNICAST -j TRACE
ipset add svc 10.96.0.0,tcp:80
iptables -S FORWARD 2
iptables -t filter --list INPUT --numeric --line-numbers
iptables -t raw -F
ipset add svc 10.96.0.1,tcp:80
iptables-save
iptables -w 1 --append OUTPUT -p udp -m length --length 1500 -m connlimit --connlimit-above 100 --connlimit-daddr -j NFQUEUE
iptables -A FORWARD ! -s 127.210.170.202 -p tcp -m quota --quota 1000 -j TRACE
ipset test blk 10.0.1.0
iptables -t mangle -A FORWARD -s 172.235.76.245 -d 10.129.153.112 -i eth0 -o cni0 -p all -j MARK --set-mark 5/0xff
iptables -t security -I FORWARD 2 ! -i veth+ -o docker0 -p 47 -m physdev --physdev-in veth0 -m connlimit --connlimit-upto 5 --connlimit-mask 16 -j ACCEPT
ip6tables -t security -L INPUT 2 -n -v
iptables-save
ip6tables-save
