package io.havpn.model;

import java.util.List;

/** The result of one action: the next state and what the devices would log. */
public record Step(SystemState next, List<Observation> observations) {}
