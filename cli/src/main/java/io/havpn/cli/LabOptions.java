package io.havpn.cli;

import io.havpn.model.lab.Lab;
import io.havpn.model.lab.Options;
import io.havpn.model.lab.Options.ExpiryOrder;
import io.havpn.model.lab.Options.RriMode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** Model options shared by every command that runs the model. Defaults are IOS behaviour. */
public final class LabOptions {

  @Option(names = "--rfc-displacement",
      description = "RFC 2281 behaviour: an Active router displaced by a higher-priority Active's Hello does not send "
          + "Resign (IOS does; default IOS)")
  boolean rfcDisplacement;

  @Option(names = "--rfc-state-hellos",
      description = "RFC 2281 behaviour: no Hello on entering Speak, Standby or Active unless the table says F (IOS "
          + "sends one at once; default IOS)")
  boolean rfcStateHellos;

  @Option(names = "--expiry-order", paramLabel = "ORDER",
      description = "order of a router's active and standby timer expiries due together: ${COMPLETION-CANDIDATES} "
          + "(default: ${DEFAULT-VALUE})", defaultValue = "HANDLED_FIRST")
  ExpiryOrder expiryOrder;

  @Option(names = "--rri", paramLabel = "MODE", defaultValue = "STATIC",
      description = "reverse route injection of a static (route while Active) or dynamic (route while SAs exist) "
          + "crypto map: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  RriMode rri;

  @Option(names = "--min-interface-delay", paramLabel = "SECONDS", defaultValue = "1",
      description = "seconds HSRP waits after its interface comes up (default: ${DEFAULT-VALUE})")
  int minimumInterfaceDelay;

  /** The lab with these options applied. */
  public Lab apply(Lab lab) {
    if (minimumInterfaceDelay < 0) {
      throw new IllegalArgumentException("--min-interface-delay must not be negative, was " + minimumInterfaceDelay);
    }
    Options options = lab.options()
        .withResignOnDisplacement(!rfcDisplacement)
        .withHelloOnStateChange(!rfcStateHellos)
        .withExpiryOrder(expiryOrder)
        .withRriMode(rri)
        .withMinimumInterfaceDelay(minimumInterfaceDelay);
    return lab.withOptions(options);
  }

  /**
   * The model options given on a command line, as typed, for reproduction lines; the command holds this mixin in a
   * field named {@code labOptions}.
   */
  public static List<String> typedFlags(CommandSpec command) {
    ParseResult parsed = command.commandLine().getParseResult();
    List<String> flags = new ArrayList<>();
    for (OptionSpec option : command.mixins().get("labOptions").options()) {
      if (parsed.hasMatchedOption(option)) {
        flags.add(option.longestName());
        if (option.arity().max() > 0) {
          flags.addAll(option.originalStringValues());
        }
      }
    }
    return flags;
  }
}
