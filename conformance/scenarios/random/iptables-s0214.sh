# Random iptables/ip6tables rule set, seed 214 (conformance/generators/iptables.ts)
iptables -t filter -A INPUT -c 411 6647 -s 127.47.10.214/32 -m rpfilter --loose -j CONNMARK --restore-mark
iptables -t filter -S OUTPUT
ipset test blk 10.0.2.3
ip6tables-restore --noflush -c <<'EOF'
*security
:INPUT DROP [5:631]
:DOCKER - [0:0]
-A DOCKER -p 47 -m connlimit --connlimit-above 5 --connlimit-mask 128 -m statistic --mode nth --every 3 --packet 1
[4:330] -A DOCKER -s ::1/127 -p ipv6-icmp -j CONNMARK --save-mark
-A INPUT -p 47 -m set --match-set six src,dst ! --update-counters -m addrtype --src-type UNICAST -j CONNMARK --save-mark
COMMIT
EOF
ip6tables --list INPUT --numeric --line-numbers
ipset create six hash:ip family inet6
iptables -t security -P FORWARD RETURN
ip6tables -X
ip6tables -t mangle -A PREROUTING -m state --state ESTABLISHED,RELATED -m quota --quota 1000 -j TRACE
ip6tables -t nat -D POSTROUTING -d fd00:a:b:: -o eth+ -p udp -m limit --limit 10/second --limit-burst 1 -m multiport --dports 22,80:90,8080 -j REJECT --reject-with tcp-reset
ip6tables-save
iptables -t filter -X INPUT
ip6tables -t raw -A PREROUTING -p all -j RETURN
ipset flush nets
ip6tables -t security -I OUTPUT 1 -p udp -m hl --hl-eq 221 -j DOCKER
ip6tables -t nat -v -F
ip6tables -A FORWARD -d 2001:db8::/128 -p tcp -m connlimit --connlimit-above 5 --connlimit-mask 64 -j NFQUEUE --queue-num 2 --queue-bypass
ip6tables -I FORWARD -i docker0 -m physdev --physdev-in veth0 -m addrtype --src-type UNICAST -j REJECT
ip6tables-save
iptables -t nat --list OUTPUT --numeric --line-numbers
iptables-save
iptables -t security -A FORWARD -p 47 -m state --state NEW -j DROP
iptables -t security -C OUTPUT -s 127.99.72.177/16 -d 192.149.108.250 -o eth1 -p all -j CONNMARK --save-mark
iptables -t filter -P OUTPUT ACCEPT
iptables -t security -L FORWARD 2 -n -v
iptables -t filter -L FORWARD -n -v --line-numbers
iptables -t mangle -F
iptables -Z FORWARD 3
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [8:473]
:RCHAIN - [0:0]
-A OUTPUT -s fd00:a:b:: -o cni0 -p sctp -m pkttype --pkt-type unicast -m recent --rcheck --name DEFAULT -j MARK --xor-mark 0x3
COMMIT
EOF
ipset -exist create blk hash:ip timeout 600
iptables -A FORWARD -s 10.171.226.50/12 -p all -m comment --comment "kubernetes service portals" -j ACCEPT
iptables -t filter -v -X
iptables -t filter -A INPUT -d 192.238.101.229/12 -p udp -j RETURN
ip6tables -t mangle --list INPUT --numeric --line-numbers
ip6tables -nvL
ip6tables-save -c
ip6tables -t filter -nvL
ip6tables -t filter -A OUTPUT -d 2001:db8:1::1 -p sctp -m statistic --mode nth --every 3 --packet 1 -m hl --hl-eq 118 -j DROP
ip6tables -t raw -X
ip6tables -t security -A DOCKER -p tcp -m physdev ! --physdev-is-in -m limit --limit 1/hour -j DOCKER
ip6tables -t nat -C INPUT -d 2001:db8:1::1/48 -p tcp -j DROP
ip6tables -t mangle -A FORWARD ! -o eth1 -p 47 -m rpfilter -j NFLOG --nflog-group 0
ip6tables-restore --noflush <<'EOF'
*security
:INPUT DROP [3:720]
:KUBE-SERVICES - [0:0]
[4:443] -A FORWARD -i docker0 -p tcp -j RETURN
-A OUTPUT -m length --length 0:64 -m owner ! --uid-owner 100-200 -j TRACE
[3:179] -A OUTPUT ! -s fe80::1 -m helper ! --helper ftp -g DOCKER
-A FORWARD ! -o cni0 -p ipv6-icmp -j NFQUEUE --queue-balance 0:3 --queue-bypass
COMMIT
EOF
ip6tables -t mangle -D OUTPUT 3
ip6tables -t filter -A OUTPUT -d fe80::1 -p all -m comment --comment "kubernetes service portals" -m owner --uid-owner 100-200
ip6tables -D OUTPUT 3
ipset create six hash:ip family inet6
iptables -t raw -I OUTPUT 3 -s 127.73.77.118 ! -d 192.79.4.83 -p sctp -m connlimit --connlimit-upto 20 -m owner --uid-owner 100-200 -j DROP
iptables -t nat --list OUTPUT --numeric --line-numbers
iptables -t filter -L OUTPUT 2 -n -v
iptables-save -c
iptables -t nat -A POSTROUTING -d 10.222.211.187 -p all -m ttl --ttl-eq 29 -m statistic --mode random --probability 0.5 -j RETURN
iptables -v -I INPUT 3 -p udp -m mark --mark 0x4000/0x4000 -m statistic --mode random --probability 0.5 -j SET --add-set nets src
iptables -w 1 --append OUTPUT -p 47 -m statistic --mode random --probability 0.25000000000 -m iprange --dst-range 10.0.0.1-10.0.0.100 -j ACCEPT
iptables-save
iptables -t mangle -I INPUT 2 -d 198.211.69.132 -p icmp -j NFQUEUE --queue-num 3
iptables -L -n
iptables -t nat -C OUTPUT -s 127.242.139.63 -o eth1 -m limit --limit 3/s --limit-burst 5 -j REJECT --reject-with tcp-reset
ipset add blk 10.0.1.0
iptables -t security -A FORWARD -c 239 85402 -o eth1 -m ttl --ttl-gt 11 -j DROP
iptables -t filter -X INPUT
iptables -t filter -R FORWARD 2 -d 198.78.86.34/8 -m connlimit --connlimit-above 20 -m connlimit --connlimit-above 5 -j NFLOG --nflog-group 1
iptables -t nat -L -v -Z
iptables -v -I INPUT 1 ! -i br0 -p sctp -m quota --quota 1000 -m length ! --length 1500 -j CONNMARK --save-mark
iptables-save
iptables -t filter -L FORWARD 2 -n -v
iptables -t mangle -L -x -v -n
iptables -A INPUT -i veth+ -p all -m quota ! --quota 1000 -m mark --mark 0x10/0xf0 -j DROP
iptables-save -t nat -c
iptables-restore --noflush <<'EOF'
*mangle
:PREROUTING ACCEPT [6:119]
:RCHAIN - [0:0]
-A OUTPUT -p udp -j RCHAIN
COMMIT
EOF
iptables-save
ip6tables-save
