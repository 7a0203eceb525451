# Renaming a device relabels its IPv4 addresses as inetdev_changename() does:
# the first takes the name, later ones keep ":suffix" or get ":N" by position,
# and the name is cut to fit IFNAMSIZ. A refused `ip link set` changes nothing.
ip link add v0 address 02:00:00:00:03:01 type veth peer name v1 address 02:00:00:00:03:02
ip addr add 10.0.0.1/24 dev v0 label v0:foo
ip addr add 10.0.0.2/24 dev v0
ip addr add 10.2.0.1/24 dev v0
ip addr add 10.3.0.1/24 dev v0 label v0:bar
ip link set v0 name xx
ip -4 addr show xx
ip link set xx name abcdefghijklmno
ip -4 addr show abcdefghijklmno
ip -o -4 addr show
