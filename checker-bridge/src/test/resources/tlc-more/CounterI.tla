---- MODULE CounterI ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLES x, log

Init == x = 0 /\ log = <<>>
Inc == x < Max /\ x' = x + 1 /\ log' = Append(log, "inc")
Reset == x = Max /\ x' = 0 /\ log' = <<>>
Next == Inc \/ Reset
Spec == Init /\ [][Next]_<<x, log>>

TypeOK == x \in 0..Max
Small == x > 0
====
