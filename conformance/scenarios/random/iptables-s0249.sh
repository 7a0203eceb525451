# Random iptables/ip6tables rule set, seed 249 (conformance/generators/iptables.ts)
iptables -X FORWARD
iptables -t nat -P FOO RETURN
iptables -t raw -L -x -v -n
iptables -t nat -X OUTPUT
iptables -t nat -L -n -v
iptables -t nat -Z
iptables-save
iptables -t nat -I OUTPUT 2 -o docker0 -p tcp -m multiport --sports http,https -m connlimit --connlimit-above 100 -j SET --del-set blk dst
iptables -t filter -D FORWARD 1
ipset create six hash:ip family inet6
iptables -t raw -v -I OUTPUT 2 -d 10.208.170.232 -p sctp -m iprange --dst-range 10.0.0.1-10.0.0.55 -j RETURN
iptables -L -n
iptables -A OUTPUT -o cni0 -p 47 -j MARK --xor-mark 0x3
iptables-save -c
iptables -L -n --line-numbers
iptables-save -c -t filter
iptables -C FORWARD -i veth+ -o eth1 -p all -j LOG --log-prefix "drop" --log-level crit
iptables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
[0:417] -A OUTPUT -s 192.170.194.22 -d 198.155.127.189/32 ! -p tcp -m physdev --physdev-is-bridged -m connbytes --connbytes 1000: --connbytes-dir both --connbytes-mode avgpkt -j REJECT --reject-with icmp-net-unreachable
COMMIT
EOF
ip6tables -A OUTPUT -c 347 72991 ! -d 2001:db8:1::1/16 ! -o eth+ -p 47 -m connbytes ! --connbytes 1000: --connbytes-dir reply --connbytes-mode packets -j LOG --log-prefix "x y" --log-level 7
ip6tables -t filter -I NOPE -p tcp -m comment --comment docker -m addrtype ! --dst-type MULTICAST -j DROP
ipset add svc 10.96.0.1,tcp:80
ip6tables -t mangle -A INPUT -p udp -j LOG --log-level info
ip6tables -A INPUT -p tcp -j CONNMARK --save-mark
ip6tables -t security -S FORWARD 3
ipset test blk 10.0.2.0
ip6tables -t security -I OUTPUT -s fd00::/32 ! -d ::1 -m connmark ! --mark 5/0xff -j NFQUEUE --queue-balance 0:3 --queue-bypass
ip6tables -t filter -A FORWARD -s fe80::1 -p udp -j NFQUEUE --queue-num 2 --queue-bypass
ip6tables -t security -D FORWARD 4
iptables -t security -A OUTPUT -p tcp -m addrtype ! --dst-type BROADCAST -j SET --add-set nets src
iptables -I FORWARD 1 -s 10.111.51.37 -o eth1 -p tcp -j RETURN
ip6tables -t raw -w 1 --append PREROUTING ! -i veth+
ip6tables-save -c -t security
ip6tables -t security -v -A FORWARD -s 2001:db8:: -d fd00::/16 -p ipv6-icmp -j TRACE
ip6tables -t nat -D POSTROUTING ! -s fe80::1 -d ::1/16 -p tcp -m hl --hl-lt 56 -j TRACE
ipset create six hash:ip family inet6
ip6tables -t filter -L
iptables -t filter -A RCHAIN -s 192.39.237.214/24 -i br0 -p udp -j ACCEPT
iptables -t mangle -D FORWARD -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables -A RCHAIN -o eth1 -p tcp -m hashlimit --hashlimit-above 10/sec --hashlimit-burst 100 --hashlimit-name ssh -j LOG
iptables -t nat -A OUTPUT -d 172.165.54.69 -o eth+ -p 47 -m hashlimit --hashlimit-upto 100 --hashlimit-burst 10 --hashlimit-mode dstip,dstport --hashlimit-name web -m set --match-set svc src,dst --return-nomatch -j DNAT --to-destination 10.0.0.2
iptables -t nat -X POSTROUTING
iptables -E RCHAIN RCHAIN-2
iptables -A INPUT -i br0 -p udp -j DROP
iptables -t security -v -I OUTPUT 1 -s 192.81.179.184/0 -p tcp -m recent --rcheck --name DEFAULT -j ACCEPT
iptables -L OUTPUT 1 -n -v
iptables -t security -A INPUT -p udp -m ttl --ttl-lt 100 -j TRACE
ipset -exist create blk hash:ip timeout 600
iptables -A INPUT -s 172.180.82.54/16 -i eth0 -p all -g RCHAIN-2
iptables -L FORWARD 2 -n -v
iptables -t filter -X RCHAIN-2
ip6tables -S -v
ip6tables -N DOCKER-USER
ip6tables -t nat -F
ip6tables -t filter -A OUTPUT ! -s ::1/48 -m comment --comment "a/b:c -> 10.0.0.1:80" -m statistic --mode nth --every 10 --packet 0 -j MARK --and-mark 0xff
ip6tables -A FORWARD -s fe80::1/16 -d fd00:: -m helper --helper ftp -g DOCKER-USER
ip6tables -X OUTPUT
ipset add svc 10.96.0.0,tcp:443
iptables -t raw -A OUTPUT -c 345 15254 -p all -m mark --mark 0x4000/0x4000 -m physdev --physdev-out eth+ -j CONNMARK --restore-mark --mask 0xff
ip6tables -t mangle -D OUTPUT ! -s 2001:db8::/64 -p ipv6-icmp -m conntrack ! --ctstate NEW -m hashlimit --hashlimit-upto 1/hour --hashlimit-mode srcip,srcport --hashlimit-name web
ip6tables -t nat -X OUTPUT
ip6tables -t mangle -P POSTROUTING ACCEPT
ip6tables -L
ip6tables -t raw -S PREROUTING
ip6tables -L -v -Z
ipset add svc 10.96.0.0,tcp:80
iptables -A FORWARD -s 127.129.156.24 -i lo -p icmp -m mark ! --mark 0x10/0xf0 -m helper --helper sip -j MARK --and-mark 0xff
iptables-restore <<'EOF'
*mangle
:PREROUTING DROP [4:506]
:DOCKER - [0:0]
[4:203] -A POSTROUTING -m dscp --dscp 10 -g DOCKER
COMMIT
EOF
iptables -t filter -I OUTPUT -p icmp -j ACCEPT
iptables -t filter -A FORWARD -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.158 -m hashlimit --hashlimit-above 5/min --hashlimit-mode srcip --hashlimit-name ssh -g RCHAIN-2
ip6tables -Z OUTPUT 2
iptables-save
ip6tables-save
