package io.havpn.bridge.alloy;

import edu.mit.csail.sdg.alloy4.A4Reporter;
import edu.mit.csail.sdg.alloy4.Err;
import edu.mit.csail.sdg.ast.Command;
import edu.mit.csail.sdg.ast.Module;
import edu.mit.csail.sdg.parser.CompUtil;
import edu.mit.csail.sdg.translator.A4Options;
import edu.mit.csail.sdg.translator.A4Solution;
import edu.mit.csail.sdg.translator.A4TupleSet;
import edu.mit.csail.sdg.translator.TranslateAlloyToKodkod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import kodkod.engine.satlab.SATFactory;

/**
 * The Alloy model {@code specs/alloy/VpnHa.als} (shipped by the specs module) and the Alloy 6 API around it: parse
 * the model (alone, or with an instance and commands appended), run a command with SAT4J, evaluate an expression.
 */
public final class VpnHaAlloy {

  /** The model's resource path. */
  public static final String MODEL = "alloy/VpnHa.als";
  /** Bits of Alloy's integers: only counts (routers of a generated lab) use them; numbers are Level atoms. */
  public static final int BITWIDTH = 4;

  private VpnHaAlloy() {}

  /** The text of VpnHa.als. */
  public static String modelText() {
    try (InputStream in = VpnHaAlloy.class.getClassLoader().getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(MODEL + " is missing from the classpath (the specs module ships it)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Module model;

  /**
   * The model alone, parsed once per process (a parse costs tenths of a second, most of a lint): what an instance
   * read as a solution ({@link InstanceSolution}) is evaluated against. Callers that evaluate on it synchronize on it,
   * since Alloy's objects are not documented as thread-safe.
   */
  public static synchronized Module model() {
    if (model == null) {
      model = parse("");
    }
    return model;
  }

  /** Parses the model with {@code appended} text (an instance, commands). */
  public static Module parse(String appended) {
    try {
      return CompUtil.parseEverything_fromString(A4Reporter.NOP, modelText() + appended);
    } catch (Err e) {
      throw new IllegalStateException("VpnHa.als with the generated instance does not parse: " + e.dump(), e);
    }
  }

  public static A4Options options() {
    A4Options options = new A4Options();
    options.solver = SATFactory.get("sat4j");
    options.noOverflow = false; // the model's only integers are small counts (routers of a generated lab)
    options.skolemDepth = 1;
    return options;
  }

  /**
   * Options for an instance that the facts fix completely: no symmetry breaking and no bound inference, which cost
   * seconds on a hundred atoms and buy nothing when there is one instance.
   */
  public static A4Options fixedInstanceOptions() {
    A4Options options = options();
    options.symmetry = 0;
    options.inferPartialInstance = false;
    return options;
  }

  /** Runs the command named {@code name}. */
  public static A4Solution execute(Module world, String name, A4Options options) {
    Command command = world.getAllCommands().stream().filter(c -> c.label.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("VpnHa.als has no command " + name));
    try {
      return TranslateAlloyToKodkod.execute_command(A4Reporter.NOP, world.getAllReachableSigs(), command, options);
    } catch (Err e) {
      throw new IllegalStateException("Alloy failed on " + name + ": " + e.dump(), e);
    }
  }

  public static A4TupleSet tuples(Module world, A4Solution solution, String expression) {
    try {
      Object value = solution.eval(CompUtil.parseOneExpression_fromString(world, expression));
      if (!(value instanceof A4TupleSet set)) {
        throw new IllegalArgumentException(expression + " is not a relation: " + value);
      }
      return set;
    } catch (Err e) {
      throw new IllegalStateException("cannot evaluate " + expression + ": " + e.dump(), e);
    }
  }
}
