# Random iptables/ip6tables rule set, seed 191 (conformance/generators/iptables.ts)
iptables -t security -C INPUT -d 192.77.195.252 -p all -j RETURN
iptables-save -t mangle -c
iptables-save
iptables-save
iptables-save
iptables -t mangle -F
iptables -t mangle -D INPUT -p tcp -j TTL --ttl-inc 2
ip6tables -t nat -S
ip6tables --list INPUT --numeric --line-numbers
ip6tables-save -c
iptables -L -n --line-numbers
iptables -t filter -Z OUTPUT 3
iptables -Z INPUT 1
iptables -t security -nvL
iptables -R OUTPUT 3 ! -s 172.200.242.121 -p icmp -m connlimit --connlimit-upto 100 -j TRACE
ip6tables -t mangle -L -v -Z
ip6tables -v -X
ip6tables -t filter -A INPUT -m connlimit --connlimit-upto 5 --connlimit-daddr -m set ! --match-set nope src,dst --return-nomatch -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -t raw -I PREROUTING -i eth0 -p tcp --tcp-flags ALL NONE -m limit --limit 1/hour --limit-burst 5 -j CT --zone-orig 2
ip6tables -D OUTPUT 1
ip6tables -t filter -A OUTPUT -p 47 -j MARK --set-xmark 0x4000/0x4000
ip6tables -t filter --list FORWARD --numeric --line-numbers
ip6tables-save -c
iptables -t filter -I INPUT 2 -s 198.73.20.28/12 -p icmp -j ACCEPT
iptables -t security -F
ipset create nets hash:net counters
ip6tables -t mangle -D FORWARD 2
ip6tables -t filter -N f2b-sshd
iptables-restore --noflush <<'EOF'
*security
:INPUT ACCEPT [6:8]
:RCHAIN - [0:0]
-A RCHAIN -p tcp -m addrtype --dst-type BROADCAST ! --sport 80 -j NFQUEUE --queue-num 2 --queue-bypass
-A FORWARD -p udp -m mac --mac-source 02:00:00:00:00:75 -m ttl --ttl-gt 234 -j RETURN
-A INPUT -m addrtype ! --dst-type MULTICAST -m length --length 100:200 -j ACCEPT
COMMIT
EOF
iptables -L OUTPUT 1 -n -v
iptables -A INPUT -s 172.1.164.243/30 -p tcp -m connmark --mark 5/0xff -m tcp --dport 22:1000 -j CONNMARK --set-mark 0x2
iptables -N LOGDROP
iptables -t security -A RCHAIN -p icmp -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -P FOO DROP
ip6tables-restore --noflush <<'EOF'
*filter
:RCHAIN - [0:0]
[1:418] -A FORWARD -i lo -p tcp -j f2b-sshd
[0:62] -A RCHAIN ! -s fe80::1/64 -d fe80::1/32 -p 47 -m iprange --src-range 2001:db8::1-2001:db8::9 -m statistic --mode nth --every 10 --packet 0 -j RCHAIN
COMMIT
EOF
ip6tables -w 1 --append f2b-sshd -s ::1/16 -p ipv6-icmp -m set --match-set nope dst --return-nomatch -m length --length 0:64 -j DROP
ip6tables -t raw -I OUTPUT -p udp -m connbytes ! --connbytes 0:500 --connbytes-dir both --connbytes-mode packets -m rpfilter --invert -j RETURN
ip6tables -t security -R INPUT 3 ! -i lo -p ipv6-icmp -m recent ! --remove
ip6tables -v -F f2b-sshd
ip6tables -t security -L OUTPUT 2 -n -v
ip6tables-save -c -t filter
ip6tables -t filter -I OUTPUT 4 -s 2001:db8:1::1 -d 2001:db8:: -m set --match-set nope src,dst -m conntrack --ctstate UNTRACKED -j REDIRECT
ip6tables -t mangle -X INPUT
iptables -t raw -S PREROUTING 2
iptables -t raw -v -I OUTPUT 3 -o eth+ -p all -m connmark --mark 5/0xff -m rpfilter --validmark --accept-local -j CONNMARK --set-mark 0x2
iptables-save
iptables -t security -C OUTPUT -s 198.234.202.142/16 -o cni0 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m conntrack --ctstate UNTRACKED -j RCHAIN
ipset add nets 10.2.0.0/16
iptables -t mangle -w 1 --append INPUT -d 10.130.57.163/24 -i docker0 -m connlimit ! --connlimit-above 100 -m addrtype --dst-type MULTICAST -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -t nat -S
iptables -A INPUT -d 10.210.37.146/30 -i br0 -p udp -j TRACE
ipset add blk 10.0.1.0
iptables -L -n -v
iptables -w 1 --append LOGDROP -o eth+ -p tcp -m mark ! --mark 0xffffffff -m helper --helper sip
iptables -t raw -I OUTPUT -d 127.230.69.148 -p all -m statistic --mode nth --every 10 --packet 0 -m mark --mark 0xffffffff -j NOTRACK
iptables -t nat -A OUTPUT -p all -j DROP
iptables -D FORWARD -s 10.202.55.142 -d 172.102.216.25 -i br0 -o eth+ -p tcp -j NFQUEUE --queue-num 3
iptables -t mangle -F
iptables-restore --noflush <<'EOF'
*raw
:PREROUTING DROP [3:307]
:KUBE-SERVICES - [0:0]
[4:106] -A OUTPUT -s 198.71.109.254/24 -m connlimit --connlimit-upto 20 -j SET --add-set blk dst
-A OUTPUT -p tcp -m addrtype --src-type LOCAL -j CT --zone 3
COMMIT
EOF
iptables -t security -C RCHAIN ! -s 127.217.208.62 -m quota --quota 50000 -j NFQUEUE
iptables-restore <<'EOF'
*nat
:KUBE-SERVICES - [0:0]
-A PREROUTING ! -s 127.235.2.1/32 -p tcp -j TRACE
-A POSTROUTING -o docker0 -p tcp -m recent --update --seconds 60 --hitcount 20 --rdest -j NFLOG --nflog-group 1
COMMIT
EOF
iptables -t security -A FORWARD -d 10.66.138.206/0 -o cni0 -m recent --set --name SSH --rdest -m state --state ESTABLISHED,RELATED -j NFQUEUE --queue-num 3
iptables -t security -A OUTPUT -j RCHAIN
iptables -A OUTPUT -d 192.51.74.12/32 -p tcp -m statistic --mode random --probability 0.25000000000 -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -I FORWARD 4
iptables -t raw -S -v
iptables -A INPUT -i lo -p tcp -j NFLOG --nflog-group 3
ipset test blk 10.0.1.1
ip6tables -t security -A NOPE ! -s 2001:db8:: -i br0 -p tcp -m statistic --mode nth --every 10 --packet 1 -m limit --limit 1/hour -j LOG --log-prefix "x y" --log-level debug
ip6tables -t filter -A FORWARD ! -i br0 -o docker0 -p tcp --syn -g RCHAIN
iptables-save
ip6tables-save
