# Random iptables/ip6tables rule set, seed 220 (conformance/generators/iptables.ts)
iptables -v -A OUTPUT -p udp -m connbytes --connbytes 1000: --connbytes-dir reply --connbytes-mode avgpkt -m limit --limit 3/s --limit-burst 20 -j DROP
ip6tables-save
ip6tables -t filter --list INPUT --numeric --line-numbers
ip6tables -t security -A FORWARD -d fe80::1/128 -o eth1 -p udp -j RETURN
ip6tables -t nat -v -X
ip6tables -t raw -A OUTPUT -s fd00:: -m recent --remove --name web -m owner --uid-owner 100-200 -j NOTRACK
iptables-restore --noflush -c <<'EOF'
*raw
:PREROUTING ACCEPT [0:892]
:RCHAIN - [0:0]
-A PREROUTING -i docker0 -p sctp -m iprange --dst-range 10.0.0.1-10.0.0.88 -j NFQUEUE --queue-num 3
-A OUTPUT -s 127.177.147.227/12 -p 47 -m addrtype --src-type UNICAST -m statistic --mode nth --every 10 --packet 1 -j ACCEPT
-A OUTPUT -p 47 -m connlimit --connlimit-upto 5 --connlimit-mask 16 -j CONNMARK --restore-mark --mask 0xff
COMMIT
EOF
iptables -L -x -v -n
iptables -D OUTPUT 4
iptables -S OUTPUT 1
iptables -t nat -A INPUT -p udp -m mac ! --mac-source 02:00:00:00:00:40 -j CONNMARK --restore-mark
ip6tables -P FOO DROP
ip6tables -t security -I OUTPUT 2 -d 2001:db8:: -m pkttype --pkt-type unicast -m set ! --match-set six dst -j NFQUEUE --queue-num 2 --queue-bypass
ip6tables -t security -L -v
ip6tables -X OUTPUT
ip6tables-save -c
ip6tables -F
ip6tables -t security -v -X
ipset add six 2001:db8::1
ip6tables -t mangle -v -F OUTPUT
ipset list -t
iptables-save -c
iptables -t raw -E RCHAIN RCHAIN-2
iptables -A OUTPUT ! -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.125 -j CONNMARK --restore-mark --mask 0xff
iptables -t mangle -w 1 --append POSTROUTING -p all -m dscp --dscp-class EF -m conntrack --ctstate RELATED,ESTABLISHED -j RETURN
iptables -t security -S FORWARD
iptables -t raw -X PREROUTING
ipset add nets 10.0.0.0/16
ip6tables -t filter -F
ipset create svc hash:ip,port
ip6tables -t raw -v -X
iptables -t filter -A FORWARD -p sctp -j TRACE
iptables -D FORWARD -s 10.61.21.116/24 -i lo -p tcp -j SET --add-set blk src
iptables-save
iptables -t filter -w 1 --append INPUT -j DROP
iptables -t mangle -I PREROUTING 3 ! -s 192.136.47.64/16 -p udp -j SET --del-set blk src
iptables-save -t security
ipset create blk hash:ip timeout 600
ip6tables-restore <<'EOF'
*mangle
:PREROUTING DROP [0:70]
:DOCKER - [0:0]
-A OUTPUT -p sctp -m connmark --mark 0x1 -j NFLOG --nflog-group 1 --nflog-prefix p
-A PREROUTING -d 2001:db8:1::1/64 -m connmark --mark 0x1 -m hl --hl-eq 7 -j SET --del-set six src
COMMIT
EOF
iptables -X INPUT
iptables-restore <<'EOF'
*raw
:DOCKER - [0:0]
-A DOCKER -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j NOTRACK
-A PREROUTING -d 10.152.93.16 -i br0 -p all -m ttl --ttl-gt 91 -j DOCKER
COMMIT
EOF
ip6tables -t security -X
ipset flush nets
iptables -D NOPE -p tcp -m connbytes --connbytes 10 --connbytes-dir original --connbytes-mode packets -j REJECT
ip6tables -t filter -I FORWARD -s 2001:db8:: -p udp -m physdev ! --physdev-is-in -j NFLOG --nflog-group 2
iptables -A OUTPUT ! -s 172.130.104.249/12 -d 172.60.71.245 -p all -m ttl --ttl-lt 108 -j MARK --set-mark 5/0xff
ipset destroy six
iptables -v -I FORWARD 1 -d 198.59.65.120 -o cni0 -p sctp -m connbytes --connbytes 0:500 --connbytes-dir original --connbytes-mode packets -j RETURN
iptables -A FORWARD -s 172.61.249.128 -d 172.128.199.117/24 -i veth+ -p icmp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j CHECKSUM --checksum-fill
ip6tables -L -v -Z
iptables -A OUTPUT -p all -m quota --quota 50000
iptables -t raw -A OUTPUT -d 198.209.9.226/0 -p tcp -m conntrack --ctstate NEW -j NFQUEUE --queue-num 3
iptables -F
iptables -t raw -N LOGDROP
ipset add svc 10.96.0.1,tcp:443
ip6tables -t filter -v -A INPUT -d fd00:a:b:: -p tcp -j REJECT --reject-with icmp6-port-unreachable
iptables -t security -D OUTPUT -p udp -j ACCEPT
iptables -t raw -Z PREROUTING 2
iptables -w 1 --append INPUT -s 192.181.21.84 -p icmp -j CONNMARK --restore-mark --mask 0xff
iptables -C OUTPUT -s 192.91.102.153 -o eth1 -p udp -m dscp --dscp-class AF41 -m pkttype --pkt-type broadcast -j NFQUEUE --queue-num 3
ipset create nets hash:net
iptables -A FORWARD -s 198.49.186.207/0 -p tcp -m set --match-set nope src,dst --return-nomatch -m comment --comment docker -j MARK --set-mark 0x1
iptables -t filter --list FORWARD --numeric --line-numbers
iptables -t mangle -C INPUT -p tcp -m mark --mark 0xffffffff -j CHECKSUM --checksum-fill
ipset add six 2001:db8::1
ipset create blk hash:ip
ipset list
iptables -t filter -A NOPE ! -o docker0 -m connbytes --connbytes 0:500 --connbytes-dir reply --connbytes-mode bytes -j REJECT --reject-with icmp-net-unreachable
ipset destroy nets
iptables -t security -P INPUT DROP
iptables-save
ip6tables-save
