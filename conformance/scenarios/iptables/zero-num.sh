# -Z CHAIN N (nft_rule_zero_counters()): a missing rule is no error; a chain
# missing from the cache fails with whatever errno the cache fetch left: the
# last chain asked for (the named one and the table's base chains, in strcmp
# order) answers ENOENT when missing, 0 when present ("Incompatible with this kernel").
iptables -A INPUT -c 5 6 -j ACCEPT
iptables -A INPUT -c 7 8 -j DROP
iptables -L INPUT 1 -v
iptables -L -Z INPUT 2 -v
iptables -L -v
iptables -S -Z INPUT 1 -v
iptables -Z INPUT 1 -L -v
iptables -Z INPUT 2 -S -v
iptables -S -v
iptables -Z INPUT 9
iptables -t nat -Z INPUT 1
iptables -t nat -A INPUT -j ACCEPT
iptables -t nat -Z PREROUTING 1
iptables -t nat -Z ZZZ 1
iptables -t nat -A PREROUTING -j ACCEPT
iptables -t nat -Z POSTROUTING 1
iptables -t nat -Z OUTPUT 1
iptables -t nat -Z AAA 1
iptables -t nat -Z ZZZ 1
iptables -t nat -N ZZZ
iptables -t nat -Z ZZZ 1
iptables -t nat -Z ZZZ
iptables -t security -A OUTPUT -j ACCEPT
iptables -t security -Z INPUT 1
iptables -t security -Z FORWARD 2
iptables -t security -Z NOPE 2
iptables -t security -Z PIPE 2
iptables -t raw -A PREROUTING -j ACCEPT
iptables -t raw -Z OUTPUT 1
iptables -t raw -Z NOPE 1
iptables -t raw -A OUTPUT -j ACCEPT
iptables -t raw -Z NOPE 1
iptables -t raw -Z PREROUTING 3
ip6tables -t mangle -A POSTROUTING -j ACCEPT
ip6tables -t mangle -Z INPUT 1
ip6tables -t mangle -Z FORWARD 1
ip6tables -t mangle -A PREROUTING -j ACCEPT
ip6tables -t mangle -Z INPUT 1
ip6tables -t mangle -Z QQQ 1
ip6tables -t filter -Z INPUT 1
ip6tables -t filter -L -Z INPUT 1
iptables -t mangle -L -Z INPUT 1
iptables -t mangle -S INPUT -Z INPUT 1
iptables-save -c
