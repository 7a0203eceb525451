# Random iptables/ip6tables rule set, seed 89 (conformance/generators/iptables.ts)
iptables -t raw -I PREROUTING ! -s 172.254.50.182/0 -d 10.112.228.150/30 -p udp -m iprange --dst-range 10.0.0.1-10.0.0.13 -j CONNMARK --set-mark 0x2
iptables -A OUTPUT -p icmp -m length ! --length 0:64 -m conntrack --ctstate INVALID -j NFLOG --nflog-group 1
iptables -A INPUT -s 198.12.53.214/0 -j REJECT --reject-with icmp-admin-prohibited
iptables -t security -L
iptables -t filter -P OUTPUT RETURN
iptables -t raw -A OUTPUT -s 192.199.182.176 -p udp -m addrtype --dst-type BROADCAST -j DROP
iptables -t filter -I FORWARD 2 -i br0 -m physdev --physdev-out eth+
iptables -D NOPE 2
iptables -P FOO RETURN
iptables -t raw -D PREROUTING -s 127.83.100.103/16 -i lo -j LOG
ip6tables -t mangle -X
ip6tables-save -t security -c
ip6tables -t nat -A PREROUTING -s fd00:a:b:: -p 47 -m conntrack ! --ctstate INVALID -j DROP
iptables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [8:306]
:DOCKER - [0:0]
-A INPUT -s 10.194.105.62/12 -m physdev --physdev-is-bridged -m comment --comment "kubernetes service portals" -j TTL --ttl-set 64
COMMIT
EOF
iptables -A INPUT ! -s 192.145.43.230/24 -p sctp -m conntrack --ctstate NEW -m limit --limit 10/second -j REJECT --reject-with icmp-host-prohibited
ip6tables -P INPUT RETURN
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [2:77]
:DOCKER - [0:0]
-A INPUT -i eth0 -p ipv6-icmp -m connmark --mark 5/0xff -j DROP
-A OUTPUT ! -s ::1/128 -d ::1 -p tcp -m comment --comment docker -j TRACE
COMMIT
EOF
ip6tables -t nat -Z OUTPUT
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [3:615]
:KUBE-SERVICES - [0:0]
-A INPUT -s fe80::1 -p 47 -m addrtype ! --dst-type MULTICAST -m physdev ! --physdev-is-in -j RETURN
-A OUTPUT -p 47 -j TRACE
COMMIT
EOF
ip6tables -C INPUT ! -s 2001:db8:1::1/128 -i lo -p udp -m limit --limit 100/day -j DROP
ip6tables-restore --noflush <<'EOF'
*mangle
:PREROUTING ACCEPT [5:708]
:DOCKER - [0:0]
-A POSTROUTING -s 2001:db8:1::1/32 -d fd00:: -o cni0 -p 47 -m physdev --physdev-in veth0 -j DOCKER
COMMIT
EOF
ip6tables -t mangle -A INPUT -m hl --hl-gt 247 -j DOCKER
ip6tables -A KUBE-SERVICES -s 2001:db8:1::1 ! -d 2001:db8:: -i veth+ -o eth+ ! -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -j KUBE-SERVICES
ip6tables -Z
ip6tables -t filter -I INPUT 4 -p tcp -j LOG
ip6tables -t raw -N DOCKER-USER
ip6tables -A INPUT -d 2001:db8:1::1/16 -i docker0 -p 47 -m hl --hl-gt 53 -m state --state INVALID -j ACCEPT
ip6tables -A OUTPUT -p udp -m pkttype --pkt-type unicast -j KUBE-SERVICES
iptables -A OUTPUT -o eth1 -p 47 -m conntrack --ctstate RELATED,ESTABLISHED -j MARK --set-mark 0x1
iptables -F
iptables -D INPUT -p 47 -j RETURN
iptables -N KUBE-SERVICES
iptables -t filter -N KUBE-SERVICES
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [4:696]
:RCHAIN - [0:0]
-A OUTPUT -s 127.25.60.61/12 -d 198.191.104.217/32 -i lo -p 47 -m iprange --dst-range 10.0.0.1-10.0.0.167 -j REJECT --reject-with tcp-reset
[2:266] -A OUTPUT -d 198.147.45.14/0 -o docker0 -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.97 -j NFLOG --nflog-group 1
-A RCHAIN -p 47 -j DROP
[0:393] -A OUTPUT -s 10.183.255.149/32 -d 198.247.14.198 -p sctp -m connmark --mark 0x1 -g RCHAIN
COMMIT
EOF
iptables -t mangle -L DOCKER -n -v --line-numbers
iptables -Z
iptables -t security -A INPUT -s 10.38.216.193/0 ! -d 192.123.42.151/12 -i eth0 -m pkttype --pkt-type multicast -m addrtype --src-type UNICAST -j TRACE
iptables -A RCHAIN -s 172.27.120.246/0 -d 127.18.193.66/0 -p tcp -m pkttype ! --pkt-type multicast -j RCHAIN
iptables -A INPUT -i lo -p icmp -m mark --mark 1 -g RCHAIN
iptables -D INPUT 1
iptables-save
iptables -t raw -F
ip6tables -L FORWARD
ip6tables -A OUTPUT -p tcp -m multiport --ports 22,80:90,8080 -j ACCEPT
ip6tables -t nat -N KUBE-SERVICES
ip6tables -C OUTPUT -p all -j DROP
ip6tables -t raw -R DOCKER-USER 3 -s fd00:: -d fd00:a:b::/16 -m conntrack ! --ctstate INVALID -m comment --comment docker -j RETURN
ip6tables-save -t filter -c
iptables-restore --noflush <<'EOF'
*raw
:DOCKER - [0:0]
-A PREROUTING -s 10.161.250.17/32 -d 172.167.96.181 -m statistic --mode nth --every 10 --packet 0 -m addrtype --src-type UNICAST -j DOCKER
-A OUTPUT -o docker0 -p sctp -m mark --mark 0x10/0xf0 -j NOTRACK
-A PREROUTING ! -d 172.87.176.235 -m limit --limit 100/day -j TRACE
COMMIT
EOF
iptables -Z
iptables -t filter -P FORWARD RETURN
ip6tables-save
ip6tables -Z
iptables -t filter -I RCHAIN -m mark --mark 1
ip6tables -t nat -R PREROUTING 2 -o cni0 -p ipv6-icmp -j ACCEPT
ip6tables -D FORWARD 3
ip6tables -R KUBE-SERVICES 1 -d 2001:db8:1::1 -p all -j RETURN
ip6tables -t filter -A FORWARD -d fe80::1 ! -o cni0 -j LOG
ip6tables -t nat -A PREROUTING -d 2001:db8:1::1/128 -p 47 -j CONNMARK --restore-mark --mask 0xff
ip6tables -t mangle -A POSTROUTING -p ipv6-icmp -m mark --mark 0xffffffff -j DSCP --set-dscp 0x2e
ip6tables -t security -A OUTPUT -s 2001:db8:: ! -d ::1 -p udp -m addrtype --src-type LOCAL -m addrtype --dst-type UNICAST -j REDIRECT
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING ACCEPT [0:375]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -i eth0 -p tcp -m connmark --mark 0x1 --syn
COMMIT
EOF
ip6tables -t security -L FORWARD
ip6tables -I OUTPUT ! -o eth1 -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -m hl --hl-eq 247 -j TRACE
ip6tables -X KUBE-SERVICES
iptables -t raw -N DOCKER
iptables-restore --noflush <<'EOF'
*security
:INPUT DROP [0:253]
:DOCKER - [0:0]
-A INPUT -d 198.120.250.131 ! -o cni0 -m addrtype --dst-type BROADCAST -j CONNMARK --save-mark
-A INPUT -p tcp -m mac --mac-source 02:00:00:00:00:69 -m addrtype --dst-type MULTICAST
-A OUTPUT -o eth1 -p udp -m multiport --dports http,https -m state ! --state NEW -j DROP
[3:313] -A FORWARD -s 172.158.119.106/8 -d 10.206.226.229/12 -m statistic --mode nth --every 10 --packet 0 -m limit --limit 5/min --limit-burst 5 -j RETURN
COMMIT
EOF
iptables -t security -N f2b-sshd
iptables -N DOCKER
iptables -A RCHAIN -p udp -g RCHAIN
iptables-save
ip6tables-save
