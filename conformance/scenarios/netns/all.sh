# ip -all netns: run in every named namespace, delete them all.
ip -all netns exec ip link show lo
ip netns add ns1
ip netns add ns2
ip netns add ns3
ip -all netns exec ip link show lo
ip -all netns exec ip -br link
ip -all netns exec sysctl net.ipv4.ip_forward
ip -all netns exec ip link show nosuch
ip -all netns exec
ip netns list-id
ip netns set ns2 4
ip netns list-id nsid 4
ip netns list-id target-nsid 4
ip -all netns delete
ip netns list
ip -all netns delete
