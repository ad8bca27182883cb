package io.havpn.proptest;

/**
 * A check that failed on a sequence.
 *
 * @param check a {@link io.havpn.model.Property} id ({@code SingleActive}), {@link #DISPLACED_ACTIVE_RESIGNS}, or
 *     {@link #MODEL_ERROR}
 * @param detail what was seen
 * @param time the second at which it was seen
 * @param stimulus the index of the stimulus being applied, or {@link SequenceRun#BOOT} / {@link SequenceRun#QUIESCENT}
 */
public record Failure(String check, String detail, int time, int stimulus) {

  /**
   * IOS conformance, from the document's log ({@code Active: i/Resign rcvd}): an Active router displaced by a
   * higher-priority Active's Hello (event g) sends Resign to every router that hears it. The design mistake "no Resign
   * on g" (RFC 2281's table) breaks no PRIMER property in a two-router group, so this is how sequences catch it.
   */
  public static final String DISPLACED_ACTIVE_RESIGNS = "DisplacedActiveResigns";

  /** The model threw, or never let time pass: a bug of the model, not of the lab. */
  public static final String MODEL_ERROR = "ModelError";
}
