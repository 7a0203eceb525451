# ip netns list-id target-nsid: another namespace's nsid table, with the ids seen from here.
ip netns add ns1
ip netns add ns2
ip netns add ns3
ip netns list-id target-nsid 4
ip netns set ns2 4
ip netns list-id target-nsid 4
ip -n ns2 netns set ns1 7
ip -n ns2 netns set ns3 8
ip netns set ns3 2
ip netns list-id target-nsid 4
ip -j netns list-id target-nsid 4
ip netns list-id target-nsid 4 nsid 7
ip netns list-id target-nsid x
ip netns list-id target-nsid -1
ip netns list-id target-nsid -1 nsid
ip netns list-id nsid -2 target-nsid 1
ip netns list-id target-nsid 4 target-nsid 4
ip netns list-id target-nsid
ip -n ns2 netns list-id
ip netns list-id
