# Random iptables/ip6tables rule set, seed 151 (conformance/generators/iptables.ts)
ip6tables -X FORWARD
ip6tables -A OUTPUT -p tcp -j LOG
ip6tables -A OUTPUT -p all -m hl --hl-lt 147 -m statistic --mode nth --every 2 --packet 1 -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -A OUTPUT -s 10.197.76.123/12 -d 127.69.68.137/12 -j ACCEPT
ip6tables -t nat -v -X
ip6tables -t security -v -X
ip6tables -t filter -A INPUT -i br0 -p all -m limit --limit 100/day -j RETURN
ip6tables -t mangle -nvL
iptables -w 1 --append FORWARD -p sctp -m addrtype --src-type UNICAST -m mark --mark 0x4000/0x4000
iptables -t filter -A OUTPUT -s 192.81.76.126 -o eth1 -p sctp -m comment --comment "a/b:c -> 10.0.0.1:80" -m addrtype --src-type LOCAL -j RETURN
iptables -t filter -L FORWARD 2 -n -v
iptables -A INPUT -m iprange --dst-range 10.0.0.1-10.0.0.132 -m limit --limit 100/day -j CONNMARK --set-mark 0x2
iptables -t raw -D OUTPUT 1
ip6tables -D OUTPUT -o eth1 -p ipv6-icmp
ip6tables -A INPUT -i docker0 -p sctp -m mark ! --mark 0xffffffff -m comment --comment "a/b:c -> 10.0.0.1:80" -j MARK --set-mark 0x1
ip6tables-save -t filter
ip6tables -t filter -A INPUT ! -d fd00:a:b::/16 -p all -m state --state NEW -m addrtype --dst-type BROADCAST -j NFLOG --nflog-group 0
ip6tables -F
ip6tables -t raw -I PREROUTING 4 -p udp -j TRACE
ip6tables -L -x -v -n
ip6tables -t mangle --list POSTROUTING --numeric --line-numbers
ip6tables-restore <<'EOF'
*nat
:RCHAIN - [0:0]
-A OUTPUT -p all -j LOG
-A OUTPUT -p sctp -m owner --uid-owner 65534 -m limit --limit 100/day -j TRACE
[0:244] -A INPUT -d fe80::1/127 -p sctp -j CONNMARK --restore-mark
-A OUTPUT -d fd00::/32 -m conntrack --ctstate UNTRACKED -m addrtype --src-type UNICAST -j CT --notrack
COMMIT
EOF
ip6tables -t mangle -C INPUT ! -s 2001:db8:1::1/127 -d 2001:db8:1::1/127 -p tcp -j RETURN
ip6tables -t raw -A NOPE ! -s 2001:db8::/32 -p tcp -m statistic --mode random --probability 0.25000000000 -m statistic --mode random --probability 0.25000000000 -j NOTRACK
ip6tables-save -t nat -c
ip6tables -t filter -S
ip6tables-save -c
iptables -t filter -L -n
iptables -L -v -Z
iptables -w 1 --append FORWARD ! -i lo -o docker0 -p icmp -m length --length 0:64 -j LOG
iptables -t raw -S -v
iptables -t nat -R PREROUTING 2 -d 192.50.92.108/24 ! -i docker0 -p all -j ACCEPT
iptables -I FORWARD 3 -p 47 -m statistic --mode nth --every 3 --packet 0 -m state ! --state ESTABLISHED,RELATED -j REJECT
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [4:872]
:RCHAIN - [0:0]
-A OUTPUT -s 10.159.228.229 -m addrtype --dst-type MULTICAST -j NFLOG --nflog-group 1 --nflog-prefix p
-A RCHAIN -s 192.92.122.10/32 -d 192.140.132.95 -m ttl --ttl-lt 151 -m connmark --mark 5/0xff -j RCHAIN
[2:468] -A FORWARD -d 192.136.255.76/8 -p udp -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -m physdev --physdev-is-bridged -j DROP
-A FORWARD -m statistic --mode random --probability 0.1 -m addrtype ! --dst-type BROADCAST -j RCHAIN
COMMIT
EOF
iptables -N KUBE-SEP-XYZ
iptables-restore -c <<'EOF'
*filter
:INPUT DROP [8:256]
:DOCKER - [0:0]
-A OUTPUT ! -d 10.120.8.218/24 -p tcp
COMMIT
EOF
iptables -v -I FORWARD 1 -i lo -p udp -m state --state NEW -m physdev ! --physdev-is-in -j TRACE
ip6tables -t mangle -Z FORWARD 1
ip6tables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A OUTPUT -d fe80::1 -p tcp -g KUBE-SERVICES
-A KUBE-SERVICES ! -d fd00:a:b:: -j NFLOG --nflog-group 0
[4:196] -A INPUT -s fd00::/48 -i br0 -m addrtype ! --dst-type LOCAL -j NFLOG --nflog-group 2 --nflog-prefix p
-A KUBE-SERVICES -s fd00:a:b::/48 -p tcp -m connmark ! --mark 5/0xff -m mark --mark 1 -j DROP
COMMIT
EOF
ip6tables -t filter -F
ip6tables -Z FORWARD 3
ip6tables -A FORWARD -p all
iptables -I INPUT 3 ! -s 198.31.156.207/24 -d 198.157.138.80 ! -i veth+ -p all -m conntrack --ctstate RELATED,ESTABLISHED -j DOCKER
iptables -C INPUT -s 10.100.122.108/12 ! -i eth0 -p tcp -m mac --mac-source 02:00:00:00:00:24 -m statistic --mode random --probability 0.1 -j NFLOG --nflog-group 3
iptables -N KUBE-SEP-XYZ
iptables -t nat -N DOCKER
iptables-save -c -t filter
iptables -t mangle -w 1 --append INPUT -m physdev ! --physdev-is-in -j LOG
ip6tables -t filter -v -I OUTPUT 2 ! -s fe80::1/64 ! -d 2001:db8::/16 ! -o eth+ -p udp -m physdev --physdev-is-bridged -j CONNMARK --restore-mark
ip6tables -t nat -I RCHAIN 2 -o cni0 -p all -m conntrack --ctstate NEW -m physdev --physdev-in veth0 -j TRACE
ip6tables -t raw -A OUTPUT ! -s ::1 ! -d 2001:db8:1::1 -o cni0 -p tcp -m comment --comment "a/b:c -> 10.0.0.1:80"
ip6tables -t mangle -v -A POSTROUTING ! -d 2001:db8:1::1 -o eth+ -p all -m physdev ! --physdev-is-in -m length --length 1500 -j HL --hl-inc 2
ip6tables -t mangle -S POSTROUTING 2
ip6tables -t security -N KUBE-SERVICES
ip6tables -t nat -A OUTPUT -p udp -m owner --uid-owner 100-200 -m addrtype --src-type UNICAST -j DNAT --to-destination '[fd00::3]:8080'
ip6tables -Z KUBE-SERVICES
ip6tables -t security -S OUTPUT 1
ip6tables -t raw -S OUTPUT
ip6tables-restore -c <<'EOF'
*security
:INPUT DROP [5:652]
:KUBE-SERVICES - [0:0]
-A INPUT -s 2001:db8::/32 -p 47 -m limit --limit 1/hour --limit-burst 1 -j KUBE-SERVICES
[2:379] -A KUBE-SERVICES -p tcp -m comment --comment "a/b:c -> 10.0.0.1:80"
-A KUBE-SERVICES -p udp -m comment --comment docker -m state ! --state NEW
COMMIT
EOF
ip6tables -t mangle -L INPUT 1 -n -v
ip6tables-save -c
ip6tables -t nat -X OUTPUT
ip6tables -t nat -D OUTPUT -o eth1 -p all -m comment --comment "kubernetes service portals" -j MARK --set-xmark 0x4000/0x4000
ip6tables -C OUTPUT -s 2001:db8:1::1/16 -g KUBE-SERVICES
ip6tables -t mangle -A FORWARD -s fe80::1/32 -i veth+ -o eth1 -p all -j ACCEPT
ip6tables -A OUTPUT -c 916 69271 -p all -j LOG --log-prefix "IN: " --log-level 7
ip6tables -t filter -A INPUT -c 144 66662 -s 2001:db8::/16 -p 47 -m state --state NEW -j ACCEPT
iptables -t mangle -N MYCHAIN
iptables-save -c
ip6tables -t filter -L -n --line-numbers
iptables-save
ip6tables-save
