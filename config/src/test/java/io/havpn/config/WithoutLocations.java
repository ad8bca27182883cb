package io.havpn.config;

/** A configuration's content without where it was read, to compare the document's form with the saved files. */
final class WithoutLocations {
  private WithoutLocations() {}

  static String of(RouterConfig config) {
    return config.toString().replaceAll("[^\\s,=\\[\\]]*(\\.cfg|technote):\\d+(:\\d+)?", "@");
  }
}
