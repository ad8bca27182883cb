package io.havpn.bridge.alloy;

import edu.mit.csail.sdg.alloy4.Err;
import edu.mit.csail.sdg.ast.Expr;
import edu.mit.csail.sdg.ast.Module;
import edu.mit.csail.sdg.ast.Sig;
import edu.mit.csail.sdg.parser.CompUtil;
import edu.mit.csail.sdg.translator.A4Solution;
import edu.mit.csail.sdg.translator.TranslateAlloyToKodkod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kodkod.ast.Formula;
import kodkod.ast.Relation;
import kodkod.engine.Solution;
import kodkod.engine.Solver;
import kodkod.engine.satlab.SATFactory;
import kodkod.instance.Bounds;
import kodkod.instance.Instance;
import kodkod.instance.TupleFactory;
import kodkod.instance.TupleSet;

/**
 * Alloy's search for design parameters that {@code VpnHa.als}'s {@code pred validDesign} accepts, on a template
 * instance whose every other relation is fixed.
 *
 * <p>Why not a {@code run} command on the instance text: Alloy turns each fixed relation into SAT variables pinned by
 * a fact, and the translation of a hundred atoms takes tens of seconds (about 54,000 primary variables, 1.7 million
 * clauses). Here the template is read into Alloy as a solution ({@link InstanceSolution}), Alloy translates
 * {@code validDesign} (and the declarations of the free fields) to Kodkod over that solution's relations, and Kodkod
 * solves it with exact bounds for the fixed relations: they become constants and the problem shrinks to the
 * parameters. A {@link Wish} narrows a parameter's bound to one value; {@link #solve} keeps the groups of wishes that
 * some valid design honours.
 */
final class DesignSearch {

  /**
   * A parameter: a field (or subset signature) of the model at one owner atom, with the values Alloy may choose from
   * ({@code null} value: the owner is absent from a subset signature, or has no value of a {@code lone} field).
   */
  record Parameter(String relation, String owner, List<String> values) {}

  /** One parameter at one of its values. */
  record Wish(Parameter parameter, String value) {}

  private final Module world;
  private final Instance template;
  private final Map<String, Relation> relations = new HashMap<>();
  private final Formula valid;
  private final List<Parameter> parameters;

  DesignSearch(AlloyInstance instance, List<Parameter> parameters) {
    this.world = VpnHaAlloy.model();
    this.parameters = List.copyOf(parameters);
    synchronized (world) {
      A4Solution base = InstanceSolution.of(world, instance);
      try {
        template = base.debugExtractKInstance();
        Expr constraint = CompUtil.parseOneExpression_fromString(world, "validDesign");
        for (Sig sig : world.getAllReachableSigs()) {
          String sigName = sig.label.replace("this/", "");
          if (!sig.builtin) {
            relations.put(sigName, (Relation) TranslateAlloyToKodkod.alloy2kodkod(base, sig));
          }
          for (Sig.Field field : sig.getFields()) {
            relations.put(field.label, (Relation) TranslateAlloyToKodkod.alloy2kodkod(base, field));
            if (parameters.stream().anyMatch(p -> p.relation().equals(field.label))) {
              // a free field keeps its declared multiplicity (priority: one Level, vip: lone Address, ...)
              constraint = constraint.and(sig.decl.get().join(field).in(field.decl().expr).forAll(sig.decl));
            }
          }
        }
        valid = (Formula) TranslateAlloyToKodkod.alloy2kodkod(base, constraint);
      } catch (Err e) {
        throw new IllegalStateException("cannot translate validDesign: " + e.dump(), e);
      }
    }
  }

  /**
   * A valid design honouring as many groups of wishes as Alloy can: each group in turn is kept if a valid design
   * exists with it and the groups kept so far, and dropped otherwise. Empty when no design at all is valid.
   *
   * @return the value of each parameter ({@code null} for absent)
   */
  java.util.Optional<Map<Parameter, String>> solve(List<List<Wish>> wishes) {
    List<Wish> kept = new ArrayList<>();
    Solution found = null;
    for (List<Wish> group : wishes) {
      List<Wish> tried = new ArrayList<>(kept);
      tried.addAll(group);
      Solution solution = solver().solve(valid, bounds(tried));
      if (solution.sat()) {
        kept = tried;
        found = solution;
      }
    }
    if (found == null) {
      found = solver().solve(valid, bounds(kept));
    }
    return found.sat() ? java.util.Optional.of(values(found.instance())) : java.util.Optional.empty();
  }

  private static Solver solver() {
    Solver solver = new Solver();
    solver.options().setSolver(SATFactory.get("sat4j"));
    solver.options().setSymmetryBreaking(0);
    solver.options().setBitwidth(VpnHaAlloy.BITWIDTH);
    solver.options().setSkolemDepth(0);
    return solver;
  }

  /** Exact bounds for every fixed relation; each parameter between nothing and its values, or its wished value. */
  private Bounds bounds(List<Wish> wishes) {
    TupleFactory factory = template.universe().factory();
    Map<Relation, TupleSet[]> free = new LinkedHashMap<>();
    for (Parameter parameter : parameters) {
      Relation relation = relation(parameter.relation());
      TupleSet[] bound = free.computeIfAbsent(relation,
          r -> new TupleSet[] {factory.noneOf(r.arity()), factory.noneOf(r.arity())});
      for (String value : parameter.values()) {
        if (value != null) {
          bound[1].add(tuple(factory, parameter, value));
        }
      }
    }
    for (Wish wish : wishes) {
      TupleSet[] bound = free.get(relation(wish.parameter().relation()));
      for (String value : wish.parameter().values()) {
        if (value != null && !value.equals(wish.value())) {
          bound[1].remove(tuple(factory, wish.parameter(), value));
        }
      }
      if (wish.value() != null) {
        bound[0].add(tuple(factory, wish.parameter(), wish.value()));
      }
    }
    Bounds bounds = new Bounds(template.universe());
    for (Relation relation : template.relations()) {
      TupleSet[] bound = free.get(relation);
      if (bound == null) {
        bounds.boundExactly(relation, template.tuples(relation));
      } else {
        bounds.bound(relation, bound[0], bound[1]);
      }
    }
    for (int i : template.ints().toArray()) {
      bounds.boundExactly(i, template.tuples(i));
    }
    return bounds;
  }

  private Map<Parameter, String> values(Instance instance) {
    Map<Parameter, String> values = new LinkedHashMap<>();
    for (Parameter parameter : parameters) {
      TupleSet tuples = instance.tuples(relation(parameter.relation()));
      String chosen = null;
      for (String value : parameter.values()) {
        if (value != null && tuples.contains(tuple(instance.universe().factory(), parameter, value))) {
          chosen = value;
        }
      }
      values.put(parameter, chosen);
    }
    return values;
  }

  private Relation relation(String name) {
    Relation relation = relations.get(name);
    if (relation == null) {
      throw new IllegalArgumentException(VpnHaAlloy.MODEL + " has no field or signature " + name);
    }
    return relation;
  }

  /** The tuple owner->value of a field, or the unary tuple owner of a subset signature (its value is the owner). */
  private static kodkod.instance.Tuple tuple(TupleFactory factory, Parameter parameter, String value) {
    List<Object> atoms = new ArrayList<>();
    atoms.add(parameter.owner());
    if (!value.equals(parameter.owner())) {
      atoms.add(value);
    }
    return factory.tuple(atoms);
  }
}
