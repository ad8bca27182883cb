package io.havpn.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.cli.report.HsrpStateDiagramProbe;
import io.havpn.model.hsrp.HsrpTable;
import io.havpn.model.lab.DesignMistake;
import io.havpn.model.lab.SeedLab;
import org.junit.jupiter.api.Test;

class DiagramsTest {

  @Test
  void everyCellOfTheModelsTableIsInTheStateDiagramOrItsStayList() {
    for (HsrpTable table : new HsrpTable[] {HsrpTable.rfc2281(), HsrpTable.ios()}) {
      String drawn = HsrpStateDiagramProbe.everything(table);
      for (HsrpTable.Entry entry : table.entries()) {
        String cell = entry.event().letter() + ": " + (entry.cell().preemptCell() ? "PRE"
            : HsrpStateDiagramProbe.letters(entry.cell()));
        assertThat(drawn).as(entry.toString()).contains(cell);
      }
    }
  }

  @Test
  void theStateDiagramMarksWhereIosDepartsFromTheRfc() {
    assertThat(HsrpStateDiagramProbe.everything(HsrpTable.ios())).contains("g: ABH*<");
    assertThat(HsrpStateDiagramProbe.everything(HsrpTable.rfc2281())).contains("g: AB<").doesNotContain("*");
  }

  @Test
  void theTopologyShowsWhatTheLabSaysMistakeIncluded() {
    String seed = HsrpStateDiagramProbe.topology(SeedLab.lab());
    assertThat(seed).contains("7204VXR-1", "7204VXR-2", "vpn7200", "7206-1", "virtual IP 172.16.172.53",
        "set peer 172.16.172.53 (the virtual IP)", "track FastEthernet0/1 150", "redundancy VPNHA (the group)");
    assertThat(HsrpStateDiagramProbe.topology(DesignMistake.PEER_REAL_ADDRESS.apply(SeedLab.lab())))
        .contains("set peer 172.16.172.52 (not the virtual IP)");
    assertThat(HsrpStateDiagramProbe.topology(DesignMistake.REDUNDANCY_NAME_MISMATCH.apply(SeedLab.lab())))
        .contains("redundancy VPN-HA (not the group&#39;s name)");
    assertThat(HsrpStateDiagramProbe.topology(DesignMistake.NO_KEEPALIVE.apply(SeedLab.lab())))
        .contains("no crypto isakmp keepalive");
  }
}
