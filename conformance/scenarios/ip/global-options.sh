# Global options and their combinations.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip addr add 2001:db8::1/64 dev veth0 nodad
ip -4 addr show veth0
ip -6 addr show veth0
ip -family inet addr show veth0
ip -f inet6 addr show veth0
ip -f link addr show veth0
ip -f bogus addr
ip -0 addr show veth0
ip -o -br addr
ip -br -j addr
ip -j -o addr show veth0
ip -d addr show veth0
ip -s -s -d link show lo
ip -c=never link show lo
ip -color=never -br link
ip -force link show lo
ip -details -br link show lo
ip -r link show lo
ip -resolve addr show lo
ip -N link show lo
ip -a link show lo
ip -iec -s link show lo
ip -l 1 link show lo
ip -t link show lo
ip -ts link show lo
ip -echo link set lo up
ip -f
ip -l
