# BBC News of 2004-2005 (Greene & Cunningham 2006): 2,225 stories in five sections; the title and the first
# paragraph (one sentence, the BBC's style) of each. BBC is also in training (MasakhaNEWS, 2020s): measure
# with a model trained without it (-Dprobe.out, calibrated on BBC). All rights the BBC's: evaluation only.
import os, re, subprocess
from common import write, row
REPO = os.environ.get("MIRRORS", "/work/.mirror") + "/dejanbatanjac+bbc-article-classify-bert/repo"
COMMIT = "8265dc84e88b82b87ce7f5b2df5bbbb1159ae922"
M = {"business": "economy", "sport": "sport", "politics": "politics", "entertainment": "arts", "tech": "science"}
LIC = "research use (the dataset's README: all rights in the articles are the BBC's) - evaluate only"
SOURCE = f"BBC News 2004-05 (Greene & Cunningham 2006), via dejanbatanjac/bbc-article-classify-bert @ {COMMIT[:8]}"
listing = subprocess.run(["git", "-C", REPO, "ls-tree", "-r", COMMIT], capture_output=True, text=True,
                         check=True).stdout.splitlines()
rows, seen = [], set()
for entry in listing:
    meta, path = entry.split("\t")
    m = re.match(r"bbc/(\w+)/\d+\.txt$", path)
    if not m:
        continue
    raw = subprocess.run(["git", "-C", REPO, "cat-file", "-p", meta.split()[2]], capture_output=True,
                         check=True).stdout
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        t = raw.decode("latin-1")
    lines = [l.strip() for l in t.strip().split("\n")]
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", "\n".join(lines[1:])) if p.strip()]
    if not paragraphs or (lines[0], paragraphs[0]) in seen:
        continue  # the set holds some stories twice
    seen.add((lines[0], paragraphs[0]))
    rows.append(row(lines[0], paragraphs[0], m.group(1), M, "en", SOURCE, LIC))
write("bbcgreene-en-test", rows)
