# Random iptables/ip6tables rule set, seed 259 (conformance/generators/iptables.ts)
iptables -t nat -w 1 --append INPUT -s 198.56.29.236 -p tcp --tcp-flags SYN,RST SYN -j MARK --or-mark 0x8
iptables-save -c
ipset create six hash:ip family inet6
iptables -t security -L -n --line-numbers
iptables -P FORWARD RETURN
iptables -w 1 --append NOPE -p 47 -m conntrack --ctstate RELATED,ESTABLISHED -j REJECT
iptables -t raw -I PREROUTING 3 -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -t filter -A INPUT -d 172.69.61.107 -p sctp -j NFQUEUE --queue-balance 0:3 --queue-bypass
iptables -t mangle -A PREROUTING -i veth+ -p 47 -m statistic --mode random --probability 0.25000000000 -j SET --del-set nets src
iptables -t nat -A POSTROUTING ! -d 198.5.154.193/12 -p udp -j MASQUERADE
iptables-save -c
iptables -t filter --list OUTPUT --numeric --line-numbers
iptables -S FORWARD 1
ipset create nets hash:net counters
ip6tables -A OUTPUT -s fe80::1 ! -p tcp -j NFQUEUE
ip6tables-restore --noflush <<'EOF'
*raw
:PREROUTING ACCEPT [3:44]
:DOCKER - [0:0]
-A OUTPUT -s 2001:db8::/128 -p ipv6-icmp -m owner --uid-owner 0 -j RETURN
[1:193] -A DOCKER -d 2001:db8:: -p 47 -m set ! --match-set nope dst,dst -m addrtype ! --dst-type BROADCAST -j CT --notrack
COMMIT
EOF
ip6tables -R FORWARD 2 -s 2001:db8:1::1/16 -p tcp -m statistic --mode random --probability 0.33333333349 -m addrtype --src-type LOCAL -j CONNMARK --set-mark 0x2
ip6tables -t nat -A OUTPUT -p all -m owner --uid-owner 65534 -m statistic --mode random --probability 1 -j RETURN
ipset list -t
ip6tables -A OUTPUT -d 2001:db8:1::1/64 -o eth1 -p 47 -j LOG --log-prefix "IN: "
ip6tables -L -v -Z
ip6tables-save -c
ip6tables -t filter -R INPUT 1 -d 2001:db8:: ! -i eth0 -p sctp -m physdev --physdev-in veth0 -j ACCEPT
ip6tables -X
ipset add blk 10.0.0.0
ip6tables -A FORWARD -d fd00:a:b:: -p ipv6-icmp -m connlimit --connlimit-above 20 --connlimit-mask 128 -j CONNMARK --set-mark 0x2
iptables -t security -A NOPE -m connbytes ! --connbytes 10 --connbytes-dir original --connbytes-mode bytes -m statistic --mode random --probability 0.5 -j ACCEPT
iptables -t mangle -A INPUT -s 10.102.69.118 -p 47 -j DSCP --set-dscp 10
iptables -t raw -I OUTPUT 3 -s 10.116.141.192/12 -d 172.18.107.237 -p tcp -j NFQUEUE --queue-balance 0:3 --queue-bypass
iptables -A INPUT -i br0 -p tcp -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -X
ip6tables-restore <<'EOF'
*mangle
:PREROUTING DROP [1:486]
:KUBE-SERVICES - [0:0]
[4:28] -A OUTPUT -p udp -m pkttype --pkt-type multicast -m limit --limit 5/min --limit-burst 1 -j SET --del-set six src
-A INPUT -d fd00:a:b:: -o cni0 -p ipv6-icmp -m connbytes --connbytes 10 --connbytes-dir reply --connbytes-mode packets -m limit --limit 5/min --limit-burst 5 -j LOG --log-prefix "x y"
COMMIT
EOF
ipset create nets hash:net counters
ip6tables -t raw -L -x -v -n
ip6tables -w 1 --append NOPE -i veth+ -p udp -m helper --helper sip -m multiport --dports 22,80:90,8080 -j NFQUEUE --queue-num 2 --queue-bypass
ip6tables -I FORWARD 2 -s fe80::1 -m statistic --mode nth --every 3 --packet 1 -m mac --mac-source 02:00:00:00:00:11 -j ACCEPT
iptables -t filter -v -A FORWARD -m quota --quota 1000 -j CONNMARK --set-mark 0x2
iptables -A OUTPUT -o cni0 -p all -m physdev --physdev-in veth0 -j LOG --log-prefix "IN: " --log-level debug
ip6tables-restore <<'EOF'
*raw
:PREROUTING DROP [8:920]
:DOCKER - [0:0]
-A PREROUTING -i lo -p ipv6-icmp -j NFLOG --nflog-group 2 --nflog-prefix p
[4:313] -A DOCKER -d 2001:db8:1::1/128 -p all -m connmark --mark 0x1 -j SET --del-set six src
-A DOCKER -d 2001:db8:: -i eth0 -p 47 -m addrtype --src-type UNICAST -m quota --quota 1000 -j CONNMARK --set-mark 0x2
-A PREROUTING -s fe80::1 -d 2001:db8:1::1 -i veth+ -m dscp --dscp 0x2e -j DROP
COMMIT
EOF
ip6tables-save
ipset del blk 10.0.2.2
ip6tables -t security -F
ip6tables -t filter -I FORWARD -d fd00:: -i eth0 -o eth1 -p tcp -j DROP
ip6tables -C OUTPUT -p tcp -j RETURN
ip6tables -Z OUTPUT 2
ip6tables -t filter -w 1 --append FORWARD ! -o eth+ -m connbytes ! --connbytes 10 --connbytes-dir original --connbytes-mode packets -j LOG --log-prefix "drop"
ipset create blk hash:ip
ip6tables --list INPUT --numeric --line-numbers
ip6tables -t nat -I INPUT 4 -p tcp --tcp-flags ALL ALL -m statistic --mode random --probability 1 -j NFQUEUE
iptables -X
iptables -t raw -v -I PREROUTING 3 -s 127.186.215.130/30 -d 10.97.50.91 -i docker0 -p udp -m addrtype --dst-type LOCAL -j MARK --set-xmark 0x4000/0x4000
iptables -t security -v -F OUTPUT
iptables -A FORWARD ! -o eth+ -p tcp -m addrtype --dst-type UNICAST -m length --length 0:64 -j SET --del-set nets dst
iptables -t filter -A OUTPUT -p 47 -m ttl --ttl-lt 18 -m connlimit --connlimit-upto 100 --connlimit-daddr -j DROP
ipset save
iptables -Z OUTPUT
ip6tables -N LOGDROP
ip6tables -t raw -A NOPE -c 809 43567 -p udp -m rpfilter --loose -j DOCKER
ip6tables -t security -N DOCKER-USER
ip6tables -t raw -w 1 --append PREROUTING -d fd00::/16 -p 47 -j SET --add-set six dst
ip6tables -t security -A OUTPUT -p sctp -m state --state ESTABLISHED,RELATED -m hl --hl-eq 49 -j ACCEPT
ip6tables -t security -X OUTPUT
ip6tables -D FORWARD -s 2001:db8:1::1/128 -i eth0 -p tcp -m connlimit --connlimit-above 5 -m rpfilter -j REJECT
ip6tables -P FORWARD RETURN
ipset del blk 10.0.1.1
iptables -t filter -F
iptables -w 1 --append FORWARD -i veth+ -p tcp -j MARK --xor-mark 0x3
iptables -A INPUT -d 192.173.253.28/24 -p 47 -m statistic --mode nth --every 10 --packet 0 -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -t filter -v -X LOGDROP
ip6tables-save -t filter
iptables-save
ip6tables-save
