# Random iptables/ip6tables rule set, seed 172 (conformance/generators/iptables.ts)
iptables -I INPUT 3 -j ACCEPT
ip6tables -A FORWARD ! -s 2001:db8:: -j ACCEPT
ip6tables -t raw -nvL
ip6tables -t nat -v -X
ip6tables -t nat -A POSTROUTING -m connmark --mark 0x1 -j DROP
ip6tables -t security -I OUTPUT 2 -o eth+ ! -p udp -m statistic --mode random --probability 0.5 -m iprange --src-range 2001:db8::1-2001:db8::9 -j ACCEPT
iptables -t nat -v -I PREROUTING 3 -d 192.185.189.14 -j DROP
iptables -A OUTPUT -s 192.23.193.83/30 -d 10.118.179.223 -p tcp -m multiport ! --sports 53 -m statistic --mode random --probability 0.5 -j DROP
iptables -t security -v -X
iptables -t nat -I INPUT 3 -p icmp -m comment --comment "a/b:c -> 10.0.0.1:80" -j MARK --or-mark 0x8
ip6tables -t security -R OUTPUT 1 -p udp -m connmark --mark 0x1 -j LOG --log-prefix "drop" --log-level 7
ip6tables -t filter -A FORWARD -d ::1/127 -m mark ! --mark 0xffffffff -m mark ! --mark 0xffffffff -j TRACE
ip6tables -A FORWARD -d ::1 -o eth+ -p sctp -m addrtype ! --dst-type MULTICAST -j ACCEPT
ip6tables -t raw -v -X
ip6tables -t nat -A INPUT -p udp -m mark --mark 0x10/0xf0 -j RETURN
iptables-restore <<'EOF'
*nat
:PREROUTING DROP [4:178]
:KUBE-SERVICES - [0:0]
[1:253] -A INPUT ! -i lo -p tcp -m tcp --dport 22 -m mac ! --mac-source 02:00:00:00:00:14 -j ACCEPT
-A KUBE-SERVICES -p icmp -m addrtype --src-type LOCAL -m physdev --physdev-in veth0 -j ACCEPT
-A INPUT -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.12 -m iprange --dst-range 10.0.0.1-10.0.0.189 -j CONNMARK --set-mark 0x2
COMMIT
EOF
iptables -t mangle -v -X
iptables -t filter -w 1 --append OUTPUT -d 198.197.182.183 -p all -m statistic --mode nth --every 2 --packet 0 -m conntrack ! --ctstate RELATED,ESTABLISHED -j REJECT
ip6tables -t filter -P OUTPUT DROP
iptables -t mangle -S FORWARD 3
ip6tables -t security -A INPUT -d 2001:db8:1::1/32 -p all -j CONNMARK --restore-mark --mask 0xff
ip6tables -t raw -A NOPE -p ipv6-icmp -m addrtype --src-type LOCAL -m mark --mark 0x10/0xf0 -j TRACE
ip6tables -t mangle -C POSTROUTING ! -d 2001:db8:1::1 -p udp -j DSCP --set-dscp 10
ip6tables -t filter -P FOO RETURN
ip6tables -t security -L -v -Z
ip6tables -A INPUT -s fe80::1/16 -p all -m state --state ESTABLISHED,RELATED -j REJECT
ip6tables -t mangle -Z POSTROUTING
ip6tables -t filter -v -I INPUT 2 -i eth0 -p tcp -j NFLOG --nflog-group 0 --nflog-prefix p
iptables-restore <<'EOF'
*security
:INPUT ACCEPT [5:805]
:DOCKER - [0:0]
[1:149] -A DOCKER -s 198.177.113.249 -p all -j ACCEPT
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [2:918]
:DOCKER - [0:0]
-A PREROUTING -d 198.187.111.212/16 -m physdev ! --physdev-is-in -m statistic --mode nth --every 10 --packet 1 -j LOG --log-prefix "IN: "
COMMIT
EOF
iptables-save
iptables -t mangle -A OUTPUT -p tcp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m mark --mark 0xffffffff
iptables -t mangle -A PREROUTING -p all -m mark --mark 1
iptables -t filter -A INPUT -c 699 3937 -i br0 -p icmp -m comment --comment "a/b:c -> 10.0.0.1:80" -m limit --limit 1/hour --limit-burst 1 -j CONNMARK --restore-mark --mask 0xff
iptables -I OUTPUT -o eth+ -p icmp
iptables -t raw -A PREROUTING -d 10.159.171.53/24 -p icmp -m addrtype --dst-type MULTICAST -m conntrack --ctstate UNTRACKED -j NOTRACK
iptables -t mangle -D PREROUTING 4
iptables -t raw -A PREROUTING -p tcp -m state --state NEW -m ttl --ttl-lt 44 -j MARK --set-xmark 0x4000/0x4000
ip6tables -t nat -A INPUT -j LOG --log-level crit
ip6tables -A OUTPUT -o eth1 -p tcp -m owner ! --uid-owner 65534 -m length --length 0:64 -j ACCEPT
ip6tables -t mangle -v -X
ip6tables -Z FORWARD
iptables -Z
iptables -t raw -X
iptables -t security -L -n
iptables -X OUTPUT
iptables-save -c -t nat
iptables -X OUTPUT
iptables -t mangle -R PREROUTING 2 -p tcp -m multiport --dports 80,443 -j RETURN
iptables-save -t raw
ip6tables -N KUBE-SEP-XYZ
iptables -t security -A OUTPUT -o eth+ -p tcp -m tcp --dport domain -m mark --mark 0x10/0xf0 -j RETURN
iptables -t security -S DOCKER 2
iptables -F
iptables -t raw -A OUTPUT ! -d 10.13.229.164/8 -p tcp -m ttl --ttl-lt 87 -m owner --uid-owner 65534 -j RETURN
iptables -t raw -A OUTPUT -c 804 26923 ! -d 10.127.55.235 ! -o eth+ -j RETURN
ip6tables -t security -L -v -Z
iptables -t nat -I KUBE-SERVICES -p all -j ACCEPT
iptables -t raw -N KUBE-SERVICES
iptables -t filter -Z FORWARD 3
iptables -P FOO DROP
iptables -t raw -v -A KUBE-SERVICES ! -o docker0 -p tcp -m comment --comment docker -j KUBE-SERVICES
iptables -F
ip6tables -t nat -v -F
iptables -t security -S FORWARD 3
iptables -t raw -v -A OUTPUT -o eth1 -p icmp -m length --length 100:200 --icmp-type time-exceeded -j RETURN
ip6tables -t filter -A OUTPUT -c 84 18549 -d fd00:a:b:: -p tcp -m tcp ! --dport 3000:65535 -j MARK --set-mark 0x1
ip6tables -t raw -D PREROUTING -i veth+ -j ACCEPT
iptables -t mangle -v -X
iptables -A FORWARD -d 192.67.50.215/30 -i eth0 -p udp -m mark ! --mark 1 -j TRACE
iptables-save
ip6tables-save
