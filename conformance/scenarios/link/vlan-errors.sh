# iplab-kernel: vm
# What 802.1Q refuses (vlan_validate, vlan_check_real_dev, iplink_vlan.c's
# parser). Recorded on the VM kernel (the host kernel has no 8021q module).
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add link veth0 name v1 type vlan id 10
ip link add link veth0 name v2 type vlan id 10
ip link add link veth0 name v2 type vlan protocol 802.1ad id 10
ip link add name v3 type vlan id 11
ip link add link veth0 name v4 type vlan
ip link add link veth0 name v5 type vlan id 4095
ip link add link veth0 name v5 type vlan id 4094
ip link add link veth0 name v6 type vlan id 4096
ip link add link veth0 name v6 type vlan id 65536
ip link add link veth0 name v6 type vlan id -1
ip link add link veth0 name v6 type vlan id abc
ip link add link veth0 name v6 type vlan id 0x10
ip link add link veth0 name v7 type vlan id 0
ip link add link veth0 name v8 type vlan protocol 802.1x id 12
ip link add link veth0 name v8 type vlan protocol 0x88a8 id 12
ip link add link veth0 name v9 type vlan id 13 foo
ip link add link veth0 name v9 type vlan id
ip link add link veth0 name v9 type vlan id 13 id 14
ip link add link lo name lo.5 type vlan id 5
ip link add link nosuch name v10 type vlan id 14
ip link add link veth0 name v11 mtu 9000 type vlan id 15
ip link add link veth0 name v11 mtu 1400 type vlan id 15
ip link add link veth0 name v1 type vlan id 16
ip link add link veth0 name veth0 type vlan id 17
ip link add link veth0 name averyveryverylongname type vlan id 18
ip link add link v1 name v1.5 type vlan id 5
ip link add link v1.5 name v1.5.6 type vlan id 6
ip link set v1 type vlan id 20
ip link set v1 type vlan protocol 802.1ad
ip link set v1 type vlan id 10
ip link set veth0 type vlan id 10
ip -d link show v1
ip -br link
ip link del v1
ip -br link
ip link help vlan
