# Random iptables/ip6tables rule set, seed 198 (conformance/generators/iptables.ts)
ipset add svc 10.96.0.0,tcp:443
iptables -t filter -C INPUT ! -d 192.234.24.51/8 -p 47 -j SET --del-set blk dst
iptables -t mangle -v -X
iptables -Z NOPE 2
iptables-save
iptables -t mangle -L -v -Z
iptables -t nat -I POSTROUTING 2 -o eth1 -p sctp -m mark --mark 0x4000/0x4000 -j DROP
iptables -t filter -L -v -Z
iptables -w 1 --append FORWARD ! -d 10.197.66.129/0 -p all -j TRACE
ipset del blk 10.0.2.0
iptables -t mangle -R INPUT 1 -d 10.100.72.233/8 -m set --match-set nets src,dst -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -t nat -A NOPE -s 192.172.133.18/24 -m iprange --dst-range 10.0.0.1-10.0.0.162 -m dscp ! --dscp 0x2e -j ACCEPT
iptables -t filter -I FORWARD 3 -i veth+ -p tcp -j LOG --log-prefix "x y"
iptables -t filter -P FORWARD RETURN
iptables -t mangle -N f2b-sshd
iptables -L FORWARD 3 -n -v
iptables -L -v -Z
iptables -t raw -D NOPE 2
ipset add six 2001:db8::1
iptables -A FORWARD -i lo -p udp -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -t security -A FORWARD -s 10.55.156.1/16 -i veth+ -p tcp -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode avgpkt -j NFQUEUE --queue-num 3
ipset add nets 10.2.0.0/16
ip6tables -t raw -A OUTPUT -s fd00:a:b:: -o eth1 -p 47 -j SET --add-set six dst
ip6tables -L
ip6tables -A OUTPUT -d fe80::1 ! -p tcp --tcp-flags ALL ALL -m addrtype --src-type UNICAST -j DROP
ip6tables -t filter -L
iptables -L -n --line-numbers
iptables -t security -v -X
iptables -t filter -Z
iptables -F
ip6tables -N LOGDROP
ipset test blk 10.0.0.0
ip6tables -L INPUT 3 -n -v
ip6tables -t nat -I INPUT 3 ! -i eth0 -p tcp -m addrtype --src-type LOCAL -j DROP
ip6tables-restore <<'EOF'
*security
:INPUT DROP [0:615]
:KUBE-SERVICES - [0:0]
[0:112] -A KUBE-SERVICES -s fd00::/48 -d 2001:db8:1::1/128 -p udp -m connbytes --connbytes 10 --connbytes-dir reply --connbytes-mode bytes -j TRACE
-A FORWARD -i br0 -p tcp -m helper --helper ftp -m set --match-set six src,dst -j NFLOG --nflog-group 4 --nflog-prefix p
COMMIT
EOF
ip6tables -t raw -X
ip6tables -nvL
iptables -t mangle -A OUTPUT -c 463 38908 -p all -m limit --limit 100/day -j DSCP --set-dscp-class EF
iptables-save -t filter
iptables -A FORWARD -p 47 -m length --length 1500 -m helper --helper sip -j ACCEPT
ipset flush nets
ip6tables -L OUTPUT
ipset create blk hash:ip
ip6tables -A FORWARD -s fd00::/128 -d ::1/64 -p tcp -j CT --zone 3
ip6tables -t nat -S INPUT 3
ipset add svc 10.96.0.0,tcp:443
iptables -t nat -R PREROUTING 2 -d 198.91.82.123 -j SET --del-set nets src
iptables -t raw -Z PREROUTING 2
iptables -t nat -D OUTPUT 4
iptables -t mangle -w 1 --append PREROUTING ! -s 198.32.212.18/0 -j CHECKSUM --checksum-fill
ip6tables -t filter -D OUTPUT 1
ip6tables -nvL
ip6tables -w 1 --append INPUT -p sctp -m dscp --dscp 10 -m hl --hl-lt 152
ip6tables -t raw -A OUTPUT -c 227 18347 -d 2001:db8::/32 -p 47 -m addrtype --dst-type MULTICAST -m physdev --physdev-out eth+ -j CONNMARK --restore-mark --mask 0xff
iptables -t security -A INPUT -s 198.32.67.36/24 ! -i br0 -m statistic --mode nth --every 2 --packet 1 -j MARK --xor-mark 0x3
iptables -nvL
iptables-save -c
iptables -t mangle -L -n --line-numbers
iptables -I FORWARD -p tcp -j RETURN
iptables -N KUBE-SVC-ABC
iptables -X KUBE-SVC-ABC
iptables -t nat -I POSTROUTING 1 -p all -m connlimit --connlimit-upto 100 --connlimit-daddr -j SET --del-set nets src
ipset destroy six
ip6tables -t filter -A LOGDROP -p all -m statistic --mode random --probability 1 -m addrtype --dst-type BROADCAST -j LOGDROP
iptables -t raw -A OUTPUT -d 172.186.222.210/32 -m owner --uid-owner 100-200 -m recent --remove --name web --seconds 60 --hitcount 4 -j CONNMARK --restore-mark --mask 0xff
iptables -t nat -A PREROUTING ! -s 10.236.21.122/0 -i veth+ -p icmp -j CONNMARK --restore-mark --mask 0xff
iptables -A FORWARD -d 172.183.25.173 -g KUBE-SVC-ABC
iptables-save
iptables -t filter --list FORWARD --numeric --line-numbers
iptables -L -v -Z
iptables-save
ip6tables-save
