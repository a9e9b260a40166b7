"""Extracts a zip with Python's zipfile, as the reference the unpacker is compared with.

usage: zipfile-extract.py ARCHIVE DEST [ARCHIVE DEST ...]

Names as Info-ZIP unzip reads them: with the UTF-8 flag as UTF-8; without it the Unicode Path
extra field (0x7075) when its CRC-32 matches the raw name, else the raw bytes as UTF-8 when they
are valid UTF-8, else as CP437 (zipfile alone decodes every flagless name as CP437). Modes by the
README's rule: 0755 when a Unix mode has the owner execute bit, 0644 otherwise.
"""
import os
import struct
import sys
import zipfile
import zlib


def unicode_path(info, raw):
    extra = info.extra
    while len(extra) >= 4:
        tag, size = struct.unpack('<HH', extra[:4])
        body = extra[4:4 + size]
        if tag == 0x7075 and size >= 5 and body[0] == 1:
            if struct.unpack('<I', body[1:5])[0] == zlib.crc32(raw):
                return body[5:].decode('utf-8')
        extra = extra[4 + size:]
    return None


def name_of(info):
    if info.flag_bits & 0x800:
        return info.orig_filename
    raw = info.orig_filename.encode('cp437')
    name = unicode_path(info, raw)
    if name is not None:
        return name
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError:
        return info.orig_filename


def mode_of(info):
    unix = info.create_system in (3, 19)
    return 0o755 if unix and (info.external_attr >> 16) & 0o100 else 0o644


def main(archive, dest):
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            name = name_of(info)
            if name.startswith('/') or '..' in name.split('/'):
                raise SystemExit(f'unsafe name {name!r}')
            target = os.path.join(dest, name)
            if name.endswith('/'):
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as source, open(target, 'wb') as out:
                while chunk := source.read(1 << 20):
                    out.write(chunk)
            os.chmod(target, mode_of(info))


if __name__ == '__main__':
    pairs = sys.argv[1:]
    for i in range(0, len(pairs), 2):
        main(pairs[i], pairs[i + 1])
