# Random iptables/ip6tables rule set, seed 242 (conformance/generators/iptables.ts)
ip6tables -t raw -A PREROUTING -p all -j TRACE
ip6tables -R OUTPUT 3 ! -d ::1 -p all -j TRACE
ip6tables -t mangle -L -n --line-numbers
ip6tables -t mangle -A PREROUTING -p 47 -j MARK --or-mark 0x8
ip6tables -t mangle -R NOPE 3 -m rpfilter -m conntrack --ctstate NEW -j TRACE
ip6tables -C INPUT -m connlimit ! --connlimit-above 100 --connlimit-mask 128 -m statistic --mode random --probability 0.33333333349 -j DROP
ip6tables -t security -v -F OUTPUT
ip6tables -t nat -N f2b-sshd
ip6tables -t filter -F
ip6tables -t raw -P OUTPUT DROP
ip6tables-save -c
iptables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -s 10.18.180.210 ! -o cni0 -m mark ! --mark 0xffffffff -m length --length 0:64 -j LOG --log-prefix "x y"
-A KUBE-SERVICES -p all -m addrtype --dst-type BROADCAST -m set --match-set blk dst --return-nomatch -j REJECT --reject-with icmp-host-prohibited
-A FORWARD -p tcp -m addrtype --dst-type LOCAL -j KUBE-SERVICES
-A INPUT -d 198.86.48.68/12 -p icmp -m conntrack --ctstate RELATED,ESTABLISHED --icmp-type any -j ACCEPT
COMMIT
EOF
iptables -t mangle -P POSTROUTING ACCEPT
iptables -t raw -P PREROUTING DROP
iptables -t nat -A PREROUTING -s 127.45.25.39/16 -j ACCEPT
iptables -v -A FORWARD -s 172.239.108.154/8 -p all -m connbytes ! --connbytes 10 --connbytes-dir reply --connbytes-mode packets -m owner --uid-owner 0 -j LOG --log-level info
iptables-save -c -t filter
iptables -t raw -A OUTPUT -d 172.183.49.227 -p icmp -m pkttype --pkt-type unicast -j TRACE
iptables -S FORWARD 2
iptables -I INPUT -p icmp -m connlimit --connlimit-upto 20 -j NFQUEUE --queue-balance 0:3 --queue-bypass
ipset flush nets
iptables -t filter -E KUBE-SERVICES KUBE-SERVICES-2
iptables -t raw -Z OUTPUT 3
ipset del blk 10.0.2.3
ip6tables -t filter -L FORWARD -n -v --line-numbers
iptables -t filter -E KUBE-SERVICES-2 KUBE-SERVICES-2-2
iptables -t filter -L -v
iptables -t filter -A KUBE-SERVICES-2-2 -o eth1 -p udp -m physdev --physdev-out eth+ -j KUBE-SERVICES-2-2
iptables -t nat -F
ipset add six 2001:db8::1
iptables -t mangle -S OUTPUT 2
iptables -t filter -A KUBE-SERVICES-2-2 -s 198.67.15.110/24 -i lo -p all -j DROP
iptables -A OUTPUT -s 127.102.239.118 -p icmp -m addrtype --dst-type BROADCAST -m mark --mark 0x4000/0x4000 -j NFLOG --nflog-group 0
iptables -v -X KUBE-SERVICES-2-2
iptables -t security -C INPUT ! -i br0 -p udp -m dscp --dscp 10 -m physdev ! --physdev-is-in -j NFQUEUE --queue-num 2 --queue-bypass
ip6tables -t mangle -A NOPE -d fd00:: -p tcp -m length --length 100:200 -j CHECKSUM --checksum-fill
iptables-restore --noflush <<'EOF'
*raw
:PREROUTING DROP [8:913]
:RCHAIN - [0:0]
-A RCHAIN -s 10.244.125.11 -o docker0 -p udp -m connbytes --connbytes 10 --connbytes-dir original --connbytes-mode avgpkt -m multiport --dports 22,80:90,8080 -j RCHAIN
COMMIT
EOF
iptables -t security -A OUTPUT -o eth1 -p udp -m udp --dport http -m length --length 0:64 -j SET --add-set nets src
iptables -v -I OUTPUT 2 ! -s 172.108.115.125/12 -d 198.141.185.15/16 -p tcp -m tcp --dport 3000 -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -t filter -A OUTPUT -g KUBE-SERVICES-2-2
iptables -t raw -A RCHAIN -p tcp -j NOTRACK
iptables -t raw --list RCHAIN --numeric --line-numbers
iptables -t mangle -D OUTPUT -d 198.143.218.89/0 -p all -m quota --quota 50000 -m physdev --physdev-is-bridged -j SET --del-set nets src
ipset add nets 10.1.0.0/16
ip6tables -t filter -L OUTPUT 3 -n -v
iptables -t nat -v -A OUTPUT ! -o cni0 -j NFQUEUE --queue-num 3
iptables -t mangle -X OUTPUT
ipset -exist create blk hash:ip timeout 600
iptables -t security -v -A INPUT -i lo -p icmp -j RETURN
iptables -S OUTPUT
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [5:79]
:RCHAIN - [0:0]
[2:77] -A RCHAIN -s 192.146.134.234/0 -d 198.9.224.163/24 -p udp -m string --hex-string "|0d0a|" --algo kmp --to 100 -j DROP
-A OUTPUT -p tcp -j TRACE
-A FORWARD -p sctp -m iprange --dst-range 10.0.0.1-10.0.0.67 -m connbytes --connbytes 1000: --connbytes-dir original --connbytes-mode avgpkt -j RCHAIN
-A OUTPUT -o eth+ -p all -m connbytes --connbytes 1000: --connbytes-dir both --connbytes-mode packets -m quota --quota 1000 -j NFLOG --nflog-group 3
COMMIT
EOF
ip6tables -X
ip6tables -A OUTPUT ! -s fd00:a:b:: -p all -m addrtype --src-type UNICAST -j ACCEPT
ip6tables -t security -A OUTPUT -o eth1 -p sctp -j DROP
ip6tables -t filter -A NOPE -p sctp -m dscp --dscp 10 -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -t filter -A RCHAIN -c 412 97474 -d 127.134.114.219/0 -j RCHAIN
iptables -S RCHAIN
iptables -t mangle -I INPUT 3 ! -s 192.162.225.197/16 -p 47 -m addrtype --src-type LOCAL -j RETURN
ipset test blk 10.0.0.1
ip6tables -t mangle -I OUTPUT -p all -j HL --hl-inc 2
iptables -S INPUT
iptables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [3:178]
:DOCKER - [0:0]
-A POSTROUTING ! -s 198.153.148.146/12 -p icmp -j MARK --and-mark 0xff
-A PREROUTING -p all -m rpfilter --invert -m length ! --length 100:200 -j NFLOG --nflog-group 0 --nflog-prefix p
[2:462] -A POSTROUTING -d 192.229.61.169/8 -p tcp --tcp-flags SYN,RST SYN -g DOCKER
-A DOCKER ! -s 127.126.198.189 -p udp -j MARK --or-mark 0x8
COMMIT
EOF
ipset list -n
ip6tables-restore <<'EOF'
*mangle
:RCHAIN - [0:0]
-A PREROUTING -s 2001:db8:1::1 -p 47 -m mark --mark 0x4000/0x4000 -m rpfilter -j ACCEPT
-A FORWARD -d fe80::1 -o docker0 -p udp -g RCHAIN
-A RCHAIN -p sctp -j HL --hl-set 64
[4:467] -A FORWARD -s fd00:: -o eth+ -p sctp -m state --state NEW -j LOG --log-prefix "x y" --log-level 7
COMMIT
EOF
ip6tables -v -F INPUT
ip6tables -X
ip6tables -t raw -I NOPE 1 -p all -m set --match-set nope dst,dst -m conntrack --ctstate RELATED,ESTABLISHED
ip6tables -A OUTPUT -d fe80::1 -p all -j CONNMARK --restore-mark
ip6tables -A FORWARD ! -i docker0 -j NFQUEUE --queue-num 3
ipset add svc 10.96.0.0,tcp:443
iptables-save
ip6tables-save
