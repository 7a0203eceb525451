# Random iptables/ip6tables rule set, seed 252 (conformance/generators/iptables.ts)
iptables -L -x -v -n
iptables -t nat -v -F OUTPUT
iptables -t nat -v -X
ip6tables -t raw -C OUTPUT ! -s ::1 -d 2001:db8:1::1 -p udp -j MARK --set-mark 5/0xff
ip6tables -t nat -N DOCKER
ip6tables -t nat -A OUTPUT -d ::1/127 -o cni0 -m owner ! --uid-owner 65534
ip6tables -t nat -S DOCKER
ip6tables -A OUTPUT -s ::1 -p tcp
ip6tables -N DOCKER
ip6tables -S FORWARD 1
ip6tables -R INPUT 2 -s 2001:db8::/16 -i eth0 -p tcp -j NFQUEUE --queue-num 2 --queue-bypass
ip6tables -X DOCKER
ip6tables -t security -L -v -Z
ip6tables -t security -A OUTPUT -d 2001:db8::/16 -o eth+ -p ipv6-icmp -j LOG
ipset add nets 10.0.0.0/16
iptables -A OUTPUT -j NFLOG --nflog-group 2 --nflog-prefix p
ipset list
ip6tables-save
ip6tables -N DOCKER
ipset create nets hash:net counters
iptables -t security -v -A OUTPUT -j DSCP --set-dscp 10
iptables-save -c -t filter
iptables -t filter -X FORWARD
iptables -v -F FORWARD
ip6tables -A FORWARD -p tcp -m connlimit ! --connlimit-upto 5 --connlimit-mask 64 -j LOG --log-level info
ip6tables -t security -A NOPE -o cni0 -m addrtype --dst-type LOCAL -m statistic --mode random --probability 1 -j LOG --log-level 7
ip6tables -t nat -X PREROUTING
ipset list
ip6tables -t filter -I OUTPUT -d ::1 -o cni0 -p udp -j RETURN
ip6tables -t raw -w 1 --append PREROUTING -s ::1/48 -i docker0 -p all -m statistic --mode random --probability 0.1 -m hashlimit --hashlimit-above 100 --hashlimit-mode srcip --hashlimit-name ssh -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -t nat -Z
ip6tables -C INPUT -p sctp -m hashlimit --hashlimit-upto 5/min --hashlimit-burst 1 --hashlimit-mode srcip,srcport --hashlimit-name ssh -j LOG --log-level info
ipset del blk 10.0.2.1
iptables -t filter -C FORWARD -o eth+ -p icmp -m addrtype --src-type LOCAL -m rpfilter -j RETURN
iptables -t nat -X
iptables -t filter -C INPUT -i docker0 -j TRACE
ip6tables -t filter -L -v -Z
ip6tables -v -I DOCKER 1 -p 47 -j LOG --log-prefix "IN: " --log-level info
ipset del blk 10.0.2.3
iptables -t nat -N DOCKER
iptables-save
iptables -t filter -D OUTPUT -j RETURN
iptables -t nat -A DOCKER -j DOCKER
iptables -t filter -X
iptables -t filter -L FORWARD 2 -n -v
ip6tables -t filter -N LOGDROP
ip6tables -L -v
ip6tables-save -t filter
iptables -A INPUT -d 172.240.223.2/30 -p sctp -j SET --add-set nets dst
iptables -t filter -A FORWARD -c 125 64604 -s 172.220.111.156/12 -p all -j LOG
iptables -t filter -A FORWARD -d 192.188.92.100/32 -i br0 -m connlimit --connlimit-upto 5 -j REJECT
iptables -nvL
iptables -t raw -v -X
iptables -L -n -v
iptables -F
iptables -F
ipset create six hash:ip family inet6
iptables -D FORWARD ! -s 127.253.171.237/32 -i eth0 -p 47 -m dscp --dscp 10 -m connbytes ! --connbytes 10 --connbytes-dir both --connbytes-mode avgpkt
iptables -P FORWARD DROP
ipset add svc 10.96.0.2,tcp:443
iptables -t mangle -I OUTPUT 1 -d 198.44.16.155 -p tcp -m dscp --dscp-class EF -m limit --limit 3/s --limit-burst 1 --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
ipset del blk 10.0.0.3
ip6tables-save -c
ip6tables -w 1 --append FORWARD -o eth1 -p ipv6-icmp -m pkttype --pkt-type multicast -m set --match-set six src,dst ! --update-counters -j RETURN
ipset add six 2001:db8::1
iptables -t nat -A PREROUTING ! -d 127.169.75.230/12 -p tcp -m connmark --mark 0x1 -m length --length 100:200 -j DNAT --to-destination 10.0.0.1
iptables -t mangle -D PREROUTING 3
ipset create blk hash:ip
ip6tables -A LOGDROP -c 893 80831 -s 2001:db8:1::1 -m addrtype --dst-type BROADCAST -m length --length 1500 -j LOGDROP
ip6tables -t raw -I PREROUTING 2 -p tcp -j DROP
iptables-save
ip6tables-save
