# Random iptables/ip6tables rule set, seed 195 (conformance/generators/iptables.ts)
iptables -t mangle -w 1 --append PREROUTING -d 10.11.181.191/32 -p 47 -j SET --del-set nets dst
iptables -S OUTPUT 3
iptables -t raw -A PREROUTING -d 127.50.42.192/0 -p tcp -m conntrack --ctstate RELATED,ESTABLISHED -j NFLOG --nflog-group 4
ipset -exist create blk hash:ip timeout 600
iptables -L INPUT 2 -n -v
ipset add six 2001:db8::1
ip6tables -S -v
ip6tables-save -t mangle
ip6tables -t raw -A PREROUTING -d fe80::1 -p 47 -m mark ! --mark 0xffffffff -j ACCEPT
ip6tables -v -A FORWARD -s fd00:a:b:: -i br0 -p udp -j ACCEPT
iptables -A OUTPUT -s 192.10.192.126/12 -d 198.227.148.86/0 -m comment --comment x_y-z -j DROP
ipset add blk 10.0.2.3
iptables -t filter -D OUTPUT -d 10.133.111.225/30 ! -o docker0 -p tcp -m addrtype --src-type UNICAST -j RETURN
iptables -t filter -L INPUT 1 -n -v
iptables -A OUTPUT -d 10.22.154.246/0 -j REJECT
iptables -w 1 --append OUTPUT -o docker0 -p tcp -m mark --mark 1 -j ACCEPT
iptables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [3:350]
:DOCKER - [0:0]
-A PREROUTING -s 10.72.143.125/12 -m state --state INVALID -m rpfilter --validmark --accept-local -j REDIRECT
-A INPUT -d 127.142.236.66/12 -m comment --comment x_y-z -g DOCKER
-A INPUT -m recent --set --hitcount 20
COMMIT
EOF
iptables -v -I OUTPUT 1 ! -o eth1 -p all -j RETURN
iptables -t raw -v -I OUTPUT 2 -d 127.242.9.197 -p tcp -j NFLOG --nflog-group 3
iptables -t nat -A INPUT ! -d 198.55.26.207 -i lo -m mark --mark 0xffffffff -j CHECKSUM --checksum-fill
iptables -R INPUT 3 -p sctp -m statistic --mode random --probability 0.1 -m pkttype --pkt-type multicast -j MARK --set-mark 5/0xff
iptables -P OUTPUT DROP
ip6tables-save
ip6tables -t raw -I PREROUTING -p all -m iprange ! --src-range 2001:db8::1-2001:db8::9 -m hl --hl-lt 103 -j DROP
ipset create six hash:ip family inet6
ipset add blk 10.0.1.0
ip6tables -t security -v -F
ipset create nets hash:net
ip6tables-save -c
ip6tables -t security -v -X
iptables-save
iptables -t filter -A INPUT -m statistic --mode random --probability 1 -m quota --quota 50000 -j CONNMARK --restore-mark --mask 0xff
iptables -I OUTPUT 3 -m addrtype --dst-type BROADCAST -m comment --comment "kubernetes service portals" -j CONNMARK --restore-mark --mask 0xff
iptables -t nat -N LOGDROP
ipset create nets hash:net counters
iptables -t filter -A OUTPUT -o docker0 -p tcp --syn -j DROP
iptables -I OUTPUT -s 127.233.247.178/16 -p udp -j TRACE
ip6tables -L -v
ip6tables -A INPUT -p udp -m physdev --physdev-is-bridged -j RETURN
ip6tables -t mangle -D POSTROUTING -p sctp -m addrtype --dst-type UNICAST -m comment --comment "kubernetes service portals" -j NFQUEUE
ipset create svc hash:ip,port
ip6tables -D INPUT -p 47 -m recent --update --name DEFAULT -j TRACE
ip6tables-save
ip6tables -t nat -A POSTROUTING -s 2001:db8:1::1/127 -p all -j LOG --log-prefix "drop"
iptables -t nat -D POSTROUTING 1
iptables -t raw -A OUTPUT -d 192.93.149.249/32 -o docker0 -p tcp --sport domain -m state --state NEW -j NFQUEUE --queue-num 3
iptables -N DOCKER
iptables -D INPUT -s 198.152.161.122/12 -i veth+ -p sctp -j ACCEPT
iptables -t filter -A OUTPUT -p udp -m length --length 0:64 -j NFLOG --nflog-group 4 --nflog-prefix p
ipset create blk hash:ip
iptables -t filter -A DOCKER -d 127.178.134.37/12 -p tcp -m conntrack --ctstate UNTRACKED -m length --length 0:64 -j SET --add-set blk dst
iptables -t filter -v -F OUTPUT
ip6tables -D INPUT -s ::1/16 -p tcp -m connlimit ! --connlimit-above 5 --connlimit-mask 128 -j RETURN
ip6tables -t nat -A INPUT -p udp -j RETURN
ip6tables -I OUTPUT 1 -d fd00:a:b::/32 -o eth+ -p tcp -j SET --add-set six src
iptables-save -t raw -c
iptables -A FORWARD ! -d 192.52.72.29 -m connmark --mark 0x1 -m mark --mark 0x4000/0x4000 -j ACCEPT
iptables -P OUTPUT RETURN
iptables -t security -v -A INPUT -d 127.238.167.85/16 ! -i docker0 -m iprange --dst-range 10.0.0.1-10.0.0.96 -m addrtype --dst-type LOCAL -j TRACE
iptables -t filter -v -X DOCKER
iptables-save
iptables -t raw -L PREROUTING 3 -n -v
ipset add nets 10.2.0.0/16
iptables-restore --noflush <<'EOF'
*nat
:PREROUTING ACCEPT [0:349]
:DOCKER - [0:0]
-A PREROUTING -s 192.223.162.90 -j NFQUEUE --queue-num 3
COMMIT
EOF
iptables -I INPUT -s 198.101.218.247/32 -p all -m ttl --ttl-eq 225 -j TRACE
iptables -t filter -I INPUT -p all -j NFQUEUE
iptables -A DOCKER -m statistic --mode random --probability 0.5 -m length --length 0:64
iptables -t nat -N KUBE-SERVICES
ipset test blk 10.0.1.3
ip6tables -t mangle -L -n
iptables-save
ip6tables-save
