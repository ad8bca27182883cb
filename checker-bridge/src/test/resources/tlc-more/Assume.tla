---- MODULE Assume ----
EXTENDS Naturals
CONSTANT N
ASSUME N > 3
VARIABLES x
Init == x = 0
Next == x' = x
====
