# English Wikinews (CC BY 2.5): each article's headline and an early sentence, labelled by the Wikinews
# categories its editors gave it. lbechberger/ML4NLP (code MIT) keeps, for 18,208 articles of 2004-2013 from the
# NewsReader KnowledgeStore's Wikinews corpus, the article's top-level categories (resource_category_mappings.pickle,
# master) and, per event it found, the sentence that holds it (data/raw_csv/*.csv, branch delta). The headline is
# the article's URL title; the text is the sentence of the article's first-numbered event (events are numbered as
# the text is read, so this is mostly the lead, sometimes a later sentence). Only articles with exactly one topic
# category are kept; Local only, Media, Obituaries, Wackynews and Women are not topics and are ignored.
import csv
import io
import os
import pickle
import re
import subprocess
import urllib.parse
from common import write, row

REPO = os.environ.get("MIRRORS", "/work/.mirror") + "/lbechberger+ML4NLP/repo"
SOURCE = "Wikinews (English, 2004-2013), via lbechberger/ML4NLP @ 974122cd / 8aeaafcf"
LIC = "CC BY 2.5 (Wikinews contributors); category mapping and sentences from lbechberger/ML4NLP (MIT)"
M = {"Crime and law": "crime", "Culture and entertainment": "arts", "Disasters and accidents": "disaster",
     "Economy and business": "economy", "Education": "education", "Environment": "environment",
     "Health": "health", "Politics and conflicts": "politics", "Science and technology": "science",
     "Sports": "sport", "Weather": "weather"}


def git(*args, text=True):
    return subprocess.run(["git", "-C", REPO, *args], capture_output=True, check=True, text=text).stdout


cats = pickle.loads(git("show", "master:resource_category_mappings.pickle", text=False))["mappings"]
first = {}
for path in sorted(git("ls-tree", "-r", "--name-only", "delta", "data/raw_csv/").split()):
    for r in csv.DictReader(io.StringIO(git("show", "delta:" + path))):
        ev = re.search(r"#ev(\d+)$", r["events"])
        n = int(ev.group(1)) if ev else 10**9
        if r["uri"] not in first or n < first[r["uri"]][0]:
            first[r["uri"]] = (n, r["text"])
rows = []
for uri in sorted(first):
    topics = sorted({c for c in cats.get(uri, []) if c in M})
    if len(topics) != 1:
        continue
    title = urllib.parse.unquote(uri.rsplit("/wiki/", 1)[1]).replace("_", " ").strip()
    text = " ".join(first[uri][1].split("\n\n")[0].split())
    rows.append(row(title, text, topics[0], M, "en", SOURCE, LIC))
write("wikinews-en-train", rows)
