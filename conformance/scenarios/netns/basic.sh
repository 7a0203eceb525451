# Adding, listing and deleting named namespaces.
ip netns
ip netns list
ip netns add ns1
ip netns add ns2
ip netns add blue
ip netns
ip netns list
ip netns show
ip -j netns
ip netns add ns1
ip netns del ns2
ip netns list
ip netns delete nosuch
ip netns del
ip netns add
ip netns del blue
ip netns del ns1
ip netns list
