#!/usr/bin/env python3
"""Writes the seeds of the `pdf` fuzz target into ../corpus/pdf/.

- `mini-report.pdf`: a small report (two cities, numbered cases, figures)
  in a hand-written PDF of about 3 KB: one page, a Type0 font with
  Identity-H encoding and a ToUnicode map, no embedded font program (text
  extraction needs none). Small enough that libFuzzer mutates it whole
  (`-max_len=65536`), unlike the 240 KB LibreOffice fixture.
- `mini-report-inline.pdf`: the same with inline 一是…二是 cases.
- `mini-truncated.pdf`: mini-report.pdf cut in half (no xref, no trailer).
- `mini-no-basefont.pdf`: mini-report.pdf with the font's /BaseFont renamed,
  which pdf-extract answers with a panic (contained by dutycheck_read::pdf).
- `shandong-2020-city-cases.pdf`: a copy of the corpus fixture (the same
  blob in git).

    python3 make_pdf_seeds.py
"""
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus", "pdf")
FIXTURE = os.path.join(HERE, "..", "..", "tests", "fixtures", "corpus", "shandong-2020-city-cases.pdf")

REPORT = [
    "2020年各市履行教育职责典型工作案例",
    "一、甲市",
    "1.普惠性幼儿园覆盖率达86.2%,公办园在园幼儿占比为",
    "52.6%。",
    "2.一般公共预算教育支出213.8亿元,比2019年增长6.5%。",
    "二、乙市",
    "1.学前三年毛入园率提高至95.4%,新建幼儿园45所。",
]

INLINE = [
    "2020年各市履行教育职责典型工作案例",
    "一、甲市",
    "主要做法:一是加大投入,一般公共预算教育支出213.8亿元;二是优化",
    "布局,普惠性幼儿园覆盖率达86.2%;三是强化师资。",
    "二、乙市",
    "一是新建幼儿园45所。二是学前三年毛入园率达95.4%。",
]


def pdf(lines):
    chars = sorted({c for line in lines for c in line})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    content = ["BT", "/F1 12 Tf", "40 800 Td"]
    for i, line in enumerate(lines):
        if i:
            content.append("0 -18 Td")
        content.append("<" + "".join(f"{cid[c]:04X}" for c in line) + "> Tj")
    content.append("ET")
    content = "\n".join(content).encode()
    bfchar = "\n".join(f"<{cid[c]:04X}> <{ord(c):04X}>" for c in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        f"{len(chars)} beginbfchar\n{bfchar}\nendbfchar\n"
        "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
    ).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /MiniCJK /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MiniCJK "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor 8 0 R /DW 1000 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        b"<< /Type /FontDescriptor /FontName /MiniCJK /Flags 4 /FontBBox [0 -120 1000 880] "
        b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    mini = pdf(REPORT)
    seeds = {
        "mini-report.pdf": mini,
        "mini-report-inline.pdf": pdf(INLINE),
        "mini-truncated.pdf": mini[: len(mini) // 2],
        "mini-no-basefont.pdf": mini.replace(b"/BaseFont /MiniCJK /Encoding", b"/BaseFonX /MiniCJK /Encoding", 1),
    }
    for name, data in seeds.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
    shutil.copyfile(FIXTURE, os.path.join(OUT, "shandong-2020-city-cases.pdf"))
