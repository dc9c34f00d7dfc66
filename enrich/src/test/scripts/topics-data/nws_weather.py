# Weather statements of the US National Weather Service (public domain: a US Government work, 17 USC 105), as
# api.weather.gov served them to a daily tracker that commits them, AlbinTouma/NWS-alerts-daily-tracker @ 64194a85
# (the last alerts.json under the snapshots' 4 MiB; the file accumulates, so it holds every earlier day). No
# training source had weather news, so the model never gave IPTC's weather topic; these are the only weather
# texts within reach. Land alerts only (marine and test messages dropped), each read as a news card: "High Wind
# Warning for Bordeaux area" and the WHAT line with the first IMPACTS sentence, or a statement's first sentences.
# A sentence pattern (names and numbers aside) is kept at most three times.
import collections
import json
import os
import re
import subprocess
from common import write

REPO = os.environ.get("MIRRORS", "/work/.mirror") + "/AlbinTouma+NWS-alerts-daily-tracker/repo"
COMMIT = "64194a85ba128fecb8028e20059724fade4bfc03"
SOURCE = "US National Weather Service statements, via AlbinTouma/NWS-alerts-daily-tracker"
LICENCE = "public domain (US Government work, 17 USC 105)"
SKIP = re.compile(r"Small Craft|Gale|Marine|Seas|Freezing Spray|Test Message", re.I)
STALE = re.compile(r"cancell?ed|expire|no longer in effect|has ended|Monitoring message", re.I)


def squash(t):
    return re.sub(r"\s+", " ", t or "").strip()


def sentences(t):
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", squash(t)) if s]


def bullets(desc):
    """'* WHAT...Frost.' '* WHERE...Trinity County.' -> {'WHAT': 'Frost.', 'WHERE': 'Trinity County.'}"""
    return {m.group(1).upper(): squash(m.group(2))
            for m in re.finditer(r"\*\s*([A-Z ]+?)\.\.\.(.*?)(?=\n\s*\*\s*[A-Z ]+?\.\.\.|\Z)", desc, re.S)}


def card(alert):
    event, desc = squash(alert["event"]), (alert.get("description") or "").replace("\r", "")
    if SKIP.search(event) or STALE.search(desc) or STALE.search(alert.get("headline") or ""):
        return None
    parts = bullets(desc)
    if "WHAT" in parts:
        where = parts.get("WHERE", "").rstrip(". ")
        where = where if len(where) <= 90 else where[:90].rsplit(",", 1)[0]
        title = f"{event} for {where}" if where else event
        text = " ".join([parts["WHAT"].rstrip(". ") + "."] + sentences(parts.get("IMPACTS", ""))[:1])
    else:
        prose = [p for p in re.split(r"\n\s*\n", desc) if not re.match(r"\s*(\*|\.\.\.|[A-Z ]+\.\.\.)", p)]
        text = " ".join(sentences(" ".join(prose[:2]))[:2])
        text = re.sub(r"^At \d{1,4}\s*[AP]M [A-Z]{3,4},\s*", "", text)
        title = f"{event} for {squash(alert.get('areaDesc')).split(';')[0]}"
        text = text[:1].upper() + text[1:]
    if len(text) < 40 or "..." in text or sum(c.isupper() for c in text) > len(text) / 3:
        return None
    return squash(title).replace("...", ", "), text


def main():
    alerts = json.loads(subprocess.run(["git", "-C", REPO, "show", COMMIT + ":alerts.json"],
                                       capture_output=True, check=True).stdout)
    rows, seen, patterns = [], set(), collections.Counter()
    for alert in alerts:
        c = card(alert)
        if not c or c[1] in seen:
            continue
        pattern = re.sub(r"\b[A-Z][\w'-]*|\d+", "X", c[1])
        patterns[pattern] += 1
        if patterns[pattern] > 3:
            continue
        seen.add(c[1])
        rows.append({"title": c[0], "text": c[1], "label": "medtop:17000000", "orig": alert["event"],
                     "lang": "en", "source": SOURCE, "licence": LICENCE})
    write("nws-weather-en-train", rows)


if __name__ == "__main__":
    main()
