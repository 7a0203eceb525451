# Every target extension, in the tables and chains where the kernel allows it
iptables -N T
iptables -A T -j ACCEPT
iptables -A T -j DROP
iptables -A T -j RETURN
iptables -A T -p tcp -j REJECT
iptables -A T -j REJECT --reject-with icmp-host-prohibited
iptables -A T -p tcp -j REJECT --reject-with tcp-reset
iptables -A T -j REJECT --reject-with icmp-net-unreachable
iptables -A T -j REJECT --reject-with icmp-admin-prohibited
iptables -A T -j REJECT --reject-with icmp-port-unreachable
iptables -A T -j REJECT --reject-with icmp-proto-unreachable
iptables -A T -j REJECT --reject-with icmp-net-prohibited
iptables -A T -j LOG
iptables -A T -j LOG --log-prefix "DROP: " --log-level 4
iptables -A T -j LOG --log-prefix x --log-level debug --log-tcp-sequence --log-tcp-options --log-ip-options --log-uid
iptables -A T -j LOG --log-level alert
iptables -A T -j NFLOG --nflog-group 5 --nflog-prefix "pfx"
iptables -A T -j NFLOG
iptables -A T -j NFLOG --nflog-group 2 --nflog-range 100 --nflog-threshold 3
iptables -A T -j MARK --set-mark 0x10
iptables -A T -j MARK --set-mark 0x10/0xff
iptables -A T -j MARK --set-xmark 0x4000/0x4000
iptables -A T -j MARK --and-mark 0xff
iptables -A T -j MARK --or-mark 0x100
iptables -A T -j MARK --xor-mark 0x1
iptables -A T -j CONNMARK --set-mark 1
iptables -A T -j CONNMARK --save-mark
iptables -A T -j CONNMARK --restore-mark
iptables -A T -j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xff
iptables -A T -j CONNMARK --save-mark --mask 0xf
iptables -A T -j CONNMARK --set-xmark 0x1/0x3
iptables -A T -j CONNMARK --and-mark 0x3
iptables -A T -j CONNMARK --or-mark 0x3
iptables -A T -j TRACE
iptables -A T -j T2
iptables -N T2
iptables -A T -j T2
iptables -A T -g T2
iptables -A T ! -p tcp -j ACCEPT
iptables -A T -p tcp -j TCPMSS --clamp-mss-to-pmtu
iptables -A T -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -A T -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1400
iptables -L T
iptables -L T -n -v
iptables -S T
iptables -t nat -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.1
iptables -t nat -A PREROUTING -p tcp --dport 81 -j DNAT --to-destination 10.0.0.1:8080
iptables -t nat -A PREROUTING -p tcp --dport 82 -j DNAT --to-destination 10.0.0.1-10.0.0.5:8000-8010
iptables -t nat -A PREROUTING -p tcp --dport 83 -j DNAT --to-destination 10.0.0.1 --random --persistent
iptables -t nat -A OUTPUT -p tcp --dport 84 -j DNAT --to-destination :9000
iptables -t nat -A PREROUTING -p tcp --dport 85 -j REDIRECT --to-ports 3128
iptables -t nat -A PREROUTING -p tcp --dport 86 -j REDIRECT
iptables -t nat -A PREROUTING -p udp --dport 87 -j REDIRECT --to-ports 1000-2000 --random
iptables -t nat -A PREROUTING -d 10.1.0.0/16 -j NETMAP --to 10.2.0.0/16
iptables -t nat -A POSTROUTING -s 10.0.0.0/8 -j SNAT --to-source 192.0.2.1
iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 192.0.2.1-192.0.2.10:1024-2048 --random-fully
iptables -t nat -A POSTROUTING -s 10.0.0.0/8 -j SNAT --to 192.0.2.1 --persistent
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -t nat -A POSTROUTING -p tcp -o eth0 -j MASQUERADE --to-ports 1024-65535
iptables -t nat -A POSTROUTING -j MASQUERADE --random
iptables -t nat -A POSTROUTING -j MASQUERADE --random-fully
iptables -t nat -A POSTROUTING -s 10.2.0.0/16 -j NETMAP --to 10.3.0.0/16
iptables -t nat -A INPUT -j SNAT --to-source 1.2.3.4
iptables -t nat -A OUTPUT -j SNAT --to-source 1.2.3.4
iptables -t nat -A INPUT -j DNAT --to-destination 1.2.3.4
iptables -t nat -A POSTROUTING -j REDIRECT
iptables -t nat -A OUTPUT -j MASQUERADE
iptables -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.1:80
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:99999
iptables -t nat -L -n
iptables -t nat -L
iptables -t nat -S
iptables -t mangle -A PREROUTING -j MARK --set-mark 1
iptables -t mangle -A PREROUTING -j CONNMARK --restore-mark
iptables -t mangle -A FORWARD -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -t mangle -A POSTROUTING -j TTL --ttl-set 64
iptables -t mangle -A POSTROUTING -j TTL --ttl-dec 1
iptables -t mangle -A POSTROUTING -j TTL --ttl-inc 2
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp 10
iptables -t mangle -A POSTROUTING -j DSCP --set-dscp-class EF
iptables -t mangle -A OUTPUT -j DSCP --set-dscp 0x2e
iptables -t mangle -A INPUT -j TTL --ttl-set 5
iptables -t mangle -L -n
iptables -t mangle -L
iptables -t mangle -S
iptables -t raw -A PREROUTING -p udp --dport 53 -j NOTRACK
iptables -t raw -A OUTPUT -j CT --notrack
iptables -t raw -A PREROUTING -j CT --zone 5
iptables -t raw -A PREROUTING -j CT --zone-orig 6
iptables -t raw -A OUTPUT -j TRACE
iptables -t raw -A PREROUTING -j CT --helper ftp
iptables -t raw -A INPUT -j ACCEPT
iptables -t filter -A INPUT -j NOTRACK
iptables -t filter -A INPUT -j CT --notrack
iptables -t raw -L -n
iptables -t raw -L
iptables -t raw -S
iptables -t security -A INPUT -j ACCEPT
iptables -t security -A FORWARD -j DROP
iptables -t security -L -n
iptables -t security -S
iptables-save
