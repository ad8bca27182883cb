package io.havpn.cli.verify;

import io.havpn.bridge.tla.TlaBool;
import io.havpn.bridge.tla.TlaFunctionValue;
import io.havpn.bridge.tla.TlaInt;
import io.havpn.bridge.tla.TlaRecord;
import io.havpn.bridge.tla.TlaSet;
import io.havpn.bridge.tla.TlaString;
import io.havpn.bridge.tla.TlaValue;
import io.havpn.bridge.tlc.TraceState;
import io.havpn.model.RemoteState;
import io.havpn.model.RouterState;
import io.havpn.model.SystemState;
import io.havpn.model.VpnHaModel;
import io.havpn.model.lab.Lab;
import io.havpn.model.scenario.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A behaviour as the report draws it: one point per state, with what each lane shows. Lanes: per HSRP router its HSRP
 * state, whether it holds SAs with the remote and whether its RRI route is installed (and followed by the inside
 * router); one for the remote's SA and keepalive (dead peer detection). Built from Java states (property tests,
 * simulation) or from TLC's states (which carry the same variables), so every technique's counterexample reads alike.
 *
 * @param routers the HSRP routers' names, in the lab's order
 * @param remote the remote peer's name
 * @param loopFrom for a lasso, the index of the point the last one loops back to; -1 for a finite trace
 */
public record Timeline(List<String> routers, String remote, List<Point> points, int loopFrom) {

  public Timeline {
    routers = List.copyOf(routers);
    points = List.copyOf(points);
  }

  /**
   * One state of the behaviour.
   *
   * @param time the second of the behaviour (counted in Tick steps for TLC's traces)
   * @param action the step that led here ({@code initial state} for the first)
   */
  public record Point(int time, String action, List<RouterLane> routers, RemoteLane remote) {
    public Point {
      routers = List.copyOf(routers);
    }
  }

  /**
   * @param hsrp the RFC 2281 state: INITIAL, LEARN, LISTEN, SPEAK, STANDBY, ACTIVE
   * @param hsrpUp the HSRP (outside) interface is up
   * @param insideUp the inside interface is up
   * @param ospfNextHop the inside router's route to the remote network points at this router
   */
  public record RouterLane(String hsrp, boolean hsrpUp, boolean insideUp, int priority, boolean holdsSas,
      boolean rriRoute, boolean ospfNextHop) {}

  /**
   * @param saWith the router that answered the remote's SAs, or empty when it has none
   * @param dpdErrors unanswered keepalives counted so far
   * @param probing a keepalive (R-U-THERE) is outstanding
   */
  public record RemoteLane(String saWith, int dpdErrors, boolean probing) {}

  /** A Java state and the step that led to it, taken in second {@code time}. */
  public record JavaStep(int time, String action, SystemState state) {}

  public static Timeline ofJava(Lab lab, List<JavaStep> steps) {
    List<Point> points = new ArrayList<>();
    for (JavaStep step : steps) {
      SystemState s = step.state();
      List<RouterLane> lanes = new ArrayList<>();
      for (int r = 0; r < lab.routerCount(); r++) {
        RouterState router = s.router(r);
        lanes.add(new RouterLane(router.hsrp().name(), router.hsrpInterfaceUp(), router.interfaceUp(1),
            router.priority(), router.holdsSas(), router.rriRoute(), (s.ospfNextHops() & (1 << r)) != 0));
      }
      RemoteState remote = s.remote();
      // a Tick taken in second t leads to a state in second t + 1 (as TLC's traces count)
      int time = step.time() + (step.action().equals("Tick") ? 1 : 0);
      points.add(new Point(time, step.action(), lanes, new RemoteLane(
          remote.hasSa() ? lab.router(remote.saWith()).name() : "", remote.dpdErrors(),
          remote.dpdRetry() != RouterState.STOPPED)));
    }
    return new Timeline(lab.routerNames(), lab.remote().name(), points, -1);
  }

  /** A scenario run: the initial state, then every step the runner took. */
  public static Timeline ofRun(Lab lab, RunResult result) {
    List<JavaStep> steps = new ArrayList<>();
    steps.add(new JavaStep(0, "initial state", new VpnHaModel(lab).initial()));
    for (RunResult.TimedStep step : result.steps()) {
      steps.add(new JavaStep(step.time(), step.action().describe(lab), step.state()));
    }
    return ofJava(lab, steps);
  }

  /**
   * TLC's states, read through the spec's variables (the same as the Java state's components, see StateCodec).
   *
   * @param actions the label of each step, index i for state i (the Java action that replays it, when the replay got
   *     that far, else TLC's action name)
   */
  public static Timeline ofTlc(Lab lab, List<TraceState> states, List<String> actions, int loopFrom) {
    List<Point> points = new ArrayList<>();
    int time = 0;
    for (int i = 0; i < states.size(); i++) {
      TraceState state = states.get(i);
      String action = i < actions.size() ? actions.get(i) : state.action().name();
      if (i > 0 && action.equals("Tick")) {
        time++;
      }
      Map<TlaValue, TlaValue> routers = function(state.get("routers"));
      TlaSet nextHops = (TlaSet) state.get("ospfNextHops");
      List<RouterLane> lanes = new ArrayList<>();
      for (int r = 0; r < lab.routerCount(); r++) {
        TlaRecord router = (TlaRecord) routers.get(TlaValue.integer(r));
        TlaSet up = (TlaSet) router.get("interfacesUp");
        lanes.add(new RouterLane(((TlaString) router.get("hsrp")).value(), up.contains(TlaValue.integer(0)),
            up.contains(TlaValue.integer(1)), integer(router.get("priority")), bool(router.get("holdsSas")),
            bool(router.get("rriRoute")), nextHops.contains(TlaValue.integer(r))));
      }
      TlaRecord remote = (TlaRecord) state.get("remote");
      int saWith = integer(remote.get("saWith"));
      points.add(new Point(time, action, lanes, new RemoteLane(saWith < 0 ? "" : lab.router(saWith).name(),
          integer(remote.get("dpdErrors")), integer(remote.get("dpdRetry")) != RouterState.STOPPED)));
    }
    return new Timeline(lab.routerNames(), lab.remote().name(), points, loopFrom);
  }

  /**
   * The same states with better names for their steps (the first {@code actions.size()} of them): TLC names a step
   * after the operator its action applies ({@code Commit}), the Java model's replay after the action itself. Seconds
   * are counted again from the Tick steps.
   */
  public Timeline withActions(List<String> actions) {
    List<Point> renamed = new ArrayList<>();
    int time = points.isEmpty() ? 0 : points.get(0).time();
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      String action = i < actions.size() ? actions.get(i) : p.action();
      if (i > 0 && action.equals("Tick")) {
        time++;
      }
      renamed.add(new Point(time, action, p.routers(), p.remote()));
    }
    return new Timeline(routers, remote, renamed, loopFrom);
  }

  private static Map<TlaValue, TlaValue> function(TlaValue value) {
    return ((TlaFunctionValue) value).asFunction();
  }

  private static int integer(TlaValue value) {
    return (int) ((TlaInt) value).longValue();
  }

  private static boolean bool(TlaValue value) {
    return ((TlaBool) value).value();
  }
}
