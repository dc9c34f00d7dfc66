#!/usr/bin/env python3
"""Scores predictions on each half of the dev set (half = last bit of md5(page id), as LineModelTrainer
and LostTextStages split it): half 0 is where the line model is trained and tuned, half 1 is held out.

  score-halves.py ../shared/extraction-dev PREDICTIONS.jsonl

Runs the shared score.py unchanged on a copy of the expected files filtered to each half.
"""
import hashlib, json, os, shutil, subprocess, sys, tempfile

def half(pid):
    return hashlib.md5(pid.encode('utf-8')).digest()[15] & 1

def main(dev, predictions):
    for h in (0, 1):
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copy(os.path.join(dev, 'score.py'), tmp)
            for sub, name in (('trafilatura-eval', 'snippets.jsonl'), ('readability', 'ground-truth.jsonl')):
                os.makedirs(os.path.join(tmp, sub))
                with open(os.path.join(dev, sub, name), encoding='utf-8') as src, \
                        open(os.path.join(tmp, sub, name), 'w', encoding='utf-8') as dst:
                    for line in src:
                        if line.strip() and half(json.loads(line)['id']) == h:
                            dst.write(line)
            out = subprocess.run([sys.executable, os.path.join(tmp, 'score.py'), predictions],
                                 capture_output=True, text=True, check=True).stdout
            for line in out.splitlines():
                print(f'half {h}  {line}')

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
