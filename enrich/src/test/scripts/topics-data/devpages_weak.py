# Weak topic labels for the extraction dev pages from the publisher's own section signals.
# Run devpages_signals.py first (writes /tmp/devpages-signals.jsonl), then this.
import json, collections, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import write, IPTC
from devpages_sections import labels
LIC={"t":"Apache-2.0 (trafilatura evaluation corpus, A. Barbaresi); page text (c) the publishers",
     "r":"Apache-2.0 (Mozilla Readability test pages); page text (c) the publishers"}
SRC={"t":"Newsflow extraction-dev trafilatura-eval","r":"Newsflow extraction-dev readability"}
SW={"de":"der die und das nicht ist mit den".split(),"en":"the and of to is that with for".split(),
    "es":"el la los que del por con una".split(),"fr":"le les des est une pour dans que".split(),
    "pt":"os das não uma com para que do".split(),"pl":"się nie jest na że do to w".split()}
def guess(t, strict=False):
    w=t.lower().split(); sc={k:sum(w.count(x) for x in v) for k,v in SW.items()}
    o=sorted(sc.values(),reverse=True); k=max(sc,key=sc.get)
    if strict: return k if o[0]>=10 and o[0]>=3*o[1] else None
    return k if sc[k]>=1 else None
by=collections.defaultdict(list)
for l in open("/tmp/devpages-signals.jsonl"):
    r=json.loads(l); f=labels(r); ks={k for k,_ in f}
    if len(ks)!=1: continue
    k=ks.pop()
    lang=(r.get("lang") or r.get("mlang") or "").replace("_","-").split("-")[0].lower() or None
    lang={"english":"en","german":"de","deutsch":"de"}.get(lang,lang)
    g=guess(r["text"], strict=True)
    if g and g!=lang: lang=g   # <html lang> is often a site-wide default (e.g. 'en' on Spanish pages)
    if not lang or len(lang)!=2: lang=guess(r["text"])
    ev=sorted({e for _,e in f})
    import html as H; orig=H.unescape(H.unescape("; ".join(ev)))
    title=(r.get("ogtitle") or r.get("title") or r.get("mtitle") or "").strip() or None
    by[lang].append({"title":title,"text":r["text"],"label":IPTC[k],"orig":orig,"lang":lang,
        "source":SRC[r["set"]]+" page "+r["id"],"licence":LIC[r["set"]],"id":r["id"],"weak":True})
mul=[]
for lang,rows in sorted(by.items(), key=lambda x:-len(x[1])):
    if lang and len(rows)>=20: write("devpages-weak-"+lang, rows)
    else: mul+=rows
write("devpages-weak-mul", mul)
