"""Draws Second Look's app icon (a magnifying glass over a page, 'look twice') as PNGs.

Pure Python (zlib), so it runs anywhere: python3 scripts/make-icons.py. The outputs are
committed in www/icons/; run again only when the design changes.
"""
import math, struct, zlib, pathlib

BG = (31, 95, 168)      # --accent
PAGE = (251, 250, 247)  # --bg
INK = (29, 29, 31)
MARK = (255, 224, 138)  # highlight colour

def pixel(x, y):
    """Colour at (x, y) in a 1x1 square; shapes drawn back to front."""
    c = BG
    if 0.22 <= x <= 0.66 and 0.16 <= y <= 0.80:          # the page
        c = PAGE
        for row in (0.30, 0.40, 0.50, 0.60, 0.70):       # lines of text
            if abs(y - row) < 0.018 and x <= 0.60:
                c = MARK if row == 0.50 else (170, 170, 170)
    cx, cy, r = 0.56, 0.52, 0.17
    d = math.hypot(x - cx, y - cy)
    if d < r - 0.035:
        c = tuple(int(0.75 * a + 0.25 * b) for a, b in zip(c, (255, 255, 255)))
    if r - 0.035 <= d <= r + 0.01:
        c = INK
    # the handle, from the ring towards the bottom right
    t = ((x - cx) + (y - cy)) / 2
    if r * 0.7 < t * math.sqrt(2) < 0.40 and abs((x - cx) - (y - cy)) < 0.07:
        c = INK
    return c

def png(size, path, ss=3):
    rows = []
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            acc = [0, 0, 0]
            for a in range(ss):
                for b in range(ss):
                    p = pixel((i + (a + 0.5) / ss) / size, (j + (b + 0.5) / ss) / size)
                    acc = [s + v for s, v in zip(acc, p)]
            row += bytes(int(v / ss / ss) for v in acc)
        rows.append(bytes(row))
    raw = zlib.compress(b''.join(rows), 9)
    chunk = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 2, 0, 0, 0)) + chunk(b'IDAT', raw) + chunk(b'IEND', b'')
    pathlib.Path(path).write_bytes(data)

for size in (192, 512):
    png(size, f'www/icons/icon-{size}.png')
