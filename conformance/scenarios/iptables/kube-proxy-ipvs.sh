# kube-proxy in IPVS mode: its ipsets (loaded with `ipset restore -exist`)
# and the nat rules that match them; the Service virtual servers themselves
# live in IPVS (not part of this scenario).
ipset restore -exist <<'EOF'
create KUBE-CLUSTER-IP hash:ip,port family inet hashsize 1024 maxelem 65536 comment
create KUBE-LOOP-BACK hash:ip,port,ip family inet hashsize 1024 maxelem 65536 comment
create KUBE-NODE-PORT-TCP bitmap:port range 0-65535 comment
create KUBE-NODE-PORT-LOCAL-TCP bitmap:port range 0-65535 comment
create KUBE-EXTERNAL-IP hash:ip,port family inet hashsize 1024 maxelem 65536 comment
create KUBE-LOAD-BALANCER hash:ip,port family inet hashsize 1024 maxelem 65536 comment
create KUBE-HEALTH-CHECK-NODE-PORT bitmap:port range 0-65535 comment
add KUBE-CLUSTER-IP 10.96.0.1,tcp:443 comment "default/kubernetes:https"
add KUBE-CLUSTER-IP 10.96.0.10,udp:53 comment "kube-system/kube-dns:dns"
add KUBE-CLUSTER-IP 10.96.0.10,tcp:53 comment "kube-system/kube-dns:dns-tcp"
add KUBE-CLUSTER-IP 10.96.0.10,tcp:9153 comment "kube-system/kube-dns:metrics"
add KUBE-LOOP-BACK 10.244.0.2,tcp:53,10.244.0.2 comment "kube-system/kube-dns:dns-tcp"
add KUBE-NODE-PORT-TCP 30080 comment "default/web:http"
EOF
ipset restore -exist <<'EOF'
create KUBE-CLUSTER-IP hash:ip,port family inet hashsize 1024 maxelem 65536 comment
add KUBE-CLUSTER-IP 10.96.0.1,tcp:443 comment "default/kubernetes:https"
add KUBE-CLUSTER-IP 10.96.12.34,tcp:80 comment "default/web:http"
EOF
ipset list -n
ipset list KUBE-CLUSTER-IP
ipset list KUBE-NODE-PORT-TCP
iptables-restore --noflush <<'EOF'
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:KUBE-LOAD-BALANCER - [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-NODE-PORT - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-SERVICES - [0:0]
-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING
-A KUBE-LOAD-BALANCER -j KUBE-MARK-MASQ
-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000
-A KUBE-NODE-PORT -p tcp -m comment --comment "Kubernetes nodeport TCP port for masquerade purpose" -m set --match-set KUBE-NODE-PORT-TCP dst -j KUBE-MARK-MASQ
-A KUBE-POSTROUTING -m comment --comment "Kubernetes endpoints dst ip:port, source ip for solving hairpin purpose" -m set --match-set KUBE-LOOP-BACK dst,dst,src -j MASQUERADE
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-SERVICES ! -s 10.244.0.0/16 -m comment --comment "Kubernetes service cluster ip + port for masquerade purpose" -m set --match-set KUBE-CLUSTER-IP dst,dst -j KUBE-MARK-MASQ
-A KUBE-SERVICES -m addrtype --dst-type LOCAL -j KUBE-NODE-PORT
-A KUBE-SERVICES -m set --match-set KUBE-CLUSTER-IP dst,dst -j ACCEPT
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:KUBE-FORWARD - [0:0]
:KUBE-NODE-PORT - [0:0]
:KUBE-PROXY-FIREWALL - [0:0]
:KUBE-SOURCE-RANGES-FIREWALL - [0:0]
-A INPUT -m comment --comment "kubernetes health check rules" -j KUBE-NODE-PORT
-A INPUT -j KUBE-PROXY-FIREWALL
-A FORWARD -m comment --comment "kubernetes forwarding rules" -j KUBE-FORWARD
-A OUTPUT -j KUBE-PROXY-FIREWALL
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT
-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A KUBE-NODE-PORT -m comment --comment "Kubernetes health check node port" -m set --match-set KUBE-HEALTH-CHECK-NODE-PORT dst -j ACCEPT
-A KUBE-SOURCE-RANGES-FIREWALL -j DROP
COMMIT
EOF
iptables -t nat -S
iptables -t nat -L KUBE-SERVICES -n
iptables -L KUBE-NODE-PORT
iptables-save -t nat
ipset list -t KUBE-CLUSTER-IP
ipset list -t KUBE-LOOP-BACK
ipset del KUBE-CLUSTER-IP 10.96.12.34,tcp:80
ipset test KUBE-CLUSTER-IP 10.96.0.10,udp:53
ipset test KUBE-CLUSTER-IP 10.96.0.10,udp:54
ipset destroy KUBE-CLUSTER-IP
ipset save
iptables -t nat -F
iptables -F
ipset destroy
ipset list
