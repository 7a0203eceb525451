# ip netns: add, list, set ids, delete, exec, identify, errors.
ip netns
ip netns list
ip netns add alpha
ip netns add beta
ip netns add gamma
ip netns list
ip netns add alpha
ip netns add
ip netns add a/b
ip netns add ..
ip netns del nosuch
ip netns delete beta
ip netns list
ip netns set alpha 7
ip netns list
ip netns set gamma auto
ip netns list
ip netns list-id
ip netns set nosuch 3
ip netns set alpha -1
ip netns set alpha x
ip netns set alpha
ip netns exec alpha ip link
ip netns exec alpha ip netns identify
ip netns identify
ip netns exec nosuch ip link
ip netns exec alpha
ip netns exec
ip -n alpha link
ip -n nosuch link
ip netns help
ip netns foo
ip netns identify abc
ip netns identify 1 2
ip netns pids
ip netns pids nosuch
ip netns exec alpha ip link set lo up
ip -n alpha addr
ip -j netns list
ip -j -p netns list
ip netns del alpha
ip netns del gamma
ip netns list
