package io.havpn.traces.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The replay search's deduplication: which later arrivals at a node are searched from, and what is remembered. */
class SeenTest {

  @Test
  void anArrivalWithNoFewerLossesAndNoFewerStepsSinceProgressIsDroppedInBothSearches() {
    for (boolean exact : new boolean[] {false, true}) {
      LogReplay.Seen<String> seen = new LogReplay.Seen<>(exact);
      assertThat(seen.add("node", 1, 3)).isTrue();
      assertThat(seen.add("node", 1, 3)).isFalse();
      assertThat(seen.add("node", 2, 3)).isFalse();
      assertThat(seen.add("node", 1, 4)).isFalse();
      assertThat(seen.droppedBetter()).isFalse();
    }
  }

  @Test
  void theFastSearchDropsAShorterLaterPathButRemembersItDid() {
    LogReplay.Seen<String> seen = new LogReplay.Seen<>(false);
    seen.add("node", 0, 6); // the first path found took six unlogged steps
    assertThat(seen.add("node", 0, 2)).isFalse();
    assertThat(seen.droppedBetter()).isTrue();
  }

  @Test
  void theExactSearchKeepsAShorterLaterPathAndWhatItBeats() {
    LogReplay.Seen<String> seen = new LogReplay.Seen<>(true);
    seen.add("node", 0, 6);
    assertThat(seen.add("node", 0, 2)).isTrue(); // it may reach the next line within the bound where the first cannot
    assertThat(seen.add("node", 0, 4)).isFalse(); // beaten by the shorter one
    assertThat(seen.droppedBetter()).isFalse();
  }

  @Test
  void inTheExactSearchArrivalsBetterOnOneBoundEachAreBothKept() {
    LogReplay.Seen<String> seen = new LogReplay.Seen<>(true);
    seen.add("node", 0, 5);
    assertThat(seen.add("node", 1, 0)).isTrue();
    assertThat(seen.add("node", 0, 3)).isTrue(); // fewer steps than the first, fewer losses than the second
    assertThat(seen.add("node", 1, 1)).isFalse();
    assertThat(seen.add("node", 0, 4)).isFalse();
    assertThat(seen.add("other", 0, 4)).isTrue();
    assertThat(seen.size()).isEqualTo(2);
  }
}
