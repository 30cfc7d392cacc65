#!/usr/bin/env python3
"""Recall and wrong replacements of canvass's redactor.

  bench/redaction/run.py [--canvass build/canvass] [--out bench/results/redaction.md]

Planted corpora (planted-*.txt, {kind|text} marks): recall per kind — a planted piece is
caught when none of its words is left in the redacted text (titles such as "Mrs" and the
spelled "at"/"dot" aside). Real prose (prose/*.txt, openly licensed, see prose/PROVENANCE.md):
replacements per 1,000 words, less those of real personal data listed in
prose/true-personal.txt. The redactor is driven through `canvass notes FILE --format json`,
which every version of canvass has, so an older build can be measured the same way; the
replaced pieces are recovered by aligning each record's text with the original.
Only the standard library is used.
"""
import argparse, collections, difflib, json, os, re, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\{([a-z]+)\|([^}]*)\}")
PLACEHOLDER = re.compile(r"\[(name|email|url|phone|postcode|NI number|NHS number|CHI number|number|date|address|school|handle|vehicle registration)\]")
NOT_IDENTIFYING = {"mr", "mrs", "ms", "miss", "dr", "at", "dot", "ext", "extension", "flat", "st", "councillor", "cllr", "born"}


def redacted_lines(canvass, lines):
    """Each line through canvass's redactor (one note record per line)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("\n\n".join(lines) + "\n")
        path = f.name
    try:
        start = time.perf_counter()
        out = subprocess.run([canvass, "notes", path, "--format", "json"], capture_output=True, text=True, check=True)
        seconds = time.perf_counter() - start
    finally:
        os.unlink(path)
    records = json.loads(out.stdout)
    texts = [r["text"] for r in records if r.get("text")]
    return texts, seconds


def replaced_pieces(original, redacted):
    """(placeholder kind, original text) for each placeholder in `redacted`."""
    pieces = []
    sm = difflib.SequenceMatcher(None, original, redacted, autojunk=False)
    for op, a0, a1, b0, b1 in sm.get_opcodes():
        if op == "equal":
            continue
        for m in PLACEHOLDER.finditer(redacted[b0:b1]):
            pieces.append((m.group(1), original[a0:a1].strip()))
    return pieces


def planted(canvass, path):
    items, lines = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        plain = MARK.sub(lambda m: m.group(2), line)
        lines.append(plain)
        for m in MARK.finditer(line):
            items.append((len(lines) - 1, m.group(1), m.group(2)))
    texts, _ = redacted_lines(canvass, lines)
    if len(texts) != len(lines):
        sys.exit(f"{path}: {len(lines)} lines but {len(texts)} note records")
    caught = collections.Counter()
    total = collections.Counter()
    leaks = []
    for i, kind, text in items:
        total[kind] += 1
        words = [w for w in re.findall(r"[\w'’]+", text) if w.lower() not in NOT_IDENTIFYING and len(w) > 1 or w.isdigit()]
        left = [w for w in words if re.search(r"(?<![\w])" + re.escape(w) + r"(?![\w])", texts[i])]
        if left:
            leaks.append((kind, text, texts[i]))
        else:
            caught[kind] += 1
    # replacements that hit no planted piece
    wrong = []
    for i, plain in enumerate(lines):
        marked = [t for (j, k, t) in items if j == i]
        for kind, piece in replaced_pieces(plain, texts[i]):
            if not any(piece in t or t in piece for t in marked):
                wrong.append((kind, piece))
    return total, caught, leaks, wrong


def prose(canvass, path, true_personal):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    # one record per paragraph line: the notes reader sees each non-blank line
    lines = [l for p in paragraphs for l in p.split("\n") if l.strip()]
    texts, seconds = redacted_lines(canvass, lines)
    words = sum(len(l.split()) for l in lines)
    wrong, right, by_design = [], [], []
    at = 0
    for t in texts:  # records come in line order; the notes reader may drop bullets and markers
        kept = [w for w in PLACEHOLDER.sub(" ", t).split() if len(w) > 2][:4]
        j = at
        while j < len(lines) and not all(w in lines[j] for w in kept):
            j += 1
        if j == len(lines):
            continue
        at = j
        if not PLACEHOLDER.search(t):
            continue
        for kind, piece in replaced_pieces(lines[j].strip(" -*•\t"), t):
            if any(p in piece for p in true_personal):
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
    for part in ("tune", "heldout"):
        total, caught, leaks, wrong = planted(a.canvass, os.path.join(HERE, f"planted-{part}.txt"))
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
    report.append("### Real prose (wrong replacements)\n\n| text | words | wrong | per 1,000 words | real personal data replaced | web/e-mail addresses replaced (by design) | seconds |\n|---|---:|---:|---:|---:|---:|---:|")
    for f in sorted(os.listdir(os.path.join(HERE, "prose"))):
        if not f.endswith(".txt") or f == "true-personal.txt":
            continue
        words, wrong, right, by_design, seconds = prose(a.canvass, os.path.join(HERE, "prose", f), true_personal)
        totals["words"] += words
        totals["wrong"] += len(wrong)
        report.append(f"| {f} | {words} | {len(wrong)} | {1000 * len(wrong) / words:.2f} | {len(right)} | {len(by_design)} | {seconds:.2f} |")
        if a.show:
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
