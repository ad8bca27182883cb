package io.havpn.traces;

import io.havpn.model.hsrp.HsrpState;
import io.havpn.model.lab.Ipv4;

/**
 * What a {@code show standby} block asserts about one router at the moment it was taken.
 *
 * @param active the Active router's address (the router's own when it says "local"), or null for "unknown"
 * @param standby likewise for the Standby router
 * @param priority the priority in use, or -1 when the block does not show it
 */
public record ShowStandby(String device, String iface, int group, HsrpState state, Ipv4 active, Ipv4 standby,
    int priority) {}
