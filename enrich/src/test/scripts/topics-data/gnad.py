import os
import csv, io, subprocess
from common import write, row
csv.field_size_limit(10**9)
REPO=os.environ.get("MIRRORS", "/work/.mirror") + "/tblock+10kGNAD/repo"
s=subprocess.run(["git","-C",REPO,"show","HEAD:test.csv"],capture_output=True,check=True).stdout.decode("utf-8")
M={"Web":"science","Wissenschaft":"science","Wirtschaft":"economy","Kultur":"arts","Etat":"arts","Inland":"politics","International":"politics","Sport":"sport","Panorama":None}
LIC="CC BY-NC-SA 4.0 (dataset); code MIT; texts from derStandard.at via One Million Posts Corpus"
d=list(csv.reader(io.StringIO(s),delimiter=";",quotechar="'"))
bad=[x for x in d if len(x)!=2]; print("bad rows",len(bad))
write("10kgnad-de-test",[row(None,x[1].strip(),x[0],M,"de","derStandard.at (10kGNAD)",LIC) for x in d if len(x)==2])
