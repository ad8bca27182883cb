package io.havpn.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.havpn.model.lab.Lab;
import io.havpn.model.lab.SeedLab;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lab built from the configurations is the model's built-in lab, and a lab that cannot be built says why. */
class LabImportTest {

  @Test
  void theSeedLabsConfigsBuildTheBuiltInLab() throws ConfigException {
    Lab imported = LabImport.fromFiles(List.of(SeedConfigs.DIRECTORY));
    assertThat(imported).isEqualTo(SeedLab.lab());
  }

  @Test
  void theDocumentsRunTogetherConfigsBuildTheSameLab() throws ConfigException {
    List<RouterConfig> configs = ConfigParser.parse("technote", SeedConfigs.documentForm()).configs();
    assertThat(LabImport.build("seed-lab", configs)).isEqualTo(SeedLab.lab());
  }

  @Test
  void theOrderOfTheFilesDecidesTheRoutersOrderOnly() throws ConfigException {
    List<RouterConfig> reversed = new ArrayList<>();
    for (String name : List.of("vpn7200", "7206-1", "7204VXR-2", "7204VXR-1")) {
      reversed.add(SeedConfigs.parse(name));
    }
    Lab lab = LabImport.build("seed-lab", reversed);
    assertThat(lab.routerNames()).containsExactly("7204VXR-2", "7204VXR-1");
    assertThat(lab.remote()).isEqualTo(SeedLab.lab().remote());
    assertThat(lab.internal()).isEqualTo(SeedLab.lab().internal());
  }

  @Test
  void redistributeStaticWithoutSubnetsDoesNotCarryTheRemoteSubnet() throws ConfigException {
    Lab lab = labWith("7204VXR-2", "redistribute static subnets", "redistribute static");
    assertThat(lab.router(1).redistributeStatic()).isFalse();
    assertThat(lab.router(0).redistributeStatic()).isTrue();
  }

  @Test
  void timersKeepaliveAndPreemptDelayAreRead() throws ConfigException {
    List<RouterConfig> configs = new ArrayList<>();
    configs.add(ConfigParser.parseOne("a.cfg", SeedConfigs.text("7204VXR-1")
        .replace(" standby 1 preempt\n", " standby 1 preempt delay minimum 7\n standby 1 timers 1 4\n")));
    configs.add(ConfigParser.parseOne("b.cfg", SeedConfigs.text("7204VXR-2")));
    configs.add(ConfigParser.parseOne("c.cfg", SeedConfigs.text("vpn7200")
        .replace("crypto isakmp keepalive 10", "crypto isakmp keepalive 15 3 periodic")));
    configs.add(SeedConfigs.parse("7206-1"));
    Lab lab = LabImport.build("x", configs);
    assertThat(lab.group().helloTime()).isEqualTo(1);
    assertThat(lab.group().holdTime()).isEqualTo(4);
    assertThat(lab.router(0).preemptDelay()).isEqualTo(7);
    assertThat(lab.remote().keepalive().interval()).isEqualTo(15);
    assertThat(lab.remote().keepalive().retry()).isEqualTo(3);
    assertThat(lab.remote().keepalive().mode()).isEqualTo(io.havpn.model.lab.Keepalive.Mode.PERIODIC);
  }

  @Test
  void withoutTheRemoteTheErrorSaysWhatIsMissing() throws ConfigException {
    List<RouterConfig> configs = List.of(SeedConfigs.parse("7204VXR-1"), SeedConfigs.parse("7204VXR-2"),
        SeedConfigs.parse("7206-1"));
    assertThatThrownBy(() -> LabImport.build("x", configs)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("7204VXR-1.cfg:1: no remote peer");
  }

  @Test
  void aTrackOfAnUnconfiguredInterfaceNamesTheTrackLine() throws ConfigException {
    List<RouterConfig> configs = new ArrayList<>();
    configs.add(ConfigParser.parseOne("a.cfg", SeedConfigs.text("7204VXR-1")
        .replace("standby 1 track FastEthernet0/1 150", "standby 1 track Serial9/9 150")));
    for (String name : List.of("7204VXR-2", "vpn7200", "7206-1")) {
      configs.add(SeedConfigs.parse(name));
    }
    assertThatThrownBy(() -> LabImport.build("x", configs)).isInstanceOf(ConfigException.class)
        .hasMessage("a.cfg:60: tracked interface Serial9/9 is not configured on 7204VXR-1");
  }

  @Test
  void theLabIsNamedAfterTheFolderThatHoldsTheConfigs() {
    assertThat(LabImport.labName(List.of(SeedConfigs.DIRECTORY))).isEqualTo("seed-lab");
    assertThat(LabImport.labName(List.of(SeedConfigs.file("vpn7200"), SeedConfigs.file("7206-1"))))
        .isEqualTo("configs");
  }

  private static Lab labWith(String router, String from, String to) throws ConfigException {
    List<RouterConfig> configs = new ArrayList<>();
    for (String name : SeedConfigs.NAMES) {
      String text = SeedConfigs.text(name);
      configs.add(ConfigParser.parseOne(name + ".cfg", name.equals(router) ? text.replace(from, to) : text));
    }
    return LabImport.build("x", configs);
  }
}
