# Usage, version and option errors (procps-ng 4.0.2 getopt_long).
sysctl
sysctl -V
sysctl -h
sysctl -z
sysctl --foo
sysctl --pattern
sysctl --all=3
sysctl --d
sysctl -w
sysctl -q
