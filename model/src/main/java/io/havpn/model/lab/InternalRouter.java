package io.havpn.model.lab;

/** The inside router (7206-1): runs OSPF only and follows whichever HSRP router redistributes the RRI route. */
public record InternalRouter(String name, Interface inside, Ipv4 loopback) {}
