#!/usr/bin/env python3
"""Writes a CSV export as an Excel workbook the way Excel writes one: every text cell a
shared string (xl/sharedStrings.xml, each distinct string once), numbers as numbers, one
worksheet with cell references, deflated parts. Standard library only.

Usage: csv_to_xlsx.py IN.csv OUT.xlsx
"""
import csv
import sys
import zipfile
from xml.sax.saxutils import escape

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def column_name(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def is_number(s):
    if not s or s.strip() != s:
        return False
    try:
        float(s)
    except ValueError:
        return False
    return s.lower() not in ("nan", "inf", "-inf", "infinity")


def main(src, out):
    strings, index = [], {}
    columns = []
    with open(src, newline="", encoding="utf-8-sig") as f, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         f'<worksheet xmlns="{NS}" xmlns:r="{REL}"><sheetData>').encode())
            for r, record in enumerate(csv.reader(f), start=1):
                parts = [f'<row r="{r}">']
                for c, value in enumerate(record):
                    if c >= len(columns):
                        columns.append(column_name(c))
                    if value == "":
                        continue
                    ref = f"{columns[c]}{r}"
                    if is_number(value):
                        parts.append(f'<c r="{ref}"><v>{value}</v></c>')
                    else:
                        k = index.get(value)
                        if k is None:
                            k = index[value] = len(strings)
                            strings.append(value)
                        parts.append(f'<c r="{ref}" t="s"><v>{k}</v></c>')
                parts.append("</row>")
                sheet.write("".join(parts).encode())
            sheet.write(b"</sheetData></worksheet>")
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as sst:
            sst.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                       f'<sst xmlns="{NS}" uniqueCount="{len(strings)}">').encode())
            for s in strings:
                space = ' xml:space="preserve"' if s != s.strip() or "\n" in s else ""
                sst.write(f"<si><t{space}>{escape(s)}</t></si>".encode())
            sst.write(b"</sst>")
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                   '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   f'<workbook xmlns="{NS}" xmlns:r="{REL}"><sheets><sheet name="Form responses 1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                   '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                   '</Relationships>')
        z.writestr("xl/styles.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   f'<styleSheet xmlns="{NS}"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>')


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
