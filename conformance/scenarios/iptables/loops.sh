# Jump loops and depth: nf_tables validates the jump graph below a base chain
# (nft_chain_validate(), nf_tables_check_loops()); chains no base chain reaches
# are not checked until a jump makes them reachable.
iptables -N A
iptables -N B
iptables -A A -j B
iptables -A B -j A
iptables -S
iptables -A INPUT -j A
iptables -A FORWARD -g B
iptables -S
iptables -D B 1
iptables -A INPUT -j A
iptables -A B -j A
iptables -A B -g A
iptables -I A -j A
iptables -A A -g A
iptables -R A 1 -j A
iptables -A B -j RETURN
iptables -S
iptables -L -n
# Depth: a chain of user chains below INPUT
iptables -N C1
iptables -N C2
iptables -N C3
iptables -N C4
iptables -N C5
iptables -N C6
iptables -N C7
iptables -N C8
iptables -N C9
iptables -N C10
iptables -N C11
iptables -N C12
iptables -N C13
iptables -N C14
iptables -N C15
iptables -N C16
iptables -N C17
iptables -N C18
iptables -A C1 -j C2
iptables -A C2 -j C3
iptables -A C3 -j C4
iptables -A C4 -j C5
iptables -A C5 -j C6
iptables -A C6 -j C7
iptables -A C7 -j C8
iptables -A C8 -j C9
iptables -A C9 -j C10
iptables -A C10 -j C11
iptables -A C11 -j C12
iptables -A C12 -j C13
iptables -A C13 -j C14
iptables -A C14 -j C15
iptables -A C15 -j C16
iptables -A C16 -j C17
iptables -A C17 -j C18
iptables -A OUTPUT -j C1
iptables -A C18 -j C1
iptables -A C18 -j ACCEPT
iptables -t nat -N L1
iptables -t nat -N L2
iptables -t nat -A L1 -j L2
iptables -t nat -A L2 -g L1
iptables -t nat -A PREROUTING -j L2
iptables -t nat -A POSTROUTING -g L1
iptables-save -t nat
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:0]
:X - [0:0]
:Y - [0:0]
-A INPUT -j X
-A X -j Y
-A Y -j X
COMMIT
EOF
iptables -S
iptables-restore --noflush <<'EOF'
*filter
:Z - [0:0]
-A Z -j A
-A B -j Z
-A OUTPUT -p tcp -j Z
COMMIT
EOF
iptables -S
iptables-restore <<'EOF'
*filter
:P - [0:0]
:Q - [0:0]
-A P -j Q
-A Q -j P
COMMIT
EOF
iptables -S
ip6tables -N A
ip6tables -N B
ip6tables -A A -j B
ip6tables -A INPUT -j A
ip6tables -A B -j A
ip6tables -A B -g B
ip6tables -S
