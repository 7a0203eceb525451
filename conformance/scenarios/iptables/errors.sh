# Usage and kernel errors, with their exit codes
iptables -A INPUT -o eth0 -j ACCEPT
iptables -A OUTPUT -i eth0 -j ACCEPT
iptables -t nat -A PREROUTING -o eth0 -j ACCEPT
iptables -A INPUT -p tcp --dport 99999 -j ACCEPT
iptables -A INPUT -p tcp --dport foo -j ACCEPT
iptables -A INPUT --dport 22 -j ACCEPT
iptables -A INPUT -p nosuchproto -j ACCEPT
iptables -A INPUT -s 10.0.0.300 -j ACCEPT
iptables -A INPUT -s 10.0.0.0/33 -j ACCEPT
iptables -A INPUT -j NOSUCHTARGET
iptables -A INPUT -j DNAT --to-destination 1.2.3.4
iptables -t nat -A POSTROUTING -j DNAT --to-destination 1.2.3.4
iptables -t nat -A PREROUTING -j MASQUERADE
iptables -t nat -A PREROUTING -j DNAT
iptables -t filter -A INPUT -j REDIRECT
iptables -t bogus -L
iptables -t raw -A INPUT -j ACCEPT
iptables -A INPUT -m nosuchmatch -j ACCEPT
iptables -A INPUT -m tcp --dport 22 -j ACCEPT
iptables -X INPUT
iptables -Z NOPE
iptables -L NOPE
iptables -S NOPE
iptables -F NOPE
iptables -D INPUT -j ACCEPT
iptables -I INPUT 3 -j ACCEPT
iptables -R INPUT 1 -j ACCEPT
iptables -D INPUT 0
iptables -A INPUT -j ACCEPT -j DROP
iptables -A INPUT -s 1.1.1.1 -s 2.2.2.2 -j ACCEPT
iptables -A
iptables -A INPUT extra
iptables -L -A INPUT
iptables
iptables --bogus
iptables -A INPUT -j ACCEPT --bogus
iptables -A INPUT -p tcp --tcp-flags SYN -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags FOO SYN -j ACCEPT
iptables -A INPUT -p icmp --icmp-type nosuch -j ACCEPT
iptables -A INPUT -m conntrack --ctstate FOO -j ACCEPT
iptables -A INPUT -m mark --mark x -j ACCEPT
iptables -A INPUT -j LOG --log-level nonsense
iptables -A INPUT -j REJECT --reject-with nonsense
iptables -A INPUT -m statistic --mode random --probability 2 -j ACCEPT
iptables -A INPUT -m comment -j ACCEPT
iptables -A INPUT -m multiport --dports 1,2 -j ACCEPT
iptables -P INPUT FOO
iptables -P DOCKER ACCEPT
iptables -N X
iptables -P X DROP
iptables -E X INPUT
iptables -E INPUT Y
iptables -A INPUT -i eth0 -i eth1 -j ACCEPT
iptables -A INPUT -i thisnameiswaytoolong0 -j ACCEPT
iptables -S
