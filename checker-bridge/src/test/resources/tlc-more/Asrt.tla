---- MODULE Asrt ----
EXTENDS Naturals, TLC
VARIABLES x, y
Init == x = 0 /\ y = "a"
Next == /\ Assert(x < 2, "x got too big")
        /\ x' = x + 1 /\ y' = y
====
