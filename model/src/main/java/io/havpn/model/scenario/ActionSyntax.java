package io.havpn.model.scenario;

import io.havpn.model.Action;
import io.havpn.model.lab.HsrpRouter;
import io.havpn.model.lab.Lab;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The actions a scenario may inject, by name and arguments (router and interface names from the lab). The model's own
 * actions (Tick, timer expiries, deliveries, keepalive sends) are not injected: the runner takes them when due.
 */
public final class ActionSyntax {

  /** Name -> (parameter names, builder from resolved indices). */
  private record Form(List<String> parameters, Function<int[], Action> build) {}

  private static final Map<String, Form> FORMS = Map.ofEntries(
      Map.entry("InterfaceDown", new Form(List.of("ROUTER", "INTERFACE"), a -> new Action.InterfaceDown(a[0], a[1]))),
      Map.entry("InterfaceUp", new Form(List.of("ROUTER", "INTERFACE"), a -> new Action.InterfaceUp(a[0], a[1]))),
      Map.entry("Reload", new Form(List.of("ROUTER"), a -> new Action.Reload(a[0]))),
      Map.entry("Partition", new Form(List.of(), a -> new Action.Partition())),
      Map.entry("Heal", new Form(List.of(), a -> new Action.Heal())),
      Map.entry("HelloLost", new Form(List.of("SENDER", "RECEIVER"), a -> new Action.HelloLost(a[0], a[1]))),
      Map.entry("Traffic", new Form(List.of(), a -> new Action.Traffic())),
      Map.entry("EspLost", new Form(List.of(), a -> new Action.EspLost())),
      Map.entry("KeepaliveLost", new Form(List.of(), a -> new Action.KeepaliveLost())));

  private ActionSyntax() {}

  public static List<String> names() {
    return FORMS.keySet().stream().sorted().toList();
  }

  /**
   * Parses {@code words} (action name then arguments) against the lab.
   *
   * @throws IllegalArgumentException with a message that says what was expected
   */
  public static Action parse(Lab lab, List<String> words) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("missing action (expected one of " + String.join(", ", names()) + ")");
    }
    String name = words.get(0);
    Form form = FORMS.get(name);
    if (form == null) {
      throw new IllegalArgumentException("unknown action '" + name + "' (expected one of " + String.join(", ", names())
          + ")");
    }
    List<String> arguments = words.subList(1, words.size());
    if (arguments.size() != form.parameters().size()) {
      throw new IllegalArgumentException(name + " takes " + form.parameters().size() + " argument(s) "
          + form.parameters() + ", got " + arguments.size());
    }
    int[] resolved = new int[arguments.size()];
    for (int i = 0; i < arguments.size(); i++) {
      String parameter = form.parameters().get(i);
      resolved[i] = parameter.equals("INTERFACE")
          ? interfaceIndex(lab.router(resolved[0]), arguments.get(i))
          : routerIndex(lab, arguments.get(i));
    }
    if (name.equals("HelloLost") && resolved[0] == resolved[1]) {
      throw new IllegalArgumentException("HelloLost needs two different routers");
    }
    return form.build().apply(resolved);
  }

  private static int routerIndex(Lab lab, String name) {
    int index = lab.routerIndex(name);
    if (index < 0) {
      throw new IllegalArgumentException("unknown router '" + name + "' (expected one of "
          + String.join(", ", lab.routerNames()) + ")");
    }
    return index;
  }

  private static int interfaceIndex(HsrpRouter router, String name) {
    int index = router.interfaceIndex(name);
    if (index < 0) {
      throw new IllegalArgumentException("unknown interface '" + name + "' on " + router.name() + " (expected one of "
          + String.join(", ", router.interfaces().stream().map(i -> i.name()).toList()) + ")");
    }
    return index;
  }
}
