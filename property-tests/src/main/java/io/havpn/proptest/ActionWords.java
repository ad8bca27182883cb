package io.havpn.proptest;

import io.havpn.model.Action;
import io.havpn.model.lab.Lab;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An action's parameters by their record component names, with router and interface names from the lab: the words of
 * the scenario language ({@code InterfaceDown 7204VXR-1 FastEthernet0/0}) and of exported traces.
 */
public final class ActionWords {

  private ActionWords() {}

  /** {@code router -> 7204VXR-1, iface -> FastEthernet0/0}, in parameter order; empty for actions without any. */
  public static Map<String, String> parameters(Lab lab, Action action) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (action instanceof Action.InterfaceDown a) {
      putInterface(parameters, lab, a.router(), a.iface());
    } else if (action instanceof Action.InterfaceUp a) {
      putInterface(parameters, lab, a.router(), a.iface());
    } else if (action instanceof Action.MessageDelivered a) {
      putPair(parameters, lab, a.sender(), a.receiver());
    } else if (action instanceof Action.HelloLost a) {
      putPair(parameters, lab, a.sender(), a.receiver());
    } else {
      int router = routerOf(action);
      if (router >= 0) {
        parameters.put("router", lab.router(router).name());
      }
    }
    return parameters;
  }

  /** The action as a scenario line: its name, then its parameters' values. */
  public static String text(Lab lab, Action action) {
    StringBuilder text = new StringBuilder(action.name());
    for (String value : parameters(lab, action).values()) {
      text.append(' ').append(value);
    }
    return text.toString();
  }

  /** The router an action with a single router parameter concerns, or -1. */
  private static int routerOf(Action action) {
    if (action instanceof Action.Reload a) {
      return a.router();
    } else if (action instanceof Action.InterfaceDelayExpired a) {
      return a.router();
    } else if (action instanceof Action.ActiveTimerExpired a) {
      return a.router();
    } else if (action instanceof Action.StandbyTimerExpired a) {
      return a.router();
    } else if (action instanceof Action.HelloTimerExpired a) {
      return a.router();
    }
    return -1;
  }

  private static void putInterface(Map<String, String> parameters, Lab lab, int router, int iface) {
    parameters.put("router", lab.router(router).name());
    parameters.put("iface", lab.router(router).interfaces().get(iface).name());
  }

  private static void putPair(Map<String, String> parameters, Lab lab, int sender, int receiver) {
    parameters.put("sender", lab.router(sender).name());
    parameters.put("receiver", lab.router(receiver).name());
  }
}
