# Random iptables/ip6tables rule set, seed 251 (conformance/generators/iptables.ts)
iptables-save -c
iptables -t nat -A INPUT -i docker0 -p tcp -j ACCEPT
ipset destroy nets
ipset create svc hash:ip,port
iptables-save -c
iptables-restore --noflush -c <<'EOF'
*nat
:PREROUTING DROP [3:977]
:RCHAIN - [0:0]
-A POSTROUTING -d 172.71.244.56 -p 47 -m mark --mark 0x10/0xf0 -j DROP
-A POSTROUTING -p udp -m statistic --mode random --probability 0.1 -m comment --comment "kubernetes service portals" -j MASQUERADE
-A OUTPUT -s 198.35.160.49 -d 198.174.153.245 -p all -j NFQUEUE --queue-num 2 --queue-bypass
-A INPUT -s 127.63.40.92/32 -d 198.13.251.177 -j NFLOG --nflog-group 4 --nflog-prefix p
COMMIT
EOF
iptables -X FORWARD
iptables -A INPUT -d 127.214.160.51 ! -i veth+ -p tcp
ip6tables -t nat -A PREROUTING -d ::1/48 -p tcp -m multiport --sports 80,443 -m hashlimit --hashlimit-above 3/day --hashlimit-name ssh -j SET --del-set six src
ipset save
ip6tables -w 1 --append FORWARD ! -s ::1/64 -m helper --helper sip -m connbytes ! --connbytes 0:500 --connbytes-dir both --connbytes-mode packets
ip6tables -A OUTPUT -s 2001:db8:1::1/64 -o docker0 -p sctp -m addrtype --dst-type MULTICAST -j NFLOG --nflog-group 0
ip6tables -t filter -D INPUT -p 47 -m connmark --mark 5/0xff -j NFQUEUE
ip6tables -t filter -A FORWARD -d fd00:a:b::/32 ! -i lo -o eth+ -p 47 -m limit --limit 100/day --limit-burst 5 -j RETURN
ipset -exist create blk hash:ip
ip6tables-save -t mangle -c
ip6tables -N DOCKER
ip6tables-save
iptables -t raw -v -X
ipset create svc hash:ip,port
iptables -L INPUT -n -v --line-numbers
iptables -A OUTPUT -d 192.193.157.68 -m conntrack --ctstate NEW -m ttl --ttl-eq 55 -j SET --add-set nets dst
iptables -t raw -C NOPE -j RETURN
iptables -t nat -A RCHAIN -c 742 82299 -p sctp -j NFQUEUE
ip6tables -D OUTPUT -p 47 -m state --state ESTABLISHED,RELATED -m mark --mark 0x4000/0x4000 -j DROP
ip6tables -v -I DOCKER 1 -p 47 -m connbytes --connbytes 10 --connbytes-dir reply --connbytes-mode avgpkt
ip6tables -t filter -D DOCKER -o docker0 -p tcp -j TRACE
ip6tables -t raw -I OUTPUT 2 -p tcp --tcp-flags FIN,ACK FIN -m rpfilter --validmark --accept-local -j LOG --log-prefix "IN: "
ip6tables -X OUTPUT
ip6tables -t nat -v -A OUTPUT -s 2001:db8:: -o cni0 -p ipv6-icmp -m recent --remove -j NFLOG --nflog-group 2
ip6tables -A INPUT -i br0 -p tcp -m state ! --state INVALID -g DOCKER
ip6tables -t filter -L -v -Z
ip6tables -t mangle -S OUTPUT 1
ip6tables -A INPUT -s fe80::1/64 -p tcp -m hashlimit --hashlimit-upto 5/min --hashlimit-name web -m quota --quota 50000 --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
ip6tables -t mangle -I NOPE -i br0 -o eth1 -m statistic --mode random --probability 0.25000000000 -m pkttype --pkt-type broadcast -j RETURN
ip6tables -R OUTPUT 2 -p tcp -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j DROP
ip6tables -L DOCKER -n -v --line-numbers
ip6tables -t filter -A DOCKER -p ipv6-icmp -m helper --helper sip -j NFQUEUE
ip6tables -I OUTPUT 2 ! -o cni0 -p tcp -m multiport --dports 80,443 -m state ! --state INVALID -j RETURN
ip6tables -D FORWARD 2
ip6tables -t mangle -I OUTPUT 3 -s fe80::1/128 -d fe80::1 -j DSCP --set-dscp 0x2e
ipset list -t
ipset del blk 10.0.2.3
ip6tables -A OUTPUT ! -s fd00:a:b::/16 -o eth+ -p ipv6-icmp -m addrtype --src-type LOCAL -m set --match-set nope dst,dst ! --update-counters -j DOCKER
ip6tables -t nat -A POSTROUTING -o cni0 -p tcp -m rpfilter --invert -j NFLOG --nflog-group 2
ip6tables -t mangle -A OUTPUT -p all -m hashlimit --hashlimit-upto 1/hour --hashlimit-burst 1 --hashlimit-mode srcip --hashlimit-name ssh --hashlimit-srcmask 24 -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t filter -v -F INPUT
ip6tables -I FORWARD 3 ! -s ::1 -o docker0 -p udp -j SET --add-set six src
ip6tables-save
ip6tables -t nat -S PREROUTING 3
ip6tables -t mangle -Z
iptables -S INPUT
ip6tables -A INPUT -p tcp -j NFLOG --nflog-group 1
ip6tables -t filter -D INPUT 2
ip6tables -t security -I OUTPUT -d ::1/127 -p tcp -j CONNMARK --restore-mark
ip6tables -t raw -w 1 --append PREROUTING -i veth+ -p udp -m hashlimit --hashlimit-above 100 --hashlimit-name ssh -j TRACE
ip6tables -Z INPUT 2
ip6tables -t mangle -I OUTPUT -p ipv6-icmp -j ACCEPT
ip6tables -t security -I INPUT -s fd00::/32 -d fd00:a:b::/48 -p ipv6-icmp -m set ! --match-set six src ! --update-counters -m comment --comment "a/b:c -> 10.0.0.1:80" -j NFQUEUE --queue-num 2 --queue-bypass
ip6tables -t raw -A NOPE -p udp -j DROP
ip6tables -t mangle --list FORWARD --numeric --line-numbers
ip6tables-save -c -t filter
iptables -t raw -A OUTPUT -p 47 -j CT --zone 3
iptables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A FORWARD -j TRACE
[1:483] -A INPUT -m statistic --mode nth --every 3 --packet 0 -j RETURN
-A KUBE-SERVICES ! -d 127.9.26.124/30 -o eth1 -p icmp -j LOG
-A OUTPUT -p 47 -m connmark --mark 0x1 -m quota --quota 50000 -j REJECT
COMMIT
EOF
iptables -R KUBE-SERVICES 1 -s 10.92.0.128/32 -m connlimit ! --connlimit-upto 5 --connlimit-mask 24 -m state --state ESTABLISHED,RELATED -j NFQUEUE --queue-num 2 --queue-bypass
ipset flush nets
iptables -A OUTPUT -p all -j KUBE-SERVICES
iptables -t filter -X FORWARD
iptables -t nat -N MYCHAIN
iptables -P OUTPUT DROP
iptables-save
ip6tables-save
