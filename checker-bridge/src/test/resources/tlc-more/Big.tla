---- MODULE Big ----
EXTENDS Integers, TLC
VARIABLES x, neg
Init == x = 2^62 /\ neg = -3
Next == x' = x /\ neg' = neg /\ PrintT("hello") /\ FALSE
====
