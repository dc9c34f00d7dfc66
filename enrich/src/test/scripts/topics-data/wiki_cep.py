# Wikipedia's Current Events Portal (CC BY-SA 4.0): one-sentence news summaries filed by the portal's editors
# under a category heading, parsed from the daily pages into YAML by ianrastall/current-events-context
# (its LICENSE: CC0 1.0; the text is Wikipedia's). Only items listed directly under a recognised heading are kept
# (the parser kept headings on the 2010-2020 pages; earlier and later days are almost all "Uncategorized").
# Story-header bullets (no sentence) are dropped; trailing outlet citations like "(Reuters) (BBC)" are stripped.
# "Health and environment" is mixed -> null.
# A business-and-economy item that names a technology firm or product (TECH below) is labelled science and
# technology: the outlets whose sections we learn from (HuffPost's and CNN's tech, the Daily Mail's sciencetech,
# BBC's technology) file such news there, and the portal's editors under business.
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
from common import write

ARMED = "medtop:16000000"
LAB = {
    "armed conflicts and attacks": ARMED, "armed conflict and attacks": ARMED,
    "armed attacks and conflicts": ARMED, "armed conflicts and incidents": ARMED,
    "armed conflicts": ARMED, "attacks and conflicts": ARMED,
    "attacks and armed conflicts": ARMED,
    "arts and culture": "medtop:01000000", "art and culture": "medtop:01000000",
    "arts, culture and entertainment": "medtop:01000000", "culture": "medtop:01000000",
    "business and economy": "medtop:04000000", "business and economics": "medtop:04000000",
    "business": "medtop:04000000", "business and finance": "medtop:04000000",
    "businesses and economy": "medtop:04000000", "economy": "medtop:04000000",
    "disasters and accidents": "medtop:03000000", "disasters": "medtop:03000000",
    "disaster and accidents": "medtop:03000000", "disasters and incidents": "medtop:03000000",
    "accidents and disasters": "medtop:03000000", "natural disasters": "medtop:03000000",
    "health": "medtop:07000000", "health and medicine": "medtop:07000000",
    "environment": "medtop:06000000",
    "health and environment": None, "environment and health": None,
    "international relations": "medtop:11000000", "politics and elections": "medtop:11000000",
    "politics": "medtop:11000000", "politics and election": "medtop:11000000",
    "politics and government": "medtop:11000000", "elections": "medtop:11000000",
    "law and crime": "medtop:02000000", "law": "medtop:02000000", "law and crimes": "medtop:02000000",
    "crime": "medtop:02000000",
    "science and technology": "medtop:13000000", "science": "medtop:13000000",
    "technology": "medtop:13000000",
    "sports": "medtop:15000000", "sport": "medtop:15000000",
}
ECONOMY, SCIENCE = "medtop:04000000", "medtop:13000000"
TECH = re.compile(
    r"\b(Google|Apple|Facebook|Microsoft|Amazon|Twitter|Intel|Samsung|Sony|Nokia|IBM|Yahoo|eBay|Netflix|Uber|Tesla"
    r"|software|smartphones?|internet|iPhone|iPad|Android|computers?|semiconductors?|chips?|chipmakers?|Huawei"
    r"|Alibaba|Tencent|Baidu|TikTok|telecom\w*|artificial intelligence|robots?|BlackBerry|Motorola|Oracle|Cisco"
    r"|Dell|HP|Lenovo|Qualcomm|Nvidia|AMD|Xiaomi|SpaceX|OpenAI|ByteDance|broadband|5G|cryptocurrenc\w+|Bitcoin"
    r"|video games?|PlayStation|Xbox|Nintendo|streaming)\b")


def label(heading, text):
    code = LAB[heading]
    return SCIENCE if code == ECONOMY and TECH.search(text) else code


def fold(lines):
    """YAML line folding: single break -> space, empty line -> newline."""
    out, pending_nl = [], 0
    for i, ln in enumerate(lines):
        ln = ln.strip()
        if ln == "":
            pending_nl += 1
            continue
        if out:
            out.append("\n" * pending_nl if pending_nl else " ")
        out.append(ln)
        pending_nl = 0
    return "".join(out)


DQ_ESC = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v",
          "f": "\f", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\",
          "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029"}


def decode_dq(lines):
    """Double-quoted scalar: fold breaks, honour escaped line breaks and escapes."""
    raw, pending_nl = "", 0
    for i, ln in enumerate(lines):
        s = ln.strip()
        if i and s == "":
            pending_nl += 1
            continue
        if i:
            if raw.endswith("\\") and (len(raw) - len(raw.rstrip("\\"))) % 2 == 1:
                raw = raw[:-1]          # escaped line break: join directly
            else:
                raw += "\n" * pending_nl if pending_nl else " "
        raw += s
        pending_nl = 0
    assert raw.startswith('"') and raw.endswith('"'), raw[:40]
    raw = raw[1:-1]
    out, i = [], 0
    while i < len(raw):
        c = raw[i]
        if c != "\\":
            out.append(c); i += 1; continue
        n = raw[i + 1]
        if n in DQ_ESC:
            out.append(DQ_ESC[n]); i += 2
        elif n in "xuU":
            k = {"x": 2, "u": 4, "U": 8}[n]
            out.append(chr(int(raw[i + 2:i + 2 + k], 16))); i += 2 + k
        else:
            out.append(n); i += 2
    return "".join(out)


def decode_scalar(lines):
    first = lines[0].lstrip()
    if first.startswith("'"):
        s = fold([first] + lines[1:])
        assert s.endswith("'"), s[-40:]
        return s[1:-1].replace("''", "'")
    if first.startswith('"'):
        return decode_dq([first] + lines[1:])
    return fold([first] + lines[1:])


def parse_file(path):
    """Return (ok, [(key, item), ...]) for the Intelligence_Payload section."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    top = [ln.split(":")[0] for ln in lines if ln and not ln[0].isspace() and not ln.startswith("- ")]
    if set(top) != {"Date", "Source_URI", "Intelligence_Payload"}:
        return False, []
    i = next(k for k, ln in enumerate(lines) if ln.startswith("Intelligence_Payload:"))
    res, key, cur = [], None, None

    def flush():
        if cur is not None:
            res.append((key, decode_scalar(cur)))

    in_complex = False  # "? long key" blocks (never a CEP category): skip
    for ln in lines[i + 1:]:
        if ln and not ln[0].isspace():
            break
        if ln.startswith("  ? "):
            flush()
            cur, in_complex = None, True
            continue
        if in_complex:
            if ln.startswith("  ") and not ln.startswith("   ") and not ln.startswith("  : ") \
                    and ln.rstrip().endswith(":"):
                in_complex = False
            else:
                continue
        if ln.startswith("  - "):
            flush()
            cur = [ln[4:]]
        elif ln.startswith("    ") or (ln.strip() == "" and cur is not None):
            cur.append(ln)
        elif ln.startswith("  ") and ln.rstrip().endswith(":"):
            flush()
            cur = None
            key = decode_scalar([ln.strip()[:-1]])
        elif ln.strip() == "":
            continue
        else:
            raise ValueError("unexpected line in %s: %r" % (path, ln))
    flush()
    return True, res


SRC_RE = re.compile(r"^(.*?[.!?\"”’'])\s*,?\s*\(([^()]{1,120})\)\s*,?$", re.S)


def clean(text):
    text = re.sub(r"\s+", " ", text).strip()
    had_src = False
    while True:
        m = SRC_RE.match(text)
        if not m:
            break
        text, had_src = m.group(1).strip(), True
    return text, had_src


REPO = os.environ.get("MIRRORS", "/work/.mirror") + "/ianrastall+current-events-context/repo"
SOURCE = "Wikipedia Portal:Current events, via ianrastall/current-events-context"
LICENCE = "CC BY-SA 4.0 (Wikipedia text); repo LICENSE CC0-1.0"


def main():
    rows, seen = [], set()
    with tempfile.TemporaryDirectory() as src:
        archive = subprocess.run(["git", "-C", REPO, "archive", "HEAD"], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", src], input=archive, check=True)
        for path in sorted(glob.glob(os.path.join(src, "[12][0-9][0-9][0-9]", "[01][0-9]", "*.yaml"))):
            ok, items = parse_file(path)
            if not ok:
                continue
            date = os.path.basename(path)[:-5]
            for key, item in items:
                k = key.strip().lower()
                if k not in LAB:
                    continue
                text, _ = clean(item)
                # drop story-header bullets ("COVID-19 pandemic in Italy") and stubs
                if not re.search(r"[.!?\"”’]$", text) or len(text.split()) < 6 or text in seen:
                    continue
                seen.add(text)
                rows.append({"title": "", "text": text, "label": label(k, text), "orig": key.strip(), "lang": "en",
                             "date": date, "source": SOURCE, "licence": LICENCE})
    write("wikicep-en-train", rows)


if __name__ == "__main__":
    main()
