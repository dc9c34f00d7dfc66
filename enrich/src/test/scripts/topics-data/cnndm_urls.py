# CNN and Daily Mail stories of March-April 2015, as the URL lists of the CNN/Daily Mail summarisation set
# name them (abisee/cnn-dailymail, MIT): the section is the publisher's own (the URL's first path segment)
# and the Daily Mail's URL carries the headline, so each item is a headline labelled by its section. CNN's
# URLs carry a short slug only. Sections of mixed topic (news, us, world, opinions, femail, ...) -> null.
import os, re, subprocess
from common import write, row
REPO = os.environ.get("MIRRORS", "/work/.mirror") + "/abisee+cnn-dailymail/repo"
DM = {"sport": "sport", "sciencetech": "science", "health": "health", "tvshowbiz": "arts", "travel": "lifestyle",
      "money": "economy"}
CNN = {"politics": "politics", "entertainment": "arts", "health": "health", "tech": "science", "business": "economy",
       "sport": "sport", "football": "sport", "tennis": "sport", "golf": "sport", "motorsport": "sport",
       "travel": "lifestyle", "justice": "crime", "weather": "weather"}
LIC = "URL list MIT (abisee/cnn-dailymail); headlines in the URLs (c) the publishers"
seen, rows = set(), []
for name in ("all_val", "all_test"):
    text = subprocess.run(["git", "-C", REPO, "show", "HEAD:url_lists/%s.txt" % name],
                          capture_output=True, check=True).stdout.decode()
    for url in text.split():
        url = re.sub(r"^.*?id_/", "", url)
        m = re.match(r"https?://(?:www\.)?dailymail\.co\.uk/([^/]+)/(?:[^/]+/)*article-\d+/(.+?)\.html", url)
        if m and m.group(1) in DM:
            section, title, source, mapping = m.group(1), m.group(2), "Daily Mail (URL sections)", DM
        else:
            m = re.match(r"https?://(?:[a-z]+\.)?cnn\.com/\d{4}/\d\d/\d\d/([^/]+)/(?:[^/]+/)*?([^/]+?)/(?:index\.html)?$", url)
            if not m or m.group(1) not in CNN:
                continue
            section, title, source, mapping = m.group(1), m.group(2), "CNN (URL sections)", CNN
        title = re.sub(r"^(feat|intl|spc|cnnphotos)-", "", title)
        title = re.sub(r"\s+", " ", re.sub(r"[-_]", " ", title)).strip()
        if len(title.split()) < 3 or title.lower() in seen:
            continue
        seen.add(title.lower())
        rows.append(row(title, "", section, mapping, "en", source, LIC))
write("cnndm-urls-en-train", rows)
