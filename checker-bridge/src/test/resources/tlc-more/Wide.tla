---- MODULE Wide ----
EXTENDS Integers, Sequences
VARIABLES w, v
Init == /\ w = [i \in 1..30 |-> [name |-> "router", prio |-> i, state |-> "Standby", timers |-> <<i, i+1, i+2>>]]
        /\ v = [i \in 1..40 |-> i]
Next == UNCHANGED <<w, v>>
Inv == w[1].prio > 3
====
