# ip netns identify and pids without processes.
ip netns identify
ip netns add ns1
ip netns add ns2
ip netns pids ns1
ip netns pids nosuch
ip netns pids
ip netns exec ns2 ip netns identify
ip netns identify self
ip netns identify notapid
