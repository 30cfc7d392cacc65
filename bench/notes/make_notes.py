#!/usr/bin/env python3
"""Writes a large focus-group notes file shaped like real workshop table notes: sections
followed by a "Question -" line, bullets nested two levels, "-" separators between rounds,
labels ("Holding us back:"), Markdown bold, summary blocks, curly quotes and dashes, and a
few copy-paste duplicates. Seeded, so every run writes the same bytes.

Usage: make_notes.py MEGABYTES OUT            (a notes file of about MEGABYTES MB)
       make_notes.py --one-line MEGABYTES OUT (one bullet line of MEGABYTES MB)
"""
import random
import sys

WORDS = ("families services pressure relationships worker time trust schools support staff funding "
         "planning waiting lists referral forms practice young people court reports safety housing "
         "transport rural areas evenings weekends training supervision managers leadership peers "
         "learning confidence communication information partnership budgets pilots data sharing "
         "thresholds coordinators carers volunteers caseloads burnout workload capacity community "
         "outreach health visitors teachers council meetings phone crisis listening respect").split()
LABELS = ["Holding us back:", "**What would help:**", "What works well:", "**Barriers**"]
MARKS = ["- ", "* ", "\u2022 ", "\u2192 ", "1. ", "2) "]


def sentence(rng, lo=4, hi=14):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    s = " ".join(words)
    if rng.random() < 0.2:
        s = "\u2018" + s + "\u2019"
    if rng.random() < 0.2:
        s = s.replace(" ", " \u2013 ", 1)
    return s[0].upper() + s[1:]


def table(rng, n):
    out = [f"Table {n} \u2013 {sentence(rng, 2, 4)}", "", f"Question - {sentence(rng, 6, 12)}?", ""]
    last = ""
    for round_ in range(rng.randint(2, 4)):
        if rng.random() < 0.4:
            out.append(rng.choice(LABELS))
        for _ in range(rng.randint(3, 8)):
            depth = rng.choice([0, 0, 0, 1, 1, 2])
            text = last if (last and rng.random() < 0.03) else sentence(rng)
            last = text
            out.append("  " * depth + rng.choice(MARKS) + text)
            if rng.random() < 0.05:
                out.append(sentence(rng))  # a continuation line
        out.append("-" if round_ % 2 == 0 else "")
    out += ["", "Summary of Key Insights", ""]
    out += ["- " + sentence(rng) for _ in range(rng.randint(2, 4))]
    out.append("")
    return out


def main():
    one_line = sys.argv[1] == "--one-line"
    args = sys.argv[2:] if one_line else sys.argv[1:]
    target = int(float(args[0]) * 1_000_000)
    rng = random.Random(2026)
    with open(args[1], "w", encoding="utf-8", newline="\n") as f:
        if one_line:
            f.write("Workshop\n\nNorth\nQuestion - What gets in the way?\n- ")
            written = 0
            while written < target:
                s = sentence(rng) + ". "
                f.write(s)
                written += len(s.encode("utf-8"))
            f.write("\n")
            return
        f.write("Quads Learning Event \u2013 Table Notes\n\n")
        written, n = 0, 0
        while written < target:
            n += 1
            block = "\n".join(table(rng, n)) + "\n"
            f.write(block)
            written += len(block.encode("utf-8"))


if __name__ == "__main__":
    main()
