#!/usr/bin/env python3
"""Checks an SVG document that canvas export wrote (tests/export_svg.t).

  check_svg.py SVG NOTES

NOTES holds the text of every note drawn, each followed by a NUL byte, as
the script wrote it (tests/export/driver.lua). Prints one line per problem
and exits 1 if there is any:
- the document parses as XML (xml.dom.minidom), and holds no control
  characters;
- the root is an <svg> with width, height and a viewBox of the same size,
  the fixed-width font with its fallbacks, and a <title>; so has every
  picture inside it;
- the attribution is there, in a <text> element;
- every note text appears in the file, escaped as the export escapes it,
  as the <title> of one note box, and the lines drawn for it hold all of
  its characters (wrapped, nothing cut);
- no line of text is wider than the box that holds it (measured as the
  export measures, by display columns of a fixed-width font).
"""
import re
import sys
import unicodedata
import xml.dom.minidom

FONT = "DejaVu Sans Mono, Liberation Mono, Menlo, Consolas, monospace"
ATTRIBUTION = ("The Business Model Canvas is CC BY-SA by Strategyzer; the customer profile "
               "concepts come from Value Proposition Design (Osterwalder et al.).")
# the width of a character in ems that the export assumes (DejaVu Sans
# Mono's is 0.602, Liberation Mono's 0.600)
ADVANCE = 0.62


def clean(s):
    """The text as the export draws it: control characters removed, tabs
    and line breaks as spaces, the two noncharacters XML forbids removed."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\t\n\r":
            out.append(" ")
        elif o < 32 or o == 127 or 0x80 <= o <= 0x9f or o in (0xfffe, 0xffff):
            continue
        else:
            out.append(ch)
    return "".join(out)


def escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def columns(s):
    n = 0
    for ch in s:
        if unicodedata.combining(ch):
            continue
        n += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return n


def text_of(node):
    return "".join(t.data for t in node.childNodes if t.nodeType == t.TEXT_NODE)


def child_title(node):
    for c in node.childNodes:
        if c.nodeType == c.ELEMENT_NODE:
            return text_of(c) if c.tagName == "title" else None
    return None


def squeeze(s):
    return re.sub(r"\s+", "", s)


def main(svg_path, notes_path):
    problems = []
    raw = open(svg_path, "rb").read()
    text = raw.decode("utf-8")  # raises on bytes that are not UTF-8
    bad = [c for c in text if (ord(c) < 32 and c != "\n") or 127 <= ord(c) <= 0x9f]
    if bad:
        problems.append("control characters in the document: %r" % bad[:5])
    try:
        doc = xml.dom.minidom.parseString(raw)
    except Exception as e:  # noqa: BLE001 - any parse error is the finding
        print("does not parse as XML: %s" % e)
        return 1
    root = doc.documentElement
    if root.tagName != "svg":
        problems.append("the root element is <%s>, not <svg>" % root.tagName)
    if root.getAttribute("font-family") != FONT:
        problems.append("the root's font-family is %r" % root.getAttribute("font-family"))
    for svg in doc.getElementsByTagName("svg"):
        w, h, vb = svg.getAttribute("width"), svg.getAttribute("height"), svg.getAttribute("viewBox")
        if not (w and h and vb == "0 0 %s %s" % (w, h)):
            problems.append("an <svg> without a matching width, height and viewBox: %r %r %r" % (w, h, vb))
        elif int(w) <= 0 or int(h) <= 0:
            problems.append("an <svg> of no size: %s x %s" % (w, h))
        t = child_title(svg)
        if not t or not t.strip():
            problems.append("an <svg> whose first child is not a <title> with text")
    texts = "".join(text_of_all(t) for t in doc.getElementsByTagName("text"))
    if squeeze(ATTRIBUTION) not in squeeze(texts):
        problems.append("the attribution is not in any <text>")
    # every note, escaped, as the title of a note box drawn whole
    notes = {}
    for g in doc.getElementsByTagName("g"):
        if "note" in g.getAttribute("class").split():
            notes.setdefault(child_title(g), []).append(g)
    data = open(notes_path, "rb").read()
    wanted = [clean(n.decode("utf-8", "replace")) for n in data.split(b"\0")[:-1]]
    for n in wanted:
        if escape(n) not in text:
            problems.append("note text not in the document, escaped: %r" % n[:80])
        boxes = notes.get(n)
        if not boxes:
            problems.append("no note box titled %r" % n[:80])
            continue
        for g in boxes:
            body = [t for t in g.getElementsByTagName("text") if t.getAttribute("font-size") == "13"]
            drawn = "".join(text_of_all(t) for t in body)
            if squeeze(drawn) != squeeze(n):
                problems.append("note %r is drawn as %r" % (n[:60], drawn[:60]))
    # no line wider than its box
    for g in doc.getElementsByTagName("g"):
        cls = g.getAttribute("class").split()
        if not ({"note", "item", "segment"} & set(cls)):
            continue
        rect = g.getElementsByTagName("rect")[0]
        right = float(rect.getAttribute("x")) + float(rect.getAttribute("width"))
        for t in g.getElementsByTagName("text"):
            size = float(t.getAttribute("font-size"))
            for span in t.getElementsByTagName("tspan"):
                s = text_of(span)
                x = float(span.getAttribute("x"))
                if x + columns(s) * size * ADVANCE > right:
                    problems.append("line %r runs past its box (x %g, %d columns, box ends at %g)"
                                    % (s[:40], x, columns(s), right))
    for p in problems:
        print(p)
    return 1 if problems else 0


def text_of_all(node):
    out = []
    for c in node.childNodes:
        if c.nodeType == c.TEXT_NODE:
            out.append(c.data)
        elif c.nodeType == c.ELEMENT_NODE:
            out.append(text_of_all(c))
    return "".join(out)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
