# Random iptables/ip6tables rule set, seed 234 (conformance/generators/iptables.ts)
iptables -t raw -D OUTPUT 1
iptables -A OUTPUT -s 192.97.144.22/12 -d 172.252.213.174 -m string --string 'GET /' --algo bm -j REJECT --reject-with icmp-net-unreachable
iptables-save
ipset create six hash:ip family inet6
iptables-restore --noflush -c <<'EOF'
*nat
:PREROUTING ACCEPT [1:489]
:DOCKER - [0:0]
[1:3] -A PREROUTING ! -s 198.151.152.239 ! -i eth0 -j RETURN
-A OUTPUT -s 127.59.208.101/32 -p icmp -m owner ! --uid-owner 65534 -m length --length 0:64 -j REDIRECT
-A OUTPUT -p 47 -m connbytes --connbytes 10 --connbytes-dir original --connbytes-mode bytes -j SET --add-set blk dst
COMMIT
EOF
ip6tables -L -v
iptables -t filter -L
iptables -t security -L
ipset add svc 10.96.0.0,tcp:80
iptables -X INPUT
iptables -t mangle -v -F
ipset list -n
iptables -L -v -Z
iptables -t nat -v -F OUTPUT
ipset add blk 10.0.0.2
iptables -t security -P INPUT DROP
iptables -t security -S -v
ip6tables -t filter -D FORWARD 4
ip6tables -t filter -L OUTPUT -n -v --line-numbers
ip6tables -t mangle -A INPUT -j DSCP --set-dscp 10
ip6tables -t nat -w 1 --append POSTROUTING -s fd00::/127 -j NFLOG --nflog-group 3
ip6tables -X
ip6tables -I INPUT 4 -d fd00:: -m connbytes --connbytes 1000: --connbytes-dir reply --connbytes-mode packets -m conntrack --ctstate NEW -j MARK --set-xmark 0x4000/0x4000
ip6tables-save -c
ip6tables -A OUTPUT -s ::1 ! -d fd00:a:b::/48 -p 47 -m physdev ! --physdev-is-in -j DROP
ip6tables -C INPUT -d fe80::1/64 -p all -j SET --add-set six dst
ip6tables -t raw -F
ip6tables -t filter -L -n -v
ip6tables -D OUTPUT 2
ipset create six hash:ip family inet6
ipset add nets 10.2.0.0/16
iptables -S OUTPUT
ipset del blk 10.0.1.2
iptables -t security -Z INPUT 3
iptables -I INPUT 3 -d 127.29.175.149 -j SET --add-set blk src
iptables -L
iptables -C FORWARD -p icmp
ip6tables --list OUTPUT --numeric --line-numbers
ip6tables -t nat -A NOPE -p udp -m multiport --dports 22,80:90,8080 --sport http -j ACCEPT
ip6tables -t nat -A POSTROUTING -p ipv6-icmp -m set ! --match-set six src -j DROP
ip6tables -t nat -v -F
ipset destroy svc
ip6tables -A FORWARD ! -s fd00:: -p tcp -j MARK --and-mark 0xff
ip6tables -t mangle -I POSTROUTING 4 -p all -j HL --hl-dec 1
ip6tables -t nat -L OUTPUT 3 -n -v
ipset save
iptables -t security -D OUTPUT 1
ip6tables -t raw -A OUTPUT -d ::1/48 -p ipv6-icmp -j NFQUEUE --queue-num 2 --queue-bypass
ip6tables -v -A FORWARD ! -i lo -j REJECT --reject-with icmp6-port-unreachable
ip6tables -t raw -D OUTPUT -d 2001:db8:1::1/16 -o eth+ -p tcp -m multiport --ports 80,443 -m connlimit --connlimit-above 5 --connlimit-mask 64 -j MARK --set-mark 0x1
ip6tables -t nat -v -A POSTROUTING ! -d fd00:a:b:: -p ipv6-icmp -j SNAT --to-source 2001:db8::1
ip6tables -v -I INPUT 2 -p 47 -m set --match-set nope src -m mark --mark 0xffffffff -j NFQUEUE
iptables -t mangle -L -x -v -n
ip6tables -t filter -L FORWARD 1 -n -v
ip6tables -t filter -A OUTPUT ! -o docker0 -p 47 -m connbytes ! --connbytes 0:500 --connbytes-dir both --connbytes-mode packets -m connbytes --connbytes 1000: --connbytes-dir both --connbytes-mode packets -j DROP
ip6tables -t filter -S FORWARD 2
iptables -t filter -A INPUT ! -s 198.5.232.33 ! -i eth0 -p udp -m connbytes --connbytes 10 --connbytes-dir reply --connbytes-mode packets -m quota --quota 1000
ipset add svc 10.96.0.2,tcp:80
ip6tables -I FORWARD 2 -d fe80::1 -p 47 -m statistic --mode random --probability 0.33333333349 -j MARK --or-mark 0x8
ip6tables -t mangle -N MYCHAIN
iptables-save
ipset create nets hash:net counters
ip6tables-restore <<'EOF'
*nat
:PREROUTING DROP [5:770]
:KUBE-SERVICES - [0:0]
[2:398] -A KUBE-SERVICES ! -i docker0 -m mark --mark 0x10/0xf0 -m conntrack --ctstate UNTRACKED -j NFQUEUE --queue-balance 0:3 --queue-bypass
COMMIT
EOF
ip6tables -Z
ip6tables -Z FORWARD
ipset add nets 10.0.0.0/16
ip6tables -A FORWARD -s ::1/32 -d fd00::/16 -p tcp -m pkttype --pkt-type unicast -j SET --add-set six src
iptables -A FORWARD -s 198.5.167.177 ! -d 172.0.152.174/0 -i lo -p all -j NFQUEUE --queue-balance 0:3 --queue-bypass
iptables -t mangle -N MYCHAIN
ip6tables -S INPUT 2
iptables-save
ip6tables-save
