import os
import json, subprocess, hashlib
from common import write, row
REPO=os.environ.get("MIRRORS", "/work/.mirror") + "/ws-jiang+MetaPrompter_public/repo"
raw=subprocess.run(["git","-C",REPO,"show","HEAD:data/huffpost.json"],capture_output=True,check=True).stdout.decode("utf-8")
# label index -> HuffPost category (index order = category frequency order of News_Category_Dataset_v2, as used by Bao et al. 2020
# "Distributional Signatures"; confirmed against configs/hard_verbalizers.yaml of the same repo and by spot checks)
CATS=["POLITICS","WELLNESS","ENTERTAINMENT","TRAVEL","STYLE & BEAUTY","PARENTING","HEALTHY LIVING","QUEER VOICES","FOOD & DRINK","BUSINESS","COMEDY","SPORTS","BLACK VOICES","HOME & LIVING","PARENTS","THE WORLDPOST","WEDDINGS","WOMEN","IMPACT","DIVORCE","CRIME","MEDIA","WEIRD NEWS","GREEN","WORLDPOST","RELIGION","STYLE","SCIENCE","WORLD NEWS","TASTE","TECH","MONEY","ARTS","FIFTY","GOOD NEWS","ARTS & CULTURE","ENVIRONMENT","COLLEGE","LATINO VOICES","CULTURE & ARTS","EDUCATION"]
M={"POLITICS":"politics","WELLNESS":"health","ENTERTAINMENT":"arts","TRAVEL":"lifestyle","STYLE & BEAUTY":"arts","PARENTING":"society","HEALTHY LIVING":"health","QUEER VOICES":None,"FOOD & DRINK":"lifestyle","BUSINESS":"economy","COMEDY":"arts","SPORTS":"sport","BLACK VOICES":None,"HOME & LIVING":"lifestyle","PARENTS":"society","THE WORLDPOST":"politics","WEDDINGS":"human","WOMEN":None,"IMPACT":"society","DIVORCE":"society","CRIME":"crime","MEDIA":"arts","WEIRD NEWS":"human","GREEN":"environment","WORLDPOST":"politics","RELIGION":"religion","STYLE":"arts","SCIENCE":"science","WORLD NEWS":"politics","TASTE":"lifestyle","TECH":"science","MONEY":"economy","ARTS":"arts","FIFTY":None,"GOOD NEWS":"human","ARTS & CULTURE":"arts","ENVIRONMENT":"environment","COLLEGE":"education","LATINO VOICES":None,"CULTURE & ARTS":"arts","EDUCATION":"education"}
LIC="News Category Dataset (Misra 2018/2022): CC BY 4.0 per its Kaggle page (HF mirror khalidalt/HuffPost states CC0-1.0); the 41x900 few-shot subset file comes from MetaPrompter_public (no LICENSE file); headlines (c) HuffPost"
tr,te=[],[]
for l in raw.splitlines():
    x=json.loads(l); t=x["raw"].strip()
    r=row(t,None,CATS[x["label"]],M,"en","HuffPost (News Category Dataset, 41x900 headline subset)",LIC)
    (te if int(hashlib.md5(t.encode()).hexdigest(),16)%5==0 else tr).append(r)
write("huffpost-en-train",tr); write("huffpost-en-test",te)
