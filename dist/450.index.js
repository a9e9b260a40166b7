export const id = 450;
export const ids = [450];
export const modules = {

/***/ 7450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DOWNLOAD_CONCURRENCY: () => (/* binding */ DOWNLOAD_CONCURRENCY),
  runDownload: () => (/* binding */ runDownload)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/criteria.ts
var core_criteria = __webpack_require__(4150);
// EXTERNAL MODULE: ./src/core/list-and-select.ts + 3 modules
var list_and_select = __webpack_require__(6417);
// EXTERNAL MODULE: ./src/core/nothing-found.ts
var nothing_found = __webpack_require__(8211);
// EXTERNAL MODULE: ./src/core/query.ts
var core_query = __webpack_require__(363);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __webpack_require__(7428);
// EXTERNAL MODULE: ./src/shared/bytes.ts
var bytes = __webpack_require__(2250);
;// CONCATENATED MODULE: ./src/shared/pool.ts
/**
 * Runs `task` over `items` with at most `limit` at once, in order of start; resolves with the
 * results in the order of `items`. A task's rejection is the caller's to catch inside `task`.
 */
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

;// CONCATENATED MODULE: ./src/operations/download/placements.ts


/**
 * Places the artifacts of one download one at a time. Each placement checks every target and
 * then moves (archive/place.ts); run one after another, no artifact's files appear between
 * another's check and its moves, and a path two artifacts write (merge-multiple) is known
 * exactly: it is reported as a collision naming both. Only the renames wait; transfers and
 * unpacking still run side by side.
 */
class Placements {
    root;
    log;
    queue = Promise.resolve();
    owners = new Map();
    constructor(root, log) {
        this.root = root;
        this.log = log;
    }
    /** Runs `place` for `artifact` once the placements started before it have ended. */
    place(artifact, place) {
        const run = this.queue.then(async () => {
            const placed = await place();
            this.noteCollisions(artifact, placed.files);
            return placed;
        });
        this.queue = run.catch(() => undefined);
        return run;
    }
    noteCollisions(artifact, files) {
        const byOwner = new Map();
        for (const file of files) {
            const owner = this.owners.get(file);
            if (owner !== undefined && owner !== artifact) {
                byOwner.set(owner, [...(byOwner.get(owner) ?? []), external_node_path_.relative(this.root, file)]);
            }
            this.owners.set(file, artifact);
        }
        for (const [owner, paths] of byOwner) {
            this.log.warn(`Collision: artifacts '${owner.name}' (id ${owner.id}) and '${artifact.name}' (id ${artifact.id}) both write ${paths.length} path(s): ${(0,format/* formatFirst */._w)(paths)}. The files of '${artifact.name}', placed later, are the ones in place.`);
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./src/archive/names.ts
/**
 * Characters that HFS+ ignores when it compares names: macOS opens `.g\u200Cit` as `.git`.
 * Git skips the same ones (`is_hfs_dotgit` in its `utf8.c`).
 */
const HFS_IGNORED = /[\u200C-\u200F\u202A-\u202E\u206A-\u206F\uFEFF]/g;
/**
 * `.git` as the filesystems of the runners read it: any case (NTFS, APFS and HFS+ ignore case),
 * trailing dots and spaces (Windows drops them), an NTFS alternate stream (`.git::$INDEX_ALLOCATION`)
 * and the NTFS short name `GIT~1`. The same rule as git's own `verify_path` for tree entries.
 */
const DOT_GIT = /^(?:\.git|git~1)[. ]*(?::.*)?$/i;
/** True when one path component names a `.git` directory on some runner's filesystem. */
function isDotGit(component) {
    return DOT_GIT.test(component.replace(HFS_IGNORED, ''));
}
/**
 * True when any component of a relative path (separated by `/` or `\`) names `.git`. A file
 * written there would become the checkout's configuration or hooks, and the job's next `git`
 * command would run what the artifact says (`core.fsmonitor`, `hooks/post-checkout`).
 */
function hasDotGitComponent(name) {
    return name.split(/[/\\]/).some(isDotGit);
}

;// CONCATENATED MODULE: ./src/archive/extract.ts









/** An archive that would write outside its destination, or is otherwise not to be trusted. */
class UnsafeArchiveError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UnsafeArchiveError';
    }
}
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/** True when the file starts like a zip archive (a local header, or an empty archive's end). */
async function isZipFile(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
        if (bytesRead < 4)
            return false;
        const signature = buffer.readUInt32LE(0);
        return signature === 0x04034b50 || signature === 0x06054b50;
    }
    finally {
        await handle.close();
    }
}
/** Reads in 1 MiB chunks: yauzl's own reader reads 16 KiB at a time, four times slower here. */
const READ_CHUNK = 1024 * 1024;
class FileReader extends yauzl.RandomAccessReader {
    file;
    // Each range opens the file anew: a stream given a shared descriptor closes it when destroyed.
    constructor(file) {
        super();
        this.file = file;
    }
    _readStreamForRange(start, end) {
        return (0,external_node_fs_.createReadStream)(this.file, { start, end: end - 1, highWaterMark: READ_CHUNK });
    }
}
async function openZip(file) {
    const { size } = await (0,promises_.stat)(file);
    return new Promise((resolve, reject) => {
        yauzl.fromRandomAccessReader(new FileReader(file), size, {
            lazyEntries: true,
            // Entries are read twice: all of the central directory first, then each one's data.
            autoClose: false,
            // yauzl refuses absolute paths, drive letters and `..` segments; strict names make it
            // refuse backslashes too instead of turning them into separators.
            decodeStrings: true,
            strictFileNames: true,
            // An entry that inflates to more than its declared size is an error, not a disk filler.
            validateEntrySizes: true
        }, (error, zip) => (error ? reject(error) : resolve(zip)));
    });
}
/** Passes bytes through, failing at the end if their CRC-32 is not the one the entry declares. */
function checkCrc(entry) {
    let crc = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            crc = (0,external_node_zlib_.crc32)(chunk, crc);
            callback(null, chunk);
        },
        flush(callback) {
            callback(crc >>> 0 === entry.crc32 ? null : new Error('CRC-32 mismatch: the entry is corrupt'));
        }
    });
}
function openEntry(zip, entry) {
    return new Promise((resolve, reject) => {
        zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)));
    });
}
/** The file type bits of a Unix mode, and the types that are refused. */
const REFUSED_TYPES = new Map([
    [S_IFLNK, 'symbolic links are not extracted'],
    [0o010000, 'FIFOs are not extracted'],
    [0o020000, 'device files are not extracted'],
    [0o060000, 'device files are not extracted'],
    [0o140000, 'sockets are not extracted']
]);
/** The Unix mode an entry declares, or undefined when the archive was not made on Unix. */
function unixMode(entry) {
    // 3 is Unix, 19 macOS: both keep the st_mode in the high half of the external attributes.
    const madeBy = entry.versionMadeBy >> 8;
    return madeBy === 3 || madeBy === 19 ? entry.externalFileAttributes >>> 16 : undefined;
}
/**
 * The mode a file is written with: 0755 when the archive marks it executable by its owner (a
 * built binary stays runnable), 0644 otherwise. Setuid, setgid and sticky bits, and any write
 * permission for others, are never taken from an archive.
 */
function fileMode(entry) {
    return ((unixMode(entry) ?? 0) & 0o100) !== 0 ? 0o755 : 0o644;
}
/**
 * Why an entry is refused, or undefined. On top of yauzl's checks: NUL bytes, symbolic links
 * (they could point anywhere, and a later entry could write through them), FIFOs, devices and
 * sockets (a reader of the destination would block on or reach something that is not a file),
 * `.git` path components (see names.ts), duplicates (a later entry would silently replace an
 * earlier one) and anything that resolves outside `root`.
 */
function refusal(entry, root, seen) {
    const name = entry.fileName;
    if (name.includes('\0'))
        return 'the name contains a NUL byte';
    const type = REFUSED_TYPES.get((unixMode(entry) ?? 0) & S_IFMT);
    if (type !== undefined)
        return type;
    if (hasDotGitComponent(name)) {
        return "a '.git' path component could replace a checkout's configuration or hooks";
    }
    const key = external_node_path_.posix.normalize(name).replace(/\/+$/, '');
    if (seen.has(key))
        return 'the archive holds this path twice';
    seen.add(key);
    const target = external_node_path_.resolve(root, name);
    if (target !== root && !target.startsWith(root + external_node_path_.sep)) {
        return 'the path leads outside the destination';
    }
    return undefined;
}
/** Every entry of the central directory, each checked by `refusal`, before anything is written. */
function readEntries(zip, root) {
    const seen = new Set();
    const entries = [];
    return new Promise((resolve, reject) => {
        zip.on('error', reject);
        zip.on('end', () => resolve(entries));
        zip.on('entry', (entry) => {
            const why = refusal(entry, root, seen);
            if (why !== undefined) {
                reject(new UnsafeArchiveError(`refused entry '${entry.fileName}': ${why}`));
                return;
            }
            entries.push(entry);
            zip.readEntry();
        });
        zip.readEntry();
    });
}
const LOCAL_HEADER = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
/**
 * Refuses entries whose local data share bytes: a small archive whose central directory points
 * many entries into one another's compressed data (the "non-recursive zip bomb") or at one
 * local entry writes far more than it holds. Each entry owns the bytes from its local header to
 * the end of its compressed data; sorted by offset, no entry may start before the previous ends.
 * Info-ZIP's unzip refuses the same archives.
 */
async function checkNoOverlap(archive, entries) {
    const handle = await (0,promises_.open)(archive, 'r');
    try {
        const header = Buffer.alloc(LOCAL_HEADER_SIZE);
        const extents = [];
        for (const entry of entries) {
            const start = entry.relativeOffsetOfLocalHeader;
            const { bytesRead } = await handle.read(header, 0, LOCAL_HEADER_SIZE, start);
            if (bytesRead < LOCAL_HEADER_SIZE || header.readUInt32LE(0) !== LOCAL_HEADER) {
                throw new UnsafeArchiveError(`refused entry '${entry.fileName}': no local header at offset ${start}`);
            }
            const dataStart = start + LOCAL_HEADER_SIZE + header.readUInt16LE(26) + header.readUInt16LE(28);
            extents.push({ entry, start, end: dataStart + entry.compressedSize });
        }
        extents.sort((a, b) => a.start - b.start);
        for (let i = 1; i < extents.length; i++) {
            const [before, after] = [extents[i - 1], extents[i]];
            if (after.start < before.end) {
                throw new UnsafeArchiveError(`refused: entries '${before.entry.fileName}' and '${after.entry.fileName}' share bytes of the archive (overlapping entries, as in a zip bomb)`);
            }
        }
    }
    finally {
        await handle.close();
    }
}
/** Refuses an archive whose declared contents cannot fit in the free space at `root`. */
async function checkFreeSpace(root, entries) {
    const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    const { bavail, bsize } = await (0,promises_.statfs)(root);
    const free = bavail * bsize;
    if (declared > free) {
        throw new UnsafeArchiveError(`refused: the entries declare ${(0,format/* formatBytes */.z3)(declared)} (${declared} bytes) unpacked, but only ${(0,format/* formatBytes */.z3)(free)} (${free} bytes) is free at ${root}`);
    }
}
/** Writes one entry below `root`; returns the bytes written. */
async function writeEntry(zip, entry, root) {
    const target = external_node_path_.resolve(root, entry.fileName);
    if (entry.fileName.endsWith('/')) {
        await (0,promises_.mkdir)(target, { recursive: true });
        return 0;
    }
    await (0,promises_.mkdir)(external_node_path_.dirname(target), { recursive: true });
    const stream = await openEntry(zip, entry);
    const mode = fileMode(entry);
    // 'wx': never open an existing path, so nothing is written through a link or twice.
    await (0,external_node_stream_promises_.pipeline)(stream, checkCrc(entry), (0,external_node_fs_.createWriteStream)(target, { flags: 'wx', mode })).catch((error) => {
        throw new UnsafeArchiveError(`refused entry '${entry.fileName}': ${error.message}`);
    });
    // The umask may have taken bits away; the mode is exactly one of the two.
    await (0,promises_.chmod)(target, mode);
    return entry.uncompressedSize;
}
/**
 * Extracts a zip into `root` (created, empty), streaming. The whole central directory is read
 * and checked first (names, types, overlaps, free space), so a refused archive writes nothing;
 * an error while writing names the entry, and the caller discards the staging directory.
 */
async function extractZip(archive, root) {
    const resolvedRoot = external_node_path_.resolve(root);
    let zip;
    try {
        zip = await openZip(archive);
    }
    catch (error) {
        throw new UnsafeArchiveError(`not a readable zip archive: ${error.message}`);
    }
    try {
        const entries = await readEntries(zip, resolvedRoot);
        await checkNoOverlap(archive, entries);
        await (0,promises_.mkdir)(resolvedRoot, { recursive: true });
        await checkFreeSpace(resolvedRoot, entries);
        let files = 0;
        let bytes = 0;
        for (const entry of entries) {
            bytes += await writeEntry(zip, entry, resolvedRoot);
            if (!entry.fileName.endsWith('/'))
                files++;
        }
        return { files, bytes };
    }
    catch (error) {
        throw error instanceof UnsafeArchiveError
            ? error
            : new UnsafeArchiveError(`refused: ${error.message}`);
    }
    finally {
        zip.close();
    }
}

;// CONCATENATED MODULE: ./src/archive/place.ts



/**
 * A staging directory inside `root`, so that the final moves are renames on one filesystem:
 * a file appears at its destination whole or not at all.
 */
async function createStaging(root) {
    await (0,promises_.mkdir)(root, { recursive: true });
    return (0,promises_.mkdtemp)(external_node_path_.join(root, '.artifact-ops-'));
}
async function removeStaging(dir) {
    await (0,promises_.rm)(dir, { recursive: true, force: true });
}
/** Refuses any path that is not `root` or below it, whatever produced it. */
function assertInside(root, target) {
    const relative = external_node_path_.relative(root, target);
    if (relative.startsWith('..') || external_node_path_.isAbsolute(relative)) {
        throw new Error(`${target} is outside the destination ${root}; not writing there`);
    }
}
/**
 * Makes `dir` (inside `root`) a real directory, refusing to pass through a symbolic link on the
 * way: a link placed in the destination beforehand must not carry files elsewhere.
 */
async function ensureDirectory(root, dir) {
    assertInside(root, dir);
    const relative = external_node_path_.relative(root, dir);
    let current = root;
    for (const part of relative === '' ? [] : relative.split(external_node_path_.sep)) {
        current = external_node_path_.join(current, part);
        let stat = await (0,promises_.lstat)(current).catch(() => undefined);
        if (stat === undefined) {
            // Another artifact unpacking into the same tree at once may create it first.
            const made = await (0,promises_.mkdir)(current).then(() => true, (error) => {
                if (error.code !== 'EEXIST')
                    throw error;
                return false;
            });
            if (!made)
                stat = await (0,promises_.lstat)(current);
        }
        if (stat !== undefined && (stat.isSymbolicLink() || !stat.isDirectory())) {
            throw new Error(`${current} exists and is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a directory'}; not writing through it`);
        }
    }
}
/** Why `stat` (of what is at `target`) cannot take a file, or undefined when a file can replace it. */
function describeBlocker(stat) {
    if (stat.isSymbolicLink())
        return 'a symbolic link';
    if (stat.isDirectory())
        return 'a directory';
    return stat.isFile() ? undefined : 'not a regular file';
}
/**
 * Checks every target before the first move, so that a tree is placed whole or not at all:
 * each directory on the way must be absent or a real directory (not a link, not a file), each
 * file's place absent or a regular file, and with `overwrite: false` absent. Returns the
 * targets where a file already is. The moves check again, for what changes in between.
 */
async function checkTargets(root, moves, overwrite) {
    const directories = new Map([[root, true]]);
    const directoryExists = async (dir) => {
        const known = directories.get(dir);
        if (known !== undefined)
            return known;
        assertInside(root, dir);
        let exists = await directoryExists(external_node_path_.dirname(dir));
        if (exists) {
            const stat = await (0,promises_.lstat)(dir).catch(() => undefined);
            if (stat !== undefined && (stat.isSymbolicLink() || !stat.isDirectory())) {
                throw new Error(`${dir} exists and is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a directory'}; not writing through it`);
            }
            exists = stat !== undefined;
        }
        directories.set(dir, exists);
        return exists;
    };
    const existing = [];
    for (const { target, directory } of moves) {
        if (directory) {
            await directoryExists(target);
            continue;
        }
        assertInside(root, target);
        if (!(await directoryExists(external_node_path_.dirname(target))))
            continue;
        const stat = await (0,promises_.lstat)(target).catch(() => undefined);
        if (stat === undefined)
            continue;
        const blocker = describeBlocker(stat);
        if (blocker !== undefined) {
            throw new Error(`${target} exists and is ${blocker}; not replacing it`);
        }
        existing.push(target);
    }
    if (!overwrite && existing.length > 0) {
        throw new Error(`${existing.length} file(s) already exist in the destination and 'overwrite' is false: ${(0,format/* formatFirst */._w)(existing)}`);
    }
    return existing;
}
/** Moves one finished file to `target` (inside `root`), replacing a file already there. */
async function moveFile(root, file, target) {
    await ensureDirectory(root, external_node_path_.dirname(target));
    const existing = await (0,promises_.lstat)(target).catch(() => undefined);
    const blocker = existing === undefined ? undefined : describeBlocker(existing);
    if (blocker !== undefined)
        throw new Error(`${target} exists and is ${blocker}; not replacing it`);
    await (0,promises_.rename)(file, target);
}
/** Moves one finished file to `target` (inside `root`) after the checks of `placeTree`. */
async function placeFile(root, file, target, options = {}) {
    const replaced = await checkTargets(root, [{ target, directory: false }], options.overwrite ?? true);
    await moveFile(root, file, target);
    return { files: [target], replaced };
}
/** Every directory and file of the staged tree `from` with its target under `to`, parents first. */
async function planTree(from, to) {
    const moves = [{ source: from, target: to, directory: true }];
    for (const entry of await (0,promises_.readdir)(from, { withFileTypes: true })) {
        const source = external_node_path_.join(from, entry.name);
        const target = external_node_path_.join(to, entry.name);
        if (entry.isDirectory())
            moves.push(...(await planTree(source, target)));
        else
            moves.push({ source, target, directory: false });
    }
    return moves;
}
/**
 * Moves every file of the staged tree `from` into `to` (inside `root`), keeping the layout and
 * its empty directories. Every target is checked before the first move (see checkTargets).
 */
async function placeTree(root, from, to, options = {}) {
    const moves = await planTree(from, to);
    const replaced = await checkTargets(root, moves, options.overwrite ?? true);
    const files = [];
    for (const { source, target, directory } of moves) {
        if (directory) {
            await ensureDirectory(root, target);
        }
        else {
            await moveFile(root, source, target);
            files.push(target);
        }
    }
    return { files, replaced };
}

// EXTERNAL MODULE: ./src/github/artifacts.ts
var artifacts = __webpack_require__(4616);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/shared/errors.ts
var shared_errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/progress.ts
var progress = __webpack_require__(1378);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/shared/retry.ts

/** A failure worth another attempt. */
class RetryableError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'RetryableError';
    }
}
/**
 * Runs `attempt` until it succeeds, throws anything but a RetryableError, or runs out of
 * attempts. The API's requests are retried by Octokit's retry plugin; this serves what Octokit
 * does not send (the archive transfers, each of which needs a fresh signed URL per attempt).
 */
async function withRetries(options, attempt) {
    const attempts = Math.max(1, options.attempts);
    let last;
    for (let number = 1; number <= attempts; number++) {
        if (last !== undefined) {
            const waitMs = options.backoffMs * 2 ** (number - 2);
            options.onRetry?.(number, waitMs, last.message);
            await (0,external_node_timers_promises_.setTimeout)(waitMs, undefined, { signal: options.signal });
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
/** Every attempt failed. */
class GaveUpError extends Error {
    constructor(attempts, last) {
        super(`gave up after ${attempts} attempts; the last: ${last.message}`, { cause: last });
        this.name = 'GaveUpError';
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/shared/redact.ts
var redact = __webpack_require__(8932);
;// CONCATENATED MODULE: ./src/operations/download/transfer.ts








/** A transfer that cannot succeed by trying again. */
class TransferError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TransferError';
    }
}
/** Redirects followed from the signed URL (storage may hand on once or twice). */
const MAX_REDIRECTS = 5;
/** The default minimum rate: under 64 KiB a minute (about 1 KiB/s) is not a working transfer. */
const MIN_RATE = { bytes: 64 * 1024, windowMs: 60_000 };
/**
 * Bytes an archive may run past its `size_in_bytes` before the transfer is cut: a little slack
 * for a server whose listing rounds or lags its storage, never enough to fill a disk. An archive
 * whose size differs at all still fails unless its digest matches (see the download step).
 */
const ARCHIVE_SIZE_MARGIN = 64 * 1024;
/**
 * Refuses an archive URL whose scheme is not https (or http, when allowed): a Location such as
 * `file:///etc/passwd` or `ftp://…` from a storage answer is not followed.
 */
function checkArchiveUrl(url, allowHttp) {
    if (url.protocol === 'https:' || (allowHttp && url.protocol === 'http:'))
        return;
    throw new TransferError(`refusing to fetch the archive from a ${url.protocol} URL${url.host ? ` on ${url.host}` : ''}: only https${allowHttp ? ' or http' : ''} is followed`);
}
/** The URL without its query: signed URLs carry their credentials there. */
function redactUrl(url) {
    return (0,redact/* printableUrl */.Z)(url);
}
/**
 * An error message with the URL's query taken out wherever it appears: some errors quote the
 * request path (with the query, percent-encoded or not), and a signed URL's query is its
 * credential.
 */
function redactMessage(message, url) {
    let decoded = url.search;
    try {
        decoded = decodeURIComponent(url.search);
    }
    catch {
        // A malformed escape: the encoded form is all a message can quote.
    }
    const queries = [url.search, decoded].filter(q => q.length > 1);
    let redacted = message;
    for (const query of queries)
        redacted = redacted.split(query).join('?[redacted]');
    return (0,redact/* redactUrls */.s)(redacted);
}
function describeFailure(error, stallMs) {
    if (error instanceof undici.errors.BodyTimeoutError)
        return `no data for ${stallMs / 1000} s`;
    return error.message;
}
/**
 * Streams one signed URL to a file while hashing it. No Authorization header is ever sent: the
 * token never reaches the storage host (which would refuse it anyway). The runner's proxy
 * settings are honoured through http-client's dispatcher. Failures worth a fresh URL throw
 * RetryableError; a short read is never reported as success.
 */
async function transferToFile(start, options) {
    const stallMs = options.stallMs ?? 30_000;
    const minRate = options.minRate ?? MIN_RATE;
    const maxBytes = options.maxBytes ?? Number.MAX_SAFE_INTEGER;
    let url = start;
    for (let hop = 0;; hop++) {
        checkArchiveUrl(url, options.allowHttp ?? false);
        let response;
        try {
            response = await (0,undici.request)(url, {
                method: 'GET',
                headers: { 'user-agent': 'artifact-ops' },
                dispatcher: new lib/* HttpClient */.Qq('artifact-ops').getAgentDispatcher(url.toString()),
                signal: options.signal,
                headersTimeout: stallMs,
                bodyTimeout: stallMs
            });
        }
        catch (error) {
            if (options.signal?.aborted)
                throw error;
            throw new RetryableError(error instanceof undici.errors.HeadersTimeoutError
                ? `no answer from ${redactUrl(url)} within ${stallMs / 1000} s`
                : `no answer from ${redactUrl(url)}: ${redactMessage(error.message, url)}`);
        }
        const status = response.statusCode;
        if (status >= 300 && status < 400 && response.headers['location'] !== undefined) {
            response.body.resume();
            if (hop >= MAX_REDIRECTS)
                throw new TransferError(`too many redirects from ${redactUrl(start)}`);
            url = new URL(String(response.headers['location']), url);
            continue;
        }
        if (status !== 200) {
            response.body.resume();
            const reason = `${redactUrl(url)} answered ${status}`;
            // 403 is what storage says of an expired signature: a fresh URL may work.
            if (status >= 500 || status === 403 || status === 408 || status === 429) {
                throw new RetryableError(reason);
            }
            throw new TransferError(reason);
        }
        const lengthHeader = response.headers['content-length'];
        const total = lengthHeader !== undefined ? Number(lengthHeader) : undefined;
        if (total !== undefined && total > maxBytes) {
            // Closed unread: a body announced this large is not worth reading to keep the connection.
            response.body.on('error', () => undefined).destroy();
            throw new TransferError(`${redactUrl(url)} announces ${total} bytes, more than the ${maxBytes} the artifact may have; refused`);
        }
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let bytes = 0;
        const meter = new external_node_stream_.Transform({
            transform(chunk, _encoding, callback) {
                if (bytes + chunk.length > maxBytes) {
                    callback(new TransferError(`${redactUrl(url)} sent more than the ${maxBytes} bytes the artifact may have; cut`));
                    return;
                }
                hash.update(chunk);
                bytes += chunk.length;
                options.onProgress?.(bytes, total);
                callback(null, chunk);
            }
        });
        const slow = new AbortController();
        let windowStart = 0;
        const rateCheck = setInterval(() => {
            if (bytes - windowStart < minRate.bytes) {
                slow.abort(new RetryableError(`transfer from ${redactUrl(url)} slower than ${minRate.bytes} bytes in ${minRate.windowMs / 1000} s (${bytes - windowStart} bytes arrived); given up`));
            }
            windowStart = bytes;
        }, minRate.windowMs);
        try {
            await (0,external_node_stream_promises_.pipeline)(response.body, meter, (0,external_node_fs_.createWriteStream)(options.file), {
                signal: options.signal === undefined
                    ? slow.signal
                    : AbortSignal.any([options.signal, slow.signal])
            });
        }
        catch (error) {
            if (options.signal?.aborted)
                throw error;
            if (error instanceof TransferError)
                throw error;
            if (slow.signal.aborted)
                throw slow.signal.reason;
            throw new RetryableError(`transfer from ${redactUrl(url)} broke after ${bytes} bytes: ${redactMessage(describeFailure(error, stallMs), url)}`);
        }
        finally {
            clearInterval(rateCheck);
        }
        // A connection that closes early can end the stream without an error: count the bytes.
        if (total !== undefined && bytes !== total) {
            throw new RetryableError(`transfer from ${redactUrl(url)} ended after ${bytes} of ${total} bytes`);
        }
        return { bytes, sha256: hash.digest('hex'), source: redactUrl(url) };
    }
}

;// CONCATENATED MODULE: ./src/operations/download/step.ts












/**
 * An artifact name becomes a directory or file name under `path` (`path/<name>/`,
 * `<name>.zip`, or the file of an artifact uploaded unarchived). GitHub refuses such names at
 * upload, but a listing is data from elsewhere: one that is not a plain path segment could write
 * outside the destination, and one that names `.git` would replace a checkout's configuration
 * (see archive/names.ts); both are refused.
 */
function checkNameIsSegment(name, use) {
    if (name === '' || name === '.' || name === '..' || /[/\\]/.test(name) || name.includes('\0')) {
        throw new Error(`Artifact name '${name}' cannot be used as ${use} under 'path': it is not a plain file name.`);
    }
    if (isDotGit(name)) {
        throw new Error(`Artifact name '${name}' cannot be used as ${use} under 'path': git would read it as the checkout's own '.git'.`);
    }
}
/**
 * A size other than the listing's is trusted only when the digest vouches for the bytes: without
 * one (or with a mismatch that digest-mismatch lets through), a proxy's HTML or JSON error page
 * served with 200 would otherwise be saved as the artifact.
 */
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
/**
 * Downloads one artifact: a fresh URL per attempt → transfer into a staging directory inside
 * the destination → digest check → unpack → move into place → delete-after. Nothing lands
 * unless it is complete and verified; the staging directory is removed whatever happens.
 */
async function downloadArtifact(context, artifact) {
    const { client, log, settings, options } = context;
    const reported = (0,report_report/* toReported */.J)(artifact);
    const label = `'${artifact.name}' (id ${artifact.id})`;
    const details = [];
    const started = Date.now();
    let expired = false;
    const root = settings.path;
    const staging = await createStaging(root);
    try {
        const archive = external_node_path_.join(staging, 'archive');
        const progressDue = (0,progress/* progressClock */.G)(options.progressEveryMs ?? 5000);
        const { value: transfer, attempts } = await withRetries({
            attempts: options.attempts ?? 4,
            backoffMs: options.backoffMs ?? 1000,
            signal: context.signal,
            onRetry: (attempt, _wait, reason) => log.info(`${label}: retrying (attempt ${attempt}): ${reason}`)
        }, 
        // The signed URLs expire after a minute: every attempt asks for a fresh one.
        async () => transferToFile(await (0,artifacts/* getDownloadUrl */.y_)(client, context.owner, context.repo, artifact), {
            file: archive,
            stallMs: options.stallMs,
            minRate: options.minRate,
            maxBytes: artifact.size_in_bytes + ARCHIVE_SIZE_MARGIN,
            allowHttp: new URL(client.apiUrl).protocol === 'http:',
            signal: context.signal,
            onProgress: (received, total) => {
                if (!progressDue())
                    return;
                const rate = received / Math.max(0.001, (Date.now() - started) / 1000);
                const percent = total ? ` (${Math.floor((received / total) * 100)}%)` : '';
                log.info(`${label}: ${(0,format/* formatBytes */.z3)(received)}${total ? ` of ${(0,format/* formatBytes */.z3)(total)}` : ''}${percent}, ${(0,format/* formatBytes */.z3)(rate)}/s`);
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
        const target = context.targetOf(artifact);
        const zip = await isZipFile(archive);
        const place = { overwrite: settings.overwrite };
        let placed;
        if (settings.skipDecompress || !zip) {
            // Kept as downloaded: a zip under the artifact's name, or an artifact uploaded unarchived
            // saved as the single file it is.
            checkNameIsSegment(artifact.name, 'a file name');
            // An archive kept as it is goes to `path/<name>.zip`, however many there are.
            const file = zip
                ? external_node_path_.join(settings.path, `${artifact.name}.zip`)
                : external_node_path_.join(target, artifact.name);
            placed = await context.placements.place(artifact, () => placeFile(root, archive, file, place));
            reported.path = file;
            details.push(`Saved ${zip ? 'the archive' : 'the file (not a zip)'} as ${file}`);
        }
        else {
            const unpacking = Date.now();
            const unpacked = external_node_path_.join(staging, 'out');
            const extracted = await extractZip(archive, unpacked);
            placed = await context.placements.place(artifact, () => placeTree(root, unpacked, target, place));
            reported.path = target;
            details.push(`Unpacked ${extracted.files} file(s), ${(0,format/* formatBytes */.z3)(extracted.bytes)}, into ${target} in ${(0,format/* formatSeconds */.Xo)(Date.now() - unpacking)}`);
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
        expired = errors/* ApiError */.h.hasStatus(error, 410);
        reported.error = expired ? 'expired (410 Gone)' : (0,shared_errors/* messageOf */.b)(error);
        reported.seconds ??= (Date.now() - started) / 1000;
        details.push(`Failed: ${reported.error}`);
    }
    finally {
        await removeStaging(staging);
    }
    const outcome = reported.error === undefined
        ? 'Downloaded'
        : reported.deleted === false
            ? 'Downloaded, but not deleted,'
            : 'Failed';
    log.group(`${outcome} ${label}, ${(0,format/* formatBytes */.z3)(artifact.size_in_bytes)}, in ${(0,format/* formatSeconds */.Xo)((reported.seconds ?? 0) * 1000)}`, details);
    return { reported, expired };
}

;// CONCATENATED MODULE: ./src/operations/download/stale-staging.ts


/** The name every staging directory starts with (createStaging in src/archive/place.ts). */
const STAGING_PREFIX = '.artifact-ops-';
/**
 * A staging directory untouched this long belongs to no running download: a transfer writes to
 * it at least once a minute (the minimum-rate rule), and one still unpacking is much younger.
 */
const STALE_STAGING_MS = 60 * 60 * 1000;
/**
 * Removes the staging directories a killed run (SIGKILL skips every `finally`) left directly in
 * `root`, when older than STALE_STAGING_MS. A symbolic link of that name is left alone: only
 * real directories this action made are removed. Returns the names removed.
 */
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
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        removed.push(entry.name);
        log.info(`Removed ${dir}, left by a download that was killed over an hour ago`);
    }
    return removed;
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/operations/download/summary.ts



function downloadSummary(artifacts) {
    return {
        title: 'Artifacts downloaded',
        totals: `${(0,format/* formatCount */.B4)(artifacts.length)} artifact(s) selected, ${(0,format/* formatBytes */.z3)((0,bytes/* totalBytes */.o)(artifacts))}.`,
        notes: [],
        table: {
            columns: [...summary/* ARTIFACT_COLUMNS */.dV, 'Digest', 'Time', 'Rate'],
            rows: artifacts.map(a => {
                const seconds = a.seconds ?? 0;
                return [
                    ...(0,summary/* artifactCells */.Uf)(a),
                    a.error !== undefined ? `failed: ${a.error}` : (a.digest_check ?? '—'),
                    a.seconds !== undefined ? (0,format/* formatSeconds */.Xo)(seconds * 1000) : '—',
                    seconds > 0 ? `${(0,format/* formatBytes */.z3)(a.size_in_bytes / seconds)}/s` : '—'
                ];
            })
        }
    };
}

;// CONCATENATED MODULE: ./src/operations/download/index.ts














const DOWNLOAD_CONCURRENCY = 4;
/**
 * Whether artifacts go into `path` itself rather than `path/<name>/`: one artifact chosen by exact
 * name or by id, or all of them with merge-multiple, as actions/download-artifact (v5 and later)
 * does.
 */
function intoPathItself(settings) {
    const { names, artifactIds } = settings.selection;
    return names.length === 1 || artifactIds.length === 1 || settings.download.mergeMultiple;
}
/** Refuses, before any transfer, names that would become unsafe paths or collide. */
function download_checkTargets(settings, selected) {
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
/**
 * Downloads the selection: with `run-id` that run's artifacts, otherwise the newest non-expired
 * artifact of each matching name (the cross-workflow fetch). Each archive is streamed to a
 * staging directory inside `path`, hashed, checked against its digest, unpacked there, and only
 * then moved into place.
 */
async function runDownload({ client, log, signal }, settings, options = {}) {
    const { selection, download } = settings;
    const query = (0,core_query/* queryFrom */.F)(settings, selection, 'commit');
    const criteria = (0,core_criteria/* criteriaFrom */.Y)(selection, {
        limitFrom: 'newest',
        excludeExpired: true,
        // The step's own run made its artifacts with the code that is running now: nothing to
        // distrust there that the job itself does not already run.
        excludeForks: !download.allowForks &&
            !(selection.runId !== undefined && selection.runId === download.ownRunId),
        // Explicit ids are taken as given; otherwise the newest of each name: across the repository
        // (the cross-workflow fetch), or within run-id's run (a re-run attempt may upload a name
        // again).
        newestPerName: selection.artifactIds.length === 0
    });
    const found = await (0,list_and_select/* listAndSelect */.A)(client, query, criteria, log);
    if (found.forks.length > 0) {
        log.warn(`Skipped ${found.forks.length} artifact(s) made by runs from forks (${found.forks
            .slice(0, 10)
            .map(a => `'${a.name}' id ${a.id}`)
            .join(', ')}): anyone who opens a pull request can write those. Set 'allow-forks: true' to take them.`);
    }
    for (const artifact of found.unknownOrigin) {
        log.warn(`Skipped '${artifact.name}' (id ${artifact.id}): neither the listing nor its workflow run says which repository the run came from, so it may be a fork's; it is treated like one. Set 'allow-forks: true' to take it.`);
    }
    const finish = (artifacts, failure) => ({
        artifacts,
        outputs: { [inputs/* Outputs */.tY.DownloadPath]: download.path },
        summary: downloadSummary(artifacts),
        failure,
        downloadPath: download.path
    });
    const nothingFound = async () => {
        (0,nothing_found/* applyNotFoundMode */.z)(settings.ifNoArtifactFound, await (0,list_and_select/* describeNothingFound */.Z)(client, query, { ...found, selected: [] }, selection.names), log);
        return finish([]);
    };
    if (found.selected.length === 0)
        return nothingFound();
    download_checkTargets(settings, found.selected);
    if (download.dryRun) {
        const note = `Dry run: ${found.selected.length} artifact(s), ${(0,format/* formatBytes */.z3)((0,bytes/* totalBytes */.o)(found.selected))}, would be downloaded to ${download.path}; nothing was.`;
        log.info(note);
        const report = finish(found.selected.map(report_report/* toReported */.J));
        report.summary.title = 'Artifacts to download (dry run)';
        report.summary.notes.push(note);
        return report;
    }
    await removeStaleStaging(download.path, log);
    let saidNoDigest = false;
    const placements = new Placements(download.path, log);
    const concurrency = options.concurrency ?? DOWNLOAD_CONCURRENCY;
    log.info(`Downloading ${found.selected.length} artifact(s), ${(0,format/* formatBytes */.z3)((0,bytes/* totalBytes */.o)(found.selected))}, to ${download.path} (${Math.min(concurrency, found.selected.length)} at a time)`);
    const outcomes = await mapPool(found.selected, concurrency, artifact => downloadArtifact({
        client,
        log,
        signal,
        owner: settings.owner,
        repo: settings.repo,
        settings: download,
        options,
        targetOf: a => intoPathItself(settings) ? download.path : external_node_path_.join(download.path, a.name),
        placements,
        noteNoDigest: () => {
            if (saidNoDigest)
                return;
            saidNoDigest = true;
            log.info('The server gives no digest for some artifacts (older artifacts, or GitHub Enterprise Server): their integrity cannot be checked; the computed sha256 is in the artifacts output.');
        }
    }, artifact));
    const expired = outcomes.filter(o => o.expired).map(o => o.reported);
    const artifacts = outcomes.filter(o => !o.expired).map(o => o.reported);
    if (expired.length > 0) {
        log.warn(`Skipped ${expired.length} artifact(s) that expired since they were listed: ${expired.map(a => `'${a.name}' id ${a.id}`).join(', ')}`);
        if (artifacts.length === 0)
            return nothingFound();
    }
    const failed = artifacts.filter(a => a.error !== undefined);
    if (signal.aborted) {
        return finish(artifacts, `Cancelled: ${artifacts.length - failed.length} of ${found.selected.length} artifact(s) downloaded before the runner cancelled the step.`);
    }
    // An artifact downloaded but not deleted (delete-after) is said so, not called a failed download.
    const undeleted = failed.filter(a => a.deleted === false);
    const broken = failed.filter(a => a.deleted !== false);
    const headlines = [
        ...(broken.length > 0
            ? [
                `${broken.length} of ${artifacts.length} artifact(s) failed to download: ${(0,report_report/* describeFailures */.n)(broken)}`
            ]
            : []),
        ...(undeleted.length > 0
            ? [
                `${undeleted.length} of ${artifacts.length} artifact(s) downloaded, but not deleted: ${(0,report_report/* describeFailures */.n)(undeleted)}`
            ]
            : [])
    ];
    return finish(artifacts, headlines.length > 0 ? headlines.join(' ') : undefined);
}


/***/ })

};

//# sourceMappingURL=450.index.js.map