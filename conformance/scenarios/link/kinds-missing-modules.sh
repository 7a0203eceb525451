# Device kinds whose modules the recording kernel lacks: iplab models them from
# the kernel sources, the recorder's kernel refuses them ("Error: Unknown
# device type."). Each is deleted again at once, so later reads agree.
# The VM recorder has these modules: vlan is recorded in link/vlan*.sh.
ip link add veth0 type veth peer name veth1
# iplab-differs: no dummy module on the recording kernel
ip link add dum0 type dummy
# iplab-differs: the dummy exists on iplab only
ip link del dum0
# iplab-differs: no vrf module on the recording kernel
ip link add vrf-blue type vrf table 10
# iplab-differs: the vrf exists on iplab only
ip link del vrf-blue
# iplab-differs: no 8021q module on the recording kernel
ip link add link veth0 name veth0.10 type vlan id 10
# iplab-differs: the vlan exists on iplab only
ip link del veth0.10
ip link add foo0 type nosuchkind
ip link add foo1 type veth peer name foo2 type nosuchkind
ip -br link
ip link show type dummy
ip link show type vrf
ip link show type vlan
