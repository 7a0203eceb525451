# Random iptables/ip6tables rule set, seed 223 (conformance/generators/iptables.ts)
iptables -t security -I INPUT -d 10.32.85.93/30 -i br0 -p udp -m recent --set --name web --hitcount 20 -j CONNMARK --restore-mark
iptables -X INPUT
ipset add six 2001:db8::1
iptables -A FORWARD -s 172.152.244.223 -i eth0 -m addrtype --src-type UNICAST -j ACCEPT
ip6tables -w 1 --append INPUT -d ::1/127 -p 47 -m recent --rcheck --seconds 1 --hitcount 4 -m limit --limit 100/day -j SET --del-set six dst
ip6tables -t nat -L -n
ip6tables -N KUBE-SERVICES
ip6tables -t raw -L -v
iptables -t filter -Z OUTPUT 3
iptables -t security -v -A FORWARD -p tcp --sport domain -m set --match-set nets dst ! --update-counters -j NFLOG --nflog-group 1
iptables -X INPUT
ipset del blk 10.0.1.3
iptables -t filter -I INPUT 3 -p icmp -j ACCEPT
ip6tables -t filter -A FORWARD -s fe80::1/16 -m conntrack --ctstate RELATED,ESTABLISHED -m length --length 1500 -j ACCEPT
ip6tables -t raw -A NOPE -p 47 -j SET --del-set six dst
ip6tables -t raw -P OUTPUT DROP
ip6tables -C OUTPUT -j KUBE-SERVICES
ip6tables -N DOCKER
ip6tables-save -c
ipset create nets hash:net counters
ip6tables-save -t filter
ip6tables -t raw -P FOO ACCEPT
ip6tables -t filter -D INPUT -d 2001:db8::/64 -p 47 -m addrtype --dst-type UNICAST -m helper --helper ftp -j REJECT --reject-with icmp6-no-route
ipset create six hash:ip family inet6
ip6tables-restore -c <<'EOF'
*filter
:INPUT DROP [5:954]
:KUBE-SERVICES - [0:0]
-A OUTPUT -d 2001:db8:1::1/16 -o eth+ -p tcp -m owner --uid-owner 100-200 -j LOG --log-prefix "drop" --log-level debug
-A OUTPUT -p ipv6-icmp -j LOG --log-prefix "x y" --log-level crit
-A FORWARD ! -o eth+ -p tcp -m state --state ESTABLISHED,RELATED -m multiport --sports 80,443 -j SET --del-set six dst
COMMIT
EOF
ip6tables -t mangle -X FORWARD
ip6tables -t raw -A PREROUTING -p 47 -m hashlimit --hashlimit-above 5/min --hashlimit-burst 10 --hashlimit-mode dstip,dstport --hashlimit-name web -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -t mangle -Z
ipset create svc hash:ip,port
ip6tables -t nat -N DOCKER
ipset add svc 10.96.0.0,tcp:80
ip6tables -t nat -A DOCKER -d fd00::/32 -p all -m set --match-set nope src -m conntrack --ctstate NEW -j ACCEPT
ipset create nets hash:net counters
ip6tables -t nat -D POSTROUTING 3
ip6tables -t raw -N DOCKER-USER
ip6tables -t mangle -S INPUT 2
ip6tables -t filter -L -n --line-numbers
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [1:442]
:DOCKER - [0:0]
-A OUTPUT -s 2001:db8:1::1 ! -o eth+ -p 47 -m state --state ESTABLISHED,RELATED -j DOCKER
-A OUTPUT ! -s 2001:db8::/48 -o cni0 -p tcp -j MARK --and-mark 0xff
COMMIT
EOF
iptables -A FORWARD -p udp -m quota ! --quota 50000 -j DROP
iptables -t filter -L INPUT 2 -n -v
iptables-save
iptables -D FORWARD ! -s 192.85.76.29 -d 127.245.170.33/16 -o cni0 -j LOG --log-prefix "IN: "
iptables -t filter -v -A INPUT -p udp -m udp --dport ssh -m string --string 'GET /' --algo bm -j ACCEPT
iptables -t nat -v -F
iptables -t mangle -v -A PREROUTING ! -d 10.202.216.35/30 -p all -m conntrack --ctstate UNTRACKED -j RETURN
iptables -L -x -v -n
iptables -t raw -F
iptables -L OUTPUT 2 -n -v
ipset add blk 10.0.1.0
iptables -t nat -A POSTROUTING -p all -m connmark --mark 0x1 -m connlimit --connlimit-upto 5
iptables -t raw -F
iptables -t security -L -v -Z
iptables -I OUTPUT 2 -d 10.82.93.29 -j ACCEPT
iptables-restore --noflush <<'EOF'
*filter
:RCHAIN - [0:0]
[2:479] -A OUTPUT -s 172.65.119.71/12 -p all -m ttl --ttl-eq 94 -m string --hex-string "|0d0a|" --algo bm
[3:151] -A INPUT -p tcp
COMMIT
EOF
iptables -t nat -A INPUT -c 379 55514 ! -s 172.197.172.94/16 -p tcp -j ACCEPT
iptables -A FORWARD -s 198.199.206.173 -p udp -j LOG --log-prefix "drop"
iptables -t nat -D INPUT -p udp -m statistic --mode random --probability 1 -m hashlimit --hashlimit-above 100 --hashlimit-mode dstip,dstport --hashlimit-name ssh -j TRACE
iptables -L FORWARD 1 -n -v
iptables -t filter -v -F
iptables -t filter -A OUTPUT ! -d 10.6.254.102/24 ! -o eth+ -p tcp -m multiport --dports http,https -m hashlimit --hashlimit-above 3/day --hashlimit-burst 100 --hashlimit-name web --hashlimit-htable-expire 30000 -g RCHAIN
iptables -t nat -D OUTPUT -s 192.102.146.34/24 -d 192.91.74.168/30 -o eth1 -p icmp -m string --string 'GET /' --algo kmp -m pkttype ! --pkt-type multicast -j NFLOG --nflog-group 2
iptables -A RCHAIN -c 517 46559 -i veth+ -p tcp -g RCHAIN
iptables -t security -S -v
iptables -v -F RCHAIN
ip6tables -t security -A INPUT -s fe80::1 -p ipv6-icmp -m connlimit --connlimit-upto 100 -j CONNMARK --save-mark
ip6tables -X OUTPUT
ip6tables -X FORWARD
ipset list -n
ip6tables -t nat -Z INPUT
ip6tables -L -v
iptables-save
ip6tables-save
