export const id = 811;
export const ids = [811];
export const modules = {

/***/ 3748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ NameList)
/* harmony export */ });
/** Bytes per block of names; a longer name gets a block of its own. */
const BYTES = 64 * 1024;
/** Names per block of spans. */
const NAMES = 4096;
const LONE_SURROGATE = /\p{Surrogate}/u;
/**
 * Strings kept as UTF-8 outside V8's heap: a string per entry kept to the end makes V8 grow its
 * young generation, twice over at 70,000 entries (docs/performance.md).
 */
class NameList {
    length = 0;
    blocks = [];
    free = 0;
    /** block, offset and length of each name */
    spans = [];
    /** Adds `name` and returns its index. */
    add(name) {
        // UTF-8 would give back another string, and a claim keyed by it would never be found again.
        if (LONE_SURROGATE.test(name))
            throw new Error(`the name '${name}' is not well-formed UTF-16`);
        const size = Buffer.byteLength(name);
        if (this.blocks.length === 0 || size > this.free) {
            const block = Buffer.allocUnsafeSlow(Math.max(BYTES, size));
            this.blocks.push(block);
            this.free = block.length;
        }
        const block = this.blocks.length - 1;
        const offset = this.blocks[block].length - this.free;
        this.blocks[block].write(name, offset);
        this.free -= size;
        const index = this.length++;
        if (index % NAMES === 0)
            this.spans.push(new Uint32Array(3 * NAMES));
        const spans = this.spans[this.spans.length - 1];
        const at = 3 * (index % NAMES);
        spans[at] = block;
        spans[at + 1] = offset;
        spans[at + 2] = size;
        return index;
    }
    get(index) {
        const spans = this.spans[Math.floor(index / NAMES)];
        const at = 3 * (index % NAMES);
        const offset = spans[at + 1];
        return this.blocks[spans[at]].toString('utf8', offset, offset + spans[at + 2]);
    }
}


/***/ }),

/***/ 8214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ isDotGit),
/* harmony export */   h: () => (/* binding */ hasDotGitComponent)
/* harmony export */ });
/** HFS+ ignores these: `.g\u200Cit` opens `.git` (git's `is_hfs_dotgit`). */
const HFS_IGNORED = /[\u200C-\u200F\u202A-\u202E\u206A-\u206F\uFEFF]/g;
/** `.git` as any runner reads it, as git's `verify_path`. */
const DOT_GIT = /^(?:\.git|git~1)[. ]*(?::.*)?$/i;
function isDotGit(component) {
    return DOT_GIT.test(component.replace(HFS_IGNORED, ''));
}
/** A `.git` file would become the checkout's config or hooks, run by the next `git`. */
function hasDotGitComponent(name) {
    return name.split(/[/\\]/).some(isDotGit);
}


/***/ }),

/***/ 6472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zm: () => (/* binding */ PathClaims),
  EE: () => (/* binding */ collisionKey),
  rz: () => (/* binding */ describeNameForPlatform)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/archive/code-table.ts

const rotl = (x, bits) => (x << bits) | (x >>> (32 - bits));
/** HalfSipHash's state, shared: the hash runs to its end without yielding. */
const v = new Int32Array(4);
function sipRound() {
    v[0] += v[1];
    v[1] = rotl(v[1], 5) ^ v[0];
    v[0] = rotl(v[0], 16);
    v[2] += v[3];
    v[3] = rotl(v[3], 8) ^ v[2];
    v[0] += v[3];
    v[3] = rotl(v[3], 7) ^ v[0];
    v[2] += v[1];
    v[1] = rotl(v[1], 13) ^ v[2];
    v[2] = rotl(v[2], 16);
}
/**
 * HalfSipHash-1-3 (Aumasson's keyed hash, as Linux's `hsiphash`) of `text` as UTF-16LE, 32 bits:
 * an archive cannot choose names that collide under a key it does not know.
 */
function halfSipHash(key, text) {
    v[0] = key[0];
    v[1] = key[1];
    v[2] = key[0] ^ 0x6c796765;
    v[3] = key[1] ^ 0x74656462;
    const words = text.length >> 1;
    for (let i = 0; i < words; i++) {
        const word = text.charCodeAt(2 * i) | (text.charCodeAt(2 * i + 1) << 16);
        v[3] ^= word;
        sipRound();
        v[0] ^= word;
    }
    const last = ((2 * text.length) << 24) | (text.length % 2 === 1 ? text.charCodeAt(text.length - 1) : 0);
    v[3] ^= last;
    sipRound();
    v[0] ^= last;
    v[2] ^= 0xff;
    for (let i = 0; i < 3; i++)
        sipRound();
    return (v[1] ^ v[3]) >>> 0;
}
/** HalfSipHash under a random key of its own. */
function keyedHash() {
    const key = (0,external_node_crypto_.randomFillSync)(new Uint32Array(2));
    return text => halfSipHash(key, text);
}
/**
 * Codes by string key, open addressing in typed arrays: a Map would keep every key, and strings
 * kept to the end grow V8's heap. A slot's key is confirmed by its length and `keyOf` (given the
 * key sought: an implied directory's code leaves open how many components its key has).
 */
class CodeTable {
    keyOf;
    hash;
    hashes = new Uint32Array(1024);
    lengths = new Uint32Array(1024);
    /** code + 1: 0 is an empty slot */
    codes = new Float64Array(1024);
    size = 0;
    constructor(keyOf, hash) {
        this.keyOf = keyOf;
        this.hash = hash;
    }
    get(key) {
        const code = this.codes[this.slotOf(key, this.hash(key))];
        return code === 0 ? undefined : code - 1;
    }
    set(key, code) {
        this.store(key, code, true);
    }
    /** The code held under `key`; else stores `code` and gives undefined. One probe either way. */
    claim(key, code) {
        return this.store(key, code, false);
    }
    store(key, code, replace) {
        const hash = this.hash(key);
        const slot = this.slotOf(key, hash);
        const held = this.codes[slot];
        if (held !== 0 && !replace)
            return held - 1;
        if (held === 0) {
            this.hashes[slot] = hash;
            this.lengths[slot] = key.length;
            this.size++;
        }
        this.codes[slot] = code + 1;
        if (4 * this.size > 3 * this.codes.length)
            this.grow();
        return undefined;
    }
    slotOf(key, hash) {
        const mask = this.codes.length - 1;
        for (let slot = hash & mask;; slot = (slot + 1) & mask) {
            const code = this.codes[slot];
            if (code === 0)
                return slot;
            const same = this.hashes[slot] === hash && this.lengths[slot] === key.length;
            if (same && this.keyOf(code - 1, key) === key)
                return slot;
        }
    }
    grow() {
        const { hashes, lengths, codes } = this;
        this.hashes = new Uint32Array(2 * hashes.length);
        this.lengths = new Uint32Array(2 * lengths.length);
        this.codes = new Float64Array(2 * codes.length);
        const mask = this.codes.length - 1;
        for (let i = 0; i < codes.length; i++) {
            if (codes[i] === 0)
                continue;
            let slot = hashes[i] & mask;
            while (this.codes[slot] !== 0)
                slot = (slot + 1) & mask;
            this.hashes[slot] = hashes[i];
            this.lengths[slot] = lengths[i];
            this.codes[slot] = codes[i];
        }
    }
}

// EXTERNAL MODULE: ./src/archive/name-list.ts
var name_list = __webpack_require__(3748);
;// CONCATENATED MODULE: ./src/archive/platform-names.ts



/** As git's `is_valid_win32_path`, plus the superscript digits Windows takes too. */
const WINDOWS_DEVICE = /^(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|(?:COM|LPT)[1-9¹²³]) *(?:[.:].*)?$/i;
function isForbiddenOnWindows(character) {
    return character < ' ' || '<>:"|?*'.includes(character);
}
/** Linux and macOS enforce theirs. */
const WINDOWS_COMPONENT_MAX = 255;
function showCharacter(character) {
    const code = character.codePointAt(0) ?? 0;
    return code < 0x20 ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `'${character}'`;
}
function describeWindowsComponent(component) {
    if (WINDOWS_DEVICE.test(component)) {
        return `'${component}' is a reserved device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9 with any extension, in any case): Windows would open the device, not a file`;
    }
    const forbidden = [...component].find(isForbiddenOnWindows);
    if (forbidden !== undefined) {
        return `'${component}' holds the character ${showCharacter(forbidden)}, which Windows does not allow in a file name (< > : " | ? * and control characters)`;
    }
    if (/[. ]$/.test(component)) {
        return `'${component}' ends with a ${component.endsWith('.') ? 'dot' : 'space'}, which Windows drops from a file name: it would be written under another name`;
    }
    if (component.length > WINDOWS_COMPONENT_MAX) {
        return `a path component of ${component.length} characters is longer than the ${WINDOWS_COMPONENT_MAX} that Windows allows`;
    }
    return undefined;
}
function componentsOf(name) {
    return external_node_path_.posix
        .normalize(name)
        .split('/')
        .filter(part => part !== '' && part !== '.');
}
/** Only Windows refuses a name by itself; macOS merges two (see `collisionKey`). */
function describeNameForPlatform(name, platform) {
    if (platform !== 'win32')
        return undefined;
    for (const component of componentsOf(name)) {
        const why = describeWindowsComponent(component);
        if (why !== undefined)
            return why;
    }
    return undefined;
}
/** Simple (one to one) uppercase, as NTFS and APFS fold case. */
function foldCase(name) {
    let folded = '';
    for (const character of name) {
        const upper = character.toUpperCase();
        folded += [...upper].length === 1 ? upper : character;
    }
    return folded;
}
/** NTFS ignores case, APFS case and normalisation; Linux compares bytes. */
function collisionKey(name, platform) {
    const normal = external_node_path_.posix.normalize(name).replace(/\/+$/, '');
    if (platform === 'win32')
        return foldCase(normal);
    if (platform === 'darwin')
        return foldCase(normal.normalize('NFD'));
    return normal;
}
const KINDS = ['implied', 'file', 'directory'];
function kindOf(code) {
    return KINDS[code % KINDS.length];
}
/** Refuses entries the platform would make one file, or write through a file. */
class PathClaims {
    platform;
    /** index × 3 + kind by collision key */
    claims;
    entries = new name_list/* NameList */.E();
    /** `hash`: a keyed hash unless a test needs names that collide. */
    constructor(platform, hash = keyedHash()) {
        this.platform = platform;
        this.claims = new CodeTable((code, like) => this.keyOf(code, like), hash);
    }
    /** Why the platform cannot write `entry`, or undefined once it is taken. */
    claim(entry) {
        const unfit = describeNameForPlatform(entry, this.platform);
        if (unfit !== undefined)
            return unfit;
        const index = this.entries.add(entry);
        const parts = componentsOf(entry);
        for (let i = 1; i < parts.length; i++) {
            const prefix = parts.slice(0, i).join('/');
            const key = collisionKey(prefix, this.platform);
            const code = this.claims.claim(key, index * KINDS.length);
            if (code !== undefined && kindOf(code) === 'file') {
                const held = this.claimOf(code, key);
                return `its directory '${prefix}' is the earlier file '${held.name}'${this.describeSpelling(prefix, held)}`;
            }
        }
        const name = parts.join('/');
        const key = collisionKey(entry, this.platform);
        const directory = entry.endsWith('/');
        const own = index * KINDS.length + KINDS.indexOf(directory ? 'directory' : 'file');
        const code = this.claims.claim(key, own);
        if (code === undefined)
            return undefined;
        if (directory && kindOf(code) === 'implied') {
            this.claims.set(key, own);
            return undefined;
        }
        const held = this.claimOf(code, key);
        if (held.kind === 'implied') {
            return `it is the directory of the earlier entry '${held.entry}'${this.describeSpelling(name, held)}`;
        }
        if (held.name === name)
            return 'the archive holds this path twice';
        return `it is the same ${held.kind} as the earlier entry '${held.entry}'${this.describeSpelling(name, held)}`;
    }
    /** The key `code` was stored under: of as many components as `like` for an implied one. */
    keyOf(code, like) {
        const held = this.claimOf(code, like);
        return collisionKey(held.kind === 'implied' ? held.name : held.entry, this.platform);
    }
    claimOf(code, key) {
        const kind = kindOf(code);
        const entry = this.entries.get(Math.floor(code / KINDS.length));
        const parts = componentsOf(entry);
        // An implied directory has as many components as its key.
        const name = (kind === 'implied' ? parts.slice(0, key.split('/').length) : parts).join('/');
        return { name, kind, entry };
    }
    describeSpelling(name, held) {
        if (name === held.name)
            return '';
        return this.platform === 'darwin'
            ? ' on macOS, which ignores case and Unicode normalisation in file names'
            : ' on Windows, which ignores case in file names';
    }
}


/***/ }),

/***/ 9208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  td: () => (/* reexport */ zip_records/* UnsafeArchiveError */.td),
  h8: () => (/* binding */ ZipUnpacker)
});

// UNUSED EXPORTS: CHUNK, WholeInflater

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/pako/dist/pako.mjs
var pako = __webpack_require__(9925);
// EXTERNAL MODULE: ./src/shared/format.ts
var format = __webpack_require__(6338);
// EXTERNAL MODULE: ./src/shared/bytes.ts
var bytes = __webpack_require__(2250);
// EXTERNAL MODULE: ./src/archive/name-list.ts
var name_list = __webpack_require__(3748);
;// CONCATENATED MODULE: ./src/archive/entry-table.ts

const OFFSETS = ['start', 'dataStart', 'end', 'compressedSize', 'size'];
/** Entries per block: blocks, not doubling arrays, so that at most one block is unused. */
const BLOCK = 4096;
/** Entries so far, in typed arrays: objects kept to the end would grow V8's heap manyfold. */
class EntryTable {
    length = 0;
    names = new name_list/* NameList */.E();
    blocks = [];
    add(entry) {
        const at = this.length++;
        if (at % BLOCK === 0) {
            this.blocks.push({
                offsets: new Float64Array(OFFSETS.length * BLOCK),
                crcs: new Uint32Array(BLOCK),
                kinds: new Uint16Array(2 * BLOCK)
            });
        }
        const { offsets, crcs, kinds } = this.blocks[this.blocks.length - 1];
        const slot = at % BLOCK;
        this.names.add(entry.name);
        for (let i = 0; i < OFFSETS.length; i++)
            offsets[slot * OFFSETS.length + i] = entry[OFFSETS[i]];
        crcs[slot] = entry.crc;
        kinds[2 * slot] = entry.method;
        kinds[2 * slot + 1] = entry.mode | (entry.directory ? 0o1000 : 0);
    }
    /** A copy: change the mode with setMode. */
    get(index) {
        if (!this.has(index))
            return undefined;
        const { offsets, crcs, kinds } = this.blocks[Math.floor(index / BLOCK)];
        const slot = index % BLOCK;
        const at = slot * OFFSETS.length;
        const mode = kinds[2 * slot + 1];
        return {
            name: this.names.get(index),
            method: kinds[2 * slot],
            start: offsets[at],
            dataStart: offsets[at + 1],
            end: offsets[at + 2],
            compressedSize: offsets[at + 3],
            size: offsets[at + 4],
            crc: crcs[slot],
            directory: (mode & 0o1000) !== 0,
            mode: mode & 0o777
        };
    }
    /** The offset of its local header, as `get` has it, without decoding its name. */
    startOf(index) {
        return this.has(index) ? this.offset(index, 'start') : undefined;
    }
    /** A file's mode, as `get` has it; undefined for a directory. */
    fileMode(index) {
        const mode = this.blocks[Math.floor(index / BLOCK)].kinds[2 * (index % BLOCK) + 1];
        return (mode & 0o1000) !== 0 ? undefined : mode & 0o777;
    }
    nameOf(index) {
        return this.names.get(index);
    }
    setMode(index, mode) {
        const { kinds } = this.blocks[Math.floor(index / BLOCK)];
        const at = 2 * (index % BLOCK) + 1;
        kinds[at] = (kinds[at] & 0o1000) | (mode & 0o777);
    }
    /** The index of the entry whose bytes hold `offset`, or -1. */
    indexHolding(offset) {
        for (let i = 0; i < this.length; i++) {
            if (this.offset(i, 'start') <= offset && offset < this.offset(i, 'end'))
                return i;
        }
        return -1;
    }
    has(index) {
        return Number.isInteger(index) && index >= 0 && index < this.length;
    }
    offset(index, key) {
        const { offsets } = this.blocks[Math.floor(index / BLOCK)];
        return offsets[(index % BLOCK) * OFFSETS.length + OFFSETS.indexOf(key)];
    }
}

// EXTERNAL MODULE: ./src/archive/names.ts
var names = __webpack_require__(8214);
// EXTERNAL MODULE: ./src/archive/platform-names.ts + 1 modules
var platform_names = __webpack_require__(6472);
// EXTERNAL MODULE: ./src/archive/zip-records.ts
var zip_records = __webpack_require__(3922);
;// CONCATENATED MODULE: ./src/archive/unpack.ts














/** Every buffer between socket and disk is this size, so memory does not grow with the archive. */
const CHUNK = 64 * 1024;
const DESCRIPTOR_SIGNATURE = (0,zip_records/* signatureBytes */.sJ)(zip_records/* DESCRIPTOR */.ay);
/** APPNOTE's names of the compression methods other than store and deflate that writers use. */
const METHOD_NAMES = new Map([
    [1, 'Shrink'],
    [6, 'Implode'],
    [9, 'Deflate64'],
    [12, 'bzip2'],
    [14, 'LZMA'],
    [93, 'Zstandard'],
    [95, 'XZ'],
    [98, 'PPMd'],
    [99, 'AES encryption']
]);
const S_IFMT = 0o170000;
/** Unix file types that are never extracted. */
const REFUSED_TYPES = new Map([
    [0o120000, 'symbolic links are not extracted'],
    [0o010000, 'FIFOs are not extracted'],
    [0o020000, 'device files are not extracted'],
    [0o060000, 'device files are not extracted'],
    [0o140000, 'sockets are not extracted']
]);
function unixMode(record) {
    // 3 is Unix, 19 macOS: both keep the st_mode in the high half of the external attributes.
    const madeBy = record.versionMadeBy >> 8;
    return madeBy === 3 || madeBy === 19 ? record.externalAttributes >>> 16 : undefined;
}
/**
 * 0755 when the owner may execute it (a built binary stays runnable), else 0644: setuid, setgid,
 * sticky and others' write bits are never taken from an archive.
 */
function fileMode(record) {
    return ((unixMode(record) ?? 0) & 0o100) !== 0 ? 0o755 : 0o644;
}
/** Refuses what would overfill the disk; sizes count as they arrive (the central directory is last). */
class SpaceBudget {
    free;
    where;
    declared = 0;
    unknownWritten = 0;
    constructor(free, where) {
        this.free = free;
        this.where = where;
    }
    static async at(where) {
        const { bavail, bsize } = await (0,promises_.statfs)(where);
        return new SpaceBudget(bavail * bsize, where);
    }
    declare(size) {
        this.declared += size;
        if (this.declared + this.unknownWritten <= this.free)
            return;
        throw new zip_records/* UnsafeArchiveError */.td(`refused: the entries declare ${(0,format/* formatBytes */.z3)(this.declared)} (${this.declared} bytes) unpacked, but only ${(0,format/* formatBytes */.z3)(this.free)} (${this.free} bytes) is free at ${this.where}`);
    }
    write(bytes) {
        this.unknownWritten += bytes;
        if (this.declared + this.unknownWritten <= this.free)
            return;
        const total = this.declared + this.unknownWritten;
        throw new zip_records/* UnsafeArchiveError */.td(`refused: unpacking would take ${(0,format/* formatBytes */.z3)(total)} (${total} bytes), but only ${(0,format/* formatBytes */.z3)(this.free)} (${this.free} bytes) was free at ${this.where}`);
    }
}
/** Counts, bounds and checksums an entry's bytes on their way to disk. */
class EntryFile {
    fd;
    declared;
    budget;
    crc = 0;
    bytes = 0;
    failure;
    constructor(fd, declared, budget) {
        this.fd = fd;
        this.declared = declared;
        this.budget = budget;
    }
    write(chunk) {
        try {
            if (this.declared !== undefined && this.bytes + chunk.length > this.declared) {
                throw new Error(`too many bytes in the stream: more than the ${this.declared} declared`);
            }
            if (this.declared === undefined)
                this.budget.write(chunk.length);
            if (this.fd === undefined) {
                if (chunk.length > 0)
                    throw new Error('a directory entry holds data');
                return;
            }
            this.crc = (0,external_node_zlib_.crc32)(chunk, this.crc);
            this.bytes += chunk.length;
            (0,bytes/* writeAll */.f4)(this.fd, chunk);
        }
        catch (error) {
            this.failure ??= error;
            throw error;
        }
    }
    close() {
        if (this.fd !== undefined)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = undefined;
    }
}
class Inflater {
    file;
    zlib = (0,external_node_zlib_.createInflateRaw)({ chunkSize: CHUNK });
    done;
    constructor(file) {
        this.file = file;
        const sink = new external_node_stream_.Writable({
            highWaterMark: CHUNK,
            write: (chunk, _encoding, callback) => {
                try {
                    file.write(chunk);
                }
                catch (error) {
                    callback(error);
                    return;
                }
                (0,bytes/* release */._r)(chunk);
                callback();
            }
        });
        this.done = (0,external_node_stream_promises_.pipeline)(this.zlib, sink);
        this.done.catch(() => undefined);
    }
    /** Returns how many bytes of `data` the deflate stream took (fewer at its end). */
    async feed(data) {
        const before = this.zlib.bytesWritten;
        await new Promise((resolve, reject) => {
            const onError = (error) => reject(error);
            this.zlib.once('error', onError);
            this.zlib.write(data, error => {
                this.zlib.off('error', onError);
                if (error)
                    reject(error);
                else
                    resolve();
            });
        });
        if (this.file.failure)
            throw this.file.failure;
        return this.zlib.bytesWritten - before;
    }
    async finish() {
        this.zlib.end();
        await this.done;
    }
    destroy() {
        this.zlib.destroy();
    }
}
const WHOLE_MAX = 64 * 1024;
/** Whether `used` bytes of `slice` end the entry's data. */
function endsData(current, slice, used) {
    return current.remaining === undefined ? used < slice.length : current.remaining === used;
}
/** An object's number, string and boolean fields. */
function plainFields(object) {
    return Object.fromEntries(Object.entries(object).filter(([, value]) => ['number', 'string', 'boolean'].includes(typeof value)));
}
/**
 * A small entry that has arrived, in one call; undefined leaves it to the stream. One per unpacker,
 * reused: a native zlib object per entry would churn the heap. Write the output before the next.
 */
class WholeInflater {
    strm = new pako/* ZStream */.vZ();
    output = new Uint8Array(WHOLE_MAX);
    /** the stream's and its state's plain fields as a reset leaves them */
    fresh;
    constructor() {
        (0,pako/* zlibInflateInit2 */.V)(this.strm, -15);
        this.fresh = [plainFields(this.strm), plainFields(this.strm.state)];
    }
    /**
     * pako's reset less the two code tables it makes anew each time (5.8 KB that V8 frees only at
     * a scavenge: 2–14 MB at 10,000 entries), which a block header fills before use. pako is pinned.
     */
    reset() {
        const { strm, fresh } = this;
        Object.assign(strm, fresh[0]);
        Object.assign(strm.state, fresh[1]);
    }
    inflate(data, remaining, size) {
        if (remaining !== undefined && remaining > data.length)
            return undefined;
        if (size !== undefined && size > WHOLE_MAX)
            return undefined;
        const { strm, output } = this;
        this.reset();
        strm.input = data;
        strm.avail_in = data.length;
        strm.output = output;
        strm.avail_out = output.length;
        if ((0,pako/* zlibInflate */.LA)(strm, pako/* Z_FINISH */.HZ) !== pako/* Z_STREAM_END */.Mt)
            return undefined;
        const used = strm.next_in;
        if (remaining !== undefined && used !== remaining)
            return undefined;
        return { output: Buffer.from(output.buffer, 0, strm.next_out), used };
    }
}
/**
 * Unpacks a zip into `root` in one pass, checking each file's size and CRC-32, then the central
 * directory against every entry. Hand-written: streaming unzip libraries ignore the central
 * directory and cannot resume.
 */
class ZipUnpacker {
    root;
    state = 'record';
    /** bytes of an incomplete record, kept until the rest arrives (never file data) */
    carry = Buffer.alloc(0);
    position = 0;
    entries = new EntryTable();
    seen;
    current;
    centralStart = -1;
    centralCount = 0;
    zip64End;
    zip64EndAt = -1;
    bytesWritten = 0;
    ready;
    directories = new Set();
    whole;
    /** the mode files are created with (0644 less the umask), read from the first one */
    createdMode;
    /** `platform`: whose file name rules apply, the runner's or, in tests, another's. */
    constructor(root, platform = process.platform) {
        this.root = root;
        this.seen = new platform_names/* PathClaims */.zm(platform);
    }
    /** Takes the next bytes of the archive; refuses (UnsafeArchiveError) what cannot be trusted. */
    async write(chunk) {
        const budget = await (this.ready ??= (0,promises_.mkdir)(this.root, { recursive: true }).then(() => SpaceBudget.at(this.root)));
        let data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
        this.carry = Buffer.alloc(0);
        try {
            while (data.length > 0) {
                // Synchronous for all but a streamed inflate: a promise per step costs more than a small file.
                const step = this.step(data, budget);
                const used = step instanceof Promise ? await step : step;
                if (used === undefined) {
                    this.carry = Buffer.from(data);
                    return;
                }
                data = data.subarray(used);
                this.position += used;
            }
        }
        catch (error) {
            const name = this.current?.record.name;
            this.closeCurrent();
            this.state = 'failed';
            if (error instanceof zip_records/* UnsafeArchiveError */.td)
                throw error;
            throw new zip_records/* UnsafeArchiveError */.td(name === undefined
                ? `refused: ${error.message}`
                : `refused entry '${name}': ${error.message}`);
        }
    }
    /** After the last byte: refuses an archive that ended before its end record. */
    async finish() {
        if (this.ready === undefined) {
            throw new zip_records/* UnsafeArchiveError */.td('refused: not a zip archive (no bytes)');
        }
        const current = this.current;
        if (current?.header.method === 0 && current.remaining === undefined) {
            throw new zip_records/* UnsafeArchiveError */.td(`refused entry '${current.record.name}': the archive ends before the data descriptor of this stored entry (its size comes after its data, and only a descriptor with its signature can end it)`);
        }
        if (this.state !== 'done' || this.carry.length > 0) {
            throw new zip_records/* UnsafeArchiveError */.td(`refused: the archive ends at byte ${this.position + this.carry.length} before its end of central directory record (truncated?)`);
        }
        let files = 0;
        for (let i = 0; i < this.entries.length; i++) {
            const mode = this.entries.fileMode(i);
            if (mode === undefined)
                continue;
            // Files were created 0644 less the umask; the mode ends exactly one of the two.
            if (mode !== this.createdMode)
                (0,external_node_fs_.chmodSync)(external_node_path_.resolve(this.root, this.entries.nameOf(i)), mode);
            files++;
        }
        return { files, bytes: this.bytesWritten };
    }
    /** Forgets everything unpacked: the next byte written is the archive's first. */
    async discard() {
        this.closeCurrent();
        await (0,promises_.rm)(this.root, { recursive: true, force: true });
    }
    closeCurrent() {
        this.current?.inflater?.destroy();
        try {
            this.current?.file.close();
        }
        catch {
            // Closing a file that is discarded anyway.
        }
        this.current = undefined;
    }
    /** Returns the bytes used, or undefined when more are needed. */
    step(data, budget) {
        switch (this.state) {
            case 'record':
                return this.readRecord(data, budget);
            case 'data':
                return this.readData(data);
            case 'descriptor':
                return this.readDescriptor(data);
            case 'central':
                return this.readCentral(data);
            case 'failed':
                throw new zip_records/* UnsafeArchiveError */.td('refused: the archive was refused already');
            case 'done': {
                // libarchive pads what it writes to a pipe with NULs to its block size; they hide nothing.
                const other = data.findIndex(byte => byte !== 0);
                if (other < 0)
                    return data.length;
                throw new zip_records/* UnsafeArchiveError */.td(`refused: ${data.length - other}+ bytes other than NUL padding follow the end of central directory record, at byte ${this.position + other}`);
            }
        }
    }
    readRecord(data, budget) {
        if (data.length < 4)
            return undefined;
        const signature = data.readUInt32LE(0);
        if (signature === zip_records/* LOCAL_HEADER */.Et) {
            const length = (0,zip_records/* localHeaderLength */.$R)(data);
            if (data.length < length)
                return undefined;
            this.beginEntry((0,zip_records/* readLocalHeader */.Ld)(data), budget);
            return length;
        }
        if (signature === zip_records/* CENTRAL_HEADER */.E_ || signature === zip_records/* ZIP64_END */.gB || signature === zip_records/* END_OF_CENTRAL */.oX) {
            this.centralStart = this.position;
            this.state = 'central';
            return 0;
        }
        throw new zip_records/* UnsafeArchiveError */.td(`refused: unexpected bytes at offset ${this.position}${this.entries.length > 0 ? `, after entry '${this.entries.get(this.entries.length - 1)?.name}'` : ''}: not a local header or the central directory`);
    }
    beginEntry(header, budget) {
        const name = (0,zip_records/* decodeName */.e4)(header.nameBytes, header.flags, header.extra);
        const refuse = (why) => {
            throw new zip_records/* UnsafeArchiveError */.td(`refused entry '${name}': ${why}`);
        };
        if ((header.flags & 0x01) !== 0)
            refuse('the entry is encrypted');
        if (header.method !== 0 && header.method !== 8) {
            const known = METHOD_NAMES.get(header.method);
            refuse(`unsupported compression method ${header.method}${known ? ` (${known})` : ''}`);
        }
        if (name.includes('\0'))
            refuse('the name contains a NUL byte');
        const bad = (0,zip_records/* describeBadName */.C2)(name);
        if (bad !== undefined)
            refuse(bad);
        if ((0,names/* hasDotGitComponent */.h)(name)) {
            refuse("a '.git' path component could replace a checkout's configuration or hooks");
        }
        const unfit = this.seen.claim(name);
        if (unfit !== undefined)
            refuse(unfit);
        const target = external_node_path_.resolve(this.root, name);
        if (target !== this.root && !target.startsWith(this.root + external_node_path_.sep)) {
            refuse('the path leads outside the destination');
        }
        if (target === this.root && !name.endsWith('/'))
            refuse('the name names no file');
        if (header.method === 0 && header.compressedSize !== header.size) {
            refuse('compressed/uncompressed size mismatch for stored file');
        }
        if (header.size !== undefined)
            budget.declare(header.size);
        const directory = name.endsWith('/');
        let fd;
        if (directory) {
            this.makeDirectory(target);
        }
        else {
            this.makeDirectory(external_node_path_.dirname(target));
            // 'wx': never open an existing path, so nothing is written through a link or twice.
            // Synchronous: for small files the thread pool costs more than the call.
            fd = (0,external_node_fs_.openSync)(target, 'wx', 0o644);
            this.createdMode ??= (0,external_node_fs_.fstatSync)(fd).mode & 0o777;
        }
        const file = new EntryFile(fd, header.size, budget);
        this.current = {
            header,
            file,
            inflater: undefined,
            remaining: header.compressedSize,
            compressed: 0,
            record: {
                name,
                method: header.method,
                start: this.position,
                dataStart: this.position + header.length,
                end: -1,
                crc: 0,
                compressedSize: 0,
                size: 0,
                directory,
                mode: 0o644
            }
        };
        this.state = 'data';
    }
    /** Makes `dir` (inside the staging root, which only this unpacker writes) once. */
    makeDirectory(dir) {
        if (this.directories.has(dir))
            return;
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        this.directories.add(dir);
    }
    readData(data) {
        const current = this.current;
        const deflated = current.header.method === 8;
        if (!deflated && current.remaining === undefined) {
            return this.readStoredToDescriptor(current, data);
        }
        const slice = current.remaining === undefined
            ? data
            : data.subarray(0, Math.min(current.remaining, data.length));
        if (!deflated) {
            current.file.write(slice);
            return this.took(current, slice.length, endsData(current, slice, slice.length));
        }
        if (current.inflater === undefined && current.compressed === 0) {
            this.whole ??= new WholeInflater();
            const whole = this.whole.inflate(slice, current.remaining, current.header.size);
            if (whole !== undefined) {
                current.file.write(whole.output);
                return this.took(current, whole.used, true);
            }
        }
        return this.feed(current, slice);
    }
    async feed(current, slice) {
        current.inflater ??= new Inflater(current.file);
        const used = await current.inflater.feed(slice);
        if (used < slice.length && current.remaining !== undefined) {
            throw new Error(`the compressed data ends ${current.remaining - used} bytes before its declared size`);
        }
        const ended = endsData(current, slice, used);
        if (ended)
            await current.inflater.finish();
        return this.took(current, used, ended);
    }
    /** Counts `used` bytes as the entry's. */
    took(current, used, ended) {
        current.compressed += used;
        if (current.remaining !== undefined)
            current.remaining -= used;
        if (ended)
            this.endData(current, this.position + used);
        return used;
    }
    /** Up to a signed descriptor agreeing on CRC-32 and size and followed by a record. */
    readStoredToDescriptor(current, data) {
        let crc = current.file.crc;
        let covered = 0;
        let end = Math.max(0, data.length - (DESCRIPTOR_SIGNATURE.length - 1));
        for (let at = 0;;) {
            const candidate = data.indexOf(DESCRIPTOR_SIGNATURE, at);
            if (candidate < 0)
                break;
            if (data.length - candidate < zip_records/* DESCRIPTOR_LOOKAHEAD */.H4) {
                end = candidate;
                break;
            }
            crc = (0,external_node_zlib_.crc32)(data.subarray(covered, candidate), crc);
            covered = candidate;
            const size = current.file.bytes + candidate;
            const counted = { crc: crc >>> 0, compressedSize: size, size };
            if ((0,zip_records/* readDescriptor */.qq)(data.subarray(candidate), counted, current.header.zip64, true)) {
                this.writeStored(current, data.subarray(0, candidate));
                this.endData(current, this.position + candidate);
                return candidate;
            }
            at = candidate + 1;
        }
        if (end === 0)
            return undefined;
        this.writeStored(current, data.subarray(0, end));
        return end;
    }
    writeStored(current, data) {
        if (data.length === 0)
            return;
        current.file.write(data);
        current.compressed += data.length;
    }
    /** After the inflater, if any, has finished. */
    endData(current, end) {
        current.file.close();
        const { header, file, record } = current;
        Object.assign(record, {
            crc: file.crc >>> 0,
            compressedSize: current.compressed,
            size: file.bytes
        });
        if (header.size !== undefined) {
            if (file.bytes !== header.size) {
                throw new Error(`${file.bytes} bytes unpacked where the local header declares ${header.size}`);
            }
            if (record.crc !== header.crc >>> 0)
                throw new Error('CRC-32 mismatch: the entry is corrupt');
            this.closeEntry(end);
        }
        else {
            this.state = 'descriptor';
        }
    }
    closeEntry(end) {
        const current = this.current;
        current.record.end = end;
        this.bytesWritten += current.record.size;
        this.entries.add(current.record);
        this.current = undefined;
        this.state = 'record';
    }
    readDescriptor(data) {
        const current = this.current;
        // A valid archive always has at least the end record after a descriptor.
        if (data.length < zip_records/* DESCRIPTOR_LOOKAHEAD */.H4)
            return undefined;
        const descriptor = (0,zip_records/* readDescriptor */.qq)(data, current.record, current.header.zip64);
        if (descriptor === undefined) {
            throw new Error(`the data descriptor does not match what was unpacked (${current.record.size} bytes from ${current.record.compressedSize}, CRC-32 ${current.record.crc.toString(16)}): the entry is corrupt`);
        }
        this.closeEntry(this.position + descriptor.length);
        return descriptor.length;
    }
    readCentral(data) {
        if (data.length < 4)
            return undefined;
        const signature = data.readUInt32LE(0);
        if (signature === zip_records/* CENTRAL_HEADER */.E_ && this.zip64End === undefined && this.zip64EndAt < 0) {
            const length = (0,zip_records/* centralRecordLength */.fK)(data);
            if (data.length < length)
                return undefined;
            this.checkCentralRecord((0,zip_records/* readCentralRecord */.tx)(data));
            return length;
        }
        if (signature === zip_records/* ZIP64_END */.gB && this.zip64End === undefined) {
            const length = (0,zip_records/* zip64EndLength */.Lc)(data);
            if (data.length < length)
                return undefined;
            this.zip64End = { ...(0,zip_records/* readZip64End */.DA)(data), start: this.position };
            return length;
        }
        if (signature === zip_records/* ZIP64_LOCATOR */.rA && this.zip64End !== undefined && this.zip64EndAt < 0) {
            if (data.length < zip_records/* ZIP64_LOCATOR_SIZE */.zV)
                return undefined;
            this.zip64EndAt = (0,zip_records/* readZip64Locator */.wH)(data);
            return zip_records/* ZIP64_LOCATOR_SIZE */.zV;
        }
        if (signature === zip_records/* END_OF_CENTRAL */.oX) {
            const length = (0,zip_records/* endRecordLength */.Di)(data);
            if (data.length < length)
                return undefined;
            this.checkEnd((0,zip_records/* readEndRecord */.lB)(data));
            this.state = 'done';
            return length;
        }
        throw new zip_records/* UnsafeArchiveError */.td(`refused: unexpected bytes at offset ${this.position} in the central directory`);
    }
    checkCentralRecord(record) {
        const index = this.centralCount++;
        const entry = this.entries.get(index);
        const name = (0,zip_records/* decodeName */.e4)(record.nameBytes, record.flags, record.extra);
        if (entry?.start !== record.offset) {
            const sharedAt = this.entries.indexHolding(record.offset);
            const shared = this.entries.get(sharedAt);
            if (shared?.start === record.offset && shared.name === name) {
                throw new zip_records/* UnsafeArchiveError */.td(`refused entry '${name}': the central directory lists it as entry ${index + 1}, the archive holds it as entry ${sharedAt + 1}`);
            }
            if (shared !== undefined && sharedAt !== index) {
                throw new zip_records/* UnsafeArchiveError */.td(`refused: entries '${shared.name}' and '${name}' share bytes of the archive (overlapping entries, as in a zip bomb)`);
            }
            throw new zip_records/* UnsafeArchiveError */.td(entry === undefined
                ? `refused: the central directory lists entry '${name}' (number ${index + 1}), but the archive holds ${this.entries.length} entries`
                : `refused entry '${entry.name}': the central directory says its local header is at offset ${record.offset}, it is at ${entry.start}`);
        }
        // Data the central directory declares longer than what was read runs into the next entry.
        const next = this.entries.startOf(index + 1);
        if (next !== undefined && entry.dataStart + record.compressedSize > next) {
            throw new zip_records/* UnsafeArchiveError */.td(`refused: entries '${entry.name}' and '${this.entries.nameOf(index + 1)}' share bytes of the archive (overlapping entries, as in a zip bomb)`);
        }
        const refuse = (why) => {
            throw new zip_records/* UnsafeArchiveError */.td(`refused entry '${entry.name}': the central directory disagrees with the local entry: ${why}`);
        };
        if (name !== entry.name) {
            refuse(`it names it '${name}'`);
        }
        if (record.method !== entry.method) {
            refuse(`compression method ${record.method}, not ${entry.method}`);
        }
        if (record.crc >>> 0 !== entry.crc) {
            refuse(`CRC-32 ${record.crc.toString(16)}, not ${entry.crc.toString(16)}`);
        }
        if (record.compressedSize !== entry.compressedSize) {
            refuse(`${record.compressedSize} bytes compressed, not ${entry.compressedSize}`);
        }
        if (record.size !== entry.size)
            refuse(`${record.size} bytes unpacked, not ${entry.size}`);
        const type = REFUSED_TYPES.get((unixMode(record) ?? 0) & S_IFMT);
        if (type !== undefined) {
            throw new zip_records/* UnsafeArchiveError */.td(`refused entry '${entry.name}': ${type}`);
        }
        this.entries.setMode(index, fileMode(record));
    }
    checkEnd(end) {
        const central = this.zip64End ?? end;
        if (end.defersToZip64 && this.zip64End === undefined) {
            throw new zip_records/* UnsafeArchiveError */.td('refused: the end record defers to a zip64 record that is absent');
        }
        if (this.zip64End !== undefined && this.zip64EndAt !== this.zip64End.start) {
            throw new zip_records/* UnsafeArchiveError */.td(`refused: the zip64 locator points at offset ${this.zip64EndAt}, the zip64 end record is at ${this.zip64End.start}`);
        }
        const directoryEnd = this.zip64End?.start ?? this.position;
        const expected = {
            entries: this.entries.length,
            directoryOffset: this.centralStart,
            directorySize: directoryEnd - this.centralStart
        };
        for (const key of ['entries', 'directoryOffset', 'directorySize']) {
            if (central[key] !== expected[key] || this.centralCount !== this.entries.length) {
                throw new zip_records/* UnsafeArchiveError */.td(`refused: the end of central directory record does not describe the archive (${key} ${central[key]}, where the archive has ${expected[key]}; ${this.centralCount} central records for ${this.entries.length} entries)`);
            }
        }
    }
}


/***/ }),

/***/ 3922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ localHeaderLength),
/* harmony export */   C2: () => (/* binding */ describeBadName),
/* harmony export */   DA: () => (/* binding */ readZip64End),
/* harmony export */   Di: () => (/* binding */ endRecordLength),
/* harmony export */   E_: () => (/* binding */ CENTRAL_HEADER),
/* harmony export */   Et: () => (/* binding */ LOCAL_HEADER),
/* harmony export */   H4: () => (/* binding */ DESCRIPTOR_LOOKAHEAD),
/* harmony export */   Lc: () => (/* binding */ zip64EndLength),
/* harmony export */   Ld: () => (/* binding */ readLocalHeader),
/* harmony export */   ay: () => (/* binding */ DESCRIPTOR),
/* harmony export */   e4: () => (/* binding */ decodeName),
/* harmony export */   fK: () => (/* binding */ centralRecordLength),
/* harmony export */   gB: () => (/* binding */ ZIP64_END),
/* harmony export */   lB: () => (/* binding */ readEndRecord),
/* harmony export */   oX: () => (/* binding */ END_OF_CENTRAL),
/* harmony export */   qq: () => (/* binding */ readDescriptor),
/* harmony export */   rA: () => (/* binding */ ZIP64_LOCATOR),
/* harmony export */   sJ: () => (/* binding */ signatureBytes),
/* harmony export */   td: () => (/* binding */ UnsafeArchiveError),
/* harmony export */   tx: () => (/* binding */ readCentralRecord),
/* harmony export */   wH: () => (/* binding */ readZip64Locator),
/* harmony export */   zV: () => (/* binding */ ZIP64_LOCATOR_SIZE)
/* harmony export */ });
/* unused harmony exports LOCAL_SIZE, CENTRAL_SIZE, END_SIZE, ZIP64_END_SIZE, DESCRIPTOR_MAX, recordFollows */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
// Zip records as APPNOTE.TXT 6.3 defines them: pure functions the unpacker drives.

/** Refused input: the staging directory is discarded. */
class UnsafeArchiveError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UnsafeArchiveError';
    }
}
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const ZIP64_END = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const DESCRIPTOR = 0x08074b50;
/** Fixed parts of the records. */
const LOCAL_SIZE = 30;
const CENTRAL_SIZE = 46;
const END_SIZE = 22;
const ZIP64_END_SIZE = 56;
const ZIP64_LOCATOR_SIZE = 20;
/** Signature, CRC-32 and two 8-byte sizes. */
const DESCRIPTOR_MAX = 24;
/** Plus the next record's signature. */
const DESCRIPTOR_LOOKAHEAD = DESCRIPTOR_MAX + 4;
const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
const ZIP64_EXTRA = 0x0001;
const UNICODE_PATH_EXTRA = 0x7075;
/** A record allowed after an entry starts at `at`. */
function recordFollows(buffer, at) {
    if (buffer.length < at + 4)
        return false;
    const signature = buffer.readUInt32LE(at);
    return (signature === LOCAL_HEADER ||
        signature === CENTRAL_HEADER ||
        signature === ZIP64_END ||
        signature === END_OF_CENTRAL);
}
function u64(buffer, at, what) {
    const value = buffer.readBigUInt64LE(at);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
        throw new UnsafeArchiveError(`refused: ${what} of ${value} bytes is beyond what is accepted`);
    }
    return Number(value);
}
/** The zip64 extra field's values for the `wanted` fields, in the format's order; none without it. */
function readZip64Extra(extra, wanted) {
    for (let at = 0; at + 4 <= extra.length;) {
        const id = extra.readUInt16LE(at);
        const size = extra.readUInt16LE(at + 2);
        if (id === ZIP64_EXTRA) {
            const field = extra.subarray(at + 4, at + 4 + size);
            const values = new Map();
            let offset = 0;
            for (const name of wanted) {
                if (offset + 8 > field.length)
                    break;
                values.set(name, u64(field, offset, `a zip64 ${name}`));
                offset += 8;
            }
            return values;
        }
        at += 4 + size;
    }
    return undefined;
}
/** A local header's zip64 field holds both sizes, uncompressed first. */
const LOCAL_ZIP64_FIELDS = ['size', 'compressed size'];
/** Bytes needed to read the record, or its length once they are here. */
function localHeaderLength(buffer) {
    if (buffer.length < LOCAL_SIZE)
        return LOCAL_SIZE;
    return LOCAL_SIZE + buffer.readUInt16LE(26) + buffer.readUInt16LE(28);
}
/** Reads a whole local header; its name and extra field are views of `buffer`. */
function readLocalHeader(buffer) {
    const flags = buffer.readUInt16LE(6);
    const nameLength = buffer.readUInt16LE(26);
    const extraLength = buffer.readUInt16LE(28);
    const nameBytes = buffer.subarray(LOCAL_SIZE, LOCAL_SIZE + nameLength);
    const extra = buffer.subarray(LOCAL_SIZE + nameLength, LOCAL_SIZE + nameLength + extraLength);
    let size = buffer.readUInt32LE(22);
    let compressedSize = buffer.readUInt32LE(18);
    const zip64 = readZip64Extra(extra, LOCAL_ZIP64_FIELDS);
    if (size === MAX32)
        size = zip64?.get('size');
    if (compressedSize === MAX32)
        compressedSize = zip64?.get('compressed size');
    const deferred = (flags & 0x08) !== 0;
    return {
        flags,
        method: buffer.readUInt16LE(8),
        crc: buffer.readUInt32LE(14),
        compressedSize: deferred ? undefined : compressedSize,
        size: deferred ? undefined : size,
        nameBytes,
        extra,
        zip64: zip64 !== undefined,
        length: LOCAL_SIZE + nameLength + extraLength
    };
}
/** The descriptor form (signed or not, 4- or 8-byte sizes) that matches and is followed by a record. */
function readDescriptor(buffer, counted, zip64First, signed = buffer.length >= 4 && buffer.readUInt32LE(0) === DESCRIPTOR) {
    // Signed before unsigned, the header's width before the other; loops, as this runs per entry.
    for (let form = signed ? 0 : 2; form < 4; form++) {
        const at = form < 2 ? 4 : 0;
        const wide = form % 2 === 0 ? zip64First : !zip64First;
        const length = at + (wide ? 20 : 12);
        if (buffer.length < length || !recordFollows(buffer, length))
            continue;
        const crc = buffer.readUInt32LE(at);
        const compressedSize = wide
            ? Number(buffer.readBigUInt64LE(at + 4))
            : buffer.readUInt32LE(at + 4);
        const size = wide ? Number(buffer.readBigUInt64LE(at + 12)) : buffer.readUInt32LE(at + 8);
        if (crc === counted.crc && compressedSize === counted.compressedSize && size === counted.size) {
            return { crc, compressedSize, size, length };
        }
    }
    return undefined;
}
/** As localHeaderLength, for a central record. */
function centralRecordLength(buffer) {
    if (buffer.length < CENTRAL_SIZE)
        return CENTRAL_SIZE;
    return CENTRAL_SIZE + buffer.readUInt16LE(28) + buffer.readUInt16LE(30) + buffer.readUInt16LE(32);
}
function readCentralRecord(buffer) {
    const nameLength = buffer.readUInt16LE(28);
    const extraLength = buffer.readUInt16LE(30);
    const nameBytes = buffer.subarray(CENTRAL_SIZE, CENTRAL_SIZE + nameLength);
    const extra = buffer.subarray(CENTRAL_SIZE + nameLength, CENTRAL_SIZE + nameLength + extraLength);
    let size = buffer.readUInt32LE(24);
    let compressedSize = buffer.readUInt32LE(20);
    let offset = buffer.readUInt32LE(42);
    // Here the zip64 field holds only the fields that say 0xffffffff.
    if (size === MAX32 || compressedSize === MAX32 || offset === MAX32) {
        const wanted = [
            ...(size === MAX32 ? ['size'] : []),
            ...(compressedSize === MAX32 ? ['compressed size'] : []),
            ...(offset === MAX32 ? ['offset'] : [])
        ];
        const values = readZip64Extra(extra, wanted);
        size = values?.get('size') ?? size;
        compressedSize = values?.get('compressed size') ?? compressedSize;
        offset = values?.get('offset') ?? offset;
    }
    if (buffer.readUInt16LE(34) !== 0 && buffer.readUInt16LE(34) !== MAX16) {
        throw new UnsafeArchiveError('refused: multi-disk zip files are not supported');
    }
    return {
        versionMadeBy: buffer.readUInt16LE(4),
        flags: buffer.readUInt16LE(8),
        method: buffer.readUInt16LE(10),
        crc: buffer.readUInt32LE(16),
        compressedSize,
        size,
        externalAttributes: buffer.readUInt32LE(38),
        offset,
        nameBytes,
        extra,
        length: centralRecordLength(buffer)
    };
}
/** A zip64 end record is waited for whole, in memory. */
const ZIP64_EXTENSIBLE_MAX = 64 * 1024;
function zip64EndLength(buffer) {
    if (buffer.length < ZIP64_END_SIZE)
        return ZIP64_END_SIZE;
    const length = 12 + u64(buffer, 4, 'a zip64 end record');
    if (length < ZIP64_END_SIZE || length > ZIP64_END_SIZE + ZIP64_EXTENSIBLE_MAX) {
        throw new UnsafeArchiveError(`refused: a zip64 end record of ${length} bytes (at most ${ZIP64_END_SIZE + ZIP64_EXTENSIBLE_MAX} are read)`);
    }
    return length;
}
function readZip64End(buffer) {
    if (buffer.readUInt32LE(16) !== 0 || buffer.readUInt32LE(20) !== 0) {
        throw new UnsafeArchiveError('refused: multi-disk zip files are not supported');
    }
    return {
        entries: u64(buffer, 32, 'a zip64 entry count'),
        directorySize: u64(buffer, 40, 'a zip64 central directory'),
        directoryOffset: u64(buffer, 48, 'a zip64 central directory offset'),
        length: zip64EndLength(buffer)
    };
}
function readZip64Locator(buffer) {
    return u64(buffer, 8, 'a zip64 end record offset');
}
function endRecordLength(buffer) {
    if (buffer.length < END_SIZE)
        return END_SIZE;
    return END_SIZE + buffer.readUInt16LE(20);
}
/** A record signature as it stands in the archive, to search for. */
function signatureBytes(signature) {
    const bytes = Buffer.alloc(4);
    bytes.writeUInt32LE(signature);
    return bytes;
}
const END_SIGNATURES = [END_OF_CENTRAL, ZIP64_END, ZIP64_LOCATOR].map(signatureBytes);
function readEndRecord(buffer) {
    // unzip and zipfile search for the last end record: one in the comment would be theirs.
    const comment = buffer.subarray(END_SIZE, END_SIZE + buffer.readUInt16LE(20));
    if (END_SIGNATURES.some(signature => comment.includes(signature))) {
        throw new UnsafeArchiveError("refused: the archive comment holds an end record, which other readers would take for the archive's own");
    }
    const disk = buffer.readUInt16LE(4);
    const directoryDisk = buffer.readUInt16LE(6);
    const entries = buffer.readUInt16LE(10);
    const directorySize = buffer.readUInt32LE(12);
    const directoryOffset = buffer.readUInt32LE(16);
    const defersToZip64 = entries === MAX16 || directorySize === MAX32 || directoryOffset === MAX32 || disk === MAX16;
    if (!defersToZip64 && (disk !== 0 || directoryDisk !== 0)) {
        throw new UnsafeArchiveError('refused: multi-disk zip files are not supported');
    }
    return {
        entries,
        directorySize,
        directoryOffset,
        commentLength: buffer.readUInt16LE(20),
        defersToZip64
    };
}
/** Code page 437 from 0x80: names without the UTF-8 flag use it. */
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
const utf8 = new TextDecoder('utf-8', { fatal: true });
function asUtf8(bytes) {
    try {
        return utf8.decode(bytes);
    }
    catch {
        return undefined;
    }
}
function asCp437(bytes) {
    let name = '';
    for (const byte of bytes) {
        name += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
    }
    return name;
}
/** The Unicode Path name, when its CRC-32 says it was made from `nameBytes`. */
function unicodePath(extra, nameBytes) {
    for (let at = 0; at + 4 <= extra.length;) {
        const id = extra.readUInt16LE(at);
        const size = extra.readUInt16LE(at + 2);
        const field = extra.subarray(at + 4, at + 4 + size);
        // Version 1, CRC-32 of the raw name, UTF-8 name.
        if (id === UNICODE_PATH_EXTRA && field.length >= 5 && field[0] === 1) {
            if (field.readUInt32LE(1) !== (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32)(nameBytes) >>> 0)
                return undefined;
            const name = asUtf8(field.subarray(5));
            if (name === undefined)
                throw new UnsafeArchiveError('refused: a Unicode Path field is not UTF-8');
            return name;
        }
        at += 4 + size;
    }
    return undefined;
}
/**
 * UTF-8 if flagged; else a matching Unicode Path; else UTF-8 if valid (Info-ZIP 3.0, Go), else
 * CP437. A Unicode Path moving the file is refused.
 */
function decodeName(bytes, flags, extra = Buffer.alloc(0)) {
    if ((flags & 0x800) !== 0) {
        const name = asUtf8(bytes);
        if (name === undefined) {
            throw new UnsafeArchiveError(`refused: the name ${asCp437(bytes)} is flagged UTF-8 but is not`);
        }
        return name;
    }
    const raw = asUtf8(bytes) ?? asCp437(bytes);
    const unicode = unicodePath(extra, bytes);
    if (unicode === undefined || unicode === raw)
        return raw;
    const rawParts = raw.split('/');
    const parts = unicode.split('/');
    // Only a component with bytes outside ASCII may read otherwise, and never as '', '.' or '..'.
    const samePlace = rawParts.length === parts.length &&
        rawParts.every((part, i) => part === parts[i] || (/[^ -~]/.test(part) && !['', '.', '..'].includes(parts[i])));
    if (!samePlace) {
        throw new UnsafeArchiveError(`refused entry '${raw}': its Unicode Path field names another place, '${unicode}'`);
    }
    return unicode;
}
/** In yauzl's words; a backslash is refused, not taken as a separator. */
function describeBadName(name) {
    if (name.includes('\\'))
        return `invalid characters in fileName: ${name}`;
    if (/^[a-zA-Z]:/.test(name) || name.startsWith('/'))
        return `absolute path: ${name}`;
    if (name.split('/').includes('..'))
        return `invalid relative path: ${name}`;
    return undefined;
}


/***/ }),

/***/ 6811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DOWNLOAD_CONCURRENCY: () => (/* binding */ DOWNLOAD_CONCURRENCY),
  TRIES_PER_NAME: () => (/* binding */ TRIES_PER_NAME),
  runDownload: () => (/* binding */ runDownload)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/find.ts + 5 modules
var find = __webpack_require__(6631);
// EXTERNAL MODULE: ./src/core/nothing-found.ts
var nothing_found = __webpack_require__(8211);
// EXTERNAL MODULE: ./src/core/query.ts
var query = __webpack_require__(363);
// EXTERNAL MODULE: ./src/shared/format.ts
var format = __webpack_require__(6338);
// EXTERNAL MODULE: ./src/report/report.ts
var report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __webpack_require__(7428);
// EXTERNAL MODULE: ./src/settings/selection.ts
var settings_selection = __webpack_require__(2975);
// EXTERNAL MODULE: ./src/shared/bytes.ts
var bytes = __webpack_require__(2250);
;// CONCATENATED MODULE: ./src/shared/pool.ts
/** Results in the order of `items`; `task` catches its own errors. */
async function mapPool(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: ./src/archive/platform-names.ts + 1 modules
var platform_names = __webpack_require__(6472);
;// CONCATENATED MODULE: ./src/operations/download/placements.ts



/**
 * One at a time: no files appear between an artifact's check and its moves, so collisions are
 * exact. Only renames wait.
 */
class Placements {
    root;
    log;
    platform;
    queue = Promise.resolve();
    owners = new Map();
    /** Two artifacts can write one path: only then are their files listed. */
    shared;
    constructor(root, log, 
    /** Decides when two paths are one (Windows and macOS ignore case). */
    platform = process.platform, 
    /** each artifact's directory, when known before the first is placed */
    targets) {
        this.root = root;
        this.log = log;
        this.platform = platform;
        this.shared =
            targets === undefined ||
                new Set(targets.map(target => (0,platform_names/* collisionKey */.EE)(target, platform))).size < targets.length;
    }
    /** Runs `place` after the placements before it. */
    place(artifact, place) {
        const run = this.queue.then(async () => {
            const placed = await place(this.shared);
            this.noteCollisions(artifact, placed.files);
            return placed;
        });
        this.queue = run.catch(() => undefined);
        return run;
    }
    noteCollisions(artifact, files) {
        const byOwner = new Map();
        for (const file of files) {
            const key = (0,platform_names/* collisionKey */.EE)(file, this.platform);
            const owner = this.owners.get(key);
            if (owner !== undefined && owner !== artifact) {
                byOwner.set(owner, [...(byOwner.get(owner) ?? []), external_node_path_.relative(this.root, file)]);
            }
            this.owners.set(key, artifact);
        }
        for (const [owner, paths] of byOwner) {
            this.log.warn(`Collision: artifacts '${owner.name}' (id ${owner.id}) and '${artifact.name}' (id ${artifact.id}) both write ${paths.length} path(s): ${(0,format/* formatFirst */._w)(paths)}. The files of '${artifact.name}', placed later, are the ones in place.`);
        }
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/archive/names.ts
var names = __webpack_require__(8214);
// EXTERNAL MODULE: ./src/archive/unpack.ts + 1 modules
var unpack = __webpack_require__(9208);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/archive/fs-errors.ts



/** In words a person can act on. */
const MEANINGS = {
    EEXIST: 'something already exists at that path',
    ENOENT: 'a directory on the way is missing (removed meanwhile, or a name the filesystem cannot hold)',
    ENOTDIR: 'a file stands where a directory is needed',
    EISDIR: 'a directory stands where the file goes',
    EPERM: 'the operation was not permitted (on Windows: the file is read-only or held open by another process, such as an antivirus scanner)',
    EACCES: 'permission denied (on Windows: the file may be held open by another process)',
    EBUSY: 'the file is in use by another process (an antivirus scanner, an indexer or an editor)',
    ENAMETOOLONG: 'the path or one of its names is longer than the filesystem allows',
    ENOSPC: 'no space is left on the device',
    EROFS: 'the filesystem is read-only'
};
const TRANSIENT = new Set(['EBUSY', 'EPERM', 'EACCES']);
/** A few seconds in all, as graceful-fs and robocopy wait. */
const RENAME_WAITS_MS = [20, 50, 100, 200, 400, 800, 1000];
function codeOf(error) {
    return error?.code;
}
/** Names the entry rather than the staging path; keeps `cause`. */
function describeFsError(error, entry, destination) {
    const code = codeOf(error);
    const meaning = code === undefined ? undefined : MEANINGS[code];
    const detail = meaning === undefined ? (error instanceof Error ? error.message : String(error)) : meaning;
    return new Error(`Unable to place '${entry}' at ${destination}: ${code === undefined ? '' : `${code}, `}${detail}`, { cause: error });
}
/** Retries EBUSY, EPERM and EACCES: on Windows a scanner or indexer holds a new file a moment. */
async function renameRetrying(root, from, target, options = {}) {
    const move = options.rename ?? promises_.rename;
    const waits = options.waitsMs ?? RENAME_WAITS_MS;
    for (let attempt = 0;; attempt++) {
        try {
            await move(from, target);
            return;
        }
        catch (error) {
            const code = codeOf(error);
            if (attempt >= waits.length || code === undefined || !TRANSIENT.has(code)) {
                throw describeFsError(error, external_node_path_.relative(root, target).split(external_node_path_.sep).join('/'), target);
            }
            await (0,external_node_timers_promises_.setTimeout)(waits[attempt]);
        }
    }
}

;// CONCATENATED MODULE: ./src/archive/place.ts




/** A quick filter only: any name can pass it. */
const STAGING_PREFIX = '.artifact-ops-';
/** Says a directory is staging (see stagingMark). */
const STAGING_MARKER = '.artifact-ops-staging';
/** The directory's device and inode: only what this action made is removed as stale. */
function stagingMark(directory) {
    return `artifact-ops staging directory ${directory.dev}:${directory.ino}\n`;
}
/** In `root`, so that files move by rename: whole or not at all. */
async function createStaging(root) {
    await (0,promises_.mkdir)(root, { recursive: true });
    const dir = await (0,promises_.mkdtemp)(external_node_path_.join(root, STAGING_PREFIX));
    try {
        const mark = stagingMark(await (0,promises_.lstat)(dir, { bigint: true }));
        await (0,promises_.writeFile)(external_node_path_.join(dir, STAGING_MARKER), mark, { flag: 'wx' });
    }
    catch (error) {
        await removeStaging(dir);
        throw error;
    }
    return dir;
}
async function removeStaging(dir) {
    await (0,promises_.rm)(dir, { recursive: true, force: true });
}
/** Refuses any path not under `root`, whatever produced it. */
function assertInside(root, target) {
    const relative = external_node_path_.relative(root, target);
    if (relative.startsWith('..') || external_node_path_.isAbsolute(relative)) {
        throw new Error(`${target} is outside the destination ${root}; not writing there`);
    }
}
/**
 * Refuses symbolic links on the way: a link placed in the destination beforehand must not carry
 * files elsewhere. Exported for its tests.
 */
async function ensureDirectory(root, dir) {
    for (const current of directoriesBelow(root, dir)) {
        if (await isDirectory(current))
            continue;
        // Another artifact unpacking here at once may make it first.
        await (0,promises_.mkdir)(current).catch(async (error) => {
            if (error.code !== 'EEXIST' || !(await isDirectory(current)))
                throw error;
        });
    }
}
/** Each directory below `root` down to `dir`. */
function directoriesBelow(root, dir) {
    assertInside(root, dir);
    const relative = external_node_path_.relative(root, dir);
    const parts = relative === '' ? [] : relative.split(external_node_path_.sep);
    return parts.map((_, i) => external_node_path_.join(root, ...parts.slice(0, i + 1)));
}
/** False when absent; refuses a link or a file where a directory would go. */
async function isDirectory(dir) {
    const stat = await (0,promises_.lstat)(dir).catch(() => undefined);
    if (stat !== undefined && (stat.isSymbolicLink() || !stat.isDirectory())) {
        throw new Error(`${dir} exists and is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a directory'}; not writing through it`);
    }
    return stat !== undefined;
}
/** Whether a file is at `target`; refuses anything else there. */
async function fileAt(target) {
    const stat = await (0,promises_.lstat)(target).catch(() => undefined);
    const blocker = stat === undefined ? undefined : describeBlocker(stat);
    if (blocker !== undefined)
        throw new Error(`${target} exists and is ${blocker}; not replacing it`);
    return stat !== undefined;
}
/** Undefined when a file may replace what is there. */
function describeBlocker(stat) {
    if (stat.isSymbolicLink())
        return 'a symbolic link';
    if (stat.isDirectory())
        return 'a directory';
    return stat.isFile() ? undefined : 'not a regular file';
}
/** Exported for its tests, as ensureDirectory is. */
async function moveFile(root, file, target) {
    await ensureDirectory(root, external_node_path_.dirname(target));
    await replaceFile(root, file, target);
}
async function replaceFile(root, file, target) {
    await fileAt(target);
    await renameRetrying(root, file, target);
}
/** placeTree for one file. */
async function placeFile(root, file, target, options = {}) {
    assertInside(root, target);
    const replaced = (await existsBelow(root, external_node_path_.dirname(target))) && (await fileAt(target));
    if (replaced && options.overwrite === false)
        refuseOverwrite([target]);
    await moveFile(root, file, target);
    return { files: [target], replaced: replaced ? [target] : [] };
}
function refuseOverwrite(existing) {
    throw new Error(`${existing.length} file(s) already exist in the destination and 'overwrite' is false: ${(0,format/* formatFirst */._w)(existing)}`);
}
async function checkFile(root, source, target, plan) {
    assertInside(root, target);
    plan.moves.push({ source, target, directory: false, whole: false });
    if (await fileAt(target))
        plan.existing.push(target);
}
/** Checks every target first: whole or not at all. A directory whose target is absent is not walked. */
async function survey(root, from, to, plan, present) {
    assertInside(root, to);
    const exists = present ?? (await isDirectory(to));
    plan.moves.push({ source: from, target: to, directory: true, whole: !exists });
    if (!exists) {
        if (plan.listFiles)
            await listFiles(from, to, plan.files);
        return;
    }
    for (const entry of await (0,promises_.readdir)(from, { withFileTypes: true })) {
        const source = external_node_path_.join(from, entry.name);
        const target = external_node_path_.join(to, entry.name);
        if (entry.isDirectory()) {
            await survey(root, source, target, plan);
        }
        else {
            if (plan.listFiles)
                plan.files.push(target);
            await checkFile(root, source, target, plan);
        }
    }
}
/** Whether `dir` is there; checks each directory on the way. */
async function existsBelow(root, dir) {
    for (const current of directoriesBelow(root, dir)) {
        if (!(await isDirectory(current)))
            return false;
    }
    return true;
}
/** Each entry under `from` with its target under `to`, a directory before what it holds. */
async function* treeBelow(from, to) {
    for (const entry of await (0,promises_.readdir)(from, { withFileTypes: true })) {
        const source = external_node_path_.join(from, entry.name);
        const target = external_node_path_.join(to, entry.name);
        yield { source, target, directory: entry.isDirectory() };
        if (entry.isDirectory())
            yield* treeBelow(source, target);
    }
}
/** The target of each file under `from`. */
async function listFiles(from, to, files) {
    for await (const { target, directory } of treeBelow(from, to))
        if (!directory)
            files.push(target);
}
/** False when the target is taken now. */
async function renameDirectory(source, target) {
    try {
        await (0,promises_.rename)(source, target);
        return true;
    }
    catch (error) {
        const code = error.code;
        // Something is there now, or a scanner holds it: each entry moves on its own.
        if (['ENOTEMPTY', 'EEXIST', 'ENOTDIR', 'EPERM', 'EBUSY', 'EACCES'].includes(code ?? '')) {
            return false;
        }
        throw error;
    }
}
/** Entry by entry, for a directory whose target appeared after the check. */
async function moveEach(root, from, to) {
    await ensureDirectory(root, to);
    for await (const { source, target, directory } of treeBelow(from, to)) {
        if (directory)
            await ensureDirectory(root, target);
        else
            await replaceFile(root, source, target);
    }
}
/** Moves the staged tree `from` into `to`; a directory whose target is absent moves in one rename. */
async function placeTree(root, from, to, options = {}) {
    const plan = { moves: [], existing: [], files: [], listFiles: options.listFiles ?? true };
    assertInside(root, to);
    // `root` is the user's own `path`, trusted as ensureDirectory trusts it (a link included).
    const known = to === root ? true : (await existsBelow(root, external_node_path_.dirname(to))) ? undefined : false;
    await survey(root, from, to, plan, known);
    if (plan.existing.length > 0 && options.overwrite === false)
        refuseOverwrite(plan.existing);
    const ensured = new Set();
    const ensure = async (dir) => {
        if (ensured.has(dir))
            return;
        await ensureDirectory(root, dir);
        ensured.add(dir);
    };
    for (const { source, target, directory, whole } of plan.moves) {
        if (whole) {
            await ensure(external_node_path_.dirname(target));
            if (!(await renameDirectory(source, target)))
                await moveEach(root, source, target);
        }
        else if (directory) {
            await ensure(target);
        }
        else {
            await ensure(external_node_path_.dirname(target));
            await replaceFile(root, source, target);
        }
    }
    return { files: plan.files, replaced: plan.existing };
}

// EXTERNAL MODULE: ./src/github/artifacts.ts
var artifacts = __webpack_require__(4616);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/shared/errors.ts
var shared_errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/progress.ts
var progress = __webpack_require__(1378);
// EXTERNAL MODULE: ./src/shared/retry.ts
var retry = __webpack_require__(3091);
// EXTERNAL MODULE: ./src/operations/download/sink.ts
var download_sink = __webpack_require__(9420);
// EXTERNAL MODULE: ./src/operations/download/transfer.ts
var download_transfer = __webpack_require__(7468);
;// CONCATENATED MODULE: ./src/operations/download/step.ts















/** Refuses a name that could leave `path`, name `.git`, not fit the filesystem, or be ill-formed. */
function checkNameIsSegment(name, use, platform = process.platform) {
    if (name === '' || name === '.' || name === '..' || /[/\\]/.test(name) || name.includes('\0')) {
        throw new Error(`Artifact name '${name}' cannot be used as ${use} under 'path': it is not a plain file name.`);
    }
    if ((0,names/* isDotGit */.G)(name)) {
        throw new Error(`Artifact name '${name}' cannot be used as ${use} under 'path': git would read it as the checkout's own '.git'.`);
    }
    if (/\p{Cs}/u.test(name)) {
        throw new Error(`Artifact name '${name}' cannot be used as ${use} under 'path': it is not well-formed Unicode (a lone surrogate), and the filesystem would write U+FFFD in its place, as it would for another name.`);
    }
    const unfit = (0,platform_names/* describeNameForPlatform */.rz)(name, platform);
    if (unfit !== undefined) {
        throw new Error(`Artifact name '${name}' cannot be used as ${use} under 'path': ${unfit}.`);
    }
}
/** Another size than the listing's only with a matching digest: else a proxy's error page is saved. */
function checkReceivedSize(artifact, bytes, digestCheck) {
    if (bytes === artifact.size_in_bytes || digestCheck === 'match')
        return;
    throw new Error(`received ${bytes} bytes where the listing says ${artifact.size_in_bytes} (size_in_bytes), and ${digestCheck === 'absent' ? 'there is no digest' : 'the digest does not match'} to vouch for them; not saved`);
}
function describeDigest(artifact, sha256) {
    if (!artifact.digest)
        return 'absent';
    return artifact.digest.toLowerCase() === `sha256:${sha256}` ? 'match' : 'mismatch';
}
/** Refuses, before its first byte, an artifact larger than the free space at `dir`. */
async function checkFreeSpace(artifact, dir) {
    const { bavail, bsize } = await (0,promises_.statfs)(dir);
    const free = bavail * bsize;
    if (artifact.size_in_bytes <= free)
        return;
    throw new unpack/* UnsafeArchiveError */.td(`refused: the artifact is ${(0,format/* formatBytes */.z3)(artifact.size_in_bytes)} (${artifact.size_in_bytes} bytes, size_in_bytes), but only ${(0,format/* formatBytes */.z3)(free)} (${free} bytes) is free at ${dir}`);
}
/**
 * Downloads one artifact in one pass into staging, then checks and places it: nothing lands
 * unless it is complete and verified.
 */
async function downloadArtifact(context, artifact) {
    const { client, log, settings, options } = context;
    const reported = (0,report/* toReported */.J)(artifact);
    const label = `'${artifact.name}' (id ${artifact.id})`;
    const details = [];
    const started = Date.now();
    let expired = false;
    let gone = false;
    const root = settings.path;
    const staging = await createStaging(root);
    let sink;
    try {
        await checkFreeSpace(artifact, staging);
        const progressDue = (0,progress/* progressClock */.G)(options.progressEveryMs ?? 5000);
        sink = new download_sink/* ArtifactSink */.G(staging, !settings.skipDecompress);
        const received = new download_transfer/* Received */["in"](sink);
        const { value: transfer, attempts } = await (0,retry/* withRetries */.LH)({
            attempts: options.attempts ?? 4,
            backoffMs: options.backoffMs ?? 1000,
            signal: context.signal,
            onRetry: (attempt, _wait, reason) => log.info(`${label}: retrying (attempt ${attempt}): ${reason}${received.bytes > 0 ? `; resuming from byte ${received.bytes}` : ''}`)
        }, 
        // Signed URLs expire within a minute: a fresh one per attempt.
        async () => (0,download_transfer/* transferInto */.G0)(await (0,artifacts/* getDownloadUrl */.y_)(client, context.owner, context.repo, artifact), received, {
            stallMs: options.stallMs,
            minRate: options.minRate,
            maxBytes: artifact.size_in_bytes + download_transfer/* ARCHIVE_SIZE_MARGIN */.W3,
            allowHttp: new URL(client.apiUrl).protocol === 'http:',
            signal: context.signal,
            onRestart: reason => log.info(`${label}: ${reason}`),
            onProgress: (bytes, total) => {
                if (!progressDue())
                    return;
                const rate = bytes / Math.max(0.001, (Date.now() - started) / 1000);
                const percent = total ? ` (${Math.floor((bytes / total) * 100)}%)` : '';
                log.info(`${label}: ${(0,format/* formatBytes */.z3)(bytes)}${total ? ` of ${(0,format/* formatBytes */.z3)(total)}` : ''}${percent}, ${(0,format/* formatBytes */.z3)(rate)}/s`);
            }
        }));
        reported.sha256 = transfer.sha256;
        reported.digest_check = describeDigest(artifact, transfer.sha256);
        checkReceivedSize(artifact, transfer.bytes, reported.digest_check);
        details.push(`Fetched ${(0,format/* formatBytes */.z3)(transfer.bytes)} from ${transfer.source} in ${(0,format/* formatSeconds */.Xo)(Date.now() - started)} (${attempts} attempt(s))`, `sha256 ${transfer.sha256}`);
        if (reported.digest_check === 'absent') {
            context.noteNoDigest();
        }
        else if (reported.digest_check === 'mismatch') {
            const message = `Digest mismatch for ${label}: the server says ${artifact.digest}, the archive received has sha256:${transfer.sha256}`;
            if (settings.digestMismatch === 'error')
                throw new Error(message);
            if (settings.digestMismatch === 'warn')
                log.warn(message);
            if (settings.digestMismatch === 'info')
                log.info(message);
        }
        else {
            details.push('Digest verified');
        }
        // Who made the bytes, checked against what arrived, before any of them lands.
        if (context.attestation !== undefined) {
            const verified = await context.attestation.verify(transfer.sha256, context.signal);
            reported.attestation = verified;
            if (verified === null) {
                log.warn(`${label}: no attestation for sha256:${transfer.sha256}; downloaded unverified ('attestation: if-present')`);
            }
            else {
                details.push(`Attestation verified: signed by ${verified.signer_workflow}@${verified.ref}${verified.commit ? ` (${verified.commit})` : ''}`);
            }
        }
        const arrived = await received.sink.finish();
        const target = context.targetOf(artifact);
        const place = { overwrite: settings.overwrite };
        let placed;
        if (arrived.kind === 'file') {
            checkNameIsSegment(artifact.name, 'a file name');
            // An archive kept as it is goes to `path/<name>.zip`, however many there are.
            const file = arrived.zip
                ? external_node_path_.join(settings.path, `${artifact.name}.zip`)
                : external_node_path_.join(target, artifact.name);
            placed = await context.placements.place(artifact, () => placeFile(root, arrived.file, file, place));
            reported.path = file;
            details.push(`Saved ${arrived.zip ? 'the archive' : 'the file (not a zip)'} as ${file}`);
        }
        else {
            placed = await context.placements.place(artifact, listFiles => placeTree(root, arrived.dir, target, { ...place, listFiles }));
            reported.path = target;
            reported.files = arrived.unpacked.files;
            details.push(`Unpacked ${arrived.unpacked.files} file(s), ${(0,format/* formatBytes */.z3)(arrived.unpacked.bytes)}, into ${target} as the bytes arrived`);
        }
        if (placed.replaced.length > 0) {
            details.push(`Replaced ${placed.replaced.length} file(s) already in the destination`);
        }
        reported.seconds = (Date.now() - started) / 1000;
        if (settings.deleteAfter) {
            // Downloaded either way: a failed deletion is reported as such, not as a failed download.
            const failure = await (0,artifacts/* deleteArtifact */.CM)(client, context.owner, context.repo, artifact).then(() => undefined, (error) => (errors/* ApiError */.h.hasStatus(error, 404) ? undefined : (0,shared_errors/* messageOf */.b)(error)));
            reported.deleted = failure === undefined;
            if (failure === undefined) {
                details.push('Deleted from the repository (delete-after)');
            }
            else {
                reported.error = `downloaded to ${reported.path}, but not deleted: ${failure}`;
                details.push(`Not deleted: ${failure}`);
            }
        }
    }
    catch (error) {
        // The listing named it a moment ago with this token: a 404 now means it was deleted since.
        expired = errors/* ApiError */.h.hasStatus(error, 410);
        gone = errors/* ApiError */.h.hasStatus(error, 404);
        reported.error = expired
            ? 'expired (410 Gone)'
            : gone
                ? 'deleted since it was listed (404 Not Found)'
                : (0,shared_errors/* messageOf */.b)(error);
        reported.seconds ??= (Date.now() - started) / 1000;
        details.push(`Failed: ${reported.error}`);
    }
    finally {
        await sink?.reset().catch(() => undefined);
        await removeStaging(staging);
    }
    const outcome = reported.error === undefined
        ? 'Downloaded'
        : reported.deleted === false
            ? 'Downloaded, but not deleted,'
            : 'Failed';
    log.group(`${outcome} ${label}, ${(0,format/* formatBytes */.z3)(artifact.size_in_bytes)}, in ${(0,format/* formatSeconds */.Xo)((reported.seconds ?? 0) * 1000)}`, details);
    return { reported, expired, gone };
}

;// CONCATENATED MODULE: ./src/operations/download/stale-staging.ts



/** Longer than the minimum rate lets a live download idle. */
const STALE_STAGING_MS = 60 * 60 * 1000;
/** See stagingMark; a FIFO marker would hang the read. */
async function isStaging(dir) {
    const marker = external_node_path_.join(dir, STAGING_MARKER);
    const [directory, file] = await Promise.all([
        (0,promises_.lstat)(dir, { bigint: true }),
        (0,promises_.lstat)(marker, { bigint: true })
    ]).catch(() => []);
    if (directory === undefined || file === undefined || !file.isFile() || file.size > 200n) {
        return false;
    }
    return (await (0,promises_.readFile)(marker, 'utf8').catch(() => '')) === stagingMark(directory);
}
/** Left by killed runs (SIGKILL skips `finally`); only by marker, never by name. */
async function removeStaleStaging(root, log, now = Date.now()) {
    const entries = await (0,promises_.readdir)(root, { withFileTypes: true }).catch(() => []);
    const removed = [];
    for (const entry of entries) {
        if (!entry.isDirectory() || !entry.name.startsWith(STAGING_PREFIX))
            continue;
        const dir = external_node_path_.join(root, entry.name);
        const stat = await (0,promises_.lstat)(dir).catch(() => undefined);
        if (stat === undefined || !stat.isDirectory() || now - stat.mtimeMs < STALE_STAGING_MS)
            continue;
        if (!(await isStaging(dir)))
            continue;
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        removed.push(entry.name);
        log.info(`Removed ${dir}, left by a download that was killed over an hour ago`);
    }
    return removed;
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/operations/download/summary.ts



/** Failed downloads, and downloads not deleted (delete-after), said as such. */
function failuresOf(artifacts) {
    return {
        failed: artifacts.filter(a => a.error !== undefined && a.deleted !== false),
        undeleted: artifacts.filter(a => a.deleted === false)
    };
}
/** The signer workflow, ref and commit an attestation was verified against. */
function describeAttestation(a) {
    if (a.attestation === undefined)
        return '—';
    if (a.attestation === null)
        return 'none (not verified)';
    const { signer_workflow, ref, commit } = a.attestation;
    return { code: `${signer_workflow}@${ref}${commit ? ` ${commit.slice(0, 12)}` : ''}` };
}
function downloadSummary(artifacts, facts) {
    const { failed, undeleted } = failuresOf(artifacts);
    const anyFailed = artifacts.some(a => a.error !== undefined);
    const attested = artifacts.some(a => a.attestation !== undefined);
    const fetched = artifacts.filter(a => a.path !== undefined);
    const files = fetched.reduce((sum, a) => sum + (a.files ?? 0), 0);
    const totals = facts.dryRun
        ? `Would download ${(0,format/* formatCount */.B4)(artifacts.length)} artifact(s), ${(0,format/* formatBytes */.z3)((0,bytes/* totalBytes */.ob)(artifacts))}, to ${facts.destination}`
        : [
            `Downloaded ${(0,format/* formatCount */.B4)(fetched.length)} of ${(0,format/* formatCount */.B4)(artifacts.length)} artifact(s), ${(0,format/* formatBytes */.z3)((0,bytes/* totalBytes */.ob)(fetched))}, ${(0,format/* formatCount */.B4)(files)} file(s), to ${facts.destination}`,
            ...(failed.length > 0 ? [`${(0,format/* formatCount */.B4)(failed.length)} failed`] : []),
            ...(undeleted.length > 0 ? [`${(0,format/* formatCount */.B4)(undeleted.length)} not deleted`] : [])
        ].join(' · ');
    const title = facts.dryRun
        ? 'Artifacts to download (dry run)'
        : failed.length > 0
            ? `Artifacts downloaded, ${(0,format/* formatCount */.B4)(failed.length)} failed`
            : 'Artifacts downloaded';
    return {
        title,
        totals,
        selection: facts.selection,
        notes: [
            ...(facts.nothingFound === undefined ? [] : [facts.nothingFound]),
            ...(0,summary/* failureNotes */.KH)(artifacts)
        ],
        overview: (0,summary/* overviewByName */.a8)(artifacts),
        chart: (0,summary/* storageByName */.y6)(artifacts),
        table: {
            // The Failure column only when something failed.
            columns: [
                ...summary/* ARTIFACT_COLUMNS */.dV,
                'Files',
                'Digest',
                ...(attested ? ['Attestation'] : []),
                'Time',
                'Rate',
                ...(anyFailed ? ['Failure'] : [])
            ],
            rows: artifacts.map(a => {
                const ok = a.error === undefined;
                const seconds = a.seconds ?? 0;
                return [
                    ...(0,summary/* artifactCells */.Uf)(a),
                    a.files !== undefined ? (0,format/* formatCount */.B4)(a.files) : '—',
                    a.digest_check ?? '—',
                    ...(attested ? [describeAttestation(a)] : []),
                    a.seconds !== undefined ? (0,summary/* together */.bs)((0,format/* formatSeconds */.Xo)(seconds * 1000)) : '—',
                    ok && seconds > 0 ? (0,summary/* together */.bs)(`${(0,format/* formatBytes */.z3)(a.size_in_bytes / seconds)}/s`) : '—',
                    ...(anyFailed ? [ok ? '' : (a.error ?? '')] : [])
                ];
            })
        }
    };
}

;// CONCATENATED MODULE: ./src/operations/download/index.ts














const DOWNLOAD_CONCURRENCY = 4;
/** Into `path` itself rather than `path/<name>/`, as actions/download-artifact (v5+) does. */
function intoPathItself(settings) {
    const { names, artifactIds } = settings.selection;
    return names.length === 1 || artifactIds.length === 1 || settings.download.mergeMultiple;
}
/** Refuses, before any transfer, names that would become unsafe paths or collide. */
function checkTargets(settings, selected) {
    const separate = !intoPathItself(settings);
    if (separate || settings.download.skipDecompress) {
        for (const artifact of selected) {
            checkNameIsSegment(artifact.name, separate ? 'a directory' : 'a file name');
        }
    }
    if (!separate && !settings.download.skipDecompress)
        return;
    // Two artifacts of one name (artifact-ids from different runs) would overwrite each other.
    const byName = new Map();
    for (const artifact of selected) {
        const other = byName.get(artifact.name);
        if (other !== undefined) {
            throw new Error(settings.download.skipDecompress
                ? `Artifacts ${other} and ${artifact.id} are both named '${artifact.name}' and would be saved as the same file ${external_node_path_.join(settings.download.path, `${artifact.name}.zip`)}. Select one.`
                : `Artifacts ${other} and ${artifact.id} are both named '${artifact.name}' and would unpack into the same directory ${external_node_path_.join(settings.download.path, artifact.name)}. Select one, or set 'merge-multiple: true' to put them together on purpose.`);
        }
        byName.set(artifact.name, artifact.id);
    }
}
/** Artifacts of one name tried, so a server answering 410 to all is not asked for every one. */
const TRIES_PER_NAME = 5;
/** Downloads the first of `candidates` (newest first) not expired or deleted since the listing. */
async function downloadNewestLeft(step, candidates) {
    const skipped = [];
    for (const [index, candidate] of candidates.entries()) {
        const outcome = await downloadArtifact(step, candidate);
        if (!outcome.expired && !outcome.gone)
            return { outcome, skipped };
        skipped.push(outcome);
        const next = candidates[index + 1];
        if (next === undefined || step.signal.aborted)
            break;
        step.log.info(`'${candidate.name}' (id ${candidate.id}) ${outcome.expired ? 'expired' : 'was deleted'} since it was listed; trying the next newest of that name, id ${next.id}`);
    }
    return { skipped };
}
/** Downloads the selection: `run-id`'s artifacts, or the newest of each matching name. */
async function runDownload({ client, log, signal }, settings, options = {}) {
    const { selection, download } = settings;
    const { found, failure } = await (0,find/* findArtifacts */.n)({ client, log }, settings, {
        pullRequestMeans: 'commit',
        limitFrom: 'newest',
        excludeExpired: true,
        // The step's own run made its artifacts with the code running now: nothing more to distrust.
        excludeForks: !download.allowForks &&
            !(selection.runId !== undefined && selection.runId === download.ownRunId),
        // Explicit ids as given; otherwise the newest of each name (a re-run may upload one again).
        newestPerName: selection.artifactIds.length === 0
    });
    if (found.forks.length > 0) {
        log.warn(`Skipped ${found.forks.length} artifact(s) made by runs from forks (${found.forks
            .slice(0, 10)
            .map(a => `'${a.name}' id ${a.id}`)
            .join(', ')}): anyone who opens a pull request can write those. Set 'allow-forks: true' to take them.`);
    }
    for (const artifact of found.unknownOrigin) {
        log.warn(`Skipped '${artifact.name}' (id ${artifact.id}): neither the listing nor its workflow run says which repository the run came from, so it may be a fork's; it is treated like one. Set 'allow-forks: true' to take it.`);
    }
    const finish = (artifacts, failure, nothingFound) => ({
        artifacts,
        outputs: { [inputs/* Outputs */.tY.DownloadPath]: download.path },
        summary: downloadSummary(artifacts, {
            destination: download.path,
            selection: (0,settings_selection/* describeSelection */.e9)('download', (0,query/* repositoryOf */._)(settings), selection),
            dryRun: download.dryRun,
            nothingFound
        }),
        failure,
        downloadPath: download.path
    });
    // Empty, or all left by limit: 0 (then not a failure).
    if (found.selected.length === 0)
        return finish([], failure, failure);
    checkTargets(settings, found.selected);
    if (download.dryRun) {
        const note = `Dry run: ${found.selected.length} artifact(s), ${(0,format/* formatBytes */.z3)((0,bytes/* totalBytes */.ob)(found.selected))}, would be downloaded to ${download.path}; nothing was.`;
        log.info(note);
        return finish(found.selected.map(report/* toReported */.J));
    }
    // Sigstore loads only here, so other runs' start stays small; trust roots are read once.
    const attestation = download.attestation.mode === 'off'
        ? undefined
        : await Promise.all(/* import() */[__webpack_require__.e(172), __webpack_require__.e(693)]).then(__webpack_require__.bind(__webpack_require__, 8693)).then(module => module.createAttestationCheck(client, download.attestation, settings.owner, settings.repo));
    await removeStaleStaging(download.path, log);
    let saidNoDigest = false;
    const targetOf = (artifact) => intoPathItself(settings) ? download.path : external_node_path_.join(download.path, artifact.name);
    const placements = new Placements(download.path, log, process.platform, found.selected.map(artifact => targetOf(artifact)));
    const concurrency = options.concurrency ?? DOWNLOAD_CONCURRENCY;
    log.info(`Downloading ${found.selected.length} artifact(s), ${(0,format/* formatBytes */.z3)((0,bytes/* totalBytes */.ob)(found.selected))}, to ${download.path} (${Math.min(concurrency, found.selected.length)} at a time)`);
    const step = {
        client,
        log,
        signal,
        owner: settings.owner,
        repo: settings.repo,
        settings: download,
        options,
        targetOf,
        placements,
        attestation,
        noteNoDigest: () => {
            if (saidNoDigest)
                return;
            saidNoDigest = true;
            log.info('The server gives no digest for some artifacts (older artifacts, or GitHub Enterprise Server): their integrity cannot be checked; the computed sha256 is in the artifacts output.');
        }
    };
    const results = await mapPool(found.selected, concurrency, artifact => downloadNewestLeft(step, [artifact, ...found.alternates.filter(a => a.name === artifact.name)].slice(0, TRIES_PER_NAME)));
    const skipped = results.flatMap(r => r.skipped);
    const artifacts = results.flatMap(r => (r.outcome === undefined ? [] : [r.outcome.reported]));
    const expired = skipped.filter(o => o.expired).map(o => o.reported);
    const deleted = skipped.filter(o => o.gone).map(o => o.reported);
    const named = (list) => list.map(a => `'${a.name}' id ${a.id}`).join(', ');
    if (expired.length > 0) {
        log.warn(`Skipped ${expired.length} artifact(s) that expired since they were listed: ${named(expired)}`);
    }
    if (deleted.length > 0) {
        log.warn(`Skipped ${deleted.length} artifact(s) deleted since they were listed: ${named(deleted)}`);
    }
    if (artifacts.length === 0 && skipped.length > 0) {
        const message = `No artifact matched the selection in ${(0,query/* repositoryOf */._)(settings)} that is still there: ${skipped.map(o => `'${o.reported.name}' (id ${o.reported.id}) ${o.expired ? 'expired' : 'was deleted'} since it was listed`).join('; ')}.`;
        const gone = (0,nothing_found/* settleNothingFound */.r)(message, settings.ifNoArtifactFound, log);
        return finish([], gone, gone);
    }
    if (signal.aborted) {
        const downloaded = artifacts.filter(a => a.error === undefined).length;
        return finish(artifacts, `Cancelled: ${downloaded} of ${found.selected.length} artifact(s) downloaded before the runner cancelled the step.`);
    }
    const { failed: broken, undeleted } = failuresOf(artifacts);
    const headlines = [
        ...(broken.length > 0
            ? [
                `${broken.length} of ${artifacts.length} artifact(s) failed to download: ${(0,report/* describeFailures */.n)(broken)}`
            ]
            : []),
        ...(undeleted.length > 0
            ? [
                `${undeleted.length} of ${artifacts.length} artifact(s) downloaded, but not deleted: ${(0,report/* describeFailures */.n)(undeleted)}`
            ]
            : [])
    ];
    return finish(artifacts, headlines.length > 0 ? headlines.join(' ') : undefined);
}


/***/ }),

/***/ 9420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ ArtifactSink)
/* harmony export */ });
/* unused harmony export FileSink */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _archive_unpack_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9208);
/* harmony import */ var _archive_zip_records_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3922);
/* harmony import */ var _shared_bytes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2250);





/** One file. */
class FileSink {
    file;
    handle;
    constructor(file) {
        this.file = file;
    }
    async write(chunk) {
        this.handle ??= await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(this.file, 'w');
        (0,_shared_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .writeAll */ .f4)(this.handle.fd, chunk);
    }
    async close() {
        // No bytes still make an (empty) file.
        this.handle ??= await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(this.file, 'w');
        await this.handle.close();
        this.handle = undefined;
    }
    async reset() {
        await this.handle?.close();
        this.handle = undefined;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(this.file, { force: true });
    }
}
/** Unpacked as it arrives if it starts with a zip signature, else kept as one file. */
class ArtifactSink {
    staging;
    unpack;
    head = Buffer.alloc(0);
    target;
    zip = false;
    constructor(staging, unpack) {
        this.staging = staging;
        this.unpack = unpack;
    }
    async write(chunk) {
        if (this.target === undefined) {
            this.head = Buffer.concat([this.head, chunk]);
            if (this.head.length < 4)
                return;
            chunk = this.head;
            this.head = Buffer.alloc(0);
            this.choose(chunk);
        }
        await this.target.write(chunk);
    }
    choose(head) {
        const signature = head.length >= 4 ? head.readUInt32LE(0) : undefined;
        this.zip = signature === _archive_zip_records_js__WEBPACK_IMPORTED_MODULE_3__/* .LOCAL_HEADER */ .Et || signature === _archive_zip_records_js__WEBPACK_IMPORTED_MODULE_3__/* .END_OF_CENTRAL */ .oX;
        this.target =
            this.zip && this.unpack
                ? new _archive_unpack_js__WEBPACK_IMPORTED_MODULE_2__/* .ZipUnpacker */ .h8(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.staging, 'out'))
                : new FileSink(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.staging, 'archive'));
    }
    /** The tree, checked against its central directory, or the file. */
    async finish() {
        if (this.target === undefined) {
            // Under four bytes: not an archive.
            this.choose(this.head);
            await this.target.write(this.head);
        }
        const target = this.target;
        if (target instanceof _archive_unpack_js__WEBPACK_IMPORTED_MODULE_2__/* .ZipUnpacker */ .h8) {
            return { kind: 'tree', dir: node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.staging, 'out'), unpacked: await target.finish() };
        }
        await target.close();
        return { kind: 'file', file: target.file, zip: this.zip };
    }
    async reset() {
        const target = this.target;
        this.target = undefined;
        this.head = Buffer.alloc(0);
        await (target instanceof _archive_unpack_js__WEBPACK_IMPORTED_MODULE_2__/* .ZipUnpacker */ .h8 ? target.discard() : target?.reset());
    }
}


/***/ }),

/***/ 7468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ transferInto),
/* harmony export */   I1: () => (/* binding */ checkArchiveUrl),
/* harmony export */   Pf: () => (/* binding */ agentFor),
/* harmony export */   W3: () => (/* binding */ ARCHIVE_SIZE_MARGIN),
/* harmony export */   "in": () => (/* binding */ Received)
/* harmony export */ });
/* unused harmony exports TransferError, MIN_RATE, redactMessage, parseContentRange, transferToFile */
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4942);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _shared_bytes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2250);
/* harmony import */ var _shared_exchange_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4732);
/* harmony import */ var _shared_redact_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8932);
/* harmony import */ var _shared_retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3091);
/* harmony import */ var _sink_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9420);








/** Not worth another attempt. */
class TransferError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TransferError';
    }
}
/** Kept across attempts: the next asks only for the rest. */
class Received {
    sink;
    bytes = 0;
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
    constructor(sink) {
        this.sink = sink;
    }
    async add(chunk) {
        this.hash.update(chunk);
        await this.sink.write(chunk);
        this.bytes += chunk.length;
    }
    async restart() {
        this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
        this.bytes = 0;
        await this.sink.reset();
    }
    /** Hex. */
    sha256() {
        return this.hash.copy().digest('hex');
    }
}
/** Not drained: a hostile host could send for ever. */
function discard(body) {
    body.on('error', () => undefined).destroy();
}
/** Storage redirects once or twice. */
const MAX_REDIRECTS = 5;
const MIN_RATE = { bytes: 64 * 1024, windowMs: 60_000 };
/** For a listing that rounds or lags; never enough to fill a disk. */
const ARCHIVE_SIZE_MARGIN = 64 * 1024;
/** Never a storage answer's `file:` Location. */
function checkArchiveUrl(url, allowHttp) {
    if (url.protocol === 'https:' || (allowHttp && url.protocol === 'http:'))
        return;
    throw new TransferError(`refusing to fetch the archive from a ${url.protocol} URL${url.host ? ` on ${url.host}` : ''}: only https${allowHttp ? ' or http' : ''} is followed`);
}
/** Errors may quote the query, encoded or not. */
function redactMessage(message, url) {
    let decoded = url.search;
    try {
        decoded = decodeURIComponent(url.search);
    }
    catch {
        // Malformed: only the encoded form.
    }
    const queries = [url.search, decoded].filter(q => q.length > 1);
    let redacted = message;
    for (const query of queries)
        redacted = redacted.split(query).join('?[redacted]');
    return (0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .redactUrls */ .s)(redacted);
}
class Stalled extends Error {
}
/** `bytes START-END/SIZE`, SIZE maybe `*`. */
function parseContentRange(header) {
    const m = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(String(header ?? '').trim());
    if (!m)
        return undefined;
    return { start: Number(m[1]), end: Number(m[2]), size: m[3] === '*' ? undefined : Number(m[3]) };
}
/** Per scheme: a client keeps its first plain agent for every later URL. */
const agents = { 'http:': new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq('artifact-ops'), 'https:': new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq('artifact-ops') };
const agentFor = (url) => agents[url.protocol].getAgent(url.href);
/**
 * Hand-made: neither fetch nor http-client resumes with Range, caps a body or ends a trickle.
 * The token is never sent to the storage host.
 */
async function transferInto(start, received, options) {
    const stallMs = options.stallMs ?? 30_000;
    const minRate = options.minRate ?? MIN_RATE;
    const maxBytes = options.maxBytes ?? Number.MAX_SAFE_INTEGER;
    const from = received.bytes;
    let url = start;
    for (let hop = 0;; hop++) {
        checkArchiveUrl(url, options.allowHttp ?? false);
        const attempt = new AbortController();
        const stall = setTimeout(() => attempt.abort(new Stalled()), stallMs);
        const signal = options.signal
            ? AbortSignal.any([options.signal, attempt.signal])
            : attempt.signal;
        try {
            let response;
            try {
                response = await (0,_shared_exchange_js__WEBPACK_IMPORTED_MODULE_4__/* .exchange */ .c)(url, {
                    method: 'GET',
                    headers: {
                        'user-agent': 'artifact-ops',
                        ...(from > 0 ? { range: `bytes=${from}-` } : {})
                    },
                    agent: agentFor(url)
                }, signal);
            }
            catch (error) {
                if (options.signal?.aborted)
                    throw error;
                throw new _shared_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .RetryableError */ .dw(attempt.signal.aborted
                    ? `no answer from ${(0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .printableUrl */ .Z)(url)} within ${stallMs / 1000} s`
                    : `no answer from ${(0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .printableUrl */ .Z)(url)}: ${redactMessage(error.message, url)}`);
            }
            stall.refresh();
            const status = response.statusCode ?? 0;
            if (status >= 300 && status < 400 && response.headers['location'] !== undefined) {
                discard(response);
                if (hop >= MAX_REDIRECTS)
                    throw new TransferError(`too many redirects from ${(0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .printableUrl */ .Z)(start)}`);
                url = new URL(String(response.headers['location']), url);
                continue;
            }
            const lengthHeader = response.headers['content-length'];
            const length = lengthHeader !== undefined ? Number(lengthHeader) : undefined;
            let offset = 0;
            if (from > 0 && status === 206) {
                const range = parseContentRange(response.headers['content-range']);
                if (range?.start !== from) {
                    discard(response);
                    await received.restart();
                    const reason = `${(0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .printableUrl */ .Z)(url)} answered a request for the bytes from ${from} on with ${range ? `bytes ${range.start}-${range.end}` : 'no readable Content-Range'}; starting over`;
                    options.onRestart?.(reason);
                    throw new _shared_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .RetryableError */ .dw(reason);
                }
                offset = from;
            }
            else if (from > 0 && (status === 200 || status === 416)) {
                // 416: the archive changed.
                await received.restart();
                const reason = `${(0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .printableUrl */ .Z)(url)} answered ${status} to a request for the bytes from ${from} on; starting over from the first byte`;
                options.onRestart?.(reason);
                if (status === 416) {
                    discard(response);
                    throw new _shared_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .RetryableError */ .dw(reason);
                }
            }
            else if (status !== 200) {
                discard(response);
                const reason = `${(0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .printableUrl */ .Z)(url)} answered ${status}`;
                // 403: expired signature; a fresh URL cures it.
                if (status >= 500 || status === 403 || status === 408 || status === 429) {
                    throw new _shared_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .RetryableError */ .dw(reason);
                }
                throw new TransferError(reason);
            }
            const total = length !== undefined ? offset + length : undefined;
            if (total !== undefined && total > maxBytes) {
                discard(response);
                throw new TransferError(`${(0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .printableUrl */ .Z)(url)} announces ${total} bytes, more than the ${maxBytes} the artifact may have; refused`);
            }
            await readBody(response, received, { attempt, signal, stall }, {
                ...options,
                url,
                total,
                maxBytes,
                minRate,
                stallMs
            });
            return { bytes: received.bytes, sha256: received.sha256(), source: (0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .printableUrl */ .Z)(url) };
        }
        finally {
            clearTimeout(stall);
        }
    }
}
/** Sinks each chunk before reading the next; whole only if the parser saw the end. */
async function readBody(body, received, { attempt, signal, stall }, options) {
    const { url, total, maxBytes, minRate } = options;
    const first = received.bytes;
    const broken = (why) => new _shared_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .RetryableError */ .dw(`transfer from ${(0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .printableUrl */ .Z)(url)} broke after ${received.bytes - first} bytes: ${why}`);
    // Closed already: nothing would end the loop.
    if (body.destroyed)
        throw broken('the connection closed before the body was read');
    let windowStart = first;
    const rateCheck = setInterval(() => {
        if (received.bytes - windowStart < minRate.bytes) {
            attempt.abort(new _shared_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .RetryableError */ .dw(`transfer from ${(0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .printableUrl */ .Z)(url)} slower than ${minRate.bytes} bytes in ${minRate.windowMs / 1000} s (${received.bytes - windowStart} bytes arrived); given up`));
        }
        windowStart = received.bytes;
    }, minRate.windowMs);
    // Freed once the parser copied it out; off before a queued request's parser.
    const socket = body.socket;
    const releaseRead = (read) => (0,_shared_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .release */ ._r)(read);
    const keepReads = () => void socket.off('data', releaseRead);
    socket.on('data', releaseRead);
    body.once('end', keepReads);
    let final;
    try {
        // 'data' events, each a chunk that can be released; the signal ends what the body cannot.
        const chunks = (0,node_events__WEBPACK_IMPORTED_MODULE_2__.on)(body, 'data', { close: ['end', 'close'], highWaterMark: 4, signal });
        for await (const [chunk] of chunks) {
            if (received.bytes + chunk.length > maxBytes) {
                final = new TransferError(`${(0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .printableUrl */ .Z)(url)} sent more than the ${maxBytes} bytes the artifact may have; cut`);
                throw final;
            }
            try {
                await received.add(chunk);
            }
            catch (error) {
                final = error;
                throw error;
            }
            (0,_shared_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .release */ ._r)(chunk);
            stall.refresh();
            options.onProgress?.(received.bytes, total);
        }
    }
    catch (error) {
        if (final !== undefined)
            throw final;
        if (options.signal?.aborted)
            throw error;
        const reason = attempt.signal.reason;
        if (reason instanceof _shared_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .RetryableError */ .dw)
            throw reason;
        throw broken(reason instanceof Stalled
            ? `no data for ${options.stallMs / 1000} s`
            : redactMessage(error.message, url));
    }
    finally {
        clearInterval(rateCheck);
        keepReads();
        if (!body.readableEnded)
            discard(body);
    }
    if (!body.complete)
        throw broken('the connection closed before the end of the body');
}
/** To a file, in one attempt. */
async function transferToFile(start, options) {
    const sink = new FileSink(options.file);
    try {
        return await transferInto(start, new Received(sink), options);
    }
    finally {
        await sink.close();
    }
}


/***/ }),

/***/ 3091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   dw: () => (/* binding */ RetryableError)
/* harmony export */ });
/* unused harmony export GaveUpError */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);

/** A failure worth another attempt. */
class RetryableError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'RetryableError';
    }
}
/** For transfers (each attempt needs a fresh signed URL); API requests: github/attempts.ts. */
async function withRetries(options, attempt) {
    const attempts = Math.max(1, options.attempts);
    let last;
    for (let number = 1; number <= attempts; number++) {
        if (last !== undefined) {
            const waitMs = options.backoffMs * 2 ** (number - 2);
            options.onRetry?.(number, waitMs, last.message);
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(waitMs, undefined, { signal: options.signal });
        }
        try {
            return { value: await attempt(number), attempts: number };
        }
        catch (error) {
            if (!(error instanceof RetryableError))
                throw error;
            last = error;
        }
    }
    throw new GaveUpError(attempts, last);
}
class GaveUpError extends Error {
    constructor(attempts, last) {
        super(`gave up after ${attempts} attempts; the last: ${last.message}`, { cause: last });
        this.name = 'GaveUpError';
    }
}


/***/ })

};

//# sourceMappingURL=811.index.js.map