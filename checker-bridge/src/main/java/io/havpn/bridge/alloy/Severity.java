package io.havpn.bridge.alloy;

/** How bad a finding is: errors break failover (exit 1), warnings weaken it. */
public enum Severity { ERROR, WARNING }
