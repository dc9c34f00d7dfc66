# Le Monde, 2022: the headline and one-sentence lead of the items of its section RSS feeds, as a course
# corpus saved them at 7 pm every day (354 days). An item in one section feed only is labelled by it; the front
# page's feed and items of several feeds are left out. International and Europe are the world desk; Société
# mixes justice, education, religion and crime; Débats is opinion: null. Evaluation only.
import collections, html, os, re, subprocess
import xml.etree.ElementTree as ET
from common import write, row
REPO = os.environ.get("MIRRORS", "/work/.mirror") + "/MichaBiriuchinskii+PPE2/repo"
COMMIT = "630f0ece3483c58025d4020efefbbc1e46ec896e"
M = {"Politique": "politics", "Sport": "sport", "Culture": "arts", "Cinéma": "arts", "Livres": "arts",
     "Médias": "arts", "Économie": "economy", "Planète": "environment", "Sciences": "science",
     "Technologies": "science", "Voyage": "lifestyle", "International": None, "Europe": None, "Société": None,
     "Débats": None}
LIC = "none stated; Le Monde's RSS is for personal, non-professional use - evaluate only"
SOURCE = f"Le Monde section RSS feeds 2022, via MichaBiriuchinskii/PPE2 @ {COMMIT[:8]}"
def git(*a):
    return subprocess.run(["git", "-C", REPO, *a], capture_output=True, check=True).stdout
items, feeds = {}, collections.defaultdict(set)
listing = [l.split("\t") for l in git("ls-tree", "-r", COMMIT).decode().splitlines()]
for meta, path in sorted(listing, key=lambda x: x[1]):
    if not (path.startswith("Corpus/2022/") and path.endswith(".xml")):
        continue
    try:
        channel = ET.fromstring(git("cat-file", "-p", meta.split()[2])).find("channel")
    except ET.ParseError:
        continue
    if channel is None:
        continue
    section = re.split(r"\s*:\s*", (channel.findtext("title") or "").strip())[0].replace(" - ne plus utiliser", "")
    for it in channel.findall("item"):
        guid = (it.findtext("guid") or it.findtext("link") or "").strip()
        title = html.unescape((it.findtext("title") or "").strip())
        if guid and title:
            lead = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", it.findtext("description") or "")).split())
            items.setdefault(guid, (title, lead))
            feeds[guid].add(section)
rows, seen = [], set()
for guid, (title, lead) in items.items():
    sections = {s for s in feeds[guid] if not s.startswith("Le Monde.fr")}
    if len(sections) == 1 and title not in seen and next(iter(sections)) in M:
        seen.add(title)
        rows.append(row(title, lead, sections.pop(), M, "fr", SOURCE, LIC))
write("lemonde-fr-test", rows)
