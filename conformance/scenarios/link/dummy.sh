# dummy: the recording kernel has no dummy module; iplab models drivers/net/dummy.c.
# iplab-differs: module missing on the recording kernel
ip link add dummy0 type dummy
# iplab-differs: module missing on the recording kernel
ip link add type dummy
# iplab-differs: module missing on the recording kernel
ip link
# iplab-differs: module missing on the recording kernel
ip -d link show dummy0
# iplab-differs: module missing on the recording kernel (iproute2 ignores the words, dummy0 would be created)
ip link add dummy9 type dummy garbage
ip link help dummy
