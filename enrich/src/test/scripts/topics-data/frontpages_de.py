# German front pages, 29 Dec 2025 - 4 Jan 2026 (defgsus/frontpage-archive-2026: each snapshot lists every
# article linked from the page with its headline and URL), every version in the repository's history. The
# label is the section in the URL (Spiegel, Zeit, FAZ, Sueddeutsche, Welt, Bild, Frankfurter Rundschau,
# Volksstimme). The repository states no licence: evaluation only.
import json, os, re, subprocess
from urllib.parse import urlparse
from common import write, row
REPO = os.environ.get("MIRRORS", "/work/.mirror") + "/defgsus+frontpage-archive-2026/repo"
M = {}
for topic, words in {"economy": "wirtschaft finanzen geld", "science": "wissenschaft wissen digital netzwelt technik-motor",
                     "sport": "sport fussball", "politics": "politik", "arts": "kultur feuilleton unterhaltung",
                     "health": "gesundheit", "environment": "klima umwelt", "lifestyle": "reise reisen",
                     "education": "bildung"}.items():
    for w in words.split():
        M[w] = topic
OUTLETS = {"spiegel.de": ("Der Spiegel", ()), "zeit.de": ("Die Zeit", ()), "faz.net": ("FAZ", ("aktuell",)),
           "sueddeutsche.de": ("Süddeutsche Zeitung", ()), "welt.de": ("Die Welt", ()), "bild.de": ("Bild", ()),
           "fr.de": ("Frankfurter Rundschau", ()), "volksstimme.de": ("Volksstimme", ("lokal",))}
LIC = "none stated in the repository; headlines (c) the publishers - evaluation only"


def outlet(host):
    return next((v for k, v in OUTLETS.items() if host == k or host.endswith("." + k)), None)


def section(url, skip):
    for s in [x.lower() for x in urlparse(url).path.split("/") if x][:3]:
        if s not in skip and not re.fullmatch(r"\d{1,4}|\d{4}-\d\d", s):
            return s
    return None


objects = subprocess.run(["git", "-C", REPO, "rev-list", "--objects", "--all", "--", "docs/snapshots"],
                         capture_output=True, text=True, check=True).stdout
blobs = sorted({l.split(" ", 1)[0] for l in objects.splitlines() if l.endswith(".json")})
seen_url, seen_title, rows = set(), set(), []
for blob in blobs:
    snapshot = json.loads(subprocess.run(["git", "-C", REPO, "cat-file", "blob", blob],
                                         capture_output=True, check=True).stdout)
    for a in snapshot.get("articles") or []:
        url = (a.get("url") or "").strip()
        title = re.sub(r"(?<=[^\s\d]):(?=[^\s\d/])", ": ", " ".join((a.get("title") or "").split()))
        o = outlet(urlparse(url).netloc.lower()) if url and url not in seen_url else None
        seen_url.add(url)
        s = section(url, o[1]) if o else None
        if s not in M or len(title.split()) < 4 or title.lower() in seen_title:
            continue
        seen_title.add(title.lower())
        rows.append(row(title, "", s, M, "de", o[0] + " (URL sections)", LIC))
write("frontpages-de-test", rows)
