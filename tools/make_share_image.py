"""Draws theme/assets/share.png once: the picture a shared link shows (OpenGraph, 1200×630).

Run by hand (`python tools/make_share_image.py`), never by the build: the PNG is shipped with the
theme, and a house replaces it with its own through `extra.share_image` in mkdocs.yml. Plain
Python (zlib, no Pillow): a house on the site's blue, with "STEK" in block letters, in a
four-colour palette so that the file stays a few KB.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

WIDTH, HEIGHT = 1200, 630
PALETTE = [(0x1F, 0x4E, 0x79), (0xFF, 0xFF, 0xFF), (0xF2, 0xB7, 0x05), (0x16, 0x3A, 0x5A)]
BLUE, WHITE, YELLOW, DARK = range(4)
# 5×7 block letters, one string a row.
LETTERS = {
    "S": ["11111", "10000", "10000", "11111", "00001", "00001", "11111"],
    "T": ["11111", "00100", "00100", "00100", "00100", "00100", "00100"],
    "E": ["11111", "10000", "10000", "11110", "10000", "10000", "11111"],
    "K": ["10001", "10010", "10100", "11000", "10100", "10010", "10001"],
}


def draw() -> list[bytearray]:
    rows = [bytearray([BLUE]) * WIDTH for _ in range(HEIGHT)]

    def box(x0: int, y0: int, x1: int, y1: int, colour: int) -> None:
        for y in range(max(y0, 0), min(y1, HEIGHT)):
            rows[y][max(x0, 0):min(x1, WIDTH)] = bytes([colour]) * (min(x1, WIDTH) - max(x0, 0))

    box(0, HEIGHT - 90, WIDTH, HEIGHT, DARK)  # the street
    # The house: a wall, a roof of steps, a door and two windows.
    box(140, 250, 460, 540, WHITE)
    for step in range(10):
        box(120 + step * 20, 250 - (step + 1) * 16, 480 - step * 20, 250 - step * 16, YELLOW)
    box(270, 410, 330, 540, DARK)
    box(175, 300, 245, 370, DARK)
    box(355, 300, 425, 370, DARK)
    # "STEK" in block letters of 26 px squares.
    cell, x = 26, 560
    for letter in "STEK":
        for r, line in enumerate(LETTERS[letter]):
            for c, bit in enumerate(line):
                if bit == "1":
                    box(x + c * cell, 215 + r * cell, x + (c + 1) * cell, 215 + (r + 1) * cell, WHITE)
        x += 6 * cell
    return rows


def png(rows: list[bytearray]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + bytes(row) for row in rows)
    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 3, 0, 0, 0)  # 8-bit palette
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"PLTE", bytes(c for rgb in PALETTE for c in rgb))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / "theme" / "assets" / "share.png"
    target.write_bytes(png(draw()))
    print(f"{target}: {target.stat().st_size} bytes")
