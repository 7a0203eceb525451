# ip netns help and bad sub-commands.
ip netns help
ip netns foo
ip netns add ns1 extra
ip netns list extra
