# macvlan modes, flags and options (drivers/net/macvlan.c, iplink_macvlan.c):
# -d and -j output, changing the mode, what is refused. The host kernel has
# macvlan built in.
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add mv0 link veth0 address 02:00:00:00:01:00 type macvlan
ip link add mv1 link veth0 address 02:00:00:00:01:01 type macvlan mode bridge
ip link add mv2 link veth0 address 02:00:00:00:01:02 type macvlan mode private
ip link add mv3 link veth0 address 02:00:00:00:01:03 type macvlan mode vepa
ip link add mv4 link veth0 address 02:00:00:00:01:04 type macvlan mode bridge nopromisc
ip link add mv5 link veth0 address 02:00:00:00:01:05 type macvlan mode vepa bcqueuelen 100
ip link add mv6 link veth0 address 02:00:00:00:01:06 type macvlan mode bridge flag nopromisc
ip link add mv7 link veth0 address 02:00:00:00:01:07 type macvlan mode private nodst
ip link add mv8 link veth0 address 02:00:00:00:01:08 type macvlan mode passthru
ip link add mv8 link veth1 type macvlan mode passthru
ip link add mv9 link veth0 type macvlan mode source
ip link add mv10 link veth0 type macvlan mode source macaddr add 02:00:00:00:02:01
ip link add mv11 link veth0 type macvlan mode bridge macaddr add 02:00:00:00:02:01
ip link add mv12 link veth0 type macvlan mode bridge bcqueuelen
ip link add mv12 link veth0 type macvlan mode bridge bcqueuelen abc
ip link add mv12 link veth0 type macvlan mode
ip link add mv12 link veth0 type macvlan flag
ip link add mv12 link veth0 type macvlan flag bogus
ip link add mv12 link veth0 type macvlan bogus
ip link add mv12 link mv0 type macvlan
ip link add mv12 link lo type macvlan
ip link add mv12 link veth0 type macvlan mtu 1600
ip link add mv12 link veth0 address 02:00:00:00:00:01 type macvlan
ip link
ip -d link show mv0
ip -d link show mv1
ip -d link show mv2
ip -d link show mv4
ip -d link show mv5
ip -d link show mv7
ip -d link show mv8
ip -j -d link show mv1
ip -j link show mv2
ip -d link show type macvlan
ip link set mv1 type macvlan mode private
ip -d link show mv1
ip link set mv1 type macvlan mode passthru
ip link set mv2 type macvlan mode bridge nopromisc
ip -d link show mv2
ip link set mv5 type macvlan bcqueuelen 2000
ip -d link show mv5
ip link set mv0 mtu 1400
ip link set mv0 mtu 1501
ip link set veth0 mtu 1450
ip -br link
ip link set mv0 up
ip -br link show mv0
ip link set veth0 up
ip link set veth1 up
ip -br link
ip link set veth0 down
ip -br link
ip link del veth0
ip -br link
