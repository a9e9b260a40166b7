export const id = 37;
export const ids = [37];
export const modules = {

/***/ 4150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ criteriaFrom)
/* harmony export */ });
/**
 * The client-side filters of a selection, before any lookup (pull request, workflow). Rules not
 * given are off: nothing left out for being expired or from a fork, every artifact of a name.
 */
function criteriaFrom(selection, rules) {
    return {
        names: selection.names,
        patterns: selection.patterns,
        artifactIds: selection.artifactIds,
        runId: selection.runId,
        branch: selection.branch,
        commit: selection.commit,
        olderThan: selection.olderThan,
        newerThan: selection.newerThan,
        keepLatest: selection.keepLatest,
        limit: selection.limit,
        excludeExpired: false,
        excludeForks: false,
        newestPerName: false,
        ...rules
    };
}


/***/ }),

/***/ 6417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ listAndSelect)
});

// EXTERNAL MODULE: ./src/github/artifacts.ts
var github_artifacts = __webpack_require__(4616);
// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __webpack_require__(7428);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/listing.ts
var listing = __webpack_require__(8011);
;// CONCATENATED MODULE: ./src/github/runs.ts



/** The ids of a workflow's runs, filtered by the server (conclusion, event, branch). */
async function listWorkflowRunIds(client, query) {
    const ids = new Set();
    const filters = {
        owner: query.owner,
        repo: query.repo,
        per_page: inputs/* PER_PAGE */.EK,
        ...(query.conclusion !== undefined ? { status: query.conclusion } : {}),
        ...(query.event !== undefined ? { event: query.event } : {}),
        ...(query.branch !== undefined ? { branch: query.branch } : {}),
        ...(query.headSha !== undefined ? { head_sha: query.headSha } : {})
    };
    // Without a workflow: the runs of every workflow, through the repository's run listing.
    const { workflow } = query;
    const pages = (0,listing/* readListing */.vS)(client, {
        route: workflow === undefined
            ? 'GET /repos/{owner}/{repo}/actions/runs'
            : 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
        params: workflow === undefined
            ? filters
            : { ...filters, workflow_id: /^\d+$/.test(workflow) ? Number(workflow) : workflow },
        key: 'workflow_runs',
        checkItem: () => undefined
    });
    try {
        for await (const page of pages) {
            for (const run of page.items)
                ids.add(run.id);
        }
    }
    catch (error) {
        (0,errors/* asApiError */.z)({
            repository: `${query.owner}/${query.repo}`,
            permission: 'actions: read',
            action: query.workflow === undefined
                ? 'list workflow runs'
                : `list the runs of workflow '${query.workflow}'`
        })(error);
    }
    return ids;
}
const idOf = (value) => {
    const id = value?.id;
    return typeof id === 'number' && Number.isSafeInteger(id) ? id : undefined;
};
/** Reads one run's repositories; undefined fields where the answer does not say. */
async function getRunRepositories(client, owner, repo, runId) {
    const { data } = await client.octokit.rest.actions
        .getWorkflowRun({ owner, repo, run_id: runId })
        .catch((0,errors/* asApiError */.z)({
        repository: `${owner}/${repo}`,
        permission: 'actions: read',
        action: `read workflow run ${runId}`
    }));
    const run = data;
    return { repositoryId: idOf(run?.repository), headRepositoryId: idOf(run?.head_repository) };
}
async function getPullHead(client, owner, repo, pullNumber) {
    const { data } = await client.octokit.rest.pulls
        .get({ owner, repo, pull_number: pullNumber })
        .catch((0,errors/* asApiError */.z)({
        repository: `${owner}/${repo}`,
        permission: 'pull-requests: read',
        action: `read pull request #${pullNumber}`
    }));
    return { ref: data.head.ref, sha: data.head.sha, repositoryId: data.head.repo?.id };
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/shared/progress.ts
var progress = __webpack_require__(1378);
// EXTERNAL MODULE: ./src/core/select.ts
var core_select = __webpack_require__(3295);
;// CONCATENATED MODULE: ./src/core/patterns.ts

/** Marks of a regular expression that a glob never needs: anchors, escapes, `.*`, groups. */
const REGEX_MARKS = /^\^|\$$|\\[dDwWsSb.]|\.\*|\.\+|\(.*\|.*\)|\[[^\]]*\][*+]/;
/** True when a pattern reads like a regular expression rather than a glob. */
function looksLikeRegex(pattern) {
    return REGEX_MARKS.test(pattern);
}
/**
 * The glob a regular expression most likely meant, where that is obvious (anchors dropped,
 * `.*` as `*`, `.` as `?`, `\.` as `.`, `(a|b)` as `{a,b}`); undefined where it is not.
 */
function globFromRegex(pattern) {
    let glob = pattern.replace(/^\^/, '').replace(/\$$/, '');
    const anchoredStart = pattern.startsWith('^');
    const anchoredEnd = pattern.endsWith('$');
    glob = glob
        .replace(/\.\*/g, '*')
        .replace(/\.\+/g, '?*')
        .replace(/\((\w+(?:\|\w+)+)\)/g, (_, alternatives) => `{${alternatives.split('|').join(',')}}`)
        // An escaped dot is a dot; any other dot is one character.
        .split('\\.')
        .map(part => part.replace(/\./g, '?'))
        .join('.');
    if (/[\\()|^$+]/.test(glob))
        return undefined;
    // An unanchored regular expression matches anywhere in the name.
    return `${anchoredStart ? '' : '*'}${glob}${anchoredEnd ? '' : '*'}`.replace(/\*{2,}/g, '*');
}
/**
 * Warnings for patterns that matched no name and read like regular expressions: patterns are
 * globs, and a cleanup that silently matches nothing forever is a failure nobody sees.
 */
function regexPatternWarnings(patterns, names) {
    const listed = [...names];
    const warnings = [];
    for (const line of patterns) {
        const pattern = line.startsWith('!') ? line.slice(1) : line;
        if (!looksLikeRegex(pattern))
            continue;
        const matches = (0,core_select/* compilePatterns */.xi)([pattern]);
        if (listed.some(matches))
            continue;
        const glob = globFromRegex(pattern);
        warnings.push(`Pattern '${pattern}' matched no artifact name and reads like a regular expression, but patterns are globs (minimatch)${glob === undefined ? '' : `: did you mean '${glob}'?`}`);
    }
    return warnings;
}

;// CONCATENATED MODULE: ./src/core/provenance.ts



/**
 * Completes what the listing leaves out about where each candidate's run came from (older
 * servers send no `workflow_run`, or one without `head_repository_id`), by asking the run:
 * `GET /repos/{o}/{r}/actions/runs/{id}`, once per run. Only artifacts that pass the other
 * filters are looked up. A run the server no longer knows (404) stays unknown; selection then
 * leaves its artifacts out as it does a fork's (fails closed).
 */
async function completeOrigins(client, repository, artifacts, criteria) {
    // A run's own listing names its run even where the artifact does not.
    const withRun = artifacts.map(artifact => repository.runId !== undefined && artifact.workflow_run?.id == null
        ? { ...artifact, workflow_run: { ...artifact.workflow_run, id: repository.runId } }
        : artifact);
    const unknown = new Set((0,core_select/* filterArtifacts */.Gp)(withRun, criteria).filter(core_select/* hasUnknownOrigin */.d2));
    if (unknown.size === 0)
        return withRun;
    // One request per run, one at a time: the answers are small and the runs few.
    const runs = new Map();
    const completed = [];
    for (const artifact of withRun) {
        const runId = artifact.workflow_run?.id;
        if (!unknown.has(artifact) || runId == null) {
            completed.push(artifact);
            continue;
        }
        let found = runs.get(runId);
        if (found === undefined) {
            found = await getRunRepositories(client, repository.owner, repository.repo, runId).catch((error) => {
                if (errors/* ApiError */.h.hasStatus(error, 404))
                    return {};
                throw error;
            });
            runs.set(runId, found);
        }
        completed.push({
            ...artifact,
            workflow_run: {
                ...artifact.workflow_run,
                repository_id: artifact.workflow_run?.repository_id ?? found.repositoryId,
                head_repository_id: artifact.workflow_run?.head_repository_id ?? found.headRepositoryId
            }
        });
    }
    return completed;
}

// EXTERNAL MODULE: ./src/core/query.ts
var core_query = __webpack_require__(363);
;// CONCATENATED MODULE: ./src/core/list-and-select.ts








/** Milliseconds between progress lines of a long listing. */
const PROGRESS_EVERY_MS = 5000;
/** Adds what the query's lookups (pull request, workflow) learn from the API to the criteria. */
async function resolveLookups(client, query, criteria, log) {
    const resolved = { ...criteria };
    if (query.pullRequest !== undefined) {
        const { number, means } = query.pullRequest;
        const pull = await getPullHead(client, query.owner, query.repo, number);
        log.info(`Pull request #${number}: head ${pull.ref} at ${pull.sha.slice(0, 7)}`);
        if (means === 'commit') {
            resolved.commit = pull.sha;
        }
        else {
            resolved.branch = pull.ref;
            resolved.headRepositoryId = pull.repositoryId;
        }
    }
    if (query.runs !== undefined) {
        const { workflow, conclusion, event } = query.runs;
        const runIds = await listWorkflowRunIds(client, {
            owner: query.owner,
            repo: query.repo,
            workflow,
            conclusion,
            event,
            branch: resolved.branch,
            // A full sha lets the server narrow the runs; a prefix is matched on the client.
            headSha: resolved.commit?.length === 40 ? resolved.commit : undefined
        });
        log.info(`${workflow === undefined ? 'Runs of every workflow' : `Workflow ${workflow}`}${conclusion ? `, conclusion ${conclusion}` : ''}${event ? `, event ${event}` : ''}: ${runIds.size} matching run(s)`);
        resolved.runIds = runIds;
    }
    return resolved;
}
/**
 * Resolves the query's lookups, lists the artifacts of the repository (or of the run) and
 * selects from the listing. The listing is read to its end unless its newest pages already
 * decide the selection (the newest of each exact name, the `limit` newest: see earlyStopFor);
 * prune's selection never is. The server is asked to filter by name where the query says so;
 * the client filters anyway, since old Enterprise Servers ignore `?name=`.
 */
async function listAndSelect(client, query, criteria, log, progressEveryMs = PROGRESS_EVERY_MS) {
    const resolved = await resolveLookups(client, query, criteria, log);
    if (resolved.runIds !== undefined && resolved.runIds.size === 0) {
        // No run matches: nothing to list.
        return { ...(0,core_select/* selectArtifacts */.qC)([], resolved), listed: [], pages: 0, complete: true };
    }
    const progressDue = (0,progress/* progressClock */.G)(progressEveryMs);
    const { artifacts, pages, complete } = await (0,github_artifacts/* listArtifacts */.wn)(client, {
        owner: query.owner,
        repo: query.repo,
        runId: query.runId,
        name: query.name,
        stop: (0,core_select/* earlyStopFor */.hh)(resolved),
        onPage: (read, total) => {
            if (!progressDue())
                return;
            log.info(`Listing artifacts: ${(0,format/* formatCount */.B4)(read)}${total ? ` of ${(0,format/* formatCount */.B4)(total)}` : ''} read`);
        }
    });
    log.info(`Listed ${artifacts.length} artifact(s) of ${(0,core_query/* repositoryOf */._)(query)}${query.runId !== undefined ? ` run ${query.runId}` : ''} in ${pages} request(s)${complete ? '' : ': the newest decide the selection, the older ones were not read'}`);
    // A pattern that matched nothing among the newest may match an older name.
    const warnings = complete
        ? regexPatternWarnings(resolved.patterns, new Set(artifacts.map(a => a.name)))
        : [];
    for (const warning of warnings)
        log.warn(warning);
    const withOrigins = resolved.excludeForks
        ? await completeOrigins(client, query, artifacts, resolved)
        : artifacts;
    return { ...(0,core_select/* selectArtifacts */.qC)(withOrigins, resolved), listed: artifacts, pages, complete };
}


/***/ }),

/***/ 8211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ reportNothingFound)
/* harmony export */ });
/* unused harmony export describeNothingFound */
/* harmony import */ var _github_artifacts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4616);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2011);
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(363);



/**
 * An empty selection, as the operation's `if-no-artifact-found` says: throws for `fail`, warns
 * for `warn`, says so for `ignore`; the message names what does exist.
 */
async function reportNothingFound(client, query, listed, names, mode, log) {
    const message = await describeNothingFound(client, query, listed, names);
    if (mode === 'fail')
        throw new Error(message);
    if (mode === 'warn')
        log.warn(message);
    else
        log.info(message);
}
/** `'build' exists, but its 3 artifacts expired between … and ….` for a name only expired. */
function describeExpired(name, artifacts) {
    const times = artifacts
        .map(a => a.expires_at ?? a.created_at)
        .filter((t) => typeof t === 'string' && !Number.isNaN(Date.parse(t)))
        .map(t => (0,_report_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInstant */ .r4)(new Date(t)))
        .sort();
    const when = times.length === 0
        ? ''
        : times[0] === times[times.length - 1]
            ? ` on ${times[0]}`
            : ` between ${times[0]} and ${times[times.length - 1]}`;
    return artifacts.length === 1
        ? `'${name}' exists, but its only artifact expired${when}.`
        : `'${name}' exists, but its ${artifacts.length} artifacts expired${when}.`;
}
/**
 * Why a selection came out empty, naming what does exist so that a typo is easy to see, and
 * saying so when a wanted name exists only as expired artifacts. When the server filtered by a
 * name that matched nothing, one page without the filter shows what is there: one request, on
 * this failure path only.
 */
async function describeNothingFound(client, query, listing, names) {
    let listed = listing;
    if (listed.length === 0 && query.name !== undefined && query.runId === undefined) {
        listed = await (0,_github_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .listArtifactsPage */ .L4)(client, query.owner, query.repo).catch(() => []);
    }
    const expiredOnly = names.flatMap(name => {
        const of = listed.filter(a => a.name === name);
        return of.length > 0 && of.every(a => a.expired) ? [describeExpired(name, of)] : [];
    });
    const all = [...new Set(listed.map(a => a.name))].sort();
    const shown = all.slice(0, 20).map(n => `'${n}'`);
    const existing = all.length === 0
        ? 'The listing was empty.'
        : `Names that exist: ${shown.join(', ')}${all.length > shown.length ? ` and ${all.length - shown.length} more` : ''}.`;
    return [
        `No artifact matched the selection in ${(0,_query_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryOf */ ._)(query)}.`,
        ...(expiredOnly.length > 0 ? expiredOnly : [existing])
    ].join(' ');
}


/***/ }),

/***/ 363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ queryFrom),
/* harmony export */   _: () => (/* binding */ repositoryOf)
/* harmony export */ });
/** The query for a selection: what the API can narrow and the lookups it needs. */
function queryFrom(repository, selection, pullRequestMeans) {
    return {
        owner: repository.owner,
        repo: repository.repo,
        runId: selection.runId,
        name: selection.names.length === 1 ? selection.names[0] : undefined,
        pullRequest: selection.pr === undefined ? undefined : { number: selection.pr, means: pullRequestMeans },
        runs: selection.workflow === undefined &&
            selection.workflowConclusion === undefined &&
            selection.event === undefined
            ? undefined
            : {
                workflow: selection.workflow,
                conclusion: selection.workflowConclusion,
                event: selection.event
            }
    };
}
/** The repository as `owner/name`, for messages. */
function repositoryOf(query) {
    return `${query.owner}/${query.repo}`;
}


/***/ }),

/***/ 3295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ filterArtifacts),
/* harmony export */   a0: () => (/* binding */ compareNewestFirst),
/* harmony export */   d2: () => (/* binding */ hasUnknownOrigin),
/* harmony export */   hh: () => (/* binding */ earlyStopFor),
/* harmony export */   qC: () => (/* binding */ selectArtifacts),
/* harmony export */   xi: () => (/* binding */ compilePatterns)
/* harmony export */ });
/* unused harmony export isFromFork */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1138);

function createdTime(artifact) {
    const time = artifact.created_at ? Date.parse(artifact.created_at) : NaN;
    return Number.isNaN(time) ? -Infinity : time;
}
/** Newest first: by created_at, then by id (ids grow with time; they break ties). */
function compareNewestFirst(a, b) {
    const byTime = createdTime(b) - createdTime(a);
    if (byTime !== 0 && !Number.isNaN(byTime))
        return byTime;
    return b.id - a.id;
}
/** True when the artifact's run came from another repository than the one it ran in. */
function isFromFork(artifact) {
    const run = artifact.workflow_run;
    return (run != null &&
        run.head_repository_id != null &&
        run.repository_id != null &&
        run.head_repository_id !== run.repository_id);
}
/**
 * True when the listing does not say where the artifact's run came from: no run, or a run
 * without its repository or head repository. Such an artifact may be a fork's.
 */
function hasUnknownOrigin(artifact) {
    const run = artifact.workflow_run;
    return run == null || run.head_repository_id == null || run.repository_id == null;
}
/** A matcher for `pattern`: any include (or none given) and no exclude. */
function compilePatterns(patterns) {
    const includes = patterns.filter(p => !p.startsWith('!'));
    const excludes = patterns.filter(p => p.startsWith('!')).map(p => p.slice(1));
    const options = { dot: true, nocomment: true, nonegate: true };
    // Artifact names are not paths: `*` must match every name, even one with a slash (which
    // GitHub refuses at upload, but a listing is still data from elsewhere).
    const flat = (text) => text.replace(/\//g, '\u2215');
    const match = (name, pattern) => (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .minimatch */ .xF)(flat(name), flat(pattern), options);
    return name => (includes.length === 0 || includes.some(p => match(name, p))) &&
        !excludes.some(p => match(name, p));
}
function matchesFilters(criteria, matchPattern) {
    const names = new Set(criteria.names);
    const ids = new Set(criteria.artifactIds);
    return artifact => {
        const run = artifact.workflow_run;
        if (names.size > 0 && !names.has(artifact.name))
            return false;
        if (!matchPattern(artifact.name))
            return false;
        if (ids.size > 0 && !ids.has(artifact.id))
            return false;
        if (criteria.runId !== undefined && run?.id !== criteria.runId)
            return false;
        if (criteria.runIds !== undefined && (run?.id == null || !criteria.runIds.has(run.id)))
            return false;
        if (criteria.branch !== undefined && run?.head_branch !== criteria.branch)
            return false;
        if (criteria.headRepositoryId !== undefined &&
            run?.head_repository_id != null &&
            run.head_repository_id !== criteria.headRepositoryId)
            return false;
        if (criteria.commit !== undefined &&
            !(run?.head_sha ?? '').toLowerCase().startsWith(criteria.commit))
            return false;
        if (criteria.excludeExpired && artifact.expired)
            return false;
        return true;
    };
}
function matchesAge(criteria) {
    return artifact => {
        if (criteria.olderThan === undefined && criteria.newerThan === undefined)
            return true;
        // An artifact without a creation date cannot be said to be older or newer than anything.
        const time = createdTime(artifact);
        if (time === -Infinity)
            return false;
        if (criteria.olderThan !== undefined && !(time < criteria.olderThan.getTime()))
            return false;
        if (criteria.newerThan !== undefined && !(time > criteria.newerThan.getTime()))
            return false;
        return true;
    };
}
/**
 * Selects artifacts in the documented order: the name, pattern, id, run, branch and commit
 * filters; then keep-latest spares the newest N of each name; then the age filters; then limit.
 * Pure: the same artifacts and criteria give the same selection.
 */
function selectArtifacts(artifacts, criteria) {
    const filtered = filterArtifacts(artifacts, criteria).sort(compareNewestFirst);
    const forks = criteria.excludeForks ? filtered.filter(isFromFork) : [];
    // Fails closed: an artifact whose origin is unknown is not trusted as the repository's own.
    const unknownOrigin = criteria.excludeForks ? filtered.filter(hasUnknownOrigin) : [];
    const candidates = criteria.excludeForks
        ? filtered.filter(a => !isFromFork(a) && !hasUnknownOrigin(a))
        : filtered;
    const kept = [];
    const rest = [];
    const seenPerName = new Map();
    for (const artifact of candidates) {
        const seen = seenPerName.get(artifact.name) ?? 0;
        seenPerName.set(artifact.name, seen + 1);
        if (criteria.newestPerName && seen > 0)
            continue;
        if (criteria.keepLatest !== undefined && seen < criteria.keepLatest)
            kept.push(artifact);
        else
            rest.push(artifact);
    }
    const aged = rest.filter(matchesAge(criteria));
    const spared = kept.filter(matchesAge(criteria));
    let selected = aged;
    let overLimit = [];
    if (criteria.limit !== undefined && aged.length > criteria.limit) {
        if (criteria.limitFrom === 'newest') {
            selected = aged.slice(0, criteria.limit);
            overLimit = aged.slice(criteria.limit);
        }
        else {
            selected = aged.slice(aged.length - criteria.limit);
            overLimit = aged.slice(0, aged.length - criteria.limit);
        }
    }
    return { selected, kept, spared, forks, unknownOrigin, overLimit };
}
/** The artifacts that pass the name, pattern, id, run, branch and commit filters. */
function filterArtifacts(artifacts, criteria) {
    return artifacts.filter(matchesFilters(criteria, compilePatterns(criteria.patterns)));
}
/**
 * What tells, while a newest-first listing is read, that the selection is already decided, or
 * undefined where only the whole listing decides it (prune's oldest-first limit, keep-latest,
 * patterns or ids with newest-per-name, no names). Two selections qualify:
 * - the newest of each exact name (download): decided once every name has an artifact that
 *   passes every filter and whose run is known to be the repository's own where forks are left
 *   out (one of unknown origin may still be the answer: it is newer, so it is read, and the
 *   origin lookup and selection decide as before);
 * - the `limit` newest (list): decided once `limit` artifacts pass every filter, age included.
 * The order is checked, not trusted: once an artifact is newer than one before it (created_at,
 * then id, as the selection sorts), no stop comes and the whole listing is read.
 */
function earlyStopFor(criteria) {
    const byName = criteria.newestPerName === true &&
        criteria.names.length > 0 &&
        criteria.patterns.length === 0 &&
        criteria.artifactIds.length === 0 &&
        criteria.keepLatest === undefined;
    const byLimit = !criteria.newestPerName &&
        criteria.limit !== undefined &&
        criteria.limitFrom === 'newest' &&
        criteria.keepLatest === undefined;
    if (!byName && !byLimit)
        return undefined;
    const passes = matchesFilters(criteria, compilePatterns(criteria.patterns));
    const ofAge = matchesAge(criteria);
    const trusted = (artifact) => !criteria.excludeForks || (!isFromFork(artifact) && !hasUnknownOrigin(artifact));
    const missing = new Set(criteria.names);
    let count = 0;
    let previous;
    let ordered = true;
    return {
        get possible() {
            return ordered;
        },
        add(fresh) {
            for (const artifact of fresh) {
                if (previous !== undefined && compareNewestFirst(previous, artifact) > 0)
                    ordered = false;
                previous = artifact;
                if (!passes(artifact) || !trusted(artifact))
                    continue;
                if (byName)
                    missing.delete(artifact.name);
                else if (ofAge(artifact))
                    count++;
            }
            return ordered && (byName ? missing.size === 0 : count >= (criteria.limit ?? Infinity));
        }
    };
}


/***/ }),

/***/ 4616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ deleteArtifact),
/* harmony export */   L4: () => (/* binding */ listArtifactsPage),
/* harmony export */   wn: () => (/* binding */ listArtifacts),
/* harmony export */   y_: () => (/* binding */ getDownloadUrl)
/* harmony export */ });
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7428);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);
/* harmony import */ var _listing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8011);



/**
 * Pages at once while a stop may come: one at a time for the first pages, where a lookup
 * usually ends, so that a stop wastes no request; wider after, since a lookup that has not ended
 * in a few pages is probably reading much of the listing.
 */
function widthWhileStoppable(stop) {
    return pagesRead => !stop.possible
        ? _listing_js__WEBPACK_IMPORTED_MODULE_2__/* .LISTING_CONCURRENCY */ .HE
        : pagesRead < 3
            ? 1
            : pagesRead < 5
                ? 2
                : _listing_js__WEBPACK_IMPORTED_MODULE_2__/* .LISTING_CONCURRENCY */ .HE;
}
const repositoryOf = (request) => `${request.owner}/${request.repo}`;
/** What the action relies on in each listed artifact; the rest may be absent or null. */
function checkArtifact(item) {
    if (typeof item['name'] !== 'string')
        return "without a 'name'";
    const size = item['size_in_bytes'];
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
        return "without a whole 'size_in_bytes'";
    }
    if (typeof item['expired'] !== 'boolean')
        return "without a true or false 'expired'";
    return undefined;
}
/** The artifacts listing of a repository, or of one run. */
function artifactPages(client, request, options = {}) {
    // Octokit leaves out a parameter that is undefined.
    const params = {
        owner: request.owner,
        repo: request.repo,
        per_page: _settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .PER_PAGE */ .EK,
        name: request.name,
        run_id: request.runId
    };
    return (0,_listing_js__WEBPACK_IMPORTED_MODULE_2__/* .readListing */ .vS)(client, {
        route: request.runId === undefined
            ? 'GET /repos/{owner}/{repo}/actions/artifacts'
            : 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
        params,
        key: 'artifacts',
        checkItem: checkArtifact
    }, options);
}
/**
 * Reads a listing, 100 at a time, before anything acts on it (deleting while paging would shift
 * later pages and skip artifacts): every page, or with `stop` the pages up to the one that
 * decides. Pages after the first are read a few at once where the first page says how many
 * there are.
 */
async function listArtifacts(client, request) {
    const artifacts = [];
    const seen = new Set();
    const { stop } = request;
    let pages = 0;
    let complete = true;
    const options = {
        onRequest: () => pages++,
        ...(stop !== undefined ? { concurrency: widthWhileStoppable(stop) } : {})
    };
    try {
        for await (const page of artifactPages(client, request, options)) {
            const fresh = [];
            for (const artifact of page.items) {
                // A listing that shifts while it is read can repeat an artifact across pages.
                if (seen.has(artifact.id))
                    continue;
                seen.add(artifact.id);
                fresh.push(artifact);
            }
            artifacts.push(...fresh);
            request.onPage?.(artifacts.length, page.total);
            if (stop?.add(fresh) === true && page.more) {
                complete = false;
                break;
            }
        }
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .h(error, {
            repository: repositoryOf(request),
            permission: 'actions: read',
            action: request.runId === undefined
                ? 'list artifacts'
                : `list the artifacts of run ${request.runId}`
        });
    }
    return { artifacts, pages, complete };
}
/** The newest page of the repository's artifacts: one request. */
async function listArtifactsPage(client, owner, repo) {
    const pages = artifactPages(client, { owner, repo });
    try {
        const first = await pages.next();
        return first.done === true ? [] : first.value.items;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .h(error, {
            repository: `${owner}/${repo}`,
            permission: 'actions: read',
            action: 'list artifacts'
        });
    }
    finally {
        await pages.return(undefined);
    }
}
/** Deletes one artifact. */
async function deleteArtifact(client, owner, repo, artifact) {
    await client.octokit.rest.actions.deleteArtifact({ owner, repo, artifact_id: artifact.id }).catch((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .asApiError */ .z)({
        repository: `${owner}/${repo}`,
        permission: 'actions: write',
        action: `delete artifact '${artifact.name}' (id ${artifact.id})`
    }));
}
/**
 * Asks for an artifact's short-lived download URL without following the redirect, so that the
 * token is never sent to wherever it points. A relative Location (an Enterprise Server that
 * serves archives from its own host) is resolved against the API URL.
 */
async function getDownloadUrl(client, owner, repo, artifact) {
    const response = await client.octokit.rest.actions
        .downloadArtifact({
        owner,
        repo,
        artifact_id: artifact.id,
        archive_format: 'zip',
        request: { redirect: 'manual' }
    })
        .catch((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .asApiError */ .z)({
        repository: `${owner}/${repo}`,
        permission: 'actions: read',
        action: `get the download URL of artifact '${artifact.name}' (id ${artifact.id})`
    }));
    const location = response.headers['location'];
    if (response.status < 300 || response.status >= 400 || !location) {
        throw new Error(`the download endpoint answered ${response.status} without a redirect to the archive`);
    }
    return new URL(location, `${client.apiUrl}/`);
}


/***/ }),

/***/ 95:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Xx: () => (/* binding */ checkOrigin),
  UU: () => (/* binding */ createClient)
});

// UNUSED EXPORTS: yieldWithoutDelay

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __webpack_require__(7428);
// EXTERNAL MODULE: ./src/shared/logger.ts
var logger = __webpack_require__(4381);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/shared/exchange.ts
var exchange = __webpack_require__(4732);
;// CONCATENATED MODULE: ./src/github/answers.ts




/**
 * Deadlines of 30 s each: a page of 100 artifacts is about 60 KiB and GitHub answers in well
 * under a second, so 30 s is far past any healthy answer and still short enough that three
 * retries end within a few minutes (Node's HTTP client has no deadline of its own).
 */
const ANSWER_LIMITS = {
    headersMs: 30_000,
    bodyMs: 30_000,
    // A page of 100 workflow runs, the largest answer read, is under 1 MiB.
    maxBytes: 16 * 1024 * 1024
};
/**
 * An API answer that broke a limit. `healable` says whether another attempt may do better (a
 * slow server may answer next time; an oversized answer will be oversized again).
 */
class AnswerError extends Error {
    healable;
    constructor(message, healable) {
        super(message);
        this.name = 'AnswerError';
        this.healable = healable;
    }
}
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
/** Redirects an API request follows, each to the API's own origin (see boundedFetch). */
const MAX_REDIRECTS = 5;
const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
/**
 * The answer Octokit is given: the parts of fetch's Response that @octokit/request reads
 * (status, statusText, url, headers iterated and `get`, `text`, `arrayBuffer`), over a body
 * already read. Nothing more: a part Octokit does not read would be untested. (It reads `body`
 * only for a caller that asks for the raw body, which this action never does.)
 */
class Answer {
    status;
    statusText;
    url;
    bytes;
    headers;
    constructor(status, statusText, url, headers, bytes) {
        this.status = status;
        this.statusText = statusText;
        this.url = url;
        this.bytes = bytes;
        this.headers = new AnswerHeaders(headers);
    }
    async text() {
        return new TextDecoder().decode(this.bytes);
    }
    async arrayBuffer() {
        return new Uint8Array(this.bytes).buffer;
    }
}
/** Response headers as fetch's Headers gives them: lower-case names, repeated ones joined. */
class AnswerHeaders {
    entries = new Map();
    constructor(headers) {
        for (const [name, value] of Object.entries(headers)) {
            if (value !== undefined)
                this.entries.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
    }
    get(name) {
        return this.entries.get(name.toLowerCase()) ?? null;
    }
    [Symbol.iterator]() {
        return this.entries[Symbol.iterator]();
    }
}
/**
 * The body decoded as its Content-Encoding says (a server may compress unasked). Through
 * `pipeline`, so that a connection that breaks or is aborted mid-body fails the decoder too.
 * An answer without a body (HEAD, 204, 304, `Content-Length: 0`) is not decoded, as fetch does
 * not: an empty input is not a valid gzip stream.
 */
function decoded(message, method) {
    const decoder = DECODERS[(message.headers['content-encoding'] ?? '').trim().toLowerCase()];
    const bodiless = method === 'HEAD' ||
        NULL_BODY_STATUSES.has(message.statusCode ?? 0) ||
        message.headers['content-length'] === '0';
    return decoder && !bodiless ? (0,external_node_stream_.pipeline)(message, decoder(), () => undefined) : message;
}
const DECODERS = {
    gzip: external_node_zlib_.createGunzip,
    'x-gzip': external_node_zlib_.createGunzip,
    deflate: external_node_zlib_.createInflate,
    br: external_node_zlib_.createBrotliDecompress
};
async function readAtMost(message, method, maxBytes, host) {
    const body = decoded(message, method);
    const chunks = [];
    let total = 0;
    // Leaving the loop early destroys what it reads, and the pipeline the answer with it: a refused
    // body does not keep its connection (as an abort does not, see exchange).
    for await (const chunk of body) {
        total += chunk.length;
        if (total > maxBytes) {
            throw new AnswerError(`the answer from ${host} is larger than ${maxBytes} bytes (counted after decompression); refused`, false);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks, total);
}
/**
 * The fetch Octokit is given, over Node's own HTTP client (not fetch: undici's fetch and its
 * WebAssembly parser cost 20 to 60 ms of every start-up, and the list of a small repository is
 * one request). The runner's proxy settings apply as in @actions/http-client, whose agent it
 * uses. Each attempt has a deadline for the headers and one for the body, and the decoded body
 * is capped (a gzip bomb stops at the cap, not at gigabytes). Redirects are followed to the
 * API's own origin only: the token goes nowhere else. `redirect: 'manual'` (the archive's
 * download URL) gives the 3xx answer as it is.
 */
function boundedFetch(apiUrl, limits) {
    const http = new lib/* HttpClient */.Qq('artifact-ops', [], { keepAlive: true });
    const apiOrigin = new URL(apiUrl).origin;
    const bounded = async (input, init = {}) => {
        let url = new URL(String(input));
        const host = url.host;
        const deadline = new AbortController();
        const signal = init.signal != null ? AbortSignal.any([init.signal, deadline.signal]) : deadline.signal;
        const expire = (message, ms) => setTimeout(() => deadline.abort(new AnswerError(message, true)), ms);
        let timer = expire(`no answer from ${host} in ${seconds(limits.headersMs)}`, limits.headersMs);
        try {
            // Octokit gives its headers as a plain object. (Not `new Headers()`: touching the global
            // fetch, Headers or Response makes Node load and compile its own undici, 20 to 30 ms.)
            const headers = {
                'accept-encoding': 'gzip, deflate, br',
                ...init.headers
            };
            let method = init.method ?? 'GET';
            if (init.body != null && typeof init.body !== 'string') {
                throw new TypeError('artifact-ops sends API request bodies as JSON text only');
            }
            // Stated for every method: Node adds it for POST, PUT and PATCH only, and a DELETE body
            // without it would go out unframed.
            let body = init.body ?? undefined;
            if (body !== undefined)
                headers['content-length'] = Buffer.byteLength(body);
            let message;
            for (let redirects = 0;; redirects++) {
                message = await (0,exchange/* exchange */.c)(url, { method, headers, body, agent: http.getAgent(url.href) }, signal);
                const location = message.headers.location;
                if (init.redirect === 'manual' ||
                    ![301, 302, 303, 307, 308].includes(message.statusCode ?? 0) ||
                    !location)
                    break;
                // A redirect's body is never read: the connection goes with it.
                message.destroy();
                const next = new URL(location, url);
                if (next.origin !== apiOrigin) {
                    throw new AnswerError(`the API at ${host} redirected to ${next.origin}; the token is sent to ${apiOrigin} only`, false);
                }
                if (redirects === MAX_REDIRECTS) {
                    throw new AnswerError(`more than ${MAX_REDIRECTS} redirects from ${host}`, false);
                }
                if (message.statusCode === 303 ||
                    ((message.statusCode === 301 || message.statusCode === 302) && method === 'POST')) {
                    method = 'GET';
                    body = undefined;
                    delete headers['content-length'];
                }
                url = next;
            }
            clearTimeout(timer);
            timer = expire(`the answer from ${host} did not arrive whole in ${seconds(limits.bodyMs)}`, limits.bodyMs);
            // An abort from here on destroys the answer with the signal's reason (see exchange).
            const bytes = await readAtMost(message, method, limits.maxBytes, host);
            const status = message.statusCode ?? 0;
            return new Answer(status, message.statusMessage ?? '', url.href, message.headers, bytes);
        }
        finally {
            clearTimeout(timer);
        }
    };
    return bounded;
}
/**
 * Errors another attempt cannot heal: an answer refused for its size or for redirecting away
 * from the API, a URL Node refuses, a certificate the runner does not trust, a proxy that
 * refuses the tunnel (4xx). Found by code.
 */
const UNHEALABLE_CODES = new Set([
    'ERR_INVALID_URL',
    'ERR_INVALID_PROTOCOL',
    'ERR_INVALID_CHAR',
    'ERR_UNESCAPED_CHARACTERS',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'ERR_SSL_WRONG_VERSION_NUMBER',
    'ERR_PROXY_REFUSED'
]);
function isUnhealable(error) {
    for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth++) {
        if (cause instanceof AnswerError)
            return !cause.healable;
        const code = cause.code;
        if (typeof code === 'string' && UNHEALABLE_CODES.has(code))
            return true;
        cause = cause.cause;
    }
    return false;
}

// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __webpack_require__(1015);
// EXTERNAL MODULE: ./src/shared/redact.ts
var redact = __webpack_require__(8932);
;// CONCATENATED MODULE: ./src/github/attempts.ts



/** `METHOD /path` without the query, for log lines; a route's `{name}`s filled in. */
function describeRequest(options) {
    const values = options;
    const url = (options.url ?? '')
        .split('?')[0]
        .replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*/i, '')
        .replace(/\{(\w+)\}/g, (whole, name) => values[name] === undefined ? whole : encodeURIComponent(String(values[name])));
    return `${(options.method ?? 'GET').toUpperCase()} ${url}`;
}
/**
 * An Octokit plugin registered just inside @octokit/plugin-retry, so that it sees each attempt's
 * failure before the retry plugin decides. The retry plugin has no hook to refuse a retry or to
 * say it is waiting; this gives it both through its own per-request option (`retries: 0`) and a
 * log line per retry: a step that is slow says why, and an error that cannot heal (a refused
 * port, a certificate, an oversized answer, a cancellation) fails at once.
 */
function attemptRules(rules) {
    return (octokit) => {
        octokit.hook.error('request', (error, options) => {
            const state = (options.request ?? {});
            if (rules.signal?.aborted === true || isUnhealable(error)) {
                state.retries = 0;
                throw error;
            }
            const status = error instanceof dist_src/* RequestError */.G ? error.status : undefined;
            const attempt = state.retryCount ?? 0;
            const retries = state.retries ?? rules.retries;
            if (status !== undefined && status >= 400 && !rules.doNotRetry.includes(status)) {
                if (attempt < retries) {
                    const waitMs = (attempt + 1) ** 2 * rules.retryBaseMs;
                    const answered = error.response !== undefined;
                    const reason = (0,redact/* redactUrls */.s)(answered ? `${status} ${error.message}` : error.message);
                    rules.log.warn(`Retrying in ${Math.round(waitMs / 100) / 10} s (attempt ${attempt + 2} of ${retries + 1}): ${describeRequest(options)}: ${reason.slice(0, 300)}`);
                }
            }
            throw error;
        });
    };
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/github/pacing.ts


/**
 * GitHub asks integrations to send mutating requests one at a time, with at least a second
 * between them. The throttling plugin spaces the *starts* of writes a second apart; this
 * spaces the end of one write from the start of the next, which is what the rule says and what
 * keeps arrival times at the server a second apart whatever the latency.
 */
const DOCUMENTED_WRITE_INTERVAL_MS = 1000;
/** A request that changes nothing (GET, HEAD; Octokit's default method is GET). */
function isRead(method) {
    const upper = (method ?? 'GET').toUpperCase();
    return upper === 'GET' || upper === 'HEAD';
}
/**
 * An Octokit plugin that runs mutating requests one at a time through a Bottleneck limiter,
 * each starting `intervalMs` after the previous one ended. Hand-made in one respect only:
 * Bottleneck's `minTime` spaces starts, so the gap from the last end is waited inside the job.
 * Registered before the retry and throttling plugins, so each retry of a write is paced too.
 * An aborted `signal` ends the wait without starting the write.
 */
function pacedWrites(intervalMs, signal) {
    return (octokit) => {
        const limiter = new (light_default())({ maxConcurrent: 1 });
        let lastEnd = 0;
        octokit.hook.wrap('request', (request, options) => {
            if (isRead(options.method))
                return request(options);
            return limiter.schedule(async () => {
                // Until the clock says so: a timer counts from the event loop's cached time, which a
                // busy process reads late, and so can end a few ms early by the wall clock.
                // (Before the first write lastEnd is 0, and the wait far below zero.)
                for (let wait = lastEnd + intervalMs - Date.now(); wait > 0;) {
                    await (0,promises_.setTimeout)(wait, undefined, { signal });
                    wait = lastEnd + intervalMs - Date.now();
                }
                signal?.throwIfAborted();
                try {
                    return await request(options);
                }
                finally {
                    lastEnd = Date.now();
                }
            });
        });
    };
}

;// CONCATENATED MODULE: ./src/github/client.ts









/**
 * A header's number; undefined when it is missing, blank, not a number (Number('') is 0) or not
 * text (Octokit gives every header value as a string).
 */
function header(headers, name) {
    const value = headers?.[name];
    if (typeof value !== 'string' || value.trim() === '')
        return undefined;
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
}
function recordRate(rate, headers) {
    const limit = header(headers, 'x-ratelimit-limit');
    const remaining = header(headers, 'x-ratelimit-remaining');
    const reset = header(headers, 'x-ratelimit-reset');
    if (limit !== undefined)
        rate.limit = limit;
    if (remaining !== undefined)
        rate.remaining = remaining;
    if (reset !== undefined)
        rate.resetAt = new Date(reset * 1000);
}
/** Statuses never retried: 403 and 429 are the throttling plugin's to wait for; the rest would fail again. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
/**
 * The token goes to the origin of the API URL only (scheme, host and port). Octokit sends a URL
 * taken from an answer (a Link header's `next`) as it is, with the token: an answer that points
 * at another host, port or scheme would receive it, in clear text if the scheme is http. Relative
 * URLs are resolved against the API URL by Octokit and so stay on its origin.
 */
function checkOrigin(url, apiOrigin) {
    if (url === undefined || !/^[a-z][a-z\d+.-]*:/i.test(url))
        return;
    let origin;
    try {
        origin = new URL(url).origin;
    }
    catch {
        origin = 'an unparsable URL';
    }
    if (origin !== apiOrigin) {
        throw new Error(`refusing to send the token to ${origin === 'null' ? url.split(':')[0] + ':' : origin}, which an answer of the API pointed to: only the API's origin ${apiOrigin} receives it`);
    }
}
/**
 * Bottleneck yields to the event loop with `setTimeout(0)`, which Node stretches to 1 ms: some
 * nine yields a request across the retry, throttling and pacing limiters, 10 ms of a run that
 * sends one request. `setImmediate` yields as well, without the wait. Hand-made because
 * Bottleneck has no option for it: its datastore class is reached through a limiter. (Bottleneck
 * never passes the method its optional wait; patching again changes nothing.)
 */
function yieldWithoutDelay() {
    const limiter = new (light_default())();
    const store = Object.getPrototypeOf(limiter._store);
    store.yieldLoop = function () {
        return new this.Promise(resolve => setImmediate(resolve));
    };
}
/** Builds the one API client of a run. */
function createClient(options) {
    yieldWithoutDelay();
    const apiUrl = (options.apiUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com')
        .trim()
        .replace(/\/+$/, '');
    const log = options.log ?? logger/* silentLogger */.q;
    const rateLimitWaits = options.rateLimitWaits ?? 3;
    const maxWait = options.maxRateLimitWaitSeconds ?? 5 * 60;
    const rate = {};
    const apiOrigin = new URL(apiUrl).origin;
    const retries = options.retries ?? 3;
    const retryBaseMs = options.retryBaseMs ?? 1000;
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: apiUrl,
        userAgent: 'artifact-ops',
        log,
        request: { fetch: boundedFetch(apiUrl, { ...ANSWER_LIMITS, ...options.answerLimits }) },
        retry: { retries, retryAfterBaseValue: retryBaseMs, doNotRetry: DO_NOT_RETRY },
        throttle: {
            // Writes are paced and serialised below (pacedWrites); the plugin's own write queue, one
            // a second, would only add a second wait.
            write: new (light_default()).Group(),
            onRateLimit: ((retryAfter, request, _octokit, retryCount) => {
                const what = describeRequest(request);
                if (retryCount >= rateLimitWaits || retryAfter > maxWait) {
                    log.warn(`Rate limit exhausted for ${what}; the limit resets in ${retryAfter}s, longer than max-wait (${maxWait}s) or after ${retryCount} waits: giving up.`);
                    return false;
                }
                log.warn(`Rate limit exhausted for ${what}; waiting ${retryAfter}s for the reset (wait ${retryCount + 1} of ${rateLimitWaits}).`);
                return true;
            }),
            onSecondaryRateLimit: ((retryAfter, request, _octokit, retryCount) => {
                const what = describeRequest(request);
                if (retryCount >= rateLimitWaits || retryAfter > maxWait) {
                    log.warn(`Secondary rate limit for ${what}; GitHub asks to wait ${retryAfter}s, longer than max-wait (${maxWait}s) or after ${retryCount} waits: giving up.`);
                    return false;
                }
                log.warn(`Secondary rate limit for ${what}; waiting ${retryAfter}s as GitHub asks (wait ${retryCount + 1} of ${rateLimitWaits}).`);
                return true;
            })
        }
    }, pacedWrites(options.writeIntervalMs ?? DOCUMENTED_WRITE_INTERVAL_MS, options.signal), attemptRules({ retries, retryBaseMs, doNotRetry: DO_NOT_RETRY, log, signal: options.signal }), dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    octokit.hook.before('request', requestOptions => {
        checkOrigin(requestOptions.url, apiOrigin);
        requestOptions.headers['x-github-api-version'] = inputs/* API_VERSION */.mG;
        // A cancellation ends reads at once; a write already sent is let finish, so that what the
        // server did and what the outputs say agree (the pacing wait stops the next one).
        if (options.signal !== undefined && isRead(requestOptions.method)) {
            requestOptions.request = { ...requestOptions.request, signal: options.signal };
        }
    });
    octokit.hook.after('request', response => {
        recordRate(rate, response.headers);
    });
    octokit.hook.error('request', error => {
        recordRate(rate, error.response?.headers);
        throw error;
    });
    return { octokit, apiUrl, rate };
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ ApiError),
/* harmony export */   z: () => (/* binding */ asApiError)
/* harmony export */ });
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1015);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);
/* harmony import */ var _shared_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8932);



/**
 * The one error type for API failures: keeps the HTTP status (undefined when the server was
 * never reached), the request (method and path, never its query or headers), the permission
 * involved, when a rate limit resets, and the original error as `cause`. Its message says what
 * failed and what to do; the token is never part of it (Octokit's errors carry no headers).
 */
class ApiError extends Error {
    /** The HTTP status, or undefined when no answer came. */
    status;
    /** `METHOD /path` of the failed request. */
    request;
    permission;
    /** When the limit resets, for a rate-limit failure. */
    resetAt;
    rateLimited;
    /** False when the answer was not JSON (a web page: the API URL is probably wrong). */
    answeredJson;
    /** What went wrong and what to do, without the `Unable to … in …:` prefix. */
    reason;
    /** What failed, without the reason: `Unable to list artifacts in o/r`. */
    failed;
    constructor(cause, purpose) {
        const facts = factsOf(cause);
        const reason = explain(facts, purpose);
        const failed = `Unable to ${purpose.action} in ${purpose.repository}`;
        super(`${failed}: ${reason}`, { cause });
        this.reason = reason;
        this.failed = failed;
        this.name = 'ApiError';
        this.status = facts.status;
        this.request = facts.request;
        this.permission = purpose.permission;
        this.resetAt = facts.resetAt;
        this.rateLimited = facts.rateLimited;
        this.answeredJson = facts.answeredJson;
    }
    /** True for an ApiError or an Octokit RequestError with this status. */
    static hasStatus(error, status) {
        return factsOf(error).status === status;
    }
    /** True for a 403 or 429 that is GitHub's primary or secondary rate limit, not a permission. */
    static isRateLimit(error) {
        return factsOf(error).rateLimited;
    }
}
function headerOf(headers, name) {
    const value = headers?.[name];
    return value === undefined || value === null ? undefined : String(value);
}
function factsOf(error) {
    if (error instanceof ApiError) {
        return {
            status: error.status,
            request: error.request,
            detail: error.message,
            rateLimited: error.rateLimited,
            resetAt: error.resetAt,
            answeredJson: error.answeredJson
        };
    }
    if (!(error instanceof _octokit_request_error__WEBPACK_IMPORTED_MODULE_1__/* .RequestError */ .G)) {
        return {
            status: undefined,
            request: '',
            detail: (0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrls */ .s)((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .b)(error)),
            rateLimited: false,
            resetAt: undefined,
            answeredJson: false
        };
    }
    const headers = error.response?.headers;
    const remaining = headerOf(headers, 'x-ratelimit-remaining');
    const reset = Number(headerOf(headers, 'x-ratelimit-reset'));
    // A secondary limit says how long to wait instead of when the hour resets.
    const retryAfter = Number(headerOf(headers, 'retry-after'));
    // Octokit reports a request that never got an answer as status 500 without a response.
    const answered = error.response !== undefined;
    const status = answered ? error.status : undefined;
    const secondary = headerOf(headers, 'retry-after') !== undefined || /secondary rate/i.test(error.message);
    return {
        status,
        request: `${error.request.method} ${new URL(error.request.url, 'http://x').pathname}`,
        detail: (0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrls */ .s)(error.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '')),
        rateLimited: (status === 403 || status === 429) && (remaining === '0' || secondary),
        resetAt: Number.isFinite(reset) && reset > 0
            ? new Date(reset * 1000)
            : Number.isFinite(retryAfter) && retryAfter > 0
                ? new Date(Date.now() + retryAfter * 1000)
                : undefined,
        answeredJson: /json/i.test(headerOf(headers, 'content-type') ?? '')
    };
}
function explain(facts, purpose) {
    const { status, detail } = facts;
    if (status === undefined) {
        return facts.request === ''
            ? detail
            : `the API could not be reached (${detail}). Check GITHUB_API_URL and the network.`;
    }
    if (facts.rateLimited) {
        return `rate limit exceeded (${status} ${detail})${facts.resetAt ? `; it resets at ${facts.resetAt.toISOString()}` : ''}.`;
    }
    switch (status) {
        case 401:
            return `the token was refused (401 ${detail}). Check 'github-token': it may be expired, revoked or for another GitHub host.`;
        case 403:
            return (`permission denied (403 ${detail}). The token needs '${purpose.permission}': ` +
                `add 'permissions: ${purpose.permission}' to the workflow or job` +
                (purpose.permission === 'actions: write'
                    ? '. On a pull request from a fork the GITHUB_TOKEN is read-only whatever the workflow asks for; run the cleanup from a workflow_run, schedule or pull_request_target workflow instead.'
                    : '.'));
        case 404:
            return `not found (404). Check that 'repository' is right and that the token can see it (a token needs '${purpose.permission}' on that repository; a GITHUB_TOKEN only reaches its own repository).`;
        default:
            return `${status} ${detail}`;
    }
}
/** A `.catch` handler that rethrows any failure as an ApiError for this purpose. */
function asApiError(purpose) {
    return error => {
        throw error instanceof ApiError ? error : new ApiError(error, purpose);
    };
}


/***/ }),

/***/ 8011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HE: () => (/* binding */ LISTING_CONCURRENCY),
/* harmony export */   vS: () => (/* binding */ readListing)
/* harmony export */ });
/* unused harmony exports EXTRA_PAGES, ListingError */
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7428);
/* harmony import */ var _shared_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8932);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95);



/**
 * Pages a listing may run past `ceil(total_count / 100)`: artifacts created while the listing is
 * read push items onto later pages, and a few such pages are normal; more is a loop.
 */
const EXTRA_PAGES = 3;
/** A listing whose answers were not what the API documents, or that would not end. */
class ListingError extends Error {
    constructor(message) {
        super((0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrls */ .s)(message));
        this.name = 'ListingError';
    }
}
function describeBody(data, contentType) {
    if (typeof data === 'string') {
        return /json/i.test(contentType)
            ? 'the body is not valid JSON (truncated?)'
            : `the body is ${contentType.split(';')[0] || 'of no content type'}, not JSON`;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        return 'the body is not a JSON object';
    }
    return '';
}
const keysOf = (object) => Object.keys(object)
    .slice(0, 8)
    .map(key => JSON.stringify(key.slice(0, 40)))
    .join(', ');
/** The page in `data`, or a ListingError saying what is wrong with it. */
function checkPage(data, contentType, listing) {
    const body = describeBody(data, contentType);
    if (body !== '')
        throw new ListingError(body);
    const envelope = data;
    const items = envelope[listing.key];
    if (!Array.isArray(items)) {
        throw new ListingError(items === undefined
            ? `'${listing.key}' is missing (the keys are ${keysOf(envelope) || 'none'})`
            : `'${listing.key}' is ${items === null ? 'null' : typeof items}, not an array`);
    }
    const total = envelope['total_count'];
    if (typeof total !== 'number' || !Number.isSafeInteger(total) || total < 0) {
        throw new ListingError(`'total_count' is ${JSON.stringify(total) ?? 'missing'}, not a count`);
    }
    for (const [index, item] of items.entries()) {
        const problem = item === null || typeof item !== 'object' || Array.isArray(item)
            ? 'not an object'
            : !Number.isSafeInteger(item.id)
                ? "without a numeric 'id'"
                : listing.checkItem(item);
        if (problem !== undefined) {
            throw new ListingError(`item ${index} of '${listing.key}' is ${problem}`);
        }
    }
    return { items: items, total };
}
/** The URL of the Link header's `rel` (`next`, `last`), if it has one. */
const linkOf = (link, rel) => typeof link === 'string' ? new RegExp(`<([^<>]+)>;\\s*rel="${rel}"`).exec(link)?.[1] : undefined;
/** Pages at once after the first, where the first page says how many there are. */
const LISTING_CONCURRENCY = 4;
/** A URL with its query parameters in order, to compare two links that mean the same page. */
function normalised(url) {
    try {
        const parsed = new URL(url);
        parsed.searchParams.sort();
        return parsed.href;
    }
    catch {
        return undefined;
    }
}
/**
 * The URLs of pages 2 to `last`, built from the `last` link's page number, or undefined where the
 * links do not allow it and the listing is followed `next` by `next`: a relative or unparsable
 * `last`, one without a page number, or one whose page 2 is not the `next` link. The built URLs
 * keep the `last` URL's origin, which must be the API's: they would carry the token, as a `next`
 * URL does, and are checked here before any of them is requested (the client checks each again).
 * A `last` page past what `total_count` allows is refused outright rather than read in parallel.
 */
function planPages(client, links, maxPages, fail) {
    if (links.last === undefined || !/^[a-z][a-z\d+.-]*:/i.test(links.last))
        return undefined;
    (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .checkOrigin */ .Xx)(links.last, new URL(client.apiUrl).origin);
    const last = new URL(links.last);
    const lastPage = Number(last.searchParams.get('page'));
    if (!Number.isSafeInteger(lastPage) || lastPage < 2)
        return undefined;
    if (lastPage > maxPages) {
        fail(`the last page is ${lastPage}, more than the ${maxPages} pages total_count allows; stopping`);
    }
    const urlOf = (page) => {
        const url = new URL(last);
        url.searchParams.set('page', String(page));
        return url.href;
    };
    if (normalised(urlOf(2)) !== normalised(links.next))
        return undefined;
    return Array.from({ length: lastPage - 1 }, (_, index) => urlOf(index + 2));
}
/**
 * Requests `urls` in order, at most `width()` at once and at most `width()` pages past the one
 * asked for last, so that a reader going one page at a time starts each only when it asks. Every
 * answer is kept until taken; after a failure nothing more is started.
 */
function pageWindow(urls, request, width) {
    const started = [];
    let inFlight = 0;
    let wanted = 0;
    let stopped = false;
    const fill = () => {
        const most = Math.max(1, width());
        while (!stopped &&
            started.length < urls.length &&
            // The page asked for always starts, even were the width to shrink below what is in flight.
            ((inFlight < most && started.length < wanted + most) || started.length === wanted)) {
            const answer = request(urls[started.length]);
            inFlight++;
            // Handles the rejection here too, so a failure of a page never taken is not unhandled.
            answer.then(() => {
                inFlight--;
                fill();
            }, () => {
                inFlight--;
                stopped = true;
            });
            started.push(answer);
        }
    };
    return {
        take: index => {
            wanted = index;
            fill();
            return started[index];
        },
        stop: () => {
            stopped = true;
        }
    };
}
/**
 * Reads a listing page by page, and stops with an error where Octokit's paginator would go on
 * for ever or hand a malformed page on: a `next` URL seen before, a page with a next page that
 * brings no new id, more pages than `total_count` allows (plus EXTRA_PAGES), an answer that is
 * not the documented envelope. Errors name the endpoint.
 *
 * Where the first page's Link header gives `last`, pages 2 to `last` are requested ahead, a few
 * at once (options.concurrency), and yielded in page order; a last page that still has a `next`
 * (the listing grew while it was read) is followed from there. Without `last`, each `next` link
 * is followed in turn. Every URL requested is on the API's origin: built ones are checked here,
 * and the client refuses to send the token anywhere else.
 */
async function* readListing(client, listing, options = {}) {
    const { octokit } = client;
    const seenUrls = new Set();
    const seenIds = new Set();
    const concurrency = options.concurrency ?? (() => LISTING_CONCURRENCY);
    const get = (url) => {
        options.onRequest?.();
        return octokit.request({ method: 'GET', url });
    };
    options.onRequest?.();
    let response = await octokit.request(listing.route, listing.params);
    let planned;
    let window;
    let yielded = 0;
    try {
        for (let pages = 1;; pages++) {
            const url = String(response.url);
            const endpoint = `GET ${url === '' ? listing.route.replace(/^GET /, '') : new URL(url).pathname}`;
            seenUrls.add(url);
            const fail = (why) => {
                throw new ListingError(`${endpoint} (page ${pages}): ${why}`);
            };
            let page;
            try {
                page = checkPage(response.data, String(response.headers['content-type'] ?? ''), listing);
            }
            catch (error) {
                return fail(`the answer is not the documented listing: ${error.message}`);
            }
            const fresh = page.items.filter(item => !seenIds.has(item.id));
            for (const item of fresh)
                seenIds.add(item.id);
            const link = response.headers['link'];
            const maxPages = Math.ceil(page.total / _settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .PER_PAGE */ .EK) + EXTRA_PAGES;
            const next = linkOf(link, 'next');
            if (pages === 1 && next !== undefined) {
                planned = planPages(client, { next, last: linkOf(link, 'last') }, maxPages, fail);
                if (planned !== undefined)
                    window = pageWindow(planned, get, () => concurrency(yielded));
            }
            // Pages 2 to `last` come from the plan; after it, from the last page's own `next`.
            const fromPlan = planned !== undefined && pages - 1 < planned.length;
            const following = fromPlan ? planned?.[pages - 1] : next;
            yield { ...page, more: following !== undefined };
            yielded++;
            if (following === undefined)
                return;
            if (seenUrls.has(following))
                fail(`the next page's URL repeats one already read; stopping`);
            if (fresh.length === 0)
                fail('a page with a next link brought no new id; stopping');
            if (pages >= maxPages) {
                fail(`more than ${maxPages} pages for a total_count of ${page.total} (${_settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .PER_PAGE */ .EK} a page); stopping`);
            }
            response =
                fromPlan && window !== undefined ? await window.take(pages - 1) : await get(following);
        }
    }
    finally {
        window?.stop();
    }
}


/***/ }),

/***/ 9037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: listenForCancellation

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(143);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/core/query.ts
var core_query = __webpack_require__(363);
;// CONCATENATED MODULE: ./src/core/not-found.ts


/**
 * What a 404 is missing, told apart on the failure path only, never by guessing: a web page
 * instead of JSON means the API URL is wrong; otherwise one `GET /repos/{owner}/{repo}` says
 * whether the repository is there (a GITHUB_TOKEN can always read its metadata), and if it is,
 * the failed request names what is not: the run, the workflow or the pull request. Undefined
 * when the error is no 404 or nothing more can be said.
 */
async function explainNotFound(client, repository, error) {
    if (!(error instanceof errors/* ApiError */.h) || error.status !== 404)
        return undefined;
    const full = (0,core_query/* repositoryOf */._)(repository);
    const prefix = error.failed;
    if (!error.answeredJson) {
        return `${prefix}: ${client.apiUrl} answered ${error.request} with a web page, not the REST API. Check GITHUB_API_URL: on GitHub Enterprise Server it ends in /api/v3 (https://HOST/api/v3).`;
    }
    const found = await client.octokit.rest.repos
        .get({ owner: repository.owner, repo: repository.repo })
        .then(() => true, (reason) => (errors/* ApiError */.h.hasStatus(reason, 404) ? false : undefined));
    if (found === undefined)
        return undefined;
    if (!found) {
        return `${prefix}: repository ${full} was not found, or the token cannot see it. Check 'repository'; a GITHUB_TOKEN reaches only the repository of its own workflow, another repository needs a token with access to it.`;
    }
    const path = error.request.replace(/^\w+ /, '');
    const run = /\/actions\/runs\/(\d+)\//.exec(path);
    if (run)
        return `${prefix}: run ${run[1]} does not exist in ${full}. Check 'run-id'.`;
    const workflow = /\/actions\/workflows\/([^/]+)\/runs$/.exec(path);
    if (workflow) {
        return `${prefix}: workflow '${decodeURIComponent(workflow[1])}' does not exist in ${full}. Check 'workflow': a file name under .github/workflows (e.g. ci.yml) or a workflow's numeric id.`;
    }
    const pull = /\/pulls\/(\d+)$/.exec(path);
    if (pull)
        return `${prefix}: pull request #${pull[1]} does not exist in ${full}. Check 'pr'.`;
    return undefined;
}

// EXTERNAL MODULE: ./src/github/client.ts + 3 modules
var github_client = __webpack_require__(95);
// EXTERNAL MODULE: ./src/core/criteria.ts
var core_criteria = __webpack_require__(4150);
// EXTERNAL MODULE: ./src/core/list-and-select.ts + 3 modules
var list_and_select = __webpack_require__(6417);
// EXTERNAL MODULE: ./src/core/nothing-found.ts
var nothing_found = __webpack_require__(8211);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/shared/bytes.ts
var bytes = __webpack_require__(2250);
;// CONCATENATED MODULE: ./src/operations/list/summary.ts



function listSummary(artifacts, kept, selection) {
    const expired = artifacts.filter(a => a.expired).length;
    const totals = [
        `${(0,format/* formatCount */.B4)(artifacts.length)} artifact(s), ${(0,format/* formatBytes */.z3)((0,bytes/* totalBytes */.ob)(artifacts))}`,
        ...(expired > 0 ? [`${(0,format/* formatCount */.B4)(expired)} expired`] : []),
        ...(kept > 0 ? [`${(0,format/* formatCount */.B4)(kept)} kept out by keep-latest`] : [])
    ].join(' · ');
    return {
        title: 'Artifacts',
        totals,
        selection,
        notes: [],
        overview: (0,summary/* overviewByName */.a8)(artifacts),
        chart: (0,summary/* storageByName */.y6)(artifacts),
        table: { columns: summary/* ARTIFACT_COLUMNS */.dV, rows: artifacts.map(summary/* artifactCells */.Uf) }
    };
}

;// CONCATENATED MODULE: ./src/operations/list/index.ts







/** Lists the selected artifacts, newest first; expired ones are included and flagged. */
async function runList({ client, log }, settings) {
    const query = (0,core_query/* queryFrom */.F)(settings, settings.selection, 'branch');
    const criteria = (0,core_criteria/* criteriaFrom */.Y)(settings.selection, {
        limitFrom: 'newest'
    });
    const found = await (0,list_and_select/* listAndSelect */.A)(client, query, criteria, log);
    if (found.selected.length === 0) {
        await (0,nothing_found/* reportNothingFound */.i)(client, query, found.listed, settings.selection.names, settings.ifNoArtifactFound, log);
    }
    const artifacts = found.selected.map(report_report/* toReported */.J);
    return {
        artifacts,
        outputs: {},
        summary: listSummary(artifacts, found.kept.length, (0,summary/* describeSelection */.e9)('list', (0,core_query/* repositoryOf */._)(settings), settings.selection)),
        kept: found.kept.length
    };
}

// EXTERNAL MODULE: ./src/github/artifacts.ts
var artifacts = __webpack_require__(4616);
// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __webpack_require__(7428);
// EXTERNAL MODULE: ./src/shared/errors.ts
var shared_errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/progress.ts
var progress = __webpack_require__(1378);
;// CONCATENATED MODULE: ./src/settings/parse.ts


function createReader(read) {
    return {
        value: input => read(input).trim() || ((0,inputs/* literalDefault */.t0)(input) ?? ''),
        raw: input => read(input)
    };
}
function invalid(input, value, accepted) {
    return new shared_errors/* InputError */.d(`Invalid value for '${input}': '${value}'. ${accepted}`);
}
/** One of `options`, case-insensitively (`Prune` is `prune`). */
function parseChoice(input, value, options) {
    const found = options.find(option => option === value.toLowerCase());
    if (found === undefined) {
        throw invalid(input, value, `Valid options are: ${options.join(', ')}`);
    }
    return found;
}
/** Lines of a multi-line input, trimmed, without blanks or repeats. */
function splitLines(value) {
    return [
        ...new Set(value
            .split(/\r?\n/)
            .map(line => line.trim())
            .filter(line => line !== ''))
    ];
}
/** The YAML 1.2 core schema spellings, as core.getBooleanInput accepts them. */
function parseBoolean(input, value) {
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw invalid(input, value, 'Valid options are: true, false');
}
/** A whole number of at least `min` that a double holds exactly, or undefined for ''. */
function parseWholeNumber(input, value, min) {
    if (value === '')
        return undefined;
    const number = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < min) {
        throw invalid(input, value, `Expected a whole number from ${min} to ${Number.MAX_SAFE_INTEGER}.`);
    }
    return number;
}
/** Comma- or newline-separated ids, without repeats. */
function parseIds(input, value) {
    const parts = value
        .split(/[,\r\n]/)
        .map(part => part.trim())
        .filter(part => part !== '');
    return [...new Set(parts.map(part => parseWholeNumber(input, part, 1)))];
}
const DURATION_UNITS_MS = {
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000
};
/**
 * A duration back from `now` (`90m`, `12h`, `30d`, `2w`) or an ISO-8601 date or date-time
 * (a date alone is midnight UTC; a time without an offset is UTC, whatever the runner's time zone).
 */
function parseInstant(input, value, now) {
    if (value === '')
        return undefined;
    const duration = /^(\d+)\s*([mhdw])$/.exec(value);
    if (duration !== null) {
        const ms = Number(duration[1]) * DURATION_UNITS_MS[duration[2]];
        const instant = new Date(now.getTime() - ms);
        // A duration too long to count exactly, or reaching past what a date holds, is a typo.
        if (!Number.isSafeInteger(ms) || Number.isNaN(instant.getTime())) {
            throw invalid(input, value, "Expected a duration short enough to count back from now, e.g. '30d' or '2w'.");
        }
        return instant;
    }
    const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]((\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
    // Date.parse rolls an impossible day over (2026-02-30 becomes March 2): check it against the
    // month's length first.
    const possible = iso !== null &&
        Number(iso[3]) >= 1 &&
        Number(iso[3]) <= new Date(Date.UTC(Number(iso[1]), Number(iso[2]), 0)).getUTCDate() &&
        (iso[5] === undefined || Number(iso[5]) <= 23);
    // Without an offset, a time is UTC like a date alone (Date.parse would take the runner's zone).
    const time = possible
        ? Date.parse(`${iso[1]}-${iso[2]}-${iso[3]}T${iso[4] ?? '00:00'}${iso[6] ?? 'Z'}`)
        : NaN;
    if (Number.isNaN(time)) {
        throw invalid(input, value, "Expected a duration with a unit m, h, d or w (e.g. '90m', '12h', '30d', '2w') or an ISO-8601 date (e.g. '2026-01-31' or '2026-01-31T12:00:00Z').");
    }
    return new Date(time);
}

;// CONCATENATED MODULE: ./src/settings/selection.ts



const WORKFLOW_CONCLUSIONS = [
    'action_required',
    'cancelled',
    'failure',
    'neutral',
    'skipped',
    'stale',
    'success',
    'timed_out',
    'startup_failure'
];
function parseCommit(value) {
    if (value === '')
        return undefined;
    if (!/^[0-9a-fA-F]{7,40}$/.test(value)) {
        throw invalid(inputs/* Inputs */.G0.Commit, value, 'Expected 7 to 40 hexadecimal characters of a commit sha.');
    }
    return value.toLowerCase();
}
function parseWorkflow(value) {
    if (value === '')
        return undefined;
    const file = value.replace(/^\.github\/workflows\//, '');
    if (!/^\d+$/.test(file) && !/^[^/\\\s]+\.ya?ml$/.test(file)) {
        throw invalid(inputs/* Inputs */.G0.Workflow, value, "Expected a workflow file name such as 'ci.yml' or a numeric workflow id.");
    }
    return file;
}
function parseEvent(value) {
    if (value === '')
        return undefined;
    if (!/^[a-z_]+$/.test(value)) {
        throw invalid(inputs/* Inputs */.G0.Event, value, "Expected an event name such as 'push', 'pull_request' or 'schedule'.");
    }
    return value;
}
/** Parses the selection inputs and the rules between them. */
function parseSelection(input, now) {
    const names = splitLines(input.raw(inputs/* Inputs */.G0.Name));
    const artifactIds = parseIds(inputs/* Inputs */.G0.ArtifactIds, input.value(inputs/* Inputs */.G0.ArtifactIds));
    if (names.length > 0 && artifactIds.length > 0) {
        throw new shared_errors/* InputError */.d(`Inputs '${inputs/* Inputs */.G0.Name}' and '${inputs/* Inputs */.G0.ArtifactIds}' cannot be used together: give one or the other.`);
    }
    const branchInput = input.value(inputs/* Inputs */.G0.Branch);
    const branch = branchInput === '' ? undefined : branchInput.replace(/^refs\/heads\//, '');
    if (branch === '') {
        throw invalid(inputs/* Inputs */.G0.Branch, branchInput, "Expected a branch name, e.g. 'main' or 'refs/heads/main'.");
    }
    const workflow = parseWorkflow(input.value(inputs/* Inputs */.G0.Workflow));
    const conclusionInput = input.value(inputs/* Inputs */.G0.WorkflowConclusion);
    const workflowConclusion = conclusionInput === ''
        ? undefined
        : parseChoice(inputs/* Inputs */.G0.WorkflowConclusion, conclusionInput, WORKFLOW_CONCLUSIONS);
    const event = parseEvent(input.value(inputs/* Inputs */.G0.Event));
    const pr = parseWholeNumber(inputs/* Inputs */.G0.Pr, input.value(inputs/* Inputs */.G0.Pr).replace(/^#/, ''), 1);
    const commit = parseCommit(input.value(inputs/* Inputs */.G0.Commit));
    if (pr !== undefined && (branch !== undefined || commit !== undefined)) {
        throw new shared_errors/* InputError */.d(`Input '${inputs/* Inputs */.G0.Pr}' already chooses the branch (list, prune) or commit (download): leave '${branch !== undefined ? inputs/* Inputs */.G0.Branch : inputs/* Inputs */.G0.Commit}' empty.`);
    }
    const olderThan = parseInstant(inputs/* Inputs */.G0.OlderThan, input.value(inputs/* Inputs */.G0.OlderThan), now);
    const newerThan = parseInstant(inputs/* Inputs */.G0.NewerThan, input.value(inputs/* Inputs */.G0.NewerThan), now);
    if (olderThan !== undefined && newerThan !== undefined && newerThan >= olderThan) {
        throw new shared_errors/* InputError */.d(`Inputs '${inputs/* Inputs */.G0.NewerThan}' (${input.value(inputs/* Inputs */.G0.NewerThan)}, ${newerThan.toISOString()}) and '${inputs/* Inputs */.G0.OlderThan}' (${input.value(inputs/* Inputs */.G0.OlderThan)}, ${olderThan.toISOString()}) leave no time between them: 'newer-than' must be earlier than 'older-than'.`);
    }
    return {
        names,
        patterns: splitLines(input.raw(inputs/* Inputs */.G0.Pattern)),
        artifactIds,
        runId: parseWholeNumber(inputs/* Inputs */.G0.RunId, input.value(inputs/* Inputs */.G0.RunId), 1),
        branch,
        commit,
        pr,
        workflow,
        workflowConclusion,
        event,
        olderThan,
        newerThan,
        keepLatest: parseWholeNumber(inputs/* Inputs */.G0.KeepLatest, input.value(inputs/* Inputs */.G0.KeepLatest), 0),
        limit: parseWholeNumber(inputs/* Inputs */.G0.Limit, input.value(inputs/* Inputs */.G0.Limit), 0)
    };
}
/** True when any input narrows the selection; prune refuses to run without one. */
function hasSelection(selection) {
    return (selection.names.length > 0 ||
        selection.patterns.length > 0 ||
        selection.artifactIds.length > 0 ||
        selection.runId !== undefined ||
        selection.branch !== undefined ||
        selection.commit !== undefined ||
        selection.pr !== undefined ||
        selection.workflow !== undefined ||
        selection.workflowConclusion !== undefined ||
        selection.event !== undefined ||
        selection.olderThan !== undefined ||
        selection.newerThan !== undefined ||
        selection.keepLatest !== undefined);
}

;// CONCATENATED MODULE: ./src/operations/prune/settings.ts




function parseReserve(value) {
    const percent = /^(\d{1,3}(?:\.\d{1,6})?)\s*%$/.exec(value);
    if (percent !== null && Number(percent[1]) <= 100) {
        return { kind: 'percent', value: Number(percent[1]) };
    }
    if (/^\d{1,15}$/.test(value)) {
        return { kind: 'requests', value: Number(value) };
    }
    throw invalid(inputs/* Inputs */.G0.RateLimitReserve, value, "Expected a percentage of the hourly limit from 0% to 100% (e.g. '10%') or a number of requests (e.g. '200').");
}
/** Requests left in the hour that prune must not spend, given the hour's limit. */
function reserveOf(reserve, hourlyLimit) {
    return reserve.kind === 'percent' ? Math.ceil((hourlyLimit * reserve.value) / 100) : reserve.value;
}
/** Prune refuses to run without a selection: no accidental wipe. */
function checkPruneSelection(selection) {
    if (!hasSelection(selection)) {
        throw new shared_errors/* InputError */.d("Refusing to prune without a selection: give at least one of 'name', 'pattern', 'artifact-ids', 'run-id', 'branch', 'commit', 'pr', 'workflow', 'workflow-conclusion', 'event', 'older-than', 'newer-than' or 'keep-latest'. To prune every artifact of the repository on purpose, say pattern: '*'.");
    }
}
function parsePruneSettings(input) {
    return {
        dryRun: parseBoolean(inputs/* Inputs */.G0.DryRun, input.value(inputs/* Inputs */.G0.DryRun)),
        rateLimitReserve: parseReserve(input.value(inputs/* Inputs */.G0.RateLimitReserve))
    };
}

;// CONCATENATED MODULE: ./src/operations/prune/summary.ts



function resultOf(artifact, dryRun, leftByLimit) {
    if (artifact.error !== undefined)
        return `failed: ${artifact.error}`;
    if (artifact.deleted)
        return 'deleted';
    if (leftByLimit)
        return 'left by limit';
    return dryRun ? 'would delete' : 'remaining';
}
function pruneSummary(artifacts, prune, facts) {
    const { spared, notes, leftByLimit } = facts;
    const wouldGo = artifacts.filter(a => !leftByLimit.has(a.id));
    const gone = (group) => prune.dryRun ? group.filter(a => !leftByLimit.has(a.id)) : group.filter(a => a.deleted);
    const totals = [
        prune.dryRun
            ? `Would delete ${(0,format/* formatCount */.B4)(wouldGo.length)} artifact(s), ${(0,format/* formatBytes */.z3)((0,bytes/* totalBytes */.ob)(wouldGo))}`
            : `Deleted ${(0,format/* formatCount */.B4)(prune.deletedCount)} artifact(s), ${(0,format/* formatBytes */.z3)(prune.deletedBytes)} freed`,
        `${(0,format/* formatCount */.B4)(artifacts.length)} selected`,
        ...(spared.length > 0 ? [`${(0,format/* formatCount */.B4)(spared.length)} kept by keep-latest`] : []),
        // After a dry run every selected artifact remains: saying so beside 'would delete' confuses.
        ...(prune.dryRun ? [] : [`${(0,format/* formatCount */.B4)(prune.remainingCount)} remaining`]),
        ...(prune.failedCount > 0 ? [`${(0,format/* formatCount */.B4)(prune.failedCount)} failed`] : [])
    ].join(' · ');
    return {
        title: prune.dryRun ? 'Artifacts pruned (dry run)' : 'Artifacts pruned',
        totals,
        selection: facts.selection,
        notes: [...notes, ...(0,summary/* failureNotes */.KH)(artifacts)],
        overview: (0,summary/* overviewByName */.a8)(artifacts, {
            columns: [prune.dryRun ? 'Would delete' : 'Deleted', prune.dryRun ? 'Would free' : 'Freed'],
            cells: group => {
                const went = gone(group);
                return [(0,format/* formatCount */.B4)(went.length), (0,summary/* together */.bs)((0,format/* formatBytes */.z3)((0,bytes/* totalBytes */.ob)(went)))];
            }
        }),
        chart: (0,summary/* storageByName */.y6)(artifacts),
        table: {
            columns: [...summary/* ARTIFACT_COLUMNS */.dV, 'Result'],
            rows: artifacts.map(a => [
                ...(0,summary/* artifactCells */.Uf)(a),
                resultOf(a, prune.dryRun, leftByLimit.has(a.id))
            ])
        },
        details: {
            title: `Kept by keep-latest (${(0,format/* formatCount */.B4)(spared.length)})`,
            lines: spared.map(a => `${a.name} #${a.id} (${(0,summary/* formatDay */.im)(a.created_at)})`)
        }
    };
}

;// CONCATENATED MODULE: ./src/operations/prune/index.ts















/** The budget stop, when what is left of the hour is within the reserve. */
function budgetStop(reserve, rate) {
    if (rate.limit === undefined || rate.remaining === undefined)
        return undefined;
    const kept = reserveOf(reserve, rate.limit);
    if (rate.remaining > kept)
        return undefined;
    return { kind: 'budget', reserve: kept, limit: rate.limit, resetAt: rate.resetAt };
}
/** What a failed deletion means: done (404), a stop, or a failure of this artifact alone. */
function classifyDeleteError(error, signal) {
    if (signal.aborted)
        return { kind: 'cancelled' };
    // Already gone (expired and cleaned up, or deleted by another run): what we wanted.
    if (errors/* ApiError */.h.hasStatus(error, 404))
        return 'gone';
    if (error instanceof errors/* ApiError */.h && error.rateLimited) {
        return { kind: 'rate-limited', resetAt: error.resetAt };
    }
    if (error instanceof errors/* ApiError */.h && error.status === 403) {
        return { kind: 'permission', message: error.message };
    }
    return 'failed';
}
/**
 * Deletes the selection, oldest first, one artifact at a time by id, paced and within the rate
 * budget. The whole listing is read and the selection computed before the first DELETE, so a
 * later run recomputes it from scratch and carries on where this one stopped.
 */
async function runPrune({ client, log, signal }, settings, options = {}) {
    const { dryRun, rateLimitReserve } = settings.prune;
    const query = (0,core_query/* queryFrom */.F)(settings, settings.selection, 'branch');
    const criteria = (0,core_criteria/* criteriaFrom */.Y)(settings.selection, {
        limitFrom: 'oldest'
    });
    const found = await (0,list_and_select/* listAndSelect */.A)(client, query, criteria, log);
    const prune = {
        deletedCount: 0,
        deletedBytes: 0,
        remainingCount: 0,
        failedCount: 0,
        dryRun
    };
    const notes = [];
    // Matching artifacts that limit leaves for a later run: in the outputs, never deleted here.
    const leftByLimit = new Set(found.overLimit.map(a => a.id));
    const finish = (artifacts, failure) => {
        // count = deleted-count + remaining-count, whatever stopped the run.
        prune.remainingCount = artifacts.length - prune.deletedCount;
        return {
            artifacts,
            outputs: {
                [inputs/* Outputs */.tY.DeletedCount]: prune.deletedCount,
                [inputs/* Outputs */.tY.DeletedBytes]: prune.deletedBytes,
                [inputs/* Outputs */.tY.RemainingCount]: prune.remainingCount
            },
            summary: pruneSummary(artifacts, prune, {
                spared: found.spared,
                notes,
                leftByLimit,
                selection: (0,summary/* describeSelection */.e9)('prune', (0,core_query/* repositoryOf */._)(settings), settings.selection)
            }),
            failure,
            prune,
            kept: found.kept
        };
    };
    if (found.selected.length === 0 && found.overLimit.length === 0) {
        await (0,nothing_found/* reportNothingFound */.i)(client, query, found.listed, settings.selection.names, settings.ifNoArtifactFound, log);
        return finish([]);
    }
    // Oldest first: a budget or a cancellation that stops the run leaves the newest in place.
    // What limit leaves over is newer than all of them and comes last.
    const queue = [...found.selected].reverse();
    const reported = [...queue, ...[...found.overLimit].reverse()].map(artifact => ({ ...(0,report_report/* toReported */.J)(artifact), deleted: false }));
    const selectedBytes = (0,bytes/* totalBytes */.ob)(queue);
    if (dryRun) {
        notes.push(`Dry run: ${(0,format/* formatCount */.B4)(queue.length)} artifact(s), ${(0,format/* formatBytes */.z3)(selectedBytes)}, would be deleted; nothing was.`);
        log.info(notes[0]);
        return finish(reported);
    }
    log.info(`Deleting ${(0,format/* formatCount */.B4)(queue.length)} artifact(s), ${(0,format/* formatBytes */.z3)(selectedBytes)}, oldest first, one at a time`);
    let stop;
    const progressDue = (0,progress/* progressClock */.G)(options.progressEveryMs ?? 10_000);
    for (let i = 0; i < queue.length && stop === undefined; i++) {
        stop = signal.aborted ? { kind: 'cancelled' } : budgetStop(rateLimitReserve, client.rate);
        if (stop !== undefined)
            break;
        const artifact = queue[i];
        const entry = reported[i];
        try {
            await (0,artifacts/* deleteArtifact */.CM)(client, settings.owner, settings.repo, artifact);
            entry.deleted = true;
        }
        catch (error) {
            const outcome = classifyDeleteError(error, signal);
            if (outcome === 'gone') {
                entry.deleted = true;
            }
            else if (outcome === 'failed') {
                entry.error = error instanceof errors/* ApiError */.h ? error.reason : (0,shared_errors/* messageOf */.b)(error);
                prune.failedCount++;
                log.warn(`Could not delete '${artifact.name}' (id ${artifact.id}): ${entry.error}`);
            }
            else {
                stop = outcome;
            }
        }
        if (entry.deleted) {
            prune.deletedCount++;
            prune.deletedBytes += artifact.size_in_bytes;
        }
        if (progressDue()) {
            log.info(`Deleted ${(0,format/* formatCount */.B4)(prune.deletedCount)} of ${(0,format/* formatCount */.B4)(queue.length)} (${(0,format/* formatBytes */.z3)(prune.deletedBytes)} freed)`);
        }
    }
    const left = queue.length - prune.deletedCount - prune.failedCount;
    const later = (resetAt) => resetAt
        ? `run again after ${(0,format/* formatInstant */.r4)(resetAt)} to delete the remaining ${(0,format/* formatCount */.B4)(left)}`
        : `run again later to delete the remaining ${(0,format/* formatCount */.B4)(left)}`;
    let failure;
    switch (stop?.kind) {
        case 'budget':
            notes.push(`Stopped to leave ${(0,format/* formatCount */.B4)(stop.reserve)} of ${(0,format/* formatCount */.B4)(stop.limit)} hourly API requests to the repository's other workflows (rate-limit-reserve): ${later(stop.resetAt)}.`);
            log.warn(notes[notes.length - 1]);
            break;
        case 'rate-limited':
            notes.push(`Stopped by GitHub's rate limit: ${later(stop.resetAt ?? client.rate.resetAt)}.`);
            log.warn(notes[notes.length - 1]);
            break;
        case 'cancelled':
            failure = `Cancelled: stopped after deleting ${(0,format/* formatCount */.B4)(prune.deletedCount)} of ${(0,format/* formatCount */.B4)(queue.length)}.`;
            notes.push(failure);
            break;
        case 'permission':
            failure = stop.message;
            notes.push(failure);
            break;
    }
    if (found.overLimit.length > 0) {
        notes.push(`${(0,format/* formatCount */.B4)(found.overLimit.length)} more matching artifact(s) were left for a later run by 'limit'.`);
    }
    if (prune.failedCount > 0 && failure === undefined) {
        failure = `${prune.failedCount} of ${queue.length} deletion(s) failed: ${(0,report_report/* describeFailures */.n)(reported)}`;
    }
    const report = finish(reported, failure);
    log.info(`Deleted ${(0,format/* formatCount */.B4)(prune.deletedCount)} artifact(s), ${(0,format/* formatBytes */.z3)(prune.deletedBytes)} freed; ${(0,format/* formatCount */.B4)(prune.remainingCount)} remaining.`);
    return report;
}

;// CONCATENATED MODULE: ./src/operations/index.ts


/** Every operation, by the name `operation` takes: adding one touches its folder and this table. */
const OPERATION_RUNNERS = {
    list: runList,
    // Loaded when it runs: the transfer and unpacking code is a large part of the bundle,
    // which list and prune would otherwise parse at every start.
    download: async (context, settings) => (await __webpack_require__.e(/* import() */ 811).then(__webpack_require__.bind(__webpack_require__, 6811))).runDownload(context, settings),
    prune: runPrune
};
/** Runs the operation the settings name. */
function runOperation(context, settings) {
    const run = OPERATION_RUNNERS[settings.operation];
    return run(context, settings);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/select.ts
var core_select = __webpack_require__(3295);
;// CONCATENATED MODULE: ./src/report/outputs.ts







/**
 * GitHub keeps a job's outputs to 1 MB, counted as UTF-16 (two bytes a code unit): the
 * `artifacts` output gets 900,000 of them, the rest is ample for the other outputs.
 */
const ARTIFACTS_OUTPUT_LIMIT_BYTES = 900_000;
const utf16Bytes = (text) => text.length * 2;
/**
 * As many artifacts as fit in `limitBytes` of JSON, the newest first, kept in the order given;
 * and how many were left out.
 */
function fitArtifacts(artifacts, limitBytes) {
    const all = JSON.stringify(artifacts);
    if (utf16Bytes(all) <= limitBytes)
        return { json: all, left: 0 };
    const byNewest = [...artifacts].sort(core_select/* compareNewestFirst */.a0);
    const kept = new Set();
    let used = utf16Bytes('[]');
    for (const artifact of byNewest) {
        const size = utf16Bytes(JSON.stringify(artifact)) + (kept.size > 0 ? 2 : 0);
        if (used + size > limitBytes)
            break;
        kept.add(artifact);
        used += size;
    }
    return {
        json: JSON.stringify(artifacts.filter(a => kept.has(a))),
        left: artifacts.length - kept.size
    };
}
/**
 * The outputs every operation sets, then the operation's own. The complete selection also goes
 * to a JSON file under `tempDir` (RUNNER_TEMP), whatever its size.
 */
function writeOutputs(report, setOutput, tempDir = process.env['RUNNER_TEMP'] || external_node_os_.tmpdir()) {
    const file = external_node_path_.join(tempDir, `artifact-ops-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.json`);
    (0,external_node_fs_.writeFileSync)(file, JSON.stringify(report.artifacts, null, 2));
    const { json, left } = fitArtifacts(report.artifacts, ARTIFACTS_OUTPUT_LIMIT_BYTES);
    setOutput(inputs/* Outputs */.tY.Artifacts, json);
    setOutput(inputs/* Outputs */.tY.ArtifactsTruncated, left);
    setOutput(inputs/* Outputs */.tY.ArtifactsFile, file);
    setOutput(inputs/* Outputs */.tY.Count, report.artifacts.length);
    setOutput(inputs/* Outputs */.tY.TotalBytes, (0,bytes/* totalBytes */.ob)(report.artifacts));
    for (const [name, value] of Object.entries(report.outputs))
        setOutput(name, value);
}

;// CONCATENATED MODULE: ./src/operations/download/settings.ts




const DIGEST_MISMATCH_MODES = ['ignore', 'info', 'warn', 'error'];
const ATTESTATION_MODES = ['off', 'if-present', 'required'];
/**
 * `path` as an absolute destination by `platform`'s rules: `~`, `~/` (and `~\` on Windows) are
 * the home directory; a relative path is under `cwd`. On Windows, drive letters, either slash,
 * and UNC (`\\server\share`) and long-path (`\\?\`) prefixes are read as Windows reads them.
 */
function resolveDestination(value, platform, home, cwd) {
    const rules = platform === 'win32' ? external_node_path_.win32 : external_node_path_.posix;
    const separators = platform === 'win32' ? /^~[/\\]/ : /^~\//;
    const expanded = value === '~' ? home : separators.test(value) ? rules.join(home, value.slice(2)) : value;
    return rules.resolve(cwd, expanded);
}
/** `owner/repo/.github/workflows/FILE.yml`, optionally `@ref`. */
function parseSignerWorkflow(value) {
    if (value === '')
        return undefined;
    const m = /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/(\.github\/workflows\/[^@\s]+\.ya?ml)(?:@(\S+))?$/.exec(value);
    if (m === null || m[1].split('/').some(part => /^\.{1,2}$/.test(part)) || m[2].includes('/../')) {
        throw invalid(inputs/* Inputs */.G0.AttestationSignerWorkflow, value, "Expected 'owner/repo/.github/workflows/FILE.yml', optionally with '@REF', e.g. 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main'.");
    }
    return { repository: m[1], path: m[2], ref: m[3] };
}
function parseAttestation(input) {
    const predicateType = input.value(inputs/* Inputs */.G0.AttestationPredicateType);
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(predicateType)) {
        throw invalid(inputs/* Inputs */.G0.AttestationPredicateType, predicateType, "Expected a predicate type URI, e.g. 'https://slsa.dev/provenance/v1' (the default).");
    }
    const trustedRoot = input.value(inputs/* Inputs */.G0.AttestationTrustedRoot);
    const server = (process.env['GITHUB_SERVER_URL'] ?? '').trim().replace(/\/+$/, '');
    return {
        mode: parseChoice(inputs/* Inputs */.G0.Attestation, input.value(inputs/* Inputs */.G0.Attestation), ATTESTATION_MODES),
        signerWorkflow: parseSignerWorkflow(input.value(inputs/* Inputs */.G0.AttestationSignerWorkflow)),
        predicateType,
        trustedRoot: trustedRoot === '' ? undefined : external_node_path_.resolve(trustedRoot),
        serverUrl: URL.canParse(server) && /^https?:/.test(server) ? server : 'https://github.com'
    };
}
function parseDownloadSettings(input) {
    const destination = input.value(inputs/* Inputs */.G0.Path) || process.env['GITHUB_WORKSPACE'] || process.cwd();
    return {
        path: resolveDestination(destination, process.platform, external_node_os_.homedir(), process.cwd()),
        mergeMultiple: parseBoolean(inputs/* Inputs */.G0.MergeMultiple, input.value(inputs/* Inputs */.G0.MergeMultiple)),
        skipDecompress: parseBoolean(inputs/* Inputs */.G0.SkipDecompress, input.value(inputs/* Inputs */.G0.SkipDecompress)),
        digestMismatch: parseChoice(inputs/* Inputs */.G0.DigestMismatch, input.value(inputs/* Inputs */.G0.DigestMismatch), DIGEST_MISMATCH_MODES),
        allowForks: parseBoolean(inputs/* Inputs */.G0.AllowForks, input.value(inputs/* Inputs */.G0.AllowForks)),
        overwrite: parseBoolean(inputs/* Inputs */.G0.Overwrite, input.value(inputs/* Inputs */.G0.Overwrite)),
        deleteAfter: parseBoolean(inputs/* Inputs */.G0.DeleteAfter, input.value(inputs/* Inputs */.G0.DeleteAfter)),
        dryRun: parseBoolean(inputs/* Inputs */.G0.DryRun, input.value(inputs/* Inputs */.G0.DryRun)),
        attestation: parseAttestation(input),
        ownRunId: /^\d+$/.test(process.env['GITHUB_RUN_ID'] ?? '')
            ? Number(process.env['GITHUB_RUN_ID'])
            : undefined
    };
}

// EXTERNAL MODULE: ./src/settings/environment.ts
var environment = __webpack_require__(7840);
;// CONCATENATED MODULE: ./src/settings/index.ts







const NOT_FOUND_MODES = ['fail', 'warn', 'ignore'];
/**
 * What an empty selection does when `if-no-artifact-found` is not given: a download that finds
 * nothing fails; a prune that finds nothing says so as a warning (a nightly cleanup that
 * silently does nothing forever is a failure nobody sees); a list just says so.
 */
const DEFAULT_NOT_FOUND_MODE = {
    list: 'ignore',
    download: 'fail',
    prune: 'warn'
};
function parseToken(input) {
    const token = input.value(inputs/* Inputs */.G0.GitHubToken);
    if (token === '') {
        throw new shared_errors/* InputError */.d(`Input '${inputs/* Inputs */.G0.GitHubToken}' is empty. Pass a token, e.g. 'github-token: \${{ github.token }}' (the default).`);
    }
    // A token goes into a header: a line break would end the header early (or be refused by fetch
    // with the header quoted). The value is never shown; it is a secret even when it is wrong.
    if (!/^[\x21-\x7e]+$/.test(token)) {
        throw new shared_errors/* InputError */.d(`Input '${inputs/* Inputs */.G0.GitHubToken}' contains a line break, a space or a character outside printable ASCII (the value is not shown). Pass the token alone, e.g. 'github-token: \${{ secrets.MY_TOKEN }}'.`);
    }
    return token;
}
function parseRepository(input) {
    const value = input.value(inputs/* Inputs */.G0.Repository) || process.env['GITHUB_REPOSITORY'] || '';
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value);
    // `x/..` would become the path /repos/x/../actions/… and reach another endpoint.
    const dots = match !== null && [match[1], match[2]].some(part => /^\.{1,2}$/.test(part));
    if (match === null || dots) {
        throw invalid(inputs/* Inputs */.G0.Repository, value, "Expected 'owner/name', e.g. 'octo-org/octo-repo' (neither part may be '.' or '..').");
    }
    return { owner: match[1], repo: match[2] };
}
/** The longest rate-limit wait accepted: a job runs 6 hours at most. */
const MAX_WAIT_LIMIT_SECONDS = 6 * 3600;
const WAIT_UNITS_S = { '': 1, s: 1, m: 60, h: 3600 };
function parseMaxWait(input) {
    const value = input.value(inputs/* Inputs */.G0.MaxWait);
    const match = /^(\d{1,6})\s*([smh]?)$/.exec(value);
    const seconds = match === null ? NaN : Number(match[1]) * WAIT_UNITS_S[match[2]];
    if (!(seconds <= MAX_WAIT_LIMIT_SECONDS)) {
        throw invalid(inputs/* Inputs */.G0.MaxWait, value, "Expected a duration in seconds, minutes or hours up to 6h, e.g. '300', '90s', '5m' or '1h' ('0' never waits).");
    }
    return seconds;
}
/**
 * Reads and validates every input. Throws an InputError naming the input, the value and what is
 * accepted; nothing has been sent to the API by then.
 */
function getSettings(read, now = new Date()) {
    const input = createReader(read);
    const operation = parseChoice(inputs/* Inputs */.G0.Operation, input.value(inputs/* Inputs */.G0.Operation), inputs/* OPERATIONS */.xb);
    const selection = parseSelection(input, now);
    const common = {
        token: parseToken(input),
        ...parseRepository(input),
        selection,
        ifNoArtifactFound: parseChoice(inputs/* Inputs */.G0.IfNoArtifactFound, input.value(inputs/* Inputs */.G0.IfNoArtifactFound) || DEFAULT_NOT_FOUND_MODE[operation], NOT_FOUND_MODES),
        apiUrl: (0,environment/* parseApiUrl */.nV)(process.env['GITHUB_API_URL']),
        maxWaitSeconds: parseMaxWait(input)
    };
    // Every operation's inputs are checked, so that a bad value is an error whichever operation
    // runs; each operation keeps only its own slice.
    const download = parseDownloadSettings(input);
    const prune = parsePruneSettings(input);
    switch (operation) {
        case 'list':
            return { ...common, operation };
        case 'download':
            return { ...common, operation, download };
        case 'prune':
            checkPruneSelection(selection);
            return { ...common, operation, prune };
    }
}
/** Inputs given a value that `operation` ignores, with the operations that read them. */
function ignoredInputs(read, operation) {
    const ignored = [];
    const readBy = (name) => inputs/* OPERATIONS */.xb.filter(other => inputs/* OPERATION_INPUTS */.gE[other].includes(name));
    const names = new Set(inputs/* OPERATIONS */.xb.flatMap(other => inputs/* OPERATION_INPUTS */.gE[other]));
    for (const name of names) {
        if (inputs/* OPERATION_INPUTS */.gE[operation].includes(name))
            continue;
        const value = read(name).trim();
        // `path`'s default is the workspace, which the runner fills in: only another value was
        // written by the workflow.
        const fallback = name === inputs/* Inputs */.G0.Path ? process.env['GITHUB_WORKSPACE'] : (0,inputs/* literalDefault */.t0)(name);
        if (value === '' || value === fallback)
            continue;
        ignored.push({ input: name, value, readBy: readBy(name) });
    }
    return ignored;
}



;// CONCATENATED MODULE: ./src/settings/input-names.ts


/**
 * Inputs of the actions users come from, and what they are called here. Without an input: nothing
 * here does that, and the README's migration tables say what to do instead. A Map, not an object
 * literal: `constructor` or `__proto__` must not find Object.prototype's.
 */
const FOREIGN_NAMES = new Map([
    ['github_token', { input: inputs/* Inputs */.G0.GitHubToken }],
    ['repo', { input: inputs/* Inputs */.G0.Repository }],
    ['run_id', { input: inputs/* Inputs */.G0.RunId }],
    ['run_number', { input: inputs/* Inputs */.G0.RunId, say: `${inputs/* Inputs */.G0.RunId} (a run's id, from its URL)` }],
    ['workflow_conclusion', { input: inputs/* Inputs */.G0.WorkflowConclusion }],
    ['workflow_search', { say: `leave '${inputs/* Inputs */.G0.Workflow}' out to search every workflow` }],
    [
        'name_is_regexp',
        { input: inputs/* Inputs */.G0.Pattern, say: `${inputs/* Inputs */.G0.Pattern} (globs, not regular expressions)` }
    ],
    ['skip_unpack', { input: inputs/* Inputs */.G0.SkipDecompress }],
    ['dry_run', { input: inputs/* Inputs */.G0.DryRun }],
    ['if_no_artifact_found', { input: inputs/* Inputs */.G0.IfNoArtifactFound }],
    ['allow_forks', { input: inputs/* Inputs */.G0.AllowForks }],
    ['merge_multiple', { input: inputs/* Inputs */.G0.MergeMultiple }],
    ['search_artifacts', { say: 'nothing: every run that passes the filters is searched' }],
    ['check_artifacts', { say: 'nothing: only runs with artifacts are considered' }],
    ['ref', { input: inputs/* Inputs */.G0.Branch, say: `${inputs/* Inputs */.G0.Branch} or ${inputs/* Inputs */.G0.Commit}` }],
    ['use_unzip', { say: 'nothing: archives are always unpacked by this action' }],
    ['id', { input: inputs/* Inputs */.G0.ArtifactIds }],
    ['ids', { input: inputs/* Inputs */.G0.ArtifactIds }],
    ['token', { input: inputs/* Inputs */.G0.GitHubToken }],
    ['decompress', { input: inputs/* Inputs */.G0.SkipDecompress }]
]);
/**
 * Inputs a download may lose to a misspelling and still take the bytes that were meant, put
 * where they were meant: taken at their default, they only fail louder (`if-no-artifact-found`),
 * keep what would have been deleted (`delete-after`), wait differently or use the runner's token
 * (which reaches no more than the token meant). Every other input chooses the artifact, the bytes
 * taken or how they are checked, or where and how they are written: `run_id` for `run-id` would
 * download the newest artifact of the whole repository. A download refuses those misspellings;
 * a new input is refused unless it is added here.
 */
const SAFE_TO_LOSE_ON_DOWNLOAD = new Set([
    inputs/* Inputs */.G0.Operation,
    inputs/* Inputs */.G0.GitHubToken,
    inputs/* Inputs */.G0.IfNoArtifactFound,
    inputs/* Inputs */.G0.MaxWait,
    inputs/* Inputs */.G0.DeleteAfter,
    inputs/* Inputs */.G0.RateLimitReserve
]);
/** Edits (insert, delete, replace) from `a` to `b`. */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}
function meaningOf(name) {
    const foreign = FOREIGN_NAMES.get(name);
    if (foreign !== undefined)
        return { input: foreign.input, say: foreign.say ?? foreign.input };
    const spelled = name.replace(/[_ ]/g, '-');
    const known = Object.values(inputs/* Inputs */.G0);
    const exact = known.find(input => input === spelled);
    if (exact !== undefined)
        return { input: exact, say: exact };
    let best;
    for (const input of known) {
        const edits = distance(spelled, input);
        if (edits <= 2 && (best === undefined || edits < best.edits))
            best = { input, edits };
    }
    return best && { input: best.input, say: best.input };
}
/**
 * The inputs the runner passed (every `with:` key becomes `INPUT_<NAME>`, upper-cased, spaces
 * as `_`) that action.yml does not declare, each with what it most likely meant.
 */
function findUnknownInputs(env) {
    const known = new Set(Object.values(inputs/* Inputs */.G0).map(input => input.toUpperCase()));
    return Object.keys(env)
        .filter(key => key.startsWith('INPUT_') && !known.has(key.slice('INPUT_'.length)))
        .sort()
        .map(key => {
        const name = key.slice('INPUT_'.length).toLowerCase();
        const meaning = meaningOf(name);
        return { name, suggestion: meaning?.say, meant: meaning?.input };
    });
}
/** One input in words: `'dry_run' (did you mean 'dry-run'?)`. */
function describeUnknownInput({ name, suggestion }) {
    return suggestion === undefined ? `'${name}'` : `'${name}' (did you mean '${suggestion}'?)`;
}
/**
 * What an operation does with inputs it does not know: prune refuses to run, since a misspelt
 * `dry_run` or a foreign `run_id` would widen what it deletes; download refuses one that most
 * likely meant an input outside SAFE_TO_LOSE_ON_DOWNLOAD; the rest go on and return the warning
 * to log.
 */
function checkInputNames(operation, unknown) {
    if (unknown.length === 0)
        return undefined;
    const list = unknown.map(describeUnknownInput).join(', ');
    if (operation === 'prune') {
        throw new shared_errors/* InputError */.d(`Refusing to prune with inputs this action does not have: ${list}. A misspelt input is ignored, which could delete more than meant. Inputs are kebab-case, as in action.yml.`);
    }
    const unsafe = unknown.filter(({ meant }) => meant !== undefined && !SAFE_TO_LOSE_ON_DOWNLOAD.has(meant));
    if (operation === 'download' && unsafe.length > 0) {
        throw new shared_errors/* InputError */.d(`Refusing to download with inputs this action does not have: ${unsafe.map(describeUnknownInput).join(', ')}. A misspelt input is ignored, which could download other artifacts than meant or put them elsewhere. Inputs are kebab-case, as in action.yml.`);
    }
    return `Ignoring inputs this action does not have: ${list}. Inputs are kebab-case, as in action.yml.`;
}

// EXTERNAL MODULE: ./src/shared/logger.ts
var logger = __webpack_require__(4381);
// EXTERNAL MODULE: ./src/shared/sanitize.ts
var sanitize = __webpack_require__(8406);
;// CONCATENATED MODULE: ./src/main.ts












/**
 * The runner's log, through @actions/core. Messages carry names from outside: plain lines go
 * through toLogLine so that none can start a workflow command; debug, warning, error and group
 * titles are commands, whose data the toolkit escapes the same way (escaping again would show
 * `%25`). Invisible characters are shown in all of them (showInvisible).
 */
const coreLogger = {
    debug: message => core.debug((0,sanitize/* showInvisible */.jQ)(message)),
    info: message => core.info((0,sanitize/* toLogLine */.gD)(message)),
    warn: message => core.warning((0,sanitize/* showInvisible */.jQ)(message)),
    error: message => core.error((0,sanitize/* showInvisible */.jQ)(message)),
    group: (title, lines) => {
        core.startGroup((0,sanitize/* showInvisible */.jQ)(title));
        for (const line of lines)
            core.info((0,sanitize/* toLogLine */.gD)(line));
        core.endGroup();
    }
};
/** After the runner's cancellation, how long the operation has to stop by itself. */
const CANCEL_GRACE_MS = 5000;
/**
 * Turns the runner's SIGINT/SIGTERM into an aborted signal: operations stop at a safe point
 * (prune between deletions; download removing its staging) and outputs are still written. If
 * the operation has not ended within the grace period, the process exits as the signal would
 * have ended it.
 */
function listenForCancellation(log, { graceMs = CANCEL_GRACE_MS, exit = process.exit } = {}) {
    const controller = new AbortController();
    const onSignal = (signal) => {
        if (controller.signal.aborted)
            return;
        log.warn(`Received ${signal}: stopping at the next safe point.`);
        controller.abort(new Error(`cancelled by ${signal}`));
        setTimeout(() => exit(signal === 'SIGINT' ? 130 : 143), graceMs).unref();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        }
    };
}
/** The action: settings → client, logger, signal → one operation → outputs and job summary. */
async function run(cancel = {}) {
    const annotations = (0,logger/* limitAnnotations */.y)(coreLogger);
    const log = annotations.log;
    const cancellation = listenForCancellation(log, cancel);
    let explain;
    let operation;
    try {
        const read = (name) => core.getInput(name);
        const settings = getSettings(read);
        core.setSecret(settings.token);
        operation = settings.operation;
        const unknown = checkInputNames(settings.operation, findUnknownInputs(process.env));
        if (unknown !== undefined)
            log.warn(unknown);
        for (const { input, value, readBy } of ignoredInputs(read, settings.operation)) {
            log.warn(`Input '${input}' (${value}) applies to operation ${readBy.map(o => `'${o}'`).join(' and ')} only; '${settings.operation}' ignores it.`);
        }
        const { signal } = cancellation;
        const client = (0,github_client/* createClient */.UU)({
            token: settings.token,
            apiUrl: settings.apiUrl,
            maxRateLimitWaitSeconds: settings.maxWaitSeconds,
            log,
            signal
        });
        explain = async (error) => explainNotFound(client, settings, error);
        const report = await runOperation({ client, log, signal }, settings);
        writeOutputs(report, core.setOutput);
        if (process.env['GITHUB_STEP_SUMMARY']) {
            const links = {
                serverUrl: (process.env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, ''),
                repository: (0,core_query/* repositoryOf */._)(settings)
            };
            await (0,summary/* buildSummary */.fR)(report.summary, links).write();
        }
        if (report.failure !== undefined)
            core.setFailed((0,sanitize/* showInvisible */.jQ)(report.failure));
    }
    catch (error) {
        const message = (await explain?.(error).catch(() => undefined)) ?? (0,shared_errors/* messageOf */.b)(error);
        core.setFailed((0,sanitize/* showInvisible */.jQ)(message));
        // A failure before the report still gets a short summary: what failed and what to do.
        if (process.env['GITHUB_STEP_SUMMARY']) {
            await (0,summary/* failureSummary */.jg)(message, operation)
                .write()
                .catch(() => undefined);
        }
    }
    finally {
        annotations.flush();
        cancellation.dispose();
    }
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   _w: () => (/* binding */ formatFirst),
/* harmony export */   r4: () => (/* binding */ formatInstant),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
/** Bytes in human units: `0 B`, `512 B`, `1.5 KiB`, `2.0 GiB`. */
function formatBytes(bytes) {
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${value} ${UNITS[0]}` : `${value.toFixed(1)} ${UNITS[unit]}`;
}
/** A count with thousands separators: `1,234`. */
function formatCount(count) {
    // Not toLocaleString: loading ICU's number formatting costs ~15 ms of the action's start-up.
    return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** Seconds with one decimal: `2.5 s`. */
function formatSeconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
/** An instant as `2026-11-21 14:05 UTC`. */
function formatInstant(date) {
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/** The first `max` items joined by commas, then `and N more` for the rest. */
function formatFirst(items, max = 5) {
    const more = items.length - max;
    return `${items.slice(0, max).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ toReported),
/* harmony export */   n: () => (/* binding */ describeFailures)
/* harmony export */ });
/** `'name' (id N): error` for each artifact that failed, joined for one message. */
function describeFailures(artifacts) {
    return artifacts
        .filter(a => a.error !== undefined)
        .map(a => `'${a.name}' (id ${a.id}): ${a.error}`)
        .join('; ');
}
/** The output view of an artifact: the documented fields, nulls where the server gave none. */
function toReported(artifact) {
    return {
        id: artifact.id,
        name: artifact.name,
        size_in_bytes: artifact.size_in_bytes,
        created_at: artifact.created_at ?? null,
        expires_at: artifact.expires_at ?? null,
        expired: artifact.expired,
        digest: artifact.digest ?? null,
        workflow_run: artifact.workflow_run ?? null
    };
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ failureNotes),
/* harmony export */   Uf: () => (/* binding */ artifactCells),
/* harmony export */   a8: () => (/* binding */ overviewByName),
/* harmony export */   bs: () => (/* binding */ together),
/* harmony export */   dV: () => (/* binding */ ARTIFACT_COLUMNS),
/* harmony export */   e9: () => (/* binding */ describeSelection),
/* harmony export */   fR: () => (/* binding */ buildSummary),
/* harmony export */   im: () => (/* binding */ formatDay),
/* harmony export */   jg: () => (/* binding */ failureSummary),
/* harmony export */   y6: () => (/* binding */ storageByName)
/* harmony export */ });
/* unused harmony exports SUMMARY_ROWS, OPEN_ROWS, OVERVIEW_NAMES, CHART_SLICES, SUMMARY_LIMIT_BYTES, groupByName */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _shared_bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2250);
/* harmony import */ var _shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8406);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2011);




/** Rows of the per-artifact table before it is cut. */
const SUMMARY_ROWS = 200;
/** Rows of the per-artifact table shown open; a longer table is collapsed. */
const OPEN_ROWS = 10;
/** Names in the overview before the rest are counted in one line. */
const OVERVIEW_NAMES = 50;
/** Slices of the storage chart; smaller names are drawn together as one. */
const CHART_SLICES = 8;
/** GitHub drops a step summary over 1 MiB; this one stays well under it. */
const SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** `2026-11-21 14:05 UTC`, or a dash. */
function formatDay(value) {
    return value ? `${value.slice(0, 16).replace('T', ' ')} UTC` : '—';
}
/**
 * A cell that must not wrap (a time, a size): its spaces and hyphens made no-break, so that a
 * crowded table scrolls sideways instead of breaking `2026-11-21 14:05 UTC` over three lines.
 */
function together(text) {
    return text.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}
/** Failures of the artifacts that failed, the first `max` as notes for the top of the summary. */
function failureNotes(artifacts, max = 5) {
    const failed = artifacts.filter(a => a.error !== undefined);
    const notes = failed.slice(0, max).map(a => {
        const error = (0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(a.error ?? '', 300);
        // Most errors name the artifact already.
        return error.includes(`(id ${a.id})`)
            ? `Failed: ${error}`
            : `Failed: '${a.name}' (id ${a.id}): ${error}`;
    });
    if (failed.length > max) {
        notes.push(`… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(failed.length - max)} more failed (see the table below).`);
    }
    return notes;
}
/** The columns every operation's artifact table starts with. */
const ARTIFACT_COLUMNS = ['Name', 'ID', 'Size', 'Created', 'Branch', 'Commit', 'Run'];
/** The cells of ARTIFACT_COLUMNS for one artifact (expired ones say so by their name). */
function artifactCells(a) {
    return [
        a.expired ? `${a.name} (expired)` : a.name,
        String(a.id),
        together((0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(a.size_in_bytes)),
        together(formatDay(a.created_at)),
        a.workflow_run?.head_branch ?? '—',
        a.workflow_run?.head_sha ? { code: a.workflow_run.head_sha.slice(0, 7) } : '—',
        typeof a.workflow_run?.id === 'number' ? { run: a.workflow_run.id } : '—'
    ];
}
/** `'a', 'b' and 2 more` */
function listOf(values, max = 3) {
    const shown = values.slice(0, max).map(v => `'${v}'`);
    return values.length > max
        ? `${shown.join(', ')} and ${values.length - max} more`
        : shown.join(', ');
}
/** The selection that was asked for, in one line. */
function describeSelection(operation, repository, selection) {
    const parts = [];
    const s = selection;
    if (s.names.length > 0)
        parts.push(`name ${listOf(s.names)}`);
    if (s.patterns.length > 0)
        parts.push(`pattern ${listOf(s.patterns)}`);
    if (s.artifactIds.length > 0)
        parts.push(`ids ${s.artifactIds.slice(0, 5).join(', ')}`);
    if (s.runId !== undefined)
        parts.push(`run ${s.runId}`);
    if (s.workflow !== undefined)
        parts.push(`workflow '${s.workflow}'`);
    if (s.workflowConclusion !== undefined)
        parts.push(`conclusion ${s.workflowConclusion}`);
    if (s.event !== undefined)
        parts.push(`event ${s.event}`);
    if (s.branch !== undefined)
        parts.push(`branch '${s.branch}'`);
    if (s.commit !== undefined)
        parts.push(`commit ${s.commit.slice(0, 12)}`);
    if (s.pr !== undefined)
        parts.push(`pull request #${s.pr}`);
    if (s.olderThan !== undefined)
        parts.push(`older than ${formatDay(s.olderThan.toISOString())}`);
    if (s.newerThan !== undefined)
        parts.push(`newer than ${formatDay(s.newerThan.toISOString())}`);
    if (s.keepLatest !== undefined)
        parts.push(`keeping the newest ${s.keepLatest} of each name`);
    if (s.limit !== undefined)
        parts.push(`at most ${s.limit}`);
    return `${operation} in ${repository}: ${parts.length > 0 ? parts.join(', ') : 'every artifact'}`;
}
/**
 * The artifacts grouped by name, the largest first, then by name in code-unit order (not
 * localeCompare: its first call loads ICU's collator, several ms of the action's start-up).
 */
function groupByName(artifacts) {
    const groups = new Map();
    for (const artifact of artifacts) {
        const group = groups.get(artifact.name);
        if (group)
            group.push(artifact);
        else
            groups.set(artifact.name, [artifact]);
    }
    // Names are the keys of a map: no two are equal.
    return [...groups.entries()].sort((a, b) => (0,_shared_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .totalBytes */ .ob)(b[1]) - (0,_shared_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .totalBytes */ .ob)(a[1]) || (a[0] < b[0] ? -1 : 1));
}
/**
 * One row per name: count, total size, oldest and newest (expired ones counted apart), and the
 * operation's own columns after them.
 */
function overviewByName(artifacts, extra = {
    columns: [],
    cells: () => []
}) {
    const rows = groupByName(artifacts).map(([name, group]) => {
        const times = group
            .map(a => a.created_at)
            .filter((t) => typeof t === 'string')
            .sort();
        const expired = group.filter(a => a.expired).length;
        return [
            name,
            (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(group.length),
            together((0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)((0,_shared_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .totalBytes */ .ob)(group))),
            together(formatDay(times[0])),
            together(formatDay(times[times.length - 1])),
            expired > 0 ? (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(expired) : '—',
            ...extra.cells(group)
        ];
    });
    return {
        columns: ['Name', 'Artifacts', 'Size', 'Oldest', 'Newest', 'Expired', ...extra.columns],
        rows
    };
}
/** Storage by name as chart slices: the largest names, the rest as one. */
function storageByName(artifacts) {
    const groups = groupByName(artifacts);
    if (groups.length < 2)
        return undefined;
    const slices = groups
        .slice(0, CHART_SLICES)
        .map(([name, group]) => ({ label: name, value: (0,_shared_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .totalBytes */ .ob)(group) }));
    const rest = groups.slice(CHART_SLICES);
    if (rest.length > 0) {
        slices.push({
            label: `${rest.length} other names`,
            value: rest.reduce((sum, [, group]) => sum + (0,_shared_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .totalBytes */ .ob)(group), 0)
        });
    }
    return { title: 'Storage by name', slices };
}
function renderCell(cell, links) {
    if (typeof cell === 'string') {
        return (0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)((0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(cell))
            .replace(/\u00a0/g, '&nbsp;')
            .replace(/\u2011/g, '&#8209;');
    }
    if ('code' in cell)
        return `<code>${(0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)((0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(cell.code))}</code>`;
    const text = `#${cell.run}`;
    if (links === undefined)
        return text;
    const href = `${links.serverUrl}/${links.repository}/actions/runs/${cell.run}`;
    return `<a href="${(0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)(href)}">${text}</a>`;
}
function renderTable(table, rows, links) {
    const head = table.columns.map(c => `<th>${(0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)(c)}</th>`).join('');
    const body = table.rows
        .slice(0, rows)
        .map(row => `<tr>${row.map(cell => `<td>${renderCell(cell, links)}</td>`).join('')}</tr>`)
        .join('');
    return `<table><tr>${head}</tr>${body}</table>`;
}
/**
 * A Mermaid pie chart (GitHub draws Mermaid in job summaries), each slice labelled with its size
 * in human units (Mermaid's own showData would print raw byte counts). Labels are names from
 * outside: only letters, digits and a few marks are kept, so that nothing can end the label or
 * the block.
 */
function renderChart(chart) {
    const label = (text) => (0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(text.replace(/[^\p{L}\p{N} ._\-/()]/gu, '_'), 40);
    const lines = chart.slices.map(s => `    "${label(s.label)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(s.value)})" : ${s.value}`);
    return ['```mermaid', `pie title ${chart.title}`, ...lines, '```'].join('\n');
}
/**
 * The job summary of an operation, the answer first: totals, the selection, notes, an overview
 * by name with a storage chart, then every artifact (collapsed when long). Every text from
 * outside is escaped here, in one place.
 */
function buildSummary(parts, links) {
    const summary = _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.emptyBuffer().addHeading(`artifact-ops: ${(0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)(parts.title)}`, 3);
    summary.addRaw(`<p><b>${(0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)(parts.totals)}</b></p>`, true);
    if (parts.selection !== undefined) {
        summary.addRaw(`<p>Selection: ${(0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)(parts.selection)}</p>`, true);
    }
    for (const note of parts.notes)
        summary.addRaw(`<p>${(0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)(note)}</p>`, true);
    // With one name the overview would repeat the totals line: it is left out.
    if (parts.overview !== undefined && parts.overview.rows.length > 1) {
        summary.addRaw(renderTable(parts.overview, OVERVIEW_NAMES, links), true);
        const more = parts.overview.rows.length - OVERVIEW_NAMES;
        if (more > 0)
            summary.addRaw(`<p>… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(more)} more names.</p>`, true);
    }
    if (parts.chart !== undefined)
        summary.addRaw(`\n${renderChart(parts.chart)}\n`, true);
    const { rows } = parts.table;
    if (rows.length > 0) {
        const more = rows.length - SUMMARY_ROWS;
        const table = renderTable(parts.table, SUMMARY_ROWS, links) +
            (more > 0
                ? `<p>… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(more)} more not shown (every one is in the artifacts-file output).</p>`
                : '');
        if (rows.length > OPEN_ROWS) {
            summary.addDetails(`Every artifact (${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(rows.length)})`, table);
        }
        else {
            summary.addRaw(table, true);
        }
    }
    if (parts.details !== undefined && parts.details.lines.length > 0) {
        const shown = parts.details.lines.slice(0, SUMMARY_ROWS);
        const more = parts.details.lines.length - shown.length;
        summary.addDetails((0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)(parts.details.title), shown.map(line => (0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)((0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(line))).join('<br>') +
            (more > 0 ? `<br>… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(more)} more` : ''));
    }
    return summary;
}
/** A short summary for a step that failed before it could report anything else. */
function failureSummary(message, operation) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary
        .emptyBuffer()
        .addHeading(`artifact-ops: ${operation === undefined ? '' : `${(0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)(operation)} `}failed`, 3)
        .addRaw(`<p><b>${(0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)((0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(message, 2000))}</b></p>`, true)
        .addRaw('<p>Nothing was deleted or written. The message says what to change; the step log has the details.</p>', true);
}


/***/ }),

/***/ 7428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EK: () => (/* binding */ PER_PAGE),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   gE: () => (/* binding */ OPERATION_INPUTS),
/* harmony export */   mG: () => (/* binding */ API_VERSION),
/* harmony export */   t0: () => (/* binding */ literalDefault),
/* harmony export */   tY: () => (/* binding */ Outputs),
/* harmony export */   xb: () => (/* binding */ OPERATIONS)
/* harmony export */ });
/* unused harmony export INPUT_DEFAULTS */
/** Input names, spelled exactly as in action.yml. */
var Inputs;
(function (Inputs) {
    Inputs["Operation"] = "operation";
    Inputs["GitHubToken"] = "github-token";
    Inputs["Repository"] = "repository";
    Inputs["Name"] = "name";
    Inputs["Pattern"] = "pattern";
    Inputs["ArtifactIds"] = "artifact-ids";
    Inputs["RunId"] = "run-id";
    Inputs["Branch"] = "branch";
    Inputs["Commit"] = "commit";
    Inputs["Pr"] = "pr";
    Inputs["Workflow"] = "workflow";
    Inputs["WorkflowConclusion"] = "workflow-conclusion";
    Inputs["Event"] = "event";
    Inputs["OlderThan"] = "older-than";
    Inputs["NewerThan"] = "newer-than";
    Inputs["KeepLatest"] = "keep-latest";
    Inputs["Limit"] = "limit";
    Inputs["Path"] = "path";
    Inputs["MergeMultiple"] = "merge-multiple";
    Inputs["SkipDecompress"] = "skip-decompress";
    Inputs["DigestMismatch"] = "digest-mismatch";
    Inputs["AllowForks"] = "allow-forks";
    Inputs["Overwrite"] = "overwrite";
    Inputs["DeleteAfter"] = "delete-after";
    Inputs["DryRun"] = "dry-run";
    Inputs["RateLimitReserve"] = "rate-limit-reserve";
    Inputs["IfNoArtifactFound"] = "if-no-artifact-found";
    Inputs["MaxWait"] = "max-wait";
    Inputs["Attestation"] = "attestation";
    Inputs["AttestationSignerWorkflow"] = "attestation-signer-workflow";
    Inputs["AttestationPredicateType"] = "attestation-predicate-type";
    Inputs["AttestationTrustedRoot"] = "attestation-trusted-root";
})(Inputs || (Inputs = {}));
/** Output names, spelled exactly as in action.yml. */
var Outputs;
(function (Outputs) {
    Outputs["Artifacts"] = "artifacts";
    Outputs["ArtifactsTruncated"] = "artifacts-truncated";
    Outputs["ArtifactsFile"] = "artifacts-file";
    Outputs["Count"] = "count";
    Outputs["TotalBytes"] = "total-bytes";
    Outputs["DownloadPath"] = "download-path";
    Outputs["DeletedCount"] = "deleted-count";
    Outputs["DeletedBytes"] = "deleted-bytes";
    Outputs["RemainingCount"] = "remaining-count";
})(Outputs || (Outputs = {}));
const OPERATIONS = ['list', 'download', 'prune'];
/**
 * Every input's default exactly as action.yml declares it (checked by a test); undefined where
 * action.yml gives none. A `${{ … }}` default is filled in by the runner, so the parsers fall
 * back to the environment the runner sets (GITHUB_REPOSITORY, GITHUB_WORKSPACE) instead.
 */
const INPUT_DEFAULTS = {
    [Inputs.Operation]: 'list',
    [Inputs.GitHubToken]: '${{ github.token }}',
    [Inputs.Repository]: '${{ github.repository }}',
    [Inputs.Name]: undefined,
    [Inputs.Pattern]: undefined,
    [Inputs.ArtifactIds]: undefined,
    [Inputs.RunId]: undefined,
    [Inputs.Branch]: undefined,
    [Inputs.Commit]: undefined,
    [Inputs.Pr]: undefined,
    [Inputs.Workflow]: undefined,
    [Inputs.WorkflowConclusion]: undefined,
    [Inputs.Event]: undefined,
    [Inputs.OlderThan]: undefined,
    [Inputs.NewerThan]: undefined,
    [Inputs.KeepLatest]: undefined,
    [Inputs.Limit]: undefined,
    [Inputs.Path]: '${{ github.workspace }}',
    [Inputs.MergeMultiple]: 'false',
    [Inputs.SkipDecompress]: 'false',
    [Inputs.DigestMismatch]: 'error',
    [Inputs.AllowForks]: 'false',
    [Inputs.Overwrite]: 'true',
    [Inputs.DeleteAfter]: 'false',
    [Inputs.DryRun]: 'false',
    [Inputs.RateLimitReserve]: '10%',
    [Inputs.IfNoArtifactFound]: undefined,
    [Inputs.MaxWait]: '5m',
    [Inputs.Attestation]: 'off',
    [Inputs.AttestationSignerWorkflow]: undefined,
    [Inputs.AttestationPredicateType]: 'https://slsa.dev/provenance/v1',
    [Inputs.AttestationTrustedRoot]: undefined
};
/** The inputs that not every operation reads, by operation: the others ignore them. */
const OPERATION_INPUTS = {
    list: [],
    download: [
        Inputs.Path,
        Inputs.MergeMultiple,
        Inputs.SkipDecompress,
        Inputs.DigestMismatch,
        Inputs.AllowForks,
        Inputs.Overwrite,
        Inputs.DeleteAfter,
        Inputs.DryRun,
        Inputs.Attestation,
        Inputs.AttestationSignerWorkflow,
        Inputs.AttestationPredicateType,
        Inputs.AttestationTrustedRoot
    ],
    prune: [Inputs.DryRun, Inputs.RateLimitReserve]
};
/** A literal default, or undefined for none or one the runner fills in. */
function literalDefault(input) {
    const value = INPUT_DEFAULTS[input];
    return value === undefined || value.startsWith('${{') ? undefined : value;
}
/** The REST API version this action is written against (the oldest every product documents). */
const API_VERSION = '2022-11-28';
/** GitHub's largest page size; every listing asks for it. */
const PER_PAGE = 100;


/***/ }),

/***/ 2250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _r: () => (/* binding */ release),
/* harmony export */   f4: () => (/* binding */ writeAll),
/* harmony export */   ob: () => (/* binding */ totalBytes)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** The sum of `size_in_bytes`. */
function totalBytes(artifacts) {
    return artifacts.reduce((sum, a) => sum + a.size_in_bytes, 0);
}
/**
 * Frees a buffer's memory now instead of at V8's next collection: for a buffer handed over by
 * its producer (a socket read or a body chunk of an archive transfer, an output chunk from zlib)
 * once its bytes are parsed, hashed and on disk. Such chunks hold almost no JavaScript heap, so
 * V8 collects them only after some 64 MiB of them have piled up (its fixed allowance for memory
 * outside the heap); freed as they are used, a 1 GiB download stays near its start-up size
 * instead of growing by those 64 MiB. Only a buffer that is the whole of its ArrayBuffer is
 * freed, never a slice of a pool or of a larger read; on Node 20, where
 * `ArrayBuffer.prototype.transfer` is missing, nothing happens, and a buffer its owner made
 * undetachable is left to the collector. The caller answers for the rest: nothing may hold the
 * buffer or a view of it afterwards (Node's HTTP parser copies what it keeps of a socket read,
 * zlib starts a new output buffer once one is full, and every sink copies what it keeps; see
 * ByteSink).
 */
function release(chunk) {
    const buffer = chunk.buffer;
    // All of it: a view as long as its buffer starts at its first byte.
    if (chunk.byteLength !== buffer.byteLength || typeof buffer.transfer !== 'function')
        return;
    try {
        buffer.transfer(0);
    }
    catch {
        // Not detachable (a WebAssembly memory, say): the collector frees it in its time.
    }
}
/**
 * Writes every byte of `chunk` at the file's position, synchronously. A chunk is at most a few
 * hundred KiB going to the page cache, microseconds of work; an asynchronous write costs a trip
 * through libuv's thread pool and an event-loop turn per chunk, and measured a third slower on a
 * 1 GiB download.
 */
function writeAll(fd, chunk) {
    for (let done = 0; done < chunk.length;) {
        done += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, chunk, done, chunk.length - done);
    }
}


/***/ }),

/***/ 4732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ exchange)
/* harmony export */ });
/* unused harmony export ProxyRefusedError */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);


/**
 * A proxy that answered CONNECT with another status than 200. The tunnel package reports it as
 * a reset connection (`statusCode=407` in its message), which would be retried and read as a
 * network failure; a 4xx (credentials, a host the proxy's policy refuses) does not heal.
 */
class ProxyRefusedError extends Error {
    code;
    constructor(answer, target) {
        const status = answer.statusCode ?? 0;
        const variable = target.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY';
        super(`the proxy refused to open a tunnel to ${target.host} (${status} ${answer.statusMessage ?? ''})` +
            (status === 407 ? `: check the user name and password in ${variable}` : ''));
        this.name = 'ProxyRefusedError';
        this.code = status >= 400 && status < 500 ? 'ERR_PROXY_REFUSED' : 'ERR_PROXY_FAILED';
    }
}
/**
 * Sends a request, and gives back with it the requests its agent opened meanwhile: a tunnel
 * agent sends its CONNECT to the proxy from inside the request's constructor, with no deadline
 * of its own, and Node cannot destroy it through the request (which has no socket yet). Kept, it
 * can be destroyed with the request: a proxy that never answers would otherwise keep the process
 * alive after the action is done. (A request the tunnel queues past its 100 sockets opens its
 * CONNECT later, unseen here; the action never has more than a few at once.)
 */
function send(url, options) {
    const agent = options.agent;
    const open = agent.request;
    const opened = [];
    let refusal;
    if (typeof open === 'function') {
        agent.request = ((...args) => {
            const connect = open(...args);
            opened.push(connect);
            // Heard before the tunnel's own listener, which fails the request with a vaguer error.
            connect.once('connect', (answer) => {
                if (answer.statusCode !== 200)
                    refusal = answer;
            });
            return connect;
        });
    }
    try {
        const request = (url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request)(url, options);
        return { request, opened, refused: () => refusal };
    }
    finally {
        if (typeof open === 'function')
            agent.request = open;
    }
}
/**
 * One request over Node's own HTTP client and its answer's headers: for the API (see
 * github/answers.ts) and for an archive (see operations/download/transfer.ts). An abort rejects
 * at once with the signal's reason, also while a proxy has not answered CONNECT (the CONNECT is
 * destroyed with the request); once the headers are in, it destroys the answer with that
 * reason, so that a reader of the body fails with it. Nothing is sent when the signal is already
 * aborted.
 */
function exchange(url, options, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const { request, opened, refused } = send(url, {
            method: options.method,
            headers: options.headers,
            agent: options.agent
        });
        const abort = () => {
            request.destroy(signal.reason);
            for (const connect of opened)
                connect.destroy();
            reject(signal.reason);
        };
        signal.addEventListener('abort', abort, { once: true });
        const settle = () => signal.removeEventListener('abort', abort);
        request.once('response', message => {
            settle();
            const end = () => void message.destroy(signal.reason);
            signal.addEventListener('abort', end, { once: true });
            // Off when the answer is done: a long-lived signal would hold every answer otherwise.
            message.once('close', () => signal.removeEventListener('abort', end));
            resolve(message);
        });
        // Every error, not only the first: one after the headers (a socket that breaks mid-body
        // reaches the request too) is the body reader's to report, and must not go unhandled.
        request.on('error', error => {
            settle();
            const refusal = refused();
            reject(signal.aborted
                ? signal.reason
                : refusal !== undefined
                    ? new ProxyRefusedError(refusal, url)
                    : error);
        });
        request.end(options.body);
    });
}


/***/ }),

/***/ 4381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger),
/* harmony export */   y: () => (/* binding */ limitAnnotations)
/* harmony export */ });
/** A logger that drops everything (for code paths whose caller does not care). */
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
    group: () => undefined
};
/**
 * The runner shows at most ten annotations of a kind per step and hides the rest. This passes
 * the first `max - 1` warnings (and errors) through and keeps the others, which `flush` then
 * gives as one annotation naming how many there were; every line still reaches the log as info.
 * (One place is left free for the step's failure, itself an error annotation.)
 */
function limitAnnotations(log, max = 10) {
    const held = { warn: [], error: [] };
    const counted = { warn: 0, error: 0 };
    const limited = (kind) => (message) => {
        counted[kind]++;
        if (counted[kind] < max)
            return log[kind](message);
        held[kind].push(message);
        log.info(message);
    };
    return {
        log: { ...log, warn: limited('warn'), error: limited('error') },
        flush: () => {
            for (const kind of ['warn', 'error']) {
                const more = held[kind].splice(0);
                if (more.length === 0)
                    continue;
                const shown = more.slice(0, 5).join('; ');
                log[kind](`${more.length} more ${kind === 'warn' ? 'warnings' : 'errors'} (in the log above): ${shown}${more.length > 5 ? '; …' : ''}`);
            }
        }
    };
}


/***/ }),

/***/ 1378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ progressClock)
/* harmony export */ });
/**
 * A clock for progress lines on long work: returns true at most once every `everyMs`, the first
 * time only after `everyMs` has passed (short work prints no progress at all).
 */
function progressClock(everyMs) {
    let last = Date.now();
    return () => {
        const now = Date.now();
        if (now - last < everyMs)
            return false;
        last = now;
        return true;
    };
}


/***/ }),

/***/ 8406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gD: () => (/* binding */ toLogLine),
/* harmony export */   jQ: () => (/* binding */ showInvisible),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   ri: () => (/* binding */ toSummaryText)
/* harmony export */ });
/* unused harmony export SUMMARY_CELL_CHARS */
/**
 * Characters that display as nothing, or change how what follows displays: format characters
 * (bidi controls U+202A–U+202E and U+2066–U+2069 turn `build-\u202Eexe.46x-niw` into
 * `build-win-x64.exe`), zero-width ones (`di\u200Bst` reads `dist`), the rest of Unicode's
 * default-ignorable code points (variation selectors, Hangul fillers, tags), control characters
 * (an ESC recolours the log) and lone surrogates. Tab, CR and LF are left to the callers.
 */
const INVISIBLE = /(?![\t\n\r])[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cs}\p{Cc}]/gu;
/** Each invisible character shown as its code point, e.g. `<U+202E>`. */
function showInvisible(text) {
    return text.replace(INVISIBLE, c => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
/**
 * Text from outside (entry and artifact names, branch names, server messages) made safe for the
 * two places the runner interprets: its log and the job summary.
 *
 * The log: the runner reads any line that starts with `::` (after white space) as a workflow
 * command (`::add-mask::`, `::warning::`, `::stop-commands::`…). A name holding a newline would
 * start a line of its own. `%`, CR and LF are escaped as the toolkit escapes a command's data
 * (`%25`, `%0D`, `%0A`), so that the text stays one line; and a line that would itself start
 * with `::` has those escaped too (`%3A%3A`). The runner splits lines on CR and LF only.
 * Invisible characters are shown (showInvisible).
 */
function toLogLine(text) {
    const line = showInvisible(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    return /^\s*::/.test(line) ? line.replace('::', '%3A%3A') : line;
}
/** Longest text of a summary table cell; longer ones keep their start and end. */
const SUMMARY_CELL_CHARS = 100;
/** `text` cut in the middle to at most `max` characters, or as it is. */
function shorten(text, max = SUMMARY_CELL_CHARS) {
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    const head = Math.ceil((max - 1) * 0.6);
    return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (max - 1 - head)).join('')}`;
}
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '`': '&#96;'
};
/**
 * The job summary is GitHub-flavoured Markdown that holds HTML. Text is HTML-escaped (no tag,
 * no attribute), pipes and backticks are escaped (no Markdown table, no code span or block), and line breaks become `␤`: a blank line
 * would end the HTML block and let what follows render as Markdown (headings, links). An `@`
 * gets a word joiner after it, so that a name cannot mention a user or team. Invisible
 * characters are shown first (showInvisible), so that two names that read alike differ.
 */
function toSummaryText(text) {
    return showInvisible(text)
        .replace(/[&<>"'|`]/g, c => HTML_ENTITIES[c] ?? c)
        .replace(/\r\n|[\r\n\u2028\u2029]/g, '␤')
        .replace(/@/g, '@\u2060');
}


/***/ })

};

//# sourceMappingURL=37.index.js.map