# Random iptables/ip6tables rule set, seed 154 (conformance/generators/iptables.ts)
iptables -t filter -v -I OUTPUT 1 -d 198.186.98.102/0 -j TRACE
ip6tables -nvL
ip6tables -t raw -L OUTPUT 2 -n -v
ip6tables -t filter -I INPUT -p tcp --tcp-flags ALL ALL -m statistic --mode random --probability 0.5 -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -A INPUT -s fe80::1/128 -p sctp -m pkttype --pkt-type multicast -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -t nat -A OUTPUT -c 618 43558 -s 2001:db8:: -d 2001:db8::/128 -j MARK --xor-mark 0x3
ip6tables -t security --list OUTPUT --numeric --line-numbers
ip6tables -t filter -X INPUT
ip6tables -t security -v -I FORWARD 3 -p udp -m mark --mark 1 -j DROP
ip6tables -t raw -A OUTPUT -s ::1 -o eth+ -p tcp --syn -m limit --limit 5/min --limit-burst 20 -j NOTRACK
ip6tables -L -n -v
ip6tables -N f2b-sshd
iptables -t raw -L -v
iptables-restore <<'EOF'
*filter
:DOCKER - [0:0]
-A FORWARD -o eth1 -p tcp -m state --state INVALID -j DOCKER
-A DOCKER -i veth+ -p udp -m state --state NEW -j REJECT --reject-with icmp-host-prohibited
-A FORWARD -s 192.245.248.115 -p tcp -j NFLOG --nflog-group 3
-A FORWARD -s 198.24.193.14 -p sctp -j DOCKER
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [8:749]
:RCHAIN - [0:0]
-A FORWARD -s 172.125.7.108 -i docker0 -p all -m addrtype --src-type UNICAST -m state ! --state ESTABLISHED,RELATED -j RCHAIN
-A RCHAIN -p tcp -m addrtype --src-type LOCAL -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j DNAT --to-destination 172.17.0.2:80
-A INPUT -s 172.46.180.246/8 -p all -m pkttype --pkt-type multicast -m statistic --mode random --probability 0.1 -j DOCKER
COMMIT
EOF
iptables -t security -v -X
iptables -t nat --list INPUT --numeric --line-numbers
iptables -t filter -w 1 --append RCHAIN -p icmp -m mark --mark 0x10/0xf0 -m statistic --mode random --probability 0.25000000000 -j DOCKER
ip6tables-restore <<'EOF'
*raw
:PREROUTING DROP [1:735]
:DOCKER - [0:0]
-A OUTPUT -s fd00:: -p all -m conntrack --ctstate UNTRACKED -m mark --mark 0x10/0xf0 -j DOCKER
COMMIT
EOF
iptables -A FORWARD ! -s 192.50.104.187/30 -d 127.128.155.139 -p sctp -m mark --mark 1 -m comment --comment x_y-z -j LOG
ip6tables-save -t filter -c
iptables --list RCHAIN --numeric --line-numbers
iptables -L -v -Z
iptables -t filter -v -I FORWARD 1 ! -d 192.192.121.9 -p 47 -m addrtype --dst-type LOCAL -j RETURN
iptables -t nat -A OUTPUT -o docker0 -m iprange --dst-range 10.0.0.1-10.0.0.162 -j TRACE
ip6tables -t filter -A FORWARD -c 49 97859 -i br0 -p ipv6-icmp -m comment --comment docker -j CONNMARK --set-mark 0x2
iptables -S DOCKER
iptables -A FORWARD -s 192.31.14.7/8 -p tcp --tcp-flags SYN,RST SYN -m mac --mac-source 02:00:00:00:00:10 -j RCHAIN
iptables -t raw -C OUTPUT ! -s 192.147.221.124/0 -d 192.150.239.124/0 ! -o cni0 -p 47 -m statistic --mode random --probability 0.1 -j LOG --log-prefix "x y"
ip6tables -t mangle -L -v -Z
ip6tables -t raw -S
ip6tables -v -F INPUT
ip6tables -D INPUT 4
ip6tables -t nat -A PREROUTING ! -s fe80::1 -p sctp -j NFLOG --nflog-group 1
ip6tables -t security -v -F
iptables -t filter -S DOCKER
iptables -v -A INPUT -p tcp -m multiport ! --dports 22,80:90,8080 -j MARK --set-xmark 0x4000/0x4000
iptables -t nat -S
iptables -D RCHAIN 2
iptables -t mangle -v -A FORWARD ! -s 172.3.156.110/16 -i br0 -o eth1 -p udp -j ACCEPT
iptables-restore --noflush <<'EOF'
*raw
:PREROUTING DROP [1:582]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -o eth1 -p all -j CONNMARK --set-mark 0x2
-A KUBE-SERVICES ! -i eth0 -p 47 -j CONNMARK --restore-mark --mask 0xff
[1:339] -A PREROUTING -s 127.206.78.184 ! -d 10.215.252.193/0 -i lo -p all -m pkttype ! --pkt-type multicast -j LOG --log-prefix "drop" --log-level debug
COMMIT
EOF
iptables -A DOCKER -i lo -p all -j NFLOG --nflog-group 0
iptables -t mangle -nvL
iptables --list RCHAIN --numeric --line-numbers
iptables -L -n --line-numbers
iptables -t filter -D OUTPUT 4
iptables -v -I DOCKER 2 -o eth1 -p tcp -j REJECT --reject-with icmp-admin-prohibited
ip6tables -t nat -w 1 --append INPUT -p 47 -m mark ! --mark 0x4000/0x4000 -j TRACE
iptables -I RCHAIN -i lo -p udp -m multiport ! --dports 22,80:90,8080 -m ttl --ttl-gt 197 -j CONNMARK --set-mark 0x2
iptables -A OUTPUT -m addrtype --src-type UNICAST -j CONNMARK --restore-mark --mask 0xff
ip6tables -t nat -A PREROUTING -s fd00:a:b:: -p tcp -m pkttype --pkt-type broadcast -m comment --comment "a/b:c -> 10.0.0.1:80" -j MARK --or-mark 0x8
ip6tables -A FORWARD -s fd00:a:b:: -p tcp -g f2b-sshd
ip6tables -t filter -A NOPE -p tcp -m connmark --mark 5/0xff -m iprange --src-range 2001:db8::1-2001:db8::9 -j LOG
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING ACCEPT [3:40]
:RCHAIN - [0:0]
-A OUTPUT -p ipv6-icmp -m pkttype --pkt-type broadcast -m pkttype ! --pkt-type broadcast -j CONNMARK --save-mark
COMMIT
EOF
iptables -t security -A OUTPUT ! -d 198.255.85.100/32
iptables -A INPUT -c 687 20497 ! -i eth0 -p 47 -m comment --comment x_y-z -m addrtype --src-type UNICAST -j RETURN
iptables-save -c
iptables -t raw -C KUBE-SERVICES -p tcp -j CT --zone 3
iptables -R INPUT 2 -p all -m comment --comment x_y-z -m comment --comment docker -j NFLOG --nflog-group 0
iptables -t mangle -A OUTPUT -p tcp -j DSCP --set-dscp-class EF
iptables -t security -S -v
iptables -v -I FORWARD 3 ! -s 172.113.157.47/30 -i eth0 -p 47 -m iprange --dst-range 10.0.0.1-10.0.0.45 -j RCHAIN
iptables -t security -Z OUTPUT 2
iptables -t security -L FORWARD 2 -n -v
iptables -X FORWARD
iptables -A FORWARD -c 948 88235 -p all -j RCHAIN
iptables -t mangle -S -v
ip6tables -A NOPE -i docker0 -o docker0 -j ACCEPT
ip6tables -t security -C FORWARD -s 2001:db8:1::1/128 -o eth+ -p all -m addrtype --src-type LOCAL -m physdev --physdev-is-bridged -j RETURN
ip6tables -t filter -Z OUTPUT 2
iptables-save
ip6tables-save
