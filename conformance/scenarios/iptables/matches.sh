# Every match extension listed by -L, -L -n, -S and iptables-save
iptables -N M
iptables -A M -p tcp --sport 1024:65535 --dport 80 -j ACCEPT
iptables -A M -p tcp ! --sport 1:1023 ! --dport 22 -j ACCEPT
iptables -A M -p tcp --dport 1000: -j ACCEPT
iptables -A M -p tcp --sport :1000 -j ACCEPT
iptables -A M -p tcp --tcp-flags SYN,ACK SYN -j ACCEPT
iptables -A M -p tcp --tcp-flags ALL NONE -j DROP
iptables -A M -p tcp ! --syn -j ACCEPT
iptables -A M -p tcp --syn -j ACCEPT
iptables -A M -p tcp --tcp-option 2 -j ACCEPT
iptables -A M -p tcp --dport ssh -j ACCEPT
iptables -A M -p tcp --dport http -j ACCEPT
iptables -A M -p udp --dport domain -j ACCEPT
iptables -A M -p udp --sport 67:68 --dport 67:68 -j ACCEPT
iptables -A M -p icmp --icmp-type 8 -j ACCEPT
iptables -A M -p icmp --icmp-type 3/4 -j ACCEPT
iptables -A M -p icmp --icmp-type destination-unreachable -j ACCEPT
iptables -A M -p icmp ! --icmp-type echo-reply -j ACCEPT
iptables -A M -p icmp --icmp-type any -j ACCEPT
iptables -A M -p 47 -j ACCEPT
iptables -A M -p gre -j ACCEPT
iptables -A M -p all -j ACCEPT
iptables -A M ! -p udp -j ACCEPT
iptables -A M -p sctp -j ACCEPT
iptables -A M -p esp -j ACCEPT
iptables -A M -p 200 -j ACCEPT
iptables -A M -f -j DROP
iptables -A M ! -f -j ACCEPT
iptables -A M -p tcp -m multiport --sports 1,2,3 -j ACCEPT
iptables -A M -p tcp -m multiport --ports 22,80:90 -j ACCEPT
iptables -A M -p udp -m multiport ! --dports 53,67 -j ACCEPT
iptables -A M -m conntrack --ctstate NEW,INVALID,UNTRACKED,SNAT,DNAT -j ACCEPT
iptables -A M -m conntrack --ctstatus ASSURED,SEEN_REPLY -j ACCEPT
iptables -A M -m conntrack --ctorigdst 10.0.0.0/8 --ctproto tcp --ctorigdstport 80 -j ACCEPT
iptables -A M -m conntrack --ctorigsrc 10.1.2.3 --ctreplsrc 10.0.0.1 --ctrepldst 10.0.0.2 -j ACCEPT
iptables -A M -m conntrack ! --ctstate NEW --ctdir ORIGINAL -j ACCEPT
iptables -A M -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables -A M -m state ! --state INVALID -j ACCEPT
iptables -A M -m comment --comment "hello world" -j ACCEPT
iptables -A M -m comment --comment simple -j ACCEPT
iptables -A M -m mark --mark 0x1 -j ACCEPT
iptables -A M -m mark --mark 5/0xff -j ACCEPT
iptables -A M -m mark ! --mark 0x4000/0x4000 -j ACCEPT
iptables -A M -m connmark --mark 0x10 -j ACCEPT
iptables -A M -m connmark ! --mark 0x10/0xf0 -j ACCEPT
iptables -A M -m statistic --mode random --probability 0.33333333349 -j ACCEPT
iptables -A M -m statistic --mode random --probability 0.5 -j ACCEPT
iptables -A M -m statistic --mode nth --every 3 --packet 1 -j ACCEPT
iptables -A M -m statistic --mode nth --every 2 -j ACCEPT
iptables -A M -m addrtype --dst-type LOCAL -j ACCEPT
iptables -A M -m addrtype --src-type LOCAL --dst-type UNICAST -j ACCEPT
iptables -A M -m addrtype ! --dst-type LOCAL --limit-iface-in -j ACCEPT
iptables -A M -m limit --limit 5/min --limit-burst 10 -j ACCEPT
iptables -A M -m limit --limit 3/second -j ACCEPT
iptables -A M -m limit -j ACCEPT
iptables -A M -m limit --limit 1/hour -j ACCEPT
iptables -A M -m limit --limit 100/day -j ACCEPT
iptables -A M -m iprange --src-range 10.0.0.1-10.0.0.9 -j ACCEPT
iptables -A M -m iprange ! --dst-range 192.0.2.1-192.0.2.200 -j ACCEPT
iptables -A M -m mac --mac-source 00:11:22:aa:bb:cc -j ACCEPT
iptables -A M -m mac ! --mac-source 00:11:22:AA:BB:CC -j ACCEPT
iptables -A M -m length --length 100:200 -j ACCEPT
iptables -A M -m length ! --length 1500 -j ACCEPT
iptables -A M -m ttl --ttl-eq 64 -j ACCEPT
iptables -A M -m ttl --ttl-lt 10 -j ACCEPT
iptables -A M -m ttl --ttl-gt 200 -j ACCEPT
iptables -A M -m ttl ! --ttl-eq 1 -j ACCEPT
iptables -A M -m pkttype --pkt-type broadcast -j DROP
iptables -A M -m pkttype ! --pkt-type unicast -j DROP
iptables -A M -m pkttype --pkt-type multicast -j DROP
iptables -A M -m physdev --physdev-in veth0 -j ACCEPT
iptables -A M -m physdev --physdev-is-bridged -j ACCEPT
iptables -A M -m physdev ! --physdev-is-in --physdev-out eth+ -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 0 -j ACCEPT
iptables -A OUTPUT -m owner --uid-owner 1000-2000 --gid-owner 100 -j ACCEPT
iptables -A OUTPUT -m owner ! --socket-exists -j ACCEPT
iptables -A M -m set --match-set myset src -j ACCEPT
iptables -A M -m set ! --match-set myset src,dst -j ACCEPT
iptables -A M -i eth0 -s 192.0.2.0/255.255.255.0 -d 0.0.0.0/0 -j ACCEPT
iptables -A M -i eth+ ! -i veth -j ACCEPT
iptables -A M ! -s 10.1.2.3 -d 10.0.0.0/8 -j ACCEPT
iptables -A M -s 10.1.2.3/16 -j ACCEPT
iptables -A M -s 0/0 -j ACCEPT
iptables -A M -s 10.0.0.1,10.0.0.2 -j ACCEPT
iptables -A M -p tcp -m tcp -m comment --comment c1 -m tcp --dport 5 -j ACCEPT
iptables -A M -m conntrack --ctstate RELATED -m mark --mark 1 -m comment --comment "x y" -j ACCEPT
iptables -A M
iptables -L M
iptables -L M -n
iptables -L M -v -n
iptables -S M
iptables-save
