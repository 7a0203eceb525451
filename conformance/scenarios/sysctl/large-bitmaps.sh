# Keys kept as large bitmaps (proc_do_large_bitmap()): comma-separated bits
# and ranges below the bitmap's size, read back as ranges.
sysctl net.ipv6.icmp.ratemask
sysctl -w net.ipv6.icmp.ratemask=65536
sysctl -w net.ipv6.icmp.ratemask=256
sysctl -w net.ipv6.icmp.ratemask=255
sysctl -w net.ipv6.icmp.ratemask=5,3,4,7-9,0x10,010
sysctl net.ipv6.icmp.ratemask
sysctl -w net.ipv6.icmp.ratemask=1-0
sysctl -w net.ipv6.icmp.ratemask=1-3-5
sysctl -w 'net.ipv6.icmp.ratemask=1, 2'
sysctl -w net.ipv6.icmp.ratemask=1,,2
sysctl -w net.ipv6.icmp.ratemask=-1
sysctl -w net.ipv6.icmp.ratemask=0x
sysctl -w net.ipv6.icmp.ratemask=2,
sysctl net.ipv6.icmp.ratemask
sysctl -w net.ipv6.icmp.ratemask=0-255
sysctl -w net.ipv6.icmp.ratemask=
sysctl net.ipv6.icmp.ratemask
sysctl -w net.ipv4.ip_local_reserved_ports=8080,9000-9010,30000-32767
sysctl net.ipv4.ip_local_reserved_ports
sysctl -w net.ipv4.ip_local_reserved_ports=65536
sysctl -w net.ipv4.ip_local_reserved_ports=65535
sysctl -n net.ipv4.ip_local_reserved_ports
sysctl -w net.ipv4.ip_local_reserved_ports=abc
sysctl -n net.ipv4.ip_local_reserved_ports
