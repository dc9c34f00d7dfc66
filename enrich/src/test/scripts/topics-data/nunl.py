# nu.nl (Dutch), July 2022 - August 2024: the headline and section of every article its latest-articles API
# listed, from the history of a scraper that saved the list every 20 minutes (14,816 versions of one file).
# Headlines only (the API gives no lead). Sections of one topic map to it, event sections to theirs (a Grand
# Prix to sport, the war in Ukraine to conflict); national, world, opinion and service sections are null.
# Evaluation only.
import json, os, re, subprocess
from common import write, row
REPO = os.environ.get("MIRRORS", "/work/.mirror") + "/lassebenni+git-scraper-nu-nl/repo"
COMMIT = "dc24b5da14d1e132bfecc38b4fac8e0c22b314a7"
M = {"Voetbal": "sport", "Sport Overig": "sport", "Wielrennen": "sport", "Tennis": "sport", "WK voetbal": "sport",
     "Formule 1": "sport", "NU+ Formule 1": "sport", "Schaatsen": "sport", "Darts": "sport", "Tour de France": "sport",
     "WK voetbal 2023": "sport", "WK voetbal 2022": "sport", "NU+ Voetbal": "sport", "Sport": "sport",
     "Champions League": "sport", "Economie": "economy", "Geld": "economy", "Politiek": "politics",
     "Tweede Kamerverkiezingen 2023": "politics", "Formatie 2023": "politics", "Provinciale Statenverkiezingen": "politics",
     "Amerikaanse verkiezingen": "politics", "Tech": "science", "Wetenschap": "science", "Tech & Wetenschap": "science",
     "Tech en Wetenschap": "science", "Muziek": "arts", "Films & Series": "arts", "Boek & Cultuur": "arts",
     "Media": "arts", "Media en Cultuur": "arts", "Songfestival": "arts", "Achterklap": "human",
     "Koningshuis": "human", "Opmerkelijk": "human", "Goed nieuws": "human", "Klimaat": "environment",
     "NU+ Klimaat": "environment", "Dieren": "environment", "Weerbericht": "weather", "Gezondheid": "health",
     "Coronavirus": "health", "Oorlog in Oekraïne": "conflict", "Oorlog Israël en Hamas": "conflict",
     "Gazaconflict": "conflict", "Misdaad": "crime", "Aardbeving Syrië en Turkije": "disaster",
     "Overstromingen Limburg": "disaster", "Wonen": "lifestyle", "Vakantie": "lifestyle", "Slimmer leven": "lifestyle"}
LIC = "none stated; the headlines (c) nu.nl / DPG Media - evaluate only"
SOURCE = f"nu.nl latest articles, via lassebenni/git-scraper-nu-nl @ {COMMIT[:8]}"
def git(*a, stdin=None):
    return subprocess.run(["git", "-C", REPO, *a], input=stdin, capture_output=True, check=True).stdout
log = git("log", COMMIT, "--format=", "--raw", "--no-abbrev", "--", "headlines.json").decode().splitlines()
blobs = sorted({l.split()[3] for l in log if l.startswith(":")} - {"0" * 40})
batch = git("cat-file", "--batch", stdin=("\n".join(blobs) + "\n").encode())
articles, i = {}, 0
while i < len(batch):
    header_end = batch.index(b"\n", i)
    size = int(batch[i:header_end].split()[2])
    try:
        listed = json.loads(batch[header_end + 1:header_end + 1 + size]) or []
    except ValueError:
        listed = []
    i = header_end + 1 + size + 1
    for a in listed:
        section = isinstance(a, dict) and a.get("type") == "article" and (a.get("canonical_section") or {}).get("name")
        if section and a.get("title"):
            articles[a["id"]] = (" ".join(a["title"].split()), section)
rows, seen = [], set()
for key in sorted(articles):
    title, section = articles[key]
    if title not in seen:
        seen.add(title)
        rows.append(row(title, "", section, {section: M.get(section)}, "nl", SOURCE, LIC))
write("nunl-nl-test", rows)
