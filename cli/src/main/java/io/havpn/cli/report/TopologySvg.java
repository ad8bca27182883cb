package io.havpn.cli.report;

import io.havpn.model.lab.HsrpRouter;
import io.havpn.model.lab.Keepalive;
import io.havpn.model.lab.Lab;
import io.havpn.model.lab.RemotePeer;
import io.havpn.model.lab.Track;
import java.util.ArrayList;
import java.util.List;

/**
 * The lab's topology drawn from the {@link Lab} itself: the remote site, the HSRP segment with the group's virtual
 * IP, one box per HSRP router with the configuration that matters to the properties, the inside segment and the
 * inside router. Whatever the lab says (a mistake included) is what is drawn.
 */
public final class TopologySvg {

  private static final int BOX_W = 250;
  private static final int GAP = 30;
  private static final int LINE = 15;

  private TopologySvg() {}

  public static String svg(Lab lab) {
    int n = lab.routerCount();
    int width = Math.max(760, n * BOX_W + (n + 1) * GAP);
    int centre = width / 2;
    List<String> remoteLines = remoteLines(lab);
    int remoteH = 24 + remoteLines.size() * LINE;
    int outsideY = 20 + remoteH + 40;
    int routersY = outsideY + 50;
    List<List<String>> routerLines = new ArrayList<>();
    for (HsrpRouter router : lab.routers()) {
      routerLines.add(routerLines(lab, router));
    }
    int routerH = 24 + routerLines.stream().mapToInt(List::size).max().orElse(0) * LINE;
    int insideY = routersY + routerH + 40;
    int internalY = insideY + 40;
    int internalH = 24 + 2 * LINE;
    int height = internalY + internalH + 20;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram topology\" viewBox=\"0 0 %d "
        + "%d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"Topology of lab %s\">%n", width, height, width,
        height, Html.escape(lab.name())));
    // the remote site and its link to the HSRP segment
    int remoteX = centre - BOX_W / 2;
    svg.append(box(remoteX, 20, BOX_W, remoteH, "remote", lab.remote().name(), remoteLines));
    svg.append(link(centre, 20 + remoteH, centre, outsideY));
    // the HSRP (outside) segment
    svg.append(segment(GAP / 2, outsideY, width - GAP, "outside " + lab.router(0).hsrpInterface().subnet()
        + "   HSRP group " + lab.group().number() + " \"" + nullable(lab.group().name()) + "\", virtual IP "
        + lab.group().virtualIp() + ", hello " + lab.group().helloTime() + " s, hold " + lab.group().holdTime()
        + " s"));
    int firstX = (width - (n * BOX_W + (n - 1) * GAP)) / 2;
    for (int r = 0; r < n; r++) {
      int x = firstX + r * (BOX_W + GAP);
      HsrpRouter router = lab.router(r);
      svg.append(link(x + BOX_W / 2, outsideY, x + BOX_W / 2, routersY));
      svg.append(box(x, routersY, BOX_W, routerH, "router", router.name(), routerLines.get(r)));
      svg.append(link(x + BOX_W / 2, routersY + routerH, x + BOX_W / 2, insideY));
    }
    svg.append(segment(GAP / 2, insideY, width - GAP, "inside " + lab.router(0).inside().subnet() + "   OSPF"));
    svg.append(link(centre, insideY, centre, internalY));
    svg.append(box(centre - BOX_W / 2, internalY, BOX_W, internalH, "internal", lab.internal().name(), List.of(
        lab.internal().inside().shortName() + " " + lab.internal().inside().address(),
        "Loopback0 " + lab.internal().loopback() + " (OSPF only)")));
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static List<String> remoteLines(Lab lab) {
    RemotePeer remote = lab.remote();
    List<String> lines = new ArrayList<>();
    lines.add(remote.outside().shortName() + " " + remote.outside().address() + ", protects "
        + remote.protectedNetwork());
    boolean vip = remote.peer().equals(lab.group().virtualIp());
    lines.add("set peer " + remote.peer() + (vip ? " (the virtual IP)" : " (not the virtual IP)"));
    Keepalive keepalive = remote.keepalive();
    lines.add(keepalive == null ? "no crypto isakmp keepalive"
        : "crypto isakmp keepalive " + keepalive.interval() + " " + keepalive.retry() + ", limit "
            + keepalive.limit() + " (" + keepalive.mode().name().toLowerCase().replace('_', '-') + ")");
    return lines;
  }

  private static List<String> routerLines(Lab lab, HsrpRouter router) {
    List<String> lines = new ArrayList<>();
    lines.add(router.hsrpInterface().shortName() + " " + router.address() + "  "
        + router.inside().shortName() + " " + router.inside().address());
    lines.add("priority " + router.priority() + (router.preempt() ? ", preempt" + (router.preemptDelay() > 0
        ? " delay " + router.preemptDelay() : "") : ", no preempt")
        + (router.virtualIpConfigured() ? "" : ", no standby ip"));
    for (Track track : router.tracks()) {
      lines.add("track " + track.interfaceName() + " " + track.decrement());
    }
    if (router.cryptoMap() == null) {
      lines.add("no crypto map");
    } else {
      lines.add("crypto map: peer " + router.cryptoMap().peer() + (router.cryptoMap().reverseRoute()
          ? ", reverse-route" : ", no reverse-route"));
      lines.add(router.cryptoMap().redundancyName() == null ? "no redundancy (not bound to the group)"
          : "redundancy " + router.cryptoMap().redundancyName() + (router.coupledTo(lab.group())
              ? " (the group)" : " (not the group's name)"));
    }
    lines.add(router.redistributeStatic() ? "OSPF redistribute static" : "OSPF: static not redistributed");
    return lines;
  }

  private static String box(int x, int y, int w, int h, String kind, String name, List<String> lines) {
    StringBuilder g = new StringBuilder();
    g.append(String.format("<g class=\"node %s\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\"/>", kind,
        x, y, w, h));
    g.append(String.format("<text x=\"%d\" y=\"%d\" class=\"node-name\">%s</text>", x + 10, y + 18,
        Html.escape(name)));
    for (int i = 0; i < lines.size(); i++) {
      g.append(String.format("<text x=\"%d\" y=\"%d\">%s</text>", x + 10, y + 18 + (i + 1) * LINE,
          Html.escape(lines.get(i))));
    }
    g.append("</g>\n");
    return g.toString();
  }

  private static String segment(int x, int y, int w, String label) {
    return String.format("<g class=\"segment\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/><text x=\"%d\" "
        + "y=\"%d\">%s</text></g>%n", x, y, x + w, y, x + 4, y - 6, Html.escape(label));
  }

  private static String link(int x1, int y1, int x2, int y2) {
    return String.format("<line class=\"link\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>%n", x1, y1, x2, y2);
  }

  private static String nullable(String text) {
    return text == null ? "(no name)" : text;
  }
}
