#!/usr/bin/env python3
"""Reads a PNG with the standard library alone (zlib), for the browser test
of the HTML export (tests/export_html.t).

  png.py size FILE            prints "WIDTH HEIGHT"
  png.py stats FILE           prints "colours=N ink=F": distinct colours (up
                              to 4096 counted) and the share of pixels that
                              are not the top-left pixel's colour
  png.py crop FILE OUT Y H    writes rows Y..Y+H-1 of FILE to OUT (to look at
                              a part of a tall screenshot)
"""
import struct
import sys
import zlib

SIG = b"\x89PNG\r\n\x1a\n"
CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


def read(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != SIG:
        raise ValueError(path + ": not a PNG file")
    pos, idat, head = 8, [], None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            head = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + n
    return head, b"".join(idat)


def size(path):
    head, _ = read(path)
    return head[0], head[1]


def rows(path):
    """The image as a list of rows of pixel tuples (8-bit images only)."""
    (w, h, depth, ctype, _, _, interlace), idat = read(path)
    if depth != 8 or interlace != 0 or ctype == 3:
        raise ValueError(path + ": only 8-bit, non-interlaced, non-palette PNGs are read here")
    bpp = CHANNELS[ctype]
    raw = zlib.decompress(idat)
    stride = w * bpp
    out, prev, i = [], bytearray(stride), 0
    for _ in range(h):
        ftype = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if ftype == 1:
                line[x] = (line[x] + a) & 255
            elif ftype == 2:
                line[x] = (line[x] + b) & 255
            elif ftype == 3:
                line[x] = (line[x] + ((a + b) >> 1)) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pred) & 255
        out.append(line)
        prev = line
    return w, h, bpp, ctype, out


def stats(path):
    w, h, bpp, _, lines = rows(path)
    bg = bytes(lines[0][:bpp])
    colours, other = set(), 0
    for line in lines:
        for x in range(0, w * bpp, bpp):
            px = bytes(line[x:x + bpp])
            if px != bg:
                other += 1
            if len(colours) < 4096:
                colours.add(px)
    return len(colours), other / float(w * h)


def crop(path, out, y, hh):
    w, h, bpp, ctype, lines = rows(path)
    part = lines[y:y + hh]
    raw = b"".join(b"\x00" + bytes(l) for l in part)

    def chunk(kind, body):
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xffffffff))

    with open(out, "wb") as f:
        f.write(SIG + chunk(b"IHDR", struct.pack(">IIBBBBB", w, len(part), 8, ctype, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main(argv):
    if len(argv) >= 3 and argv[1] == "size":
        print("%d %d" % size(argv[2]))
    elif len(argv) >= 3 and argv[1] == "stats":
        n, ink = stats(argv[2])
        print("colours=%d ink=%.4f" % (n, ink))
    elif len(argv) >= 6 and argv[1] == "crop":
        crop(argv[2], argv[3], int(argv[4]), int(argv[5]))
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
