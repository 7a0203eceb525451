# Random iptables/ip6tables rule set, seed 218 (conformance/generators/iptables.ts)
ipset add blk 10.0.0.2
ip6tables -w 1 --append INPUT -i docker0 -p sctp -j SET --del-set six src
ip6tables -t filter -A OUTPUT -s fd00::/128 -o eth1 -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -j ACCEPT
ip6tables -t raw -S OUTPUT 1
iptables-save -c -t security
ipset create nets hash:net
iptables -t nat -X POSTROUTING
iptables -t nat -D INPUT -m quota --quota 1000 -j NFQUEUE --queue-num 2 --queue-bypass
iptables -t mangle -D FORWARD -s 198.60.104.99/32 ! -d 192.41.226.211/24 -i eth0 -o docker0 -m set --match-set blk src,dst -m mark ! --mark 0x4000/0x4000 -j NFQUEUE --queue-num 3
iptables -L -n -v
iptables -t filter -F
ip6tables -nvL
ip6tables -t security -S FORWARD 2
ip6tables -S OUTPUT 3
ip6tables -t raw --list OUTPUT --numeric --line-numbers
iptables-save -c
iptables -t security -w 1 --append FORWARD -m recent --set --seconds 1 -m iprange --dst-range 10.0.0.1-10.0.0.18 -j LOG --log-prefix "IN: "
iptables -A OUTPUT ! -d 172.10.30.146 -p udp -m state --state INVALID -m udp ! --dport 3000:1000 -j LOG
iptables -t filter -L FORWARD -n -v --line-numbers
iptables -t mangle -A PREROUTING -s 127.76.12.143/16 -p icmp -m quota --quota 50000 -j DSCP --set-dscp 0x2e
ipset add six 2001:db8::1
iptables -v -A FORWARD -p icmp -j TRACE
iptables -t security -A INPUT -p all -m dscp --dscp-class EF -j MARK --and-mark 0xff
iptables -t mangle -A FORWARD -c 76 63094 -s 192.182.172.170/16 -i br0 -j TTL --ttl-set 64
iptables-save -c
iptables-restore <<'EOF'
*filter
:INPUT DROP [5:75]
:RCHAIN - [0:0]
[0:295] -A FORWARD -i veth+ ! -o eth1 -m connmark ! --mark 5/0xff -m recent --set --hitcount 20 -j NFQUEUE
COMMIT
EOF
ipset create nets hash:net
iptables -L -n --line-numbers
ip6tables -t security -I OUTPUT 1 -d fe80::1/127 -p udp -m state ! --state NEW -j MARK --set-mark 5/0xff
ip6tables-restore <<'EOF'
*nat
:PREROUTING DROP [5:499]
:KUBE-SERVICES - [0:0]
-A PREROUTING -s 2001:db8:: -i br0 -p tcp -m length --length 100:200 -m statistic --mode nth --every 2 --packet 1 -j NFQUEUE
-A OUTPUT -s ::1/48 -p 47 -j RETURN
-A KUBE-SERVICES -p 47 -m connmark ! --mark 0x1 -m mark ! --mark 0x4000/0x4000 -j RETURN
-A POSTROUTING -d fd00:: -p ipv6-icmp -m pkttype --pkt-type unicast -j KUBE-SERVICES
COMMIT
EOF
ip6tables -t filter -P FOO RETURN
ip6tables -t nat -A KUBE-SERVICES ! -s fe80::1 -p all -m helper --helper sip -j RETURN
ip6tables-save -t mangle -c
ip6tables -A INPUT -i veth+ -m hl --hl-gt 21 -j NFLOG --nflog-group 2
ip6tables -L -v -Z
ip6tables -t mangle -S OUTPUT
ip6tables -t filter -L -n --line-numbers
ip6tables -F
ip6tables-save -c
ip6tables -t filter -A OUTPUT -s fd00:a:b::/32 ! -i veth+ -m conntrack --ctstate UNTRACKED -j TRACE
ip6tables -Z FORWARD
ip6tables -t mangle -A POSTROUTING -o docker0 ! -p tcp -m helper --helper sip -j LOG --log-level 4
iptables -t raw -A PREROUTING -c 781 31414 -d 172.88.138.202 ! -i eth0 -j MARK --set-mark 0x1
iptables -D RCHAIN 3
iptables -t security -I INPUT -d 198.224.23.125 ! -i lo -m connmark ! --mark 5/0xff -j NFLOG --nflog-group 1
iptables-save
ip6tables -F
ip6tables -X
ip6tables -A OUTPUT -o eth1 -j CONNMARK --set-mark 0x2
ip6tables -t filter -I INPUT -p udp -j ACCEPT
ip6tables -t filter -A FORWARD -p tcp -j RETURN
iptables -t nat -A INPUT -m connmark --mark 5/0xff -m statistic --mode nth --every 2 --packet 0 -j NFQUEUE --queue-balance 0:3 --queue-bypass
iptables -t filter -v -A FORWARD -m statistic --mode random --probability 0.1 -m state --state NEW -j CONNMARK --restore-mark --mask 0xff
ip6tables -Z OUTPUT 1
iptables -A OUTPUT -p tcp -j TRACE
iptables -t filter -X INPUT
iptables -t filter -L RCHAIN -n -v --line-numbers
iptables -t mangle -Z
iptables -A OUTPUT -c 853 17359 -m physdev --physdev-in veth0 -m length --length 0:64 -j NFLOG --nflog-group 3
iptables -t mangle -A FORWARD -i eth0 -m dscp --dscp-class AF41
iptables -N MYCHAIN
iptables -t nat -w 1 --append PREROUTING -p tcp -j LOG --log-level 4
iptables -t security -F
iptables -t filter -A RCHAIN -s 198.228.203.83/16 ! -p tcp -m recent --remove --name DEFAULT --seconds 60 -j LOG
iptables -v -A MYCHAIN -s 127.81.43.31/12 -m recent --set --name SSH --seconds 60 -g MYCHAIN
iptables -t security -F
iptables -t nat -A POSTROUTING -p udp -m helper --helper ftp -j MASQUERADE --random-fully
iptables -t nat -v -A INPUT ! -i lo -p udp -m mac --mac-source 02:00:00:00:00:34 -m connbytes ! --connbytes 0:500 --connbytes-dir original --connbytes-mode bytes -j DROP
ipset del blk 10.0.0.3
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [7:581]
:RCHAIN - [0:0]
[2:197] -A OUTPUT ! -d 192.42.163.163 -p icmp -m ttl --ttl-lt 19 -m pkttype --pkt-type multicast -j LOG
-A RCHAIN -p tcp -m statistic --mode nth --every 3 --packet 1 -m addrtype --src-type UNICAST -j SET --del-set nets dst
COMMIT
EOF
iptables-save
ip6tables-save
