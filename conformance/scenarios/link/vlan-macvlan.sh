# iplab-kernel: vm
# macvlan and vlan stacked on each other, and both on a bridge: lower
# devices, carrier, deleting the bottom device. Recorded on the VM kernel
# (the host kernel has no 8021q module).
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add link veth0 name veth0.100 type vlan id 100
ip link add mv0 link veth0.100 address 02:00:00:00:01:00 type macvlan mode bridge
ip link add mv1 link veth0 address 02:00:00:00:01:01 type macvlan
ip link add link mv1 name mv1.200 type vlan id 200
ip link add br0 address 02:00:00:00:00:0b type bridge
ip link add link br0 name br0.5 type vlan id 5
ip link add mvb link br0 address 02:00:00:00:01:0b type macvlan mode private
ip link
ip -d link show mv0
ip -d link show mv1.200
ip -br link
ip link set mv0 up
ip link set veth0.100 up
ip -br link
ip link set veth0 up
ip link set veth1 up
ip link set mv1 up
ip link set mv1.200 up
ip -br link
ip link set veth0.100 down
ip -br link
ip link set dev veth0.100 master br0
ip link show veth0.100
ip link del veth0
ip -br link
