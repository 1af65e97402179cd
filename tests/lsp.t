#!/usr/bin/env python3
# canvas lsp, driven as an editor drives it: a JSON-RPC client over the
# server's standard input and output (Content-Length framing), through
# initialize, opening and changing documents, the diagnostics it
# publishes, completion, hover, definition, document symbols, malformed
# input, scripts that hang or fail, shutdown and exit. TAP output.
import json
import os
import select
import subprocess
import sys
import tempfile
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CANVAS = os.environ.get("CANVAS", "build/canvas")
if not os.path.isabs(CANVAS):
    CANVAS = os.path.join(TOP, CANVAS)
os.environ.pop("CANVAS_STDLIB", None)

n = 0
failed = 0


def ok(cond, desc, got=None):
    global n, failed
    n += 1
    print(("ok %d - %s" if cond else "not ok %d - %s") % (n, desc))
    if not cond:
        failed += 1
        if got is not None:
            for line in json.dumps(got, indent=1)[:3000].splitlines():
                print("#   " + line)
    sys.stdout.flush()
    return cond


class Server:
    """One canvas lsp process and the messages it sent."""

    def __init__(self, *args):
        self.p = subprocess.Popen([CANVAS, "lsp", *args], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.buf = b""
        self.pending = []   # messages read but not asked for yet
        self.next_id = 0

    def write(self, data):
        self.p.stdin.write(data)
        self.p.stdin.flush()

    def send(self, msg):
        if isinstance(msg, dict):
            msg.setdefault("jsonrpc", "2.0")
        body = json.dumps(msg).encode()
        self.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def _fill(self, deadline):
        left = deadline - time.time()
        if left <= 0:
            return False
        r, _, _ = select.select([self.p.stdout], [], [], left)
        if not r:
            return False
        chunk = os.read(self.p.stdout.fileno(), 65536)
        if not chunk:
            return False
        self.buf += chunk
        return True

    def _read(self, timeout):
        deadline = time.time() + timeout
        while True:
            end = self.buf.find(b"\r\n\r\n")
            if end >= 0:
                head = self.buf[:end].decode()
                length = None
                for line in head.split("\r\n"):
                    name, _, value = line.partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                if length is None:
                    raise RuntimeError("a message without Content-Length: " + head)
                if len(self.buf) >= end + 4 + length:
                    body = self.buf[end + 4:end + 4 + length]
                    self.buf = self.buf[end + 4 + length:]
                    return json.loads(body)
            if not self._fill(deadline):
                return None

    def wait_for(self, pred, timeout=30):
        """The first message (read already or still to come) that pred accepts."""
        for i, m in enumerate(self.pending):
            if pred(m):
                return self.pending.pop(i)
        deadline = time.time() + timeout
        while time.time() < deadline:
            m = self._read(deadline - time.time())
            if m is None:
                return None
            if pred(m):
                return m
            self.pending.append(m)
        return None

    def request(self, method, params=None, timeout=30):
        self.next_id += 1
        rid = self.next_id
        msg = {"id": rid, "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)
        return self.wait_for(lambda m: m.get("id") == rid and "method" not in m, timeout)

    def notify(self, method, params=None):
        msg = {"method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)

    def diagnostics(self, uri, timeout=30):
        m = self.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                          and m["params"]["uri"] == uri, timeout)
        return None if m is None else m["params"]

    def initialize(self, capabilities=None):
        r = self.request("initialize", {"processId": None, "rootUri": None,
                                        "capabilities": capabilities or {}})
        self.notify("initialized", {})
        return r

    def open(self, uri, text, version=1):
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "lua", "version": version, "text": text}})
        return self.diagnostics(uri)

    def change(self, uri, version, changes):
        self.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": changes})
        return self.diagnostics(uri)

    def at(self, method, uri, line, character):
        return self.request(method, {"textDocument": {"uri": uri},
                                     "position": {"line": line, "character": character}})

    def finish(self, timeout=10):
        try:
            self.p.stdin.close()
        except BrokenPipeError:
            pass
        try:
            return self.p.wait(timeout)
        except subprocess.TimeoutExpired:
            self.p.kill()
            return None


def pos_of(text, needle, offset=0, nth=0):
    """The (line, character) of needle in text (UTF-16 units), plus offset."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    i += offset
    before = text[:i]
    line = before.count("\n")
    col = before[before.rfind("\n") + 1:]
    return line, len(col.encode("utf-16-le")) // 2


tmp = tempfile.mkdtemp(prefix="canvas-lsp-")


def uri_of(path):
    return "file://" + path


GOOD = '''segment "Patients" {
  id = "pat",
  job "Book a visit with a doctor" { importance = 5, kind = "functional" },
  pain "Long queues at the clinic" { severity = 4, id = "queues" },
  gain "Seen within ten minutes" { relevance = 4 },
}
value "Quick app" {
  segment = "Patients",
  product "App",
  relieves "queues",
  creates "Seen within ten minutes",
}
'''

# ---------------------------------------------------------------------------
# initialize, diagnostics on open, change and close
s = Server()
r = s.initialize()
caps = r and r.get("result", {}).get("capabilities", {})
ok(caps and caps.get("positionEncoding") == "utf-16", "initialize: UTF-16 positions by default", r)
ok(caps and caps.get("hoverProvider") and caps.get("definitionProvider")
   and caps.get("documentSymbolProvider") and "completionProvider" in caps,
   "and it offers completion, hover, definition and document symbols", caps)
ok(r and r["result"].get("serverInfo", {}).get("name") == "canvas", "the server names itself")

path = os.path.join(tmp, "clinic.lua")
uri = uri_of(path)
bad = GOOD.replace("severity = 4", "severity = 9")
d = s.open(uri, bad)
ok(d is not None and len(d["diagnostics"]) == 1, "didOpen publishes the load error", d)
e = d["diagnostics"][0] if d and d["diagnostics"] else {}
ok(e.get("severity") == 1 and e.get("range", {}).get("start", {}).get("line") == 3
   and "severity" in e.get("message", ""), "an error on the pain's line, saying what is wrong", e)
ok(e.get("range", {}).get("start", {}).get("character") == 2, "the range starts at the line's text", e)
ok(d.get("version") == 1, "with the document's version", d)

# an incremental change fixes it: the error goes
line, col = pos_of(bad, "9")
d = s.change(uri, 2, [{"range": {"start": {"line": line, "character": col},
                                  "end": {"line": line, "character": col + 1}}, "text": "4"}])
codes = sorted(x.get("code") for x in (d or {}).get("diagnostics", []))
ok(d is not None and all(x["severity"] != 1 for x in d["diagnostics"]),
   "after the change fixes it, the error is cleared", d)
ok(d is not None and d.get("version") == 2, "the diagnostics carry the new version", d)

# findings of canvas check, with the rule ID as code
run = subprocess.run([CANVAS, "check", "--format", "json", "-"], input=GOOD.encode(),
                     capture_output=True)
want = sorted(f["id"] for f in json.loads(run.stdout)["findings"])
ok(codes == want and len(want) > 0, "the findings are canvas check's, with the rule IDs as code (%s)"
   % ", ".join(want), {"got": codes, "want": want})
warn = [x for x in d["diagnostics"] if x.get("code")]
ok(all(x["source"] == "canvas" and x["severity"] in (2, 3) for x in warn),
   "warnings and infos keep their severities", warn)

# a full-text change that breaks it at run time
broken = GOOD + 'local x = nil\nx.y = 1\n'
d = s.change(uri, 3, [{"text": broken}])
errs = [x for x in d["diagnostics"] if x["severity"] == 1]
ok(len(errs) == 1 and errs[0]["range"]["start"]["line"] == 13 and "nil" in errs[0]["message"],
   "a runtime error is a diagnostic on its line", d)
d = s.change(uri, 4, [{"text": GOOD}])
ok(not any(x["severity"] == 1 for x in d["diagnostics"]), "and it is cleared when fixed", d)

# ---------------------------------------------------------------------------
# completion
def labels(resp):
    res = (resp or {}).get("result") or {}
    items = res.get("items", res if isinstance(res, list) else [])
    return [i["label"] for i in items], items


doc2 = GOOD + 'segment "Carers" {\n  pain "No time" { sev'
uri2 = uri_of(os.path.join(tmp, "typing.lua"))
s.open(uri2, doc2)
line, col = pos_of(doc2, "sev", 3)
got, items = labels(s.at("textDocument/completion", uri2, line, col))
ok(got == ["severity"], "completion: a field inside a declaration (pain { sev -> severity)", got)
ok(items and items[0]["textEdit"]["range"]["start"] == {"line": line, "character": col - 3},
   "the edit replaces the word typed", items)

doc3 = GOOD + 'seg'
uri3 = uri_of(os.path.join(tmp, "top.lua"))
s.open(uri3, doc3)
got, _ = labels(s.at("textDocument/completion", uri3, 12, 3))
ok("segment" in got and "seg" in got, "the declaration and query words at the top level", got)

doc4 = GOOD.replace('relieves "queues",', 'relieves "Lo",')
s.change(uri3, 2, [{"text": doc4}])
line, col = pos_of(doc4, 'relieves "Lo', 12)
got, items = labels(s.at("textDocument/completion", uri3, line, col))
ok(got == ["Long queues at the clinic"], "note texts inside a reference (relieves \"Lo)", got)
ok(items and items[0]["textEdit"]["newText"] == 'Long queues at the clinic"'
   and items[0]["textEdit"]["range"]["end"]["character"] == col + 1,
   "closing the string, over the quote the editor had closed already", items)

doc5 = GOOD.replace('segment = "Patients"', 'segment = "Pa')
s.change(uri3, 3, [{"text": doc5}])
line, col = pos_of(doc5, 'segment = "Pa', 13)
got, _ = labels(s.at("textDocument/completion", uri3, line, col))
ok(got == ["Patients"], "segment names after segment = \"", got)

doc6 = GOOD.replace('severity = 4', 'severity = "')
s.change(uri3, 4, [{"text": doc6}])
line, col = pos_of(doc6, 'severity = "', 12)
got, _ = labels(s.at("textDocument/completion", uri3, line, col))
ok("severe" in got and "extreme" in got, "scale words after severity = \"", got)

# ---------------------------------------------------------------------------
# hover
line, col = pos_of(GOOD, "importance", 2)
h = s.at("textDocument/hover", uri, line, col)
v = ((h or {}).get("result") or {}).get("contents", {}).get("value", "")
ok("importance" in v and "job" in v, "hover on a field: its help", h)
ok(h["result"].get("range", {}).get("start") == {"line": line, "character": col - 2},
   "over the word's range", h)
line, col = pos_of(GOOD, '"functional"', 3)
h = s.at("textDocument/hover", uri, line, col)
v = ((h or {}).get("result") or {}).get("contents", {}).get("value", "")
ok("unctional" in v and "**" in v, "hover on a vocabulary word: its help topic", h)
line, col = pos_of(GOOD, "segment", 1)
h = s.at("textDocument/hover", uri, line, col)
v = ((h or {}).get("result") or {}).get("contents", {}).get("value", "")
ok("segment" in v.lower() and len(v) > 80, "hover on a declaration word: the topic", h)
# a finding's rule explained: the first warning's line
fline = warn[0]["range"]["start"]["line"]
h = s.at("textDocument/hover", uri, fline, warn[0]["range"]["start"]["character"])
v = ((h or {}).get("result") or {}).get("contents", {}).get("value", "")
ok(warn[0]["code"] in v and "canvas explain" in v, "hover on a finding: the rule's explanation (%s)"
   % warn[0]["code"], h)
h = s.at("textDocument/hover", uri, 5, 0)
ok(h is not None and h.get("result") is None, "nothing to say: a null result", h)

# ---------------------------------------------------------------------------
# definition
line, col = pos_of(GOOD, '"queues"', 2, nth=1)
r = s.at("textDocument/definition", uri, line, col)
res = (r or {}).get("result") or {}
ok(res.get("uri") == uri and res.get("range", {}).get("start", {}).get("line") == 3,
   "definition from relieves \"queues\" (an id) to the pain", r)
ok(res.get("range", {}).get("start", {}).get("character") == 8,
   "at the pain's text", r)
line, col = pos_of(GOOD, '"Seen within', 3, nth=1)
r = s.at("textDocument/definition", uri, line, col)
ok(((r or {}).get("result") or {}).get("range", {}).get("start", {}).get("line") == 4,
   "from creates \"...\" (a text) to the gain", r)
line, col = pos_of(GOOD, '"Patients"', 3, nth=1)
r = s.at("textDocument/definition", uri, line, col)
ok(((r or {}).get("result") or {}).get("range", {}).get("start", {}).get("line") == 0,
   "from segment = \"...\" to the segment", r)
plat = '''canvas "Market" { market = "multi-sided" }
segment "Buyers" { depends_on = { "Sellers" }, job "Buy" { importance = 3 } }
segment "Sellers" { depends_on = { "Buyers" }, job "Sell" { importance = 3 } }
'''
uri_p = uri_of(os.path.join(tmp, "platform.lua"))
s.open(uri_p, plat)
line, col = pos_of(plat, '"Sellers"', 2)
r = s.at("textDocument/definition", uri_p, line, col)
ok(((r or {}).get("result") or {}).get("range", {}).get("start", {}).get("line") == 2,
   "from depends_on to the other side", r)

# ---------------------------------------------------------------------------
# document symbols
r = s.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}})
res = (r or {}).get("result") or []
names = [x["name"] for x in res]
ok(names == ["Patients", "Quick app"], "document symbols: the segment and the value", res)
kids = [x["name"] for x in res[0].get("children", [])] if res else []
ok(kids == ["Book a visit with a doctor", "Long queues at the clinic", "Seen within ten minutes"],
   "with the notes inside the segment", kids)
ok(res and res[0]["range"]["end"]["line"] >= 4 and res[0]["selectionRange"]["start"]["line"] == 0,
   "the segment's range holds its notes", res)

# ---------------------------------------------------------------------------
# positions in UTF-16: a line with characters outside the BMP
uni = 'segment "Caf\u00e9 \U0001F600" { pain "Queues \U0001F600" { severity = 4 } }\n'
uri_u = uri_of(os.path.join(tmp, "unicode.lua"))
s.open(uri_u, uni)
line, col = pos_of(uni, "severity", 3)
h = s.at("textDocument/hover", uri_u, line, col)
ok("severity" in (((h or {}).get("result") or {}).get("contents", {}).get("value", "")),
   "hover finds the word after characters of two UTF-16 units", h)

# ---------------------------------------------------------------------------
# the script's own output never reaches the protocol
uri_pr = uri_of(os.path.join(tmp, "prints.lua"))
d = s.open(uri_pr, 'print("Content-Length: 3\\r\\n\\r\\nxyz")\n' + GOOD)
ok(d is not None and not any(x["severity"] == 1 for x in d["diagnostics"]),
   "a script that prints does not disturb the messages", d)

# ---------------------------------------------------------------------------
# includes and unsaved files
os.makedirs(os.path.join(tmp, "proj"), exist_ok=True)
with open(os.path.join(tmp, "proj", "shared.lua"), "w") as f:
    f.write('segment "Shared" {\n  pain "Oops" { severity = "boiling" },\n}\n')
uri_i = uri_of(os.path.join(tmp, "proj", "main.lua"))   # never saved
d = s.open(uri_i, 'include "shared.lua"\n' + GOOD)
errs = [x for x in (d or {}).get("diagnostics", []) if x["severity"] == 1]
ok(len(errs) == 1 and "shared.lua:2:" in errs[0]["message"] and errs[0]["range"]["start"]["line"] == 0,
   "an unsaved document includes a file beside it; that file's error is shown at line 1", d)
with open(os.path.join(tmp, "proj", ".canvas.lua"), "w") as f:
    f.write('checks { ignore = { "%s" } }\n' % want[0])
s.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
d = s.diagnostics(uri)
ok(d is not None, "didSave checks the document again", d)
uri_c = uri_of(os.path.join(tmp, "proj", "checked.lua"))
d = s.open(uri_c, GOOD)
ok(d is not None and want[0] not in [x.get("code") for x in d["diagnostics"]],
   "the project file beside the document applies (%s ignored)" % want[0], d)

# ---------------------------------------------------------------------------
# close
s.notify("textDocument/didClose", {"textDocument": {"uri": uri3}})
d = s.diagnostics(uri3)
ok(d is not None and d["diagnostics"] == [], "didClose clears the document's diagnostics", d)
got, _ = labels(s.at("textDocument/completion", uri3, 0, 0))
ok(got == [], "a closed document completes nothing", got)

# ---------------------------------------------------------------------------
# malformed input
s.write(b"Content-Length: 9\r\n\r\n{not json")
m = s.wait_for(lambda m: "error" in m and m.get("id") is None)
ok(m and m["error"]["code"] == -32700, "JSON that does not parse: error -32700", m)
s.write(b"Content-Type: application/json\r\n\r\n")
m = s.wait_for(lambda m: "error" in m and m.get("id") is None)
ok(m and m["error"]["code"] == -32700 and "Content-Length" in m["error"]["message"],
   "a message without Content-Length: an error that says so", m)
s.write(b"Content-Length: x1\r\n\r\n")
m = s.wait_for(lambda m: "error" in m and m.get("id") is None)
ok(m and m["error"]["code"] == -32700, "a Content-Length that is no number: an error", m)
s.send([1, 2, 3])
m = s.wait_for(lambda m: "error" in m and m.get("id") is None)
ok(m and m["error"]["code"] == -32600, "a message that is not an object: -32600", m)
s.send({"id": 99})
m = s.wait_for(lambda m: m.get("id") == 99)
ok(m and m["error"]["code"] == -32600, "a request without a method: -32600", m)
r = s.request("textDocument/formatting", {"textDocument": {"uri": uri}})
ok(r and r.get("error", {}).get("code") == -32601, "an unknown method: -32601", r)
r = s.request("textDocument/hover", {"position": {"line": 0, "character": 0}})
ok(r and r.get("error", {}).get("code") == -32602, "a request without its document: -32602", r)
r = s.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": "x"}})
ok(r and r.get("error", {}).get("code") == -32602, "a position that is no position: -32602", r)
r = s.request("initialize", {"capabilities": {}})
ok(r and "error" in r, "a second initialize is refused", r)
s.notify("textDocument/didChange", {"textDocument": {"uri": "file:///nowhere.lua", "version": 1},
                                    "contentChanges": [{"text": "x"}]})
s.notify("$/cancelRequest", {"id": 1})
s.notify("workspace/didChangeConfiguration", {"settings": {}})
r = s.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}})
ok(r and isinstance(r.get("result"), list) and len(r["result"]) == 2,
   "after all that, the server still answers", r)

# ---------------------------------------------------------------------------
# shutdown and exit
r = s.request("shutdown")
ok(r is not None and "result" in r and r["result"] is None, "shutdown: a null result", r)
r = s.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}})
ok(r and r.get("error", {}).get("code") == -32600, "a request after shutdown is refused", r)
s.notify("exit")
try:
    rc = s.p.wait(10)
except subprocess.TimeoutExpired:
    rc = None
ok(rc == 0, "exit after shutdown: status 0", rc)
err = s.p.stderr.read().decode()
ok("Traceback" not in err and "internal error" not in err, "nothing went wrong inside", err)

# ---------------------------------------------------------------------------
# hanging, failing and greedy scripts under the limits
s = Server("--timeout", "1", "--max-memory", "64M")
r = s.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}})
ok(r and r.get("error", {}).get("code") == -32002, "a request before initialize: -32002", r)
s.initialize({"general": {"positionEncodings": ["utf-8", "utf-16"]}})
uri_h = uri_of(os.path.join(tmp, "hang.lua"))
t0 = time.time()
d = s.open(uri_h, GOOD + "while true do end\n")
took = time.time() - t0
errs = [x for x in (d or {}).get("diagnostics", []) if x["severity"] == 1]
ok(len(errs) == 1 and "time limit" in errs[0]["message"] and errs[0]["range"]["start"]["line"] == 12,
   "a script that hangs: a time-limit diagnostic on the looping line", d)
ok(took < 10, "within the limit (%.1f s)" % took)
# a burst of changes (typing) is checked once, at its end
burst = b""
for v in range(2, 7):
    body = json.dumps({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
        "textDocument": {"uri": uri_h, "version": v},
        "contentChanges": [{"text": GOOD + "-- %d\nwhile true do end\n" % v}]}}).encode()
    burst += b"Content-Length: %d\r\n\r\n" % len(body) + body
t0 = time.time()
s.write(burst)
d = s.diagnostics(uri_h)
took = time.time() - t0
ok(d is not None and d.get("version") == 6, "five changes at once: the diagnostics are the last one's", d)
ok(took < 3.5, "checked once, not five times (%.1f s with a 1 s limit)" % took)
more = s.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                  and m["params"]["uri"] == uri_h, 1.5)
ok(more is None, "and published once", more)
uri_m = uri_of(os.path.join(tmp, "greedy.lua"))
d = s.open(uri_m, 'local t = {}\nfor i = 1, 1e9 do t[i] = ("x"):rep(1000000) .. i end\n')
errs = [x for x in (d or {}).get("diagnostics", []) if x["severity"] == 1]
ok(len(errs) == 1 and "memory limit" in errs[0]["message"], "a script that eats memory: a diagnostic", d)
uri_e = uri_of(os.path.join(tmp, "error.lua"))
d = s.open(uri_e, 'error("boom")\n')
errs = [x for x in (d or {}).get("diagnostics", []) if x["severity"] == 1]
ok(len(errs) == 1 and "boom" in errs[0]["message"], "a script that raises an error: a diagnostic", d)
uri_t = uri_of(os.path.join(tmp, "trap.lua"))
d = s.open(uri_t, 'os.execute("touch %s/pwned")\nio.open("/etc/passwd")\n' % tmp)
ok(d is not None and not os.path.exists(os.path.join(tmp, "pwned"))
   and any(x["severity"] == 1 for x in d["diagnostics"]),
   "documents are untrusted: os and io are not there", d)
# the hanging document still answers from its partial model
line, col = pos_of(GOOD, "importance")
h = s.at("textDocument/hover", uri_h, line, col + 3)   # UTF-8 columns: bytes
ok("importance" in (((h or {}).get("result") or {}).get("contents", {}).get("value", "")),
   "the server goes on, and the hanging document still answers", h)
s.notify("exit")
try:
    rc = s.p.wait(10)
except subprocess.TimeoutExpired:
    rc = None
ok(rc == 1, "exit without shutdown: status 1", rc)

s = Server()
s.initialize()
rc = s.finish()
ok(rc == 1, "the input ends without exit: status 1", rc)

r = subprocess.run([CANVAS, "lsp", "--trust"], capture_output=True, input=b"")
ok(r.returncode == 2 and b"untrusted" in r.stderr, "lsp --trust is refused: documents are untrusted",
   r.stderr.decode())

print("1..%d" % n)
sys.exit(1 if failed else 0)
