# ipset 7.17: the set registry of a namespace, its listings and errors, and
# the iptables set match and SET target that refer to sets by name.
ipset list
ipset save
ipset create a hash:ip
ipset list a
ipset add a 10.0.0.1
ipset add a 10.0.0.2
ipset add a 10.0.0.1
ipset -exist add a 10.0.0.1
ipset -! add a 10.0.0.3
ipset add a 10.0.0.300
ipset add a 2001:db8::1
ipset list a
ipset test a 10.0.0.1
ipset test a 10.0.0.9
ipset del a 10.0.0.9
ipset -exist del a 10.0.0.9
ipset del a 10.0.0.3
ipset add nope 1.2.3.4
ipset create a hash:ip
ipset -exist create a hash:ip
ipset -exist create a hash:net
ipset create b hash:foo
ipset create c hash:ip family inet7
ipset create d bitmap:port
ipset create n hash:net
ipset add n 10.0.0.0/8
ipset add n 192.168.1.77/24
ipset add n 1.2.3.4
ipset add n 10.0.0.0/33
ipset add n 10.0.0.0/0
ipset add n 10.9.0.0/16 nomatch
ipset test n 192.168.1.5
ipset test n 10.9.1.1
ipset test n 10.8.1.1
ipset list n
ipset create p hash:ip,port
ipset add p 10.0.0.1
ipset add p 10.0.0.1,80
ipset add p 10.0.0.1,udp:53
ipset add p 10.0.0.1,tcp:https
ipset add p 10.0.0.2,icmp:ping
ipset add p 10.0.0.1,foo:5
ipset list p
ipset create pip hash:ip,port,ip
ipset add pip 10.0.0.1,tcp:80,10.0.0.2
ipset create pn hash:ip,port,net
ipset add pn 10.0.0.1,tcp:80,10.1.0.0/16
ipset add pn 10.0.0.1,udp:53,10.2.3.4
ipset list pip
ipset list pn
ipset create bp bitmap:port range 1000-2000
ipset add bp 80
ipset add bp 1500-1502
ipset add bp 1999
ipset list bp
ipset create h6 hash:ip family inet6
ipset add h6 2001:db8::1
ipset add h6 10.0.0.1
ipset list h6
ipset create t hash:ip timeout 300 counters comment
ipset add t 10.0.0.9 comment "hi there"
ipset add t 10.0.0.8 timeout 100 packets 5 bytes 400
ipset add a 10.0.0.7 timeout 5
ipset list t
ipset create l list:set
ipset add l nope
ipset add l a
ipset add l a
ipset add l n before a
ipset add l p after a
ipset add l l
ipset list l
ipset list -n
ipset list -t
ipset -L
ipset save
ipset destroy a
ipset rename p q
ipset rename bp bq
ipset rename bq n
ipset swap bq nope
ipset swap bq n
ipset del l p
ipset swap pip pn
ipset list -n
ipset flush l
ipset destroy a
ipset destroy x
iptables -A INPUT -m set --match-set n src -j ACCEPT
iptables -A INPUT -m set ! --match-set p src,dst -j DROP
iptables -A INPUT -m set --match-set p dst,dst --return-nomatch ! --update-counters ! --update-subcounters
iptables -A INPUT -m set --match-set n src --packets-eq 5 --bytes-gt 100
iptables -A INPUT -m set --match-set n src ! --packets-lt 5
iptables -A INPUT -m set --match-set n src,dst,src
iptables -A INPUT -m set --match-set n src,foo
iptables -A INPUT -m set --match-set n
iptables -A INPUT -m set --match-set n src --match-set p dst
iptables -A INPUT -m set
iptables -A INPUT -m set --match-set nope src
iptables -A INPUT -m set --match-set h6 src
ip6tables -A INPUT -m set --match-set h6 src -j ACCEPT
ip6tables -A INPUT -m set --match-set n src
iptables -A FORWARD -j SET --add-set n src
iptables -A FORWARD -j SET --add-set n src --exist --timeout 30
iptables -A FORWARD -j SET --del-set p dst,dst
iptables -A FORWARD -j SET --add-set n src --del-set p dst,src
iptables -A FORWARD -j SET --add-set nope src
iptables -A FORWARD -j SET
iptables -A FORWARD -j SET --del-set n src --exist
iptables -S
iptables -L
iptables -L -n -v
iptables-save
ipset list -t n
ipset destroy n
ipset destroy
iptables -D INPUT -m set --match-set n src -j ACCEPT
iptables -F
ip6tables -F
ipset list -t n
ipset destroy
ipset list
ipset
ipset -v
ipset version
ipset foo
ipset create
ipset create x
ipset add
# Set slots: a new set takes the lowest free slot; swap keeps the names in place.
ipset create x1 hash:ip
ipset create x2 hash:ip
ipset create x3 hash:ip
ipset add x2 10.0.0.2
ipset add x3 10.0.0.3
ipset destroy x1
ipset create x4 bitmap:port range 0-100
ipset swap x2 x3
ipset swap x2 x4
ipset list -n
ipset save
