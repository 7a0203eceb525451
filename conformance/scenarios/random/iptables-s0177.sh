# Random iptables/ip6tables rule set, seed 177 (conformance/generators/iptables.ts)
ip6tables -t filter -L -v -Z
iptables-restore --noflush <<'EOF'
*filter
:DOCKER - [0:0]
[2:211] -A FORWARD -m statistic --mode nth --every 2 --packet 0 -m connmark --mark 0x1 -g DOCKER
COMMIT
EOF
iptables -L -v
iptables -t nat -L
iptables -N KUBE-SERVICES
iptables -t nat -L -n --line-numbers
iptables -S INPUT
iptables-save
iptables -A FORWARD ! -s 198.62.195.11/30 -o eth+ -p tcp --tcp-flags ALL NONE
iptables -N LOGDROP
iptables-save
iptables -t raw -D PREROUTING 2
iptables -t security -A FORWARD -d 172.161.234.52/32 -p udp --sport 22:65535 -j TRACE
iptables -S LOGDROP 3
iptables -t raw -v -F
iptables -E LOGDROP LOGDROP-2
iptables --list DOCKER --numeric --line-numbers
iptables -t raw -Z NOPE
iptables -t nat -I INPUT 2 -s 192.180.191.22 -j LOG
iptables --list INPUT --numeric --line-numbers
iptables -t security -F
iptables -A NOPE -s 172.40.52.69/32 -i docker0 -p icmp -m ttl --ttl-gt 29 -j LOGDROP-2
iptables -t nat --list PREROUTING --numeric --line-numbers
iptables -t security -L OUTPUT 2 -n -v
iptables -t mangle -S INPUT 3
iptables -t raw -X
iptables -t nat -L OUTPUT 1 -n -v
ip6tables -L -n --line-numbers
iptables -A KUBE-SERVICES -d 198.214.218.11/16 -i eth0 ! -o docker0 -p all -m length --length 0:64
ip6tables -t filter -A OUTPUT -s fd00:: -d 2001:db8:: -m statistic --mode random --probability 1 -j ACCEPT
ip6tables -t filter -X
ip6tables-save
ip6tables -v -F
ip6tables -F
ip6tables -t filter -L -v
ip6tables -t nat -v -I INPUT 1 -p tcp -m limit --limit 5/min --limit-burst 5 --sport 80
ip6tables -t nat -S OUTPUT 2
ip6tables -L -v
ip6tables -t mangle -I NOPE -s fe80::1 -j ACCEPT
ip6tables -N f2b-sshd
ip6tables -t mangle -Z FORWARD
ip6tables -L -n
iptables -A FORWARD ! -i docker0 -m iprange --dst-range 10.0.0.1-10.0.0.3 -m conntrack --ctstate NEW -j CONNMARK --save-mark
iptables -t raw -R OUTPUT 1 -p icmp -j LOG
ip6tables -D INPUT -s fd00::/127 -i lo -m conntrack --ctstate INVALID -m statistic --mode random --probability 0.33333333349 -g f2b-sshd
ip6tables -t raw -N KUBE-SERVICES
ip6tables -t nat -C POSTROUTING -m state --state INVALID -m statistic --mode random --probability 1 -j CT --notrack
iptables -t mangle -v -F POSTROUTING
iptables -t filter -L -n -v
iptables -A KUBE-SERVICES -c 78 11304 -s 127.80.97.206/0 -d 198.36.79.11/12 -m limit --limit 1/hour --limit-burst 20 -m mark ! --mark 0x4000/0x4000 -g KUBE-SERVICES
iptables -t security -Z FORWARD 3
iptables -t security -Z FORWARD 2
iptables-save -c -t security
ip6tables -v -F INPUT
ip6tables -t mangle -A INPUT -p tcp
ip6tables -t mangle -P FOO DROP
ip6tables -t filter -A OUTPUT -m pkttype --pkt-type multicast
ip6tables-restore <<'EOF'
*mangle
:PREROUTING DROP [3:930]
:DOCKER - [0:0]
-A FORWARD -p sctp -m conntrack --ctstate UNTRACKED -m limit --limit 1/hour -j ACCEPT
COMMIT
EOF
iptables -w 1 --append KUBE-SERVICES -i eth0 -o eth1 -j LOG --log-prefix "IN: "
iptables -D INPUT 3
iptables -t mangle -A POSTROUTING -s 127.174.101.165 -p udp -j RETURN
iptables -t filter -w 1 --append DOCKER -p icmp -m statistic --mode nth --every 3 --packet 0 -j LOG --log-prefix "IN: " --log-level crit
iptables -R OUTPUT 3 -p tcp -m physdev --physdev-in veth0 -m ttl --ttl-lt 184 -j DROP
iptables-save
iptables -t security -P FOO ACCEPT
ip6tables -t raw -A OUTPUT ! -d 2001:db8:1::1/128 -p ipv6-icmp -m length --length 1500 -j KUBE-SERVICES
ip6tables -t raw -Z
iptables -t mangle -A FORWARD -d 127.117.55.237/0 -o cni0 -p 47 -m pkttype --pkt-type unicast -j DSCP --set-dscp 0x2e
ip6tables -A NOPE -s fe80::1/48 -p all -m length ! --length 1500 -j MARK --set-mark 0x1
ip6tables-save -c
iptables-save
ip6tables-save
