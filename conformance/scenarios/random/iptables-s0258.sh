# Random iptables/ip6tables rule set, seed 258 (conformance/generators/iptables.ts)
ipset add six 2001:db8::1
iptables -t mangle -A OUTPUT -s 198.187.106.168/8 -d 10.37.239.52/32 -m addrtype --dst-type LOCAL -m connlimit --connlimit-above 20 -j LOG --log-prefix "IN: "
iptables -t mangle -L -n
ipset create six hash:ip family inet6
iptables-restore <<'EOF'
*mangle
:PREROUTING DROP [6:765]
:RCHAIN - [0:0]
-A POSTROUTING -p udp -m connbytes ! --connbytes 10 --connbytes-dir reply --connbytes-mode packets -m addrtype --src-type LOCAL -j CHECKSUM --checksum-fill
-A PREROUTING -i br0 -p all -m connmark ! --mark 5/0xff -m hashlimit --hashlimit-above 3/day --hashlimit-mode srcip,srcport --hashlimit-name web -j RCHAIN
-A INPUT -m connlimit --connlimit-upto 5 -m state --state NEW -j DROP
COMMIT
EOF
iptables -t filter -I FORWARD -i lo -p tcp -m rpfilter --invert -m addrtype --dst-type MULTICAST -j RETURN
iptables -I INPUT -d 192.97.22.6/24 -p icmp -j ACCEPT
iptables -A OUTPUT -s 10.103.61.149/30 -p sctp -m ttl --ttl-eq 198 -m helper --helper ftp -j SET --add-set nets src
iptables -A FORWARD -d 10.207.53.172 -p sctp -m length --length 100:200 -m limit --limit 1/hour -j LOG --log-level 4
iptables -t raw -A OUTPUT -s 10.37.245.172 -p icmp -m physdev --physdev-in veth0 -m connlimit --connlimit-above 5 --connlimit-daddr
iptables -R INPUT 1 -i veth+ -j NFQUEUE --queue-balance 0:3 --queue-bypass
iptables -t nat -X POSTROUTING
iptables -R INPUT 3 -p udp -j RETURN
iptables -D OUTPUT 1
iptables-restore -c <<'EOF'
*nat
:PREROUTING ACCEPT [7:813]
:KUBE-SERVICES - [0:0]
-A PREROUTING ! -s 127.127.227.212/8 -d 127.11.138.91/0 -p tcp -m connlimit --connlimit-above 5 --connlimit-mask 16 --connlimit-daddr
-A OUTPUT -s 192.248.8.185/0 -o eth+ -m set --match-set nope src,dst --return-nomatch -j DROP
-A POSTROUTING -d 127.200.219.136/0 ! -o cni0 -p all -m length ! --length 1500 -j MARK --and-mark 0xff
COMMIT
EOF
iptables -X
iptables -t mangle -I POSTROUTING -s 198.88.95.71/16 -d 192.175.59.18 -p 47 -m dscp --dscp-class EF -j ACCEPT
iptables -A OUTPUT -o eth1 -p udp --sport 0 -j NFQUEUE --queue-num 2 --queue-bypass
ipset create six hash:ip family inet6
ip6tables -t filter -X
ip6tables -A NOPE ! -s fe80::1/32 -p 47 -m mark --mark 0x10/0xf0 -m statistic --mode nth --every 10 --packet 1 -j NFQUEUE --queue-num 3
ip6tables -S -v
ip6tables -L FORWARD -n -v --line-numbers
ip6tables -t security -v -F
ip6tables-save -c -t raw
ip6tables -t filter -v -I INPUT 1 -s fd00:a:b:: -i lo -p all -m recent ! --remove --name SSH --seconds 1 -m recent --set --name SSH --seconds 60 --hitcount 20 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A OUTPUT -s 2001:db8:1::1/48 -p ipv6-icmp -m connlimit --connlimit-above 5 -m comment --comment "kubernetes service portals" -j LOG --log-prefix "drop"
-A KUBE-SERVICES -o eth+ -p ipv6-icmp -m physdev --physdev-in veth0 -m hashlimit --hashlimit-upto 1/hour --hashlimit-name ssh -j TRACE
-A FORWARD -i br0 -p tcp -m set --match-set six src -m recent --update --name web --seconds 0 -j NFLOG --nflog-group 4 --nflog-prefix p
COMMIT
EOF
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [8:1]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES ! -i docker0 -p tcp -m set --match-set nope dst,dst ! --update-counters
COMMIT
EOF
ip6tables -t security -v -F
ip6tables -t raw -F
ipset -exist create blk hash:ip timeout 600
ip6tables -A NOPE -o cni0 -m set --match-set six dst -j CHECKSUM --checksum-fill
ip6tables -t mangle -A POSTROUTING -p ipv6-icmp -m length --length 1500 -m iprange --src-range 2001:db8::1-2001:db8::9 -j RETURN
ip6tables -t mangle -D POSTROUTING 4
ip6tables -t mangle -A FORWARD -s 2001:db8::/64 ! -d 2001:db8:1::1 -i eth0 ! -o cni0 -m state --state INVALID -m limit --limit 5/min --limit-burst 1
ip6tables -t filter -A INPUT -i eth0 -m length --length 0:64 -j DROP
ip6tables -N KUBE-SVC-ABC
ip6tables -X KUBE-SVC-ABC
ipset add svc 10.96.0.1,tcp:80
ipset list -t
ipset add blk 10.0.0.3
ipset create svc hash:ip,port
ip6tables -A KUBE-SVC-ABC ! -s 2001:db8:: -d fd00:: -o eth+ -m rpfilter --validmark --accept-local -m hl --hl-eq 235 -g KUBE-SERVICES
ip6tables -t security -L NOPE 3 -n -v
ipset add six 2001:db8::1
ip6tables-save
ip6tables -X KUBE-SVC-ABC
ip6tables -X OUTPUT
iptables -t nat -L -v
iptables -L OUTPUT 3 -n -v
iptables -t security -N KUBE-SVC-ABC
iptables -N f2b-sshd
iptables -t nat -v -I INPUT 2 -s 198.255.39.168 -j ACCEPT
iptables -A OUTPUT -s 10.154.225.86/8 -d 10.62.115.48/30 -m addrtype --dst-type BROADCAST -j CONNMARK --save-mark
iptables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A FORWARD -p 47 -m recent --set --seconds 1 -j NFLOG --nflog-group 3 --nflog-prefix p
[1:43] -A OUTPUT -p tcp -m addrtype ! --dst-type BROADCAST -m physdev --physdev-in veth0 -j NFLOG --nflog-group 1
[0:461] -A FORWARD -d 192.215.124.101/16 -i eth0 -o eth+ -m iprange --dst-range 10.0.0.1-10.0.0.169 -m connmark --mark 5/0xff -j TRACE
COMMIT
EOF
ip6tables -t filter -A FORWARD -d 2001:db8::/16 -i eth0 -m connlimit --connlimit-above 100 --connlimit-mask 128 -j MARK --xor-mark 0x3
ip6tables -t security -I INPUT 3 -p tcp -m connlimit --connlimit-upto 100 -j TRACE
ip6tables -v -A INPUT -s 2001:db8:1::1/128 -d ::1 -p all -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -v -A KUBE-SERVICES ! -i lo -o eth1 -m addrtype --src-type UNICAST -j DROP
iptables -D INPUT 4
ip6tables-save
iptables -t filter -L NOPE
iptables -t mangle -P FORWARD DROP
iptables -t filter -A FORWARD -s 172.247.181.159/16 -p tcp -m rpfilter --invert -m mark --mark 0x4000/0x4000 -j LOG
iptables -w 1 --append f2b-sshd -p tcp -j SET --del-set nets dst
iptables -w 1 --append INPUT -s 192.217.197.46 -d 127.245.192.23 -i br0 -p udp -j RETURN
ip6tables -t nat -L -v -Z
ip6tables --list FORWARD --numeric --line-numbers
ip6tables -t filter -A INPUT ! -d 2001:db8:1::1/16 -i lo -p all -m length ! --length 0:64 -m hashlimit --hashlimit-upto 1/hour --hashlimit-burst 100 --hashlimit-name ssh -j KUBE-SERVICES
ipset list -n
iptables-save
ip6tables-save
