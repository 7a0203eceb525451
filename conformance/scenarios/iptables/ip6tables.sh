# ip6tables and the IPv6 matches
ip6tables -L
ip6tables -A INPUT -s 2001:db8::/32 -p tcp --dport 22 -j ACCEPT
ip6tables -A INPUT -s 2001:db8::1 -d fe80::/10 -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp --icmpv6-type echo-request -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 135 -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type neighbour-advertisement -j ACCEPT
ip6tables -A INPUT -p icmpv6 --icmpv6-type 1/3 -j ACCEPT
ip6tables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip6tables -A INPUT -p udp -m multiport --dports 53,123 -j ACCEPT
ip6tables -A INPUT ! -s ::1 -i lo -j DROP
ip6tables -A INPUT -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -A INPUT -j REJECT
ip6tables -A INPUT -p tcp -j REJECT --reject-with tcp-reset
ip6tables -A INPUT -m hl --hl-eq 255 -j ACCEPT
ip6tables -A INPUT -m iprange --src-range 2001:db8::1-2001:db8::ff -j ACCEPT
ip6tables -A INPUT -p tcp -j LOG --log-prefix "v6 "
ip6tables -A INPUT -s 2001:db8::1/64 -j ACCEPT
ip6tables -A INPUT -j REJECT --reject-with icmp-host-prohibited
ip6tables -A INPUT -p icmp -j ACCEPT
ip6tables -A INPUT -f -j ACCEPT
ip6tables -A INPUT -s 10.0.0.1 -j ACCEPT
ip6tables -L
ip6tables -L -n -v
ip6tables -S
ip6tables -t nat -A POSTROUTING -s fd00::/8 -o eth0 -j MASQUERADE
ip6tables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination '[fd00::2]:8080'
ip6tables -t nat -A PREROUTING -p tcp --dport 81 -j DNAT --to-destination fd00::3
ip6tables -t nat -A POSTROUTING -j SNAT --to-source 2001:db8::1
ip6tables -t nat -L -n
ip6tables -t nat -S
ip6tables-save
iptables-save
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -i lo -j ACCEPT
-A INPUT -p ipv6-icmp -j ACCEPT
-A INPUT -d ff02::/16 -j ACCEPT
COMMIT
EOF
ip6tables-save
ip6tables -V
