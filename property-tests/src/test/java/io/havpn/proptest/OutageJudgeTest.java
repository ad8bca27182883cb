package io.havpn.proptest;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.Property;
import org.junit.jupiter.api.Test;

class OutageJudgeTest {

  static final int BOUND_FROM = 100;
  static final int BOUND = 31;

  @Test
  void anOutageWithinTheBoundPasses() {
    OutageJudge judge = new OutageJudge(BOUND_FROM, BOUND);
    judge.outage(110, 110 + BOUND);
    assertThat(judge.violated(true)).isNull();
  }

  @Test
  void anOutageLongerThanTheBoundThatEndsViolatesFailoverBound() {
    OutageJudge judge = new OutageJudge(BOUND_FROM, BOUND);
    judge.outage(110, 110 + BOUND + 1);
    assertThat(judge.violated(true)).isEqualTo(Property.FAILOVER_BOUND.id());
    assertThat(judge.detail()).contains("for 32 s from 110 s", "bound 31 s");
    assertThat(judge.overranAt()).isEqualTo(110 + BOUND);
  }

  @Test
  void onlyThePartAfterTheBoundBeganCounts() {
    OutageJudge judge = new OutageJudge(BOUND_FROM, BOUND);
    judge.outage(20, BOUND_FROM + BOUND); // began while faults were still going on
    judge.outage(5, 60); // over before the bound began
    assertThat(judge.violated(true)).isNull();
  }

  @Test
  void aTunnelStillDownAtTheEndViolatesTunnelRestoredWhateverTheOutages() {
    assertThat(new OutageJudge(BOUND_FROM, BOUND).violated(false)).isEqualTo(Property.TUNNEL_RESTORED.id());
  }
}
