# Random iptables/ip6tables rule set, seed 224 (conformance/generators/iptables.ts)
iptables -t security -A OUTPUT -c 408 20871 -s 10.186.31.178/0 -m length ! --length 0:64 -j ACCEPT
ip6tables -A FORWARD -m connlimit --connlimit-above 100 --connlimit-mask 64 -j DROP
ip6tables -t filter -L -n --line-numbers
ip6tables -t nat -R INPUT 3 -s 2001:db8:: -i veth+ -p all -m hl --hl-eq 83 -j CONNMARK --set-mark 0x2
ip6tables -t filter --list INPUT --numeric --line-numbers
ip6tables -t filter -L OUTPUT
ip6tables -t filter -v -A FORWARD -m conntrack --ctstate INVALID -m connbytes --connbytes 1000: --connbytes-dir both --connbytes-mode bytes -j ACCEPT
ip6tables -t mangle -A POSTROUTING -c 439 73506 ! -s 2001:db8:: -p all -m quota ! --quota 50000 -m statistic --mode nth --every 2 --packet 1 -j MARK --and-mark 0xff
ip6tables -R FORWARD 2 -s fd00:a:b:: ! -d 2001:db8::/48 -p all -m length --length 100:200 -j HL --hl-dec 1
ip6tables -v -X
ip6tables -t security -S
iptables -t raw -P OUTPUT RETURN
ip6tables -t nat --list POSTROUTING --numeric --line-numbers
ip6tables -t nat -A OUTPUT -p ipv6-icmp -m addrtype --dst-type UNICAST -j REDIRECT
ip6tables -t raw -D PREROUTING -p sctp -m rpfilter --validmark --accept-local -m comment --comment x_y-z -j ACCEPT
ip6tables -t filter -D INPUT -s 2001:db8:1::1 -p udp -j LOG --log-level 4
ipset add nets 10.1.0.0/16
ip6tables -t filter -A OUTPUT -p all -j NFQUEUE --queue-balance 0:3 --queue-bypass
ip6tables -t filter -v -X
ip6tables -t nat -A OUTPUT -p tcp -j DNAT --to-destination '[fd00::3]:8080'
ip6tables -t mangle -C FORWARD -s fe80::1 -i eth0 -p tcp -m string --string 'GET /' --algo kmp --to 40 -j NFLOG --nflog-group 2 --nflog-prefix p
ipset test blk 10.0.2.0
ip6tables -A FORWARD -s 2001:db8::/64 ! -o eth+ -p tcp -m pkttype ! --pkt-type unicast -j TRACE
ip6tables -v -F INPUT
ip6tables -t mangle -F
ip6tables -D OUTPUT 1
ip6tables --list INPUT --numeric --line-numbers
ip6tables -t mangle -F
ip6tables -D FORWARD -o eth1 -p 47 -m addrtype --src-type UNICAST -m addrtype --src-type LOCAL -j REJECT --reject-with icmp6-no-route
iptables -A INPUT ! -s 127.103.215.165/24 -j NFLOG --nflog-group 0
iptables -t nat -L OUTPUT -n -v --line-numbers
ip6tables -t security -S OUTPUT 3
ip6tables -A INPUT -s 2001:db8:1::1/32 -d 2001:db8:1::1/32 -i br0 -p all -m helper --helper ftp
ip6tables -t raw -w 1 --append OUTPUT -p ipv6-icmp -m state ! --state NEW -j NFLOG --nflog-group 0
ip6tables -t mangle -A POSTROUTING -m helper --helper ftp -j DSCP --set-dscp 10
ip6tables -L FORWARD 2 -n -v
ip6tables -A INPUT -s fd00:a:b:: ! -p tcp -m hl --hl-gt 61 -j ACCEPT
ip6tables -t security -F
ip6tables -A INPUT -i lo -p all -j MARK --set-mark 5/0xff
ip6tables -S -v
ip6tables -t nat -L POSTROUTING 3 -n -v
ip6tables -t mangle -I PREROUTING -d fe80::1 -p all -m helper --helper sip -m rpfilter --loose -j LOG --log-prefix "IN: " --log-level crit
ip6tables -P OUTPUT DROP
iptables -t filter -I FORWARD 4 -d 10.239.147.88 -p tcp -j SET --add-set nets dst
ip6tables -A INPUT -s ::1 -p tcp -j TRACE
ip6tables -A INPUT -i veth+ -p udp -m rpfilter --validmark --accept-local
ipset -exist create blk hash:ip
iptables-save
iptables -t mangle -L -n
ipset destroy svc
iptables -A OUTPUT -o eth+ -j DSCP --set-dscp 0x2e
iptables -t filter -N KUBE-SVC-ABC
iptables-save -c -t security
iptables -L -v -Z
ip6tables -A FORWARD -s fd00:a:b::/64 -d 2001:db8:1::1/48 ! -o eth+ -p tcp -m statistic --mode nth --every 3 --packet 0 -m connbytes --connbytes 0:500 --connbytes-dir both --connbytes-mode bytes -j TRACE
ipset add blk 10.0.1.1
iptables -t raw -S OUTPUT 1
ip6tables -L OUTPUT -n -v --line-numbers
ip6tables-save -c
ip6tables -v -F INPUT
iptables -t raw -I PREROUTING 3 -i veth+
iptables -A OUTPUT -p 47 -m helper --helper ftp -m owner --uid-owner 65534 -j MARK --xor-mark 0x3
iptables -v -I OUTPUT 1 -p udp -m conntrack --ctstate UNTRACKED -m udp --dport 443 -j REJECT --reject-with icmp-net-unreachable
iptables -t filter -S -v
iptables -t nat -A PREROUTING -c 945 83598 -s 172.1.55.15/12 ! -d 172.139.65.146 ! -i veth+ -p icmp -m pkttype --pkt-type unicast -j MASQUERADE
ip6tables -t raw -F
ip6tables -t security -A OUTPUT -m helper --helper sip -m rpfilter --loose -j NFQUEUE
ip6tables -A INPUT -s fd00:a:b::/48 -d fd00:: -p tcp -m addrtype --dst-type BROADCAST --sport 53:65535 -j DROP
ip6tables -N LOGDROP
ip6tables-save -c
iptables-save
ip6tables-save
