import os
# livedoor news corpus (ldcc-20140209) as committed in jkatsuta/18_4q_doc2vec experiments/text/
import subprocess, re
from common import write, row
REPO=os.environ.get("MIRRORS", "/work/.mirror") + "/jkatsuta+18_4q_doc2vec/repo"
def git(*a): return subprocess.run(["git","-C",REPO,*a],capture_output=True,check=True).stdout
M={"sports-watch":"sport","movie-enter":"arts","it-life-hack":"science","smax":"science","kaden-channel":"science",
   "topic-news":None,"dokujo-tsushin":None,"peachy":None,"livedoor-homme":None}
LIC="CC BY-ND 2.1 JP (per-category LICENSE.txt; credit the vendor named there) - NoDerivatives: evaluate only"
rows=[]
for p in git("ls-tree","-r","--name-only","HEAD","experiments/text").decode().splitlines():
    parts=p.split("/")
    if len(parts)!=4 or parts[2] not in M or not parts[3].startswith(parts[2]+"-"): continue
    lines=git("show","HEAD:"+p).decode("utf-8").replace("\r","").split("\n")
    url,date,title=lines[0].strip(),lines[1].strip(),lines[2].strip()
    title=re.sub(r"^【(Sports Watch|ITライフハック|MOVIE ENTER|エスマックス|家電チャンネル)】\s*","",title)
    body="\n".join(l.strip() for l in lines[3:]).strip()
    body=body.split("【関連記事】")[0].split("【関連情報】")[0].strip()
    rows.append(row(title,body,parts[2],M,"ja","livedoor news (NHN Japan, 2012), ldcc corpus by RONDHUIT; "+url,LIC,date=date))
write("livedoor-ja-test",rows)
