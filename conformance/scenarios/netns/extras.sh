# ip netns: names by path, -all delete, exec status, identify inside, list order after re-adding.
ip netns add red
ip netns add green
ip netns add blue
ip link add v0 type veth peer name v1 netns /run/netns/red
ip -n red link
ip link set v0 netns /var/run/netns/green
ip -n green -br link
ip netns exec red ip netns identify
ip netns exec green ip -br link
ip netns exec blue ip link set lo up
ip netns exec blue ip -br addr
ip netns exec red ip link show nosuch
ip netns exec red ip link foo
ip netns del red
ip netns add red
ip netns list
ip -n green -br link
ip netns list-id
ip -n green netns list-id
ip netns set green 5
ip netns set green 6
ip netns set blue 5
ip netns list-id nsid 5
ip netns list-id nsid 7
ip netns list-id nsid x
ip netns list-id foo
ip -all netns delete
ip netns list
ip -all netns delete
