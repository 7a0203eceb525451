# Interface flags set by hand.
ip link add veth0 type veth peer name veth1
ip link set veth0 arp off
ip link show veth0
ip link set veth0 multicast off
ip link show veth0
ip link set veth0 promisc on
ip link set veth0 allmulticast on
ip link show veth0
ip -j link show veth0
ip link set veth0 dynamic on
ip link show veth0
ip link set veth0 arp on multicast on promisc off allmulticast off dynamic off
ip link show veth0
ip link set veth0 arp maybe
ip link set veth0 trailers on
ip link show veth0
