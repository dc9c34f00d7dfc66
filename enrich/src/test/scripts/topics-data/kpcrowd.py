# 500N-KPCrowd (Marujo et al. 2012): 500 English news stories from many outlets (AP, Reuters, Bloomberg,
# CNN, HealthDay, UPI, ...), 50 in each of 10 sections; a title, and the story where the authors kept it.
import html, io, os, re, subprocess, zipfile
from common import write, row
REPO = os.environ.get("MIRRORS", "/work/.mirror") + "/LIAAD+KeywordExtractor-Datasets/repo"
M = {"art_and_culture": "arts", "fashion": "arts", "business": "economy", "crime": "crime", "health": "health",
     "politics_us": "politics", "politics_world": "politics", "science": "science", "tech": "science",
     "sports": "sport"}
LIC = "research and education only (the corpus README) - evaluate only"
blob = subprocess.run(["git", "-C", REPO, "show", "HEAD:datasets/500N-KPCrowd-v1.1.zip"],
                      capture_output=True, check=True).stdout
rows = []
with zipfile.ZipFile(io.BytesIO(blob)) as z:
    for name in sorted(n for n in z.namelist() if "/docsutf8/" in n and n.endswith(".txt")):
        section = re.sub(r"-\d+\.txt$", "", os.path.basename(name))
        lines = [l.strip() for l in z.read(name).decode("utf-8").split("\n") if l.strip()]
        rows.append(row(html.unescape(lines[0]), html.unescape(" ".join(lines[1:])), section, M, "en",
                        "500N-KPCrowd (Marujo et al. 2012), via LIAAD/KeywordExtractor-Datasets", LIC))
write("kpcrowd500n-en-test", rows)
