#!/usr/bin/env node
// The source tree every writer of the zip corpus archives (issue 22): the shapes real artifacts
// have and the names that trip readers. Used by __tests__/archive/writers.test.ts at test time
// and by scripts/make-writer-fixtures.sh for the committed fixtures.
//
//   node scripts/writer-tree.mjs DIR [--small]   the tree (--small: 4 KiB of random bytes and
//                                                 less text, for the committed fixtures)
//   node scripts/writer-tree.mjs DIR --many N    N small files in 100-file directories
import { createCipheriv } from 'node:crypto'
import { chmodSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'

/** A fixed time for every file, so that rebuilt archives differ only where the writer does. */
const MTIME = new Date('2026-01-02T03:04:06Z')

/**
 * `size` bytes no compressor can shrink, the same on every run (AES-CTR over zeros).
 * @param {number} size
 */
function incompressible(size) {
  const cipher = createCipheriv('aes-128-ctr', Buffer.alloc(16, 7), Buffer.alloc(16, 1))
  return cipher.update(Buffer.alloc(size))
}

/**
 * Text that deflates well, as logs and reports do.
 * @param {number} lines
 */
function compressible(lines) {
  return Array.from(
    { length: lines },
    (_, i) => `${String(i).padStart(6, '0')} INFO test suite ${i % 17} passed in ${i % 97} ms\n`
  ).join('')
}

/**
 * Each path (relative, '/'-separated) with its content and mode; a trailing '/' is an empty
 * directory.
 * @returns {[string, string | Buffer | undefined, number][]}
 */
export function treeEntries(small = false) {
  // About 1,200 bytes of path: 12 directories of 98 bytes and a file name.
  const deep = Array.from({ length: 12 }, (_, i) => `${i}`.padEnd(98, 'd')).join('/')
  return [
    ['README.md', compressible(40), 0o644],
    ['.hidden', 'a dot-file\n', 0o644],
    ['.config/settings.json', '{"dot": "directory"}\n', 0o644],
    ['bin/run.sh', '#!/bin/sh\necho run\n', 0o755],
    ['bin/plain.txt', 'not executable\n', 0o644],
    ['empty.txt', '', 0o644],
    ['nested/a/b/c/zero', '', 0o644],
    ['nested/a/b/c/deep.txt', 'deep\n', 0o644],
    ['nested/empty/', undefined, 0o755],
    ['empty-dir/', undefined, 0o755],
    // café in NFC and in NFD: different bytes, so different files, kept apart by directory.
    ['nfc/caf\u00e9.txt', 'NFC\n', 0o644],
    ['nfd/cafe\u0301.txt', 'NFD\n', 0o644],
    ['cjk/日本語のファイル名.txt', 'CJK\n', 0o644],
    ['cjk/中文目录/报告.txt', '中文内容\n', 0o644],
    ['emoji/🎉 party 🚀.txt', 'emoji\n', 0o644],
    // 254 bytes, and 244 bytes of CJK: past 255 once misread as CP437.
    [`long/${'n'.repeat(250)}.txt`, '254\n', 0o644],
    [`long/${'名'.repeat(80)}.txt`, '244\n', 0o644],
    [`${deep}/end.txt`, 'about 1,200 bytes of path\n', 0o644],
    ['data/random.bin', incompressible(small ? 4096 : 200 * 1024), 0o644],
    ['data/text.log', compressible(small ? 150 : 2000), 0o644]
  ]
}

/**
 * @param {string} root
 * @param {string} name
 * @param {string | Buffer | undefined} content
 * @param {number} mode
 */
function writeEntry(root, name, content, mode) {
  const target = join(root, name)
  if (content === undefined) {
    mkdirSync(target, { recursive: true })
    return
  }
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, content)
  chmodSync(target, mode)
  utimesSync(target, MTIME, MTIME)
}

/**
 * The tree under `root`.
 * @param {string} root
 * @param {boolean} small
 */
export function writeTree(root, small) {
  for (const [name, content, mode] of treeEntries(small)) {
    writeEntry(root, name, content, mode)
  }
}

/**
 * `count` small files: 100 to a directory, like a coverage report or a test-results tree.
 * @param {string} root
 * @param {number} count
 */
export function writeMany(root, count) {
  for (let i = 0; i < count; i++) {
    const name = `d${String(Math.floor(i / 100)).padStart(3, '0')}/f${String(i).padStart(5, '0')}.json`
    writeEntry(root, name, `{"file": ${i}, "line": "${'x'.repeat(i % 200)}"}\n`, 0o644)
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { small: { type: 'boolean' }, many: { type: 'string' } }
  })
  if (positionals.length !== 1) {
    console.error('usage: writer-tree.mjs DIR [--small | --many N]')
    process.exit(2)
  }
  const [root] = positionals
  if (values.many !== undefined) writeMany(root, Number(values.many))
  else writeTree(root, values.small === true)
}
