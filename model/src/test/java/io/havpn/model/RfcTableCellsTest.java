package io.havpn.model;

import static io.havpn.model.RouterState.STOPPED;
import static io.havpn.model.RouterState.UNKNOWN;
import static io.havpn.model.hsrp.HsrpAction.A_START_ACTIVE_TIMER;
import static io.havpn.model.hsrp.HsrpAction.B_START_STANDBY_TIMER;
import static io.havpn.model.hsrp.HsrpAction.C_STOP_ACTIVE_TIMER;
import static io.havpn.model.hsrp.HsrpAction.D_STOP_STANDBY_TIMER;
import static io.havpn.model.hsrp.HsrpAction.E_LEARN_PARAMETERS;
import static io.havpn.model.hsrp.HsrpAction.F_SEND_HELLO;
import static io.havpn.model.hsrp.HsrpAction.G_SEND_COUP;
import static io.havpn.model.hsrp.HsrpAction.H_SEND_RESIGN;
import static io.havpn.model.hsrp.HsrpAction.I_SEND_GRATUITOUS_ARP;
import static io.havpn.model.hsrp.HsrpState.ACTIVE;
import static io.havpn.model.hsrp.HsrpState.INITIAL;
import static io.havpn.model.hsrp.HsrpState.LEARN;
import static io.havpn.model.hsrp.HsrpState.LISTEN;
import static io.havpn.model.hsrp.HsrpState.SPEAK;
import static io.havpn.model.hsrp.HsrpState.STANDBY;
import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.Action.ActiveTimerExpired;
import io.havpn.model.Action.HelloTimerExpired;
import io.havpn.model.Action.InterfaceDelayExpired;
import io.havpn.model.Action.InterfaceDown;
import io.havpn.model.Action.MessageDelivered;
import io.havpn.model.Action.StandbyTimerExpired;
import io.havpn.model.Observation.HsrpStateChanged;
import io.havpn.model.hsrp.Cell;
import io.havpn.model.hsrp.HsrpEvent;
import io.havpn.model.hsrp.HsrpMessage;
import io.havpn.model.hsrp.HsrpMessage.Kind;
import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.hsrp.HsrpTable;
import io.havpn.model.hsrp.HsrpTable.Entry;
import io.havpn.model.lab.HsrpRouter;
import io.havpn.model.lab.Interface;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every non-empty cell of the RFC 2281 table ({@link HsrpTable#ios()} and {@link HsrpTable#rfc2281()}), taken through
 * the real step function: router 0 is put in the cell's state, the cell's event is triggered the way the model receives
 * it, and the next state and the observable effect of every action letter (and the absence of the others) are checked.
 *
 * <p>The lab is the seed lab plus a third router whose HSRP interface is down, so "send" must reach router 1 only.
 */
class RfcTableCellsTest {

  static final int ME = 0;
  static final int PEER = 1;
  static final int OFFLINE = 2;
  static final int NOBODY = -1;

  static final Lab SEED_PLUS_OFFLINE = seedLabPlusOfflineRouter();
  static final int HOLD = SEED_PLUS_OFFLINE.group().holdTime();
  static final int HELLO = SEED_PLUS_OFFLINE.group().helloTime();
  static final int OWN_PRIORITY = SEED_PLUS_OFFLINE.router(ME).priority();
  static final int HIGHER = OWN_PRIORITY + 50;
  static final int LOWER = OWN_PRIORITY - 100;

  /** Running timers, distinct from the hold and hello times, so that starting and stopping them shows. */
  static final int ACTIVE_LEFT = 7;
  static final int STANDBY_LEFT = 6;
  static final int HELLO_LEFT = 2;
  static final int PREEMPT_DELAY_LEFT = 12;

  // ---- one test per way the model receives an event (Setup.prepareEvent() says how) ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("interfaceDelayCells")
  void hsrpStartsWhenTheMinimumInterfaceDelayExpires(CellCase cell) {
    Outcome outcome = new Setup(cell).fire();

    outcome.assertCellTookEffect();
    assertThat(outcome.me().helloTimer()).as("hello timer started on leaving Initial").isEqualTo(HELLO);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("interfaceDownCells")
  void routerFallsBackToInitialWhenItsHsrpInterfaceGoesDown(CellCase cell) {
    Outcome outcome = new Setup(cell).fire();

    outcome.assertCellTookEffect();
    assertThat(outcome.me().helloTimer()).as("hello timer in Initial").isEqualTo(STOPPED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("activeTimerCells")
  void listenRouterSpeaksAndStandbyRouterTakesOverWhenActiveTimerExpires(CellCase cell) {
    new Setup(cell).fire().assertCellTookEffect();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standbyTimerCells")
  void routerBidsForStandbyWhenStandbyTimerExpires(CellCase cell) {
    new Setup(cell).fire().assertCellTookEffect();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("helloTimerCells")
  void speakStandbyAndActiveRoutersSendHelloWhenHelloTimerExpires(CellCase cell) {
    Outcome outcome = new Setup(cell).fire();

    outcome.assertCellTookEffect();
    assertThat(outcome.me().helloTimer()).as("hello timer restarted").isEqualTo(HELLO);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("helloCells")
  void routerFollowsHellosFromSpeakActiveAndStandbyRouters(CellCase cell) {
    new Setup(cell).fire().assertCellTookEffect();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resignCells")
  void routerStepsUpWhenTheActiveRouterResigns(CellCase cell) {
    new Setup(cell).fire().assertCellTookEffect();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("coupCells")
  void activeRouterStepsDownOnCoupFromHigherPriorityRouter(CellCase cell) {
    new Setup(cell).fire().assertCellTookEffect();
  }

  /** Options.helloOnStateChange (IOS): one Hello at once on entering Speak, Standby or Active, hello timer restarted. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cellsEnteringSpeakStandbyOrActive")
  void iosAnnouncesEveryEntryIntoSpeakStandbyOrActiveWithOneHello(CellCase cell) {
    Outcome outcome = new Setup(cell, true).fire();
    HsrpState to = cell.expected().next();

    assertThat(outcome.me().hsrp()).isEqualTo(to);
    assertThat(outcome.step().next().channel(ME, PEER)).filteredOn(m -> m.kind() == Kind.HELLO)
        .containsExactly(new HsrpMessage(Kind.HELLO, to, OWN_PRIORITY));
    assertThat(outcome.step().next().channel(ME, OFFLINE)).isEmpty();
    assertThat(outcome.me().helloTimer()).as("hello timer restarted").isEqualTo(HELLO);
  }

  @Test
  void theTestsAboveCoverEveryCellOfBothTables() {
    List<CellCase> tested = Stream.of(interfaceDelayCells(), interfaceDownCells(), activeTimerCells(),
        standbyTimerCells(), helloTimerCells(), helloCells(), resignCells(), coupCells())
        .flatMap(cells -> cells).toList();

    assertThat(tested).doesNotHaveDuplicates();
    for (TableUnderTest table : TableUnderTest.values()) {
      Set<Entry> testedEntries = tested.stream().filter(c -> c.table() == table).map(CellCase::entry)
          .collect(Collectors.toSet());
      assertThat(testedEntries).as(table.name()).containsExactlyInAnyOrderElementsOf(table.table().entries());
    }
    for (CellCase cell : tested) {
      assertThat(tested.stream().filter(c -> c.table() == cell.table() && c.entry().equals(cell.entry()))
          .map(CellCase::variant)).as(cell.toString()).containsExactlyInAnyOrderElementsOf(variants(cell.entry()));
    }
  }

  // ---- parameter sources ----

  static Stream<CellCase> interfaceDelayCells() {
    return cellsOf(HsrpEvent.A_HSRP_ENABLED);
  }

  static Stream<CellCase> interfaceDownCells() {
    return cellsOf(HsrpEvent.B_HSRP_DISABLED);
  }

  static Stream<CellCase> activeTimerCells() {
    return cellsOf(HsrpEvent.C_ACTIVE_TIMER_EXPIRED);
  }

  static Stream<CellCase> standbyTimerCells() {
    return cellsOf(HsrpEvent.D_STANDBY_TIMER_EXPIRED);
  }

  static Stream<CellCase> helloTimerCells() {
    return cellsOf(HsrpEvent.E_HELLO_TIMER_EXPIRED);
  }

  static Stream<CellCase> helloCells() {
    return cellsOf(HsrpEvent.F_HELLO_HIGHER_PRI_SPEAK, HsrpEvent.G_HELLO_HIGHER_PRI_ACTIVE,
        HsrpEvent.H_HELLO_LOWER_PRI_ACTIVE, HsrpEvent.K_HELLO_HIGHER_PRI_STANDBY, HsrpEvent.L_HELLO_LOWER_PRI_STANDBY);
  }

  static Stream<CellCase> resignCells() {
    return cellsOf(HsrpEvent.I_RESIGN_RECEIVED);
  }

  static Stream<CellCase> coupCells() {
    return cellsOf(HsrpEvent.J_COUP_HIGHER_PRI);
  }

  static Stream<CellCase> cellsEnteringSpeakStandbyOrActive() {
    return cellsOf(HsrpEvent.values()).filter(cell -> {
      HsrpState to = cell.expected().next();
      return to != null && to != cell.entry().state() && to.sendsHellos();
    });
  }

  private static Stream<CellCase> cellsOf(HsrpEvent... events) {
    Set<HsrpEvent> wanted = Set.of(events);
    return Stream.of(TableUnderTest.values())
        .flatMap(table -> table.table().entries().stream()
            .filter(entry -> wanted.contains(entry.event()))
            .flatMap(entry -> variants(entry).stream().map(variant -> new CellCase(table, entry, variant))));
  }

  private static List<Variant> variants(Entry entry) {
    if (entry.cell().preemptCell()) {
      return List.of(Variant.PREEMPT, Variant.NO_PREEMPT, Variant.PREEMPT_DELAY_PENDING);
    }
    if (entry.cell().listenOrLearn()) {
      return List.of(Variant.VIRTUAL_IP_CONFIGURED, Variant.VIRTUAL_IP_NOT_CONFIGURED);
    }
    return List.of(Variant.PLAIN);
  }

  /** f and g and k come from a higher-priority router, h and l from a lower one. */
  private static HsrpState helloSenderState(HsrpEvent event) {
    return switch (event) {
      case F_HELLO_HIGHER_PRI_SPEAK -> SPEAK;
      case G_HELLO_HIGHER_PRI_ACTIVE, H_HELLO_LOWER_PRI_ACTIVE -> ACTIVE;
      case K_HELLO_HIGHER_PRI_STANDBY, L_HELLO_LOWER_PRI_STANDBY -> STANDBY;
      default -> throw new IllegalArgumentException("not a Hello event: " + event);
    };
  }

  private static int helloSenderPriority(HsrpEvent event) {
    return switch (event) {
      case F_HELLO_HIGHER_PRI_SPEAK, G_HELLO_HIGHER_PRI_ACTIVE, K_HELLO_HIGHER_PRI_STANDBY -> HIGHER;
      case H_HELLO_LOWER_PRI_ACTIVE, L_HELLO_LOWER_PRI_STANDBY -> LOWER;
      default -> throw new IllegalArgumentException("not a Hello event: " + event);
    };
  }

  // ---- cases ----

  /** The two tables, each run by a model whose options select it. */
  enum TableUnderTest {
    IOS(HsrpTable.ios(), true),
    RFC2281(HsrpTable.rfc2281(), false);

    private final HsrpTable table;
    private final boolean resignOnDisplacement;

    TableUnderTest(HsrpTable table, boolean resignOnDisplacement) {
      this.table = table;
      this.resignOnDisplacement = resignOnDisplacement;
    }

    HsrpTable table() {
      return table;
    }
  }

  /** Router 0's configuration where a cell's outcome depends on it: Initial + a, and the preempt ("PRE") cells. */
  enum Variant {
    PLAIN(null, r -> r, 0, null),
    VIRTUAL_IP_CONFIGURED("virtual IP configured", r -> r.withVirtualIpConfigured(true), 0, Cell.of("AB", LISTEN)),
    VIRTUAL_IP_NOT_CONFIGURED("no virtual IP", r -> r.withVirtualIpConfigured(false), 0, Cell.of("AB", LEARN)),
    // PRIMER: "PRE = with preempt: BGFI, ACTIVE (a coup); without preempt: A, ="
    PREEMPT("preempt", r -> r.withPreempt(true, 0), 0, Cell.of("BGFI", ACTIVE)),
    NO_PREEMPT("no preempt", r -> r.withPreempt(false, 0), 0, Cell.of("A", null)),
    PREEMPT_DELAY_PENDING("preempt, delay " + PREEMPT_DELAY_LEFT + " s left", r -> r.withPreempt(true, 30),
        PREEMPT_DELAY_LEFT, Cell.of("A", null));

    private final String label;
    private final UnaryOperator<HsrpRouter> configure;
    private final int preemptDelayLeft;
    private final Cell outcome;

    Variant(String label, UnaryOperator<HsrpRouter> configure, int preemptDelayLeft, Cell outcome) {
      this.label = label;
      this.configure = configure;
      this.preemptDelayLeft = preemptDelayLeft;
      this.outcome = outcome;
    }
  }

  record CellCase(TableUnderTest table, Entry entry, Variant variant) {

    HsrpEvent event() {
      return entry.event();
    }

    /** The cell as it applies to this case: the table's own, or what a PRE / Listen-or-Learn cell resolves to. */
    Cell expected() {
      return variant.outcome == null ? entry.cell() : variant.outcome;
    }

    /**
     * The lab running this case's table. IOS's Hello on entering Speak, Standby or Active is in neither table
     * ({@link io.havpn.model.lab.Options#helloOnStateChange()}): the cell tests turn it off, so that Hellos go out
     * exactly where a cell says F; it has a test of its own.
     */
    Lab lab(boolean helloOnStateChange) {
      Lab lab = SEED_PLUS_OFFLINE.withOptions(SEED_PLUS_OFFLINE.options()
          .withResignOnDisplacement(table.resignOnDisplacement)
          .withHelloOnStateChange(helloOnStateChange));
      return lab.withRouter(lab.router(ME).name(), variant.configure);
    }

    @Override
    public String toString() {
      String name = table.name().toLowerCase() + ": " + entry;
      return variant.label == null ? name : name + " [" + variant.label + ": " + expected().rfcText() + "]";
    }
  }

  // ---- building states ----

  /** A mutable {@link RouterState} for building states by hand. */
  static final class RouterSpec {
    HsrpState hsrp;
    int interfacesUp = 0b11;
    int priority;
    int activeTimer = STOPPED;
    int standbyTimer = STOPPED;
    int helloTimer = STOPPED;
    int interfaceDelay = STOPPED;
    int preemptDelay;
    int knownActive = UNKNOWN;
    int knownStandby = UNKNOWN;

    /**
     * Router {@code self} in {@code state}: in Initial with nothing running, otherwise with its active, standby and
     * hello timers running, knowing itself as Active or Standby when it is one.
     */
    static RouterSpec in(HsrpState state, int priority, int self) {
      RouterSpec spec = new RouterSpec();
      spec.hsrp = state;
      spec.priority = priority;
      if (state != INITIAL) {
        spec.activeTimer = ACTIVE_LEFT;
        spec.standbyTimer = STANDBY_LEFT;
        spec.helloTimer = HELLO_LEFT;
      }
      spec.knownActive = state == ACTIVE ? self : UNKNOWN;
      spec.knownStandby = state == STANDBY ? self : UNKNOWN;
      return spec;
    }

    RouterState build() {
      return new RouterState(hsrp, interfacesUp, priority, activeTimer, standbyTimer, helloTimer, interfaceDelay,
          preemptDelay, knownActive, knownStandby, false, false);
    }
  }

  /**
   * Router 0 in the cell's state; router 1 its peer (Standby when router 0 is Active, else Active, unless it sends a
   * packet from another state); router 2 in Initial with its HSRP interface down. The virtual MAC is at the Active one.
   */
  static final class Setup {
    final CellCase cell;
    final Lab lab;
    final VpnHaModel model;
    final RouterSpec me;
    final RouterSpec peer;
    final RouterSpec offline;
    HsrpMessage inFlight;

    Setup(CellCase cell) {
      this(cell, false);
    }

    Setup(CellCase cell, boolean helloOnStateChange) {
      this.cell = cell;
      this.lab = cell.lab(helloOnStateChange);
      this.model = new VpnHaModel(lab);
      assertThat(model.table().entries()).as("the model runs the case's table")
          .isEqualTo(cell.table().table().entries());
      HsrpState state = cell.entry().state();
      me = RouterSpec.in(state, OWN_PRIORITY, ME);
      me.preemptDelay = cell.variant().preemptDelayLeft;
      peer = RouterSpec.in(state == ACTIVE ? STANDBY : ACTIVE, LOWER, PEER);
      offline = RouterSpec.in(INITIAL, lab.router(OFFLINE).priority(), OFFLINE);
      offline.interfacesUp = 1 << HsrpRouter.INSIDE_INTERFACE;
    }

    /**
     * Sets up the cell's event the way the model receives it and returns the action that delivers it: a due timer
     * (only the one tested, see {@link io.havpn.model.lab.Options.ExpiryOrder}), the HSRP interface going down, or a
     * packet from router 1 in flight to router 0.
     */
    Action prepareEvent() {
      HsrpEvent event = cell.event();
      return switch (event) {
        case A_HSRP_ENABLED -> {
          me.interfaceDelay = 0;
          yield new InterfaceDelayExpired(ME);
        }
        case B_HSRP_DISABLED -> new InterfaceDown(ME, HsrpRouter.HSRP_INTERFACE);
        case C_ACTIVE_TIMER_EXPIRED -> {
          me.activeTimer = 0;
          yield new ActiveTimerExpired(ME);
        }
        case D_STANDBY_TIMER_EXPIRED -> {
          me.standbyTimer = 0;
          yield new StandbyTimerExpired(ME);
        }
        case E_HELLO_TIMER_EXPIRED -> {
          me.helloTimer = 0;
          yield new HelloTimerExpired(ME);
        }
        case F_HELLO_HIGHER_PRI_SPEAK, G_HELLO_HIGHER_PRI_ACTIVE, H_HELLO_LOWER_PRI_ACTIVE, K_HELLO_HIGHER_PRI_STANDBY,
            L_HELLO_LOWER_PRI_STANDBY -> peerSends(Kind.HELLO, helloSenderState(event), helloSenderPriority(event));
        case I_RESIGN_RECEIVED -> {
          // router 0 knew router 1 as Active; router 1 gives up Active (ABH), and its Resign says so
          me.knownActive = PEER;
          yield peerSends(Kind.RESIGN, ACTIVE, LOWER);
        }
        // a coup is sent by a router that has just made itself Active (BGFI)
        case J_COUP_HIGHER_PRI -> peerSends(Kind.COUP, ACTIVE, HIGHER);
      };
    }

    /** Router 1, in {@code state} with {@code priority}, has sent a packet to router 0 that is still in flight. */
    private Action peerSends(Kind kind, HsrpState state, int priority) {
      peer.hsrp = state;
      peer.priority = priority;
      inFlight = new HsrpMessage(kind, state, priority);
      return new MessageDelivered(PEER, ME);
    }

    /** Triggers the cell's event. */
    Outcome fire() {
      return take(prepareEvent());
    }

    SystemState state() {
      SystemState initial = model.initial();
      List<List<HsrpMessage>> channels = new ArrayList<>(initial.channels());
      if (inFlight != null) {
        channels.set(PEER * lab.routerCount() + ME, List.of(inFlight));
      }
      int vipOwner = me.hsrp == ACTIVE ? ME : peer.hsrp == ACTIVE ? PEER : NOBODY;
      return new SystemState(List.of(me.build(), peer.build(), offline.build()), channels, vipOwner, false,
          initial.remote(), initial.ospfNextHops(), 0, 0);
    }

    /** Takes {@code action} through {@link VpnHaModel#step}, which also checks that it is enabled. */
    Outcome take(Action action) {
      SystemState before = state();
      return new Outcome(this, before, model.step(before, action));
    }
  }

  record Outcome(Setup setup, SystemState before, Step step) {

    RouterState me() {
      return step.next().router(ME);
    }

    void assertCellTookEffect() {
      Cell cell = setup.cell.expected();
      HsrpEvent event = setup.cell.event();
      RouterState was = before.router(ME);
      RouterState now = me();
      SystemState next = step.next();
      HsrpState to = cell.next() == null ? was.hsrp() : cell.next();

      assertThat(now.hsrp()).as("next state").isEqualTo(to);
      assertStateChangeAnnounced(was.hsrp(), to, event);

      // A / C, B / D; the expiry of a timer stops it even where the cell does not say C or D, and a router that
      // becomes Active runs no active timer (the coup cell BGFI has no C)
      boolean becameActive = to == ACTIVE && was.hsrp() != ACTIVE;
      assertThat(now.activeTimer()).as("active timer (A starts it, C stops it)")
          .isEqualTo(becameActive ? STOPPED : timerAfter(
          cell.has(A_START_ACTIVE_TIMER), cell.has(C_STOP_ACTIVE_TIMER), was.activeTimer(),
          event == HsrpEvent.C_ACTIVE_TIMER_EXPIRED));
      assertThat(now.standbyTimer()).as("standby timer (B starts it, D stops it)").isEqualTo(timerAfter(
          cell.has(B_START_STANDBY_TIMER), cell.has(D_STOP_STANDBY_TIMER), was.standbyTimer(),
          event == HsrpEvent.D_STANDBY_TIMER_EXPIRED));

      // E: learn from the Active router's Hello; packets from a router on its way to Active (h, j) teach it too
      if (cell.has(E_LEARN_PARAMETERS)) {
        assertThat(now.knownActive()).as("E: Active router learnt").isEqualTo(PEER);
      } else if (!Set.of(HsrpEvent.G_HELLO_HIGHER_PRI_ACTIVE, HsrpEvent.H_HELLO_LOWER_PRI_ACTIVE,
          HsrpEvent.J_COUP_HIGHER_PRI).contains(event)) {
        assertThat(now.knownActive()).as("no E: Active router not learnt").isNotEqualTo(PEER);
      }
      if (to == ACTIVE) {
        assertThat(now.knownActive()).as("Active router is local").isEqualTo(ME);
      } else if (to == INITIAL) {
        assertThat(now.knownActive()).as("Active router is unknown in Initial").isEqualTo(UNKNOWN);
      }

      // F / G / H: multicast to every router whose HSRP interface is up, carrying the new state; none when down
      List<HsrpMessage> sent = new ArrayList<>();
      if (now.hsrpInterfaceUp()) {
        addIf(sent, cell.has(G_SEND_COUP), new HsrpMessage(Kind.COUP, to, now.priority()));
        addIf(sent, cell.has(F_SEND_HELLO), new HsrpMessage(Kind.HELLO, to, now.priority()));
        addIf(sent, cell.has(H_SEND_RESIGN), new HsrpMessage(Kind.RESIGN, was.hsrp(), now.priority()));
      }
      assertThat(next.channel(ME, PEER)).as("F/G/H: packets to router 1").containsExactlyInAnyOrderElementsOf(sent);
      assertThat(next.channel(ME, OFFLINE)).as("packets to router 2, whose HSRP interface is down").isEmpty();
      assertThat(next.channel(PEER, ME)).as("the packet to router 0 was taken").isEmpty();

      // I: gratuitous ARP moves the virtual MAC to router 0; otherwise it stays, unless router 0's port went down
      int vipOwnerWithoutArp = !now.hsrpInterfaceUp() && before.vipOwner() == ME ? NOBODY : before.vipOwner();
      assertThat(next.vipOwner()).as("I: virtual IP owner")
          .isEqualTo(cell.has(I_SEND_GRATUITOUS_ARP) ? ME : vipOwnerWithoutArp);
    }

    private void assertStateChangeAnnounced(HsrpState from, HsrpState to, HsrpEvent event) {
      Lab lab = setup.lab;
      List<Observation> changes = step.observations().stream()
          .filter(o -> o instanceof HsrpStateChanged && o.device().equals(lab.router(ME).name())).toList();
      if (from == to) {
        assertThat(changes).as("state change announced").isEmpty();
      } else {
        assertThat(changes).as("state change announced").containsExactly(new HsrpStateChanged(lab.router(ME).name(),
            lab.router(ME).hsrpInterface().name(), lab.group().number(), lab.group().name(), from, to, event));
      }
    }

    private static int timerAfter(boolean start, boolean stop, int before, boolean expired) {
      if (start) {
        return HOLD;
      }
      return stop || expired ? STOPPED : before;
    }

    private static void addIf(List<HsrpMessage> messages, boolean condition, HsrpMessage message) {
      if (condition) {
        messages.add(message);
      }
    }
  }

  /** The seed lab plus 7204VXR-3, which the tests keep in Initial with its HSRP interface down. */
  private static Lab seedLabPlusOfflineRouter() {
    Lab seed = SeedLab.lab();
    HsrpRouter third = new HsrpRouter("7204VXR-3",
        List.of(Interface.of("FastEthernet0/0", "172.16.172.55", 28), Interface.of("FastEthernet0/1", "10.1.1.4", 24)),
        HsrpRouter.DEFAULT_PRIORITY, false, 0, true, List.of(), null, false, false);
    List<HsrpRouter> routers = new ArrayList<>(seed.routers());
    routers.add(third);
    return new Lab(seed.name() + "-plus-offline-router", seed.group(), routers, seed.remote(), seed.internal(),
        seed.options());
  }
}
