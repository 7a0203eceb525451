# The bridge address: lowest port MAC, zero with no ports, kept when set.
ip link add br0 type bridge
ip link add veth0 address 02:00:00:00:00:20 type veth peer name veth1 address 02:00:00:00:00:10
ip link set veth0 master br0
ip link show br0
ip link set veth0 address 02:00:00:00:00:30
ip link show br0
ip link set veth1 master br0
ip link show br0
ip link set veth1 nomaster
ip link set veth0 nomaster
ip link show br0
ip -d link show br0
ip -j -d link show br0
ip link add br1 address 02:00:00:00:00:aa type bridge
ip link set veth0 master br1
ip link show br1
ip link set veth0 master br0
ip -br link
ip link set br0 mtu 9000
ip link set br0 mtu 67
ip link show br0
ip link del veth0
ip -br link
ip link set br1 master br0
ip link add br2 type bridge forward_delay 400 stp_state 0 priority 100
ip -d link show br2
ip link set br2 type bridge hello_time 300
ip -d link show br2
ip link add br3 type bridge nosuchopt 1
ip link add br3 type bridge forward_delay abc
