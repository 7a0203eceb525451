# macvlan devices on a veth.
ip link add veth0 type veth peer name veth1
ip link add mv0 link veth0 type macvlan
ip link add mv1 link veth0 type macvlan mode bridge
ip link add mv2 link veth0 type macvlan mode private
ip link add mv3 link veth0 type macvlan mode vepa
ip link add mv4 link veth0 type macvlan mode passthru
ip link add mv5 link veth0 type macvlan mode nosuchmode
ip link add mv6 type macvlan
ip link add mv7 link nosuch type macvlan
ip link
ip -d link show mv1
ip link set mv0 up
ip -br link
ip link set veth0 up
ip link set veth1 up
ip -br link
ip link del veth0
ip -br link
