#!/usr/bin/env python3
"""Fills a Qt .ts file from a {source: translation} JSON catalogue (numerus: a list of forms).

Usage: apply_translations.py mqttdeck_fr.ts catalogue_fr.json
Entries absent from the catalogue stay unfinished, so `lupdate` and the translation test show them.
"""
import json
import sys
import xml.etree.ElementTree as ET

ts_path, catalogue_path = sys.argv[1], sys.argv[2]
catalogue = json.load(open(catalogue_path, encoding="utf-8"))
tree = ET.parse(ts_path)
missing = 0
for message in tree.getroot().iter("message"):
    source = message.find("source").text
    translation = message.find("translation")
    value = catalogue.get(source)
    if value is None:
        missing += 1
        continue
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in value:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
print(f"{ts_path}: {missing} message(s) without translation")
sys.exit(1 if missing else 0)
