# IPv4 `default` reaches devices that never set the entry themselves
# (devinet_copy_dflt_conf()); IPv6 `default` only seeds new devices; some
# IPv6 `all` entries are copied everywhere.
sysctl -w net.ipv4.conf.default.rp_filter=2
sysctl -a -r 'conf\..*\.rp_filter'
sysctl -w net.ipv4.conf.lo.arp_ignore=0
sysctl -w net.ipv4.conf.default.arp_ignore=1
sysctl -w net.ipv4.conf.default.promote_secondaries=1
sysctl -w net.ipv4.conf.default.accept_source_route=0
sysctl -a -r 'ipv4\.conf\..*\.(arp_ignore|promote_secondaries|accept_source_route)'
sysctl -w net.ipv6.conf.default.accept_ra=2
sysctl -w net.ipv6.conf.all.ignore_routes_with_linkdown=1
sysctl -w net.ipv6.conf.all.force_forwarding=1
sysctl -w net.ipv6.conf.all.hop_limit=10
sysctl -a -r 'ipv6\.conf\..*\.(accept_ra|ignore_routes_with_linkdown|force_forwarding|hop_limit)$'
