#!/usr/bin/env python3
"""Recall and wrong replacements of canvass's redactor.

  bench/redaction/run.py [--canvass build/canvass] [--out bench/results/redaction.md]

Planted corpora (planted-*.txt, {kind|text} marks): recall per kind — a planted piece is
caught when none of its words is left in the redacted text (titles such as "Mrs" and the
spelled "at"/"dot" aside). Real prose (prose/*.txt, openly licensed, see prose/PROVENANCE.md):
replacements per 1,000 words, less those of real personal data listed in
prose/true-personal.txt. The redactor is driven through `canvass notes FILE --format json`,
which every version of canvass has, so an older build can be measured the same way; each
record names its source line, and the replaced pieces are recovered by aligning the
record's text with that line.
Only the standard library is used.
"""
import argparse, collections, json, os, re, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\{([a-z]+)\|([^}]*)\}")
PLACEHOLDER = re.compile(r"\[(name|email|url|phone|postcode|NI number|NHS number|CHI number|number|date|address|school|handle|vehicle registration)\]")
NOT_IDENTIFYING = {"mr", "mrs", "ms", "miss", "dr", "at", "dot", "ext", "extension", "flat", "st", "councillor", "cllr", "born"}


def run_notes(canvass, path):
    """{source line number: redacted text} for the records canvass notes reads from `path`."""
    start = time.perf_counter()
    out = subprocess.run([canvass, "notes", path, "--format", "json"], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    return {r["line"]: r["text"] for r in json.loads(out.stdout) if r.get("text")}, seconds


def replaced_pieces(original, redacted):
    """(placeholder kind, original text) for each placeholder in `redacted`: the text between
    placeholders is found again, in order, in `original`, and what lies between is the piece."""
    parts = PLACEHOLDER.split(redacted)  # literal, kind, literal, kind, ..., literal
    pos = original.find(parts[0]) + len(parts[0]) if parts[0] else 0
    pieces = []
    for k in range(1, len(parts), 2):
        kind, literal = parts[k], parts[k + 1]
        if k + 2 >= len(parts) and not literal.strip():
            end = len(original.rstrip())
        else:
            end = original.find(literal, pos + 1) if literal else pos
            if end < 0:
                end = len(original)
        pieces.append((kind, original[pos:end].strip()))
        pos = end + len(literal)
    return pieces


def identifying_words(text):
    return [w for w in re.findall(r"[\w'’]+", text) if (w.lower() not in NOT_IDENTIFYING and len(w) > 1) or w.isdigit()]


def planted(canvass, path):
    """Recall per kind over the {kind|text} marks of one planted corpus."""
    items, lines = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        lines.append(MARK.sub(lambda m: m.group(2), line))
        for m in MARK.finditer(line):
            items.append((len(lines) - 1, m.group(1), m.group(2)))
    with tempfile.TemporaryDirectory() as tmp:
        plain = os.path.join(tmp, "planted.txt")
        with open(plain, "w", encoding="utf-8") as f:
            f.write("\n\n".join(lines) + "\n")  # one note record per comment, on line 2k+1
        by_line, _ = run_notes(canvass, plain)
    texts = [by_line.get(2 * i + 1, "") for i in range(len(lines))]
    total, caught, leaks = collections.Counter(), collections.Counter(), []
    for i, kind, text in items:
        total[kind] += 1
        left = [w for w in identifying_words(text) if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", texts[i])]
        if left:
            leaks.append((kind, text, texts[i]))
        else:
            caught[kind] += 1
    wrong = []  # replacements that hit no planted piece
    for i, plain_line in enumerate(lines):
        marked = [t for (j, k, t) in items if j == i]
        for kind, piece in replaced_pieces(plain_line, texts[i]):
            if not any(piece in t or t in piece for t in marked):
                wrong.append((kind, piece))
    return total, caught, leaks, wrong


def prose(canvass, path, true_personal):
    """Words, wrong replacements, right ones, web/e-mail addresses, seconds for one prose file."""
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    lines = text.split("\n")
    words = len(text.split())
    by_line, seconds = run_notes(canvass, path)
    wrong, right, by_design = [], [], []
    for n, t in by_line.items():
        if not PLACEHOLDER.search(t):
            continue
        for kind, piece in replaced_pieces(lines[n - 1].strip(), t):
            if any(p in piece or piece in p for p in true_personal):
                right.append((kind, piece))
            elif kind in ("url", "email"):
                by_design.append((kind, piece))  # a published web or e-mail address: redacted by design
            else:
                wrong.append((kind, piece))
    return words, wrong, right, by_design, seconds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--canvass", default="build/canvass")
    ap.add_argument("--label", default="this build")
    ap.add_argument("--out")
    ap.add_argument("--show", action="store_true", help="list every leak and wrong replacement")
    a = ap.parse_args()
    true_personal = [l.strip() for l in open(os.path.join(HERE, "prose", "true-personal.txt"), encoding="utf-8")
                     if l.strip() and not l.startswith("#")]
    report = [f"## {a.label}\n"]
    totals = collections.Counter()
    overall = {"all parts": (collections.Counter(), collections.Counter()),
               "held-out parts only": (collections.Counter(), collections.Counter())}
    for part in ("tune", "heldout", "heldout2", "heldout3"):
        total, caught, leaks, wrong = planted(a.canvass, os.path.join(HERE, f"planted-{part}.txt"))
        for name, (t, c) in overall.items():
            if name == "all parts" or part != "tune":
                t.update(total)
                c.update(caught)
        n, c = sum(total.values()), sum(caught.values())
        report.append(f"### Planted corpus, {part} ({n} pieces)\n\n| kind | planted | caught | recall |\n|---|---:|---:|---:|")
        for k in sorted(total):
            report.append(f"| {k} | {total[k]} | {caught[k]} | {100 * caught[k] / total[k]:.0f}% |")
        report.append(f"| **all** | {n} | {c} | **{100 * c / n:.1f}%** |\n")
        report.append(f"Replacements in the planted corpus that hit no planted piece: {len(wrong)}\n")
        if a.show and part == "tune":  # the held-out part is never looked at piece by piece
            for k, t, r in leaks:
                print(f"LEAK {part} {k}: {t!r}  ->  {r}")
            for k, p in wrong:
                print(f"EXTRA {part} [{k}] {p!r}")
    kinds = sorted(overall["all parts"][0])
    report.append("### Planted corpora together\n\n| kind | " + " | ".join(f"{n}: caught / planted | recall" for n in overall) +
                  " |\n|---|" + "---:|---:|" * len(overall))
    for k in kinds + ["**all**"]:
        cells = []
        for t, c in overall.values():
            n = sum(t.values()) if k == "**all**" else t[k]
            m = sum(c.values()) if k == "**all**" else c[k]
            cells.append(f"{m} / {n} | {100 * m / n:.1f}%" if n else "0 / 0 | -")
        report.append(f"| {k} | " + " | ".join(cells) + " |")
    report.append("")
    report.append("### Real prose (wrong replacements)\n\n| text | words | wrong | per 1,000 words | real personal data replaced | web/e-mail addresses replaced (by design) | seconds |\n|---|---:|---:|---:|---:|---:|---:|")
    for f in sorted(os.listdir(os.path.join(HERE, "prose"))):
        if not f.endswith(".txt") or f == "true-personal.txt":
            continue
        words, wrong, right, by_design, seconds = prose(a.canvass, os.path.join(HERE, "prose", f), true_personal)
        totals["words"] += words
        totals["wrong"] += len(wrong)
        report.append(f"| {f} | {words} | {len(wrong)} | {1000 * len(wrong) / words:.2f} | {len(right)} | {len(by_design)} | {seconds:.2f} |")
        if a.show and "heldout" not in f:  # held-out prose is never looked at piece by piece
            for k, p in wrong:
                print(f"WRONG {f} [{k}] {p!r}")
    report.append(f"| **all** | {totals['words']} | {totals['wrong']} | **{1000 * totals['wrong'] / totals['words']:.2f}** | | | |\n")
    out = "\n".join(report) + "\n"
    print(out)
    if a.out:
        with open(a.out, "a", encoding="utf-8") as f:
            f.write(out)


if __name__ == "__main__":
    main()
