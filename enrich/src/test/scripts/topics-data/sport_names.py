# Names of football clubs and racing drivers, each with what it is in English, for the topic model's glossary
# (SportNames): a Dutch or German headline of names ("Feyenoord bijt zich stuk op NEC") then reads "football club".
# Sources: openfootball/clubs (CC0): every club's name and the other names it goes by, from the *.clubs.txt files;
# F1DB (f1db/f1db, CC BY 4.0): the surname of every Formula One driver born 1970 or later.
# Left out, so that a name is read only where it means the club or the driver:
# - a club's town or region (the places after the name in the clubs files: "Volendam", "Groningen"), and a
#   name made of such places and club words only ("FC Utrecht" stays, "Utrecht" goes);
# - what is no name (an address or a note in the clubs files: letters, digits, '.', '&', '-' and spaces only);
# - a one-word name that the glossary knows as a word of one of its languages ("Union", "Start", "Europa");
#   one shorter than 4 letters unless written in capitals ("PSV", "AZ");
# - a name that the English training data (the sets of the README's recipe) uses more than a quarter as often
#   outside sport as in it ("America", "Chicago", "King", "Tom").
# Run from this folder after the training sets are built (OUT, as for the other scripts):
#   MIRRORS=/work/.mirror python3 sport_names.py
# The mirrors are git clones of the two repositories at the commits below.
import glob
import gzip
import json
import os
import re
import subprocess
from common import OUT

MIRRORS = os.environ.get("MIRRORS", "/work/.mirror")
CLUBS = (MIRRORS + "/openfootball+clubs/repo", "ae3800227c449447b3a337fc0aac79a8f02f4c8b")
F1DB = (MIRRORS + "/f1db+f1db/repo", "6a5845b840e68d53400f3e8db97b55c3ad2fab52")
RESOURCES = "../../../main/resources/io/newsflow/enrich/topics/"
SPORT = "medtop:15000000"
CLUB_WORDS = {"fc", "sc", "cf", "ac", "afc", "sv", "vfb", "vfl", "fk", "sk", "if", "bk", "cd", "ud", "sd", "club",
              "city", "united", "town", "county", "real", "sporting", "athletic", "atlético", "de", "du", "la",
              "le", "del"}
TRAINING = ["huffpost-en-train", "cnndm-urls-en-train", "wikicep-en-train", "wikinews-en-train",
            "masakhanews-en-train", "masakhanews-fr-train"]


def git(repo, *args):
    return subprocess.run(["git", "-C", repo[0], *args], capture_output=True, check=True, text=True).stdout


def clubs():
    names, places = set(), set()
    files = [f for f in git(CLUBS, "ls-tree", "-r", "--name-only", CLUBS[1]).split() if f.endswith(".clubs.txt")]
    for f in files:
        for line in git(CLUBS, "show", CLUBS[1] + ":" + f).splitlines():
            line = line.split("#")[0].rstrip()
            if not line.strip() or line.startswith("="):
                continue
            if line.lstrip().startswith("|"):
                names.update(alt.strip() for alt in line.strip().lstrip("|").split("|"))
                continue
            parts = [p.strip() for p in re.sub(r"^ii+\)\s*", "", line).split(",")]
            names.add(re.sub(r"\s*\(.*?\)", "", parts[0]).strip())
            for p in parts[1:]:
                if not re.match(r"^\d", p):
                    for place in p.split("›"):
                        places.add(place.strip())
    return names, places


def drivers():
    out = set()
    for f in git(F1DB, "ls-tree", "-r", "--name-only", F1DB[1], "src/data/drivers").split():
        y = git(F1DB, "show", F1DB[1] + ":" + f)
        last = re.search(r"^lastName: (.+)$", y, re.M)
        born = re.search(r"^dateOfBirth: (\d{4})", y, re.M)
        if last and born and int(born.group(1)) >= 1970:
            out.add(last.group(1).strip())
    return out


def sport_share(names):
    """How often each name stands in sport items and in other items of the English training data."""
    first = {}
    for n in names:
        first.setdefault(n.split()[0], []).append(n)
    sport, other = {}, {}
    files = [os.path.join(OUT, t + ".jsonl") for t in TRAINING]
    files += glob.glob(os.path.join(OUT, "sib200-*-train.jsonl")) + glob.glob(os.path.join(OUT, "sib200-*-dev.jsonl"))
    for f in files:
        for line in open(f, encoding="utf-8"):
            item = json.loads(line)
            words = re.findall(r"[\w'-]+", (item.get("title") or "") + " " + (item.get("text") or ""))
            joined = " " + " ".join(words) + " "
            seen = {n for w in words for n in first.get(w, ()) if " " + n + " " in joined}
            counts = sport if item["label"] == SPORT else other
            for n in seen:
                counts[n] = counts.get(n, 0) + 1
    return sport, other


club_names, places = clubs()
driver_names = drivers()
place_words = {w.lower() for p in places for w in p.split()}
glossed = set()
with gzip.open(RESOURCES + "glossary.tsv.gz", "rt", encoding="utf-8") as g:
    for line in g:
        f = line.split("\t")
        if len(f) == 3:
            glossed.add(f[1])


def kept(name):
    if not re.fullmatch(r"[\w.'&-]+(?: [\w.'&-]+)*", name) or not re.search(r"[^\W\d_]", name):
        return False  # an address or a note, not a name
    words = name.split()
    if len(words) == 1:
        w = name.lower()
        return not (w in glossed or w in place_words or (len(name) < 4 and not name.isupper()) or len(name) < 2)
    rest = [w for w in words if w.lower() not in CLUB_WORDS]
    return bool(rest) and not (all(w.lower() in place_words for w in rest) and len(rest) == len(words))


candidates = {n for n in (club_names - places) | driver_names if (len(n) >= 3 or n.isupper()) and kept(n)}
sport, other = sport_share(candidates)
chosen = sorted(n for n in candidates if other.get(n, 0) <= 0.25 * sport.get(n, 0))
with open(RESOURCES + "sport-names.tsv", "w", encoding="utf-8") as out:
    out.write("# Football clubs (openfootball/clubs @ %s, CC0) and Formula One drivers (F1DB @ %s, CC BY 4.0),\n"
              % (CLUBS[1][:8], F1DB[1][:8]))
    out.write("# each with what it is in English; built by enrich/src/test/scripts/topics-data/sport_names.py.\n")
    for n in chosen:
        out.write(n + "\t" + ("racing driver" if n in driver_names else "football club") + "\n")
print(len(club_names), "club names,", len(driver_names), "drivers,", len(candidates), "kept by name,", len(chosen),
      "written")
