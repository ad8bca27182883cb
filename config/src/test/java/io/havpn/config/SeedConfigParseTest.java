package io.havpn.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.config.RouterConfig.InterfaceConfig;
import io.havpn.config.RouterConfig.StandbyGroup;
import io.havpn.model.lab.Ipv4;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The source document's four configurations parse, every design line is understood, and every line is accounted. */
class SeedConfigParseTest {

  /** Commands that carry nothing an HA VPN design depends on: the only ones left as not modelled. */
  private static final Set<String> NOT_DESIGN = Set.of("version", "service", "no service", "boot-start-marker",
      "boot-end-marker", "boot system", "no aaa", "ip subnet-zero", "no ip domain", "ip host", "ip cef", "ip classless",
      "no ip http", "no ip source-route", "line", "exec-timeout", "stopbits", "login", "transport", "duplex", "speed",
      "no atm", "ip directed-broadcast", "log-adjacency-changes");

  @Test
  void sevenTwoOhFourVxrOneReadsAsTheDocumentDescribesIt() throws ConfigException {
    RouterConfig vxr1 = SeedConfigs.parse("7204VXR-1");
    assertThat(vxr1.name()).isEqualTo("7204VXR-1");
    InterfaceConfig outside = vxr1.interfaceNamed("Fa0/0").orElseThrow();
    assertThat(outside.address().address()).isEqualTo(Ipv4.parse("172.16.172.52"));
    assertThat(outside.address().subnet().length()).isEqualTo(28);
    StandbyGroup group = outside.standbyGroup(1).orElseThrow();
    assertThat(group.ip().value()).isEqualTo(Ipv4.parse("172.16.172.53"));
    assertThat(group.ip().at().line()).isEqualTo(56);
    assertThat(group.effectivePriority()).isEqualTo(200);
    assertThat(group.preempt().at().line()).isEqualTo(58);
    assertThat(group.name().value()).isEqualTo("VPNHA");
    assertThat(group.tracks()).singleElement().satisfies(t -> {
      assertThat(t.interfaceName()).isEqualTo("FastEthernet0/1");
      assertThat(t.decrement()).isEqualTo(150);
      assertThat(t.at().line()).isEqualTo(60);
    });
    assertThat(outside.cryptoMap().map()).isEqualTo("vpn");
    assertThat(outside.cryptoMap().redundancy().value()).isEqualTo("VPNHA");
    assertThat(vxr1.cryptoMap("vpn")).singleElement().satisfies(e -> {
      assertThat(e.peers()).extracting(p -> p.value().toString()).containsExactly("172.16.172.69");
      assertThat(e.transformSets()).extracting(Located::value).containsExactly("myset");
      assertThat(e.matchAddress().value()).isEqualTo("101");
      assertThat(e.reverseRoute().at().line()).isEqualTo(41);
    });
    assertThat(vxr1.transformSet("myset").orElseThrow().transforms()).containsExactly("esp-des", "esp-md5-hmac");
    assertThat(vxr1.accessList("101").orElseThrow().permits()).hasSize(2);
    assertThat(vxr1.ospfProcesses()).singleElement().satisfies(o -> {
      assertThat(o.redistributeStatic().subnets()).isTrue();
      assertThat(o.networks()).singleElement().satisfies(n -> assertThat(n.prefix().toString()).isEqualTo("10.1.1.0/24"));
    });
    assertThat(vxr1.isakmpKeys()).singleElement().satisfies(k -> assertThat(k.address().toString())
        .isEqualTo("172.16.172.69"));
    assertThat(vxr1.staticRoutes()).singleElement().satisfies(r -> assertThat(r.prefix().toString())
        .isEqualTo("172.16.172.64/28"));
    assertThat(vxr1.interfaceNamed("ATM1/0").orElseThrow().isShutdown()).isTrue();
  }

  @Test
  void defaultsAreLeftToIosDefaults() throws ConfigException {
    RouterConfig vxr2 = SeedConfigs.parse("7204VXR-2");
    StandbyGroup group = vxr2.interfaceNamed("FastEthernet0/0").orElseThrow().standbyGroup(1).orElseThrow();
    assertThat(group.priority()).isNull();
    assertThat(group.effectivePriority()).isEqualTo(100);
    assertThat(group.tracks()).singleElement().satisfies(t -> {
      assertThat(t.decrement()).isEqualTo(10);
      assertThat(t.defaultDecrement()).isTrue();
    });
    assertThat(group.helloMillis()).isEqualTo(3000);
    assertThat(group.holdMillis()).isEqualTo(10000);
    RouterConfig remote = SeedConfigs.parse("vpn7200");
    assertThat(remote.isakmpKeepalive().seconds()).isEqualTo(10);
    assertThat(remote.isakmpKeepalive().retry()).isZero();
    assertThat(remote.isakmpKeepalive().at().line()).isEqualTo(26);
  }

  @Test
  void everyDesignLineOfTheFourConfigsIsUnderstood() throws ConfigException {
    for (String router : SeedConfigs.NAMES) {
      RouterConfig config = SeedConfigs.parse(router);
      for (RouterConfig.NotModelled line : config.notModelled()) {
        assertThat(NOT_DESIGN.stream().anyMatch(prefix -> line.line().text().startsWith(prefix)))
            .as("%s is a design line left unmodelled", line).isTrue();
      }
    }
  }

  @Test
  void everyLineIsModelledCommentedOrListedAsNotModelled() throws Exception {
    for (String router : SeedConfigs.NAMES) {
      RouterConfig config = SeedConfigs.parse(router);
      List<Integer> accounted = new ArrayList<>();
      config.comments().forEach(c -> accounted.add(c.at().line()));
      config.notModelled().forEach(n -> accounted.add(n.line().at().line()));
      config.modelled().forEach(at -> accounted.add(at.line()));
      List<String> lines = Files.readAllLines(SeedConfigs.file(router));
      for (int n = 1; n <= lines.size(); n++) {
        if (!lines.get(n - 1).isBlank()) {
          assertThat(accounted).as("%s line %d: %s", router, n, lines.get(n - 1)).contains(n);
        }
      }
      assertThat(accounted).doesNotHaveDuplicates();
    }
  }

  @Test
  void theDocumentsRunTogetherConfigurationsSplitIntoTheSavedShowRunLines() throws ConfigException {
    ConfigText text = ConfigText.read("technote", SeedConfigs.documentForm());
    List<String> routers = List.of("vpn7200", "7204VXR-1", "7204VXR-2", "7206-1"); // the document's order
    assertThat(text.blocks()).hasSize(4);
    for (int i = 0; i < routers.size(); i++) {
      List<String> saved = SeedConfigs.text(routers.get(i)).lines().filter(l -> !l.isBlank()).map(String::strip)
          .toList();
      assertThat(text.blocks().get(i).lines()).extracting(ConfigLine::text).as(routers.get(i))
          .containsExactlyElementsOf(saved);
      assertThat(text.blocks().get(i).ended()).isTrue();
    }
    // the table markup around the configurations is skipped, with the reason
    assertThat(text.skipped()).extracting(s -> s.line().text()).contains("---|", "|", "Cisco 7204VXR-1 Configuration |");
  }

  @Test
  void theDocumentFormParsesToTheSameConfigurationsAsTheSavedFiles() throws ConfigException {
    List<RouterConfig> document = ConfigParser.parse("technote", SeedConfigs.documentForm()).configs();
    assertThat(document).extracting(RouterConfig::name).containsExactly("vpn7200", "7204VXR-1", "7204VXR-2", "7206-1");
    for (RouterConfig fromDocument : document) {
      RouterConfig saved = SeedConfigs.parse(fromDocument.name());
      assertThat(WithoutLocations.of(fromDocument)).as(fromDocument.name()).isEqualTo(WithoutLocations.of(saved));
    }
  }

  @Test
  void theWholeSourceDocumentYieldsItsFourConfigurations() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(SeedConfigs.DOCUMENT), "the source document is not beside the repo");
    ConfigParser.ParsedFile parsed = ConfigParser.parse(SeedConfigs.DOCUMENT.toString(),
        Files.readString(SeedConfigs.DOCUMENT));
    assertThat(parsed.configs()).extracting(RouterConfig::name)
        .containsExactly("vpn7200", "7204VXR-1", "7204VXR-2", "7206-1");
    assertThat(parsed.skipped()).isNotEmpty().allSatisfy(s -> assertThat(s.reason()).isNotBlank());
  }
}
