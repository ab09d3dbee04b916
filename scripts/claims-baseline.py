#!/usr/bin/env python3
"""The claims issue's one-line baseline: every number inside a sentence is a claim (the sentence,
the number's value), each in its own cluster. Usage: claims-baseline.py KIJI_EXPORT.jsonl OUT.jsonl"""
import json, sys
out = open(sys.argv[2], "w")
for line in open(sys.argv[1]):
    d = json.loads(line)
    text = d.get("text", "")
    claims = []
    for s in d.get("sentences", []):
        for n in d.get("numbers", []):
            if s["start"] <= n["start"] and n["end"] <= s["end"]:
                claims.append({"start": s["start"], "end": s["end"], "text": text[s["start"]:s["end"]], "subject": None,
                               "attribute": "value", "value": {k: n.get(k) for k in ("kind", "value", "unit", "normalized")},
                               "source": None, "cluster": f"b{len(claims)}-{d['id']}"})
    d["claims"] = claims
    out.write(json.dumps(d) + "\n")
