package io.havpn.traces;

/** The families of log text, as the summary counts them: the protocol (or kind of text) a line belongs to. */
public enum Family {
  /** {@code HSRP:} and {@code SB<n>:} debug, {@code %HSRP-} and {@code %STANDBY-} syslog. */
  HSRP,
  /** {@code ISAKMP (0:N):}, {@code ISAKMP:(N):} and {@code ISAKMP:} debug. */
  ISAKMP,
  /** {@code IPSEC(...)} debug, RRI's {@code IPSEC(rte_mgr)} included. */
  IPSEC,
  /** {@code %CRYPTO-} syslog. */
  CRYPTO,
  /** {@code %LINK-} and {@code %LINEPROTO-} syslog. */
  LINK,
  /** {@code RT:} debug (debug ip routing). */
  ROUTING,
  /** Other syslog messages ({@code %FACILITY-N-MNEMONIC:}) of protocols the model does not cover. */
  SYSLOG,
  /** {@code show} command output, from its prompt line ({@code 7204VXR-1#show standby}). */
  SHOW,
  /** Comments added by an author ({@code !--- ...}) and markdown formatting. */
  COMMENT,
  /** Anything else: prose, unrecognised text. */
  OTHER
}
