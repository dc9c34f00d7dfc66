import os
import subprocess
from common import write, row
REPO=os.environ.get("MIRRORS", "/work/.mirror") + "/mauricio-seiji+Dataset-news-articles-pt-br/repo"
def git(*a): return subprocess.run(["git","-C",REPO,*a],capture_output=True,check=True).stdout
M={"ciencia e tecnologia":"science","economia":"economy","entretenimento":"arts","esportes":"sport","politica":"politics"}
LIC="none stated (repo has no LICENSE; source outlet not documented) - evaluate only"
rows=[]
for p in git("ls-tree","-r","--name-only","HEAD").decode().splitlines():
    d=p.split("/")[0]
    if d not in M or not p.endswith(".txt"): continue
    t=git("show","HEAD:"+p).decode("utf-8","replace").replace("\r","")
    lines=[l.strip() for l in t.split("\n")]
    nonempty=[l for l in lines if l]
    if not nonempty: continue
    title=nonempty[0]; body="\n".join(nonempty[1:])
    rows.append(row(title,body,d,M,"pt","Brazilian news sites (not documented; texts mention G1, R7, UOL, Terra...) via Dataset-news-articles-pt-br",LIC))
write("newsarticles-ptbr-pt-test",rows)
