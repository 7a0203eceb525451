# Random iptables/ip6tables rule set, seed 124 (conformance/generators/iptables.ts)
iptables-save
iptables -v -I NOPE 1 -o cni0 -p sctp -m mark --mark 0x10/0xf0 -j LOG --log-prefix "IN: "
iptables -t filter -L -x -v -n
iptables -A INPUT ! -i br0 -p tcp -m conntrack --ctstate RELATED,ESTABLISHED
iptables -A FORWARD -d 127.63.146.195 ! -o eth+ -p tcp -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -t raw -I OUTPUT 3 -o eth1 -p tcp -j NFLOG --nflog-group 0
iptables -N KUBE-SEP-XYZ
iptables -A INPUT -s 127.155.217.39/8 -m state --state NEW -m addrtype --dst-type LOCAL -j DROP
iptables -t raw -L -n --line-numbers
iptables -v -A OUTPUT -s 127.80.42.42/30 -d 172.116.59.153 -j ACCEPT
iptables -t mangle -X
iptables -t filter -C OUTPUT -p tcp -m mark --mark 1 -m length --length 1500 -j NFLOG --nflog-group 1 --nflog-prefix p
iptables-save -c
iptables -t mangle -L -n
iptables -t mangle -P INPUT DROP
ip6tables -v -X
ip6tables-restore <<'EOF'
*security
:INPUT ACCEPT [3:912]
:DOCKER - [0:0]
-A DOCKER -m length ! --length 100:200 -m pkttype --pkt-type broadcast -j MARK --or-mark 0x8
[3:177] -A INPUT -m limit --limit 1/hour --limit-burst 1 -m connmark --mark 0x1 -g DOCKER
-A OUTPUT -o cni0 -p 47 -g DOCKER
COMMIT
EOF
ip6tables -t security -A INPUT -s ::1 -i veth+ -p tcp -m multiport --sports 80,443 -m pkttype --pkt-type multicast -j ACCEPT
ip6tables -v -A OUTPUT -p ipv6-icmp -m length ! --length 0:64 -m mark --mark 1 -j REDIRECT
ip6tables -t raw -Z
ip6tables -t nat -N KUBE-SERVICES
ip6tables -A FORWARD -p tcp -m connmark --mark 0x1 -m mark --mark 1
ip6tables -t mangle -w 1 --append PREROUTING ! -i br0 -p ipv6-icmp -j ACCEPT
ip6tables -t filter -R INPUT 2 -s ::1 -d 2001:db8:: -p udp -m addrtype --src-type UNICAST -j ACCEPT
ip6tables -S INPUT 1
ip6tables -w 1 --append INPUT -s 2001:db8:1::1 -j LOG
ip6tables -X
ip6tables -t security -w 1 --append DOCKER -s 2001:db8:1::1/128 -i lo -o cni0 -p udp -g DOCKER
ip6tables -t nat -v -F
ip6tables -t filter -v -X
ip6tables -t mangle -Z FORWARD 2
ip6tables -t nat -Z PREROUTING 1
ip6tables -t nat -F
ip6tables -A FORWARD ! -s fd00::/64 -i lo -o cni0 -m hl --hl-lt 237 -m addrtype --dst-type UNICAST -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -w 1 --append OUTPUT -d 2001:db8:1::1/48 -j LOG --log-prefix "x y"
ip6tables -X INPUT
iptables -t filter -L INPUT 2 -n -v
iptables -t filter -Z FORWARD
ip6tables -t raw -L OUTPUT 2 -n -v
ip6tables -t nat -D INPUT 2
ip6tables -t raw -Z PREROUTING
iptables -Z OUTPUT
iptables -A INPUT ! -d 198.105.116.227/32 -p tcp -m statistic --mode random --probability 0.33333333349 -j NFLOG --nflog-group 4
iptables -t filter -P FOO DROP
iptables -t filter --list OUTPUT --numeric --line-numbers
iptables -t filter -D INPUT -p udp -j REJECT
iptables -t raw -v -X
iptables -t mangle -R PREROUTING 1 -s 127.241.141.238/32 -d 10.105.104.131 -m iprange --dst-range 10.0.0.1-10.0.0.27 -m connmark --mark 5/0xff -j LOG --log-prefix "drop" --log-level 4
iptables -t mangle -Z
iptables -L KUBE-SEP-XYZ -n -v --line-numbers
ip6tables-save -c -t filter
ip6tables -t nat -I OUTPUT -s 2001:db8:1::1 -j REDIRECT
ip6tables -t filter -A FORWARD -d fd00::/127 -p tcp -j MARK --xor-mark 0x3
iptables -t nat -X INPUT
iptables -t nat -v -F
iptables -t mangle -A OUTPUT -d 198.183.211.181/0 -o docker0 -p udp -m multiport --sports 53 -m conntrack --ctstate RELATED,ESTABLISHED -j DROP
ip6tables -t mangle --list FORWARD --numeric --line-numbers
ip6tables -F
ip6tables -t raw -Z
ip6tables -t nat -N f2b-sshd
ip6tables -F
ip6tables -F
iptables -C OUTPUT -s 198.53.153.198/24 -d 172.140.77.226 -p tcp -j REJECT --reject-with icmp-port-unreachable
iptables -t raw -A OUTPUT -j RETURN
iptables -t raw --list PREROUTING --numeric --line-numbers
iptables -t nat -A POSTROUTING -s 198.125.30.121 -p icmp -m length --length 100:200 -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -t filter -A INPUT ! -s 172.254.18.81 -p all -j CONNMARK --restore-mark
iptables -t security -v -X
iptables-save -c
ip6tables -t mangle -N KUBE-SVC-ABC
iptables-save
ip6tables-save
