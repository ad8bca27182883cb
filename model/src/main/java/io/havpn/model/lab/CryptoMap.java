package io.havpn.model.lab;

/**
 * The crypto map an HSRP router applies on its HSRP interface.
 *
 * @param peer {@code set peer}: the remote's real address
 * @param reverseRoute {@code reverse-route}: inject a route to the remote protected network
 * @param redundancyName {@code crypto map NAME redundancy NAME}; null when the map is not bound to a group
 */
public record CryptoMap(Ipv4 peer, boolean reverseRoute, String redundancyName) {}
