# Namespace ids as seen from the current namespace.
ip netns add ns1
ip netns add ns2
ip netns add ns3
ip netns list
ip netns set ns1 5
ip netns list
ip netns set ns2 auto
ip netns list
ip netns set ns3 5
ip netns set ns1 7
ip netns set nosuch 3
ip netns set ns3 -5
ip netns set ns3 abc
ip netns list-id
ip -j netns list
ip netns exec ns1 ip netns list
