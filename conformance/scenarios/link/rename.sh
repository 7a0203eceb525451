# Renaming links.
ip link add veth0 type veth peer name veth1
ip link set veth0 name uplink
ip link
ip link set dev uplink name veth1
ip link set uplink name veth0
ip link set veth0 up
ip link set veth0 name veth9
ip link set veth0 down
ip link set veth0 name veth9
ip link set veth9 name thisnameistoolong
ip link set veth9 name 'a b'
ip link set veth9 name lo
ip link set lo name lo2
ip link show
