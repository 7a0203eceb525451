# Random iptables/ip6tables rule set, seed 201 (conformance/generators/iptables.ts)
iptables -A INPUT -i eth0 -p sctp -m limit --limit 1/hour --limit-burst 5 -j SET --del-set blk src
iptables -S OUTPUT 2
iptables -t filter -A INPUT ! -i eth0 -p udp -m addrtype --src-type UNICAST -m pkttype --pkt-type multicast -j CONNMARK --set-mark 0x2
iptables -t nat -A POSTROUTING -d 172.213.11.204 -o docker0 -p tcp -m length ! --length 100:200 -j SET --del-set nets dst
ipset del blk 10.0.2.1
iptables -v -I INPUT 2 -s 10.250.196.87 -d 10.211.139.135/0 -p tcp -j LOG
iptables -L -n -v
ipset list
iptables -A OUTPUT -m recent --set --seconds 1 -m physdev --physdev-is-bridged -j CONNMARK --restore-mark
iptables -I INPUT -s 172.181.136.163 -p icmp -m physdev --physdev-in veth0 -m addrtype ! --dst-type LOCAL -j NFLOG --nflog-group 1 --nflog-prefix p
ipset del blk 10.0.2.3
iptables -t filter -v -F INPUT
iptables -t security -v -I FORWARD 1 -m addrtype --dst-type LOCAL -j CONNMARK --save-mark
iptables -t raw -I PREROUTING 3 -p tcp -j CONNMARK --set-mark 0x2
iptables -C INPUT -i lo -p tcp -m quota --quota 50000 -j SET --add-set blk src
iptables -t filter -C OUTPUT -p icmp -j NFLOG --nflog-group 0
iptables -t nat -L -v
iptables -t nat -A OUTPUT -m connbytes --connbytes 0:500 --connbytes-dir original --connbytes-mode packets -m recent --update -j LOG
ip6tables -t mangle --list OUTPUT --numeric --line-numbers
ip6tables -t raw -v -X
ip6tables -t filter -v -I INPUT 2 -i lo -p tcp -j DROP
ip6tables -D OUTPUT -p sctp -m addrtype --dst-type LOCAL -j RETURN
ip6tables -t nat -N KUBE-SERVICES
iptables-restore <<'EOF'
*security
:INPUT DROP [4:62]
:RCHAIN - [0:0]
-A RCHAIN -i docker0 -p tcp -m dscp --dscp 10 -j NFLOG --nflog-group 3 --nflog-prefix p
[4:57] -A OUTPUT ! -o eth1 -p 47 -j RCHAIN
-A FORWARD -o cni0 -p udp -m comment --comment "a/b:c -> 10.0.0.1:80" -m multiport ! --dports 22,80:90,8080 -j SET --del-set blk src
COMMIT
EOF
iptables -t nat -A PREROUTING -s 10.194.58.54 -d 10.169.4.113 -p tcp -m addrtype --src-type UNICAST ! --sport 22 -j REDIRECT --to-ports 3128
ip6tables-save -c -t mangle
ip6tables -t security -F
ip6tables -R FORWARD 3 -i br0 -p udp -j SET --add-set six src
iptables -t filter -A INPUT -d 192.38.27.193/24 -p all -m ttl --ttl-lt 149 -m pkttype --pkt-type unicast -j MARK --set-xmark 0x4000/0x4000
ipset create six hash:ip family inet6
ip6tables -t mangle -Z
ip6tables -t security -X OUTPUT
ip6tables-save
ip6tables -R OUTPUT 1 -s fd00:a:b:: -o eth+ -p sctp -m dscp --dscp-class EF -m connmark --mark 0x1 -j ACCEPT
ip6tables -Z OUTPUT 1
ip6tables -F
ip6tables -t mangle -v -F
ipset create six hash:ip family inet6
ip6tables -L
ip6tables-save -t nat
ip6tables -t filter -A OUTPUT -c 435 10391 -s fd00:a:b::/32 -d 2001:db8:1::1/128 -p tcp -j NFQUEUE --queue-num 3
ip6tables -t nat -Z POSTROUTING 3
ip6tables -t nat -Z INPUT
ip6tables -t raw -L -n --line-numbers
ip6tables -t mangle -A NOPE -d fd00:a:b::/127 -p udp -m statistic --mode random --probability 0.5 -m limit --limit 3/s --limit-burst 1 -j DROP
ip6tables -t mangle -A POSTROUTING -s 2001:db8:1::1/127 -p 47 -m owner --uid-owner 65534 -m conntrack --ctstate NEW -j NFLOG --nflog-group 1 --nflog-prefix p
ipset create nets hash:net
iptables -t filter -v -F OUTPUT
iptables -R INPUT 1 -s 127.26.216.222/16 -i veth+ -p udp -j LOG
iptables -t security -A OUTPUT -d 127.109.29.160/12 -o docker0 -p tcp -m owner --uid-owner 65534 -j SET --del-set nets src
iptables-restore <<'EOF'
*raw
:DOCKER - [0:0]
-A OUTPUT -s 127.240.194.182/8 -d 172.247.172.189/0 -p icmp -m recent --set --name DEFAULT -m connbytes --connbytes 1000: --connbytes-dir both --connbytes-mode bytes
-A PREROUTING -p tcp -j DOCKER
-A PREROUTING -d 192.183.122.182/12 -p udp -j MARK --set-xmark 0x4000/0x4000
-A OUTPUT -p all -m statistic --mode nth --every 10 --packet 0 -m addrtype --src-type UNICAST -j DROP
COMMIT
EOF
ip6tables-save -t filter
ip6tables -t security -A OUTPUT -p all -m comment --comment "kubernetes service portals" -m connmark --mark 5/0xff -j CONNMARK --restore-mark --mask 0xff
ip6tables -t raw -C PREROUTING -d ::1/128 ! -i docker0 -m statistic --mode random --probability 0.25000000000 -m statistic --mode nth --every 10 --packet 1 -j NOTRACK
ip6tables -P FOO DROP
ip6tables -N KUBE-SEP-XYZ
ip6tables -t security -L -v -Z
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [5:884]
:DOCKER - [0:0]
-A OUTPUT -p tcp -j RETURN
-A FORWARD -s fd00::/127 -d fd00:a:b::/16 -i br0 -m addrtype ! --dst-type MULTICAST -j SET --del-set six src
COMMIT
EOF
ip6tables -t raw -R OUTPUT 3 -s 2001:db8:1::1/32 -p tcp -j MARK --set-mark 5/0xff
ip6tables -t nat -v -F
ip6tables -t filter -A FORWARD -p ipv6-icmp -m connlimit --connlimit-upto 5 --connlimit-mask 64 --connlimit-daddr -g KUBE-SEP-XYZ
ip6tables -A INPUT -p tcp -m statistic --mode nth --every 3 --packet 1 -j RETURN
ip6tables -t security -A INPUT -c 10 2717 -s 2001:db8:: -d 2001:db8:1::1 ! -p tcp -m physdev --physdev-in veth0 -j LOG --log-prefix "IN: "
iptables -t raw -E DOCKER DOCKER-2
iptables -L -v -Z
iptables -t security -L FORWARD 3 -n -v
iptables -t nat -R POSTROUTING 3 -s 127.109.117.57 -j MASQUERADE
iptables -t filter -X OUTPUT
iptables -t nat -F
ip6tables -t filter -A DOCKER -p 47 -m iprange --src-range 2001:db8::1-2001:db8::9 -m length --length 1500 -j MARK --set-mark 0x1
iptables-save
ip6tables-save
