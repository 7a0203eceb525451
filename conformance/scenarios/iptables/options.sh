# Verbose modifications, counters in listings, help, option forms and more usage errors
iptables -v -A INPUT -s 10.0.0.1 -p tcp --dport 22 -j ACCEPT
iptables -v -I INPUT -i lo -j ACCEPT
iptables -v -A INPUT -s 10.0.0.1,10.0.0.2 -j DROP
iptables -v -N FOO
iptables -v -A FOO -j RETURN
iptables -v -F FOO
iptables -v -X FOO
iptables -v -Z INPUT
iptables -v -F
iptables -v -P FORWARD DROP
iptables -v -D INPUT 1
iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [123456:98765432]
:FORWARD ACCEPT [99999:100000]
:OUTPUT ACCEPT [1234567890:9876543210987]
[100000:99999] -A INPUT -s 10.0.0.1/32 -j ACCEPT
[9999500:9999499] -A INPUT -s 10.0.0.2/32 -j ACCEPT
[12345678901234:1] -A OUTPUT -j ACCEPT
COMMIT
EOF
iptables -L -v
iptables -L -v -x
iptables -L -v -n --line-numbers
iptables -S -v
iptables -S INPUT 1 -v
iptables -L INPUT 2 -v -n
iptables -Z INPUT 1
iptables -S -v INPUT
iptables -L -Z -v -n
iptables -L -v -n
iptables --append INPUT --source 192.0.2.1 --protocol udp --destination-port 53 --jump ACCEPT
iptables --insert INPUT 1 --in-interface eth0 --jump DROP
iptables --list-rules INPUT
iptables -w -A INPUT -j ACCEPT
iptables -w 5 -W 1000 -A INPUT -j ACCEPT
iptables -A INPUT -ptcp --dport=80 -jACCEPT
iptables -nvL INPUT
iptables -D INPUT 1 extra
iptables -A INPUT -p tcp --dport 22 --dport 23 -j ACCEPT
iptables -A INPUT -p udp --syn -j ACCEPT
iptables -A INPUT -j
iptables -A INPUT -m
iptables -A INPUT -j ACCEPT !
iptables -A INPUT ! ! -s 1.2.3.4 -j ACCEPT
iptables -N ACCEPT
iptables -N 'a b'
iptables -N FOO
iptables -E FOO INPUT
iptables -E FOO BAR
iptables -E BAR 'a b'
iptables -p tcp -A INPUT --dport 25 -j DROP
iptables -A INPUT -p icmp --icmp-type echo -j ACCEPT
iptables -A INPUT -p icmp --icmp-type time -j ACCEPT
iptables -A INPUT -p tcp --dport 10:5 -j ACCEPT
iptables -A INPUT -p udp --dport 10:5 -j ACCEPT
iptables -A INPUT -p udp --dport 70000 -j ACCEPT
iptables -A INPUT -p udp --dport nosuchservice -j ACCEPT
iptables -A INPUT -p tcp --tcp-flags ALL FIN,PSH,URG -j DROP
iptables -A INPUT -m state --state NEW,BOGUS -j ACCEPT
iptables -A INPUT -m limit --limit 1000000/sec -j ACCEPT
iptables -A INPUT -m limit --limit 2/week -j ACCEPT
iptables -A INPUT -j LOG --log-prefix "a very long prefix that is longer than 29 chars"
iptables -A INPUT -j MARK --set-mark 1
iptables -t mangle -A INPUT -j MARK
iptables -A INPUT -s 1.2.3.4/255.255.0.0 -j ACCEPT
iptables -A INPUT -s 1.2.3.4/255.0.255.0 -j ACCEPT
iptables -A INPUT -d localhost -j ACCEPT
iptables -A INPUT -s 10.1 -j ACCEPT
iptables -L INPUT -n
iptables -S INPUT
iptables -L INPUT
iptables -C INPUT -s 1.2.3.4/255.255.0.0 -j ACCEPT
iptables -D INPUT -s 1.2.0.0/16 -j ACCEPT
iptables -4 -L FORWARD
iptables -6 -L FORWARD
ip6tables -4 -L FORWARD
iptables -h
ip6tables -h
iptables-save -h
iptables-restore -h
iptables-save -V
iptables-restore -V
ip6tables --version
iptables -L -n -t nat
iptables -t nat -L -n --line-numbers -v -x
iptables -A INPUT -p tcp ! --dport 1000:65535
iptables -A INPUT -p tcp ! --sport 0:80 -m tcp ! --dport 5:10
iptables -A INPUT -p tcp -m tcp --tcp-option 5 ! --dport 0:80
iptables -A INPUT -p udp ! --sport :53
iptables -S INPUT
