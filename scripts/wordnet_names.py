#!/usr/bin/env python3
"""Builds Sources/KijiEntities/Resources/wordnet_names.tsv and wordnet_languages.txt from WordNet 3.0
(Debian package `wordnet-base`, /usr/share/wordnet).

wordnet_names.tsv: proper names WordNet files as instances or as capitalized members of a category,
one `name<TAB>type` a line:
- GPE: instances of cities, towns, ports, capitals, countries, states, provinces, districts;
- LOC: other instances of noun.location and noun.object (rivers, mountains, seas, islands, regions);
- ORG: capitalized nouns of noun.group under "organization" (agencies, alliances, parties);
- EVENT: capitalized nouns of noun.event and instances of noun.act (wars, battles, games);
- NORP: capitalized adjectives that pertain to a place, a people or a faith ("Soviet", "Moslem").
A one-word name that is also an ordinary word (WordNet writes it in lower case somewhere, or Kiji's
common_words.txt holds it) or a given or family name of Kiji's lexicons is left out: "Reading",
"Nice", "Mobile", "Jackson" say too little on their own; so is a name ending in a title ("US Trade
Representative"), which the title rules read.
wordnet_languages.txt: capitalized nouns under "language" (noun.communication).

Usage: python3 scripts/wordnet_names.py [/usr/share/wordnet]"""
import os
import re
import sys

WORDNET = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
RESOURCES = os.path.join(ROOT, "Sources", "KijiEntities", "Resources")

LEX_FILES = {"04": "act", "06": "artifact", "10": "communication", "11": "event", "14": "group",
             "15": "location", "17": "object", "18": "person"}
# Lemmas (first sense in noun.location / noun.group / noun.communication) whose instances are
# political places, and the roots of the organization and language categories.
GPE_CLASSES = {"city", "town", "municipality", "port", "national_capital", "state_capital", "provincial_capital",
               "country", "state", "province", "district", "county", "borough", "village", "capital",
               "metropolis", "urban_center", "township", "kingdom", "sultanate", "emirate", "republic"}
# Lower-case words a multi-word name may hold ("Gulf of Mexico"); a name with any other lower-case
# word is a description ("United Nations agency"), not a name.
CONNECTORS = {"of", "the", "and", "for", "on", "in", "de", "del", "la", "le", "du", "von", "van", "da", "di",
              "al", "el", "upon", "y"}


def read_synsets():
    synsets = {}
    with open(os.path.join(WORDNET, "data.noun"), encoding="latin-1") as data:
        for line in data:
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            offset, lex_file, count = fields[0], fields[1], int(fields[3], 16)
            words = [fields[4 + 2 * i] for i in range(count)]
            rest = fields[4 + 2 * count:]
            pointers = []
            for i in range(int(rest[0])):
                symbol, target, pos = rest[1 + 4 * i], rest[2 + 4 * i], rest[3 + 4 * i]
                if pos == "n" and symbol in ("@", "@i"):
                    pointers.append((symbol, target))
            synsets[offset] = (lex_file, words, pointers)
    return synsets


def lower_case_lemmas():
    lemmas = set()
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(WORDNET, "data." + pos), encoding="latin-1") as data:
            for line in data:
                if line.startswith(" "):
                    continue
                fields = line.split()
                for i in range(int(fields[3], 16)):
                    word = re.sub(r"\(.*\)$", "", fields[4 + 2 * i])
                    if word[:1].islower():
                        lemmas.add(word.lower())
    return lemmas


def resource_words(name, split=False):
    words = set()
    with open(os.path.join(RESOURCES, name), encoding="utf-8") as lines:
        for line in lines:
            line = line.strip()
            if line and not line.startswith("#"):
                words.update(line.lower().split() if split else [line.split("\t")[0].lower()])
    return words


def ancestors(synsets, offset):
    seen, stack = set(), [offset]
    while stack:
        for _, target in synsets[stack.pop()][2]:
            if target not in seen:
                seen.add(target)
                stack.append(target)
    return seen


def main():
    synsets = read_synsets()
    lemmas_of = {offset: {w.lower() for w in words} for offset, (_, words, _) in synsets.items()}
    gpe_classes = {o for o, (lex, _, _) in synsets.items() if lex == "15" and lemmas_of[o] & GPE_CLASSES}
    organization = {o for o, (lex, _, _) in synsets.items() if lex == "14" and "organization" in lemmas_of[o]}
    language = {o for o, (lex, _, _) in synsets.items() if lex == "10" and "language" in lemmas_of[o]}
    ordinary = lower_case_lemmas() | resource_words("common_words.txt", split=True)
    personal = resource_words("given_names.txt") | resource_words("family_names.txt") \
        | resource_words("census_given_names.txt") | resource_words("census_family_names.txt")

    # "US Trade Representative" is an office and a title: the title rules read it.
    title_words = resource_words("title_heads.txt") | {line.split()[-1] for line in resource_words("titles.txt")}

    names, languages = {}, set()
    for offset, (lex, words, pointers) in synsets.items():
        instance = any(symbol == "@i" for symbol, _ in pointers)
        up = None
        for word in words:
            name = re.sub(r"\(.*\)$", "", word).replace("_", " ")
            if not name[:1].isupper() or not re.fullmatch(r"[A-Za-z][A-Za-z .'&-]*[A-Za-z.]", name):
                continue
            if any(not part[:1].isupper() and part not in CONNECTORS for part in name.split()):
                continue
            if name.split()[-1].lower() in title_words:
                continue
            if " " not in name and (name.lower() in ordinary or name.lower() in personal):
                continue
            if up is None:
                up = ancestors(synsets, offset)
            if instance and lex in ("15", "17"):
                kind = "GPE" if up & gpe_classes else "LOC"
            elif (instance and lex == "04") or lex == "11":
                kind = "EVENT"
            elif lex == "14" and up & organization:
                kind = "ORG"
            elif lex == "10" and up & language:
                languages.add(name)
                continue
            else:
                continue
            names.setdefault(name, kind)

    # NORP: capitalized adjectives of nations, peoples and faiths, by their pertainym ("\\") pointer
    # to a place, a group or a belief ("Soviet", "Moslem", "Dutch").
    with open(os.path.join(WORDNET, "data.adj"), encoding="latin-1") as data:
        for line in data:
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            count = int(fields[3], 16)
            words = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).replace("_", " ") for i in range(count)]
            rest = fields[4 + 2 * count:]
            targets = [rest[2 + 4 * i] for i in range(int(rest[0])) if rest[1 + 4 * i] == "\\" and rest[3 + 4 * i] == "n"]
            if not any(t in synsets and synsets[t][0] in ("15", "14", "18", "09", "10") for t in targets):
                continue
            for name in words:
                if re.fullmatch(r"[A-Z][a-z]+(-[A-Z][a-z]+)?", name) and name.lower() not in personal:
                    names.setdefault(name, "NORP")

    with open(os.path.join(RESOURCES, "wordnet_names.tsv"), "w", encoding="utf-8") as out:
        out.write("# Generated by scripts/wordnet_names.py from WordNet 3.0 (Debian wordnet-base): place,\n"
                  "# organization and event names. name<TAB>type. Do not edit by hand.\n")
        for name in sorted(names):
            out.write(f"{name}\t{names[name]}\n")
    with open(os.path.join(RESOURCES, "wordnet_languages.txt"), "w", encoding="utf-8") as out:
        out.write("# Generated by scripts/wordnet_names.py from WordNet 3.0 (Debian wordnet-base): names of\n"
                  "# languages. Do not edit by hand.\n")
        for name in sorted(languages):
            out.write(name + "\n")
    print(f"{len(names)} names, {len(languages)} languages")


if __name__ == "__main__":
    main()
