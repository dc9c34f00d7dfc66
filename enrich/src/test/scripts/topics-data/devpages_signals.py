import json, gzip, re, html, os, sys
from urllib.parse import urlparse
B=os.environ.get("SHARED", "../shared") + "/extraction-dev"
def decode(b):
    m=re.search(rb'charset=["\']?([A-Za-z0-9_\-]+)', b[:5000])
    enc=m.group(1).decode() if m else "utf-8"
    try: return b.decode(enc)
    except Exception:
        try: return b.decode("utf-8")
        except Exception: return b.decode("cp1252","replace")
def metas(h):
    out={}
    for m in re.finditer(r'<meta\b[^>]*>', h, re.I|re.S):
        t=m.group(0)
        k=re.search(r'(?:property|name|itemprop)\s*=\s*["\']([^"\']+)["\']', t, re.I)
        v=re.search(r'content\s*=\s*["\']([^"\']*)["\']', t, re.I|re.S)
        if k and v: out.setdefault(k.group(1).lower().strip(), html.unescape(v.group(1)).strip())
    return out
def jsonld_sections(h):
    secs=[]; crumbs=[]
    for m in re.finditer(r'<script[^>]*application/ld\+json[^>]*>(.*?)</script>', h, re.I|re.S):
        txt=m.group(1).strip()
        try: d=json.loads(txt)
        except Exception:
            for s in re.findall(r'"articleSection"\s*:\s*(\[[^\]]*\]|"[^"]*")', txt):
                try: v=json.loads(s); secs+= v if isinstance(v,list) else [v]
                except Exception: pass
            continue
        def walk(o):
            if isinstance(o,dict):
                if "articleSection" in o:
                    v=o["articleSection"]; secs.extend(v if isinstance(v,list) else [v])
                if o.get("@type")=="BreadcrumbList":
                    for it in o.get("itemListElement",[]) or []:
                        if isinstance(it,dict):
                            n=it.get("name") or (it.get("item") or {}).get("name") if isinstance(it.get("item"),dict) else it.get("name")
                            if n: crumbs.append(n)
                for v in o.values(): walk(v)
            elif isinstance(o,list):
                for v in o: walk(v)
        walk(d)
    return [str(s) for s in secs if s], [str(c) for c in crumbs]
def page(path):
    h=decode(gzip.open(path).read())
    me=metas(h)
    lang=None
    m=re.search(r'<html\b[^>]*\blang\s*=\s*["\']?([A-Za-z\-_]+)', h, re.I)
    if m: lang=m.group(1)
    lang=lang or me.get("og:locale") or me.get("content-language") or me.get("language")
    canon=None
    m=re.search(r'<link\b[^>]*rel=["\']canonical["\'][^>]*>', h, re.I)
    if m:
        mm=re.search(r'href=["\']([^"\']+)', m.group(0)); canon=mm and mm.group(1)
    t=re.search(r'<title[^>]*>(.*?)</title>', h, re.I|re.S)
    title=html.unescape(re.sub(r'\s+',' ',t.group(1))).strip() if t else None
    secs,crumbs=jsonld_sections(h)
    return dict(lang=lang, title=title, ogtitle=me.get("og:title"), ogurl=me.get("og:url"), canon=canon,
        metasec=me.get("article:section") or me.get("section") or me.get("articlesection"),
        ldsec=secs, crumbs=crumbs, site=me.get("og:site_name"))
out=open("/tmp/devpages-signals.jsonl","w")
for l in open(B+"/trafilatura-eval/snippets.jsonl"):
    d=json.loads(l); s=page(f"{B}/trafilatura-eval/html/{d['id']}.html.gz")
    s.update(id=d["id"], url=d["url"], set="t", text="\n".join(d["with"]))
    out.write(json.dumps(s,ensure_ascii=False)+"\n")
for l in open(B+"/readability/ground-truth.jsonl"):
    d=json.loads(l); s=page(f"{B}/readability/html/{d['id']}.html.gz")
    s.update(id=d["id"], url=None, set="r", text=d["articleBody"], mlang=d["metadata"].get("lang"), mtitle=d["metadata"].get("title"))
    out.write(json.dumps(s,ensure_ascii=False)+"\n")
