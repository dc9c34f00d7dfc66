import os
import csv, io, subprocess, gzip, hashlib
from common import write, row
REPO=os.environ.get("MIRRORS", "/work/.mirror") + "/cran+RTextTools/repo"
raw=gzip.decompress(subprocess.run(["git","-C",REPO,"show","HEAD:data/NYTimes.csv.gz"],capture_output=True,check=True).stdout).decode("utf-8","replace")
NAMES={1:"Macroeconomics",2:"Civil Rights, Minority Issues, and Civil Liberties",3:"Health",4:"Agriculture",5:"Labor",6:"Education",7:"Environment",8:"Energy",9:"Immigration",10:"Transportation",12:"Law, Crime, and Family Issues",13:"Social Welfare",14:"Community Development and Housing Issues",15:"Banking, Finance, and Domestic Commerce",16:"Defense",17:"Space, Science, Technology and Communications",18:"Foreign Trade",19:"International Affairs and Foreign Aid",20:"Government Operations",21:"Public Lands and Water Management",23:"Culture",24:"State and Local Government Administration",26:"Weather and Natural Disasters",27:"Fires",28:"Arts and Entertainment",29:"Sports and Recreation",30:"Death Notices",31:"Churches and Religion",99:"Other, Miscellaneous"}
K={1:"economy",2:"society",3:"health",4:"economy",5:"labour",6:"education",7:"environment",8:"economy",9:"society",10:None,12:"crime",13:"society",14:"society",15:"economy",16:"conflict",17:"science",18:"economy",19:"politics",20:"politics",21:"environment",23:"arts",24:"politics",26:None,27:"disaster",28:"arts",29:"sport",30:None,31:"religion",99:None}
M={f"{c} {n}":K[c] for c,n in NAMES.items()}
LIC="GPL-3 (data file shipped in CRAN package RTextTools 1.4.3); compiled by Amber E. Boydstun (UC Davis), Policy Agendas/CAP topic codes; headlines (c) The New York Times"
tr,te=[],[]
for x in csv.DictReader(io.StringIO(raw),delimiter=";"):
    c=int(x["Topic.Code"]); orig=f"{c} {NAMES[c]}"
    r=row(x["Title"].strip(),None,orig,M,"en","The New York Times front page 1996-2006 (Boydstun, via RTextTools)",LIC)
    (te if int(hashlib.md5(x["Article_ID"].encode()).hexdigest(),16)%5==0 else tr).append(r)
write("nyt-boydstun-en-train",tr); write("nyt-boydstun-en-test",te)
