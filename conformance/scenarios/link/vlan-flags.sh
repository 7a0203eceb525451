# iplab-kernel: vm
# 802.1Q flags and QoS maps (vlan_changelink, vlan_print_opt), on a veth and
# on a bridge. Recorded on the VM kernel (the host kernel has no 8021q).
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add br0 address 02:00:00:00:00:0b type bridge
ip link add link veth0 name v1 type vlan id 1 reorder_hdr off
ip link add link veth0 name v2 type vlan id 2 gvrp on
ip link add link veth0 name v3 type vlan id 3 mvrp on
ip link add link veth0 name v4 type vlan id 4 loose_binding on
ip link add link veth0 name v5 type vlan id 5 reorder_hdr on gvrp off mvrp off loose_binding off
ip link add link veth0 name v6 type vlan id 6 bridge_binding on
ip link add link br0 name br0.7 type vlan id 7 bridge_binding on
ip link add link veth0 name v8 type vlan id 8 reorder_hdr maybe
ip link add link veth0 name v8 type vlan id 8 gvrp
ip link add link veth0 name v9 type vlan id 9 ingress-qos-map 1:2 3:4 egress-qos-map 2:3
ip link add link veth0 name v10 type vlan id 10 egress-qos-map 0:7 1:6 2:5
ip link add link veth0 name v11 type vlan id 11 ingress-qos-map 8:1
ip link add link veth0 name v11 type vlan id 11 ingress-qos-map 1
ip link add link veth0 name v11 type vlan id 11 egress-qos-map 1:x
ip -d link show v1
ip -d link show v2
ip -d link show v3
ip -d link show v4
ip -d link show v5
ip -d link show v6
ip -d link show br0.7
ip -d link show v9
ip -d link show v10
ip -j -d link show v9
ip link set v1 type vlan reorder_hdr on gvrp on
ip -d link show v1
ip link set v9 type vlan ingress-qos-map 1:0 5:6 egress-qos-map 2:0
ip -d link show v9
ip link set v2 type vlan loose_binding on
ip -d link show v2
ip link set br0.7 type vlan bridge_binding off
ip -d link show br0.7
ip -d -br link show type vlan
