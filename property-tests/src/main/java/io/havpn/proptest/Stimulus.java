package io.havpn.proptest;

import io.havpn.model.Action;
import io.havpn.model.lab.Lab;
import io.havpn.model.scenario.ActionSyntax;
import java.util.Arrays;
import java.util.List;

/**
 * One generated step of a sequence: something the environment does (a fault, a repair, a loss, traffic) or a wait.
 * Between stimuli the model's own urgent actions (timer expiries, packet deliveries, keepalives) are settled in a
 * seeded order, as the scenario runner does, so a sequence reads like a scenario.
 */
public sealed interface Stimulus {

  /** The scenario language's words: {@code InterfaceDown 7204VXR-1 FastEthernet0/0}, {@code Wait 7}. */
  String text(Lab lab);

  /**
   * An environment action of the model. Faults, repairs, traffic and EspLost are taken at once and must be enabled.
   * HelloLost and KeepaliveLost name a packet that exists only for an instant, so they arm a loss instead: the next
   * such packet is lost, whenever it comes before the faults stop (a scenario's loss window, one packet long).
   */
  record Inject(Action action) implements Stimulus {
    public Inject {
      Action.Kind kind = action.kind();
      if (kind != Action.Kind.FAULT && kind != Action.Kind.REPAIR && kind != Action.Kind.LOSS
          && kind != Action.Kind.TRAFFIC) {
        throw new IllegalArgumentException(action.name() + " is the model's own action, not the environment's");
      }
    }

    /** HelloLost and KeepaliveLost wait for their packet; the others act at once. */
    public boolean armsLoss() {
      return action instanceof Action.HelloLost || action instanceof Action.KeepaliveLost;
    }

    public String text(Lab lab) {
      return ActionWords.text(lab, action);
    }
  }

  /** Time passes, one second at a time, with the model settling what falls due after each. */
  record Wait(int seconds) implements Stimulus {
    public Wait {
      if (seconds < 1) {
        throw new IllegalArgumentException("Wait takes at least 1 second, not " + seconds);
      }
    }

    public String text(Lab lab) {
      return "Wait " + seconds;
    }
  }

  /**
   * Reads {@link #text}: {@code Wait SECONDS} or an injectable action of the scenario language.
   *
   * @throws IllegalArgumentException saying what was expected
   */
  static Stimulus parse(Lab lab, String text) {
    List<String> words = Arrays.asList(text.trim().split("\\s+"));
    if (words.get(0).equals("Wait")) {
      if (words.size() != 2) {
        throw new IllegalArgumentException("'" + text + "': Wait takes one argument (SECONDS)");
      }
      try {
        return new Wait(Integer.parseInt(words.get(1)));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + text + "': Wait takes whole seconds, at least 1");
      }
    }
    return new Inject(ActionSyntax.parse(lab, words));
  }
}
