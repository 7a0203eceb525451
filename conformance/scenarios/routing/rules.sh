# Policy routing: ip rule add/del/list/flush and lookups through the rules.
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 up
ip link set veth1 up
ip addr add 192.0.2.1/24 dev veth0
ip addr add 198.51.100.1/24 dev veth1
ip rule
ip -6 rule
ip rule list
ip -j rule
ip rule add from 10.0.0.0/8 table 100
ip rule add to 172.16.0.0/12 lookup 200 pref 1000
ip rule add fwmark 0x10 table 300
ip rule add fwmark 0x20/0xf0 table 301
ip rule add fwmark 0 table 302
ip rule add iif veth0 table 400
ip rule add oif veth1 table 401
ip rule add iif nosuch table 402
ip rule add not from 192.0.2.0/24 table 500 pref 2000
ip rule add tos 0x10 table 600
ip rule add uidrange 1000-2000 table 700
ip rule add ipproto tcp dport 80 table 800
ip rule add ipproto udp sport 1000-2000 table 801
ip rule add from 10.1.0.0/16 blackhole
ip rule add from 10.2.0.0/16 unreachable
ip rule add from 10.3.0.0/16 prohibit
ip rule add from 10.4.0.0/16 goto 32766
ip rule add from 10.5.0.0/16 goto 100
ip rule add from 10.6.0.0/16 nop
ip rule add from 10.7.0.0/16 table main suppress_prefixlength 0
ip rule add from 10.8.0.0/16 table 900 proto static
ip rule add from 10.0.0.0/8 table 100
ip rule add from 10.0.0.0/8 table 100 pref 10
ip rule add pref 5 from 1.2.3.4 table 10
ip rule add pref 5 from 1.2.3.4 table 10
ip rule
ip -d rule
ip -j rule show
ip rule show table 100
ip rule show from 10.0.0.0/8
ip rule show pref 1000
ip rule show iif veth0
ip rule show fwmark 0x10
ip rule show not
ip rule show to 172.16.0.0/12
ip rule add
ip rule add from 10.0.0.0/8 table foo
ip rule add from 10.0.0.0/8 pref foo
ip rule add from 10.0.0.0/8 fwmark foo
ip rule add from 10.0.0.0/8 goto 5
ip rule add from 10.0.0.0/8 foo
ip rule add from 10.0.0.0/8 uidrange 5
ip rule add from 10.0.0.0/8 uidrange 5-1
ip rule add from 10.0.0.0/8 ipproto foo
ip rule add from 10.0.0.0/8 iif a/b
ip rule add from 2001:db8::/32 table 5
ip rule del
ip rule del from 10.9.0.0/16
ip rule del pref 12345
ip rule del table 301
ip rule del from 10.0.0.0/8 pref 10
ip rule del pref 5
ip rule
ip route add 8.8.8.0/24 via 198.51.100.254 table 100
ip route add default via 192.0.2.254 table 200
ip route add default via 198.51.100.254
ip route get 8.8.8.8
ip route get 8.8.8.8 from 10.0.0.1
ip route get 172.16.1.1
ip route get 172.16.1.1 from 192.0.2.1
ip route get 8.8.8.8 mark 0x10
ip route get 8.8.8.8 from 10.1.0.1
ip route get 8.8.8.8 from 10.2.0.1
ip route get 8.8.8.8 from 10.3.0.1
ip route get 127.0.0.1
ip route get 192.0.2.1
ip -6 rule add from 2001:db8::/32 table 100
ip -6 rule add to 2001:db8:1::/48 table 200 pref 100
ip -6 rule
ip -6 rule del from 2001:db8::/32 table 100
ip -6 rule
ip rule flush
ip rule
ip -6 rule flush
ip -6 rule
ip route get 8.8.8.8
ip rule add from all lookup main pref 32766
ip rule add from all lookup local pref 100
ip rule del pref 0
ip rule
ip route get 127.0.0.1
