# Random iptables/ip6tables rule set, seed 237 (conformance/generators/iptables.ts)
iptables -A OUTPUT -p tcp -j NFLOG --nflog-group 2
iptables -S INPUT
ip6tables -t security -nvL
ip6tables -t raw -A OUTPUT -d fd00::/48 -p 47 -m length --length 0:64 -j CT --zone-orig 2
ip6tables -v -F
ip6tables -X FORWARD
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [4:645]
:KUBE-SERVICES - [0:0]
-A INPUT -p tcp -j NFQUEUE --queue-num 2 --queue-bypass
-A INPUT -p udp -j LOG --log-prefix "IN: " --log-level 4
-A OUTPUT -p 47 -m state --state INVALID -j CONNMARK --restore-mark --mask 0xff
COMMIT
EOF
iptables -N KUBE-SVC-ABC
iptables -t security -A FORWARD ! -i br0 -p tcp -m mark ! --mark 0x10/0xf0 -m conntrack --ctstate NEW -j LOG
iptables -t filter -N LOGDROP
ip6tables -t mangle -X
iptables -t nat -v -F OUTPUT
ipset create nets hash:net
iptables -t nat -v -I NOPE 2 -s 192.242.122.228/12 -d 127.69.14.70/30 -i br0 -p udp -m owner --uid-owner 100-200 -j TRACE
ip6tables -X FORWARD
ip6tables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A FORWARD -j RETURN
-A INPUT -i veth+ -p sctp -m connlimit --connlimit-above 5 --connlimit-mask 128 --connlimit-daddr -m dscp --dscp 0x2e
[2:97] -A KUBE-SERVICES ! -d 2001:db8:: -j ACCEPT
-A FORWARD -o docker0 ! -p tcp -j RETURN
COMMIT
EOF
ip6tables -t security -A OUTPUT -p all -m statistic --mode nth --every 10 --packet 0 -j NFLOG --nflog-group 3 --nflog-prefix p
ipset flush nets
iptables -t filter -R LOGDROP 2 -d 172.176.59.178 -m rpfilter --validmark --accept-local -m pkttype --pkt-type broadcast -j LOG
ip6tables-restore -c <<'EOF'
*nat
:PREROUTING DROP [0:164]
:KUBE-SERVICES - [0:0]
-A POSTROUTING -s ::1/128 -m pkttype --pkt-type broadcast -j KUBE-SERVICES
-A INPUT -m pkttype --pkt-type unicast -j NFLOG --nflog-group 1 --nflog-prefix p
COMMIT
EOF
ip6tables -I OUTPUT 3 -p udp -j ACCEPT
ip6tables -w 1 --append INPUT -p 47 -m set --match-set nope src -m mark --mark 1 -j NFLOG --nflog-group 1
ip6tables -t raw -I PREROUTING -m quota --quota 50000 -j CT --notrack
ip6tables -A KUBE-SERVICES -o docker0 -m hashlimit --hashlimit-upto 5/min --hashlimit-mode dstip,dstport --hashlimit-name ssh -m iprange --src-range 2001:db8::1-2001:db8::9 -j SET --add-set six src
ip6tables -t mangle -A OUTPUT -c 148 81512 -m iprange --src-range 2001:db8::1-2001:db8::9 -j DSCP --set-dscp 10
ip6tables -w 1 --append INPUT -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -t security -S INPUT 3
ip6tables -t filter -D KUBE-SERVICES ! -i lo -o docker0 -p sctp -m statistic --mode nth --every 3 --packet 0 -j KUBE-SERVICES
ipset create six hash:ip family inet6
ip6tables -t filter -A KUBE-SERVICES -d 2001:db8:: -o cni0 -m state --state NEW -j DROP
ip6tables -X INPUT
iptables -t mangle -A OUTPUT ! -d 192.42.157.140 -p tcp -m recent --update --hitcount 20 -m addrtype --dst-type BROADCAST -j DROP
iptables -t mangle -w 1 --append FORWARD -d 172.194.75.255/8 -p tcp -m quota --quota 50000 -m dscp --dscp-class EF -j TCPMSS --set-mss 1400
iptables -A KUBE-SVC-ABC -d 172.27.227.142 -o eth+ -m physdev --physdev-is-bridged -j SET --del-set blk src
iptables -t mangle -C PREROUTING -p udp -j DSCP --set-dscp-class EF
iptables-save -c
iptables-save -c
iptables -t nat -S POSTROUTING 3
iptables -t filter -L -v -Z
iptables -t filter -L NOPE 1 -n -v
ip6tables -t security -F
ipset list
ip6tables -w 1 --append KUBE-SERVICES -d 2001:db8::/16 -p all -m string --hex-string '|0d0a|' --algo kmp -m recent --rcheck --name web --seconds 1 -g KUBE-SERVICES
ip6tables-save
ip6tables -F
iptables -A INPUT ! -d 198.205.220.114 -m helper ! --helper sip -m statistic --mode nth --every 3 --packet 1 -j KUBE-SVC-ABC
ip6tables -t security -A FORWARD -d 2001:db8:1::1/64 -o eth1 -m recent --update --hitcount 20 -j CONNMARK --save-mark
ip6tables -A KUBE-SERVICES -c 88 20032 -d fe80::1 -p tcp -j NFLOG --nflog-group 2
ip6tables -t raw -I OUTPUT 4 -p ipv6-icmp -m string ! --hex-string '|0d0a|' --algo bm --icase -m statistic --mode random --probability 0.33333333349 -j NOTRACK
ip6tables -t mangle -L -v -Z
ip6tables -L NOPE 3 -n -v
ip6tables -v -A FORWARD -p sctp -j CONNMARK --restore-mark --mask 0xff
ip6tables -v -A INPUT -s 2001:db8:: -p ipv6-icmp -m state ! --state ESTABLISHED,RELATED -j RETURN
ip6tables -P INPUT DROP
iptables -t security -L
iptables -t security -A OUTPUT -p tcp
ip6tables -D INPUT -j ACCEPT
ip6tables -L FORWARD -n -v --line-numbers
ipset create svc hash:ip,port
ip6tables -t raw -N DOCKER
ipset flush nets
ip6tables -t filter -I FORWARD 2 -p ipv6-icmp -j NFQUEUE --queue-balance 0:3 --queue-bypass
ip6tables -C KUBE-SERVICES -i lo -j SET --add-set six dst
iptables -t mangle -D OUTPUT -s 192.168.122.50/32 ! -d 172.110.40.193/16 ! -o docker0 -p 47 -m mark ! --mark 0x10/0xf0 -j ACCEPT
iptables-save -t mangle
ip6tables -t raw -A DOCKER -c 226 65913 -p udp -j LOG --log-prefix "IN: " --log-level debug
ip6tables -t nat -S INPUT
ip6tables -t filter -Z FORWARD
ip6tables -t raw -A OUTPUT -d ::1/64 -p tcp -m statistic --mode nth --every 3 --packet 1 -j LOG
ip6tables -A FORWARD ! -s 2001:db8:1::1 -d ::1/64 -i veth+ -p tcp -m recent --update --name SSH --hitcount 4 -m pkttype --pkt-type broadcast -j CONNMARK --restore-mark --mask 0xff
iptables-save
ip6tables-save
