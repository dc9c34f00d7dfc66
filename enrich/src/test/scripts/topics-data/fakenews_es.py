# The Spanish Fake News Corpus (Posadas-Durán et al. 2019; v2.0, FakeDeS at IberLEF 2021), jpposadas/FakeNewsCorpusSpanish
# @ 732f4870: news from Mexican, Spanish and other Spanish-language outlets, 2018-2021, each with a topic given by the
# corpus' annotators. Only the items marked true are kept (the fake ones are fact-checked hoaxes and social media
# posts, not news). Evaluation only: Spanish news for the topic figures per language; the corpus is CC BY 4.0 but
# the articles are the outlets'. Numbers are masked as *NUMBER* in the source; the text repeats the headline first.
import io
import os
import re
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from common import write, row

REPO = os.environ.get("MIRRORS", "/work/.mirror") + "/jpposadas+FakeNewsCorpusSpanish/repo"
SOURCE = "Spanish Fake News Corpus (true items), jpposadas/FakeNewsCorpusSpanish"
LICENCE = "CC BY 4.0 (the corpus); articles (c) their outlets"
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
TOPICS = {"politics": "politics", "política": "politics", "internacional": "politics", "sport": "sport",
          "deporte": "sport", "entertainment": "arts", "society": "society", "sociedad": "society",
          "science": "science", "ciencia": "science", "economy": "economy", "security": "crime",
          "health": "health", "covid-19": "health", "education": "education", "ambiental": "environment"}


def sheet(name):
    data = subprocess.run(["git", "-C", REPO, "show", "HEAD:" + name], capture_output=True, check=True).stdout
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        shared = [
            "".join(t.text or "" for t in si.iter("{%s}t" % NS["m"]))
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)
        ]
        rows = []
        for r in ET.fromstring(z.read("xl/worksheets/sheet1.xml")).iter("{%s}row" % NS["m"]):
            cells = {}
            for c in r.findall("m:c", NS):
                col = re.match(r"[A-Z]+", c.get("r")).group(0)
                v = c.find("m:v", NS)
                inline = c.find("m:is", NS)
                if c.get("t") == "s" and v is not None:
                    cells[col] = shared[int(v.text)]
                elif inline is not None:
                    cells[col] = "".join(t.text or "" for t in inline.iter("{%s}t" % NS["m"]))
                elif v is not None:
                    cells[col] = v.text
            rows.append(cells)
    head = {v.strip().lower(): k for k, v in rows[0].items()}
    return [{h: r.get(col, "") for h, col in head.items()} for r in rows[1:]]


def main():
    out = []
    for name in ["train.xlsx", "development.xlsx", "test.xlsx"]:
        for r in sheet(name):
            if r.get("category", "").strip().lower() not in ("true", "1"):
                continue
            title = (r.get("headline") or "").strip()
            text = (r.get("text") or "").strip()
            if title and text.startswith(title):
                text = text[len(title):].strip()
            topic = (r.get("topic") or r.get("topics") or "").strip()  # the test sheet names it "TOPICS"
            out.append(row(title, text, topic, {topic: TOPICS[topic.lower()]}, "es",
                           f"{SOURCE} {name} {r.get('id', '')} {r.get('source', '').strip()}", LICENCE))
    write("fakenews-es-test", out)


if __name__ == "__main__":
    main()
