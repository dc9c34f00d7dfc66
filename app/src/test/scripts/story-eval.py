#!/usr/bin/env python3
"""Story grouping on a labelled public set written by others: ECB+ (Cybulska & Vossen, LREC 2014).

ECB+ holds 982 news texts of 43 topics; each topic has two look-alike seminal events (the ECB text
files, *ecb.xml, and the ECB+ ones, *ecbplus.xml: e.g. Tara Reid enters rehab 2008 / Lindsay Lohan
enters rehab 2013), so the gold story of a text is its topic and half: 86 events. Licence CC BY 3.0
(LICENSEDATA.TXT and COPYING-CC.TXT of github.com/cltl/ecbPlus); the texts are read from the unzipped
copy in github.com/cltl/ECB-parser (folder ECB+/, commit eba7c4d1, same 982 files as ECB+.zip).

  story-eval.py build REPO_GIT_DIR OUT_DIR     pages OUT_DIR/pages/{A,B}/*.html + OUT_DIR/gold.tsv
  story-eval.py score OUT_DIR/gold.tsv ARTICLES.jsonl [SPLIT]   B-cubed P/R/F1 of newsflow local's output
                                               (a page missing from it counts as a story of its own)
  story-eval.py baseline OUT_DIR/gold.tsv      single-pass TF-IDF cosine, threshold tuned on A, shown on B
  story-eval.py headlines OUT_DIR/gold.tsv HEAD_DIR   headline mode: HEAD_DIR/pages/{A,B}/*.html, each page
                                               reduced to its headline (the first sentence where a text has
                                               none), same file names, times and URLs, so `score` takes the
                                               same gold.tsv; `baseline OUT_DIR/gold.tsv headlines` runs the
                                               baseline on the headlines alone

Splits: a topic goes to A (tuning) or B (report) by the low bit of md5(topic), so both look-alike
events of a topic stay in one split (the hard case stays whole). Each split is its own folder and is
run through `newsflow local` on its own.

What the data does not have, and what the pages get instead:
- No publication times. Each page gets a synthetic time: texts are put in a deterministic shuffled
  order (md5 of the file name) and dated one minute apart from 2024-01-01T00:00Z in that order, so
  time says nothing about the event (all 43 topics are "live" at once) and the stream order is mixed.
- The 480 ECB texts have no headline (the 502 ECB+ texts open with their URL, then the headline);
  their first sentence stands in as the headline.
- Texts are token lists; they are joined back with the usual detokenisation rules; sentences are put
  three to a paragraph.
"""
import collections, hashlib, html, json, math, os, re, subprocess, sys, urllib.parse
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone

START = datetime(2024, 1, 1, tzinfo=timezone.utc)
DOC = re.compile(r'^ECB\+/(\d+)/(\d+)_(\d+)(ecb|ecbplus)\.xml$')


def split_of(topic):
    return 'A' if hashlib.md5(topic.encode('utf-8')).digest()[15] & 1 == 0 else 'B'


def git(repo, *args):
    return subprocess.run(['git', '--git-dir', repo, *args], capture_output=True, check=True).stdout


def detok(tokens):
    s = ' '.join(tokens)
    s = s.replace('``', '"').replace("''", '"')
    s = re.sub(r' ([,.;:!?%)\]}])', r'\1', s)
    s = re.sub(r"([(\[{$]) ", r'\1', s)
    s = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r'\1', s)
    s = re.sub(r'([a-z0-9]) - ([a-z])', r'\1-\2', s)
    s = re.sub(r'(\d): (\d\d)\b', r'\1:\2', s)
    return s.strip()


def sentences(xml_bytes):
    root = ET.fromstring(xml_bytes)
    sents = collections.OrderedDict()
    for t in root.iter('token'):
        sents.setdefault(int(t.get('sentence')), []).append(t.text or '')
    return [sents[k] for k in sorted(sents)]


def page(title, published, url, paragraphs):
    canonical = f'<link rel="canonical" href="{html.escape(url)}">\n' if url else ''
    body = '\n'.join(f'<p>{html.escape(p)}</p>' for p in paragraphs)
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n<title>{html.escape(title)}</title>\n'
            f'<meta property="article:published_time" content="{published}">\n{canonical}</head>\n'
            f'<body><article>\n<h1>{html.escape(title)}</h1>\n{body}\n</article></body></html>\n')


def build(repo, out):
    names = [n for n in git(repo, 'ls-tree', '-r', '--name-only', 'HEAD', 'ECB+/').decode().splitlines()
             if DOC.match(n)]
    order = sorted(names, key=lambda n: hashlib.md5(os.path.basename(n).encode()).hexdigest())
    gold = []
    for rank, name in enumerate(order):
        m = DOC.match(name)
        topic, kind = m.group(1), m.group(4)
        sents = sentences(git(repo, 'show', 'HEAD:' + name))
        url = None
        if sents and sents[0] and sents[0][0].lower().startswith('http'):
            url = ''.join(sents[0])
            sents = sents[1:]
        title, body = detok(sents[0]), [detok(s) for s in sents[1:]]
        paragraphs = [' '.join(body[i:i + 3]) for i in range(0, len(body), 3)] or [title]
        published = (START + timedelta(minutes=rank)).strftime('%Y-%m-%dT%H:%M:%SZ')
        split = split_of(topic)
        file = f'{rank:04d}-{os.path.basename(name)[:-4]}.html'
        os.makedirs(os.path.join(out, 'pages', split), exist_ok=True)
        with open(os.path.join(out, 'pages', split, file), 'w', encoding='utf-8') as f:
            f.write(page(title, published, url, paragraphs))
        gold.append((file, f'{topic}{kind}', split, published, url or '', title, ' '.join(body)))
    with open(os.path.join(out, 'gold.tsv'), 'w', encoding='utf-8') as f:
        f.write('file\tevent\tsplit\tpublished\turl\ttitle\ttext\n')
        for row in gold:
            f.write('\t'.join(c.replace('\t', ' ').replace('\n', ' ') for c in row) + '\n')
    for s in ('A', 'B'):
        rows = [g for g in gold if g[2] == s]
        print(f'split {s}: {len(rows)} pages, {len({g[1] for g in rows})} events')


def read_gold(path):
    with open(path, encoding='utf-8') as f:
        head = f.readline().rstrip('\n').split('\t')
        return [dict(zip(head, line.rstrip('\n').split('\t'))) for line in f if line.strip()]


def bcubed(gold, pred):
    """gold, pred: item -> label over the same items. Returns P, R, F1."""
    gsize, psize, both = collections.Counter(gold.values()), collections.Counter(pred.values()), collections.Counter(
        (gold[i], pred[i]) for i in gold)
    p = sum(both[(gold[i], pred[i])] / psize[pred[i]] for i in gold) / len(gold)
    r = sum(both[(gold[i], pred[i])] / gsize[gold[i]] for i in gold) / len(gold)
    return p, r, 2 * p * r / (p + r)


def score(gold_path, articles_path, split=None):
    gold = {g['file']: g['event'] for g in read_gold(gold_path) if split is None or g['split'] == split}
    story = {}
    with open(articles_path, encoding='utf-8') as f:
        for line in f:
            a = json.loads(line)
            for u in [a['url'], *a.get('sources', [])]:
                name = os.path.basename(urllib.parse.unquote(urllib.parse.urlparse(u).path))
                if name in gold:
                    story[name] = a.get('storyId') or ('article:' + a['id'])
    missing = [n for n in gold if n not in story]
    pred = {n: story.get(n, 'missing:' + n) for n in gold}
    p, r, f1 = bcubed(gold, pred)
    print(f'{split or "all"}: {len(gold)} pages, {len(set(gold.values()))} events, '
          f'{len(set(pred.values()))} stories, {len(missing)} pages without an article (scored as singletons)')
    print(f'  B-cubed P {p:.3f}  R {r:.3f}  F1 {f1:.3f}')
    if missing:
        # near-copies leave articles.clean (they go to articles.latest with duplicateOf), so local's output
        # lacks them: also score only the pages that came out
        kept = {n: e for n, e in gold.items() if n in story}
        kp, kr, kf1 = bcubed(kept, {n: story[n] for n in kept})
        print(f'  B-cubed P {kp:.3f}  R {kr:.3f}  F1 {kf1:.3f} on the {len(kept)} pages that came out')
    return p, r, f1


STOP = set('''a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of
off on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves said says say also new one two s t'''.split())


def terms(text):
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP and len(w) > 1]


def single_pass(rows, threshold):
    """Stream order, incremental IDF; each page joins the most similar story centroid if cosine >= threshold."""
    df, n, centroids, labels = collections.Counter(), 0, [], {}
    for g in sorted(rows, key=lambda g: g['file']):
        tf = collections.Counter(terms(g['title'] + ' ' + g['title'] + ' ' + g['text']))
        n += 1
        df.update(tf.keys())
        vec = {t: (1 + math.log(c)) * math.log((n + 1) / (df[t] + 0.5)) for t, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vec = {t: v / norm for t, v in vec.items()}
        best, best_sim = None, threshold
        for k, (c, cnorm) in enumerate(centroids):
            sim = sum(v * c.get(t, 0.0) for t, v in vec.items()) / cnorm
            if sim >= best_sim:
                best, best_sim = k, sim
        if best is None:
            centroids.append((dict(vec), 1.0))
            best = len(centroids) - 1
        else:
            c = centroids[best][0]
            for t, v in vec.items():
                c[t] = c.get(t, 0.0) + v
            centroids[best] = (c, math.sqrt(sum(v * v for v in c.values())))
        labels[g['file']] = best
    return labels


def headlines(gold_path, out):
    """Each page as a headline stream would carry it: the headline alone, as title and as the one paragraph."""
    rows = read_gold(gold_path)
    for g in rows:
        os.makedirs(os.path.join(out, 'pages', g['split']), exist_ok=True)
        with open(os.path.join(out, 'pages', g['split'], g['file']), 'w', encoding='utf-8') as f:
            f.write(page(g['title'], g['published'], g['url'] or None, [g['title']]))
    for s in ('A', 'B'):
        print(f'split {s}: {sum(g["split"] == s for g in rows)} headline pages')


def baseline(gold_path, mode='full'):
    rows = read_gold(gold_path)
    if mode == 'headlines':
        rows = [dict(g, text='') for g in rows]
    by = {s: [g for g in rows if g['split'] == s] for s in ('A', 'B')}
    grid = [round(0.05 * i, 2) for i in range(1, 13)]
    tuned = {t: bcubed({g['file']: g['event'] for g in by['A']}, single_pass(by['A'], t)) for t in grid}
    best = max(grid, key=lambda t: tuned[t][2])
    for t in grid:
        print(f'  A threshold {t:.2f}: P {tuned[t][0]:.3f} R {tuned[t][1]:.3f} F1 {tuned[t][2]:.3f}')
    for s in ('A', 'B'):
        p, r, f1 = bcubed({g['file']: g['event'] for g in by[s]}, single_pass(by[s], best))
        print(f'TF-IDF single pass, threshold {best:.2f} (tuned on A), split {s}: P {p:.3f}  R {r:.3f}  F1 {f1:.3f}')


if __name__ == '__main__':
    cmd, args = sys.argv[1], sys.argv[2:]
    {'build': build, 'score': score, 'baseline': baseline, 'headlines': headlines}[cmd](*args)
