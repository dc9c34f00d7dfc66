import os
import csv, io, subprocess
from common import write, row
csv.field_size_limit(10**9)
REPO=os.environ.get("MIRRORS", "/work/.mirror") + "/dadelani+sib-200/repo"
def show(p): return subprocess.run(["git","-C",REPO,"show","HEAD:"+p],capture_output=True,check=True).stdout.decode("utf-8")
M={"science/technology":"science","travel":"lifestyle","politics":"politics","sports":"sport","health":"health","entertainment":"arts","geography":None}
LIC="CC BY-SA 4.0 (Flores-200 sentences; SIB-200 HF card Davlan/sib200); repo code Apache-2.0"
L={"eng_Latn":"en","deu_Latn":"de","fra_Latn":"fr","spa_Latn":"es","ita_Latn":"it","por_Latn":"pt","nld_Latn":"nl","swe_Latn":"sv","dan_Latn":"da","nob_Latn":"nb","fin_Latn":"fi","pol_Latn":"pl","ces_Latn":"cs","rus_Cyrl":"ru","ukr_Cyrl":"uk","tur_Latn":"tr","arb_Arab":"ar","zho_Hans":"zh","jpn_Jpan":"ja","kor_Hang":"ko"}
for code,l2 in L.items():
    for split in ["train","dev","test"]:
        d=list(csv.DictReader(io.StringIO(show(f"data/annotated/{code}/{split}.tsv")),delimiter="\t",quoting=csv.QUOTE_NONE))
        write(f"sib200-{l2}-{split}",[row(None,x["text"].strip(),x["category"],M,l2,"SIB-200 / Flores-200 (Wikinews, Wikijunior, Wikivoyage sentences)",LIC) for x in d])
