---- MODULE Eval ----
EXTENDS Naturals, Sequences
VARIABLES x, s
Init == x = 0 /\ s = <<1, 2>>
Next == x' = x + s[x + 2] /\ s' = s
====
