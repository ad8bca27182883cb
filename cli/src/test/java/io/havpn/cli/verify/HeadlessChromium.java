package io.havpn.cli.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket on loopback, JDK's own client): opens a
 * page from disk, collects every console error, uncaught exception and failed load, evaluates expressions in the page
 * and takes a full-page screenshot. Every wait is bounded; the browser is killed on close.
 */
final class HeadlessChromium implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final List<String> stderr = new CopyOnWriteArrayList<>();
  private String session;

  private HeadlessChromium(Process process, Path profile, String endpoint) {
    this.process = process;
    this.profile = profile;
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
        .buildAsync(URI.create(endpoint), new Listener()).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
  }

  /** Starts Chromium with the flags known to work on these machines and a fresh profile. */
  static HeadlessChromium start() throws IOException, InterruptedException {
    if (!Files.isExecutable(BINARY)) {
      throw new IllegalStateException(BINARY + " not found: install Debian's chromium (apt-get install -y chromium; "
          + ".ci/run does it)");
    }
    Path profile = Files.createTempDirectory("havpn-chromium");
    Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
        "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--window-size=1400,1000", "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    CompletableFuture<String> endpoint = new CompletableFuture<>();
    List<String> early = new CopyOnWriteArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
          StandardCharsets.UTF_8))) {
        for (String line = err.readLine(); line != null; line = err.readLine()) {
          early.add(line);
          Matcher m = DEVTOOLS.matcher(line);
          if (m.find()) {
            endpoint.complete(m.group(1));
          }
        }
      } catch (IOException e) {
        endpoint.completeExceptionally(e);
      }
      endpoint.completeExceptionally(new IllegalStateException("Chromium exited before it listened: " + early));
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      HeadlessChromium browser = new HeadlessChromium(process, profile,
          endpoint.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
      browser.stderr.addAll(early);
      return browser;
    } catch (Exception e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new IllegalStateException("could not start Chromium: " + e.getMessage() + " " + early, e);
    }
  }

  /** Opens {@code file} in a new tab and waits for its load event. */
  void open(Path file, int width) throws Exception {
    String target = command(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
    session = command(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
        .get("sessionId").asText();
    command(session, "Runtime.enable", Map.of());
    command(session, "Log.enable", Map.of());
    command(session, "Page.enable", Map.of());
    command(session, "Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 1000,
        "deviceScaleFactor", 1, "mobile", false));
    events.clear();
    command(session, "Page.navigate", Map.of("url", file.toAbsolutePath().toUri().toString()));
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      JsonNode event = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (event == null) {
        throw new IllegalStateException("the page did not load within " + TIMEOUT);
      }
      if (event.path("method").asText().equals("Page.loadEventFired")) {
        break;
      }
    }
    Thread.sleep(300); // late console messages of the page's scripts
  }

  /** The value of a JavaScript expression in the page. */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode result = command(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException(expression + " threw " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** A PNG of the whole page. */
  void screenshot(Path png) throws Exception {
    JsonNode metrics = command(session, "Page.getLayoutMetrics", Map.of());
    JsonNode size = metrics.path("cssContentSize");
    ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0).put("width", size.path("width").asDouble())
        .put("height", Math.min(16000, size.path("height").asDouble())).put("scale", 1);
    JsonNode shot = command(session, "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
        "clip", clip));
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.write(png, Base64.getDecoder().decode(shot.get("data").asText()));
  }

  /** Console errors, uncaught exceptions and failed loads seen so far, with Chromium's own words. */
  List<String> errors() {
    return new ArrayList<>(errors);
  }

  private JsonNode command(String sessionId, String method, Map<String, ?> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + ": " + answer.get("error"));
    }
    return answer.path("result");
  }

  private void received(JsonNode message) {
    if (message.has("id")) {
      CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
      if (reply != null) {
        reply.complete(message);
      }
      return;
    }
    String method = message.path("method").asText();
    JsonNode params = message.path("params");
    switch (method) {
      case "Runtime.consoleAPICalled" -> {
        if (params.path("type").asText().equals("error") || params.path("type").asText().equals("assert")) {
          errors.add("console." + params.path("type").asText() + ": " + params.path("args"));
        }
      }
      case "Runtime.exceptionThrown" -> errors.add("uncaught: " + params.path("exceptionDetails"));
      case "Log.entryAdded" -> {
        if (params.path("entry").path("level").asText().equals("error")) {
          errors.add("log: " + params.path("entry").path("text").asText() + " "
              + params.path("entry").path("url").asText());
        }
      }
      default -> { }
    }
    events.add(message);
  }

  @Override
  public void close() throws IOException {
    try {
      socket.abort();
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Assembles the text frames of the DevTools socket into JSON messages. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          received(JSON.readTree(partial.toString()));
        } catch (IOException e) {
          errors.add("unreadable DevTools message: " + e.getMessage());
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
