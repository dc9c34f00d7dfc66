# Topic figures through the product's front door: write a labelled set as text pages (headline, blank line,
# text), run `newsflow local` on them, and score the articles it printed.
#   python3 frontdoor.py pages SET.jsonl DIR [MAX]   (MAX: every k-th item, at most MAX pages)
#   java -jar app/target/newsflow.jar local --input DIR --output OUT.jsonl --timeout 900
#   python3 frontdoor.py score SET.jsonl DIR OUT.jsonl [SET.jsonl DIR OUT.jsonl ...]   (several: pooled)
# Scores the first topic on the labelled items (accuracy, macro-F1 over the topics present, precision and
# recall per topic) and reads it as four broad classes, as a news-card classifier would be judged: world
# (politics, or a world-news section), business (economy), sport, science and technology; any other first
# topic counts as world; the balanced figure is the mean of the four recalls, what a set with as many items of each
# class would give. Items withheld as copies of another page print no article; they are counted apart.
import collections, json, os, sys
WORLD_SECTIONS = {"World news", "news/newsworld", "politics_world", "WORLD NEWS", "WORLDPOST", "THE WORLDPOST",
                  "International", "Europe", "Buitenland"}
FOUR = {"medtop:04000000": "business", "medtop:15000000": "sport", "medtop:13000000": "scitech"}
def four_gold(item):
    if item["label"] in FOUR:
        return FOUR[item["label"]]
    return "world" if item["label"] == "medtop:11000000" or item["orig"] in WORLD_SECTIONS else None
def items(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
def pages(set_path, out_dir, most=None):
    os.makedirs(out_dir, exist_ok=True)
    usable = [i for i, it in enumerate(items(set_path)) if it["label"] or four_gold(it)]
    step = max(1, -(-len(usable) // int(most))) if most else 1
    chosen = set(usable[::step])
    for i, it in enumerate(items(set_path)):
        if i in chosen:
            with open(os.path.join(out_dir, f"p{i:05d}.txt"), "w", encoding="utf-8") as f:
                f.write(f"{it['title']}\n\n{it['text'] or ''}\n")
def read_run(set_path, out_dir, articles_path):
    """(gold item, first topic code or None, its score) for every page written that printed an article."""
    gold = {f"p{i:05d}.txt": it for i, it in enumerate(items(set_path))}
    first, scores = {}, {}
    for line in open(articles_path, encoding="utf-8"):
        a = json.loads(line)
        name = a["url"].rsplit("/", 1)[1]
        first[name] = a["topics"][0]["code"] if a["topics"] else None
        scores[name] = a["topics"][0]["score"] if a["topics"] else 0.0
    written = [f for f in os.listdir(out_dir) if f in gold]
    print(f"{set_path}: {len(written)} pages, {len(first)} articles, {len(written) - len(first)} withheld or dead")
    return [(gold[f], first[f], scores[f]) for f in written if f in first]
def score(*runs):
    """SET DIR OUT, or several such triples scored pooled (then also by language, with the confusion table)."""
    rows = [r for i in range(0, len(runs), 3) for r in read_run(*runs[i:i + 3])]
    labelled = [(g, p, s) for g, p, s in rows if g["label"]]
    pairs = [(g["label"], p) for g, p, _ in labelled]
    if pairs:
        labels = sorted({g for g, _ in pairs})
        right = sum(g == p for g, p in pairs)
        f1s = []
        for t in labels:
            tp = sum(g == t and p == t for g, p in pairs)
            fp = sum(g != t and p == t for g, p in pairs)
            fn = sum(g == t and p != t for g, p in pairs)
            prec, rec = tp / max(1, tp + fp), tp / max(1, tp + fn)
            f1s.append(0 if tp == 0 else 2 * prec * rec / (prec + rec))
            print(f"  {t[7:9]} precision {prec:.2f} recall {rec:.2f} ({tp + fn} items)")
        print(f"  first topic right {right}/{len(pairs)} = {right / len(pairs):.3f}, "
              f"macro-F1 {sum(f1s) / len(f1s):.3f} over {len(labels)} topics")
        bins = collections.defaultdict(lambda: [0, 0])
        for g, p, s in labelled:
            b = bins[min(9, int(s * 10))]
            b[0] += g["label"] == p
            b[1] += 1
        print("  reliability (first topic's score: share right, items):",
              ", ".join(f"{b / 10:.1f}-{(b + 1) / 10:.1f} {r / n:.2f} ({n})" for b, (r, n) in sorted(bins.items())))
        if len(runs) > 3:
            by_lang = collections.defaultdict(lambda: [0, 0])
            for g, p, _ in labelled:
                by_lang[g["lang"]][0] += g["label"] == p
                by_lang[g["lang"]][1] += 1
            print("  by language:", ", ".join(f"{k} {r / n:.3f} ({n})" for k, (r, n) in sorted(by_lang.items())))
            codes = [f"medtop:{k:02d}000000" for k in range(1, 18)]
            conf = collections.Counter(pairs)
            print("  gold\\got " + " ".join(f"{c[7:9]:>4}" for c in codes))
            for g in codes:
                if any(conf[(g, p)] for p in codes):
                    print(f"  {g[7:9]:8s} " + " ".join(f"{conf[(g, p)] or '.':>4}" for p in codes))
    four = [(four_gold(g), FOUR.get(p, "world")) for g, p, _ in rows if four_gold(g)]
    if four:
        classes = ["world", "business", "sport", "scitech"]
        conf = collections.Counter(four)
        right = sum(g == p for g, p in four)
        print(f"  four classes: {right}/{len(four)} = {right / len(four):.3f}; rows gold, columns {classes}")
        present = [g for g in classes if any(gg == g for gg, _ in four)]
        recall = {g: conf[(g, g)] / sum(conf[(g, p)] for p in classes) for g in present}
        print(f"  four classes balanced (mean recall, as on a set with as many of each): "
              f"{sum(recall.values()) / len(recall):.3f};", ", ".join(f"{g} {r:.2f}" for g, r in recall.items()))
        for g in classes:
            print(f"    {g:9s}", [conf[(g, p)] for p in classes])
if __name__ == "__main__":
    {"pages": pages, "score": score}[sys.argv[1]](*sys.argv[2:])
