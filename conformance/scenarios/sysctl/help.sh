# sysctl usage and version.
sysctl -h
sysctl --help
sysctl -V
sysctl --version
sysctl -x
sysctl --bogus
