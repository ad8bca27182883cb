---- MODULE Shapes ----
EXTENDS Integers, Sequences, TLC
CONSTANTS Procs
VARIABLES iv, sfn, nfn, efn, neg, setrec, str, tkey, pset, fset, nested, mvset, big
Init == /\ iv = 1..3
        /\ sfn = [k \in {"b", "a"} |-> 1]
        /\ nfn = [i \in 1..2 |-> i * 10]
        /\ efn = [i \in {} |-> 1]
        /\ neg = -7
        /\ setrec = {[a |-> 2], [a |-> 1]}
        /\ str = "back\\slash\nnl\ttab"
        /\ tkey = (<<1, "x">> :> {}) @@ (<<2, "y">> :> {1})
        /\ pset = SUBSET {1, 2}
        /\ fset = [{1} -> {TRUE, FALSE}]
        /\ nested = [r |-> <<{<<>>}, [q |-> (3 :> -1)]>>]
        /\ mvset = Procs
        /\ big = 2147483647
Next == UNCHANGED <<iv, sfn, nfn, efn, neg, setrec, str, tkey, pset, fset, nested, mvset, big>>
Inv == neg > 0
====
