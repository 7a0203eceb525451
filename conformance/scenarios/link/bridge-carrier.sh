# A bridge's carrier: br_port_state_selection() turns it off while no port
# forwards, and it runs on an address set at creation or later, on priority and
# on starting STP; a bridge never touched keeps the carrier it was born with.
ip link add br3 address 02:00:00:00:3c:05 type bridge
ip -s -d link show br3
ip link set br3 up
ip link show br3
ip -6 addr show dev br3
ip link add br4 type bridge
ip link set br4 address 02:00:00:00:3c:07
ip link set br4 up
ip link show br4
ip link add br5 type bridge priority 100
ip link set br5 up
ip link show br5
ip link add br6 type bridge stp_state 1
ip link set br6 up
ip link show br6
ip link add br7 type bridge
ip link set br7 up
ip link set br7 type bridge priority 7
ip link show br7
ip link add br8 type bridge
ip link set br8 up
ip link set br8 type bridge stp_state 0
ip link set br8 type bridge forward_delay 300
ip link show br8
ip link add br9 type bridge
ip link set br9 up
ip link set br9 address 02:00:00:00:3c:99
ip link show br9
ip link add bra type bridge
ip link set bra type bridge stp_state 1
ip link set bra up
ip link show bra
ip link add v0 address 02:00:00:00:3c:10 type veth peer name v1 address 02:00:00:00:3c:11
ip link set v0 master bra
ip link show bra
ip link set v0 nomaster
ip link show bra
ip link set v0 master br9
ip link show br9
ip link set v0 nomaster
# (not `table all`: the local fe80:: routes sort by the bridges' random MACs)
ip -6 route show table main
ip -4 route show table all
# The bridge id keeps an address the user set; timers run only while a bridge is up.
ip link set bra down
ip link set br9 down
ip -d link show bra
ip -d link show br9
