# Argument and kernel errors of ip route.
ip route add 300.0.0.0/8 blackhole
ip route add blackhole 300.0.0.0/8
ip route add blackhole 10.0.0.0/33
ip route add blackhole 10.0.0.1/8
ip route add blackhole 10.0.0.0/255.0.0.0
ip route add blackhole 10.0.0.0/255.0.255.0
ip route add blackhole 10
ip route add blackhole 10.1
ip route add blackhole 0x0a.1.2.0/24
ip route add blackhole 012.1.2.0/24
ip route
ip route add blackhole 10.20.0.0/16 metric foo
ip route add blackhole 10.20.0.0/16 table foo
ip route add blackhole 10.20.0.0/16 proto foo
ip route add blackhole 10.20.0.0/16 scope foo
ip route add blackhole 10.20.0.0/16 tos foo
ip route add blackhole 10.20.0.0/16 scope link
ip route add blackhole 10.20.0.0/16 dev lo
ip route add blackhole 10.20.0.0/16 dev nosuch
ip route add blackhole 10.20.0.0/16 via 192.0.2.1
ip route add 10.20.0.0/16
ip route add 10.20.0.0/16 dev lo
ip route add 10.20.0.0/16 via 192.0.2.1
ip route add 10.20.0.0/16 via 192.0.2.1 onlink
ip route add local 10.20.0.0/16
ip route add broadcast 10.20.0.0/16
ip route add nat 10.20.0.0/16
ip route add anycast 10.20.0.0/16
ip route add multicast 224.0.0.0/4
ip route add xresolve 10.20.0.0/16
ip route add 10.20.0.0/16 blackhole
ip route add blackhole 10.20.0.0/16 10.21.0.0/16
ip route add
ip route add blackhole
ip route add blackhole 10.20.0.0/16 metric
ip route add blackhole 10.20.0.0/16 via 1.2.3.4 via 1.2.3.5
ip route change blackhole 10.20.0.0/16
ip route replace blackhole 10.20.0.0/16
ip route replace unreachable 10.20.0.0/16
ip route change prohibit 10.20.0.0/16
ip route test blackhole 10.20.0.0/16
ip route test blackhole 10.21.0.0/16
ip route
ip route foo
ip route get
ip route get 10.20.0.0/16
ip route get foo
ip route get 10.20.0.1 iif nosuch
ip route get 10.20.0.1 oif nosuch
ip route get 10.20.0.1 tos foo
ip route get 10.20.0.1 mark foo
ip route flush
ip route show table
ip route show foo
ip route show type foo
ip route show proto foo
ip route show dev nosuch
ip route del blackhole 10.20.0.0/16 table 254 proto boot
ip route
ip -6 route add blackhole 10.0.0.0/8
ip -4 route add blackhole 2001:db8::/32
ip route add 2001:db8::/32 via 10.0.0.1
