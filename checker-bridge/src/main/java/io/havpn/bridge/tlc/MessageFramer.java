package io.havpn.bridge.tlc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts TLC's {@code -tool} output into framed messages and unframed lines, as they arrive. Markers may sit in the
 * middle of a line and frames may nest (TLC prints a config error inside the exception message that wraps it).
 */
final class MessageFramer {

  /** Receives each top-level message when its end marker arrives, and each unframed line. */
  interface Sink {
    void message(TlcMessage message);

    void unframed(String line);
  }

  private static final Pattern MARKER =
      Pattern.compile("@!@!@STARTMSG (\\d+):(\\d+) @!@!@|@!@!@ENDMSG (\\d+) @!@!@");

  private final Sink sink;
  private final Deque<OpenMessage> open = new ArrayDeque<>();

  MessageFramer(Sink sink) {
    this.sink = sink;
  }

  void line(String line) {
    Matcher marker = MARKER.matcher(line);
    int textStart = 0;
    while (marker.find()) {
      text(line.substring(textStart, marker.start()), false);
      textStart = marker.end();
      if (marker.group(1) != null) {
        open.push(new OpenMessage(Integer.parseInt(marker.group(1)), Integer.parseInt(marker.group(2))));
      } else {
        close(Integer.parseInt(marker.group(3)), marker.group());
      }
    }
    text(line.substring(textStart), textStart == 0 || textStart < line.length());
  }

  /** Closes what the output left open (a killed TLC stops mid-message), so nothing read is lost. */
  void finish() {
    while (!open.isEmpty()) {
      OpenMessage last = open.peek();
      close(last.code, "");
    }
  }

  private void text(String text, boolean wholeLine) {
    if (text.isEmpty() && !wholeLine) {
      return;
    }
    if (open.isEmpty()) {
      sink.unframed(text);
    } else {
      open.peek().lines.add(text);
    }
  }

  private void close(int code, String marker) {
    if (open.stream().noneMatch(m -> m.code == code)) {
      text(marker, false);
      return;
    }
    TlcMessage message;
    do {
      message = open.pop().toMessage();
      if (!open.isEmpty()) {
        open.peek().nested.add(message);
      }
    } while (message.code() != code);
    if (open.isEmpty()) {
      sink.message(message);
    }
  }

  private static final class OpenMessage {
    final int code;
    final int kind;
    final List<String> lines = new ArrayList<>();
    final List<TlcMessage> nested = new ArrayList<>();

    OpenMessage(int code, int kind) {
      this.code = code;
      this.kind = kind;
    }

    TlcMessage toMessage() {
      int end = lines.size();
      while (end > 0 && lines.get(end - 1).isBlank()) {
        end--;
      }
      int start = 0;
      while (start < end && lines.get(start).isBlank()) {
        start++;
      }
      return new TlcMessage(code, kind, String.join("\n", lines.subList(start, end)), nested);
    }
  }
}
