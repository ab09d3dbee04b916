#!/usr/bin/env python3
"""Generates a deterministic scale corpus from corpus/: paragraphs recombined, names and numbers
varied, a share of documents as HTML pages with site chrome. Writes JSONL of {"id", "text"|"html"}.

    make_corpus.py --size 100000 --out benchmarks/work/corpus-100000.jsonl
"""
import argparse
import glob
import html
import json
import os
import random
import re

GIVEN = ["Aiko", "Daniel", "Hiroshi", "Maria", "Kenji", "Laura", "Yuki", "Thomas", "Sofia", "Takashi",
         "Emily", "Ravi", "Chen", "Ingrid", "Omar", "Naomi", "Pierre", "Akiko", "Samuel", "Elena"]
FAMILY = ["Tanaka", "Miller", "Suzuki", "Garcia", "Yamamoto", "Schmidt", "Watanabe", "Rossi", "Kobayashi",
          "Novak", "Hughes", "Sato", "Kowalski", "Ito", "Moreau", "Nakamura", "Singh", "Okafor", "Berg", "Lee"]
NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]{2,})\b")
NUMBER = re.compile(r"\b\d+(?:\.\d+)?\b")
SKIP_START = ("The ", "A ", "In ", "On ", "At ", "But ", "And ", "For ", "As ")


def paragraphs(corpus):
    pool = []
    for path in sorted(glob.glob(os.path.join(corpus, "*.txt"))):
        with open(path, encoding="utf-8") as handle:
            for line in handle.read().split("\n"):
                line = line.strip()
                if len(line) >= 120 and line[-1] in ".”\"’)":
                    pool.append(line)
    return pool


def vary(text, rng):
    def name(match):
        if match.group(0).startswith(SKIP_START) or rng.random() < 0.5:
            return match.group(0)
        return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"

    def number(match):
        digits = match.group(0)
        if len(digits) == 4 and digits.startswith(("19", "20")):
            return digits
        value = float(digits) * rng.choice([0.5, 0.8, 1, 1.25, 2, 3])
        return f"{value:.2f}".rstrip("0").rstrip(".") if "." in digits else str(max(1, int(value)))

    return NUMBER.sub(number, NAME.sub(name, text))


def as_html(title, date, body, rng):
    items = "".join(f"<li><a href='/story/{rng.randrange(10**6)}'>Related story {i}</a></li>" for i in range(4))
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": date, "publisher": {"@type": "Organization", "name": "Scale Times"}})
    return (f"<!DOCTYPE html><html><head><title>{html.escape(title)} | Scale Times</title>"
            f"<meta property='og:title' content='{html.escape(title)}'>"
            f"<script type='application/ld+json'>{ld}</script><script>var ads = [];</script></head>"
            f"<body><header><nav><a href='/'>Home</a><a href='/world'>World</a><a href='/business'>Business</a></nav></header>"
            f"<main><article><h1>{html.escape(title)}</h1><time datetime='{date}'>{date}</time>\n{paras}\n"
            f"<div class='share'>Share on Twitter Share on Facebook</div></article>"
            f"<aside><h2>Most read</h2><ul>{items}</ul></aside></main>"
            f"<footer>© 2025 Scale Times. All rights reserved.</footer></body></html>")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default="corpus")
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--html-share", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=20251121)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    pool = paragraphs(args.corpus)
    rng = random.Random(args.seed)
    os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as out:
        for index in range(args.size):
            body = [vary(p, rng) for p in rng.sample(pool, rng.randint(4, min(12, len(pool))))]
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            date = f"2025-{month:02d}-{day:02d}"
            title = vary(rng.choice(pool).split(".")[0][:90], rng)
            doc_id = f"scale-{index:06d}"
            if rng.random() < args.html_share:
                record = {"id": doc_id, "html": as_html(title, date, body, rng)}
            else:
                text = f"{title}\n{day} {['January','February','March','April','May','June','July','August','September','October','November','December'][month-1]} 2025\n\n" + "\n\n".join(body)
                record = {"id": doc_id, "text": text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
