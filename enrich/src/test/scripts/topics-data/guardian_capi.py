# The Guardian: headline, standfirst (trailText) and section of 2,995 articles of May-August 2022, as the
# Guardian's Content API returned them to one project (search results saved as JSON). A headline and a
# one-sentence standfirst, the shape of a news card. Sections of one topic map to it; the national and world
# news desks, Opinion and puzzles are mixed (label null, `orig` keeps the section). Evaluation only.
import html, json, os, re, subprocess
from common import write, row
REPO = os.environ.get("MIRRORS", "/work/.mirror") + "/tkgnm+machine-learning-capi/repo"
COMMIT = "31260e582d9c3f536ae14f04d069f6e618b122e6"
M = {"Business": "economy", "Money": "economy", "Sport": "sport", "Football": "sport",
     "Technology": "science", "Science": "science", "Environment": "environment", "Politics": "politics",
     "Film": "arts", "Music": "arts", "Books": "arts", "Stage": "arts", "Art and design": "arts",
     "Television & radio": "arts", "Culture": "arts", "Media": "arts", "Education": "education",
     "Society": "society", "Life and style": "lifestyle", "Food": "lifestyle", "Travel": "lifestyle"}
LIC = "none stated in the repository; the texts (c) Guardian News & Media (Open Platform terms) - evaluate only"
SOURCE = f"The Guardian (Content API results), via tkgnm/machine-learning-capi @ {COMMIT[:8]}"
def text(s):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", s or "")).split())
listing = subprocess.run(["git", "-C", REPO, "ls-tree", "-r", COMMIT], capture_output=True, text=True,
                         check=True).stdout.splitlines()
seen, rows = set(), []
for entry in sorted(listing, key=lambda l: l.split("\t")[1]):
    meta, path = entry.split("\t")
    if not path.endswith(".json") or "checkpoint" in path:
        continue
    blob = subprocess.run(["git", "-C", REPO, "cat-file", "-p", meta.split()[2]], capture_output=True,
                          check=True).stdout
    for a in json.loads(blob)["response"]["results"]:
        f = a.get("fields", {})
        title, lead = text(f.get("headline") or a["webTitle"]), text(f.get("trailText"))
        if a["id"] in seen or not title or not lead:
            continue
        seen.add(a["id"])
        rows.append(row(title, lead, a["sectionName"], {**M, a["sectionName"]: M.get(a["sectionName"])},
                        "en", SOURCE, LIC))
write("guardian-en-test", rows)
