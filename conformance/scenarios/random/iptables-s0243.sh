# Random iptables/ip6tables rule set, seed 243 (conformance/generators/iptables.ts)
iptables -A INPUT -i docker0 -p icmp -m addrtype --src-type UNICAST -j MARK --and-mark 0xff
ipset flush blk
ip6tables -v -I OUTPUT 3 -o docker0 -p 47 -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -t raw -D OUTPUT -s ::1/128 -o eth1 -p ipv6-icmp -m recent --remove -m conntrack ! --ctstate INVALID -j CONNMARK --set-mark 0x2
iptables -t security -P OUTPUT RETURN
iptables -R OUTPUT 2 -p tcp -j ACCEPT
iptables -t filter -D OUTPUT 3
ip6tables -t filter -A FORWARD -p tcp -j LOG --log-prefix "x y"
ip6tables -t raw -A OUTPUT -p tcp -j TRACE
iptables -t filter -A OUTPUT -c 102 8469 -d 10.83.8.167 -p tcp -m statistic --mode random --probability 0.5 -j TRACE
iptables -t mangle -A FORWARD ! -o eth1 -p all -m statistic --mode nth --every 3 --packet 0 -m mark --mark 0xffffffff -j DROP
ipset test blk 10.0.2.1
iptables -t mangle -L OUTPUT 3 -n -v
ip6tables -S OUTPUT
ip6tables -t raw -A PREROUTING -m dscp --dscp-class AF41 -m addrtype --dst-type UNICAST -j ACCEPT
ip6tables -t mangle -v -A PREROUTING -d fe80::1/16 -p sctp -m connmark --mark 0x1 -j TRACE
ip6tables-save -t raw
ip6tables -w 1 --append INPUT -d 2001:db8:: ! -i veth+ -p tcp -m hashlimit --hashlimit-upto 10/sec --hashlimit-burst 1 --hashlimit-mode srcip,srcport --hashlimit-name ssh --hashlimit-srcmask 16 -m physdev ! --physdev-is-in -j LOG
iptables -t mangle -A INPUT -i br0 -p udp -j ACCEPT
iptables -t filter -F
iptables -t filter -D INPUT 4
ipset destroy six
iptables -t mangle -A FORWARD -d 198.172.151.253/8 -m addrtype --dst-type UNICAST -j DROP
iptables -t raw -v -F
iptables-save -c
iptables -A OUTPUT -c 223 70411 -p all
ip6tables -t raw -C OUTPUT -s fd00:: -p 47 -m physdev --physdev-is-bridged -m string --hex-string '|0d0a|' --algo kmp --icase -j NOTRACK
ip6tables -t nat -L -v -Z
ip6tables -t filter -S OUTPUT 3
ip6tables -S OUTPUT 2
ip6tables -A FORWARD -p all
iptables -t security -v -A NOPE -d 198.164.23.29/30 ! -o eth1 -p all -m iprange ! --dst-range 10.0.0.1-10.0.0.61 -m set --match-set nets src,dst
iptables -t raw -A OUTPUT -c 428 53885 -p all -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m connlimit --connlimit-upto 5 --connlimit-mask 32 -j LOG --log-prefix "drop"
ip6tables -t mangle -L -v
ipset add six 2001:db8::1
ip6tables-save
iptables -I FORWARD -s 172.11.46.250 -p all -j CONNMARK --set-mark 0x2
iptables -t filter -L INPUT 1 -n -v
iptables -t filter -L OUTPUT
iptables -t nat -R INPUT 3 -p sctp -m state ! --state INVALID -j DROP
ip6tables -t security -Z INPUT 1
iptables-save -c
iptables -t raw -v -F
iptables -t raw -F
iptables -t nat -Z OUTPUT 2
iptables -L -v
iptables -t security -D INPUT -s 198.121.191.4/12 ! -i lo -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.170 -j ACCEPT
ipset create svc hash:ip,port
ip6tables -C OUTPUT -o eth+ -p ipv6-icmp -m string --string 'GET /' --algo bm -m dscp --dscp 10 -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t nat -X OUTPUT
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [6:958]
:DOCKER - [0:0]
[4:189] -A OUTPUT -d fd00:: -g DOCKER
-A FORWARD -d ::1 ! -p tcp -m set --match-set nope src,dst -j LOG --log-prefix "drop"
-A DOCKER -p all -j NFLOG --nflog-group 3
COMMIT
EOF
ip6tables -t filter -A DOCKER -s fe80::1/48 -p tcp -m connlimit ! --connlimit-above 5 -m pkttype --pkt-type multicast -j ACCEPT
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [5:787]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -d fd00:a:b::/48 -i lo -m physdev --physdev-out eth+ -m pkttype --pkt-type broadcast -j DSCP --set-dscp 0x2e
-A KUBE-SERVICES -i lo -o eth+ -p all -m iprange --src-range 2001:db8::1-2001:db8::9 -m string --string "GET /" --algo bm -j LOG --log-prefix "drop" --log-level 4
-A FORWARD ! -i eth0 -o cni0 -p tcp -j NFLOG --nflog-group 3 --nflog-prefix p
COMMIT
EOF
ip6tables-save -c -t nat
ip6tables -t raw -A PREROUTING -i veth+ -p udp -m pkttype --pkt-type unicast -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j NFQUEUE --queue-balance 0:3 --queue-bypass
ip6tables-save -c
ipset del blk 10.0.0.0
ip6tables -t nat -nvL
ipset flush nets
ip6tables -Z
ipset add svc 10.96.0.2,tcp:80
ipset create six hash:ip family inet6
ip6tables -t raw -L -v -Z
ip6tables -S -v
ip6tables -t mangle -w 1 --append NOPE ! -d 2001:db8:1::1 -p udp -m helper --helper sip -j CONNMARK --save-mark
ip6tables-save -c
ip6tables -t raw -D PREROUTING 2
iptables -t raw -S NOPE 1
iptables-save
iptables -A INPUT -d 10.22.113.125/0 -m recent ! --remove --name web --seconds 0 -j LOG --log-prefix "IN: " --log-level info
iptables-save
ip6tables-save
