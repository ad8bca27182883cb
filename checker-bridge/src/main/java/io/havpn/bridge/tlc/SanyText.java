package io.havpn.bridge.tlc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the errors out of SANY's unframed text: a {@code ***Parse Error***} with its {@code at line L, column C}, and
 * the paragraphs under {@code *** Errors:}, {@code *** Warnings:} and {@code *** Abort messages:}, each a location
 * paragraph ({@code line 4, col 13 to line 4, col 13 of module Bad2}, {@code In module Bad}, {@code Unknown location})
 * followed by a message paragraph.
 */
final class SanyText {

  private static final Pattern PARSING_FILE = Pattern.compile("Parsing file (?:.*[/\\\\])?(\\w+)\\.tla");
  private static final Pattern SECTION = Pattern.compile("\\*\\*\\* (Errors|Warnings|Abort messages): \\d+");
  private static final String PARSE_ERROR = "***Parse Error***";

  private enum Section { NONE, ERRORS, WARNINGS }

  final List<TlcError> errors = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();

  private SanyText() {}

  static SanyText read(List<String> lines) {
    SanyText sany = new SanyText();
    sany.scan(lines);
    return sany;
  }

  private void scan(List<String> lines) {
    String module = "";
    Section section = Section.NONE;
    String context = "";
    List<SourceLocation> locations = List.of();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      Matcher parsing = PARSING_FILE.matcher(line);
      Matcher header = SECTION.matcher(line);
      if (parsing.matches()) {
        module = parsing.group(1);
      } else if (line.equals(PARSE_ERROR)) {
        i = parseError(lines, i + 1, module);
      } else if (line.equals("Semantic errors:")) {
        section = Section.ERRORS;
      } else if (header.matches()) {
        section = header.group(1).equals("Warnings") ? Section.WARNINGS : Section.ERRORS;
      } else if (section != Section.NONE && !line.isEmpty()) {
        int end = paragraphEnd(lines, i);
        String paragraph = String.join("\n", lines.subList(i, end)).trim();
        i = end - 1;
        if (isLocation(paragraph)) {
          context = paragraph;
          locations = SourceLocation.findAll(paragraph);
        } else {
          record(section, context, locations, paragraph);
          context = "";
          locations = List.of();
        }
      }
    }
  }

  /** Records the message after {@code ***Parse Error***}; returns the index of the last line used. */
  private int parseError(List<String> lines, int from, String module) {
    for (int i = from; i < lines.size(); i++) {
      String message = lines.get(i).trim();
      if (!message.isEmpty()) {
        Optional<SourceLocation> at = SourceLocation.findPoint(message, module);
        errors.add(new TlcError(MessageCode.PARSING_FAILED, message, at.stream().toList()));
        return i;
      }
    }
    return lines.size();
  }

  private void record(Section section, String context, List<SourceLocation> locations, String message) {
    if (section == Section.WARNINGS) {
      warnings.add(context.isEmpty() ? message : context + ": " + message);
      return;
    }
    String text = locations.isEmpty() && !context.isEmpty() ? context + ": " + message : message;
    errors.add(new TlcError(MessageCode.PARSING_FAILED, text, locations));
  }

  private static boolean isLocation(String paragraph) {
    return !paragraph.contains("\n") && (paragraph.startsWith("line ") && !SourceLocation.findAll(paragraph).isEmpty()
        || paragraph.startsWith("In module ") || paragraph.equals("Unknown location"));
  }

  private static int paragraphEnd(List<String> lines, int from) {
    int end = from;
    while (end < lines.size() && !lines.get(end).isBlank()) {
      end++;
    }
    return end;
  }
}
