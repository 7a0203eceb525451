# Listing a fresh namespace, appending, inserting, deleting, replacing, checking
iptables -L
iptables-save
iptables -S
iptables -t nat -L -n -v
iptables -A INPUT -s 10.0.0.0/8 -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -s 192.0.2.1 -d 198.51.100.0/24 -p udp --sport 53 -j ACCEPT
iptables -I INPUT -i lo -j ACCEPT
iptables -I INPUT 2 -p icmp --icmp-type echo-request -j ACCEPT
iptables -A FORWARD -i eth+ -o br0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A OUTPUT ! -d 127.0.0.0/8 ! -o lo -p tcp -m multiport --dports 80,443,8000:8080 -j DROP
iptables -L
iptables -L -n
iptables -L -v -n --line-numbers
iptables -L -x -v
iptables -L INPUT -n
iptables -S
iptables -S INPUT
iptables -S INPUT 2
iptables -L INPUT 2
iptables-save
iptables -C INPUT -i lo -j ACCEPT
iptables -C INPUT -i lo -j DROP
iptables -D INPUT -i lo -j ACCEPT
iptables -D INPUT 1
iptables -D INPUT 9
iptables -R INPUT 1 -p tcp --dport 23 -j REJECT
iptables -R INPUT 5 -j ACCEPT
iptables -I INPUT 7 -j ACCEPT
iptables -S
iptables -P FORWARD DROP
iptables -P FOO DROP
iptables -P INPUT RETURN
iptables -L FORWARD
iptables -F INPUT
iptables -S
iptables -F
iptables -S
iptables -Z
iptables-save
iptables -V
iptables --version
