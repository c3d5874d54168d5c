#!/usr/bin/env python3
"""Fills the English plural forms in translations/ivs-inspector_en.ts.

The sources say "%n second(s)"; English readers should see "1 second" and
"2 seconds". lupdate -pluralonly keeps only the messages with %n; this
writes their two English forms: "(s)" dropped for one, "s" for many, and a
few verbs that agree with their subject. A form someone wrote by hand is
kept. Run after `cmake --build build --target update_translations`.
"""
import re
import sys
import xml.etree.ElementTree as ET

AGREEMENT = [
    (" use this stage", " uses this stage", " use this stage"),
    (" are called ", " is called ", " are called "),
]


def forms(source):
    one, many = source.replace("(s)", ""), source.replace("(s)", "s")
    for plural, singular_verb, plural_verb in AGREEMENT:
        if plural in source:
            one = one.replace(plural, singular_verb)
            many = many.replace(plural, plural_verb)
    return one, many


def main(path):
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.find("source").text
        translation = message.find("translation")
        existing = [f.text for f in translation.findall("numerusform") if f.text]
        if len(existing) == 2 and translation.get("type") != "unfinished":
            continue
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        for text in forms(source):
            ET.SubElement(translation, "numerusform").text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, encoding="utf-8") as f:
        body = f.read()
    body = body.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(body if body.endswith("\n") else body + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/ivs-inspector_en.ts")
