import json, os, collections
OUT = os.environ.get("OUT", "/work/data/topics")
IPTC = {
 "arts":"medtop:01000000","crime":"medtop:02000000","disaster":"medtop:03000000","economy":"medtop:04000000",
 "education":"medtop:05000000","environment":"medtop:06000000","health":"medtop:07000000","human":"medtop:08000000",
 "labour":"medtop:09000000","lifestyle":"medtop:10000000","politics":"medtop:11000000","religion":"medtop:12000000",
 "science":"medtop:13000000","society":"medtop:14000000","sport":"medtop:15000000","conflict":"medtop:16000000",
 "weather":"medtop:17000000", None: None}
STATS = os.path.join(OUT, "stats.json")
def write(name, rows):
    path = os.path.join(OUT, name + ".jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    st = json.load(open(STATS)) if os.path.exists(STATS) else {}
    st[name] = {"rows": len(rows),
                "labels": collections.Counter(r["label"] for r in rows).most_common(),
                "orig": collections.Counter(r["orig"] for r in rows).most_common()}
    json.dump(st, open(STATS, "w"), indent=1, ensure_ascii=False)
    print(name, len(rows), st[name]["labels"])
def row(title, text, orig, key_map, lang, source, licence, **extra):
    k = key_map.get(orig, "__missing__")
    if k == "__missing__":
        raise KeyError(orig)
    r = {"title": title, "text": text, "label": IPTC[k], "orig": orig, "lang": lang, "source": source, "licence": licence}
    r.update(extra)
    return r
