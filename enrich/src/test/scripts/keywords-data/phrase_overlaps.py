# How often an article's key phrases are pieces of one run of its text: two phrases where the end of one is the
# start of the other and the text holds them as one run ("student loan debt" and "loan debt crisis", "Universidad
# Nacional Autónoma" and "Autónoma de México"). Reads what `newsflow local` or `newsflow extract` wrote (one JSON
# article a line); prints, per file, the articles with such a pair, and a few of them.
# Usage: python3 phrase_overlaps.py OUT.jsonl [OUT.jsonl ...]
import json, re, sys


def words(s):
    return re.sub(r"\s+", " ", s.lower()).split()


def pieces_of_one_run(article):
    phrases = article.get("keywords") or []
    text = " ".join(words((article.get("title") or "") + " . " + (article.get("text") or "")))
    pairs = []
    for a in phrases:
        for b in phrases:
            aw, bw = words(a), words(b)
            for k in range(min(len(aw), len(bw)) - 1, 0, -1):
                if a != b and aw[-k:] == bw[:k]:
                    run = " ".join(aw + bw[k:])
                    if re.search(r"(?<!\w)" + re.escape(run) + r"(?!\w)", text):
                        pairs.append((a, b))
                        break
    return pairs


for path in sys.argv[1:]:
    seen = flagged = 0
    examples = []
    for line in open(path, encoding="utf-8"):
        article = json.loads(line)
        if not article.get("keywords"):
            continue
        seen += 1
        pairs = pieces_of_one_run(article)
        if pairs:
            flagged += 1
            examples.append((article.get("title", "")[:60], pairs[:2]))
    print(f"{path}: {flagged}/{seen} articles ({flagged / max(seen, 1):.1%}) with two phrases from one run")
    for e in examples[:5]:
        print("   ", e)
