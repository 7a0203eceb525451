# ip addr help and bad sub-commands.
ip addr help
ip addr foo
ip addr add help
ip addr show help
ip addr add
ip addr del
ip addr flush help
ip -6 addr help
