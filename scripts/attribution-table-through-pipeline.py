#!/usr/bin/env python3
"""Runs the attribution table (Tests/KijiQuotesTests/Fixtures/attribution.json) through the real
pipeline (sentences, entities, quotes: the entity recognizer instead of the table's entities) and
scores it as SCORING.md scores quotes: token Jaccard >= 0.8, speakers equal when folded or when
both are persons (or both unnamed sources) with the same last token.

Usage: swift build && scripts/attribution-table-through-pipeline.py [-v]
"""
import os, tempfile
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
WORK = tempfile.mkdtemp()
import json,re,subprocess,sys,unicodedata
cases=json.load(open(os.path.join(ROOT,"Tests/KijiQuotesTests/Fixtures/attribution.json")))
with open(WORK+"/in.jsonl","w") as f:
    for c in cases:
        text="\n\n".join(" ".join(p) for p in c["paragraphs"])
        f.write(json.dumps({"id":str(c["id"]),"text":text})+"\n")
subprocess.run([os.path.join(ROOT,".build/debug/kiji"),"process",WORK+"/in.jsonl","--stages","sentences,entities,quotes","--out",WORK+"/out.jsonl","--quiet"],check=True)
def norm(s): return unicodedata.normalize("NFKC",s).replace("’","'").replace("‘","'").replace("“",'"').replace("”",'"')
def fold(s): return "".join(ch for ch in unicodedata.normalize("NFKD",norm(s).lower()) if not unicodedata.combining(ch))
def toks(s): return re.findall(r"[^\W_]+",fold(s))
def jac(a,b):
    a,b=set(toks(a)),set(toks(b)); return len(a&b)/max(1,len(a|b))
def src(s): return s[:1].islower()
def same(p,g):
    if p is None or g is None: return p is None and g is None
    if fold(p)==fold(g): return True
    ta,tb=toks(p),toks(g)
    return bool(ta and tb) and src(p)==src(g) and ta[-1]==tb[-1]
out={json.loads(l)["id"]:json.loads(l) for l in open(WORK+"/out.jsonl")}
G=P=M=S=0; by={}
for c in cases:
    pq=list(out[str(c["id"])].get("quotes",[])); P+=len(pq)
    for q in c["quotes"]:
        G+=1; k=c["news"]; by.setdefault(k,[0,0])[0]+=1
        best=max(pq,key=lambda x:jac(x["text"],q["text"]),default=None)
        if best and jac(best["text"],q["text"])>=0.8:
            pq.remove(best); M+=1
            if same(best.get("speaker"),q["speaker"]): S+=1; by[k][1]+=1
            elif "-v" in sys.argv: print(c["id"],"SPEAKER",q["speaker"],"got",best.get("speaker"),"|",q["text"][:60])
        elif "-v" in sys.argv: print(c["id"],"MISSED",q["text"][:70])
    if "-v" in sys.argv:
        for x in pq: print(c["id"],"EXTRA",x["text"][:60])
p=M/max(1,P); r=M/G; f=2*p*r/(p+r); e=S/max(1,P); er=S/G
print(f"span P {p:.3f} R {r:.3f} F1 {f:.3f}; speaker acc {S/M:.3f}; e2e F1 {2*e*er/(e+er):.3f}  ({M}/{P} pred, {G} gold)")
print({k:f"{v[1]}/{v[0]}" for k,v in by.items()})
