# Random iptables/ip6tables rule set, seed 247 (conformance/generators/iptables.ts)
ipset create six hash:ip family inet6
iptables -t filter -I FORWARD -i lo -p udp -m recent --update -m mac ! --mac-source 02:00:00:00:00:75 -j REJECT --reject-with icmp-admin-prohibited
ipset add svc 10.96.0.2,tcp:80
iptables -t filter -F
ipset add six 2001:db8::1
iptables-save -t filter
iptables -t mangle -X
iptables -t filter -D INPUT -p udp -m conntrack --ctstate NEW
iptables -t raw -Z
iptables --list FORWARD --numeric --line-numbers
iptables-restore <<'EOF'
*mangle
:PREROUTING ACCEPT [4:526]
:RCHAIN - [0:0]
[2:16] -A RCHAIN -p udp -m multiport --dports http,https -j RCHAIN
-A OUTPUT -d 192.107.44.243/16 -p icmp -j TRACE
COMMIT
EOF
iptables -t mangle -S -v
iptables -t mangle -v -X RCHAIN
ip6tables -Z
ip6tables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
-A RCHAIN -s 2001:db8::/127 -p all -j SET --del-set six dst
[3:323] -A OUTPUT -p tcp -g RCHAIN
COMMIT
EOF
ip6tables -F
iptables -t filter -L -x -v -n
iptables -A INPUT -m mac --mac-source 02:00:00:00:00:29 -j NFQUEUE --queue-num 3
iptables -t mangle -A PREROUTING -d 127.40.101.182/0 -p all -m addrtype --dst-type UNICAST -m statistic --mode random --probability 0.33333333349 -j RCHAIN
ip6tables-save -t security
ip6tables-save -c
ip6tables -A OUTPUT -s fd00:: -p sctp -j DNAT --to-destination 2001:db8::1
ip6tables -t nat -L -n
ip6tables -t security -I FORWARD 3 -d 2001:db8:1::1 -p all -m dscp --dscp-class AF41 -j SET --del-set six src
ipset create svc hash:ip,port
iptables -L -v -Z
ip6tables -t filter -v -F FORWARD
iptables -t mangle -C FORWARD ! -d 127.232.97.133 -i eth0 -p tcp ! --syn -m quota --quota 1000 -j DROP
iptables -t security -D OUTPUT -d 172.107.221.1/8 -p sctp -m statistic --mode nth --every 3 --packet 0 -m ttl --ttl-gt 195 -j REJECT --reject-with tcp-reset
iptables -t filter -L -n
iptables -t security -v -X
iptables -t mangle -A INPUT ! -i eth0 -p 47 -m physdev --physdev-in veth0 -m state --state ESTABLISHED,RELATED -j SET --add-set blk dst
iptables -t raw -R OUTPUT 2 -o eth+ -p tcp -m state --state INVALID -m multiport --dports 22,80:90,8080 -j ACCEPT
iptables -t filter -A FORWARD ! -d 192.198.103.115 -o eth+ -m addrtype --src-type UNICAST -j CONNMARK --restore-mark --mask 0xff
iptables -t filter -L FORWARD 2 -n -v
iptables-restore -c <<'EOF'
*mangle
:PREROUTING DROP [6:752]
:RCHAIN - [0:0]
-A FORWARD ! -d 172.132.153.1/12 -m hashlimit --hashlimit-above 3/day --hashlimit-mode srcip,srcport --hashlimit-name web -j NFLOG --nflog-group 4
[3:297] -A FORWARD ! -s 172.8.121.184/24 -d 172.199.183.115 -m string --hex-string "|0d0a|" --algo kmp -m dscp --dscp 10 -j CONNMARK --restore-mark
-A RCHAIN ! -s 172.240.238.76/16 -p tcp -m connmark --mark 5/0xff -m hashlimit --hashlimit-upto 1/hour --hashlimit-burst 10 --hashlimit-name ssh -j CONNMARK --set-mark 0x2
COMMIT
EOF
ipset flush nets
iptables-restore --noflush <<'EOF'
*mangle
:PREROUTING ACCEPT [4:963]
:KUBE-SERVICES - [0:0]
[1:430] -A KUBE-SERVICES -s 127.189.112.238/8 -o cni0 -p tcp -j NFQUEUE --queue-num 3
-A PREROUTING -s 127.39.122.166/12 -i veth+ -p udp -j SET --add-set blk src
-A FORWARD -d 192.202.91.251/32 -i br0 -p tcp -m connmark ! --mark 0x1 -j NFLOG --nflog-group 3 --nflog-prefix p
-A POSTROUTING -p sctp -m statistic --mode random --probability 0.1 -j LOG
COMMIT
EOF
iptables -t filter -v -A OUTPUT ! -s 192.60.205.225/16
iptables-save
ip6tables-restore --noflush <<'EOF'
*security
:DOCKER - [0:0]
-A OUTPUT -s 2001:db8:1::1 -d 2001:db8:1::1 -p all -j ACCEPT
-A OUTPUT -m state --state ESTABLISHED,RELATED -j NFQUEUE --queue-num 2 --queue-bypass
COMMIT
EOF
ip6tables -v -I RCHAIN 3 -s ::1/127 -o eth+ -p tcp
ip6tables -t nat -I POSTROUTING 1 -o eth+ -j TRACE
ip6tables -A FORWARD -d 2001:db8:1::1 ! -i lo -m pkttype --pkt-type unicast -m dscp --dscp-class AF41 -j REJECT --reject-with icmp6-port-unreachable
ip6tables -t raw -A PREROUTING -d 2001:db8::/128 -p tcp -m length ! --length 1500 -j ACCEPT
ip6tables -t nat -A INPUT -c 203 37681 -i lo -p tcp -m addrtype --src-type LOCAL -j NFLOG --nflog-group 2
ip6tables -D RCHAIN 4
ip6tables -t raw -D OUTPUT -d ::1 -p sctp -m conntrack --ctstate NEW -j NOTRACK
ip6tables -A OUTPUT -d 2001:db8:1::1 -p sctp -m comment --comment docker
ip6tables -nvL
ip6tables-save
ip6tables -t security -A OUTPUT -o docker0 -p tcp --tcp-flags ALL NONE -m rpfilter --invert -j LOG
ip6tables -t mangle -S INPUT 1
ip6tables -t raw -L
ip6tables -v -X RCHAIN
ip6tables-save
ip6tables-save
ip6tables -t security -w 1 --append INPUT -d 2001:db8:: -p sctp -m rpfilter --loose -j CONNMARK --set-mark 0x2
ip6tables -t filter -L OUTPUT 2 -n -v
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [2:749]
:DOCKER - [0:0]
[1:393] -A FORWARD -s fd00:a:b:: -d fe80::1/127 -i veth+ -m set --match-set six src
COMMIT
EOF
ipset add svc 10.96.0.0,tcp:80
iptables -t mangle -D INPUT -s 198.87.27.32/0 -d 192.133.251.32/0 -p udp -m multiport --ports 80,443 -m helper --helper sip -g KUBE-SERVICES
iptables -t filter -v -F FORWARD
iptables -t mangle -v -I OUTPUT 3 -s 198.153.201.251 -o docker0 -p udp -j LOG
iptables -t mangle -E KUBE-SERVICES KUBE-SERVICES-2
iptables -t security -w 1 --append OUTPUT ! -o eth1 -p tcp -m tcp ! --dport 80:65535 -m iprange --dst-range 10.0.0.1-10.0.0.89 -j SET --add-set blk dst
ip6tables -t nat -F
ip6tables-save -c -t filter
ip6tables -Z RCHAIN
ip6tables -t raw -S OUTPUT 3
iptables-save
ip6tables-save
