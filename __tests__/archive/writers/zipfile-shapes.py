"""Says what shapes of entry each archive holds, so that the corpus shows it covers them.

usage: zipfile-shapes.py ARCHIVE...     prints {ARCHIVE: [shape, ...]} as JSON

A shape is the method with ' with descriptor' when sizes follow the data and ' (0 bytes)' for
an empty file; 'zip64 fields' (local or central); 'flagless non-ASCII name'; 'Unicode Path
field'; 'N NUL bytes after the end record'. Directory entries are left out.
"""
import json
import struct
import sys
import zipfile


def tags(extra):
    found = set()
    while len(extra) >= 4:
        tag, size = struct.unpack('<HH', extra[:4])
        found.add(tag)
        extra = extra[4 + size:]
    return found


def shapes(path):
    found = set()
    with open(path, 'rb') as f:
        data = f.read()
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if info.filename.endswith('/'):
                continue
            start = info.header_offset
            flags, method = struct.unpack('<HH', data[start + 6:start + 10])
            name_length, extra_length = struct.unpack('<HH', data[start + 26:start + 30])
            extra = data[start + 30 + name_length:start + 30 + name_length + extra_length]
            all_tags = tags(extra) | tags(info.extra)
            method_name = {0: 'stored', 8: 'deflated'}.get(method, f'method {method}')
            shape = method_name + (' with descriptor' if flags & 8 else '')
            found.add(shape + (' (0 bytes)' if info.file_size == 0 else ''))
            if 0x0001 in all_tags:
                found.add('zip64 fields')
            if 0x7075 in all_tags:
                found.add('Unicode Path field')
            if not flags & 0x800 and not info.orig_filename.isascii():
                found.add('flagless non-ASCII name')
    end = data.rfind(b'PK\x05\x06')
    comment_length = struct.unpack('<H', data[end + 20:end + 22])[0]
    trailing = data[end + 22 + comment_length:]
    if trailing and trailing.count(0) == len(trailing):
        found.add(f'{len(trailing)} NUL bytes after the end record')
    return sorted(found)


if __name__ == '__main__':
    print(json.dumps({path: shapes(path) for path in sys.argv[1:]}))
