package io.havpn.bridge.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.havpn.model.Action;
import io.havpn.model.SystemState;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One vocabulary: the Java model's actions (with their parameters) and state components are the spec's actions and
 * variables, and the spec's header comment lists them. A name on one side only fails here.
 */
class CorrespondenceTest {

  private static final String SPEC = LabCheck.specText();

  /** Java: each Action record's name and its components' names. */
  private static Map<String, List<String>> javaActions() {
    Map<String, List<String>> actions = new LinkedHashMap<>();
    for (Class<?> type : Action.class.getPermittedSubclasses()) {
      actions.put(type.getSimpleName(),
          Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
    }
    return actions;
  }

  /** TLA+: the actions the Next relation is made of (definitions that Commit a next world), with their parameters. */
  private static Map<String, List<String>> specActions() {
    Matcher next = Pattern.compile("(?ms)^Next ==(.*?)^\\S").matcher(SPEC);
    assertThat(next.find()).as("Next in VpnHa.tla").isTrue();
    Map<String, List<String>> actions = new LinkedHashMap<>();
    Matcher used = Pattern.compile("\\b([A-Z]\\w+)\\b").matcher(next.group(1));
    while (used.find()) {
      Matcher definition =
          Pattern.compile("(?ms)^" + used.group(1) + "(?:\\(([^)]*)\\))? ==(.*?)(?=^\\S)").matcher(SPEC);
      if (definition.find() && definition.group(2).contains("Commit(")) {
        String parameters = definition.group(1);
        actions.put(used.group(1), parameters == null ? List.of() : List.of(parameters.split(",\\s*")));
      }
    }
    return actions;
  }

  @Test
  void everyJavaActionIsASpecActionWithTheSameParameters() {
    assertThat(specActions()).isEqualTo(javaActions());
  }

  @Test
  void everyStateComponentIsASpecVariable() {
    Matcher variables = Pattern.compile("(?m)^VARIABLES (.*)$").matcher(SPEC);
    assertThat(variables.find()).isTrue();
    List<String> spec = List.of(variables.group(1).trim().split(",\\s*"));
    List<String> java = Arrays.stream(SystemState.class.getRecordComponents()).map(RecordComponent::getName).toList();
    assertThat(spec).isEqualTo(java).isEqualTo(StateCodec.VARIABLES);
  }

  @Test
  void theSpecsHeaderListsEveryActionAndVariable() {
    String header = SPEC.substring(0, SPEC.indexOf("EXTENDS"));
    javaActions().forEach((name, parameters) -> assertThat(header)
        .contains(parameters.isEmpty() ? name : name + "(" + String.join(", ", parameters) + ")"));
    StateCodec.VARIABLES.forEach(variable -> assertThat(header).contains(variable));
  }
}
