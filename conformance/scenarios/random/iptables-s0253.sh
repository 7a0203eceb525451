# Random iptables/ip6tables rule set, seed 253 (conformance/generators/iptables.ts)
ipset del blk 10.0.2.0
iptables -A FORWARD -s 127.69.176.36 -i docker0 -o eth1 -p all -j LOG --log-level 4
iptables -t nat -A PREROUTING -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.27 -m statistic --mode nth --every 2 --packet 0 -j RETURN
ip6tables -S INPUT 1
ipset destroy svc
iptables -t mangle -L POSTROUTING -n -v --line-numbers
iptables -L -v -Z
iptables -t filter -C FORWARD -p sctp -m statistic --mode random --probability 0.5 -j DROP
ipset del blk 10.0.1.2
iptables -t filter -D FORWARD 3
iptables -t mangle -D FORWARD -p udp -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode bytes
ip6tables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [8:587]
:RCHAIN - [0:0]
-A INPUT -d 2001:db8:1::1/48 -i docker0 -m state --state INVALID -m set --match-set six dst -j DROP
COMMIT
EOF
ip6tables -t mangle -L -v -Z
iptables -v -A NOPE -m limit --limit 3/s -j LOG --log-prefix "drop" --log-level 4
iptables -P OUTPUT RETURN
iptables -t nat -S POSTROUTING 1
iptables-save -c
iptables -t nat -A POSTROUTING ! -d 198.194.107.120/0 ! -o cni0 -p tcp -m length ! --length 100:200 -j ACCEPT
iptables -X INPUT
iptables -t mangle -v -A OUTPUT -s 172.171.199.126 -p all -m addrtype ! --dst-type LOCAL -m addrtype ! --dst-type LOCAL -j ACCEPT
ip6tables -t mangle -A POSTROUTING -o eth1 -p tcp -m owner --uid-owner 100-200 -m conntrack --ctstate NEW -j TCPMSS --set-mss 1400
ip6tables -t security -N KUBE-SVC-ABC
ip6tables -t filter -R OUTPUT 2 -p ipv6-icmp -j NFQUEUE --queue-num 3
ip6tables -v -A OUTPUT -p udp -j NFQUEUE --queue-num 3
ip6tables -v -X RCHAIN
ip6tables -A RCHAIN -i veth+ -o eth1 -p all -m iprange ! --src-range 2001:db8::1-2001:db8::9 -g RCHAIN
ip6tables -t filter -P OUTPUT ACCEPT
iptables -t filter -w 1 --append INPUT -s 198.175.202.229/30 -d 10.118.130.229 -i lo -m mac --mac-source 02:00:00:00:00:63
iptables -t nat -A PREROUTING -p 47 -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -t security -Z INPUT 2
iptables -X
ipset add nets 10.0.0.0/16
iptables -t mangle -I POSTROUTING 1 -p all -m conntrack --ctstate RELATED,ESTABLISHED -m addrtype --src-type UNICAST -j NFQUEUE --queue-num 3
iptables -nvL
iptables -t mangle -N LOGDROP
ip6tables -t raw --list OUTPUT --numeric --line-numbers
ip6tables -t filter -A INPUT -p all -m set --match-set six src -j SET --del-set six src
ip6tables -A FORWARD -p ipv6-icmp -m hashlimit --hashlimit-upto 3/day --hashlimit-name web -j RETURN
iptables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [4:190]
:DOCKER - [0:0]
-A OUTPUT -d 198.173.71.211/12 -p udp -j MARK --set-mark 0x1
-A PREROUTING -p udp -m addrtype --dst-type LOCAL -m connmark --mark 5/0xff -j TTL --ttl-set 64
COMMIT
EOF
ip6tables -t nat -A PREROUTING -p tcp -m pkttype ! --pkt-type unicast -j MARK --and-mark 0xff
ip6tables -t nat -N KUBE-SERVICES
ip6tables -L -v
ip6tables -C FORWARD -i lo -p sctp -m length --length 100:200 -j DSCP --set-dscp 0x2e
ip6tables -t security -A OUTPUT -d 2001:db8:1::1 -p udp
ip6tables -t nat -A PREROUTING -s fd00:a:b:: -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -m recent --update --name DEFAULT --hitcount 20 -j KUBE-SERVICES
iptables -t raw -v -F PREROUTING
iptables-save
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [8:380]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -s 192.135.118.228/0 -p icmp -j SET --add-set blk dst
-A INPUT -p all -j ACCEPT
-A KUBE-SERVICES ! -s 192.235.248.184/30 -o docker0 -p tcp -m conntrack --ctstate UNTRACKED -m multiport --sports http,https -j NFLOG --nflog-group 1
COMMIT
EOF
iptables -t security -D FORWARD 4
ip6tables-save -c
ip6tables -t security -D FORWARD ! -s fe80::1/32 ! -d fe80::1 ! -p tcp -j TRACE
ip6tables -t filter -A RCHAIN -d fd00:: -p ipv6-icmp -j DROP
ipset del blk 10.0.1.0
iptables -t security -Z FORWARD
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [3:777]
:DOCKER - [0:0]
-A DOCKER -i veth+ -p tcp -j SET --add-set nets src
-A DOCKER -d 172.245.28.207 -m statistic --mode random --probability 0.1 -m state --state ESTABLISHED,RELATED -j TRACE
COMMIT
EOF
ipset flush blk
iptables -t raw -N DOCKER-USER
ipset add svc 10.96.0.1,tcp:443
iptables-restore <<'EOF'
*security
:INPUT DROP [0:942]
:DOCKER - [0:0]
-A OUTPUT -p icmp -m limit --limit 1/hour --limit-burst 1 -m length ! --length 1500 -j ACCEPT
-A OUTPUT -o cni0 -p 47 -m pkttype --pkt-type unicast -m limit --limit 3/s -j LOG --log-level 4
-A DOCKER -s 172.82.66.123/24 -i docker0 -p udp -j MARK --xor-mark 0x3
-A OUTPUT -s 198.19.88.233 -m quota --quota 1000 -m physdev --physdev-is-bridged
COMMIT
EOF
iptables -A FORWARD -c 708 44220 -i lo -p sctp -m statistic --mode random --probability 0.33333333349 -m helper --helper sip -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -t filter -L DOCKER
iptables -v -X
iptables -t nat -N DOCKER
iptables -t filter -X DOCKER
iptables -A DOCKER -d 10.36.172.147/30 -p sctp -m string --string 'GET /' --algo kmp -m connbytes --connbytes 1000: --connbytes-dir reply --connbytes-mode packets -j LOG --log-prefix "drop" --log-level info
iptables -t nat -L DOCKER 2 -n -v
iptables -t filter -X DOCKER
iptables -t filter -A OUTPUT -p all -m hashlimit --hashlimit-upto 10/sec --hashlimit-burst 100 --hashlimit-name ssh -m connmark --mark 5/0xff -j LOG --log-prefix "IN: " --log-level info
iptables-save
iptables -N KUBE-SERVICES
iptables-save
ip6tables-save
