# Base chains exist only once used (iptables-nft): created by rules and policies, deleted by -X
iptables -D INPUT 1
iptables -Z INPUT
iptables -F INPUT
iptables -X INPUT
iptables -A OUTPUT -j ACCEPT
iptables -D INPUT 1
iptables -D OUTPUT 2
iptables -F
iptables -D OUTPUT 1
iptables -R OUTPUT 1 -j ACCEPT
iptables -N U
iptables -D U 1
iptables -R U 1 -j ACCEPT
iptables -P INPUT DROP
iptables -X INPUT
iptables -P INPUT ACCEPT
iptables -X INPUT
iptables -D INPUT 1
iptables -A OUTPUT -j ACCEPT
iptables -X OUTPUT
iptables -v -X
iptables -S
iptables -D U 1
iptables -P FORWARD DROP
iptables -X
iptables -Z FORWARD
iptables -t nat -A OUTPUT -j ACCEPT
iptables -t nat -F
iptables -t nat -X
iptables -t nat -Z OUTPUT
iptables -t nat -D OUTPUT 1
iptables-save
iptables -L -v -n
ip6tables -A INPUT -j ACCEPT
ip6tables -F INPUT
ip6tables -X
ip6tables -D INPUT 1
ip6tables-save
