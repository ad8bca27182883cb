package io.havpn.bridge.itf;

/** JSON that is not an ITF trace; names the JSON path of the offending value ({@code states[2].x.#set[0]}). */
public final class ItfFormatException extends RuntimeException {

  ItfFormatException(String path, String problem) {
    super(path + ": " + problem);
  }

  ItfFormatException(String problem, Throwable cause) {
    super(problem, cause);
  }
}
