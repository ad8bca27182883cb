package io.havpn.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A configuration file cut into its configurations and their commands. A file holds one configuration, or several,
 * each starting at a {@code host#show run} prompt and ending at {@code end} (the source document holds four, between
 * prose). Text outside every configuration is kept as skipped, with the reason. Lines that run many commands together
 * are split by {@link RunTogetherSplitter}.
 */
public final class ConfigText {

  private static final Pattern PROMPT = Pattern.compile("^\\S+#\\s*(show|sh)\\s+run\\S*.*");

  /** The commands of one configuration; {@code framed} when it started at a {@code show run} prompt. */
  public record Block(List<ConfigLine> lines, boolean framed, boolean ended) {
    public Block {
      lines = List.copyOf(lines);
    }
  }

  /** Text that is not part of any configuration, and why it was skipped. */
  public record Skipped(ConfigLine line, String reason) {
    @Override
    public String toString() {
      return line.at() + ": skipped (" + reason + "): " + line.text();
    }
  }

  private final List<Block> blocks;
  private final List<Skipped> skipped;

  private ConfigText(List<Block> blocks, List<Skipped> skipped) {
    this.blocks = List.copyOf(blocks);
    this.skipped = List.copyOf(skipped);
  }

  public List<Block> blocks() {
    return blocks;
  }

  public List<Skipped> skipped() {
    return skipped;
  }

  /**
   * @throws ConfigException when the text is not configuration text at all (control characters, binary data)
   */
  public static ConfigText read(String file, String text) throws ConfigException {
    List<ConfigLine> units = new ArrayList<>();
    String[] physical = text.split("\r\n|\r|\n", -1);
    List<ConfigException.Problem> problems = new ArrayList<>();
    for (int n = 0; n < physical.length; n++) {
      String line = physical[n];
      int bad = controlCharacter(line);
      if (bad >= 0) {
        problems.add(new ConfigException.Problem(new Location(file, n + 1, bad + 1), String.format(
            "control character U+%04X: this is not configuration text (expected a saved 'show run')",
            (int) line.charAt(bad))));
        if (problems.size() >= 5) {
          break; // a binary file: five are enough to say so
        }
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      if (RunTogetherSplitter.isRunTogether(line)) {
        units.addAll(RunTogetherSplitter.split(file, n + 1, line));
      } else {
        int indent = 0;
        while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
          indent++;
        }
        units.add(new ConfigLine(new Location(file, n + 1, 1), line.strip(), indent > 0));
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return group(units);
  }

  /** Cuts the commands into configurations: at prompts when there are any, else the whole file is one. */
  private static ConfigText group(List<ConfigLine> units) {
    List<Block> blocks = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    boolean prompts = units.stream().anyMatch(ConfigText::isPrompt);
    List<ConfigLine> current = prompts ? null : new ArrayList<>();
    boolean framed = false;
    for (ConfigLine unit : units) {
      if (isPrompt(unit)) {
        if (current != null) {
          blocks.add(new Block(current, framed, false)); // a configuration cut short by the next prompt
        }
        current = new ArrayList<>();
        current.add(unit);
        framed = true;
        continue;
      }
      if (current == null) {
        skipped.add(new Skipped(unit, blocks.isEmpty() ? "before the first configuration"
            : "after the end of a configuration"));
        continue;
      }
      current.add(unit);
      if (unit.text().equals("end") && !Boolean.TRUE.equals(unit.indented())) {
        blocks.add(new Block(current, framed, true));
        current = null;
      }
    }
    if (current != null && !current.isEmpty()) {
      blocks.add(new Block(current, framed, false));
    }
    return new ConfigText(blocks, skipped);
  }

  static boolean isPrompt(ConfigLine line) {
    return PROMPT.matcher(line.text()).matches();
  }

  /** Index of the first control character other than tab, or -1. */
  private static int controlCharacter(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f || c == '\uFFFD') {
        return i;
      }
    }
    return -1;
  }
}
