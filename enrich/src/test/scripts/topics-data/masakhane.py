import os
import csv, io, subprocess, sys
from common import write, row
csv.field_size_limit(10**9)
REPO=os.environ.get("MIRRORS", "/work/.mirror") + "/masakhane-io+masakhane-news/repo"
def show(p): return subprocess.run(["git","-C",REPO,"show","HEAD:"+p],capture_output=True,check=True).stdout.decode("utf-8")
M={"business":"economy","entertainment":"arts","health":"health","politics":"politics","sports":"sport","technology":"science","religion":"religion"}
LIC="AFL-3.0 (per MasakhaNEWS HF dataset card; GitHub repo has no LICENSE file); article text (c) BBC"
def load(p):
    return list(csv.DictReader(io.StringIO(show(p)), delimiter="\t"))
for lang, l2, src in [("eng","en","BBC News (via MasakhaNEWS)"),("fra","fr","BBC Afrique (via MasakhaNEWS)")]:
    evalkeys=set()
    for split in ["dev","test"]:
        d=load(f"data/{lang}/{split}.tsv")
        for x in d: evalkeys.add(x["headline"].strip()); evalkeys.add(x["text"].strip()[:200])
        write(f"masakhanews-{l2}-{split}", [row(x["headline"].strip(), x["text"].strip(), x["category"], M, l2, src, LIC) for x in d])
    # few-shot train files: union, dedupe, drop anything overlapping dev/test
    seen=set(); tr=[]; overlap=0; total=0
    for k in ["5","10","20","50"]:
        for x in load(f"few_shot_data/{k}_samples/{lang}/train.tsv"):
            total+=1
            key=x["headline"].strip()+"|"+x["text"].strip()[:200]
            if x["headline"].strip() in evalkeys or x["text"].strip()[:200] in evalkeys: overlap+=1; continue
            if key in seen: continue
            seen.add(key); tr.append(row(x["headline"].strip(), x["text"].strip(), x["category"], M, l2, src, LIC))
    print(lang, "fewshot rows", total, "overlap with dev/test", overlap, "unique kept", len(tr))
    write(f"masakhanews-{l2}-train", tr)
