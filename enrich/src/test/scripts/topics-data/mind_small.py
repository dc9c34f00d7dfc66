# MIND (Wu et al. 2020, Microsoft News): the first 2,000 news items of MINDsmall's training news.tsv, kept in
# one project's repository: title, abstract, and MSN's category and subcategory; stories syndicated from many
# US outlets. News subcategories of one topic map to it; national and world news, videos and other mixed
# ones are null (`orig` keeps "category/subcategory"). Microsoft Research License Terms: evaluation only.
import os, subprocess
from common import write, row
REPO = os.environ.get("MIRRORS", "/work/.mirror") + "/Farabi667+AI-Term-Project/repo"
COMMIT = "c83c37b18c1820abbd8ba6955912ac1e61e62fa1"
CATEGORY = {"sports": "sport", "finance": "economy", "health": "health", "foodanddrink": "lifestyle",
            "travel": "lifestyle", "lifestyle": "lifestyle", "weather": "weather", "movies": "arts",
            "music": "arts", "tv": "arts", "entertainment": "arts"}
NEWS = {"newspolitics": "politics", "newscrime": "crime", "newsscienceandtechnology": "science",
        "newstechnology": "science", "newsscience": "science", "newsbusiness": "economy"}
LIC = "Microsoft Research License Terms (non-commercial research) - evaluate only"
SOURCE = f"MIND (MINDsmall train excerpt), via Farabi667/AI-Term-Project @ {COMMIT[:8]}"
tsv = subprocess.run(["git", "-C", REPO, "show", f"{COMMIT}:MINDsmall_train/news.tsv"], capture_output=True,
                     text=True, check=True).stdout
rows = []
for line in tsv.splitlines():
    f = line.split("\t")
    if len(f) < 5 or not f[3].strip() or not f[4].strip():
        continue
    orig = f"{f[1]}/{f[2]}"
    topic = NEWS.get(f[2]) if f[1] == "news" else CATEGORY.get(f[1])
    rows.append(row(" ".join(f[3].split()), " ".join(f[4].split()), orig, {orig: topic}, "en", SOURCE, LIC))
write("mind-en-test", rows)
