# The rarer matches and targets of firewall tutorials, Suricata/Snort inline
# setups, libvirt and Calico: recent, connlimit, connbytes, rpfilter, helper,
# quota, dscp, NFQUEUE and CHECKSUM; listed, saved and restored.
iptables -A INPUT -p tcp --dport 22 -m recent --set --name SSH
iptables -A INPUT -p tcp --dport 22 -m recent --update --seconds 60 --hitcount 4 --name SSH -j DROP
iptables -A INPUT -m recent --rcheck --seconds 60 --reap --rttl --name X --rdest --mask 255.255.0.0
iptables -A INPUT -m recent --remove
iptables -A INPUT -m recent ! --rcheck --name Y
iptables -A INPUT -m recent --set --update
iptables -A INPUT -m recent --seconds 5
iptables -A INPUT -m recent --rcheck --seconds 0
iptables -A INPUT -m recent --set --reap
iptables -A INPUT -m recent --rcheck --hitcount 100
iptables -A INPUT -m recent --set --rttl
iptables -A INPUT -m recent --set --set
iptables -A INPUT -m recent --set --seconds x
iptables -A INPUT -p tcp --syn -m connlimit --connlimit-above 20 --connlimit-mask 24
iptables -A INPUT -m connlimit --connlimit-upto 5 --connlimit-daddr
iptables -A INPUT -m connlimit ! --connlimit-above 5
iptables -A INPUT -m connlimit ! --connlimit-upto 7 --connlimit-mask 255.255.255.0
iptables -A INPUT -m connlimit
iptables -A INPUT -m connlimit --connlimit-above 5 --connlimit-upto 3
iptables -A INPUT -m connlimit --connlimit-above 5 --connlimit-mask 33
iptables -A INPUT -m connlimit --connlimit-above 5 --connlimit-saddr --connlimit-daddr
iptables -A INPUT -j NFQUEUE
iptables -A INPUT -j NFQUEUE --queue-num 5 --queue-bypass
iptables -A INPUT -j NFQUEUE --queue-balance 0:3 --queue-cpu-fanout --queue-bypass
iptables -A INPUT -j NFQUEUE --queue-balance 3:1
iptables -A INPUT -j NFQUEUE --queue-balance 3
iptables -A INPUT -j NFQUEUE --queue-cpu-fanout
iptables -A INPUT -j NFQUEUE --queue-num 1 --queue-balance 1:2
iptables -A INPUT -j NFQUEUE --queue-num 70000
iptables -t raw -A PREROUTING -m rpfilter --invert -j DROP
iptables -t raw -A PREROUTING -m rpfilter --loose --validmark --accept-local
iptables -t mangle -A PREROUTING -m rpfilter -j ACCEPT
iptables -A INPUT -m rpfilter
iptables -t raw -A OUTPUT -m rpfilter
iptables -t mangle -A POSTROUTING -p udp --dport 68 -j CHECKSUM --checksum-fill
iptables -t mangle -A POSTROUTING -j CHECKSUM
iptables -A INPUT -j CHECKSUM --checksum-fill
iptables -A INPUT -m connbytes --connbytes 1000: --connbytes-dir original --connbytes-mode packets
iptables -A INPUT -m connbytes ! --connbytes 0:500 --connbytes-dir reply --connbytes-mode avgpkt
iptables -A INPUT -m connbytes --connbytes 10:20 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m connbytes --connbytes 20:10 --connbytes-dir both --connbytes-mode bytes
iptables -A INPUT -m connbytes --connbytes 10 --connbytes-dir sideways --connbytes-mode bytes
iptables -A INPUT -m connbytes --connbytes 10 --connbytes-dir both
iptables -A INPUT -m dscp --dscp 0x2e
iptables -A INPUT -m dscp ! --dscp-class AF41
iptables -A INPUT -m dscp --dscp 64
iptables -A INPUT -m dscp --dscp-class XX
iptables -A INPUT -m dscp
iptables -A INPUT -m helper --helper ftp
iptables -A INPUT -m helper ! --helper "sip"
iptables -A INPUT -m helper
iptables -A INPUT -m quota --quota 1000
iptables -A INPUT -m quota ! --quota 5
iptables -S
iptables -L
iptables -L -n -v
iptables-save
iptables-save -t raw
iptables-save -t mangle
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:0]
-A INPUT -p tcp -m tcp --dport 22 -m recent --update --seconds 60 --hitcount 4 --name SSH --mask 255.255.255.255 --rsource -j DROP
-A INPUT -m connlimit --connlimit-upto 5 --connlimit-mask 32 --connlimit-saddr
-A INPUT -j NFQUEUE --queue-balance 0:3 --queue-bypass --queue-cpu-fanout
-A INPUT -m connbytes ! --connbytes 0:500 --connbytes-mode avgpkt --connbytes-dir reply
COMMIT
EOF
iptables -S
iptables -D INPUT -m connlimit --connlimit-upto 5 --connlimit-mask 32 --connlimit-saddr
iptables -D INPUT -m connlimit ! --connlimit-above 5
ip6tables -A INPUT -m recent --set --name six
ip6tables -A INPUT -m connlimit --connlimit-above 2 --connlimit-mask 64
ip6tables -A INPUT -j NFQUEUE --queue-num 2
ip6tables -t raw -A PREROUTING -m rpfilter --invert -j DROP
ip6tables -S
ip6tables -L -n
ip6tables-save -t raw
# hashlimit (packet rates)
iptables -F
iptables -A INPUT -m hashlimit --hashlimit-above 10/sec --hashlimit-name foo --hashlimit-mode srcip
iptables -A INPUT -m hashlimit --hashlimit-upto 5/min --hashlimit-burst 10 --hashlimit-mode srcip,dstport --hashlimit-name bar --hashlimit-htable-expire 30000 --hashlimit-srcmask 24
iptables -A INPUT -m hashlimit --hashlimit 1/hour --hashlimit-name q
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s
iptables -A INPUT -m hashlimit --hashlimit-upto 3/day --hashlimit-name c --hashlimit-htable-size 1000 --hashlimit-htable-max 2000 --hashlimit-htable-gcinterval 500 --hashlimit-dstmask 16
iptables -A INPUT -p tcp --dport 22 -m conntrack --ctstate NEW -m hashlimit ! --hashlimit-upto 4/minute --hashlimit-burst 2 --hashlimit-mode dstip,srcport --hashlimit-name ssh -j DROP
iptables -A INPUT -m hashlimit --hashlimit-above 7 --hashlimit-name s7
iptables -A INPUT -m hashlimit --hashlimit-name x
iptables -A INPUT -m hashlimit --hashlimit-upto 1/fortnight --hashlimit-name x
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name x --hashlimit-mode srcmac
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name x --hashlimit-burst 0
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-above 2/s --hashlimit-name x
iptables -A INPUT -m hashlimit --hashlimit-upto 2000000/s --hashlimit-name x
iptables -A INPUT -m hashlimit --hashlimit-upto 1/s --hashlimit-name x --hashlimit-htable-expire 0
iptables -S
iptables -L -n
iptables-save -t filter
ip6tables -A INPUT -m hashlimit --hashlimit-upto 50/sec --hashlimit-name six --hashlimit-srcmask 64
ip6tables -S INPUT
ip6tables -L INPUT -n
# string
iptables -F
iptables -A INPUT -m string --string "GET /" --algo bm
iptables -A INPUT -m string --algo kmp --from 10 --to 100 ! --string "x y" --icase
iptables -A INPUT -m string --hex-string "|de ad|be" --algo bm
iptables -A INPUT -m string --string 'say "hi"' --algo bm
iptables -A INPUT -m string --hex-string "a\|b" --algo kmp
iptables -A FORWARD -p tcp --dport 80 -m string --string "/etc/passwd" --algo kmp -j DROP
iptables -A INPUT -m string --string foo
iptables -A INPUT -m string --algo bm
iptables -A INPUT -m string --string foo --algo xyz
iptables -A INPUT -m string --string foo --algo bm --from 50 --to 10
iptables -A INPUT -m string --hex-string "|zz|" --algo bm
iptables -A INPUT -m string --hex-string "|abc|" --algo bm
iptables -A INPUT -m string --string foo --hex-string "|00|" --algo bm
iptables -S
iptables -L -n
iptables-save -t filter
# time
iptables -F
iptables -A INPUT -m time --timestart 09:00 --timestop 17:00 --weekdays Mon,Tue,Wed,Thu,Fri
iptables -A INPUT -m time --datestart 2024-01-01 --datestop 2024-12-31T23:59:59 --utc
iptables -A INPUT -m time --monthdays 1,2,3,11,15,22,31 --kerneltz
iptables -A INPUT -m time --timestart 22:00 --timestop 06:00 --contiguous
iptables -A INPUT -m time ! --weekdays Sat,Sunday
iptables -A INPUT -m time --weekdays 1,7 ! --monthdays 5
iptables -A INPUT -m time --datestart 2030-02-31T10:20
iptables -A INPUT -m time --timestart 09:00 --timestop 17:00 --contiguous
iptables -A INPUT -m time --timestart 25:00
iptables -A INPUT -m time --timestart 9
iptables -A INPUT -m time --datestart 1969
iptables -A INPUT -m time --weekdays 0
iptables -A INPUT -m time --weekdays Xy
iptables -A INPUT -m time --monthdays 32
iptables -A INPUT -m time --utc --kerneltz
iptables -A INPUT -m time
iptables -S
iptables -L -n
iptables-save -t filter
