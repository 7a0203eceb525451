# Random iptables/ip6tables rule set, seed 244 (conformance/generators/iptables.ts)
iptables -S INPUT 3
iptables -D INPUT ! -s 10.86.144.230 ! -d 198.115.49.99/30 -i docker0 -p 47 -m mark ! --mark 0xffffffff -j MARK --set-mark 5/0xff
ip6tables-save -c
ip6tables -t raw -A PREROUTING -p ipv6-icmp -m iprange --src-range 2001:db8::1-2001:db8::9 -m hl --hl-gt 143 -j RETURN
ipset del blk 10.0.2.1
ip6tables -t filter -N KUBE-SVC-ABC
ip6tables -A INPUT -p udp -m physdev --physdev-out eth+ -j KUBE-SVC-ABC
ip6tables -t raw -w 1 --append PREROUTING -m physdev --physdev-in veth0 -j CONNMARK --restore-mark --mask 0xff
ipset list -n
ip6tables -t mangle -L -v -Z
ip6tables -I OUTPUT 1 -s fd00:: -p 47 -m connmark --mark 5/0xff -g KUBE-SVC-ABC
ipset create svc hash:ip,port
ip6tables-save
ipset test blk 10.0.2.0
ip6tables -A OUTPUT -d 2001:db8:: -j DROP
ip6tables -t filter -v -F
ip6tables -t mangle -I FORWARD 2 -p sctp -m set ! --match-set nope dst,dst -j LOG --log-prefix "x y"
iptables-restore --noflush <<'EOF'
*raw
:PREROUTING ACCEPT [2:2]
:RCHAIN - [0:0]
[0:330] -A RCHAIN -p 47 -m quota --quota 50000 -m limit --limit 3/s --limit-burst 1 -j NOTRACK
[3:404] -A RCHAIN -p icmp -m quota --quota 1000 -m hashlimit --hashlimit-upto 3/day --hashlimit-name web -j RETURN
[0:372] -A OUTPUT -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.66 -m hashlimit --hashlimit-upto 100 --hashlimit-mode srcip --hashlimit-name ssh --hashlimit-htable-expire 0 -j NFLOG --nflog-group 2
-A OUTPUT ! -o eth+ -p tcp
COMMIT
EOF
iptables -t nat -L OUTPUT 3 -n -v
ip6tables -N DOCKER-USER
iptables -t filter -C INPUT -d 198.50.154.38/32 -m connlimit --connlimit-above 100 --connlimit-daddr -m connmark --mark 5/0xff -j REJECT --reject-with icmp-port-unreachable
iptables -t raw -A RCHAIN -d 10.216.235.6/8 -o eth1 -p all -j NFQUEUE --queue-num 2 --queue-bypass
iptables -t filter -A FORWARD -d 172.172.187.90 -o eth+ -p all -m length --length 100:200 -m physdev --physdev-in veth0
iptables -A OUTPUT -d 127.57.254.163 -p tcp -m pkttype --pkt-type unicast --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -t nat -D POSTROUTING 4
iptables -t security -v -F
iptables -N MYCHAIN
iptables -t raw -D OUTPUT -o docker0 -p 47 -m hashlimit --hashlimit-above 3/day --hashlimit-name web -j CT --notrack
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:83]
:RCHAIN - [0:0]
-A FORWARD -s 172.239.128.76 -d 127.231.252.97/30 -m ttl --ttl-eq 144 -m ttl --ttl-eq 180
COMMIT
EOF
ipset destroy blk
iptables -t mangle -A OUTPUT ! -s 10.87.252.228 ! -o eth+ -p tcp -m set ! --match-set nets dst -m connmark ! --mark 0x1 -j NFQUEUE --queue-num 2 --queue-bypass
iptables -N f2b-sshd
ipset create svc hash:ip,port
ipset create six hash:ip family inet6
iptables -t mangle -A POSTROUTING -d 172.8.15.46/24 -m length --length 1500 -j MARK --and-mark 0xff
ipset del blk 10.0.2.3
iptables -L f2b-sshd 2 -n -v
ipset add nets 10.2.0.0/16
iptables -X FORWARD
iptables -t filter -S RCHAIN 1
iptables -E RCHAIN RCHAIN-2
iptables -t security -N DOCKER-USER
iptables -t nat -L -v -Z
iptables -t mangle -v -I OUTPUT 2 -s 198.4.231.169/30 -m limit --limit 100/day -m helper --helper sip -j DSCP --set-dscp-class EF
iptables -t filter -A OUTPUT -c 513 31232 -s 198.205.141.3/0 -d 172.163.201.253 -p 47 -m physdev --physdev-in veth0 -m rpfilter --loose -g RCHAIN-2
iptables -t raw -A RCHAIN -c 212 16188 -s 172.179.215.106/24 -d 127.147.150.209/32 -p all -m owner --uid-owner 0 -j RCHAIN
iptables -t mangle -A FORWARD -p sctp -m conntrack --ctstate UNTRACKED -m connmark --mark 0x1 -j NFLOG --nflog-group 4
iptables -t filter -P OUTPUT RETURN
iptables -t nat -F
iptables -A RCHAIN-2 -s 198.65.64.167/24 -o docker0 -p tcp -m connlimit --connlimit-upto 20 --connlimit-mask 16 -j f2b-sshd
iptables -t security -P OUTPUT RETURN
iptables -t filter -L -n
iptables -A f2b-sshd -d 10.43.202.108/0 -m limit --limit 3/s --limit-burst 20 -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -t security -I OUTPUT 1 -s fe80::1 -d 2001:db8:: -p tcp -j SET --add-set six src
ip6tables -A KUBE-SVC-ABC ! -s 2001:db8:1::1/128 -d fe80::1/128 -p ipv6-icmp -m iprange --src-range 2001:db8::1-2001:db8::9 -m length --length 0:64
iptables -t filter -v -X f2b-sshd
iptables -t mangle -A FORWARD -d 10.67.176.251/12 -m set --match-set nope dst -j TTL --ttl-set 64
iptables -t raw -L -x -v -n
iptables-save
ip6tables-save
ip6tables -t security -A FORWARD -s 2001:db8:1::1 -i docker0 -p ipv6-icmp -m connbytes --connbytes 0:500 --connbytes-dir both --connbytes-mode bytes -m rpfilter -j LOG --log-prefix "IN: "
ip6tables -I KUBE-SVC-ABC -p 47 -m quota --quota 1000 -j DOCKER-USER
ip6tables -A DOCKER-USER -s fd00:: -p tcp -m quota --quota 50000 -m string --string 'GET /' --algo bm --icase
ip6tables -t security -L -v
ipset create svc hash:ip,port
iptables-save
iptables -t mangle -Z OUTPUT 3
iptables-save -c -t nat
iptables -t security -v -A FORWARD -m string --string 'GET /' --algo bm --to 40 -j MARK --set-xmark 0x4000/0x4000
iptables -t security -Z FORWARD 1
iptables-save
ip6tables-save
