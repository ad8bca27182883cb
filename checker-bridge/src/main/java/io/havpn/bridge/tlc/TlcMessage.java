package io.havpn.bridge.tlc;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One framed {@code -tool} message: {@code @!@!@STARTMSG code:kind @!@!@}, body, {@code @!@!@ENDMSG code @!@!@}.
 * TLC sometimes frames a message inside another (an exception wrapping a config or overflow message); those are
 * {@link #nested()}, and their text is not repeated in {@link #body()}.
 *
 * @param code the message code (TLC's {@code EC} constants, see {@link MessageCode})
 * @param kind the message class: 0 info, 1 error, 2 TLC bug, 3 warning, 4 state
 * @param body the text between the markers, without trailing blank lines
 */
public record TlcMessage(int code, int kind, String body, List<TlcMessage> nested) {

  public static final int INFO = 0;
  public static final int ERROR = 1;
  public static final int BUG = 2;
  public static final int WARNING = 3;
  public static final int STATE = 4;

  public TlcMessage {
    nested = List.copyOf(nested);
  }

  public TlcMessage(int code, int kind, String body) {
    this(code, kind, body, List.of());
  }

  /** The body followed by the nested messages' text: what a person should read. */
  public String fullText() {
    if (nested.isEmpty()) {
      return body;
    }
    String inner = nested.stream().map(TlcMessage::fullText).collect(Collectors.joining("\n"));
    return body.isBlank() ? inner : body + "\n" + inner;
  }

  public List<String> lines() {
    return body.isEmpty() ? List.of() : List.of(body.split("\n", -1));
  }
}
