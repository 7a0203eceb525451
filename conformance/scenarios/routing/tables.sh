# Several tables: the table hash walk of `table all`, table names and ids.
ip route add blackhole 10.1.0.0/16 table 100
ip route add blackhole 10.2.0.0/16 table 1000
ip route add blackhole 10.3.0.0/16 table 510
ip route add blackhole 10.4.0.0/16
ip route add blackhole 10.5.0.0/16 table 766
ip route add blackhole 10.6.0.0/16 table 200
ip route add blackhole 10.7.0.0/16 table default
ip route add blackhole 10.8.0.0/16 table 4294967295
ip route add blackhole 10.9.0.0/16 table local
ip route show table all
ip route show table 100
ip route show table 1000
ip route show table default
ip route show table local
ip route show table 0
ip route show table 4294967295
ip route show table 4294967296
ip route show table foo
ip -d route show table 100
ip -j route show table all
ip route get 10.1.0.1
ip route del 10.1.0.0/16
ip route del 10.1.0.0/16 table 100
ip route show table 100
ip route del 10.1.0.0/16 table 100
ip route del 10.1.0.0/16 table 101
ip route flush table 1000
ip route show table all
ip route flush table all
ip route show table all
