# iplab-kernel: vm
# vlan and macvlan devices moved to another namespace: the link to the real
# device shows as @ifN, the real device's state still reaches them, and
# deleting it deletes them. Addresses and routes on a vlan. Recorded on the
# VM kernel (the host kernel has no 8021q module).
ip netns add ns1
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add link veth0 name veth0.10 type vlan id 10
ip link add mv0 link veth0 address 02:00:00:00:01:00 type macvlan mode bridge
ip link set veth0.10 netns ns1
ip link set mv0 netns ns1
ip link
ip -n ns1 link
ip -n ns1 -d link show veth0.10
ip -n ns1 -br link
ip link set veth0 up
ip link set veth1 up
ip -br link
ip -n ns1 -br link
ip -n ns1 link set mv0 up
ip -n ns1 addr add 192.0.2.10/24 dev veth0.10
ip -n ns1 addr add 2001:db8::10/64 dev veth0.10 nodad
ip -n ns1 -br addr
ip -n ns1 route
ip -n ns1 -6 route
ip link set veth0 down
# iplab-differs: 6.1's default_operstate() makes any stacked device without carrier
# LOWERLAYERDOWN; 6.18 (the host kernel, which iplab follows) looks the lower device up
# by index in the device's own namespace, finds none here (mv0 is in ns1) and says DOWN
ip -n ns1 -br link
ip -n ns1 route
ip -n ns1 -6 route
ip link set veth0 up
ip -n ns1 -br link
ip -n ns1 -br addr
ip netns add ns2
ip -n ns1 link set veth0.10 netns ns2
ip -n ns2 -br link
ip link set veth0 down
ip -n ns2 -br link
ip link del veth0
ip -n ns1 -br link
ip -n ns2 -br link
ip -br link
