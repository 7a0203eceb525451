# Random iptables/ip6tables rule set, seed 232 (conformance/generators/iptables.ts)
iptables -L INPUT 2 -n -v
ip6tables-save -c
ip6tables -t mangle -D POSTROUTING -p tcp -m hashlimit --hashlimit-above 10/sec --hashlimit-burst 1 --hashlimit-mode srcip,srcport --hashlimit-name web -m conntrack --ctstate NEW -j NFQUEUE --queue-balance 0:3 --queue-bypass
ip6tables-restore --noflush <<'EOF'
*mangle
:PREROUTING ACCEPT [8:105]
:KUBE-SERVICES - [0:0]
-A INPUT -p ipv6-icmp -j HL --hl-dec 1
-A PREROUTING ! -i lo -g KUBE-SERVICES
COMMIT
EOF
ipset -exist create blk hash:ip
iptables -t mangle -X
iptables -t raw -v -F
iptables -t nat -v -F OUTPUT
ipset destroy blk
ipset list -t
iptables -A OUTPUT -d 10.106.216.23/12 -p icmp -m helper --helper sip
iptables-save
iptables -t mangle -L INPUT 3 -n -v
iptables -S OUTPUT
iptables -t security -v -I FORWARD 1 -s 172.124.210.238/32 -o docker0 -p sctp -m set ! --match-set nope src,dst -m connbytes --connbytes 0:500 --connbytes-dir reply --connbytes-mode bytes -j ACCEPT
iptables -I INPUT 3 -p tcp -j LOG --log-prefix "IN: "
ip6tables -v -X
ip6tables -A INPUT -c 936 43080 ! -p tcp -m helper --helper sip -m state --state ESTABLISHED,RELATED -j SET --del-set six src
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [3:937]
:RCHAIN - [0:0]
-A RCHAIN ! -d 10.109.108.4/24 ! -o eth1 ! -p tcp -m addrtype --src-type UNICAST -j TRACE
COMMIT
EOF
iptables -L RCHAIN 1 -n -v
iptables -t filter -A FORWARD -o cni0 -p all -m string --hex-string '|0d0a|' --algo bm -m statistic --mode random --probability 0.1 -j RETURN
ipset list -n
iptables -t filter -L FORWARD 1 -n -v
iptables -t nat -A INPUT -s 192.124.29.210/30 -d 172.215.82.58 -p tcp -m physdev --physdev-in veth0 -j MARK --set-xmark 0x4000/0x4000
ipset del blk 10.0.1.0
ip6tables -t nat -A OUTPUT -p tcp -m multiport --ports http,https -j NFQUEUE --queue-num 2 --queue-bypass
ip6tables -t raw -X OUTPUT
ipset add svc 10.96.0.2,tcp:80
ipset add nets 10.1.0.0/16
iptables -t raw -v -A PREROUTING -p all -j NFLOG --nflog-group 1 --nflog-prefix p
iptables-save -c -t filter
ipset destroy nets
ipset add svc 10.96.0.0,tcp:80
iptables -A RCHAIN -p udp -m length --length 1500 -j SET --del-set nets src
ip6tables-save -t filter
ip6tables -A FORWARD -d 2001:db8:1::1 -o eth+ -p udp -m state --state ESTABLISHED,RELATED -m iprange --src-range 2001:db8::1-2001:db8::9
ip6tables -t nat -C PREROUTING -d fd00::/32 -p udp -m pkttype --pkt-type broadcast -j ACCEPT
ip6tables -t security -F
iptables -t raw -A OUTPUT -s 10.198.161.150/0 -d 198.197.56.214 -o eth+ -j NOTRACK
iptables-save
ip6tables -t raw -A OUTPUT -p 47 -m rpfilter -j TRACE
ip6tables -I FORWARD 2 -m mark ! --mark 0x10/0xf0 -m rpfilter -j MARK --and-mark 0xff
ip6tables-save -c -t filter
iptables -Z
iptables -v -A FORWARD -s 127.78.135.201 -j DROP
ipset create six hash:ip family inet6
iptables -t nat -F
iptables -t filter -D OUTPUT -p udp -m connlimit --connlimit-above 100 --connlimit-mask 24 -j SET --del-set blk dst
iptables -t filter -S OUTPUT 1
ipset test blk 10.0.0.1
iptables-save -c -t nat
iptables -Z RCHAIN 1
iptables -t mangle -L -v -Z
iptables -t filter -S FORWARD 3
iptables -t mangle -N KUBE-SVC-ABC
iptables -t raw -S PREROUTING 3
ip6tables -t raw -S PREROUTING 3
iptables -t filter -v -I INPUT 2 -d 127.53.164.80/8 -j TRACE
ipset list -t
iptables -S NOPE 1
iptables -t mangle -Z FORWARD 1
ipset add six 2001:db8::1
iptables -X OUTPUT
iptables-save
ipset add blk 10.0.0.1
iptables -t filter -A OUTPUT -m dscp --dscp 10 -j REJECT
iptables -I OUTPUT 3 -p udp -m addrtype --dst-type UNICAST -m dscp --dscp 0x2e -j REJECT --reject-with icmp-admin-prohibited
iptables -t filter -D RCHAIN -p tcp -m quota --quota 1000 ! --syn -j ACCEPT
iptables -E RCHAIN RCHAIN-2
ip6tables-save
iptables-save
ip6tables-save
