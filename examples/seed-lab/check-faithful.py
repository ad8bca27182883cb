#!/usr/bin/env python3
"""Check that the seed-lab data files only reformat the source tech note.

Usage: check-faithful.py [--contiguous] PATH/TO/ha-vpn-technote.en.txt

Rule (always checked): every non-blank line of every .cfg, .log and .txt file
under the directory holding this script must, after collapsing each run of
whitespace to one space and trimming, be a substring of the English source
text with whitespace collapsed the same way.

With --contiguous, also check that each file as a whole is one contiguous
stretch of the source: its lines joined together, with all whitespace
removed, must be a substring of the source with all whitespace removed.
This catches lines that were dropped or reordered inside a file.

Prints each offending file:line (or file for --contiguous) and exits 1 if any
check fails; exits 0 otherwise.
"""
import os
import re
import sys

EXTENSIONS = (".cfg", ".log", ".txt")
WS = re.compile(r"\s+")


def collapse(text):
    return WS.sub(" ", text).strip()


def squeeze(text):
    return WS.sub("", text)


def data_files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(EXTENSIONS):
                yield os.path.join(dirpath, name)


def main(argv):
    args = argv[1:]
    contiguous = False
    if args and args[0] == "--contiguous":
        contiguous = True
        args = args[1:]
    if len(args) != 1:
        sys.stderr.write(__doc__)
        return 2
    with open(args[0], encoding="utf-8") as f:
        source = f.read()
    source_collapsed = collapse(source)
    source_squeezed = squeeze(source)

    root = os.path.dirname(os.path.abspath(__file__))
    bad = 0
    checked_files = 0
    checked_lines = 0
    for path in data_files(root):
        rel = os.path.relpath(path, root)
        checked_files += 1
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        for number, line in enumerate(lines, 1):
            text = collapse(line)
            if not text:
                continue
            checked_lines += 1
            if text not in source_collapsed:
                print("%s:%d: not in source: %s" % (rel, number, text))
                bad += 1
        if contiguous and squeeze("".join(lines)) not in source_squeezed:
            print("%s: lines are not one contiguous stretch of the source" % rel)
            bad += 1

    if checked_files == 0:
        print("no .cfg/.log/.txt files found under %s" % root)
        return 1
    if bad:
        print("FAIL: %d problem(s) in %d file(s), %d line(s) checked"
              % (bad, checked_files, checked_lines))
        return 1
    print("OK: %d file(s), %d non-blank line(s) checked" % (checked_files, checked_lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
