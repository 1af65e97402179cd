#!/usr/bin/env python3
"""Checks an HTML page that canvas export wrote (tests/export_html.t).

  check_html.py PAGE NOTES FINDINGS
  check_html.py probe URL W H OUT  writes a page that shows URL in a frame
                                   W x H px and measures it there once it
                                   has loaded (the page has no script)

NOTES holds the text of every note, each followed by a NUL byte
(tests/export/driver.lua); FINDINGS is what `canvas check` printed for
the script. Prints one line per problem and exits 1 if there is any:
- the page is HTML5 whose elements all close, in order, with one <title>,
  a charset, a viewport, a language, unique ids and links that all lead
  to one of them;
- nothing on it asks for anything else: no script, link, image, frame,
  object, embed or media element, no src, no href but to the page itself,
  no url() or @import in the style sheet;
- the style sheet has a print style sheet and one for narrow screens;
- the pictures are inline SVG, one per segment and the segments block;
- every note text appears, escaped; so does the attribution;
- every finding of `canvas check` is in the findings table with its
  file:line and rule ID, and the table has no other row.
"""
import html.parser
import re
import sys

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
FORBIDDEN = {"script", "link", "img", "iframe", "frame", "object", "embed", "audio", "video",
             "source", "base", "picture", "image", "use", "foreignobject"}
ATTRIBUTION = ("The Business Model Canvas is CC BY-SA by Strategyzer; the customer profile "
               "concepts come from Value Proposition Design (Osterwalder et al.).")

# The page in a frame of a given size, measured once it has loaded: the
# page itself stays as exported, without a script. (A headless window is
# at least 500 px wide while the page loads; a frame is the size it is
# given.)
PROBE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>probe</title></head>
<body style="margin:0">
<iframe id="page" src="%(url)s" style="width:%(w)dpx;height:%(h)dpx;border:0;display:block"
  onload="measure()"></iframe>
<script>
function measure() {
  var w = document.getElementById("page").contentWindow, doc = w.document;
  var d = doc.documentElement, r = [];
  r.push("inner " + w.innerWidth + " scroll " + d.scrollWidth + " client " + d.clientWidth);
  var svgs = doc.querySelectorAll("figure > svg");
  r.push("pictures " + svgs.length);
  for (var i = 0; i < svgs.length; i++) {
    var b = svgs[i].getBoundingClientRect();
    r.push("picture " + Math.round(b.width) + " " + Math.round(b.height) + " " + Math.round(b.right));
  }
  var all = doc.body.getElementsByTagName("*"), wide = 0;
  for (var j = 0; j < all.length; j++) {
    var e = all[j];
    if (e.closest(".table-wrap") || e.closest("svg")) continue;
    var right = e.getBoundingClientRect().right;
    if (right > d.clientWidth + 0.5 && wide++ < 5) r.push("wide " + e.tagName + " " + Math.round(right));
  }
  r.push("wide " + wide);
  var p = document.createElement("pre");
  p.id = "probe";
  p.textContent = r.join("\\n");
  document.body.appendChild(p);
}
</script>
</body></html>
"""


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems, self.ids, self.links = [], [], {}, []
        self.titles, self.style, self.text = [], [], []
        self.findings_rows, self.pictures, self.meta = 0, 0, set()
        self.lang = None
        self._in = {}

    def problem(self, s):
        self.problems.append(s)

    def attrs(self, tag, attrs):
        for k, v in attrs:
            v = v or ""
            if k == "id":
                if v in self.ids:
                    self.problem("id %r used twice" % v)
                self.ids[v] = True
            if k in ("src", "srcset", "xlink:href", "data", "poster", "action", "formaction"):
                self.problem("<%s %s=%r>: the page asks for something" % (tag, k, v))
            if k == "href":
                if not v.startswith("#"):
                    self.problem("<%s href=%r>: a link that leaves the page" % (tag, v))
                self.links.append(v[1:])
            if k == "style" and ("url(" in v or "@import" in v):
                self.problem("<%s style=%r> asks for something" % (tag, v))
            if k.startswith("on"):
                self.problem("<%s %s>: an event handler is a script" % (tag, k))

    def handle_starttag(self, tag, attrs):
        if tag in FORBIDDEN:
            self.problem("a <%s> element" % tag)
        self.attrs(tag, attrs)
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta":
            if (a.get("charset") or "").lower() == "utf-8":
                self.meta.add("charset")
            if a.get("name") == "viewport" and "width=device-width" in (a.get("content") or ""):
                self.meta.add("viewport")
        if tag == "section" and a.get("id") == "findings":
            self._in["findings"] = len(self.stack)
        if tag == "tr" and "findings" in self._in and "tbody" in self.stack:
            self.findings_rows += 1
        if tag == "svg" and self.stack and self.stack[-1] == "figure":
            self.pictures += 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag in FORBIDDEN:
            self.problem("a <%s> element" % tag)
        self.attrs(tag, attrs)
        a = dict(attrs)
        if tag == "meta" and (a.get("charset") or "").lower() == "utf-8":
            self.meta.add("charset")

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problem("</%s> closes <%s>" % (tag, self.stack[-1] if self.stack else "nothing"))
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()
        if "findings" in self._in and len(self.stack) == self._in["findings"]:
            del self._in["findings"]

    def handle_data(self, data):
        top = self.stack[-1] if self.stack else None
        if top == "title" and "head" in self.stack:
            self.titles.append(data)
        if top == "style":
            self.style.append(data)
        self.text.append(data)


def escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def clean(s):
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


def squeeze(s):
    return re.sub(r"\s+", "", s)


def check(page_path, notes_path, findings_path):
    raw = open(page_path, "rb").read().decode("utf-8")
    p = Page()
    if not raw.startswith("<!DOCTYPE html>"):
        p.problem("the page does not start with <!DOCTYPE html>")
    p.feed(raw)
    p.close()
    if p.stack:
        p.problem("elements left open: %s" % " ".join(p.stack))
    if len(p.titles) != 1 or not p.titles[0].strip():
        p.problem("%d <title> elements" % len(p.titles))
    for m in ("charset", "viewport"):
        if m not in p.meta:
            p.problem("no <meta> %s" % m)
    if not p.lang:
        p.problem("<html> has no lang")
    for target in p.links:
        if target not in p.ids:
            p.problem("a link to #%s, which is no id on the page" % target)
    style = "".join(p.style)
    for bad in ("url(", "@import", "@font-face"):
        if bad in style:
            p.problem("the style sheet has %s" % bad)
    for need in ("@media print", "@media (max-width", "max-width: 100%", "height: auto"):
        if need not in style:
            p.problem("the style sheet has no %r" % need)
    text = "".join(p.text)
    if squeeze(ATTRIBUTION) not in squeeze(text):
        p.problem("the attribution is not on the page")
    notes = [clean(n.decode("utf-8", "replace")) for n in open(notes_path, "rb").read().split(b"\0")[:-1]]
    for n in notes:
        if escape(n) not in raw:
            p.problem("note text not on the page, escaped: %r" % n[:80])
    nseg = raw.count('<section class="segment"')
    if p.pictures != nseg + (1 if 'id="segments"' in raw else 0):
        p.problem("%d pictures for %d segments" % (p.pictures, nseg))
    found = 0
    for line in open(findings_path, encoding="utf-8", errors="replace"):
        m = re.match(r"^(.+?):(\d+): (error|warning|info)\[(\w+)\]", line)
        if not m:
            continue
        found += 1
        where = "<code>" + escape(m.group(1) + ":" + m.group(2)) + "</code>"
        if where not in raw:
            p.problem("finding %s:%s %s is not on the page" % (m.group(1), m.group(2), m.group(4)))
        elif not re.search(re.escape(where) + r".{0,200}" + m.group(4), raw):
            p.problem("finding %s:%s is on the page without its ID %s" % (m.group(1), m.group(2),
                                                                          m.group(4)))
    if found != p.findings_rows:
        p.problem("%d findings from canvas check, %d rows in the findings table" % (found, p.findings_rows))
    for s in p.problems:
        print(s)
    return 1 if p.problems else 0


def probe(url, w, h, out_path):
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(PROBE % {"url": escape(url), "w": int(w), "h": int(h)})
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "probe":
        sys.exit(probe(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]))
    sys.exit(check(sys.argv[1], sys.argv[2], sys.argv[3]))
