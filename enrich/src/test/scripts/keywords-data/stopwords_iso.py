# Rewrites the Polish and Ukrainian "function" lines of news-words.txt from stopwords-iso 1.1.0 (MIT), the npm
# package, for the languages the detector reports that Lucene's common analyzers have no stop list for.
# Run from this folder: python3 stopwords_iso.py   (needs npm and the npm registry)
import json, os, subprocess, tarfile, tempfile
NEWS_WORDS = "../../../main/resources/io/newsflow/enrich/keywords/news-words.txt"
LANGUAGES = ["pl", "uk"]
WIDTH = 110
def lines(lang, words):
    out, cur = [], f"{lang} function"
    for w in words:
        if len(cur) + 1 + len(w) > WIDTH:
            out.append(cur)
            cur = f"{lang} function"
        cur += " " + w
    return out + [cur]
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(["npm", "pack", "stopwords-iso@1.1.0", "--silent"], cwd=tmp, check=True, capture_output=True)
    with tarfile.open(os.path.join(tmp, "stopwords-iso-1.1.0.tgz")) as t:
        lists = json.load(t.extractfile("package/stopwords-iso.json"))
kept = [l for l in open(NEWS_WORDS, encoding="utf-8").read().splitlines()
        if not any(l.startswith(f"{lang} function ") for lang in LANGUAGES)]
with open(NEWS_WORDS, "w", encoding="utf-8") as f:
    for l in kept + [x for lang in LANGUAGES for x in lines(lang, lists[lang])]:
        f.write(l + "\n")
