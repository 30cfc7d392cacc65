#!/usr/bin/env python3
"""Writes a Google-Forms-style CSV export (../shared/bench/gen_survey.py) as the Triple-S
survey a survey platform would export for the same responses: OUT.sss (XML definition,
Triple-S 2.0) and OUT.asc beside it (fixed-width data, UTF-8). The timestamp and comments
are character variables, Role and every grid statement single-choice codes (1 = the first
label met), the grid's variables labelled "Question - Statement", blank answers blank
columns, as csv_to_sav.cpp writes the .sav. Two passes over the CSV; nothing is held.
Usage: csv_to_sss.py IN.csv OUT.sss"""
import csv
import os
import sys
from xml.sax.saxutils import escape

LIKERT = ["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree"]


def main(src, out):
    with open(src, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(rows)
        n = len(header)
        widths = [1] * n
        roles = {}
        grid = [" [" in h and h.endswith("]") for h in header]
        for row in rows:
            if len(row) != n:
                continue
            for c, cell in enumerate(row):
                if header[c] == "Role":
                    if cell and cell not in roles:
                        roles[cell] = len(roles) + 1
                elif not grid[c]:
                    widths[c] = max(widths[c], len(cell))
    role_width = len(str(max(roles.values(), default=1)))
    variables, start, k = [], 1, 0
    for c, h in enumerate(header):
        if grid[c]:
            k += 1
            name, label = "Q1_%d" % k, h[: h.index(" [")] + " - " + h[h.index(" [") + 2 : -1]
            codes, width = LIKERT, 1
        elif h == "Role":
            name, label, codes, width = "Role", h, list(roles), role_width
        else:
            name, label, codes, width = ("Timestamp" if c == 0 else "Comment%d" % c), h, None, widths[c]
        widths[c] = width
        typ = "single" if codes else "character"
        values = ""
        if codes:
            values = "<values>" + "".join(
                '<value code="%d">%s</value>' % (i + 1, escape(v)) for i, v in enumerate(codes)) + "</values>"
        variables.append(
            '<variable ident="%d" type="%s"><name>%s</name><label>%s</label>'
            '<position start="%d" finish="%d"/>%s</variable>' % (c + 1, typ, name, escape(label), start,
                                                                start + width - 1, values))
        start += width
    code_of = [None] * n
    for c, h in enumerate(header):
        if grid[c]:
            code_of[c] = {v: i + 1 for i, v in enumerate(LIKERT)}
        elif h == "Role":
            code_of[c] = roles
    data = os.path.splitext(out)[0] + ".asc"
    with open(out, "w", encoding="utf-8") as s:
        s.write('<?xml version="1.0" encoding="UTF-8"?>\n<sss version="2.0">\n<survey><name>bench</name>\n'
                '<record ident="A" href="%s">\n%s\n</record></survey></sss>\n'
                % (escape(os.path.basename(data)), "\n".join(variables)))
    with open(src, newline="", encoding="utf-8") as f, open(data, "w", encoding="utf-8", newline="") as d:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            if len(row) != n:
                continue
            line = []
            for c, cell in enumerate(row):
                text = str(code_of[c][cell]) if code_of[c] is not None and cell else cell
                text = text.replace("\r", " ").replace("\n", " ")
                line.append(text + " " * (widths[c] - len(text)))
            d.write("".join(line) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
