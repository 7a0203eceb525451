# lsns: usage and errors. Listings cannot match a real host byte for byte:
# a real lsns sees every process of the host (PIDs, the host's own
# processes in the initial namespace, the process tree), iplab sees the
# processes it started and lsns itself; the format is tested by unit tests.
lsns --help
lsns -V
lsns -t foo
lsns -t net -o FOO
lsns -t net -o NS,FOO
lsns -T bogus
lsns -p abc
lsns -J -r -t net
lsns --foo
lsns -x
lsns abc
lsns -p 1 4026531840
# iplab-differs: the host's processes and PIDs (see above)
lsns -t net
# iplab-differs: the host's processes and PIDs (see above)
lsns -t net -J -o NS,TYPE,NETNSID,NSFS
lsns -t net -p 4194305
lsns -J -t net -p 4194305
lsns -r -t net -p 4194305
