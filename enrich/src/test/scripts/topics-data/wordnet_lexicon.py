#!/usr/bin/env python3
"""Build foreign-word -> English-lemma lexicons from open wordnets linked to
Princeton WordNet 3.0 (PWN 3.0) synsets.  Standard library only.

Inputs (all read-only; nothing is downloaded by this script):

  * omwn/omw-data            (GitHub, bare git dir, read with `git show`)
      commit f75be19ec590da12a7a5665e361690b5badb7a25 (2026-01-31)
      per-language tab files  wns/<proj>/wn-data-<lang>.tab,
      wns/wikt/wn-wikt-<lang>.tab, wns/cldr/wn-cldr-<lang>.tab
      lines: OFFSET-POS <TAB> [lang:]lemma <TAB> word   (PWN 3.0 offsets)
  * extjwnl/extjwnl-data-mcr30  (GitHub, bare git dir)
      commit 85da4a5284a44744bb6d94ab5ada1120b5696c7c (2021-01-18)
      Spanish MCR 3.0 (2016) in WordNet database format; ili.csv maps
      "<pos>#<ordinal of synset in data.<pos>>" -> "<pos><PWN 3.0 offset>".
      data.noun (>4 MiB) is absent from the snapshot; since data files are
      sorted by byte offset and every synset has at least one indexed lemma,
      the ordinal is recovered as the rank of the offset among the distinct
      offsets of index.<pos> (verified identical for data.verb / data.adj).
  * Debian package wordnet-base 1:3.0-37 (/usr/share/wordnet): PWN 3.0
      data.{noun,verb,adj} (English lemmas per synset), index.* and
      cntlist.rev (sense tag counts, used to order synsets by frequency).

Not usable here (recorded in SOURCES.md): hdaSprachtechnologie/odenet
(commit 8980ca37d126b8f10897af6c2ec2e39c40b92981) - its only data file
odenet/wordnet/deWordNet.xml is >4 MiB and absent from the snapshot;
omw-data wns/mcr/wn-data-spa.tab, wns/fin/wn-data-fin.tab,
wns/jpn/wn-data-jpn.tab likewise absent (large files).

Output: <out>/lexicon-<lang>.tsv with lines
    word<TAB>english1 english2 ...      (at most MAX_EN English lemmas)
word: foreign lemma lower-cased; multi-word foreign lemmas skipped.
English: distinct PWN 3.0 lemmas, lower-cased, multi-word ones joined with
'_' (WordNet's own spelling, e.g. stock_exchange); --skip-multiword-english
drops them instead.  Synsets of a word are ordered by PWN sense tag count
(sum over the synset's senses, from cntlist.rev), then by source priority
(hand-built wordnet > Wiktionary-derived > CLDR), then by the best PWN sense
number of the synset's English lemmas; lemmas inside a synset keep PWN order.
Only nouns, verbs and adjectives (incl. satellites) are kept.

Usage:
  python3 wordnet_lexicon.py [--omw GITDIR] [--mcr GITDIR] [--pwn DIR]
                           [--out DIR] [--langs de,fr,...] [--max-en 8]
                           [--no-wikt] [--no-cldr] [--skip-multiword-english]
"""
import argparse
import collections
import os
import subprocess
import sys

OMW_GITDIR = "/work/.mirror/omwn+omw-data/repo"
OMW_REPO = "omwn/omw-data"
OMW_COMMIT = "f75be19ec590da12a7a5665e361690b5badb7a25"
MCR_GITDIR = "/work/.mirror/extjwnl+extjwnl-data-mcr30/repo"
MCR_REPO = "extjwnl/extjwnl-data-mcr30"
MCR_COMMIT = "85da4a5284a44744bb6d94ab5ada1120b5696c7c"
MCR_SPA_DIR = "lang-spa/src/main/resources/net/sf/extjwnl/data/mcr30/spa"
PWN_DIR = "/usr/share/wordnet"
PWN_SOURCE = "Debian package wordnet-base 1:3.0-37 (Princeton WordNet 3.0)"
OUT_DIR = os.environ.get("OUT", "/work/data/lexicon")
MAX_EN = 8

KEEP_POS = {"n": "n", "v": "v", "a": "a", "s": "a"}  # satellites -> adj

# Source priority: 0 = hand-built / curated wordnet, 1 = Wiktionary-derived
# (OMW extension, automatically linked), 2 = CLDR-derived (OMW extension).
# Each entry: (source_id, priority, kind, repo-relative path, licence path)
def omw(path, lic, prio=0):
    return ("omw:" + path, prio, "omw", path, lic)

LANGS = collections.OrderedDict([
    ("de", ("deu", [])),  # OdeNet unavailable (see docstring)
    ("fr", ("fra", [omw("wns/fra/wn-data-fra.tab", "wns/fra/LICENSE")])),
    ("es", ("spa", [("mcr:spa", 0, "mcr", MCR_SPA_DIR, "LICENSE")])),
    ("pt", ("por", [omw("wns/por/wn-data-por.tab", "wns/por/LICENSE")])),
    ("it", ("ita", [omw("wns/ita/wn-data-ita.tab", "wns/ita/LICENSE"),
                    omw("wns/iwn/wn-data-ita.tab", "wns/iwn/LICENSE")])),
    ("nl", ("nld", [omw("wns/nld/wn-data-nld.tab", "wns/nld/LICENSE")])),
    ("da", ("dan", [omw("wns/dan/wn-data-dan.tab", "wns/dan/LICENSE")])),
    ("sv", ("swe", [omw("wns/swe/wn-data-swe.tab", "wns/swe/LICENSE")])),
    ("nb", ("nob", [omw("wns/nor/wn-data-nob.tab", "wns/nor/LICENSE")])),
    ("fi", ("fin", [omw("wns/fin/wn-data-fin.tab", "wns/fin/LICENSE")])),
    ("pl", ("pol", [omw("wns/pol/wn-data-pol.tab", "wns/pol/LICENSE")])),
    ("cs", ("ces", [])),
    ("ru", ("rus", [])),
    ("uk", ("ukr", [])),
    ("ja", ("jpn", [omw("wns/jpn/wn-data-jpn.tab", "wns/jpn/LICENSE")])),
    ("zh", ("cmn", [omw("wns/cow/wn-data-cmn.tab", "wns/cow/LICENSE")])),
    ("ar", ("arb", [omw("wns/arb/wn-data-arb.tab", "wns/arb/LICENSE"),
                    omw("wns/arb/wn-nodia-arb.tab", "wns/arb/LICENSE")])),
    ("ko", ("kor", [])),
    ("tr", ("tur", [])),
])


class GitTree:
    """Read files of one commit of a (bare) git repository."""

    def __init__(self, gitdir, commit, repo):
        self.gitdir, self.commit, self.repo = gitdir, commit, repo

    def read(self, path):
        """Return text of path, or None if absent at that commit."""
        if os.path.isdir(os.path.join(self.gitdir, "objects")):
            r = subprocess.run(
                ["git", "--git-dir", self.gitdir, "show",
                 "%s:%s" % (self.commit, path)],
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            if r.returncode != 0:
                return None
            return r.stdout.decode("utf-8", errors="replace")
        full = os.path.join(self.gitdir, path)  # plain checkout
        if not os.path.exists(full):
            return None
        with open(full, encoding="utf-8", errors="replace") as f:
            return f.read()


# --------------------------------------------------------------- PWN 3.0
def load_pwn(pwn_dir):
    """Return (lemmas, score, best_sense):
    lemmas[(pos, offset)] -> list of lower-cased English lemmas (PWN order)
    score[(pos, offset)]  -> summed sense tag count (cntlist.rev)
    best_sense[(pos, offset)] -> smallest sense number of any of its lemmas
    pos is 'n', 'v' or 'a' (satellites folded into 'a')."""
    lemmas = {}
    for fname, pos in (("data.noun", "n"), ("data.verb", "v"),
                       ("data.adj", "a")):
        with open(os.path.join(pwn_dir, fname), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                p = line.split(" ")
                off = p[0]
                n = int(p[3], 16)
                words = []
                for i in range(n):
                    w = p[4 + 2 * i].lower()
                    if w.endswith(")") and "(" in w:  # adj markers (a) (p) (ip)
                        w = w[: w.rindex("(")]
                    if w not in words:
                        words.append(w)
                lemmas[(pos, off)] = words
    # sense number -> offset via index.<pos>
    sense_off = {}
    best_sense = {}
    for fname, pos in (("index.noun", "n"), ("index.verb", "v"),
                       ("index.adj", "a")):
        with open(os.path.join(pwn_dir, fname), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                p = line.split()
                sc, pc = int(p[2]), int(p[3])
                offs = p[6 + pc: 6 + pc + sc]
                for i, off in enumerate(offs, 1):
                    sense_off[(p[0], pos, i)] = off
                    k = (pos, off)
                    if i < best_sense.get(k, 10 ** 6):
                        best_sense[k] = i
    score = collections.Counter()
    ss_pos = {"1": "n", "2": "v", "3": "a", "5": "a"}
    with open(os.path.join(pwn_dir, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            p = line.split()
            if len(p) != 3:
                continue
            key, snum, cnt = p
            lemma, rest = key.split("%", 1)
            pos = ss_pos.get(rest[0])
            if pos is None:
                continue
            off = sense_off.get((lemma.lower(), pos, int(snum)))
            if off is not None:
                score[(pos, off)] += int(cnt)
    return lemmas, score, best_sense


# --------------------------------------------------------------- readers
def read_omw_tab(text):
    """Yield (pos, offset, lemma) from an OMW tab file."""
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        p = line.split("\t")
        if len(p) < 3:
            continue
        typ = p[1].strip()
        if typ != "lemma" and not typ.endswith(":lemma"):
            continue
        sid = p[0].strip()
        if len(sid) < 10 or sid[-2] != "-":
            continue
        yield sid[-1], sid[:-2].zfill(8), p[2]


def read_mcr_extjwnl(tree, base):
    """Yield (pos, pwn_offset, lemma) from extjwnl's MCR 3.0 data."""
    ili = tree.read(base + "/ili.csv")
    if ili is None:
        return
    to_pwn = {}
    for line in ili.splitlines():
        if "," not in line:
            continue
        src, dst = line.strip().split(",")
        if src[0] != dst[0]:
            continue
        to_pwn[(src[0], int(src[2:]))] = dst[1:].zfill(8)
    for fname, pos in (("index.noun", "n"), ("index.verb", "v"),
                       ("index.adj", "a")):
        text = tree.read(base + "/" + fname)
        if text is None:
            print("warning: missing %s/%s" % (base, fname), file=sys.stderr)
            continue
        entries = []
        alloffs = set()
        for line in text.splitlines():
            if not line or line.startswith(" "):
                continue
            p = line.split()
            sc, pc = int(p[2]), int(p[3])
            offs = p[6 + pc: 6 + pc + sc]
            alloffs.update(offs)
            entries.append((p[0], offs))
        ordinal = {o: i for i, o in enumerate(sorted(alloffs))}
        for lemma, offs in entries:
            if lemma.startswith("`"):  # untranslated PWN placeholder
                continue
            for o in offs:
                pwn = to_pwn.get((pos, ordinal[o]))
                if pwn is not None:
                    yield pos, pwn, lemma.replace("_", " ")


def first_line(text):
    """First meaningful line of a licence file (HTML tags stripped)."""
    import re
    for line in text.splitlines():
        s = re.sub(r"<[^>]*>", "", line).strip()
        if s and not s.startswith("<!") and not s.startswith("{"):
            return s
    return ""


# --------------------------------------------------------------- build
def build(args):
    omw_tree = GitTree(args.omw, args.omw_commit, OMW_REPO)
    mcr_tree = GitTree(args.mcr, args.mcr_commit, MCR_REPO)
    en_lemmas, en_score, en_best = load_pwn(args.pwn)
    os.makedirs(args.out, exist_ok=True)
    report = []
    for lang in args.langs:
        iso3, core = LANGS[lang]
        sources = list(core)
        if not args.no_wikt:
            sources.append(omw("wns/wikt/wn-wikt-%s.tab" % iso3,
                               "wns/wikt/LICENSE", 1))
        if not args.no_cldr:
            sources.append(omw("wns/cldr/wn-cldr-%s.tab" % iso3,
                               "wns/cldr/LICENSE", 2))
        # word -> {(pos, off): (prio, first_seen)}
        word_syn = collections.defaultdict(dict)
        src_info = []
        seen = 0
        for sid, prio, kind, path, lic in sources:
            tree = mcr_tree if kind == "mcr" else omw_tree
            if kind == "omw":
                text = tree.read(path)
                if text is None:
                    src_info.append((sid, tree, path, lic, None, 0, 0))
                    continue
                rows = read_omw_tab(text)
            else:
                rows = read_mcr_extjwnl(tree, path)
            n_pairs = 0
            words = set()
            for pos, off, lemma in rows:
                pos = KEEP_POS.get(pos)
                if pos is None:
                    continue
                w = lemma.strip().lower()
                if not w or " " in w or "_" in w:
                    continue
                key = (pos, off)
                if key not in en_lemmas:
                    continue
                n_pairs += 1
                words.add(w)
                d = word_syn[w]
                if key not in d or prio < d[key][0]:
                    d[key] = (prio, d.get(key, (0, seen))[1])
                seen += 1
            src_info.append((sid, tree, path, lic, True, n_pairs, len(words)))
        out_path = os.path.join(args.out, "lexicon-%s.tsv" % lang)
        n = 0
        with open(out_path, "w", encoding="utf-8") as out:
            for w in sorted(word_syn):
                syns = sorted(word_syn[w].items(), key=lambda kv: (
                    -en_score.get(kv[0], 0), kv[1][0],
                    en_best.get(kv[0], 999), kv[1][1]))
                en = []
                for key, _ in syns:
                    for e in en_lemmas[key]:
                        if args.skip_multiword_english and "_" in e:
                            continue
                        if e not in en:
                            en.append(e)
                    if len(en) >= args.max_en:
                        break
                en = en[: args.max_en]
                if en and "\t" not in w:
                    out.write("%s\t%s\n" % (w, " ".join(en)))
                    n += 1
        report.append((lang, iso3, out_path, n, src_info))
        print("%s: %d entries -> %s" % (lang, n, out_path), file=sys.stderr)
    write_sources(args, report, omw_tree, mcr_tree)


def write_sources(args, report, omw_tree, mcr_tree):
    lines = ["# Sources of lexicon-<lang>.tsv", "",
             "Generated by wordnet_lexicon.py. Format: `word<TAB>english ...` "
             "(max %d English lemmas; multi-word English lemmas %s)." % (
                 args.max_en, "skipped" if args.skip_multiword_english
                 else "joined with `_`"),
             "",
             "English side: %s, files data.noun/data.verb/data.adj, "
             "synset order by cntlist.rev tag counts. Licence: WordNet 3.0 "
             "licence (/usr/share/doc/wordnet-base/copyright): \"Permission "
             "to use, copy, modify and distribute this software and database "
             "and its documentation for any purpose and without fee or "
             "royalty is hereby granted ...\" (requires keeping the WordNet "
             "3.0 copyright notice: \"WordNet 3.0 Copyright 2006 by Princeton "
             "University. All rights reserved.\")." % PWN_SOURCE,
             ""]
    lic_cache = {}
    for lang, iso3, out_path, n, src_info in report:
        lines.append("## %s (%s): %d entries  `%s`" % (lang, iso3, n,
                                                       out_path))
        lines.append("")
        lines.append("| source file | repository @ commit | licence file: "
                     "first line | pairs used | distinct words |")
        lines.append("|---|---|---|---|---|")
        for sid, tree, path, lic, ok, pairs, words in src_info:
            lk = (tree.repo, lic)
            if lk not in lic_cache:
                t = tree.read(lic)
                lic_cache[lk] = first_line(t) if t else "(missing)"
            licline = lic_cache[lk].replace("|", "\\|")
            where = "%s @ %s" % (tree.repo, tree.commit)
            if ok is None:
                lines.append("| `%s` | %s | %s `%s`: \"%s\" | NOT AVAILABLE "
                             "(file >4 MiB absent from snapshot) | 0 |" % (
                                 path, where, "", lic, licline))
            else:
                lines.append("| `%s` | %s | `%s`: \"%s\" | %d | %d |" % (
                    path, where, lic, licline, pairs, words))
        lines.append("")
    lines.extend(NOTES)
    with open(os.path.join(args.out, "SOURCES.md"), "w",
              encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


NOTES = """## Licence notes

* OMW tab-file headers (`# name<TAB>lang<TAB>url<TAB>licence`): WOLF (fr) CeCILL-C;
  MCR 3.0 (es, via extjwnl-data-mcr30) CC BY 3.0 (the MCR licence file states that
  only the Basque part is CC BY-NC-SA; Basque is not used); OpenWN-PT (pt)
  CC BY-SA 3.0; MultiWordNet (it) CC BY 3.0; ItalWordNet (it) ODC-BY 1.0;
  Open Dutch WordNet (nl) CC BY-SA 4.0; DanNet (da), Norwegian Wordnet (nb),
  plWordNet (pl), Chinese Open Wordnet (zh): WordNet-style licences (use, copy,
  modify, distribute for any purpose, keep copyright notice); WordNet-SALDO (sv)
  CC BY 3.0; Arabic WordNet (ar) CC BY-SA 3.0.
* `wns/wikt/*` (OMW Wiktionary extension, Bond & Foster 2013, translations
  automatically linked to PWN 3.0): CC BY-SA 3.0 (Wiktionary); noisier than the
  hand-built wordnets.
* `wns/cldr/*` (OMW CLDR extension; language/country/etc. names only): Unicode
  data licence (MIT-like) + WordNet licence.
* Share-alike sources (CC BY-SA: nl, pt, ar, all wikt files) make the derived
  lexicon files CC BY-SA as well if they count as adaptations; attribution is
  required for all CC BY / ODC-BY / CeCILL-C sources.
* Not used because unavailable here (not because of licence): OdeNet
  (de, CC BY-SA 4.0; hdaSprachtechnologie/odenet @
  8980ca37d126b8f10897af6c2ec2e39c40b92981, odenet/wordnet/deWordNet.xml is
  >4 MiB and absent), OMW wns/fin (FinnWordNet, CC BY 3.0), wns/jpn (Japanese
  WordNet, WordNet-style licence), wns/mcr/wn-data-spa.tab (replaced by the
  extjwnl copy of MCR).
""".splitlines()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--omw", default=OMW_GITDIR)
    ap.add_argument("--omw-commit", default=OMW_COMMIT)
    ap.add_argument("--mcr", default=MCR_GITDIR)
    ap.add_argument("--mcr-commit", default=MCR_COMMIT)
    ap.add_argument("--pwn", default=PWN_DIR)
    ap.add_argument("--out", default=OUT_DIR)
    ap.add_argument("--langs", default=",".join(LANGS))
    ap.add_argument("--max-en", type=int, default=MAX_EN)
    ap.add_argument("--no-wikt", action="store_true")
    ap.add_argument("--no-cldr", action="store_true")
    ap.add_argument("--skip-multiword-english", action="store_true")
    args = ap.parse_args()
    args.langs = [l.strip() for l in args.langs.split(",") if l.strip()]
    for l in args.langs:
        if l not in LANGS:
            ap.error("unknown language %s" % l)
    build(args)


if __name__ == "__main__":
    main()
