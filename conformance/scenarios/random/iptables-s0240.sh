# Random iptables/ip6tables rule set, seed 240 (conformance/generators/iptables.ts)
iptables -t mangle -F
iptables -Z FORWARD 3
iptables --list OUTPUT --numeric --line-numbers
iptables -t raw -v -X
iptables -t security -L FORWARD 1 -n -v
iptables -t mangle -Z OUTPUT 2
ip6tables -t nat -S POSTROUTING 2
ip6tables --list FORWARD --numeric --line-numbers
ip6tables -A FORWARD -o docker0 -p tcp -m statistic --mode nth --every 2 --packet 0 -m conntrack --ctstate RELATED,ESTABLISHED -j CHECKSUM --checksum-fill
ipset add nets 10.0.0.0/16
ip6tables -t filter -A OUTPUT -m mark --mark 0x4000/0x4000 -m dscp --dscp-class EF -j REJECT --reject-with tcp-reset
ip6tables -t filter -N LOGDROP
ipset add nets 10.0.0.0/16
ipset add six 2001:db8::1
ip6tables -A INPUT -c 905 32046 ! -d 2001:db8::/32 -i veth+ -p tcp -m physdev ! --physdev-is-in -j LOG --log-prefix "x y"
ip6tables-save -c
ip6tables -A NOPE -c 493 67037 -o eth+ -p udp
ip6tables -L -x -v -n
ip6tables -v -X
ip6tables -t filter -F
ip6tables -v -X LOGDROP
ip6tables -P FORWARD DROP
ip6tables -t mangle -v -A POSTROUTING -p tcp -m addrtype --src-type LOCAL -j LOG
ip6tables -t security -L -n --line-numbers
ip6tables -A OUTPUT -d 2001:db8:1::1/64 -p sctp -m set --match-set six dst,dst -m statistic --mode random --probability 0.25000000000 -g LOGDROP
ip6tables -t mangle -A FORWARD -s fd00:a:b:: -o eth+ -p all -j TRACE
ip6tables -t raw -Z PREROUTING
ipset create blk hash:ip timeout 600
ip6tables -C FORWARD ! -s fe80::1/64 -i eth0 -p tcp --tcp-flags ALL ALL -j MARK --set-xmark 0x4000/0x4000
iptables-save -c -t filter
iptables -Z
ipset add six 2001:db8::1
iptables -t security -A OUTPUT -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -t mangle -F
iptables -t filter -v -X
iptables -t raw -A OUTPUT -s 198.124.51.213/8 -p tcp -j SET --add-set blk src
iptables -t nat -A POSTROUTING -o docker0 -m limit --limit 1/hour --limit-burst 20 -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -nvL
ip6tables -t raw -v -F
ip6tables -t nat -v -F
ip6tables -t filter -v -F OUTPUT
ip6tables -t security -D INPUT 3
ip6tables-save -c -t mangle
iptables -A FORWARD -o eth+ -p sctp -j SET --add-set nets src
iptables -t filter -Z
ipset create nets hash:net counters
iptables -t raw -X PREROUTING
ipset add six 2001:db8::1
ip6tables -I FORWARD 3 -p 47 -m hl --hl-lt 218 -j ACCEPT
ip6tables -t mangle -A POSTROUTING -c 428 23448 -p sctp -m length --length 0:64 -j DROP
iptables -A OUTPUT -s 10.122.123.131 ! -o eth+ -p tcp -j RETURN
ipset flush nets
ip6tables -t mangle -A FORWARD -s fd00:: ! -o docker0 -p tcp -m recent --remove --hitcount 4 --rdest -j NFQUEUE --queue-balance 0:3 --queue-bypass
ip6tables -t security -L OUTPUT
iptables-save
iptables -t raw -v -F
ipset flush blk
iptables -t nat -D OUTPUT 1
iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [5:782]
:RCHAIN - [0:0]
-A OUTPUT -s 10.36.39.249/12 ! -o docker0 -p icmp -m length --length 1500 -m comment --comment docker -j NFLOG --nflog-group 0 --nflog-prefix p
-A RCHAIN -p 47 -m limit --limit 5/min --limit-burst 5 -m physdev --physdev-is-bridged -j SET --add-set nets src
-A INPUT ! -s 198.186.159.253 -d 10.87.160.112 -p tcp -m tcp --dport 53:1000 -j REJECT --reject-with tcp-reset
COMMIT
EOF
iptables -v -A NOPE -i veth+ -p sctp -m set --match-set nets src,dst -m length --length 1500 -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -t filter -X RCHAIN
iptables -t security -P OUTPUT DROP
iptables -t raw -A PREROUTING -c 244 66838 -s 192.125.147.132/24 -p icmp -m connbytes --connbytes 1000: --connbytes-dir original --connbytes-mode avgpkt -m comment --comment docker -j DROP
ip6tables -t filter -I FORWARD 3 ! -s fe80::1/128 -m statistic --mode random --probability 0.1 -m recent --set --hitcount 20 -j DROP
ip6tables -t filter -P FOO RETURN
ip6tables -I NOPE -s 2001:db8:1::1 ! -d 2001:db8:: -i docker0 -o docker0 -p tcp -m string --string 'GET /' --algo bm --to 40 -j LOG --log-level crit
ipset destroy nets
ip6tables -A OUTPUT -p udp -m statistic --mode nth --every 10 --packet 1 -j REJECT
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [1:553]
:RCHAIN - [0:0]
-A INPUT -p sctp -m connlimit --connlimit-above 5 -j RETURN
-A INPUT -s ::1/32 -d ::1/128 -p sctp -j NFLOG --nflog-group 4 --nflog-prefix p
-A RCHAIN -s ::1/32 -d ::1 -j REJECT --reject-with icmp6-no-route
COMMIT
EOF
ipset create blk hash:ip
iptables-save
ip6tables-save
