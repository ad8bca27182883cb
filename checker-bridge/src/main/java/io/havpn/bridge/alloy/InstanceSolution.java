package io.havpn.bridge.alloy;

import edu.mit.csail.sdg.alloy4.Err;
import edu.mit.csail.sdg.alloy4.XMLNode;
import edu.mit.csail.sdg.ast.Expr;
import edu.mit.csail.sdg.ast.Module;
import edu.mit.csail.sdg.ast.Sig;
import edu.mit.csail.sdg.ast.Sig.PrimSig;
import edu.mit.csail.sdg.ast.Sig.SubsetSig;
import edu.mit.csail.sdg.translator.A4Solution;
import edu.mit.csail.sdg.translator.A4SolutionReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fully known instance of {@code VpnHa.als} as an Alloy solution, without a SAT solve: the instance is written in
 * Alloy's XML instance format and read back with Alloy's own reader, which gives every signature and field its exact
 * value. Alloy's evaluator then computes the model's functions and formulas on it directly.
 *
 * <p>Why: lint's instance is fixed by the configurations, so there is nothing to search for. Solving it (the earlier
 * way) costs Kodkod's translation of the whole model over a hundred atoms, seconds in a fresh JVM; reading it costs
 * milliseconds. What a solve also guaranteed, that the instance satisfies the model's facts and field declarations,
 * {@link #violatedConstraints} checks with the evaluator.
 */
final class InstanceSolution {

  private InstanceSolution() {}

  /** The configurations' instance, read as a solution of {@code world} (VpnHa.als parsed without an instance). */
  static A4Solution of(Module world, AlloyInstance instance) {
    return read(world, xml(world, instance));
  }

  /** An instance in Alloy's XML format, read as a solution of {@code world}. */
  static A4Solution read(Module world, String xml) {
    try {
      return A4SolutionReader.read(world.getAllReachableSigs(), new XMLNode(new StringReader(xml)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Err e) {
      throw new IllegalStateException("Alloy cannot read the configurations' instance: " + e.dump(), e);
    }
  }

  /**
   * The atoms of a unary expression (a culprit function) in a solution read by {@link #of}, as the instance named
   * them ({@code R0_I1}): Alloy's own tuples rename atoms after their signature ({@code Interface$3}).
   */
  static List<String> atoms(Module world, A4Solution solution, String expression) {
    List<String> atoms = new java.util.ArrayList<>();
    for (kodkod.instance.Tuple tuple : VpnHaAlloy.tuples(world, solution, expression).debugGetKodkodTupleset()) {
      atoms.add((String) tuple.atom(0));
    }
    return atoms;
  }

  /**
   * The model's facts and field declarations ({@code ifName: one Name}, ...) that the instance breaks, as text; empty
   * when it is a proper instance of the model, as the importer makes it.
   */
  static List<String> violatedConstraints(Module world, A4Solution solution) {
    List<String> violated = new java.util.ArrayList<>();
    try {
      if (!Boolean.TRUE.equals(solution.eval(world.getAllReachableFacts()))) {
        violated.add("the facts of " + VpnHaAlloy.MODEL);
      }
      for (Sig sig : world.getAllReachableSigs()) {
        for (Sig.Field field : sig.getFields()) {
          // all this: sig | this.field in <declared bound>; the bound was typed with sig's own "this"
          Expr declared = sig.decl.get().join(field).in(field.decl().expr).forAll(sig.decl);
          if (!Boolean.TRUE.equals(solution.eval(declared))) {
            violated.add("the declaration of " + sig.label.replace("this/", "") + "." + field.label);
          }
        }
      }
    } catch (Err e) {
      throw new IllegalStateException("cannot evaluate VpnHa.als's constraints: " + e.dump(), e);
    }
    return violated;
  }

  /**
   * Alloy's XML instance: the built-in signatures the reader expects, then each of the model's signatures with its
   * atoms (a subset signature names its parents) and each field with its tuples and column types.
   */
  static String xml(Module world, AlloyInstance instance) {
    Map<Sig, Integer> ids = new IdentityHashMap<>();
    StringBuilder out = new StringBuilder("<alloy builddate=\"havpn\">\n<instance bitwidth=\"")
        .append(VpnHaAlloy.BITWIDTH).append("\" maxseq=\"0\" mintrace=\"1\" maxtrace=\"1\" tracelength=\"1\""
            + " looplength=\"1\" command=\"configurations\" filename=\"").append(VpnHaAlloy.MODEL).append("\">\n");
    ids.put(Sig.UNIV, 0);
    ids.put(Sig.SIGINT, 1);
    ids.put(Sig.SEQIDX, 2);
    ids.put(Sig.STRING, 3);
    out.append("<sig label=\"univ\" ID=\"0\" builtin=\"yes\"/>\n")
        .append("<sig label=\"Int\" ID=\"1\" parentID=\"0\" builtin=\"yes\"/>\n")
        .append("<sig label=\"seq/Int\" ID=\"2\" parentID=\"1\" builtin=\"yes\"/>\n")
        .append("<sig label=\"String\" ID=\"3\" parentID=\"0\" builtin=\"yes\"/>\n");
    List<Sig> sigs = world.getAllReachableSigs().stream().filter(s -> !s.builtin).toList();
    for (Sig sig : sigs) {
      ids.put(sig, ids.size());
    }
    Set<String> written = new HashSet<>();
    int fieldId = ids.size();
    for (Sig sig : sigs) {
      String name = bare(sig.label);
      out.append("<sig label=\"").append(sig.label).append("\" ID=\"").append(ids.get(sig)).append('"');
      if (sig instanceof PrimSig prim) {
        if (prim.parent != Sig.UNIV || !instance.signatures().contains(name)) {
          throw new IllegalStateException(VpnHaAlloy.MODEL + "'s signature " + name + " is not one the importer fills");
        }
        out.append(" parentID=\"0\">");
        instance.atoms(name).forEach(a -> atom(out, a));
      } else {
        out.append('>');
        for (Sig parent : ((SubsetSig) sig).parents) {
          out.append("<type ID=\"").append(ids.get(parent)).append("\"/>");
        }
        instance.tuples(name).forEach(t -> atom(out, t.get(0)));
        written.add(name);
      }
      out.append("</sig>\n");
      for (Sig.Field field : sig.getFields()) {
        out.append("<field label=\"").append(field.label).append("\" ID=\"").append(fieldId++)
            .append("\" parentID=\"").append(ids.get(sig)).append("\">");
        for (List<String> tuple : instance.tuples(field.label)) {
          out.append("<tuple>");
          tuple.forEach(a -> atom(out, a));
          out.append("</tuple>");
        }
        out.append("<types>");
        for (PrimSig column : field.type().fold().get(0)) {
          out.append("<type ID=\"").append(ids.get(column)).append("\"/>");
        }
        out.append("</types></field>\n");
        written.add(field.label);
      }
    }
    // nothing the importer wrote may be lost: a relation the model does not declare would silently be ignored
    for (String relation : AlloyInstance.relations()) {
      if (!written.contains(relation)) {
        throw new IllegalStateException(VpnHaAlloy.MODEL + " declares no field or subset signature " + relation);
      }
    }
    return out.append("</instance>\n</alloy>\n").toString();
  }

  private static void atom(StringBuilder out, String atom) {
    out.append("<atom label=\"").append(atom).append("\"/>");
  }

  private static String bare(String label) {
    return label.startsWith("this/") ? label.substring("this/".length()) : label;
  }
}
