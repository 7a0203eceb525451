# Random iptables/ip6tables rule set, seed 256 (conformance/generators/iptables.ts)
iptables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [5:604]
:KUBE-SERVICES - [0:0]
[0:115] -A PREROUTING -s 192.143.13.153/30 -d 192.137.244.52/12 -p icmp -j LOG
-A INPUT -p tcp -j TRACE
[3:261] -A KUBE-SERVICES -i lo -o cni0 -p icmp -j DNAT --to-destination 10.0.0.2
COMMIT
EOF
iptables -t nat -N f2b-sshd
iptables -w 1 --append OUTPUT -s 127.249.251.100 -m connbytes --connbytes 1000: --connbytes-dir reply --connbytes-mode avgpkt -m state --state ESTABLISHED,RELATED -j CHECKSUM --checksum-fill
iptables -t mangle -I INPUT -p 47 -m hashlimit --hashlimit-upto 100 --hashlimit-mode srcip --hashlimit-name web --hashlimit-srcmask 24 -j DSCP --set-dscp-class EF
iptables -D INPUT 4
iptables -L -v -Z
iptables -t filter -A OUTPUT -p all -j REJECT
iptables -t raw -L
iptables -t mangle -F
iptables -t filter -A INPUT ! -i eth0 -p sctp -m addrtype --dst-type LOCAL -m dscp --dscp-class AF41 -j TRACE
ip6tables-save -t security
iptables -t nat -A PREROUTING ! -s 198.55.165.43/12 -p udp -j SET --del-set nets src
iptables-save -t mangle
iptables -t nat -A KUBE-SERVICES -p tcp --syn
iptables -t raw -v -F
iptables -v -F FORWARD
ipset add nets 10.0.0.0/16
ipset del blk 10.0.2.3
iptables -t raw -D PREROUTING -m addrtype --src-type UNICAST -m mark --mark 0x4000/0x4000 -j SET --del-set blk src
iptables -t security -A NOPE -p sctp -m connbytes --connbytes 0:500 --connbytes-dir reply --connbytes-mode bytes -m statistic --mode nth --every 2 --packet 0 -j ACCEPT
iptables -t mangle --list INPUT --numeric --line-numbers
ipset del blk 10.0.0.2
ipset -exist create blk hash:ip
ip6tables -L -v -Z
ip6tables -P FOO DROP
iptables -t nat -E f2b-sshd f2b-sshd-2
iptables -t security -A FORWARD -o eth+ -m rpfilter -m comment --comment "a/b:c -> 10.0.0.1:80"
iptables -t filter -A FORWARD -s 172.40.30.2/32 -p icmp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j CONNMARK --restore-mark
iptables -t mangle -A INPUT -s 198.151.101.207 -p sctp -m dscp --dscp-class EF -j CONNMARK --set-mark 0x2
iptables-save
iptables -Z FORWARD 2
ipset del blk 10.0.2.1
ipset flush blk
iptables -v -I INPUT 2 -p icmp -m comment --comment x_y-z -m connmark --mark 5/0xff -j REJECT --reject-with icmp-net-unreachable
iptables -t filter -I INPUT 4 -p icmp --icmp-type 8 -m connlimit --connlimit-upto 100 -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -L -v
iptables -t filter -L FORWARD 2 -n -v
iptables -v -I FORWARD 2 -p tcp -m connbytes --connbytes 1000: --connbytes-dir both --connbytes-mode packets -m connmark --mark 0x1 -j CONNMARK --set-mark 0x2
ip6tables -L -n --line-numbers
ip6tables -t filter -X
ip6tables -t filter -F
ipset create blk hash:ip
ip6tables -t filter -L -v -Z
ipset test blk 10.0.1.3
ip6tables -L -v -Z
ip6tables -t filter -D INPUT 4
ip6tables -F
ip6tables -v -X
ip6tables -v -I OUTPUT 1 -p all -j TRACE
iptables -D FORWARD 2
ip6tables -t mangle -Z FORWARD 1
ip6tables -t filter -F
ip6tables-save -c -t filter
ip6tables-save -c -t filter
ip6tables-save
ip6tables -S INPUT
ip6tables -t mangle -X
ip6tables -A OUTPUT -p udp -m hl --hl-gt 71 -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -D OUTPUT 3
ip6tables -t nat -A INPUT -p all -m connmark --mark 5/0xff -m statistic --mode nth --every 10 --packet 0 -j TRACE
ip6tables-save -c -t security
ip6tables -A INPUT -p ipv6-icmp -m hashlimit --hashlimit-upto 10/sec --hashlimit-mode srcip,srcport --hashlimit-name ssh -j CONNMARK --restore-mark
ip6tables-save -c
ip6tables -t raw -A OUTPUT -p tcp -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -t security -A FORWARD -s ::1/16 -p udp -m iprange --src-range 2001:db8::1-2001:db8::9 -m recent --rcheck --name web -j MARK --or-mark 0x8
ip6tables -t raw -L PREROUTING
ip6tables -t mangle -I INPUT 4 ! -s 2001:db8::/48 -p tcp -m dscp --dscp-class EF -j SET --add-set six src
ip6tables -t filter -I NOPE 2 -p tcp -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -t mangle --list OUTPUT --numeric --line-numbers
ip6tables -t nat -v -I PREROUTING 3 -p tcp -j DROP
iptables-save
ip6tables-save
