# ip's usage, help texts and unknown objects.
ip
ip help
ip -h
ip -help
ip foo
ip link help
ip addr help
ip address help
ip netns help
ip -V
ip -Version
ip -bogus link
ip --bogus link
