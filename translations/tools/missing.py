#!/usr/bin/env python3
"""Prints, as a JSON object, the sources of a Qt .ts file that the catalogue does not translate.

Usage: missing.py mqttdeck_fr.ts catalogue_fr.json   (then translate and merge into the catalogue)
"""
import json
import sys
import xml.etree.ElementTree as ET

catalogue = json.load(open(sys.argv[2], encoding="utf-8"))
missing = {}
for message in ET.parse(sys.argv[1]).getroot().iter("message"):
    source = message.find("source").text
    if source not in catalogue:
        missing[source] = [source, source] if message.get("numerus") == "yes" else source
json.dump(missing, sys.stdout, ensure_ascii=False, indent=1)
print()
