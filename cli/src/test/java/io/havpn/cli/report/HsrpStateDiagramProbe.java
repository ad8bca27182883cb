package io.havpn.cli.report;

import io.havpn.model.hsrp.Cell;
import io.havpn.model.hsrp.HsrpTable;
import io.havpn.model.lab.Lab;

/** Test access to the report's drawings. */
public final class HsrpStateDiagramProbe {

  private HsrpStateDiagramProbe() {}

  /** The diagram's SVG and the list of the cells that keep the state, as one text. */
  public static String everything(HsrpTable table) {
    return HsrpStateDiagram.svg(table) + HsrpStateDiagram.stays(table);
  }

  public static String letters(Cell cell) {
    return HsrpStateDiagram.letters(cell);
  }

  public static String topology(Lab lab) {
    return TopologySvg.svg(lab);
  }
}
