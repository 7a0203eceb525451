# User chains: create, reference, rename, delete, errors
iptables -N DOCKER
iptables -N DOCKER
iptables -N KUBE-SERVICES
iptables -A INPUT -j DOCKER
iptables -A FORWARD -j DOCKER
iptables -A DOCKER -j RETURN
iptables -A INPUT -g KUBE-SERVICES
iptables -L
iptables -L -n -v
iptables -S
iptables -X DOCKER
iptables -F DOCKER
iptables -X DOCKER
iptables -E KUBE-SERVICES KUBE-SVC
iptables -E KUBE-SVC INPUT
iptables -E NOPE X
iptables -S
iptables -D INPUT -j DOCKER
iptables -D FORWARD -j DOCKER
iptables -X DOCKER
iptables -X NOPE
iptables -X INPUT
iptables -N INPUT
iptables -N a-very-long-chain-name-that-is-too-long-for-xtables
iptables -N -bad
iptables -A NOPE -j ACCEPT
iptables -A INPUT -j NOPE
iptables -A KUBE-SVC -j KUBE-SVC
iptables -F
iptables -X
iptables -S
iptables -t nat -N DOCKER
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -S
iptables -t nat -Z DOCKER
iptables -t nat -L DOCKER -v
iptables -t nat -X
iptables -t nat -F
iptables -t nat -X
iptables -t nat -S
iptables-save
