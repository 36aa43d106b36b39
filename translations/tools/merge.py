#!/usr/bin/env python3
"""Merges new translations into the catalogues and refreshes both .ts files.

Usage: merge.py fr.json    French entries {source: translation}; English entries are made from
the sources (numerus: singular from "(s)" removed, plural with "s"), then both catalogues are
applied to their .ts files.
"""
import json
import os
import re
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
new_fr = json.load(open(sys.argv[1], encoding="utf-8"))


def english_forms(source):
    singular = re.sub(r"\((s|es)\)", "", source)
    plural = re.sub(r"\((s|es)\)", r"\1", source)
    return [singular, plural]


for lang in ("fr", "en"):
    path = os.path.join(root, f"catalogue_{lang}.json")
    catalogue = json.load(open(path, encoding="utf-8"))
    for source, translation in new_fr.items():
        if lang == "fr":
            catalogue[source] = translation
        else:
            catalogue[source] = english_forms(source) if isinstance(translation, list) else source
    with open(path, "w", encoding="utf-8") as f:
        json.dump(dict(sorted(catalogue.items())), f, ensure_ascii=False, indent=1)
        f.write("\n")
    subprocess.call([sys.executable, os.path.join(here, "apply_translations.py"),
                     os.path.join(root, f"mqttdeck_{lang}.ts"), path])
