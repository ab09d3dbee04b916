#!/usr/bin/env python3
"""Builds Sources/KijiQuotes/Resources/speech_verbs.tsv from WordNet 3.0 (Debian `wordnet-base`).

Criterion (general, not tuned to any article): a single-word verb introduces speech when one of
its three most frequent senses (WordNet orders senses by frequency) lies in the lexicographer
file verb.communication (lex_filenum 32) and takes either a reported clause (verb frame 26,
"Somebody ----s that CLAUSE": say, warn, insist that ...) or a naming complement (frame 5,
"Something ----s something Adjective/Noun": call it "a disaster"). A verb whose qualifying senses
carry under a tenth of its sense-tagged uses in SemCor (cntlist.rev) mostly means something else
("provide", "enter") and is left out.

Forms: WordNet's irregular forms (verb.exc: said, told, wrote, admitted, referred) and the
regular rules of English (-s/-es/-ies, -ed/-d/-ied, -ing with e dropped). A base or -s form that
SemCor tags more often as a noun than as a verb ("state", "reports", "claims") is left out, and so
is any auxiliary (skip_words.txt: "will"). Verbs whose usual reading in news is not a report of
words, though WordNet gives them a that-clause sense ("show", "order", "mind"), are listed with
their reason in speech_verbs_excluded.tsv; verbs of online speech newer than WordNet 3.0
("tweet") and verbs whose speech frame WordNet lacks are added by speech_verbs_extra.tsv.

Usage: scripts/speech-verbs-from-wordnet.py [/usr/share/wordnet] > Sources/KijiQuotes/Resources/speech_verbs.tsv
"""
import collections
import os
import sys

WORDNET = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(HERE, "..", "Sources", "KijiQuotes", "Resources")
COMMUNICATION = "32"
CLAUSE_FRAME, NAMING_FRAME = 26, 5
TOP_SENSES = 3
MIN_TAGGED_SHARE = 0.10


def read_synsets():
    """offset -> (lex_filenum, {word: set(frames)})"""
    synsets = {}
    with open(os.path.join(WORDNET, "data.verb")) as data:
        for line in data:
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            offset, lexfile, count = fields[0], fields[1], int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(count)]
            i = 4 + 2 * count
            i += 1 + 4 * int(fields[i])
            frames = collections.defaultdict(set)
            if i < len(fields) and fields[i].isdigit():
                for _ in range(int(fields[i])):
                    frame, target = int(fields[i + 2]), int(fields[i + 3], 16)
                    i += 3
                    for number, word in enumerate(words, 1):
                        if target in (0, number):
                            frames[word].add(frame)
                i += 1
            synsets[offset] = (lexfile, frames)
    return synsets


def read_senses():
    """lemma -> synset offsets, most frequent sense first"""
    senses = {}
    with open(os.path.join(WORDNET, "index.verb")) as index:
        for line in index:
            if line.startswith(" "):
                continue
            fields = line.split()
            senses[fields[0]] = fields[-int(fields[2]):]
    return senses


def read_tag_counts():
    """(verb tag counts by lemma and sense number, noun tag totals by lemma)"""
    verbs, nouns = collections.defaultdict(dict), collections.Counter()
    with open(os.path.join(WORDNET, "cntlist.rev")) as counts:
        for line in counts:
            key, number, count = line.split()
            lemma, rest = key.split("%")
            if rest[0] == "1":
                nouns[lemma] += int(count)
            elif rest[0] == "2":
                verbs[lemma][int(number)] = int(count)
    return verbs, nouns


def read_exceptions():
    """lemma -> irregular forms (verb.exc)"""
    forms = collections.defaultdict(set)
    with open(os.path.join(WORDNET, "verb.exc")) as exceptions:
        for line in exceptions:
            form, *lemmas = line.split()
            for lemma in lemmas:
                forms[lemma].add(form)
    return forms


def word_list(name, column=0):
    with open(os.path.join(RESOURCES, name)) as lines:
        return {l.rstrip("\n").split("\t")[column] for l in lines if l.strip() and not l.startswith("#")}


def regular_forms(lemma):
    vowels = "aeiou"
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in vowels:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past = lemma + "d"
    elif lemma.endswith("y") and lemma[-2] not in vowels:
        past = lemma[:-1] + "ied"
    else:
        past = lemma + "ed"
    if lemma.endswith("ie"):
        participle = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        participle = lemma[:-1] + "ing"
    else:
        participle = lemma + "ing"
    return third, past, participle


def forms_of(lemma, irregular):
    """The regular forms and WordNet's irregular ones. A strong past ("said", "told", "wrote")
    replaces the regular -ed form; a participle alone ("shown") or a spelling variant ("labelled",
    "pled") does not, and a regular form English does not use ("admited") never occurs in a text."""
    third, past, participle = regular_forms(lemma)
    given = sorted(irregular.get(lemma, set()))
    if any(not f.endswith(("ing", "n", "ed")) for f in given):
        past = None
    return [lemma, third] + [f for f in (past, participle) if f] + given


def main():
    synsets, senses = read_synsets(), read_senses()
    verb_tags, noun_tags = read_tag_counts()
    irregular, stop = read_exceptions(), word_list("skip_words.txt")
    excluded = word_list("speech_verbs_excluded.tsv")

    def qualifies(lemma, offset):
        lexfile, frames = synsets[offset]
        own = frames.get(lemma, ())
        return lexfile == COMMUNICATION and (CLAUSE_FRAME in own or NAMING_FRAME in own)

    rows = []
    for lemma, offsets in sorted(senses.items()):
        if not lemma.isalpha() or lemma in excluded or not any(qualifies(lemma, o) for o in offsets[:TOP_SENSES]):
            continue
        tags = verb_tags.get(lemma, {})
        total = sum(tags.values())
        speech = sum(c for n, c in tags.items() if n <= len(offsets) and qualifies(lemma, offsets[n - 1]))
        if total and speech / total < MIN_TAGGED_SHARE:
            continue
        forms = []
        for form in forms_of(lemma, irregular):
            plain = form in (lemma, regular_forms(lemma)[0])
            if form in stop or (plain and noun_tags[lemma] > total):
                continue
            if form not in forms:
                forms.append(form)
        if forms:
            rows.append((lemma, forms))
    print("# Verbs that attribute words to a speaker: lemma<TAB>inflected forms (space separated).")
    print("# Generated by scripts/speech-verbs-from-wordnet.py from WordNet 3.0 verb.communication;")
    print("# the criterion is in that script. Do not edit by hand.")
    for lemma, forms in rows:
        print(lemma + "\t" + " ".join(forms))


if __name__ == "__main__":
    main()
