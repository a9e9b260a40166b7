"""Writes a zip of a tree with Python's zipfile, in the ways people write them.

usage: zipfile-write.py KIND SOURCE OUT      (OUT '-' is stdout: a pipe, so data descriptors)
KIND: deflate | store | zip64 (force_zip64 on every file) | comment | empty | unicode-path

unicode-path ignores SOURCE: two names in Latin-1 without the UTF-8 flag, as Info-ZIP on Windows
writes them, each with a Unicode Path extra field (0x7075): one whose CRC-32 is the raw name's,
one whose CRC-32 is another name's (stale: renamed by a tool that kept the field).

Directories get entries of their own, as shutil.make_archive writes them.
"""
import os
import shutil
import struct
import sys
import zipfile
import zlib


class Latin1Info(zipfile.ZipInfo):
    """A name written as Latin-1 bytes with no UTF-8 flag (zipfile writes ASCII or flagged UTF-8)."""

    def _encodeFilenameFlags(self):
        return self.filename.encode('latin-1'), self.flag_bits


def unicode_path_field(name, crc_of):
    body = struct.pack('<BI', 1, zlib.crc32(crc_of)) + name.encode('utf-8')
    return struct.pack('<HH', 0x7075, len(body)) + body


def write_unicode_path(zf):
    for name, crc_of, data in [
        ('caf\u00e9.txt', 'caf\u00e9.txt'.encode('latin-1'), b'matching CRC-32\n'),
        ('na\u00efve.txt', b'other.txt', b'stale CRC-32\n'),
    ]:
        info = Latin1Info(name, (2026, 1, 2, 3, 4, 6))
        info.create_system = 0
        info.extra = unicode_path_field(name, crc_of)
        zf.writestr(info, data, zipfile.ZIP_DEFLATED)


def walk(source):
    for root, dirs, files in os.walk(source):
        dirs.sort()
        for name in sorted(dirs) + sorted(files):
            path = os.path.join(root, name)
            yield path, os.path.relpath(path, source)


def main(kind, source, out):
    target = sys.stdout.buffer if out == '-' else out
    method = zipfile.ZIP_STORED if kind == 'store' else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(target, 'w', method) as zf:
        if kind == 'empty':
            return
        if kind == 'unicode-path':
            return write_unicode_path(zf)
        if kind == 'comment':
            zf.comment = 'an archive comment: caf\u00e9, \u65e5\u672c'.encode('utf-8')
        for path, name in walk(source):
            if kind != 'zip64' or os.path.isdir(path):
                zf.write(path, name)
                continue
            info = zipfile.ZipInfo.from_file(path, name)
            info.compress_type = method
            with open(path, 'rb') as data, zf.open(info, 'w', force_zip64=True) as entry:
                shutil.copyfileobj(data, entry)


if __name__ == '__main__':
    main(*sys.argv[1:])
