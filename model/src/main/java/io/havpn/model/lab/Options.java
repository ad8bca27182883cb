package io.havpn.model.lab;

/**
 * Model options: where IOS and RFC 2281 differ, and the bounds used for exhaustive checks.
 *
 * @param resignOnDisplacement IOS sends Resign when an Active router is displaced by a higher-priority Active's Hello
 *     (event g); RFC 2281's table does not. Default: IOS.
 * @param helloOnStateChange IOS sends a Hello at once on entering Speak, Standby or Active (and restarts its hello
 *     timer); RFC 2281's table sends one only where a cell says F. Default: IOS.
 * @param expiryOrder whether an expiry the state cannot handle waits (IOS) or is lost (RFC), and in which order
 * @param rriMode static crypto maps inject the route while the group is Active; dynamic ones while SAs exist
 * @param minimumInterfaceDelay seconds HSRP waits after its interface comes up before event a (1 s observed)
 * @param reloadTime seconds a reloaded router takes before its interfaces come back
 * @param maxFaults faults (interface down, reload, partition) allowed on one behaviour; {@link #UNBOUNDED} for none
 * @param maxLosses message losses (Hello, keepalive, ESP) allowed on one behaviour; {@link #UNBOUNDED} for none
 */
public record Options(
    boolean resignOnDisplacement,
    boolean helloOnStateChange,
    ExpiryOrder expiryOrder,
    RriMode rriMode,
    int minimumInterfaceDelay,
    int reloadTime,
    int maxFaults,
    int maxLosses) {

  public static final int UNBOUNDED = -1;

  /**
   * How a router handles its active (c) and standby (d) timer expiries. RFC 2281 is silent on their order and its table
   * has no cell for Speak + c, so an active timer that runs out in Speak is lost and the router can end in Standby with
   * no Active router.
   */
  public enum ExpiryOrder {
    /**
     * IOS (default): an expired timer stays expired until the router is in a state whose table handles it (c waits in
     * Speak for Standby); when both are handled, c goes first.
     */
    HANDLED_FIRST,
    /** RFC literal, c before d: every expiry is consumed at once. The design mistake "Speak + c handled before d". */
    ACTIVE_FIRST,
    /** RFC literal, either order, both explored: for exhaustive checks. */
    ANY
  }

  public enum RriMode { STATIC, DYNAMIC }

  public Options {
    if (minimumInterfaceDelay < 0 || reloadTime < 0) {
      throw new IllegalArgumentException("delays must not be negative");
    }
  }

  public static Options ios() {
    return new Options(true, true, ExpiryOrder.HANDLED_FIRST, RriMode.STATIC, 1, 5, UNBOUNDED, UNBOUNDED);
  }

  public Options withResignOnDisplacement(boolean resign) {
    return new Options(resign, helloOnStateChange, expiryOrder, rriMode, minimumInterfaceDelay, reloadTime, maxFaults, maxLosses);
  }

  public Options withHelloOnStateChange(boolean hello) {
    return new Options(resignOnDisplacement, hello, expiryOrder, rriMode, minimumInterfaceDelay, reloadTime, maxFaults,
        maxLosses);
  }

  public Options withExpiryOrder(ExpiryOrder order) {
    return new Options(resignOnDisplacement, helloOnStateChange, order, rriMode, minimumInterfaceDelay, reloadTime, maxFaults, maxLosses);
  }

  public Options withRriMode(RriMode mode) {
    return new Options(resignOnDisplacement, helloOnStateChange, expiryOrder, mode, minimumInterfaceDelay, reloadTime, maxFaults, maxLosses);
  }

  public Options withMinimumInterfaceDelay(int seconds) {
    return new Options(resignOnDisplacement, helloOnStateChange, expiryOrder, rriMode, seconds, reloadTime, maxFaults, maxLosses);
  }

  public Options withBudgets(int faults, int losses) {
    return new Options(resignOnDisplacement, helloOnStateChange, expiryOrder, rriMode, minimumInterfaceDelay, reloadTime,
        faults, losses);
  }
}
