#!/usr/bin/env bash
# Rebuilds __tests__/__fixtures__/writers/: archives of the tree of scripts/writer-tree.mjs
# (--small) made by the zip writers that are not on npm, for __tests__/archive/writers.test.ts
# (issue 22). The writers on npm and Python's zipfile make their archives at test time.
#
# Needs: node, zip, bsdtar, 7z, jar, javac, java, go
#   apt-get install -y zip unzip libarchive-tools p7zip-full golang-go default-jdk-headless
#
# The committed files were made by:
#   Info-ZIP Zip 3.0 (July 5th 2008), Debian build
#   bsdtar 3.6.2 - libarchive 3.6.2 zlib/1.2.13
#   7-Zip [64] 26.02 (2026-06-25)
#   OpenJDK 17.0.15 (jar, javac, java.util.zip.ZipOutputStream)
#   go1.19.8 linux/amd64 (archive/zip)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
out=$repo/__tests__/__fixtures__/writers
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export LC_ALL=C.UTF-8 TZ=UTC
tree=$work/tree
node "$repo/scripts/writer-tree.mjs" "$tree" --small
# The top-level entries, dot-files included, so that no writer adds a './' of its own.
mapfile -t top < <(cd "$tree" && ls -A)

# Small trees: one file for the refused methods, a Latin-1 name, a symbolic link.
one=$work/one
mkdir -p "$one" && printf 'refused by its compression method\n%.0s' {1..50} >"$one/method.txt"
latin1=$work/latin1
mkdir -p "$latin1" && echo Latin-1 >"$latin1/$(printf 'caf\xe9.txt')"
link=$work/link
mkdir -p "$link" && echo target >"$link/target.txt" && ln -s target.txt "$link/link"
# One time for every file and directory, so that a rebuild differs little (atimes still move).
find "$tree" "$one" "$latin1" "$link" -exec touch -h -d 2026-01-02T03:04:06Z {} +

rm -rf "$out" && mkdir -p "$out"
cd "$tree"

# Info-ZIP: to a file; to a pipe (data descriptors; empty files stored with one); stored to a
# pipe (names are UTF-8 bytes with no UTF-8 flag in all three); and in the C locale a name in
# Latin-1 (not UTF-8, so read as CP437, as unzip does).
zip -q -r "$out/infozip.zip" "${top[@]}"
zip -q -r - "${top[@]}" | cat >"$out/infozip-pipe.zip"
zip -q -r -0 - "${top[@]}" | cat >"$out/infozip-store-pipe.zip"
(cd "$latin1" && LC_ALL=C zip -q "$out/infozip-latin1.zip" -- *)
(cd "$link" && zip -q -y "$out/infozip-symlink.zip" target.txt link)

# bsdtar to a pipe: data descriptors, and NUL padding to its 10,240-byte block.
bsdtar --format zip -cf - "${top[@]}" | cat >"$out/bsdtar-pipe.zip"
bsdtar --format zip --options zip:compression=store -cf - "${top[@]}" | cat >"$out/bsdtar-store-pipe.zip"

# 7-Zip: deflate, store, and the methods the unpacker refuses.
7z a -tzip -bd -bso0 "$out/7z.zip" "${top[@]}"
7z a -tzip -mx=0 -bd -bso0 "$out/7z-store.zip" "${top[@]}"
for method in BZip2 LZMA Deflate64; do
  (cd "$one" && 7z a -tzip "-mm=$method" -bd -bso0 "$out/7z-${method,,}.zip" method.txt)
done

# Java: the jar tool, and ZipOutputStream with STORED (sizes before the data) and DEFLATED
# (data descriptors).
jar cfM "$out/jar.zip" "${top[@]}"
cat >"$work/Zipper.java" <<'EOF'
import java.io.*;
import java.nio.file.*;
import java.util.List;
import java.util.stream.*;
import java.util.zip.*;

public class Zipper {
  public static void main(String[] args) throws IOException {
    Path root = Paths.get(args[1]);
    boolean stored = args[0].equals("stored");
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = walk.filter(p -> !p.equals(root)).sorted().collect(Collectors.toList());
    }
    try (ZipOutputStream zip = new ZipOutputStream(new FileOutputStream(args[2]))) {
      for (Path path : paths) {
        String name = root.relativize(path).toString().replace(File.separatorChar, '/');
        boolean dir = Files.isDirectory(path);
        byte[] data = dir ? new byte[0] : Files.readAllBytes(path);
        ZipEntry entry = new ZipEntry(dir ? name + "/" : name);
        if (stored) {
          CRC32 crc = new CRC32();
          crc.update(data);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(data.length);
          entry.setCompressedSize(data.length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
      }
    }
  }
}
EOF
javac -d "$work" "$work/Zipper.java"
java -cp "$work" Zipper stored "$tree" "$out/java-stored.zip"
java -cp "$work" Zipper deflated "$tree" "$out/java-deflated.zip"

# Go: Create (deflate, data descriptors), CreateHeader with Store and the files' modes (stored
# with data descriptors), CreateRaw with each name's UTF-8 bytes and no UTF-8 flag.
mkdir -p "$work/gozip"
cat >"$work/gozip/main.go" <<'EOF'
package main

import (
	"archive/zip"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	kind, root := os.Args[1], os.Args[2]
	file, err := os.Create(os.Args[3])
	check(err)
	w := zip.NewWriter(file)
	check(filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		check(err)
		if path == root {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		name := filepath.ToSlash(rel)
		if d.IsDir() {
			name += "/"
		}
		var data []byte
		if !d.IsDir() {
			data, err = os.ReadFile(path)
			check(err)
		}
		info, err := d.Info()
		check(err)
		switch kind {
		case "create":
			out, err := w.Create(name)
			check(err)
			_, err = out.Write(data)
			check(err)
		case "store":
			header, err := zip.FileInfoHeader(info)
			check(err)
			header.Name, header.Method = name, zip.Store
			out, err := w.CreateHeader(header)
			check(err)
			_, err = out.Write(data)
			check(err)
		case "raw":
			header, err := zip.FileInfoHeader(info)
			check(err)
			header.Name, header.Method, header.NonUTF8 = name, zip.Store, true
			header.CRC32 = crc32.ChecksumIEEE(data)
			header.CompressedSize64 = uint64(len(data))
			header.UncompressedSize64 = uint64(len(data))
			out, err := w.CreateRaw(header)
			check(err)
			_, err = out.Write(data)
			check(err)
		}
		return nil
	}))
	check(w.Close())
	check(file.Close())
}

func check(err error) {
	if err != nil {
		panic(err)
	}
}
EOF
(cd "$work/gozip" && go mod init gozip >/dev/null 2>&1 && go build -o "$work/gozip/gozip" .)
for kind in create store raw; do "$work/gozip/gozip" "$kind" "$tree" "$out/go-$kind.zip"; done

ls -l "$out"
du -sh "$out"
