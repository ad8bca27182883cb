package io.havpn.traces;

import io.havpn.model.Observation;
import io.havpn.traces.Classification.Noise;
import io.havpn.traces.Classification.Observed;
import io.havpn.traces.Classification.Skipped;
import io.havpn.traces.Classification.Unknown;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads log text into classified messages, streaming: physical lines (LF, CRLF or CR; at most {@link #MAX_LINE}
 * characters each, the rest reported as skipped), re-split and re-joined by {@link LogSplitter}, classified by
 * {@link IosLogParser}. Bytes that are not UTF-8 are replaced, and lines that look binary are reported, not parsed.
 *
 * <p>One piece of context spans lines: a {@code received packet ... QM_IDLE} followed by {@code processing NOTIFY
 * ITS_ALIVE} (or {@code R_U_THERE}) is the peer's own keepalive arriving, not an answer to ours, and the {@code sending
 * packet} that follows is this device's answer to it. The model does not simulate the HSRP routers' keepalives, so
 * both are noise with that reason. Such a {@code received packet} line is held back until its exchange shows which it
 * is.
 */
public final class LogReader {

  /** Longest physical line read; a longer one is cut there and the rest reported as skipped. */
  public static final int MAX_LINE = 1 << 20;
  /** Bytes (or characters, from a {@link Reader}) read at a time. */
  public static final int BUFFER = 1 << 16;

  private static final String PEER_KEEPALIVE = "the peer's own keepalive arriving; the model does not simulate the "
      + "HSRP routers' keepalives";
  private static final String KEEPALIVE_ANSWER = "this device answering the peer's keepalive; the model does not "
      + "simulate the HSRP routers' keepalives";

  /** Receives every message with its classification, and a break wherever a log's continuity ends. */
  public interface Sink {
    void accept(ParsedLine line);

    void logBreak();
  }

  /** Reads eight bytes of a byte array as one long (the byte order does not matter to {@code printable8}). */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final IosLogParser parser;

  public LogReader(IosLogParser parser) {
    this.parser = parser;
  }

  /**
   * Reads bytes as UTF-8, replacing malformed input. Lines of printable ASCII (almost every line of a log) are made
   * into strings straight from the bytes; only a line with other bytes goes through the UTF-8 decoder.
   */
  public void read(InputStream in, String source, String device, Sink sink) throws IOException {
    Pump pump = open(in, source, device, sink);
    while (pump.pump()) {
      // every buffer is read and classified into the sink
    }
  }

  /** @param device the device every line belongs to ({@code --device NAME=FILE}), or null */
  public void read(Reader in, String source, String device, Sink sink) throws IOException {
    Pump pump = open(in, source, device, sink);
    while (pump.pump()) {
      // every buffer is read and classified into the sink
    }
  }

  /** Opens an input to be read a buffer at a time, as a consumer needs more (bytes as UTF-8, as {@link #read}). */
  public Pump open(InputStream in, String source, String device, Sink sink) {
    return open(in, source, device, sink, BUFFER);
  }

  /**
   * @param bufferSize bytes read per {@link Pump#pump} (how far a lazy reader reads ahead)
   */
  public Pump open(InputStream in, String source, String device, Sink sink, int bufferSize) {
    return new Pump(null, in, source, device, sink, bufferSize);
  }

  /** Opens text already decoded (tests, strings): the same lines and messages as the same text read as UTF-8 bytes. */
  public Pump open(Reader in, String source, String device, Sink sink) {
    return open(in, source, device, sink, BUFFER);
  }

  /** @param bufferSize characters read per {@link Pump#pump} */
  public Pump open(Reader in, String source, String device, Sink sink, int bufferSize) {
    return new Pump(in, null, source, device, sink, bufferSize);
  }

  /**
   * An input read lazily: each {@link #pump} reads one buffer ({@link #BUFFER} bytes, or characters from a {@link
   * Reader}, by default) and hands its lines' messages to
   * the sink; at the end of the input it flushes what is held back. The replay reads its inputs this way, so that a
   * log of any size is never held in memory whole.
   */
  public final class Pump implements java.io.Closeable {
    /** One of the two is null: text read as characters, or as bytes decoded here. */
    private final Reader in;
    private final InputStream bytesIn;
    private final String source;
    private final String device;
    private final Context context;
    private final LogSplitter splitter;
    private final char[] buffer;
    private final byte[] bytes;
    /** The current line's characters, when it does not lie plain inside one buffer (at most {@link #MAX_LINE}). */
    private final StringBuilder line = new StringBuilder(256);
    private int number = 1;
    private long dropped;
    private boolean lastWasCr;
    private boolean linePlain = true;
    private boolean done;
    // the byte path's decoding of the lines that are not plain ASCII, or that span two buffers
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private CharBuffer decoded;
    /** The first bytes of a character cut by the end of a buffer, decoded with the next buffer's bytes. */
    private byte[] carry;
    private int carryLength;
    /** Bytes of the current line have been read (and decoded into {@link #line}, or into {@link #carry}). */
    private boolean lineOpen;
    private boolean bomChecked;

    private Pump(Reader in, InputStream bytesIn, String source, String device, Sink sink, int bufferSize) {
      this.in = in;
      this.bytesIn = bytesIn;
      this.buffer = in == null ? null : new char[bufferSize];
      this.bytes = in == null ? new byte[bufferSize] : null;
      this.source = source;
      this.device = device;
      this.context = new Context(sink);
      this.splitter = new LogSplitter(source, device, new LogSplitter.Sink() {
        @Override
        public void message(LogLine line, LogSplitter.Kind kind) {
          message(line, kind, false);
        }

        @Override
        public void message(LogLine line, LogSplitter.Kind kind, boolean plainAscii) {
          context.accept(new ParsedLine(line, classify(line, kind, plainAscii)));
        }

        @Override
        public void logBreak() {
          context.logBreak();
        }
      });
    }

    /** Reads the next buffer; false once the input has ended (and everything has been handed over). */
    public boolean pump() throws IOException {
      if (done) {
        return false;
      }
      return in == null ? pumpBytes() : pumpChars();
    }

    /**
     * The byte path: a line of printable ASCII that lies inside the buffer goes to the splitter as bytes (no decoder,
     * no builder), which makes strings of it by copying bytes; any other line is decoded as UTF-8 into {@link #line},
     * exactly as {@link #pumpChars} would have seen it after an {@code InputStreamReader} ({@code LogReaderBytesTest}
     * compares the two).
     */
    private boolean pumpBytes() throws IOException {
      int n = bytesIn.read(bytes);
      if (n <= 0) {
        if (lineOpen) {
          decode(bytes, 0, 0, true); // an unfinished character at the very end: replaced, as the decoder does
        }
        finish();
        return false;
      }
      int i = 0;
      while (i < n) {
        if (lastWasCr && bytes[i] == '\n') { // the LF of a CRLF
          lastWasCr = false;
          i++;
          continue;
        }
        int end = i;
        boolean plain = true; // printable ASCII only
        while (end + 8 <= n && printable8((long) LONGS.get(bytes, end))) {
          end += 8; // eight printable ASCII bytes at a time: no terminator among them
        }
        while (end < n) {
          byte b = bytes[end];
          if (b < 0x20) { // one test for the common case: bytes are signed, so this catches non-ASCII too
            if (b == '\n' || b == '\r') {
              break;
            }
            plain = false;
          } else if (b == 0x7F) {
            plain = false;
          }
          end++;
        }
        if (end == n) { // the line goes on in the next buffer
          lineOpen = true;
          linePlain &= plain;
          decode(bytes, i, end - i, false);
          lastWasCr = false;
          break;
        }
        lastWasCr = bytes[end] == '\r';
        if (!lineOpen && plain && end - i <= MAX_LINE) { // most lines: one copy, ISO-8859-1 being ASCII's superset
          splitter.line(number, bytes, i, end - i); // nothing dropped: the line is whole
        } else {
          linePlain &= plain;
          decode(bytes, i, end - i, true);
          endLine(splitter, context, source, device, number, line.toString(), linePlain, dropped);
        }
        linePlain = true;
        number++;
        line.setLength(0);
        dropped = 0;
        lineOpen = false;
        i = end + 1;
      }
      return true;
    }

    /** Whether all eight bytes of {@code w} are printable ASCII, 0x20 to 0x7E (no line terminator among them). */
    private static boolean printable8(long w) {
      long below = (w - 0x2020202020202020L) & ~w; // high bit set in some byte if a byte is below 0x20 ...
      long above = (w + 0x0101010101010101L) | w; // ... or above 0x7E (0x7F carries into, 0x80+ have, the high bit)
      return ((below | above) & 0x8080808080808080L) == 0;
    }

    /**
     * Decodes {@code length} bytes of the current line into {@link #line}; at the end of the line an unfinished
     * character is replaced (as the decoder replaces one followed by a line terminator), otherwise kept in {@link
     * #carry} for the next buffer.
     */
    private void decode(byte[] src, int offset, int length, boolean endOfLine) {
      if (decoded == null) {
        decoded = CharBuffer.allocate(8192);
        carry = new byte[8];
      }
      ByteBuffer input;
      if (carryLength > 0) {
        byte[] joined = new byte[carryLength + length];
        System.arraycopy(carry, 0, joined, 0, carryLength);
        System.arraycopy(src, offset, joined, carryLength, length);
        input = ByteBuffer.wrap(joined);
        carryLength = 0;
      } else {
        input = ByteBuffer.wrap(src, offset, length);
      }
      while (decoder.decode(input, decoded, endOfLine).isOverflow()) { // malformed bytes are replaced, not returned
        drain();
      }
      if (endOfLine) {
        CoderResult flushed;
        do {
          flushed = decoder.flush(decoded);
          drain();
        } while (flushed.isOverflow());
        decoder.reset();
      } else {
        drain();
        carryLength = input.remaining(); // at most the 3 first bytes of a character
        if (carryLength > carry.length) {
          carry = new byte[carryLength];
        }
        input.get(carry, 0, carryLength);
      }
    }

    /** Appends the decoded characters to the line, up to {@link #MAX_LINE}, without a leading byte order mark. */
    private void drain() {
      decoded.flip();
      int from = decoded.position();
      int length = decoded.remaining();
      if (!bomChecked && length > 0) {
        bomChecked = true;
        if (number == 1 && line.length() == 0 && decoded.get(from) == '\uFEFF') {
          from++;
          length--;
        }
      }
      int take = Math.min(MAX_LINE - line.length(), length);
      line.append(decoded.array(), from, take);
      dropped += length - take;
      decoded.clear();
    }

    /** The character path (a {@link Reader}). */
    private boolean pumpChars() throws IOException {
      int n = in.read(buffer);
      if (n <= 0) {
        finish();
        return false;
      }
      int i = 0;
      while (i < n) {
        if (lastWasCr && buffer[i] == '\n') { // the LF of a CRLF
          lastWasCr = false;
          i++;
          continue;
        }
        int end = i;
        boolean plain = true; // printable ASCII only: the splitter and parser then skip their own character tests
        while (end < n) {
          char c = buffer[end];
          if (c < 0x20) { // one test for the common case: printable ASCII
            if (c == '\n' || c == '\r') {
              break;
            }
            plain = false;
          } else if (c > 0x7E) {
            plain = false;
          }
          end++;
        }
        linePlain &= plain;
        int room = MAX_LINE - line.length();
        int take = Math.min(room, end - i);
        if (number == 1 && line.length() == 0 && take > 0 && buffer[i] == '\uFEFF') { // byte order mark
          i++;
          take--;
        }
        dropped += (end - i) - take;
        if (end == n) {
          line.append(buffer, i, take);
          lastWasCr = false;
          break; // the line goes on in the next buffer
        }
        lastWasCr = buffer[end] == '\r';
        String raw; // most lines lie inside one buffer: one copy, no builder
        if (line.length() == 0) {
          raw = new String(buffer, i, take);
        } else {
          raw = line.append(buffer, i, take).toString();
        }
        endLine(splitter, context, source, device, number, raw, linePlain, dropped);
        linePlain = true;
        number++;
        line.setLength(0);
        dropped = 0;
        i = end + 1;
      }
      return true;
    }

    private void finish() {
      done = true;
      if (line.length() > 0 || dropped > 0) {
        endLine(splitter, context, source, device, number, line.toString(), linePlain, dropped);
      }
      splitter.end();
      context.flushAll();
    }

    @Override
    public void close() throws IOException {
      if (in != null) {
        in.close();
      } else {
        bytesIn.close();
      }
    }
  }

  private static void endLine(LogSplitter splitter, Context context, String source, String device, int number,
      String line, boolean plainAscii, long dropped) {
    splitter.line(number, line, plainAscii);
    if (dropped > 0) {
      splitter.end();
      context.accept(new ParsedLine(new LogLine(source, number, 0, device, LogLine.NO_TIME,
          "(" + dropped + " more characters)"), new Skipped(Family.OTHER, "the line is longer than " + MAX_LINE
          + " characters; the " + dropped + " characters after that were not read")));
      context.logBreak();
    }
  }

  private Classification classify(LogLine line, LogSplitter.Kind kind, boolean plainAscii) {
    try {
      return switch (kind) {
        case LOG -> parser.classify(line, plainAscii);
        case SHOW -> parser.classifyShow(line);
        case FENCE -> new Noise(Family.COMMENT, "markdown code fence");
        case BINARY -> new Unknown(Family.OTHER, "binary data, not text");
        case TEXT -> text(line.text());
      };
    } catch (IllegalArgumentException e) { // an address or state out of range inside a well-formed line
      return new Unknown(Family.OTHER, e.getMessage());
    }
  }

  private static Classification text(String text) {
    if (text.startsWith("#") || text.startsWith("|") || text.startsWith("---") || text.startsWith("- [")
        || text.startsWith("[")) {
      return new Noise(Family.COMMENT, "markdown formatting");
    }
    return new Unknown(Family.OTHER, "text that is not IOS log output (prose, or a message the parser does not know)");
  }

  /** Per-device ISAKMP exchange context, and the lines held back while it is undecided. */
  private static final class Context {
    private final Sink sink;
    private final Map<String, List<ParsedLine>> held = new HashMap<>();
    private final Map<String, Boolean> owesAnswer = new HashMap<>();

    Context(Sink sink) {
      this.sink = sink;
    }

    void accept(ParsedLine parsed) {
      String device = parsed.line().device();
      List<ParsedLine> waiting = device == null ? null : held.get(device);
      if (waiting != null) {
        String notify = notifyType(parsed);
        if (notify != null) {
          if (notify.equals("ITS_ALIVE") || notify.equals("R_U_THERE")) {
            ParsedLine first = waiting.get(0);
            waiting.set(0, new ParsedLine(first.line(), new Noise(Family.ISAKMP, PEER_KEEPALIVE)));
            owesAnswer.put(device, true);
          }
          waiting.add(parsed);
          release(device);
          return;
        }
        if (isProcessing(parsed)) {
          waiting.add(parsed);
          return;
        }
        release(device);
      }
      Classification c = parsed.classification();
      if (c instanceof Observed o && o.observation() instanceof Observation.KeepaliveAcked) {
        List<ParsedLine> hold = new ArrayList<>();
        hold.add(parsed);
        held.put(device, hold);
        return;
      }
      if (c instanceof Observed o && o.printer() == Printer.ISAKMP_DEBUG && device != null) {
        if (o.observation() instanceof Observation.KeepaliveSent && owesAnswer.getOrDefault(device, false)) {
          owesAnswer.put(device, false);
          sink.accept(new ParsedLine(parsed.line(), new Noise(Family.ISAKMP, KEEPALIVE_ANSWER)));
          return;
        }
        owesAnswer.put(device, false);
      }
      sink.accept(parsed);
    }

    void logBreak() {
      flushAll();
      sink.logBreak();
    }

    void flushAll() {
      for (String device : new ArrayList<>(held.keySet())) {
        release(device);
      }
    }

    private void release(String device) {
      List<ParsedLine> waiting = held.remove(device);
      if (waiting != null) {
        waiting.forEach(sink::accept);
      }
    }

    private static String notifyType(ParsedLine parsed) {
      String text = parsed.line().text();
      int at = text.indexOf("processing NOTIFY ");
      if (!text.startsWith("ISAKMP") || at < 0) {
        return null;
      }
      String rest = text.substring(at + "processing NOTIFY ".length());
      int space = rest.indexOf(' ');
      return space < 0 ? rest : rest.substring(0, space);
    }

    private static boolean isProcessing(ParsedLine parsed) {
      String text = parsed.line().text();
      return text.startsWith("ISAKMP") && text.contains("): processing ");
    }
  }
}
