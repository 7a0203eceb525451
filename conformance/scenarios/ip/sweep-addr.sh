# ip address add/change/replace with lifetimes, and the show filters a lab types.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0 valid_lft 1000 preferred_lft 500
ip addr add 10.0.0.2/24 dev veth0 valid_lft forever preferred_lft 300
ip addr add 10.0.0.3/24 dev veth0 preferred_lft forever valid_lft 400
ip addr add 10.0.0.4/24 dev veth0 valid_lft 0
ip addr add 10.0.0.5/24 dev veth0 valid_lft 10 preferred_lft 20
ip addr add 10.0.0.6/24 dev veth0 valid_lft 10 valid_lft 20
ip addr add 10.0.0.7/24 dev veth0 valid_lft bogus
ip addr add 10.0.0.8/24 dev veth0 preferred_lft 0
ip addr add 10.0.0.9/24 dev veth0 valid_lft 0x10
ip addr add 10.1.0.1/24 dev veth0 label veth0:one
ip addr add 2001:db8::1/64 dev veth0 valid_lft 900 preferred_lft 0
ip addr add 2001:db8::2/64 dev veth0 nodad
ip addr add 2001:db8::3/64 dev veth1
ip -br addr show dev veth0
ip -br addr show dynamic
ip -br addr show permanent
ip -br addr show dev veth0 dynamic
ip -br addr show dev veth0 permanent
ip -br addr show primary
ip -br addr show secondary
ip -br -6 addr show deprecated
ip -br -6 addr show -deprecated
ip -br -4 addr show deprecated
ip -br -6 addr show tentative
ip -br -6 addr show -tentative
ip -br -6 addr show dadfailed
ip -br addr show label veth0:one
ip -br addr show label 'veth0*'
ip -br addr show label 'veth0:*'
ip -br addr show up
ip -br addr show to 10.0.0.0/24
ip -br addr show to 10.0.0.2
ip -br addr show scope global
ip -br addr show scope link
ip -br addr show scope host
ip -br -4 addr show type veth
ip addr show master nosuch
ip -j addr show permanent
ip -j addr show to 10.1.0.0/16
ip -j -6 addr show scope link
ip addr show dev veth0 permanent -deprecated
ip -4 addr show dev veth0 deprecated
ip addr change 10.0.0.1/24 dev veth0 valid_lft forever preferred_lft forever
ip addr replace 10.0.0.2/24 dev veth0 valid_lft 100 preferred_lft 100
ip -br addr show dynamic
ip addr replace 10.0.0.2/24 dev veth0 valid_lft forever preferred_lft 100
ip addr replace 10.0.0.3/24 dev veth0 valid_lft forever
ip addr replace 10.0.0.50/24 dev veth0
ip addr change 10.0.0.51/24 dev veth0
ip addr chg 10.0.0.52/24 dev veth0
ip addr change 2001:db8::1/64 dev veth0
ip addr change 2001:db8::9/64 dev veth0
ip addr replace 2001:db8::1/64 dev veth0 preferred_lft forever valid_lft forever
ip -6 addr show dev veth0
ip -4 addr show dev veth0
ip -j addr show dev veth0 secondary
ip addr del 10.0.0.1/24 dev veth0
ip -4 addr show dev veth0
ip addr flush dev veth0 dynamic
ip addr show dev veth0
ip addr flush dev veth0 to 10.0.0.0/24
ip addr show dev veth0
ip addr flush label veth0:one
ip addr show dev veth0
ip addr flush dev veth0 scope global
ip addr show dev veth0
