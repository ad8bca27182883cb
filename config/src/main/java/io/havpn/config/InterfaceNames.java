package io.havpn.config;

import java.util.Locale;
import java.util.Map;

/** IOS interface names in their full form: {@code Fa0/1}, {@code fastethernet 0/1} and {@code FastEthernet0/1} agree. */
public final class InterfaceNames {

  private static final Map<String, String> FULL = Map.ofEntries(
      Map.entry("fa", "FastEthernet"), Map.entry("fastethernet", "FastEthernet"),
      Map.entry("gi", "GigabitEthernet"), Map.entry("gigabitethernet", "GigabitEthernet"),
      Map.entry("te", "TenGigabitEthernet"), Map.entry("tengigabitethernet", "TenGigabitEthernet"),
      Map.entry("et", "Ethernet"), Map.entry("eth", "Ethernet"), Map.entry("ethernet", "Ethernet"),
      Map.entry("se", "Serial"), Map.entry("serial", "Serial"),
      Map.entry("lo", "Loopback"), Map.entry("loopback", "Loopback"),
      Map.entry("tu", "Tunnel"), Map.entry("tunnel", "Tunnel"),
      Map.entry("vl", "Vlan"), Map.entry("vlan", "Vlan"),
      Map.entry("atm", "ATM"), Map.entry("po", "Port-channel"), Map.entry("port-channel", "Port-channel"));

  private InterfaceNames() {}

  /** The full IOS name; names of unknown types are returned as written. */
  public static String canonical(String name) {
    String trimmed = name.replace(" ", "");
    int digit = 0;
    while (digit < trimmed.length() && !Character.isDigit(trimmed.charAt(digit))) {
      digit++;
    }
    String type = FULL.get(trimmed.substring(0, digit).toLowerCase(Locale.ROOT));
    return type == null ? trimmed : type + trimmed.substring(digit);
  }

  public static boolean isLoopback(String name) {
    return canonical(name).startsWith("Loopback");
  }
}
