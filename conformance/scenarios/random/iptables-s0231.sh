# Random iptables/ip6tables rule set, seed 231 (conformance/generators/iptables.ts)
iptables -t raw -A OUTPUT -s 127.18.70.176/24 -p tcp -m recent --update --seconds 60 -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -N f2b-sshd
iptables -D OUTPUT -p 47 -j f2b-sshd
iptables -t filter -A OUTPUT -s 172.253.32.63/12 -j TRACE
iptables -L -v -Z
iptables -t raw -Z OUTPUT
iptables -t security -D INPUT -p icmp -m state ! --state NEW -j TRACE
ipset create blk hash:ip
iptables -t nat -L NOPE -n -v --line-numbers
ipset flush nets
iptables-restore <<'EOF'
*mangle
:PREROUTING DROP [8:185]
:RCHAIN - [0:0]
-A FORWARD -s 10.249.85.194 -o eth+ -p tcp -m rpfilter --validmark --accept-local -m helper --helper sip --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
-A PREROUTING -s 10.218.218.86/32 -p tcp -j TTL --ttl-inc 2
[3:260] -A INPUT -p tcp -m dscp --dscp 0x2e -m multiport --dports http,https -j RCHAIN
-A FORWARD ! -s 10.53.111.6/24 -d 192.40.184.155/24 -p udp -m mark --mark 0xffffffff -m mac --mac-source 02:00:00:00:00:74 -j DSCP --set-dscp 0x2e
COMMIT
EOF
ip6tables -t mangle -S POSTROUTING 1
iptables -t security -F
ipset add svc 10.96.0.2,tcp:443
ipset flush blk
iptables -t raw -S -v
iptables -t security -v -X
ipset add six 2001:db8::1
iptables -t security -S FORWARD 3
iptables -t nat -C PREROUTING -d 192.122.158.72/24 -p sctp -j CONNMARK --save-mark
iptables --list INPUT --numeric --line-numbers
ip6tables -t filter --list OUTPUT --numeric --line-numbers
ip6tables -t filter -A INPUT -d 2001:db8:: -p all -m pkttype --pkt-type unicast -j TRACE
ip6tables -X OUTPUT
ip6tables -t security -X
ip6tables -D INPUT -p 47 -m hl --hl-lt 53 -j NFLOG --nflog-group 4 --nflog-prefix p
ipset add six 2001:db8::1
ipset create six hash:ip family inet6
ip6tables -t security -A INPUT -s ::1/128 -d ::1/32 -m state --state NEW -m connlimit --connlimit-upto 100 --connlimit-mask 128 -j SET --del-set six src
ip6tables -t filter -X
ipset create nets hash:net
ipset destroy six
ip6tables -X FORWARD
ip6tables -t security -A INPUT -d 2001:db8:1::1/127 -p 47 -m set --match-set nope dst,dst ! --update-counters -j LOG
ip6tables -t filter -F
ip6tables -v -X
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [6:277]
:DOCKER - [0:0]
[0:496] -A FORWARD -o eth1 -p tcp
COMMIT
EOF
ipset del blk 10.0.1.3
iptables -Z OUTPUT 1
iptables -t filter --list OUTPUT --numeric --line-numbers
ipset add six 2001:db8::1
ip6tables -t filter -I OUTPUT -p 47 -m statistic --mode nth --every 3 --packet 1 -j NFQUEUE --queue-num 3
iptables-save -c
iptables -A FORWARD -s 198.236.145.60/16 -p tcp -m pkttype --pkt-type multicast -m helper --helper sip -j REJECT --reject-with tcp-reset
iptables -t nat -I INPUT 1 -s 198.23.199.161/8 -i docker0 -p all -j CONNMARK --restore-mark --mask 0xff
iptables -t filter -N f2b-sshd
ip6tables -t mangle -R INPUT 3 ! -i br0 -p all -j LOG
ip6tables-save -t nat
ip6tables -t raw -S OUTPUT 2
ip6tables -t security --list OUTPUT --numeric --line-numbers
ip6tables-save
ip6tables -t security -Z FORWARD 2
ip6tables -t filter -S FORWARD
ip6tables -t nat -N LOGDROP
ip6tables -t mangle -I FORWARD -s fd00::/127 -d fd00:: -p tcp
ip6tables -N MYCHAIN
ip6tables -t filter -A FORWARD -s 2001:db8::/64 -o cni0 -j NFQUEUE --queue-balance 0:3 --queue-bypass
iptables -S FORWARD 3
iptables -t mangle -w 1 --append POSTROUTING -m hashlimit --hashlimit-upto 100 --hashlimit-mode srcip,srcport --hashlimit-name ssh -m connmark --mark 0x1 -j CONNMARK --set-mark 0x2
ipset create nets hash:net
iptables -t filter -v -F OUTPUT
iptables -t filter -A INPUT -d 10.94.237.246/8 -j REJECT --reject-with icmp-port-unreachable
iptables -A OUTPUT -s 172.10.74.231 -p all -m rpfilter --invert -m ttl --ttl-lt 198
iptables -v -F
ip6tables -A OUTPUT -c 184 59334 -p tcp -m conntrack --ctstate RELATED,ESTABLISHED
ip6tables -t mangle -v -F FORWARD
ipset add nets 10.2.0.0/16
ip6tables -N f2b-sshd
ip6tables -t raw -A PREROUTING -m helper --helper ftp -j RETURN
ip6tables -t raw -A PREROUTING -m connlimit --connlimit-upto 5 --connlimit-mask 128 -m addrtype ! --dst-type BROADCAST -j ACCEPT
iptables-save
ip6tables-save
