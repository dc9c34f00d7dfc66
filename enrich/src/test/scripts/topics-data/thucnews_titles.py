import os
# THUCNews headline subset (200k titles, 10 classes) from 649453932/Chinese-Text-Classification-Pytorch; dev+test only (train.txt absent)
import subprocess
from common import write, row
REPO=os.environ.get("MIRRORS", "/work/.mirror") + "/649453932+Chinese-Text-Classification-Pytorch/repo/.git"
def git(*a): return subprocess.run(["git","-C",REPO,*a],capture_output=True,check=True).stdout
CLS=git("show","HEAD:THUCNews/data/class.txt").decode().split()
M={"finance":"economy","realty":"economy","stocks":"economy","education":"education","science":"science",
   "society":None,"politics":"politics","sports":"sport","game":None,"entertainment":"arts"}
LIC="THUCNews (Tsinghua NLP lab, Sina News RSS 2005-2011): research use; subset repo MIT (code) - no explicit data licence: evaluate only"
for split in ["dev","test"]:
    rows=[]
    for l in git("show",f"HEAD:THUCNews/data/{split}.txt").decode("utf-8").splitlines():
        if not l.strip(): continue
        t,c=l.rsplit("\t",1)
        rows.append(row(t.strip(),None,CLS[int(c)],M,"zh","Sina News via THUCNews (headline subset by 649453932/Chinese-Text-Classification-Pytorch)",LIC))
    write(f"thucnews-titles-zh-{'dev' if split=='dev' else 'test'}",rows)
