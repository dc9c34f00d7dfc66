#!/usr/bin/env python3
"""Writes the topic model's glossary (enrich/src/main/resources/io/newsflow/enrich/topics/glossary.tsv.gz)
from the word lists wordnet_lexicon.py makes: one line per word, `lang TAB word TAB english lemmas`, the
first GLOSSES English lemmas of the word's most frequent senses. Languages written without spaces (zh, ja)
and Korean are left out: the glossary is matched word by word, by Snowball stem where Snowball has one.

  OUT=/work/data/lexicon python3 wordnet_lexicon.py
  python3 glossary.py /work/data/lexicon ../../../main/resources/io/newsflow/enrich/topics/glossary.tsv.gz
"""
import gzip
import os
import sys

LANGS = "de fr es pt it nl da sv nb fi pl cs ru uk ar tr".split()
GLOSSES = 3


def main(lexicon_dir, out_path):
    n = 0
    # mtime=0: the same lists give the same bytes
    with open(out_path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        for lang in LANGS:
            with open(os.path.join(lexicon_dir, "lexicon-%s.tsv" % lang), encoding="utf-8") as f:
                for line in f:
                    word, _, english = line.rstrip("\n").partition("\t")
                    if len(word) < 3 or not english:
                        continue
                    gz.write(("%s\t%s\t%s\n" % (lang, word, " ".join(english.split()[:GLOSSES]))).encode("utf-8"))
                    n += 1
    print("%d words -> %s (%d bytes)" % (n, out_path, os.path.getsize(out_path)), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
