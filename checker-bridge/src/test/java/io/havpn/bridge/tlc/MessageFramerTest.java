package io.havpn.bridge.tlc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageFramerTest {

  private final List<TlcMessage> messages = new ArrayList<>();
  private final List<String> unframed = new ArrayList<>();
  private final MessageFramer framer = new MessageFramer(new MessageFramer.Sink() {
    @Override
    public void message(TlcMessage message) {
      messages.add(message);
    }

    @Override
    public void unframed(String line) {
      unframed.add(line);
    }
  });

  private void feed(String... lines) {
    for (String line : lines) {
      framer.line(line);
    }
  }

  @Test
  void framesBecomeMessagesWithCodeKindAndBody() {
    feed("@!@!@STARTMSG 2110:1 @!@!@", "Invariant Small is violated.", "", "@!@!@ENDMSG 2110 @!@!@");

    assertThat(messages).containsExactly(new TlcMessage(2110, 1, "Invariant Small is violated."));
    assertThat(unframed).isEmpty();
  }

  @Test
  void linesOutsideFramesAreKeptUnframed() {
    feed("<<\"step\", 0>>", "@!@!@STARTMSG 2185:0 @!@!@", "Starting...", "@!@!@ENDMSG 2185 @!@!@", "");

    assertThat(unframed).containsExactly("<<\"step\", 0>>", "");
    assertThat(messages).hasSize(1);
  }

  @Test
  void aFrameOpenedInTheMiddleOfALineNestsInsideTheOpenOne() {
    feed("@!@!@STARTMSG 1000:1 @!@!@", "The exception was a tlc2.tool.ConfigFileException",
        ": @!@!@STARTMSG 5006:0 @!@!@", "TLC found an error in the configuration file at line 4",
        "@!@!@ENDMSG 5006 @!@!@", "@!@!@ENDMSG 1000 @!@!@");

    assertThat(messages).hasSize(1);
    TlcMessage outer = messages.get(0);
    assertThat(outer.body()).isEqualTo("The exception was a tlc2.tool.ConfigFileException\n: ");
    assertThat(outer.nested()).containsExactly(
        new TlcMessage(5006, 0, "TLC found an error in the configuration file at line 4"));
    assertThat(outer.fullText()).endsWith(": \nTLC found an error in the configuration file at line 4");
  }

  @Test
  void aMessageCutOffByAKillIsStillDelivered() {
    feed("@!@!@STARTMSG 2217:4 @!@!@", "1: <Initial predicate>", "/\\ x = 0");
    framer.finish();

    assertThat(messages).containsExactly(new TlcMessage(2217, 4, "1: <Initial predicate>\n/\\ x = 0"));
  }

  @Test
  void anEndMarkerWithoutItsStartIsText() {
    feed("@!@!@ENDMSG 2186 @!@!@");

    assertThat(unframed).containsExactly("@!@!@ENDMSG 2186 @!@!@");
    assertThat(messages).isEmpty();
  }
}
