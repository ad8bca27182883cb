---- MODULE One ----
EXTENDS Integers
VARIABLES w
Init == w = [i \in 1..30 |-> [name |-> "router", prio |-> i]]
Next == UNCHANGED w
Inv == w[1].prio > 3
====
