import json, re, html, collections, unicodedata
from urllib.parse import urlparse, unquote
S={
"sport":"sport|sports|deportes|deporte|fussball|fußball|fuswball|football|soccer|bundesliga|fútbol|futbol|fútbol internacional|futbol-internacional|ciclismo|olympia|mehr-sport|esportes|esporte|sportowe|zuzel|żużel|motorsport|formel-1|formel 1|tennis|handball|basketball|eishockey|wintersport|skisport|biathlon|fussball-kreisklassen|calcio|sportnews|sport-news|urheilu",
"politics":"politik|politics|política|politica|polityka|politique|innenpolitik|politics-domestic|außenpolitik|aussenpolitik|bundespolitik|landespolitik|politik & gesellschaft|politiek|politikk|politiikka",
"economy":"wirtschaft|business|economia|economía|economie|économie|gospodarka|ekonomia|finanzen|märkte|maerkte|finance|finanzas|negocios|economy|wirtschaft, tipps|börse|boerse|geld|talous|ekonomi|biznes",
"arts":"kultur|culture|cultura|feuilleton|entertainment|espectáculos|espectaculos|arts|movies|film|filme|kino|musik|music|música|musica|celebrities|pop-culture|fashion|mode|moda|theater|literatur|bücher|books|kunst|kultura|filme & serien|filme &amp; serien|showbiz|promis|stars|cine|fama",
"science":"wissenschaft|science|ciencia|ciência|scienza|sciences|nauka|technik|technology|tech|technologie|tecnologia|tecnología|biologie|biologie & wissenschaft|biologie &#038; wissenschaft|hardware & gadgets|digital|forschung|tiede|teknologi|mobile security|ai & machine learning|oprogramowanie,tech,technologie",
"health":"gesundheit|health|salud|santé|sante|saude|saúde|zdrowie|medizin|medicine|medicina|terveys|helse|hälsa",
"crime":"crime|crimes|blaulicht|polizei|kriminalität|justicia|judicial|justiz|crime-safety|vi-crime|seguridad y justicia|policiales|policial|sucesos|faits divers|faits-divers|police|polizeibericht|polizeimeldungen",
"environment":"umwelt|environment|ambiente|medio ambiente|umwelt-und-klima|klima|climate|klimawandel|umweltschutz|environnement|natur & umwelt",
"lifestyle":"lifestyle|reisen|travel|rezepte|recipes|receitas|rezept|food|essen & trinken|kochen|urlaub|wohnen|garten|gastronomie|genuss|viajes|recetas|cocina|voyage|reise|vegan recipes|vegan desserts|vegan snacks|wohnen-leben",
"education":"education|bildung|educación|educacion|edukacja|schule|hochschule|éducation",
"religion":"religion|kirche|religión|religião|glaube|religia",
"labour":"paritarias|arbeitsmarkt|arbeit|karriere|jobs|empleo|praca|labour|labor",
"conflict":"militär|militar|military|defence|defense|krieg|war|bundeswehr",
"society":"gesellschaft|society|sociedad|société|societe|società|sociedade|społeczeństwo|samhälle|à la une,société",
"disaster":"unfall|unfälle|accidents|accidentes|katastrophe|crash / unfall",
"weather":"wetter|weather|clima y tiempo|météo|meteo",
}
MAP={w.strip().lower():k for k,v in S.items() for w in v.split("|")}
# ambiguous words deliberately not mapped: news, aktuell, international, world, mundo, inland, region, lokales, panorama, chronik, energie, games, auto, ratgeber, leben, wissen, internet, beauty, fitness, opinion
def norm(s): return html.unescape(html.unescape(s)).strip().lower()
def url_segs(u):
    if not u or not u.startswith("http"): return []
    p=[s for s in unquote(urlparse(u).path).lower().split("/") if s]
    segs=p[:-1][:3]
    return [s for s in segs if s.count("-")<=2 and not s.isdigit()]
def labels(r):
    found=[]
    expl=[]
    if r.get("metasec"): expl.append(r["metasec"])
    expl+=r.get("ldsec") or []
    for s in expl:
        n=norm(s)
        parts=[n]+([p.strip() for p in n.split(",")] if "," in n else [])
        for p in parts:
            if p in MAP: found.append((MAP[p], "section:"+s.strip()))
    for c in r.get("crumbs") or []:
        n=norm(c)
        if n in MAP: found.append((MAP[n],"breadcrumb:"+c.strip()))
    segs=set()
    for u in [r.get("url"),r.get("ogurl"),r.get("canon")]:
        segs.update(url_segs(u))
    for s in sorted(segs):
        if s in MAP: found.append((MAP[s],"url:/"+s+"/"))
    return found
if __name__=="__main__":
    rs=[json.loads(l) for l in open("/tmp/devpages-signals.jsonl")]
    n=0; conf=0; c=collections.Counter()
    for r in rs:
        f=labels(r)
        ks={k for k,_ in f}
        if len(ks)==1: n+=1; c[ks.pop()]+=1
        elif len(ks)>1: conf+=1; print("CONFLICT",r["id"],r["title"][:60] if r["title"] else None,f)
    print(n,conf,c)
