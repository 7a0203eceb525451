# Routes that need no device: blackhole, unreachable, prohibit, throw.
ip route add blackhole 198.51.100.0/24
ip route add unreachable 198.51.100.128/25
ip route add prohibit 203.0.113.0/24
ip route add throw 192.0.2.0/24
ip route add blackhole default
ip route add blackhole 10.0.0.0/8 metric 10
ip route add blackhole 10.0.0.0/8 metric 5
ip route add unreachable 10.0.0.0/8 metric 5
ip route append unreachable 10.0.0.0/8 metric 5
ip route prepend prohibit 10.0.0.0/8 metric 5
ip route add blackhole 10.0.0.0/16
ip route add blackhole 10.0.0.0/24
ip route add blackhole 10.0.1.0/24
ip route add blackhole 9.255.255.255/32
ip route
ip route show
ip route list table main
ip route show table all
ip -4 route show table all
ip -j route
ip -j -p route show type blackhole
ip route show type unreachable
ip route show 10.0.0.0/8
ip route show root 10.0.0.0/8
ip route show match 10.0.1.5
ip route show exact 10.0.0.0/16
ip route show metric 5
ip route show proto boot
ip route show proto kernel
ip route show scope global
ip route show scope link
ip -d route show 198.51.100.0/24
ip route get 198.51.100.1
ip route get 198.51.100.200
ip route get 203.0.113.9
ip route get 192.0.2.1
ip route get 8.8.8.8
ip route get 10.0.0.1
ip route get 10.0.1.1
ip route del 10.0.0.0/8
ip route
ip route del 10.0.0.0/8 metric 5
ip route del blackhole 10.0.0.0/8
ip route
ip route del unreachable 10.0.0.0/8 metric 5
ip route del 10.0.0.0/8 metric 5
ip route del 10.0.0.0/8 metric 5
ip route del 10.0.0.0/8 table 7
ip route flush 10.0.0.0/8
ip route
ip route flush root 10.0.0.0/8
ip route
ip -s route flush type prohibit
ip -s route flush type prohibit
ip route flush table main
ip route
