# Random iptables/ip6tables rule set, seed 225 (conformance/generators/iptables.ts)
ipset destroy svc
iptables -t raw -S OUTPUT 2
iptables -v -A FORWARD -s 10.37.144.115/16 -o eth1 -p udp -m multiport --ports http,https -m connbytes --connbytes 1000: --connbytes-dir reply --connbytes-mode bytes -j NFQUEUE --queue-balance 0:3 --queue-bypass
ipset flush blk
iptables -t security -v -I INPUT 3 -p udp -m connmark --mark 5/0xff -j CONNMARK --restore-mark
iptables -t nat -X
iptables-save -c -t nat
iptables -t nat -N KUBE-SVC-ABC
ipset add svc 10.96.0.1,tcp:80
ip6tables -t mangle -C INPUT -p udp -m statistic --mode nth --every 3 --packet 1 -j SET --add-set six dst
ipset create svc hash:ip,port
ip6tables -t nat -A POSTROUTING -s 2001:db8:: ! -o eth+ -p sctp -m mark --mark 0xffffffff -m recent --remove -j NFQUEUE --queue-balance 0:3 --queue-bypass
ipset add six 2001:db8::1
iptables -t raw -I PREROUTING 2 ! -s 192.116.120.37/16 -p sctp -j RETURN
ipset create nets hash:net
iptables -t filter -F
iptables -t nat -D POSTROUTING 1
ip6tables -I INPUT -d fe80::1/64 -p 47 -m statistic --mode nth --every 3 --packet 0 -m dscp --dscp-class AF41 -j MARK --set-mark 5/0xff
ip6tables -t mangle -v -X
ip6tables -t mangle -S INPUT 2
ip6tables -L -x -v -n
ip6tables -t mangle -A OUTPUT -o eth+ -p 47 -m length ! --length 100:200 -j DROP
ipset create svc hash:ip,port
iptables -C FORWARD -s 192.177.93.238 -p sctp -m length --length 100:200 -m mac --mac-source 02:00:00:00:00:84 -j RETURN
ipset add blk 10.0.2.0
iptables -t filter -D OUTPUT 3
iptables -A INPUT -p all -m addrtype --dst-type MULTICAST -m connbytes --connbytes 0:500 --connbytes-dir reply --connbytes-mode packets -j DROP
iptables -t mangle -I OUTPUT 1 -p all -j ACCEPT
iptables -t filter -A OUTPUT -s 192.200.5.107/30
iptables --list INPUT --numeric --line-numbers
iptables -A INPUT -j TRACE
iptables -t security -L -v -Z
iptables -t nat -L -n
ip6tables -v -F FORWARD
ip6tables -t security -D FORWARD 4
ip6tables -t security -R OUTPUT 2 -s fe80::1 -o docker0 -j TRACE
ip6tables -D OUTPUT 1
ip6tables -t nat -nvL
ip6tables -t mangle -A PREROUTING -p sctp -j ACCEPT
ip6tables -t mangle -A POSTROUTING -o docker0 -p sctp -m rpfilter --invert -m statistic --mode nth --every 2 --packet 1 -j CONNMARK --save-mark
ipset test blk 10.0.0.2
ip6tables -t filter -Z FORWARD 2
ip6tables -P FORWARD DROP
ip6tables -t filter -v -F INPUT
iptables -t security -L INPUT -n -v --line-numbers
iptables -t mangle -A PREROUTING -p tcp -j MARK --and-mark 0xff
ipset add blk 10.0.2.0
iptables-restore <<'EOF'
*filter
:INPUT DROP [1:276]
:KUBE-SERVICES - [0:0]
-A INPUT -p sctp -m string --hex-string "|0d0a|" --algo kmp -m rpfilter --invert -j REJECT --reject-with icmp-host-prohibited
-A FORWARD -m mac --mac-source 02:00:00:00:00:58 -m dscp --dscp-class EF -j RETURN
-A INPUT -p udp -m udp --dport 22:9000 -m ttl --ttl-gt 8 -j KUBE-SERVICES
COMMIT
EOF
ipset create svc hash:ip,port
ip6tables -t nat -A PREROUTING -p tcp --sport 65535 -m string --string 'GET /' --algo bm --icase -j REDIRECT
ip6tables -L FORWARD 2 -n -v
ip6tables -F
ip6tables -I FORWARD 3 -p all -m string --string 'GET /' --algo bm -m connbytes --connbytes 0:500 --connbytes-dir both --connbytes-mode packets -j MARK --and-mark 0xff
iptables -t raw -A PREROUTING -p all -j NOTRACK
iptables-save -c
iptables -t nat -N LOGDROP
iptables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A INPUT -p all -m comment --comment x_y-z -g KUBE-SERVICES
-A INPUT -i lo -p tcp -m limit --limit 5/min -m multiport --ports 22,80:90,8080 -j TRACE
-A INPUT -s 192.206.77.101 -d 127.102.98.172/30 -m quota --quota 50000 -m physdev --physdev-out eth+ -g KUBE-SERVICES
COMMIT
EOF
iptables -t raw -X PREROUTING
iptables -t nat -nvL
iptables -t raw -F
iptables -X FORWARD
iptables -t filter -S -v
iptables -t raw -v -A OUTPUT -d 127.7.145.62/12 -m comment --comment "a/b:c -> 10.0.0.1:80" -j LOG --log-prefix "IN: "
iptables -A INPUT -m helper --helper sip -j LOG
iptables -t nat -A INPUT ! -s 172.43.191.211/24 -p tcp -m quota --quota 50000 -m physdev --physdev-out eth+ -j MARK --or-mark 0x8
iptables -t mangle -A POSTROUTING -s 127.235.166.229/30 -p icmp -j RETURN
iptables -t nat -C OUTPUT -s 192.7.209.116 -d 192.5.237.92 -i docker0 -p icmp -j DNAT --to-destination 172.17.0.2
iptables -t raw -D PREROUTING -s 127.84.25.30/12 -p sctp -m connmark --mark 5/0xff -j TRACE
iptables -A INPUT -i br0 -p 47 -m pkttype --pkt-type broadcast -j DROP
iptables -t filter -A OUTPUT -c 810 2717 ! -s 172.144.7.148 -o eth1 -j SET --add-set nets dst
iptables-save
ip6tables-save
