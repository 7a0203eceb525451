# Names ip netns accepts and refuses.
ip netns add a.b-c_d
ip netns add 'with space'
ip netns add a/b
ip netns add ..
ip netns add .
ip netns add thisisaverylongnamespacenamethatkeepsgoingandgoingandgoingandgoing
ip netns list
