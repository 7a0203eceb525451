# Random iptables/ip6tables rule set, seed 206 (conformance/generators/iptables.ts)
ipset test blk 10.0.0.2
iptables -v -A OUTPUT ! -o docker0 -p all -m set ! --match-set nope dst,dst -j CONNMARK --restore-mark --mask 0xff
ip6tables -t raw -X
ip6tables -t nat -L INPUT
ip6tables -t security -N f2b-sshd
ip6tables -t mangle -v -X
iptables -t nat -A NOPE ! -d 172.70.165.219 -p icmp -m quota ! --quota 50000 -m helper --helper sip -j ACCEPT
ipset del blk 10.0.2.2
ip6tables -t security -S f2b-sshd 2
ip6tables -t filter -I FORWARD 3 -d fd00:a:b::/64 -i docker0 -o docker0 -p udp -m connmark --mark 0x1 -m multiport --ports 80,443 -j ACCEPT
ip6tables -D INPUT 4
ip6tables -v -I OUTPUT 2 -s fd00:a:b::/32 -p udp -m helper --helper sip -j MASQUERADE
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [1:891]
:RCHAIN - [0:0]
[3:350] -A FORWARD ! -p tcp -m state --state INVALID -j NFQUEUE --queue-num 3
COMMIT
EOF
ip6tables -N KUBE-SEP-XYZ
ip6tables -A RCHAIN -p ipv6-icmp -j NOTRACK
ip6tables -t security -Z f2b-sshd 3
iptables -t raw -A PREROUTING -i lo -m physdev --physdev-out eth+ -j CONNMARK --restore-mark
iptables -t raw -A OUTPUT -j CONNMARK --restore-mark --mask 0xff
iptables -t security -F
iptables -t mangle -A PREROUTING -m dscp --dscp 10
ipset create svc hash:ip,port
iptables -v -F
iptables -t filter -D INPUT 2
iptables -Z
iptables -Z OUTPUT
iptables -t security --list FORWARD --numeric --line-numbers
ipset list
iptables -t raw -X
iptables -t filter -Z
iptables -t raw -L -v -Z
iptables -D FORWARD 3
iptables -t filter -A INPUT -i eth0 -p icmp -m set --match-set nope src,dst -m physdev --physdev-is-bridged -j RETURN
iptables-restore <<'EOF'
*filter
:INPUT DROP [2:750]
:KUBE-SERVICES - [0:0]
-A OUTPUT -d 172.40.21.139/16 -p tcp --tcp-flags ALL NONE --syn
-A FORWARD -d 10.202.249.179/30 -m addrtype --src-type LOCAL -m mark --mark 0x4000/0x4000 -j LOG --log-prefix "drop"
-A OUTPUT -d 127.107.70.102/32 -m helper --helper ftp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j ACCEPT
COMMIT
EOF
iptables -t filter --list INPUT --numeric --line-numbers
iptables -t nat -F
iptables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
[1:135] -A INPUT ! -d 172.250.160.226 -m connmark ! --mark 0x1 -m quota --quota 50000 -j DROP
COMMIT
EOF
ip6tables -t filter -A INPUT -i eth0 -p ipv6-icmp -m quota --quota 1000 -j RETURN
ip6tables -L -n
ip6tables -t mangle -P OUTPUT ACCEPT
ip6tables-save
ip6tables -t filter -N KUBE-SERVICES
ipset -exist create blk hash:ip
ip6tables -t nat -S -v
ip6tables -D RCHAIN -d ::1 -m length --length 100:200 -j KUBE-SERVICES
iptables -t filter -D FORWARD -p tcp -m recent --remove --hitcount 4 -m addrtype --dst-type MULTICAST
iptables -t nat -A PREROUTING -s 10.81.172.37/8 -i docker0 -p tcp -m rpfilter -j MARK --or-mark 0x8
iptables -t security -F
iptables -X INPUT
iptables-restore <<'EOF'
*mangle
:PREROUTING ACCEPT [2:861]
:DOCKER - [0:0]
-A FORWARD -o cni0 ! -p tcp -j MARK --or-mark 0x8
COMMIT
EOF
iptables -t raw -F
iptables -t mangle -v -I DOCKER 2 -s 10.144.32.175/8 -p 47 -m state --state ESTABLISHED,RELATED -m connlimit --connlimit-upto 5 -j CHECKSUM --checksum-fill
iptables -t security -F
iptables -t security -v -F
iptables -t filter -A FORWARD ! -o eth1 -m addrtype --dst-type MULTICAST -m comment --comment "a/b:c -> 10.0.0.1:80" -j NFLOG --nflog-group 4
iptables -t mangle -v -X DOCKER
ip6tables -t security -N KUBE-SERVICES
ipset add nets 10.0.0.0/16
ip6tables -t filter -A KUBE-SERVICES -o cni0 -m quota --quota 1000 -m connmark --mark 0x1
ip6tables-save -c
ip6tables-restore --noflush <<'EOF'
*mangle
:DOCKER - [0:0]
-A POSTROUTING ! -d fd00:a:b:: -p all -m helper --helper ftp -m state ! --state ESTABLISHED,RELATED -j HL --hl-dec 1
COMMIT
EOF
ip6tables -t security -v -I KUBE-SERVICES 3 -p all -m set --match-set nope src -m conntrack --ctstate UNTRACKED -j CONNMARK --restore-mark
ip6tables -L OUTPUT
ip6tables -t filter -A FORWARD -s 2001:db8:1::1 -d fe80::1 -i lo -m connbytes ! --connbytes 10 --connbytes-dir both --connbytes-mode avgpkt -m quota --quota 50000 -j SET --del-set six src
iptables -t raw -L PREROUTING 1 -n -v
ip6tables -t raw -I OUTPUT 1 -p ipv6-icmp -m recent --update --name SSH -j RETURN
ip6tables -t raw -A PREROUTING -i lo -p 47 -m comment --comment docker
ipset add svc 10.96.0.1,tcp:443
ip6tables-save -c
iptables -S
iptables-save -c
iptables-save
ip6tables-save
