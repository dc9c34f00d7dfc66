# Are German key phrases names? German capitalises every noun, so a capital letter cannot tell "Merkel" from
# "Regierung". This measures, through the product's front door, how many of an article's key phrases are names of
# people, places, organisations or other named things, on the GermEval 2014 NER test set (Benikova et al., CC BY
# 4.0; news and Wikipedia sentences with their entities marked by annotators). The file is NER-de-test.tsv of
# mapriess/GermEval_2014_NER_DEMO @ 5f76c719 (the 2022 release with its encoding fixed; md5 97ed56b9...):
#   git -C MIRROR show 5f76c7191f3f159e815e2fab0070d0566e3ddc62:Data/NER-de-test.tsv > germeval2014-de-test.tsv
#   python3 names_de.py pages germeval2014-de-test.tsv DIR [SENTENCES]   (every SENTENCES sentences in order, 10 by
#                                                                         default, make one text page: the first
#                                                                         sentence is its headline)
#   java -jar app/target/newsflow.jar extract DIR > OUT.jsonl
#   python3 names_de.py score germeval2014-de-test.tsv DIR OUT.jsonl
# A key phrase counts as a name when its words are, in order, the words of an entity the annotators marked on that
# page (PER, LOC, ORG, OTH; not their derived adjectives or compounds), or a run of them ("Merkel" of "Angela
# Merkel"); a word may drop the genitive s the page wrote ("Merkel" for "Merkels"). Printed: the share of names
# among each page's first 3, 5 and 10 key phrases, and the share of the
# page's entities that its ten key phrases name whole.
import json
import os
import sys

KINDS = ("PER", "LOC", "ORG", "OTH")


def sentences(path):
    """(words, entities) per sentence; an entity is a tuple of lower-case words."""
    out, words, tags = [], [], []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                out.append((words, spans(words, tags)))
            words, tags = [], []
            continue
        f = line.rstrip("\n").split("\t")
        words.append(f[1])
        tags.append(f[2])
    if words:
        out.append((words, spans(words, tags)))
    return out


def spans(words, tags):
    found, current = [], None
    for w, t in zip(words, tags):
        kind = t[2:] if len(t) > 2 else ""
        if t.startswith("B-") and kind in KINDS:
            current = [w.lower()]
            found.append(current)
        elif t.startswith("I-") and kind in KINDS and current is not None:
            current.append(w.lower())
        else:
            current = None
    return [tuple(s) for s in found]


def pages(path, out_dir, size="10"):
    os.makedirs(out_dir, exist_ok=True)
    sents, size = sentences(path), int(size)
    for n, i in enumerate(range(0, len(sents) - size + 1, size)):
        words = [detokenised(s[0]) for s in sents[i:i + size]]
        with open(os.path.join(out_dir, f"p{n:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(words[0] + "\n\n" + " ".join(words[1:]) + "\n")


def detokenised(words):
    """The sentence as it was written: no space before a closing mark or after an opening one."""
    text = " ".join(words)
    for mark in (",", ".", ";", ":", "!", "?", ")", "'", "\""):
        text = text.replace(" " + mark, mark)
    return text.replace("( ", "(")


def same(word, marked):
    """The word as marked, or in its genitive ("Merkel" for a marked "Merkels"): key phrases name it without the s."""
    return word == marked or marked == word + "s"


def inside(phrase, entity):
    n = len(phrase)
    return any(all(same(w, e) for w, e in zip(phrase, entity[i:i + n])) for i in range(len(entity) - n + 1))


def given_whole(entity, phrases):
    return any(len(p) == len(entity) and inside(p, entity) for p in phrases)


def score(path, out_dir, articles, size="10"):
    sents, size = sentences(path), int(size)
    gold = {}
    for n, i in enumerate(range(0, len(sents) - size + 1, size)):
        gold[f"p{n:05d}.txt"] = {e for s in sents[i:i + size] for e in s[1]}
    shares = {3: [], 5: [], 10: []}
    found = named = 0
    for line in open(articles, encoding="utf-8"):
        a = json.loads(line)
        name = os.path.basename(a.get("file") or a.get("url", ""))
        if name not in gold or "keywords" not in a:
            continue
        phrases = [tuple(k.lower().split()) for k in a["keywords"]]
        entities = gold[name]
        for k in shares:
            top = phrases[:k]
            if top:
                shares[k].append(sum(any(inside(p, e) for e in entities) for p in top) / len(top))
        named += len(entities)
        found += sum(1 for e in entities if given_whole(e, phrases[:10]))
    print(f"{len(shares[10])} pages of {size} sentences; names among the key phrases: "
          + ", ".join(f"first {k} {sum(v) / len(v):.3f}" for k, v in shares.items())
          + f"; entities named whole in the first ten {found / named:.3f} ({found} of {named})")


if __name__ == "__main__":
    {"pages": pages, "score": score}[sys.argv[1]](*sys.argv[2:])
