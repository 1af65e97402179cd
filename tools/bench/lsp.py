#!/usr/bin/env python3
"""Times canvas lsp the way an editor uses it, on one generated script.

usage: python3 lsp.py CANVAS SCRIPT [CHANGES [COMPLETIONS]]

Opens SCRIPT, then makes CHANGES one-character edits (an importance of a
job, spread over the file), each sent as an incremental didChange; the time
of each is from writing the didChange to reading the publishDiagnostics
that carries its version. Then COMPLETIONS completion requests (a note
after relieves ", a field name in a job, a segment name after segment = "),
each from writing the request to reading its answer. Prints one figure a
line, "name value", for tools/bench.sh; on a failure, "error MESSAGE" and
exit status 1.
"""
import json
import os
import select
import subprocess
import sys
import time


def fail(msg):
    print("error " + msg)
    sys.exit(1)


class Client:
    def __init__(self, canvas):
        self.proc = subprocess.Popen([canvas, "lsp"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.inbox = b""
        self.last_id = 0

    def send(self, obj):
        obj["jsonrpc"] = "2.0"
        data = json.dumps(obj).encode()
        self.proc.stdin.write(b"Content-Length: " + str(len(data)).encode() + b"\r\n\r\n" + data)
        self.proc.stdin.flush()

    def receive(self, until):
        """The next message, or None when the time runs out or the server quits."""
        while True:
            head_end = self.inbox.find(b"\r\n\r\n")
            if head_end >= 0:
                size = None
                for field in self.inbox[:head_end].split(b"\r\n"):
                    key, _, val = field.partition(b":")
                    if key.strip().lower() == b"content-length":
                        size = int(val)
                if size is None:
                    fail("a message with no Content-Length")
                body_start = head_end + 4
                if len(self.inbox) >= body_start + size:
                    body = self.inbox[body_start:body_start + size]
                    self.inbox = self.inbox[body_start + size:]
                    return json.loads(body)
            left = until - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.proc.stdout], [], [], left)
            if not ready:
                return None
            data = os.read(self.proc.stdout.fileno(), 1 << 20)
            if not data:
                return None
            self.inbox += data

    def wait(self, accept, what, timeout=120):
        until = time.monotonic() + timeout
        while True:
            msg = self.receive(until)
            if msg is None:
                status = self.proc.poll()
                if status is not None:
                    fail("canvas lsp exited (status %d) before sending the %s" % (status, what))
                fail("no " + what + " from canvas lsp within %d s" % timeout)
            if accept(msg):
                return msg

    def request(self, method, params):
        self.last_id += 1
        rid = self.last_id
        self.send({"id": rid, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == rid and "method" not in m, method + " answer")

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def diagnostics_of(self, uri, version):
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                         and m["params"].get("uri") == uri
                         and m["params"].get("version") == version,
                         "diagnostics of version %d" % version)

    def close(self):
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.proc.stdin.close()
            self.proc.wait(10)
        except (BrokenPipeError, subprocess.TimeoutExpired):
            self.proc.kill()


def median(xs):
    s = sorted(xs)
    return (s[(len(s) - 1) // 2] + s[len(s) // 2]) / 2


def main():
    if len(sys.argv) < 3:
        fail("usage: lsp.py CANVAS SCRIPT [CHANGES [COMPLETIONS]]")
    canvas, script = sys.argv[1], os.path.abspath(sys.argv[2])
    changes = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    completions = int(sys.argv[4]) if len(sys.argv) > 4 else 30
    with open(script, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    uri = "file://" + script

    c = Client(canvas)
    c.request("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": {}})
    c.notify("initialized", {})
    t0 = time.monotonic()
    c.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "lua", "version": 1, "text": text}})
    c.diagnostics_of(uri, 1)
    print("open_ms %.1f" % ((time.monotonic() - t0) * 1000))

    # the digit of "importance = D" on job lines spread over the file
    jobs = [i for i, l in enumerate(lines) if l.lstrip().startswith("job ") and "importance = " in l]
    if not jobs:
        fail("no job line with an importance in " + script)
    took = []
    for k in range(changes):
        n = jobs[(k * len(jobs)) // changes]
        col = lines[n].index("importance = ") + len("importance = ")
        digit = lines[n][col]
        new = str(int(digit) % 5 + 1) if digit.isdigit() else "3"
        lines[n] = lines[n][:col] + new + lines[n][col + 1:]
        version = k + 2
        t0 = time.monotonic()
        c.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": n, "character": col},
                                          "end": {"line": n, "character": col + 1}},
                                "text": new}]})
        c.diagnostics_of(uri, version)
        took.append((time.monotonic() - t0) * 1000)
    print("diag_count %d" % len(took))
    print("diag_median_ms %.1f" % median(took))
    print("diag_worst_ms %.1f" % max(took))

    # where to ask: (line, character) just after a prefix typed
    spots = []
    for i, l in enumerate(lines):
        for key, extra in (('relieves "', 6), ("{ kind", -2), ('segment = "', 3)):
            at = l.find(key)
            if at >= 0:
                spots.append((key, i, at + len(key) + extra))
    by_kind = {}
    for s in spots:
        by_kind.setdefault(s[0], []).append(s)
    chosen = []
    kinds = [k for k in by_kind if by_kind[k]]
    for j in range(completions):
        pool = by_kind[kinds[j % len(kinds)]]
        chosen.append(pool[(j // len(kinds) * 7919) % len(pool)])
    took, candidates = [], 0
    for _, line, char in chosen:
        t0 = time.monotonic()
        r = c.request("textDocument/completion", {"textDocument": {"uri": uri},
                                                   "position": {"line": line, "character": char}})
        took.append((time.monotonic() - t0) * 1000)
        res = r.get("result") or {}
        items = res.get("items", res if isinstance(res, list) else [])
        candidates = max(candidates, len(items))
    print("complete_count %d" % len(took))
    print("complete_median_ms %.1f" % median(took))
    print("complete_worst_ms %.1f" % max(took))
    print("complete_most_items %d" % candidates)
    c.close()


main()
