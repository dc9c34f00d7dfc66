"""English news, read word by word into another language through the topic model's own glossary.

The labelled news we can ship is English; for the other languages the stream meets, the model has SIB-200's
encyclopaedic sentences (six topics, no economy, crime or conflict) and a few dev pages. This writes, for each
language of the glossary, a sample of the English training news with every word the glossary can reverse
replaced by a word of that language that glosses to it (names and numbers kept, other English words dropped):
bags of words, not translations, but with the words a German business story uses ("Wirtschaft", "Prozent",
"Unternehmen") under the economy label. Derived from the English sets, so their licences hold (HuffPost CC BY 4.0,
CNN/Daily Mail URL lists MIT, Wikipedia Current Events CC BY-SA 4.0); used for training, not shipped.

Usage: OUT=/work/data/topics python3 glossed_news.py GLOSSARY.tsv.gz [PER_SOURCE_AND_TOPIC]
"""
import collections, gzip, hashlib, json, os, re, sys
from common import OUT

SOURCES = ["huffpost-en-train", "cnndm-urls-en-train", "wikicep-en-train"]
SOURCE = "Glossed English news"
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d[\d.,]*")


# English words that carry no topic; a one- or two-letter lemma is an abbreviation or a chemical symbol
# ("a" is adenine, "us" would be uranium's "u" with an s), never what a headline meant.
STOP = set("""a an the and or but if of to in on at by for with from as is are was were be been being have has had
do does did not no yes this that these those it its he she they we you i me him her them us our your their his
my who whom which what when where why how all any some more most other such than then so very can could will
would shall should may might must just also only over into out up down off about after before s t""".split())


def frequencies(lang):
    """How often each word occurs in the language's own text we train on (SIB-200, the dev pages)."""
    counts = collections.Counter()
    for name in ("sib200-%s-train" % lang, "sib200-%s-dev" % lang, "devpages-weak-%s" % lang):
        path = os.path.join(OUT, name + ".jsonl")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                for w in re.findall(r"\w+", ((r["title"] or "") + " " + (r["text"] or "")).lower()):
                    counts[w] += 1
    return counts


def reverse_glossary(path):
    """lang -> English lemma -> the word of that language that glosses to it: of those that give it as their
    first sense, the one the language's own text uses most (then the one with the fewest senses)."""
    best = collections.defaultdict(dict)
    freq = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            lang, word, glosses = line.rstrip("\n").split("\t")
            if lang not in freq:
                freq[lang] = frequencies(lang)
            lemmas = glosses.split(" ")
            for rank, lemma in enumerate(lemmas):
                if len(lemma) < 3 or lemma in STOP:
                    continue
                key = (rank, -freq[lang][word], len(lemmas), len(word), word)
                cur = best[lang].get(lemma)
                if cur is None or key < cur:
                    best[lang][lemma] = key
    return {lang: {lemma: k[-1] for lemma, k in m.items()} for lang, m in best.items()}


def base_forms(w):
    yield w
    if w.endswith("ies") and len(w) > 4:
        yield w[:-3] + "y"
    if w.endswith("es") and len(w) > 3:
        yield w[:-2]
    if w.endswith("s") and len(w) > 3:
        yield w[:-1]
    if w.endswith("ed") and len(w) > 4:
        yield w[:-2]
        yield w[:-1]
    if w.endswith("ing") and len(w) > 5:
        yield w[:-3]
        yield w[:-3] + "e"


def gloss_back(text, words):
    tokens = WORD.findall(text or "")
    out, i = [], 0
    while i < len(tokens):
        t = tokens[i]
        if i + 1 < len(tokens):
            pair = (t + "_" + tokens[i + 1]).lower()
            if pair in words:
                out.append(words[pair])
                i += 2
                continue
        lower = t.lower()
        if lower in STOP:
            i += 1
            continue
        found = next((words[b] for b in base_forms(lower) if b in words), None)
        if found is not None:
            out.append(found)
        elif t[0].isdigit() or (t[0].isupper() and i > 0):
            out.append(t)  # numbers and names read the same in every language
        i += 1
    return " ".join(out)


def sample(per):
    """The first `per` items of each source and topic, in an order fixed by a hash of their text."""
    chosen = []
    for name in SOURCES:
        by_label = collections.defaultdict(list)
        with open(os.path.join(OUT, name + ".jsonl"), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r["label"]:
                    by_label[r["label"]].append(r)
        for label, rows in sorted(by_label.items()):
            rows.sort(key=lambda r: hashlib.sha1(((r["title"] or "") + (r["text"] or "")).encode()).hexdigest())
            chosen.extend(rows[:per])
    return chosen


def main():
    glossary = reverse_glossary(sys.argv[1])
    per = int(sys.argv[2]) if len(sys.argv) > 2 else 80
    items = sample(per)
    stats = {}
    for lang, words in sorted(glossary.items()):
        rows = []
        for r in items:
            title, text = gloss_back(r["title"], words), gloss_back(r["text"], words)
            if len((title + " " + text).split()) < 4:
                continue
            rows.append({"title": title or None, "text": text if r["text"] is not None else None,
                         "label": r["label"], "orig": r["orig"], "lang": lang, "source": SOURCE,
                         "from": r["source"], "licence": r["licence"]})
        with open(os.path.join(OUT, "glossed-%s-train.jsonl" % lang), "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        stats[lang] = len(rows)
    print(len(items), "English items;", stats)


if __name__ == "__main__":
    main()
