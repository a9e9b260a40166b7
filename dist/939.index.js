export const id = 939;
export const ids = [939];
export const modules = {

/***/ 6631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ findArtifacts)
});

;// CONCATENATED MODULE: ./src/core/criteria.ts
/** Before any lookup; rules not given are off. */
function criteriaFrom(selection, rules) {
    const { ref, pr, workflow, runNumber, workflowConclusion, event, ...own } = selection;
    return {
        ...own,
        // A tag's commit comes from its lookup.
        branch: ref?.kind === 'branch' ? ref.name : selection.branch,
        commit: ref?.kind === 'commit' ? ref.sha : selection.commit,
        excludeExpired: false,
        excludeForks: false,
        newestPerName: false,
        ...rules
    };
}

// EXTERNAL MODULE: ./src/github/artifacts.ts
var github_artifacts = __webpack_require__(4616);
// EXTERNAL MODULE: ./src/github/refs.ts
var refs = __webpack_require__(9081);
// EXTERNAL MODULE: ./src/github/types.ts
var types = __webpack_require__(1994);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/listing.ts
var github_listing = __webpack_require__(8011);
;// CONCATENATED MODULE: ./src/github/runs.ts



function runListing(query, checkItem = () => undefined) {
    const filters = {
        owner: query.owner,
        repo: query.repo,
        per_page: types/* PER_PAGE */.E,
        ...(query.conclusion !== undefined ? { status: query.conclusion } : {}),
        ...(query.event !== undefined ? { event: query.event } : {}),
        ...(query.branch !== undefined ? { branch: query.branch } : {}),
        ...(query.headSha !== undefined ? { head_sha: query.headSha } : {})
    };
    const { workflow } = query;
    return {
        route: workflow === undefined
            ? 'GET /repos/{owner}/{repo}/actions/runs'
            : 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
        params: workflow === undefined
            ? filters
            : { ...filters, workflow_id: /^\d+$/.test(workflow) ? Number(workflow) : workflow },
        key: 'workflow_runs',
        checkItem
    };
}
const RUN_NUMBER_FIELDS = { run_number: (0,github_listing/* optional */.lq)(github_listing/* FIELD */.b_.count) };
const runsPurpose = (query) => ({
    repository: `${query.owner}/${query.repo}`,
    permission: 'actions: read',
    action: query.workflow === undefined
        ? 'list workflow runs'
        : `list the runs of workflow '${query.workflow}'`
});
/** Filtered by the server. */
async function listWorkflowRunIds(client, query) {
    const ids = new Set();
    const pages = (0,github_listing/* readListing */.vS)(client, runListing(query));
    try {
        for await (const page of pages) {
            for (const run of page.items)
                ids.add(run.id);
        }
    }
    catch (error) {
        (0,errors/* asApiError */.z)(runsPurpose(query))(error);
    }
    return ids;
}
/** No endpoint filters by number: read newest first until found, or passed while numbers fall. */
async function findRunByNumber(client, query, runNumber) {
    let pages = 0;
    let previous = Infinity;
    let falling = true;
    const listing = (0,github_listing/* readListing */.vS)(client, runListing(query, item => (0,github_listing/* checkFields */.oA)(item, RUN_NUMBER_FIELDS)), { concurrency: () => 1 });
    try {
        for await (const page of listing) {
            pages++;
            for (const run of page.items) {
                const number = run.run_number;
                if (number == null)
                    continue;
                if (number === runNumber)
                    return { id: run.id, pages };
                if (number > previous)
                    falling = false;
                previous = number;
                if (falling && number < runNumber)
                    return { pages };
            }
        }
    }
    catch (error) {
        (0,errors/* asApiError */.z)(runsPurpose(query))(error);
    }
    return { pages };
}
const idOf = (value) => {
    const id = value?.id;
    return typeof id === 'number' && Number.isSafeInteger(id) ? id : undefined;
};
/** Undefined where the answer does not say. */
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
const PULL_HEAD_FIELDS = { ref: github_listing/* FIELD */.b_.text, sha: github_listing/* FIELD */.b_.text, repo: (0,github_listing/* optional */.lq)(github_listing/* FIELD */.b_.object) };
async function getPullHead(client, owner, repo, pullNumber) {
    const { data } = await client.octokit.rest.pulls
        .get({ owner, repo, pull_number: pullNumber })
        .catch((0,errors/* asApiError */.z)({
        repository: `${owner}/${repo}`,
        permission: 'pull-requests: read',
        action: `read pull request #${pullNumber}`
    }));
    const head = data?.head;
    const headRepo = head?.repo;
    const problem = !github_listing/* FIELD */.b_.object.holds(head)
        ? `'head' is ${head === undefined ? 'missing' : 'not an object'}`
        : ((0,github_listing/* checkFields */.oA)(head, PULL_HEAD_FIELDS, 'head.') ??
            (headRepo == null
                ? undefined
                : (0,github_listing/* checkFields */.oA)(headRepo, { id: github_listing/* FIELD */.b_.id }, 'head.repo.')));
    if (problem !== undefined) {
        throw new github_listing/* ListingError */.Pg(`GET /repos/${owner}/${repo}/pulls/${pullNumber}: the answer is not the documented pull request: ${problem}`);
    }
    const { ref, sha } = head;
    return { ref, sha, repositoryId: idOf(headRepo) };
}

// EXTERNAL MODULE: ./src/shared/format.ts
var format = __webpack_require__(6338);
// EXTERNAL MODULE: ./src/shared/progress.ts
var progress = __webpack_require__(1378);
// EXTERNAL MODULE: ./src/core/select.ts
var core_select = __webpack_require__(3295);
;// CONCATENATED MODULE: ./src/core/patterns.ts

/** What a glob never needs: anchors, escapes, .*, groups. */
const REGEX_MARKS = /^\^|\$$|\\[dDwWsSb.]|\.\*|\.\+|\(.*\|.*\)|\[[^\]]*\][*+]/;
/** Reads like a regular expression, not a glob. */
function looksLikeRegex(pattern) {
    return REGEX_MARKS.test(pattern);
}
/** The glob a regular expression obviously meant, or undefined. */
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
    // Unanchored, it matches anywhere.
    return `${anchoredStart ? '' : '*'}${glob}${anchoredEnd ? '' : '*'}`.replace(/\*{2,}/g, '*');
}
/** A cleanup that silently matches nothing forever is a failure nobody sees. */
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
 * Asks the run where older servers do not say; a run gone (404) stays unknown, so it is left out
 * (fails closed).
 */
async function completeOrigins(client, repository, artifacts, criteria) {
    // A run's listing names the run even where the artifact does not.
    const withRun = artifacts.map(artifact => repository.runId !== undefined && artifact.workflow_run?.id == null
        ? { ...artifact, workflow_run: { ...artifact.workflow_run, id: repository.runId } }
        : artifact);
    const unknown = new Set((0,core_select/* filterArtifacts */.Gp)(withRun, criteria).filter(core_select/* hasUnknownOrigin */.d2));
    if (unknown.size === 0)
        return withRun;
    // One at a time: the runs are few.
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









const PROGRESS_EVERY_MS = 5000;
/** The tag a bare name chose, to mention the branch. */
async function resolveRef(client, query, resolved, log) {
    if (query.tag === undefined)
        return undefined;
    const { name, orBranch } = query.tag;
    const tag = await (0,refs/* resolveTag */.f)(client, query.owner, query.repo, name);
    if (tag !== undefined) {
        resolved.commit = tag.sha;
        log.info(`Tag '${name}': commit ${tag.sha} (${tag.requests} request(s))`);
        return orBranch ? { name, sha: tag.sha } : undefined;
    }
    else if (orBranch) {
        resolved.branch = name;
        log.info(`Ref '${name}': no tag of that name in ${(0,core_query/* repositoryOf */._)(query)}, taken as a branch`);
    }
    else {
        throw new Error(`Tag '${name}' was not found in ${(0,core_query/* repositoryOf */._)(query)}. Check 'ref': write refs/heads/${name} for a branch.`);
    }
    return undefined;
}
async function resolveLookups(client, query, criteria, log) {
    const resolved = { ...criteria };
    let pull;
    const tagOverBranch = await resolveRef(client, query, resolved, log);
    if (query.pullRequest !== undefined) {
        const { number, means } = query.pullRequest;
        pull = await getPullHead(client, query.owner, query.repo, number);
        log.info(`Pull request #${number}: head ${pull.ref} at ${pull.sha.slice(0, 7)}`);
        if (means === 'commit') {
            resolved.commit = pull.sha;
        }
        else {
            resolved.branch = pull.ref;
            // A deleted fork: only runs known to come from elsewhere, never this repository's own.
            if (pull.repositoryId === undefined)
                resolved.fromOtherRepository = true;
            else
                resolved.headRepositoryId = pull.repositoryId;
        }
    }
    if (query.runs !== undefined) {
        const { workflow, conclusion, event, runNumber } = query.runs;
        const runQuery = {
            owner: query.owner,
            repo: query.repo,
            workflow,
            conclusion,
            event,
            branch: resolved.branch,
            // The server narrows by a full sha only.
            headSha: resolved.commit?.length === 40 ? resolved.commit : undefined
        };
        if (runNumber !== undefined && workflow !== undefined) {
            const { id, pages } = await findRunByNumber(client, { ...runQuery, workflow }, runNumber);
            log.info(`Workflow ${workflow} run number ${runNumber}: ${id === undefined ? 'no such run' : `run ${id}`}${conclusion ? ` (conclusion ${conclusion})` : ''}${event ? ` (event ${event})` : ''}, ${pages} request(s)`);
            resolved.runId = id;
            resolved.runIds = new Set(id === undefined ? [] : [id]);
            return { resolved, pull, tagOverBranch };
        }
        const runIds = await listWorkflowRunIds(client, runQuery);
        log.info(`${workflow === undefined ? 'Runs of every workflow' : `Workflow ${workflow}`}${conclusion ? `, conclusion ${conclusion}` : ''}${event ? `, event ${event}` : ''}: ${runIds.size} matching run(s)`);
        resolved.runIds = runIds;
    }
    return { resolved, pull, tagOverBranch };
}
/** To the fork that built the head commit, or that commit: other forks' main is left alone. */
function narrowToGoneFork(artifacts, criteria, headSha) {
    const sha = headSha.toLowerCase();
    const ids = new Set((0,core_select/* filterArtifacts */.Gp)(artifacts, criteria)
        .filter(a => (0,core_select/* isFromFork */.ty)(a) && (a.workflow_run?.head_sha ?? '').toLowerCase() === sha)
        .map(a => a.workflow_run?.head_repository_id));
    const [id] = ids;
    if (ids.size === 1 && id != null) {
        criteria.headRepositoryId = id;
        return id;
    }
    criteria.commit = sha;
    return undefined;
}
/** The client filters by name too: old Enterprise Servers ignore ?name=. */
async function listAndSelect(client, query, criteria, log, progressEveryMs = PROGRESS_EVERY_MS) {
    const { resolved, pull, tagOverBranch } = await resolveLookups(client, query, criteria, log);
    if (resolved.runIds !== undefined && resolved.runIds.size === 0) {
        return { ...(0,core_select/* selectArtifacts */.qC)([], resolved), listed: [], pages: 0, complete: true, notes: [] };
    }
    resolved.now = new Date();
    const progressDue = (0,progress/* progressClock */.G)(progressEveryMs);
    const runId = resolved.runId ?? query.runId;
    const { artifacts, pages, complete, listedAt } = await (0,github_artifacts/* listArtifacts */.wn)(client, {
        owner: query.owner,
        repo: query.repo,
        runId,
        name: query.name,
        stop: (0,core_select/* earlyStopFor */.hh)(resolved),
        onPage: (read, total) => {
            if (!progressDue())
                return;
            log.info(`Listing artifacts: ${(0,format/* formatCount */.B4)(read)}${total ? ` of ${(0,format/* formatCount */.B4)(total)}` : ''} read`);
        }
    });
    log.info(`Listed ${artifacts.length} artifact(s) of ${(0,core_query/* repositoryOf */._)(query)}${runId !== undefined ? ` run ${runId}` : ''} in ${pages} request(s)${complete ? '' : ': the newest decide the selection, the older ones were not read'}`);
    // A pattern may match an older name.
    const warnings = complete
        ? regexPatternWarnings(resolved.patterns, new Set(artifacts.map(a => a.name)))
        : [];
    for (const warning of warnings)
        log.warn(warning);
    // The server's clock judges the future; the runner's if it sent no Date.
    resolved.listedAt = listedAt ?? resolved.now;
    const withOrigins = (0,core_select/* needsOrigin */.gT)(resolved)
        ? await completeOrigins(client, query, artifacts, resolved)
        : artifacts;
    const gone = resolved.fromOtherRepository && pull !== undefined && query.pullRequest !== undefined
        ? {
            number: query.pullRequest.number,
            sha: pull.sha,
            forkId: narrowToGoneFork(withOrigins, resolved, pull.sha)
        }
        : undefined;
    const selection = (0,core_select/* selectArtifacts */.qC)(withOrigins, resolved);
    const notes = leftAlone(withOrigins, resolved, selection, gone, tagOverBranch);
    for (const note of notes)
        log.warn(note);
    return { ...selection, listed: artifacts, pages, complete, notes };
}
const named = (artifacts) => (0,format/* formatFirst */._w)(artifacts.map(a => `'${a.name}' id ${a.id}`));
/** Left alone rather than guessed (download says its own unknown origins). */
function leftAlone(artifacts, criteria, selection, gone, tagOverBranch) {
    const lines = [];
    if (tagOverBranch !== undefined) {
        // A tag push's run has the tag's name as head_branch.
        const { name, sha } = tagOverBranch;
        const onBranch = artifacts.filter(a => a.workflow_run?.head_branch === name && a.workflow_run.head_sha?.toLowerCase() !== sha);
        if (onBranch.length > 0) {
            lines.push(`Ref '${name}' is a tag (commit ${sha.slice(0, 7)}) and also a branch: the tag is taken, as git reads a name that is both; ${(0,format/* formatCount */.B4)(onBranch.length)} artifact(s) of runs on that branch name at other commits left alone. Write 'refs/heads/${name}' for the branch.`);
        }
    }
    if (gone !== undefined) {
        const onBranch = {
            ...criteria,
            fromOtherRepository: false,
            headRepositoryId: undefined,
            commit: undefined
        };
        const own = (0,core_select/* filterArtifacts */.Gp)(artifacts, onBranch).filter(a => !(0,core_select/* hasUnknownOrigin */.d2)(a) && !(0,core_select/* isFromFork */.ty)(a));
        const commit = gone.sha.slice(0, 7);
        const taken = gone.forkId !== undefined
            ? `its head commit ${commit} was built from repository id ${gone.forkId}, so only that repository's runs on branch '${criteria.branch}' are selected`
            : `no run of its head commit ${commit} from another repository says which fork it was, so only that commit's runs from another repository on branch '${criteria.branch}' are selected`;
        lines.push(`Pull request #${gone.number}: its head repository is gone (a deleted fork); ${taken}; ${(0,format/* formatCount */.B4)(own.length)} of this repository's own on that branch left alone.`);
    }
    if (selection.unknownOrigin.length > 0 && !criteria.excludeForks) {
        lines.push(`Left alone ${(0,format/* formatCount */.B4)(selection.unknownOrigin.length)} matching artifact(s) whose run's repository neither the listing nor the run says, as this selection depends on it (pr, keep-latest): ${named(selection.unknownOrigin)}.`);
    }
    if (selection.future.length > 0) {
        lines.push(`Left alone ${(0,format/* formatCount */.B4)(selection.future.length)} artifact(s) created after the server's own time of the listing (its Date header): a date in the future takes no place in keep-latest and is not deleted on it: ${named(selection.future)}.`);
    }
    return lines;
}

// EXTERNAL MODULE: ./src/core/nothing-found.ts
var nothing_found = __webpack_require__(8211);
;// CONCATENATED MODULE: ./src/core/find.ts




/** The start of every operation: query → criteria → list and select → nothing found. */
async function findArtifacts({ client, log }, settings, { pullRequestMeans, ...rules }) {
    const query = (0,core_query/* queryFrom */.F)(settings, settings.selection, pullRequestMeans);
    const criteria = criteriaFrom(settings.selection, rules);
    const found = await listAndSelect(client, query, criteria, log);
    const empty = found.selected.length === 0 && found.overLimit.length === 0;
    const failure = empty
        ? await (0,nothing_found/* reportNothingFound */.i)(client, query, found.listed, settings.selection.names, settings.ifNoArtifactFound, log)
        : undefined;
    return { query, found, empty, failure };
}


/***/ }),

/***/ 8211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ reportNothingFound),
/* harmony export */   r: () => (/* binding */ settleNothingFound)
/* harmony export */ });
/* harmony import */ var _github_artifacts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4616);
/* harmony import */ var _shared_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6338);
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(363);
/* harmony import */ var _select_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3295);




/** As if-no-artifact-found says: the report's failure (fail), a warning or a line of the log. */
function settleNothingFound(message, mode, log) {
    if (mode === 'fail')
        return message;
    if (mode === 'warn')
        log.warn(message);
    else
        log.info(message);
    return undefined;
}
/** Says what was found instead, as if-no-artifact-found says; fail's message is returned. */
async function reportNothingFound(client, query, listed, names, mode, log) {
    return settleNothingFound(await describeNothingFound(client, query, listed, names), mode, log);
}
function describeExpired(name, artifacts) {
    const times = artifacts
        .map(a => a.expires_at ?? a.created_at)
        .filter((t) => typeof t === 'string' && !Number.isNaN(Date.parse(t)))
        .map(t => (0,_shared_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatInstant */ .r4)(new Date(t)))
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
 * Names what exists, so that a typo shows; when ?name= matched nothing, one unfiltered page
 * says what is there.
 */
async function describeNothingFound(client, query, listing, names) {
    let listed = listing;
    if (listed.length === 0 && query.name !== undefined && query.runId === undefined) {
        listed = await (0,_github_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .listArtifactsPage */ .L4)(client, query.owner, query.repo).catch(() => []);
    }
    const expiredOnly = names.flatMap(name => {
        const of = listed.filter(a => a.name === name);
        const now = new Date();
        return of.length > 0 && of.every(a => (0,_select_js__WEBPACK_IMPORTED_MODULE_1__/* .hasExpired */ .oN)(a, now)) ? [describeExpired(name, of)] : [];
    });
    const all = [...new Set(listed.map(a => a.name))].sort();
    const shown = all.slice(0, 20).map(n => `'${n}'`);
    const existing = all.length === 0
        ? 'The listing was empty.'
        : `Names that exist: ${shown.join(', ')}${all.length > shown.length ? ` and ${all.length - shown.length} more` : ''}.`;
    return [
        `No artifact matched the selection in ${(0,_query_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryOf */ ._)(query)}.`,
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
/** What the API can narrow, and the lookups. */
function queryFrom(repository, selection, pullRequestMeans) {
    return {
        owner: repository.owner,
        repo: repository.repo,
        runId: selection.runId,
        name: selection.names.length === 1 ? selection.names[0] : undefined,
        tag: selection.ref?.kind === 'tag' || selection.ref?.kind === 'tag-or-branch'
            ? { name: selection.ref.name, orBranch: selection.ref.kind === 'tag-or-branch' }
            : undefined,
        pullRequest: selection.pr === undefined ? undefined : { number: selection.pr, means: pullRequestMeans },
        runs: selection.workflow === undefined &&
            selection.workflowConclusion === undefined &&
            selection.event === undefined
            ? undefined
            : {
                workflow: selection.workflow,
                conclusion: selection.workflowConclusion,
                event: selection.event,
                runNumber: selection.runNumber
            }
    };
}
/** For messages. */
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
/* harmony export */   gT: () => (/* binding */ needsOrigin),
/* harmony export */   hh: () => (/* binding */ earlyStopFor),
/* harmony export */   oN: () => (/* binding */ hasExpired),
/* harmony export */   qC: () => (/* binding */ selectArtifacts),
/* harmony export */   ty: () => (/* binding */ isFromFork),
/* harmony export */   xi: () => (/* binding */ compilePatterns)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1138);

function createdTime(artifact) {
    const time = artifact.created_at ? Date.parse(artifact.created_at) : NaN;
    return Number.isNaN(time) ? -Infinity : time;
}
/** Ids break ties: they grow with time. */
function compareNewestFirst(a, b) {
    const byTime = createdTime(b) - createdTime(a);
    if (byTime !== 0 && !Number.isNaN(byTime))
        return byTime;
    return b.id - a.id;
}
/** Head repository is not where it ran. */
function isFromFork(artifact) {
    const run = artifact.workflow_run;
    return (run != null &&
        run.head_repository_id != null &&
        run.repository_id != null &&
        run.head_repository_id !== run.repository_id);
}
/** May be a fork's: nothing says. */
function hasUnknownOrigin(artifact) {
    const run = artifact.workflow_run;
    return run == null || run.head_repository_id == null || run.repository_id == null;
}
/** Then an unknown origin is left out, never taken as the repository's own. */
function needsOrigin(criteria) {
    return (criteria.excludeForks === true ||
        criteria.headRepositoryId !== undefined ||
        criteria.fromOtherRepository === true ||
        criteria.keepLatest !== undefined);
}
/** The flag flips lazily: the date counts. */
function hasExpired(artifact, at) {
    if (artifact.expired)
        return true;
    const expires = artifact.expires_at ? Date.parse(artifact.expires_at) : NaN;
    return at !== undefined && !Number.isNaN(expires) && expires <= at.getTime();
}
/** Any include and no exclude. */
function compilePatterns(patterns) {
    const includes = patterns.filter(p => !p.startsWith('!'));
    const excludes = patterns.filter(p => p.startsWith('!')).map(p => p.slice(1));
    const options = { dot: true, nocomment: true, nonegate: true };
    // Names are not paths: * matches a slash too (listings come from elsewhere).
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
        // An unknown origin passes; selectArtifacts decides.
        if (criteria.headRepositoryId !== undefined &&
            run?.head_repository_id != null &&
            run.head_repository_id !== criteria.headRepositoryId)
            return false;
        if (criteria.fromOtherRepository && !hasUnknownOrigin(artifact) && !isFromFork(artifact))
            return false;
        if (criteria.commit !== undefined &&
            !(run?.head_sha ?? '').toLowerCase().startsWith(criteria.commit))
            return false;
        if (criteria.excludeExpired && hasExpired(artifact, criteria.now))
            return false;
        return true;
    };
}
/** After keep-latest, which ignores age and size. */
function matchesAgeAndSize(criteria) {
    return artifact => {
        const size = artifact.size_in_bytes;
        if (criteria.minSize !== undefined && !(size >= criteria.minSize))
            return false;
        if (criteria.maxSize !== undefined && !(size <= criteria.maxSize))
            return false;
        if (criteria.olderThan === undefined && criteria.newerThan === undefined)
            return true;
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
 * Filters, keep-latest, age, keep-tagged, limit. Only the repository's own rank for keep-latest:
 * no fork, unknown or future artifact takes their kept places.
 */
function selectArtifacts(artifacts, criteria) {
    const filtered = filterArtifacts(artifacts, criteria).sort(compareNewestFirst);
    const forks = criteria.excludeForks ? filtered.filter(isFromFork) : [];
    const unknownOrigin = needsOrigin(criteria) ? filtered.filter(hasUnknownOrigin) : [];
    const unknown = new Set(unknownOrigin);
    const candidates = filtered.filter(a => !(criteria.excludeForks && isFromFork(a)) && !unknown.has(a));
    const listedAt = criteria.listedAt?.getTime();
    const future = criteria.keepLatest !== undefined && listedAt !== undefined
        ? candidates.filter(a => createdTime(a) > listedAt)
        : [];
    const apart = new Set(future);
    const kept = [];
    const rest = [];
    const older = [];
    const seenPerName = new Map();
    for (const artifact of candidates) {
        if (apart.has(artifact))
            continue;
        // A fork's: not ranked, but may be the newest of its name.
        const ranked = criteria.keepLatest !== undefined && !isFromFork(artifact);
        const seen = seenPerName.get(artifact.name) ?? 0;
        if (ranked || criteria.newestPerName)
            seenPerName.set(artifact.name, seen + 1);
        if (criteria.newestPerName && seen > 0)
            older.push(artifact);
        else if (ranked && seen < (criteria.keepLatest ?? 0))
            kept.push(artifact);
        else
            rest.push(artifact);
    }
    const matching = rest.filter(matchesAgeAndSize(criteria));
    const spared = kept.filter(matchesAgeAndSize(criteria));
    const keepCommits = criteria.keepCommits;
    // Fails closed: a run without a commit may be a tagged one.
    const isTagged = (a) => keepCommits !== undefined &&
        (!a.workflow_run?.head_sha || keepCommits.has(a.workflow_run.head_sha.toLowerCase()));
    const tagged = matching.filter(isTagged);
    const aged = tagged.length === 0 ? matching : matching.filter(a => !isTagged(a));
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
    const chosen = new Set(selected.map(a => a.name));
    const alternates = older.filter(a => chosen.has(a.name)).filter(matchesAgeAndSize(criteria));
    return { selected, kept, spared, tagged, forks, unknownOrigin, future, overLimit, alternates };
}
/** The filters applied before keep-latest. */
function filterArtifacts(artifacts, criteria) {
    return artifacts.filter(matchesFilters(criteria, compilePatterns(criteria.patterns)));
}
/** Ends a newest-first listing once each name or limit is met; out of order, all is read. */
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
    // keep-tagged needs the whole listing's commits.
    if ((!byName && !byLimit) || criteria.keepCommits !== undefined)
        return undefined;
    const passes = matchesFilters(criteria, compilePatterns(criteria.patterns));
    const ofAge = matchesAgeAndSize(criteria);
    const trusted = (artifact) => !(criteria.excludeForks && isFromFork(artifact)) &&
        !(needsOrigin(criteria) && hasUnknownOrigin(artifact));
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
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1994);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);
/* harmony import */ var _listing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8011);



/** One page at a time where a lookup usually ends, so a stop wastes no request. */
function widthWhileStoppable(stop) {
    return pagesRead => !stop.possible
        ? _listing_js__WEBPACK_IMPORTED_MODULE_1__/* .LISTING_CONCURRENCY */ .HE
        : pagesRead < 3
            ? 1
            : pagesRead < 5
                ? 2
                : _listing_js__WEBPACK_IMPORTED_MODULE_1__/* .LISTING_CONCURRENCY */ .HE;
}
const repositoryOf = (request) => `${request.owner}/${request.repo}`;
const ARTIFACT_FIELDS = {
    created_at: (0,_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD */ .b_.time),
    expires_at: (0,_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD */ .b_.time),
    digest: (0,_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD */ .b_.text),
    workflow_run: (0,_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD */ .b_.object)
};
const RUN_FIELDS = {
    id: (0,_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD */ .b_.id),
    repository_id: (0,_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD */ .b_.id),
    head_repository_id: (0,_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD */ .b_.id),
    head_branch: (0,_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD */ .b_.text),
    head_sha: (0,_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lq)(_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD */ .b_.text)
};
/** What the action relies on in a listed artifact. */
function checkArtifact(item) {
    if (typeof item['name'] !== 'string')
        return "without a 'name'";
    const size = item['size_in_bytes'];
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
        return "without a whole 'size_in_bytes'";
    }
    if (typeof item['expired'] !== 'boolean')
        return "without a true or false 'expired'";
    const problem = (0,_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(item, ARTIFACT_FIELDS);
    if (problem !== undefined)
        return `not as documented: ${problem}`;
    const run = item['workflow_run'];
    const runProblem = run == null
        ? undefined
        : (0,_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(run, RUN_FIELDS, 'workflow_run.');
    return runProblem === undefined ? undefined : `not as documented: ${runProblem}`;
}
function artifactPages(client, request, options = {}) {
    // Octokit leaves out undefined parameters.
    const params = {
        owner: request.owner,
        repo: request.repo,
        per_page: _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PER_PAGE */ .E,
        name: request.name,
        run_id: request.runId
    };
    return (0,_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .readListing */ .vS)(client, {
        route: request.runId === undefined
            ? 'GET /repos/{owner}/{repo}/actions/artifacts'
            : 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
        params,
        key: 'artifacts',
        checkItem: checkArtifact
    }, options);
}
/** Read whole before anything acts: deleting while paging shifts pages and skips artifacts. */
async function listArtifacts(client, request) {
    const artifacts = [];
    const seen = new Set();
    const { stop } = request;
    let pages = 0;
    let complete = true;
    let listedAt;
    const options = {
        onRequest: () => pages++,
        ...(stop !== undefined ? { concurrency: widthWhileStoppable(stop) } : {})
    };
    try {
        for await (const page of artifactPages(client, request, options)) {
            const fresh = [];
            for (const artifact of page.items) {
                // A shifting listing can repeat an artifact.
                if (seen.has(artifact.id))
                    continue;
                seen.add(artifact.id);
                fresh.push(artifact);
            }
            artifacts.push(...fresh);
            listedAt = page.date ?? listedAt;
            request.onPage?.(artifacts.length, page.total);
            if (stop?.add(fresh) === true && page.more) {
                complete = false;
                break;
            }
        }
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .h(error, {
            repository: repositoryOf(request),
            permission: 'actions: read',
            action: request.runId === undefined
                ? 'list artifacts'
                : `list the artifacts of run ${request.runId}`
        });
    }
    return { artifacts, pages, complete, ...(listedAt !== undefined ? { listedAt } : {}) };
}
/** The newest page: one request. */
async function listArtifactsPage(client, owner, repo) {
    const pages = artifactPages(client, { owner, repo });
    try {
        const first = await pages.next();
        return first.done === true ? [] : first.value.items;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .h(error, {
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
    await client.octokit.rest.actions.deleteArtifact({ owner, repo, artifact_id: artifact.id }).catch((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .asApiError */ .z)({
        repository: `${owner}/${repo}`,
        permission: 'actions: write',
        action: `delete artifact '${artifact.name}' (id ${artifact.id})`
    }));
}
/**
 * The redirect is not followed, so the token never goes where it points. A relative Location (a
 * server serving archives itself) is resolved against the API URL.
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
        .catch((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .asApiError */ .z)({
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
  X: () => (/* binding */ checkOrigin),
  U: () => (/* binding */ createClient)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
// EXTERNAL MODULE: ./src/github/types.ts
var types = __webpack_require__(1994);
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




/** Far past a healthy answer (docs/performance.md), short enough that retries end in minutes. */
const ANSWER_LIMITS = {
    headersMs: 30_000,
    bodyMs: 30_000,
    maxBytes: 16 * 1024 * 1024
};
/** `healable`: a slow server may answer next time; an oversized answer stays oversized. */
class AnswerError extends Error {
    healable;
    constructor(message, healable) {
        super(message);
        this.name = 'AnswerError';
        this.healable = healable;
    }
}
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
const MAX_REDIRECTS = 5;
const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
/** Only what @octokit/request reads of a Response: a part it does not read would be untested. */
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
/** As fetch's Headers: lower-case names, repeats joined. */
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
 * Through `pipeline`, so a body cut mid-way fails the decoder too. No body is not decoded, as in
 * fetch: empty input is not valid gzip.
 */
function decoded(message, method) {
    const decoder = DECODERS.get((message.headers['content-encoding'] ?? '').trim().toLowerCase());
    const bodiless = method === 'HEAD' ||
        NULL_BODY_STATUSES.has(message.statusCode ?? 0) ||
        message.headers['content-length'] === '0';
    return decoder && !bodiless ? (0,external_node_stream_.pipeline)(message, decoder(), () => undefined) : message;
}
// A Map: a server's `Content-Encoding: constructor` must not reach Object's prototype.
const DECODERS = new Map([
    ['gzip', external_node_zlib_.createGunzip],
    ['x-gzip', external_node_zlib_.createGunzip],
    ['deflate', external_node_zlib_.createInflate],
    ['br', external_node_zlib_.createBrotliDecompress]
]);
async function readAtMost(message, method, maxBytes, host) {
    const body = decoded(message, method);
    const chunks = [];
    let total = 0;
    // Leaving the loop destroys the answer: a refused body does not keep its connection.
    for await (const chunk of body) {
        total += chunk.length;
        if (total > maxBytes) {
            throw new AnswerError(`the answer from ${host} is larger than ${maxBytes} bytes (counted after decompression); refused`, false);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks, total);
}
/** Not fetch: no deadline per attempt, no cap on the decoded body, no origin check on redirects. */
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
            // Not `new Headers()`: the global fetch, Headers or Response load Node's own undici.
            const headers = {
                'accept-encoding': 'gzip, deflate, br',
                ...init.headers
            };
            let method = init.method ?? 'GET';
            if (init.body != null && typeof init.body !== 'string') {
                throw new TypeError('artifact-ops sends API request bodies as JSON text only');
            }
            // Node frames only POST, PUT and PATCH bodies: a DELETE body would go out unframed.
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
/** Another attempt cannot heal a bad URL, an untrusted certificate or a proxy's 4xx. */
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
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/shared/redact.ts
var redact = __webpack_require__(8932);
;// CONCATENATED MODULE: ./src/github/attempts.ts




/** For log lines: no query, `{name}`s filled in. */
function describeRequest(options) {
    const values = options;
    const url = (options.url ?? '')
        .split('?')[0]
        .replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*/i, '')
        .replace(/\{(\w+)\}/g, (whole, name) => values[name] === undefined ? whole : encodeURIComponent(String(values[name])));
    return `${(options.method ?? 'GET').toUpperCase()} ${url}`;
}
function worthRetrying(error, rules) {
    return (error instanceof dist_src/* RequestError */.G &&
        error.status >= 400 &&
        !rules.doNotRetry.includes(error.status) &&
        rules.signal?.aborted !== true &&
        !isUnhealable(error));
}
/** Not plugin-retry: by status alone it retries what cannot heal and what a cancellation cut. */
function retryRequests(rules) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            for (let retry = 1;; retry++) {
                try {
                    return await request(options);
                }
                catch (error) {
                    if (retry > rules.retries || !worthRetrying(error, rules))
                        throw error;
                    const waitMs = retry ** 2 * rules.retryBaseMs;
                    const reason = (0,redact/* redactUrls */.s)(error.response !== undefined ? `${error.status} ${error.message}` : error.message);
                    rules.log.warn(`Retrying in ${Math.round(waitMs / 100) / 10} s (attempt ${retry + 1} of ${rules.retries + 1}): ${describeRequest(options)}: ${reason.slice(0, 300)}`);
                    await (0,promises_.setTimeout)(waitMs, undefined, { signal: rules.signal });
                }
            }
        });
    };
}

;// CONCATENATED MODULE: ./src/github/pacing.ts


/** GitHub asks for a second between writes; end to start keeps it whatever the latency. */
const DOCUMENTED_WRITE_INTERVAL_MS = 1000;
/** Octokit's default method is GET. */
function isRead(method) {
    const upper = (method ?? 'GET').toUpperCase();
    return upper === 'GET' || upper === 'HEAD';
}
/** Bottleneck's `minTime` spaces starts, not end to start; before retries, so retries are paced. */
function pacedWrites(intervalMs, signal) {
    return (octokit) => {
        const limiter = new (light_default())({ maxConcurrent: 1 });
        let lastEnd = 0;
        octokit.hook.wrap('request', (request, options) => {
            if (isRead(options.method))
                return request(options);
            return limiter.schedule(async () => {
                // A timer counts from the loop's cached time and can end early by the wall clock.
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








function waitForLimit(secondary, { rateLimitWaits, maxWait, log }) {
    return (retryAfter, request, _octokit, retryCount) => {
        const what = `${secondary ? 'Secondary rate limit' : 'Rate limit exhausted'} for ${describeRequest(request)}`;
        if (retryCount >= rateLimitWaits || retryAfter > maxWait) {
            const asked = secondary
                ? `GitHub asks to wait ${retryAfter}s`
                : `the limit resets in ${retryAfter}s`;
            log.warn(`${what}; ${asked}, longer than max-wait (${maxWait}s) or after ${retryCount} waits: giving up.`);
            return false;
        }
        const waiting = secondary ? 'as GitHub asks' : 'for the reset';
        log.warn(`${what}; waiting ${retryAfter}s ${waiting} (wait ${retryCount + 1} of ${rateLimitWaits}).`);
        return true;
    };
}
/** Undefined for a blank value: Number('') is 0. */
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
/** 403 and 429 are the throttling plugin's to wait for; the rest would fail again. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
/** Octokit sends an answer's URL (a Link `next`) with the token: only the API's origin gets it. */
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
/** The one API client of a run. */
function createClient(options) {
    const apiUrl = (options.apiUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com')
        .trim()
        .replace(/\/+$/, '');
    const log = options.log ?? logger/* silentLogger */.q;
    const limits = {
        rateLimitWaits: options.rateLimitWaits ?? 3,
        maxWait: options.maxRateLimitWaitSeconds ?? 5 * 60,
        log
    };
    const rate = {};
    const apiOrigin = new URL(apiUrl).origin;
    const retries = options.retries ?? 3;
    const retryBaseMs = options.retryBaseMs ?? 1000;
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: apiUrl,
        userAgent: 'artifact-ops',
        log,
        request: { fetch: boundedFetch(apiUrl, { ...ANSWER_LIMITS, ...options.answerLimits }) },
        throttle: {
            // pacedWrites alone paces writes: this queue spaces starts and cannot be cancelled.
            write: new (light_default()).Group(),
            onRateLimit: waitForLimit(false, limits),
            onSecondaryRateLimit: waitForLimit(true, limits)
        }
    }, pacedWrites(options.writeIntervalMs ?? DOCUMENTED_WRITE_INTERVAL_MS, options.signal), retryRequests({ retries, retryBaseMs, doNotRetry: DO_NOT_RETRY, log, signal: options.signal }), dist_bundle/* throttling */.A);
    octokit.hook.before('request', requestOptions => {
        checkOrigin(requestOptions.url, apiOrigin);
        requestOptions.headers['x-github-api-version'] = types/* API_VERSION */.m;
        // A write already sent is let finish, so the outputs say what the server did.
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



/** Never holds the token: Octokit's errors carry no headers, and no query is kept. */
class ApiError extends Error {
    /** Undefined when no answer came. */
    status;
    /** `METHOD /path` */
    request;
    permission;
    /** For a rate-limit failure. */
    resetAt;
    rateLimited;
    /** False for a web page: the API URL is probably wrong. */
    answeredJson;
    /** What went wrong and what to do. */
    reason;
    /** e.g. `Unable to list artifacts in o/r` */
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
    /** Also for Octokit's RequestError. */
    static hasStatus(error, status) {
        return factsOf(error).status === status;
    }
    /** A rate limit's 403 or 429, not a permission's. */
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
    const retryAfter = Number(headerOf(headers, 'retry-after'));
    // Octokit gives 500 to a request that got no answer.
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
/** A `.catch` handler. */
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
/* harmony export */   Pg: () => (/* binding */ ListingError),
/* harmony export */   b_: () => (/* binding */ FIELD),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   oA: () => (/* binding */ checkFields),
/* harmony export */   vS: () => (/* binding */ readListing)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1994);
/* harmony import */ var _shared_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8932);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95);



/** Past `ceil(total_count / 100)`: new artifacts push items on while a listing is read. */
const EXTRA_PAGES = 3;
const FIELD = {
    text: { holds: v => typeof v === 'string', expected: 'a string' },
    count: {
        holds: v => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0,
        expected: 'a whole number'
    },
    id: {
        holds: v => typeof v === 'number' && Number.isSafeInteger(v) && v > 0,
        expected: 'a positive whole number'
    },
    flag: { holds: v => typeof v === 'boolean', expected: 'true or false' },
    time: {
        holds: v => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
        expected: 'an ISO 8601 date-time'
    },
    object: {
        holds: v => v !== null && typeof v === 'object' && !Array.isArray(v),
        expected: 'an object'
    }
};
/** Also takes null or absence. */
function optional(rule) {
    return { holds: v => v == null || rule.holds(v), expected: `${rule.expected} or null` };
}
/** Checked as read, so nothing meets a field of another type after the action began to act. */
function checkFields(item, rules, prefix = '') {
    for (const [field, rule] of Object.entries(rules)) {
        const value = Object.hasOwn(item, field) ? item[field] : undefined;
        if (rule.holds(value))
            continue;
        const shown = value === undefined ? 'missing' : shorten(JSON.stringify(value) ?? String(value));
        return `'${prefix}${field}' is ${shown}, not ${rule.expected}`;
    }
    return undefined;
}
const shorten = (text) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
/** Answers not as documented, or a listing that would not end. */
class ListingError extends Error {
    constructor(message) {
        super((0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrls */ .s)(message));
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
const linkOf = (link, rel) => typeof link === 'string' ? new RegExp(`<([^<>]+)>;\\s*rel="${rel}"`).exec(link)?.[1] : undefined;
const LISTING_CONCURRENCY = 4;
/** Query sorted, to compare two links to one page. */
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
 * Pages 2 to `last`, or undefined to follow `next` links. The URLs would carry the token: `last`
 * must be on the API's origin before any is requested.
 */
function planPages(client, links, maxPages, fail) {
    if (links.last === undefined || !/^[a-z][a-z\d+.-]*:/i.test(links.last))
        return undefined;
    (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .checkOrigin */ .X)(links.last, new URL(client.apiUrl).origin);
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
/** At most `width()` pages ahead of the one asked for; nothing more after a failure. */
function pageWindow(urls, request, width) {
    const started = [];
    let inFlight = 0;
    let wanted = 0;
    let stopped = false;
    const fill = () => {
        const most = Math.max(1, width());
        while (!stopped &&
            started.length < urls.length &&
            // The page asked for starts even if the width shrank.
            ((inFlight < most && started.length < wanted + most) || started.length === wanted)) {
            const answer = request(urls[started.length]);
            inFlight++;
            // So a failed page never taken is not an unhandled rejection.
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
/** Not Octokit's paginator: it reads one page at a time and follows a looping `next` for ever. */
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
            const headers = response.headers;
            const date = new Date(String(headers['date'] ?? ''));
            const link = headers['link'];
            const maxPages = Math.ceil(page.total / _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PER_PAGE */ .E) + EXTRA_PAGES;
            const next = linkOf(link, 'next');
            if (pages === 1 && next !== undefined) {
                planned = planPages(client, { next, last: linkOf(link, 'last') }, maxPages, fail);
                if (planned !== undefined)
                    window = pageWindow(planned, get, () => concurrency(yielded));
            }
            // After the plan, the last page's own `next` (the listing grew).
            const fromPlan = planned !== undefined && pages - 1 < planned.length;
            const following = fromPlan ? planned?.[pages - 1] : next;
            yield {
                ...page,
                more: following !== undefined,
                ...(Number.isNaN(date.getTime()) ? {} : { date })
            };
            yielded++;
            if (following === undefined)
                return;
            if (seenUrls.has(following))
                fail(`the next page's URL repeats one already read; stopping`);
            if (fresh.length === 0)
                fail('a page with a next link brought no new id; stopping');
            if (pages >= maxPages) {
                fail(`more than ${maxPages} pages for a total_count of ${page.total} (${_types_js__WEBPACK_IMPORTED_MODULE_2__/* .PER_PAGE */ .E} a page); stopping`);
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

/***/ 9081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ listTaggedCommits),
/* harmony export */   f: () => (/* binding */ resolveTag)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1994);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);
/* harmony import */ var _listing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8011);



/** A tag of a tag is rare already. */
const MAX_TAG_DEPTH = 4;
/** Past it keep-tagged refuses rather than delete on a guess. */
const MAX_TAG_PAGES = 1000;
const SHA = {
    holds: v => typeof v === 'string' && /^[0-9a-f]{40}$/i.test(v),
    expected: 'a 40-character hexadecimal sha'
};
const OBJECT_FIELDS = { type: _listing_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD */ .b_.text, sha: SHA };
/** The slashes stay, as the API documents. */
const encodeRef = (name) => name.split('/').map(encodeURIComponent).join('/');
function objectOf(data, endpoint) {
    const object = data?.object;
    const problem = !_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD */ .b_.object.holds(object)
        ? `'object' is ${object === undefined ? 'missing' : 'not an object'}`
        : (0,_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(object, OBJECT_FIELDS, 'object.');
    if (problem !== undefined) {
        throw new _listing_js__WEBPACK_IMPORTED_MODULE_1__/* .ListingError */ .Pg(`${endpoint}: the answer is not the documented git object: ${problem}`);
    }
    const { type, sha } = object;
    return { type, sha: sha.toLowerCase() };
}
/** Undefined for no such tag; each annotated tag takes one more request to peel. */
async function resolveTag(client, owner, repo, tag) {
    const fail = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .asApiError */ .z)({
        repository: `${owner}/${repo}`,
        permission: 'contents: read',
        action: `look up tag '${tag}'`
    });
    const path = `/repos/{owner}/{repo}/git/ref/tags/${encodeRef(tag)}`;
    const answer = await client.octokit
        .request(`GET ${path}`, { owner, repo })
        .catch((error) => (_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .h.hasStatus(error, 404) ? undefined : fail(error)));
    if (answer === undefined)
        return undefined;
    let object = objectOf(answer.data, `GET /repos/${owner}/${repo}/git/ref/tags/${tag}`);
    let requests = 1;
    while (object.type === 'tag') {
        if (requests > MAX_TAG_DEPTH) {
            throw new _listing_js__WEBPACK_IMPORTED_MODULE_1__/* .ListingError */ .Pg(`Tag '${tag}': more than ${MAX_TAG_DEPTH} annotated tags lead from it to a commit; stopping.`);
        }
        const { data } = await client.octokit
            .request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { owner, repo, tag_sha: object.sha })
            .catch(fail);
        requests++;
        object = objectOf(data, `GET /repos/${owner}/${repo}/git/tags/${object.sha}`);
    }
    if (object.type !== 'commit') {
        throw new _listing_js__WEBPACK_IMPORTED_MODULE_1__/* .ListingError */ .Pg(`Tag '${tag}' points to a ${object.type} (${object.sha.slice(0, 7)}), not a commit: no workflow run is on it.`);
    }
    return { sha: object.sha, requests };
}
/** Gives an annotated tag's commit too; a repeated URL stops the paginator, which would go on. */
async function listTaggedCommits(client, owner, repo) {
    const commits = new Set();
    const seen = new Set();
    let tags = 0;
    let requests = 0;
    const pages = client.octokit.paginate.iterator('GET /repos/{owner}/{repo}/tags', {
        owner,
        repo,
        per_page: _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PER_PAGE */ .E
    });
    try {
        for await (const page of pages) {
            requests++;
            const endpoint = `GET /repos/${owner}/${repo}/tags (page ${requests})`;
            if (seen.has(page.url)) {
                throw new _listing_js__WEBPACK_IMPORTED_MODULE_1__/* .ListingError */ .Pg(`${endpoint}: the page's URL repeats one already read; stopping`);
            }
            seen.add(page.url);
            if (!Array.isArray(page.data)) {
                throw new _listing_js__WEBPACK_IMPORTED_MODULE_1__/* .ListingError */ .Pg(`${endpoint}: the answer is not the documented list of tags`);
            }
            for (const [index, item] of page.data.entries()) {
                const commit = item?.commit;
                const problem = !_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD */ .b_.object.holds(commit)
                    ? "'commit' is missing or not an object"
                    : (0,_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(commit, { sha: SHA }, 'commit.');
                if (problem !== undefined) {
                    throw new _listing_js__WEBPACK_IMPORTED_MODULE_1__/* .ListingError */ .Pg(`${endpoint}: item ${index} is not a documented tag: ${problem}`);
                }
                commits.add(commit.sha.toLowerCase());
                tags++;
            }
            if (requests >= MAX_TAG_PAGES && /rel="next"/.test(String(page.headers.link ?? ''))) {
                throw new _listing_js__WEBPACK_IMPORTED_MODULE_1__/* .ListingError */ .Pg(`${endpoint}: more than ${MAX_TAG_PAGES * _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PER_PAGE */ .E} tags; stopping, as which commits are tagged is not known`);
            }
        }
    }
    catch (error) {
        if (error instanceof _listing_js__WEBPACK_IMPORTED_MODULE_1__/* .ListingError */ .Pg)
            throw error;
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .asApiError */ .z)({
            repository: `${owner}/${repo}`,
            permission: 'contents: read',
            action: 'list tags'
        })(error);
    }
    return { commits, tags, requests };
}


/***/ }),

/***/ 1994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ PER_PAGE),
/* harmony export */   m: () => (/* binding */ API_VERSION)
/* harmony export */ });
/** The oldest every product documents. */
const API_VERSION = '2022-11-28';
/** GitHub's largest page. */
const PER_PAGE = 100;


/***/ }),

/***/ 2939:
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
var query = __webpack_require__(363);
;// CONCATENATED MODULE: ./src/core/not-found.ts


/** Failure path only: a web page means a wrong API URL; a repository read tells the rest. */
async function explainNotFound(client, repository, error) {
    if (!(error instanceof errors/* ApiError */.h) || error.status !== 404)
        return undefined;
    const full = (0,query/* repositoryOf */._)(repository);
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
// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __webpack_require__(7428);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/settings/parse.ts
var parse = __webpack_require__(6894);
;// CONCATENATED MODULE: ./src/operations/download/settings.ts




const DIGEST_MISMATCH_MODES = ['ignore', 'info', 'warn', 'error'];
const ATTESTATION_MODES = ['off', 'if-present', 'required'];
/** `path` made absolute by `platform`'s rules: `~`, relative paths; on Windows drives, UNC, `\\?\`. */
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
        throw (0,parse/* invalid */.Gq)(inputs/* Inputs */.G0.AttestationSignerWorkflow, value, "Expected 'owner/repo/.github/workflows/FILE.yml', optionally with '@REF', e.g. 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main'.");
    }
    return { repository: m[1], path: m[2], ref: m[3] };
}
function parseAttestation(input) {
    const predicateType = input.value(inputs/* Inputs */.G0.AttestationPredicateType);
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(predicateType)) {
        throw (0,parse/* invalid */.Gq)(inputs/* Inputs */.G0.AttestationPredicateType, predicateType, "Expected a predicate type URI, e.g. 'https://slsa.dev/provenance/v1' (the default).");
    }
    const trustedRoot = input.value(inputs/* Inputs */.G0.AttestationTrustedRoot);
    const server = (process.env['GITHUB_SERVER_URL'] ?? '').trim().replace(/\/+$/, '');
    return {
        mode: (0,parse/* parseChoice */.HU)(inputs/* Inputs */.G0.Attestation, input.value(inputs/* Inputs */.G0.Attestation), ATTESTATION_MODES),
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
        mergeMultiple: (0,parse/* parseBoolean */.yG)(inputs/* Inputs */.G0.MergeMultiple, input.value(inputs/* Inputs */.G0.MergeMultiple)),
        skipDecompress: (0,parse/* parseBoolean */.yG)(inputs/* Inputs */.G0.SkipDecompress, input.value(inputs/* Inputs */.G0.SkipDecompress)),
        digestMismatch: (0,parse/* parseChoice */.HU)(inputs/* Inputs */.G0.DigestMismatch, input.value(inputs/* Inputs */.G0.DigestMismatch), DIGEST_MISMATCH_MODES),
        allowForks: (0,parse/* parseBoolean */.yG)(inputs/* Inputs */.G0.AllowForks, input.value(inputs/* Inputs */.G0.AllowForks)),
        overwrite: (0,parse/* parseBoolean */.yG)(inputs/* Inputs */.G0.Overwrite, input.value(inputs/* Inputs */.G0.Overwrite)),
        deleteAfter: (0,parse/* parseBoolean */.yG)(inputs/* Inputs */.G0.DeleteAfter, input.value(inputs/* Inputs */.G0.DeleteAfter)),
        dryRun: (0,parse/* parseBoolean */.yG)(inputs/* Inputs */.G0.DryRun, input.value(inputs/* Inputs */.G0.DryRun)),
        attestation: parseAttestation(input),
        ownRunId: /^\d+$/.test(process.env['GITHUB_RUN_ID'] ?? '')
            ? Number(process.env['GITHUB_RUN_ID'])
            : undefined
    };
}

;// CONCATENATED MODULE: ./src/operations/download/plugin.ts


const downloadPlugin = {
    name: 'download',
    inputs: [
        inputs/* Inputs */.G0.Path,
        inputs/* Inputs */.G0.MergeMultiple,
        inputs/* Inputs */.G0.SkipDecompress,
        inputs/* Inputs */.G0.DigestMismatch,
        inputs/* Inputs */.G0.AllowForks,
        inputs/* Inputs */.G0.Overwrite,
        inputs/* Inputs */.G0.DeleteAfter,
        inputs/* Inputs */.G0.DryRun,
        inputs/* Inputs */.G0.Attestation,
        inputs/* Inputs */.G0.AttestationSignerWorkflow,
        inputs/* Inputs */.G0.AttestationPredicateType,
        inputs/* Inputs */.G0.AttestationTrustedRoot
    ],
    ifNoArtifactFound: 'fail',
    unknownInputs: {
        risk: 'download other artifacts than meant or put them elsewhere',
        // Misspelt, these only fail louder, delete less or wait; others change what is taken.
        safe: new Set([
            inputs/* Inputs */.G0.Operation,
            inputs/* Inputs */.G0.GitHubToken,
            inputs/* Inputs */.G0.IfNoArtifactFound,
            inputs/* Inputs */.G0.MaxWait,
            inputs/* Inputs */.G0.DeleteAfter,
            inputs/* Inputs */.G0.RateLimitReserve
        ])
    },
    parse: input => ({ download: parseDownloadSettings(input) }),
    // Loaded when it runs: list and prune need not parse it.
    run: async (context, settings) => (await Promise.all(/* import() */[__webpack_require__.e(925), __webpack_require__.e(811)]).then(__webpack_require__.bind(__webpack_require__, 6811))).runDownload(context, settings)
};

// EXTERNAL MODULE: ./src/core/find.ts + 5 modules
var find = __webpack_require__(6631);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/settings/selection.ts
var settings_selection = __webpack_require__(2975);
// EXTERNAL MODULE: ./src/shared/format.ts
var format = __webpack_require__(6338);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
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
async function runList(context, settings) {
    const { found, failure } = await (0,find/* findArtifacts */.n)(context, settings, {
        pullRequestMeans: 'branch',
        limitFrom: 'newest'
    });
    const artifacts = found.selected.map(report_report/* toReported */.J);
    const summary = listSummary(artifacts, found.kept.length, (0,settings_selection/* describeSelection */.e9)('list', (0,query/* repositoryOf */._)(settings), settings.selection));
    if (failure !== undefined)
        summary.notes.push(failure);
    return {
        artifacts,
        outputs: {},
        summary,
        failure,
        kept: found.kept.length
    };
}

;// CONCATENATED MODULE: ./src/operations/list/plugin.ts

const listPlugin = {
    name: 'list',
    inputs: [],
    ifNoArtifactFound: 'ignore',
    parse: () => ({}),
    run: runList
};

// EXTERNAL MODULE: ./src/github/artifacts.ts
var artifacts = __webpack_require__(4616);
// EXTERNAL MODULE: ./src/github/refs.ts
var refs = __webpack_require__(9081);
// EXTERNAL MODULE: ./src/shared/errors.ts
var shared_errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/progress.ts
var progress = __webpack_require__(1378);
;// CONCATENATED MODULE: ./src/operations/prune/settings.ts




function parseReserve(value) {
    const percent = /^(\d{1,3}(?:\.\d{1,6})?)\s*%$/.exec(value);
    if (percent !== null && Number(percent[1]) <= 100) {
        return { kind: 'percent', value: Number(percent[1]) };
    }
    if (/^\d{1,15}$/.test(value)) {
        return { kind: 'requests', value: Number(value) };
    }
    throw (0,parse/* invalid */.Gq)(inputs/* Inputs */.G0.RateLimitReserve, value, "Expected a percentage of the hourly limit from 0% to 100% (e.g. '10%') or a number of requests (e.g. '200').");
}
/** Requests of the hour prune must not spend. */
function reserveOf(reserve, hourlyLimit) {
    return reserve.kind === 'percent' ? Math.ceil((hourlyLimit * reserve.value) / 100) : reserve.value;
}
/** Prune refuses to run without a selection: no accidental wipe. */
function checkPruneSelection(selection) {
    if (!(0,settings_selection/* hasSelection */.f4)(selection)) {
        const inputs = settings_selection/* NARROWING_INPUTS */.Y8.map(name => `'${name}'`);
        throw new shared_errors/* InputError */.d(`Refusing to prune without a selection: give at least one of ${inputs.slice(0, -1).join(', ')} or ${inputs[inputs.length - 1]}. To prune every artifact of the repository on purpose, say pattern: '*'.`);
    }
}
function parsePruneSettings(input) {
    return {
        dryRun: (0,parse/* parseBoolean */.yG)(inputs/* Inputs */.G0.DryRun, input.value(inputs/* Inputs */.G0.DryRun)),
        rateLimitReserve: parseReserve(input.value(inputs/* Inputs */.G0.RateLimitReserve)),
        keepTagged: (0,parse/* parseBoolean */.yG)(inputs/* Inputs */.G0.KeepTagged, input.value(inputs/* Inputs */.G0.KeepTagged))
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
    const { spared, tagged, notes, leftByLimit } = facts;
    const wouldGo = artifacts.filter(a => !leftByLimit.has(a.id));
    const gone = (group) => prune.dryRun ? group.filter(a => !leftByLimit.has(a.id)) : group.filter(a => a.deleted);
    const totals = [
        prune.dryRun
            ? `Would delete ${(0,format/* formatCount */.B4)(wouldGo.length)} artifact(s), ${(0,format/* formatBytes */.z3)((0,bytes/* totalBytes */.ob)(wouldGo))}`
            : `Deleted ${(0,format/* formatCount */.B4)(prune.deletedCount)} artifact(s), ${(0,format/* formatBytes */.z3)(prune.deletedBytes)} freed`,
        `${(0,format/* formatCount */.B4)(artifacts.length)} selected`,
        ...(spared.length > 0 ? [`${(0,format/* formatCount */.B4)(spared.length)} kept by keep-latest`] : []),
        ...(tagged.length > 0 ? [`${(0,format/* formatCount */.B4)(tagged.length)} kept by keep-tagged`] : []),
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














/** When what is left of the hour is within the reserve. */
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
    // Already gone: what we wanted.
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
/** Oldest first, one at a time, within the rate budget; a later run carries on from here. */
async function runPrune({ client, log, signal }, settings, options = {}) {
    const { dryRun, rateLimitReserve, keepTagged } = settings.prune;
    let keepCommits;
    if (keepTagged) {
        const tagged = await (0,refs/* listTaggedCommits */.L)(client, settings.owner, settings.repo);
        log.info(`keep-tagged: ${(0,format/* formatCount */.B4)(tagged.tags)} tag(s) on ${(0,format/* formatCount */.B4)(tagged.commits.size)} commit(s) of ${(0,query/* repositoryOf */._)(settings)}, read in ${tagged.requests} request(s)`);
        keepCommits = tagged.commits;
    }
    const { found, empty, failure: nothingFound } = await (0,find/* findArtifacts */.n)({ client, log }, settings, {
        pullRequestMeans: 'branch',
        limitFrom: 'oldest',
        keepCommits
    });
    const prune = {
        deletedCount: 0,
        deletedBytes: 0,
        remainingCount: 0,
        failedCount: 0,
        dryRun
    };
    // What the selection left alone, logged by listAndSelect, heads the summary too.
    const notes = [...found.notes];
    if (found.tagged.length > 0) {
        log.info(`keep-tagged: spared ${(0,format/* formatCount */.B4)(found.tagged.length)} artifact(s) of tagged commits (or of runs whose commit is not given), ${(0,format/* formatBytes */.z3)((0,bytes/* totalBytes */.ob)(found.tagged))}`);
    }
    // Left by limit for a later run: reported, never deleted here.
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
                tagged: found.tagged,
                notes,
                leftByLimit,
                selection: (0,settings_selection/* describeSelection */.e9)('prune', (0,query/* repositoryOf */._)(settings), settings.selection)
            }),
            failure,
            prune,
            kept: found.kept
        };
    };
    if (empty) {
        if (nothingFound !== undefined)
            notes.push(nothingFound);
        return finish([], nothingFound);
    }
    // Oldest first: a stop leaves the newest in place. What limit leaves is newer still.
    const queue = [...found.selected].reverse();
    const reported = [...queue, ...[...found.overLimit].reverse()].map(artifact => ({ ...(0,report_report/* toReported */.J)(artifact), deleted: false }));
    const selectedBytes = (0,bytes/* totalBytes */.ob)(queue);
    if (dryRun) {
        notes.push(`Dry run: ${(0,format/* formatCount */.B4)(queue.length)} artifact(s), ${(0,format/* formatBytes */.z3)(selectedBytes)}, would be deleted; nothing was.`);
        log.info(notes[notes.length - 1]);
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

;// CONCATENATED MODULE: ./src/operations/prune/plugin.ts



const prunePlugin = {
    name: 'prune',
    inputs: [inputs/* Inputs */.G0.DryRun, inputs/* Inputs */.G0.RateLimitReserve, inputs/* Inputs */.G0.KeepTagged],
    // A prune that silently does nothing forever is a failure nobody sees: it warns.
    ifNoArtifactFound: 'warn',
    // A misspelt dry_run or a foreign run_id widens what it deletes.
    unknownInputs: { risk: 'delete more than meant' },
    parse: input => ({ prune: parsePruneSettings(input) }),
    check: common => checkPruneSelection(common.selection),
    run: (context, settings) => runPrune(context, settings)
};

;// CONCATENATED MODULE: ./src/operations/index.ts



/** Every operation. Adding one touches its folder and this line. */
const OPERATIONS = [listPlugin, downloadPlugin, prunePlugin];
/** The plug-in of that name. */
function pluginOf(name) {
    return OPERATIONS.find(plugin => plugin.name === name);
}
function runOperation(context, settings) {
    return pluginOf(settings.operation).run(context, settings);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/select.ts
var core_select = __webpack_require__(3295);
;// CONCATENATED MODULE: ./src/report/outputs.ts








/** Of GitHub's 1 MB of UTF-16 for a job's outputs. */
const ARTIFACTS_OUTPUT_LIMIT_BYTES = 900_000;
const utf16Bytes = (text) => text.length * 2;
/** The newest that fit, kept in order, and how many were left out. */
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
/** Small outputs first, each alone, so the org cleanup gets its counts whatever fails. */
function writeOutputs(report, setOutput, tempDir = process.env['RUNNER_TEMP'] || external_node_os_.tmpdir(), outputFile = process.env['GITHUB_OUTPUT']) {
    const unset = [];
    let why;
    const set = (name, value) => {
        try {
            setOutput(name, value);
        }
        catch (error) {
            unset.push(name);
            why ??= (0,shared_errors/* messageOf */.b)(error);
        }
    };
    set(inputs/* Outputs */.tY.Count, report.artifacts.length);
    set(inputs/* Outputs */.tY.TotalBytes, (0,bytes/* totalBytes */.ob)(report.artifacts));
    for (const [name, value] of Object.entries(report.outputs))
        set(name, value);
    const { json, left } = fitArtifacts(report.artifacts, ARTIFACTS_OUTPUT_LIMIT_BYTES);
    set(inputs/* Outputs */.tY.Artifacts, json);
    set(inputs/* Outputs */.tY.ArtifactsTruncated, left);
    const problems = [];
    const file = external_node_path_.join(tempDir, `artifact-ops-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.json`);
    try {
        (0,external_node_fs_.writeFileSync)(file, JSON.stringify(report.artifacts, null, 2));
        set(inputs/* Outputs */.tY.ArtifactsFile, file);
    }
    catch (error) {
        // A truncated file must not be read later as the selection.
        try {
            (0,external_node_fs_.rmSync)(file, { force: true });
        }
        catch {
            // Nothing of it was written.
        }
        problems.push(`The artifacts-file output is not set: writing ${file} (under RUNNER_TEMP) failed: ${(0,shared_errors/* messageOf */.b)(error)}`);
    }
    if (unset.length > 0) {
        problems.unshift(`The outputs ${unset.join(', ')} are not set: writing them to GITHUB_OUTPUT${outputFile ? ` (${outputFile})` : ''} failed: ${why}`);
    }
    return problems;
}

// EXTERNAL MODULE: ./src/settings/environment.ts
var environment = __webpack_require__(7840);
;// CONCATENATED MODULE: ./src/settings/index.ts





const NOT_FOUND_MODES = ['fail', 'warn', 'ignore'];
function parseToken(input) {
    const token = input.value(inputs/* Inputs */.G0.GitHubToken);
    if (token === '') {
        throw new shared_errors/* InputError */.d(`Input '${inputs/* Inputs */.G0.GitHubToken}' is empty. Pass a token, e.g. 'github-token: \${{ github.token }}' (the default).`);
    }
    // A line break would end the header early. Never shown: wrong or not, it is a secret.
    if (!/^[\x21-\x7e]+$/.test(token)) {
        throw new shared_errors/* InputError */.d(`Input '${inputs/* Inputs */.G0.GitHubToken}' contains a line break, a space or a character outside printable ASCII (the value is not shown). Pass the token alone, e.g. 'github-token: \${{ secrets.MY_TOKEN }}'.`);
    }
    return token;
}
function parseRepository(input) {
    const value = input.value(inputs/* Inputs */.G0.Repository) || process.env['GITHUB_REPOSITORY'] || '';
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value);
    // x/.. would reach another endpoint through the path.
    const dots = match !== null && [match[1], match[2]].some(part => /^\.{1,2}$/.test(part));
    if (match === null || dots) {
        throw (0,parse/* invalid */.Gq)(inputs/* Inputs */.G0.Repository, value, "Expected 'owner/name', e.g. 'octo-org/octo-repo' (neither part may be '.' or '..').");
    }
    return { owner: match[1], repo: match[2] };
}
/** A job runs 6 hours at most. */
const MAX_WAIT_LIMIT_SECONDS = 6 * 3600;
const WAIT_UNITS_S = { '': 1, s: 1, m: 60, h: 3600 };
function parseMaxWait(input) {
    const value = input.value(inputs/* Inputs */.G0.MaxWait);
    const match = /^(\d{1,6})\s*([smh]?)$/.exec(value);
    const seconds = match === null ? NaN : Number(match[1]) * WAIT_UNITS_S[match[2]];
    if (!(seconds <= MAX_WAIT_LIMIT_SECONDS)) {
        throw (0,parse/* invalid */.Gq)(inputs/* Inputs */.G0.MaxWait, value, "Expected a duration in seconds, minutes or hours up to 6h, e.g. '300', '90s', '5m' or '1h' ('0' never waits).");
    }
    return seconds;
}
/** The inputs every operation shares. */
function getCommonSettings(input, now, operations) {
    const name = (0,parse/* parseChoice */.HU)(inputs/* Inputs */.G0.Operation, input.value(inputs/* Inputs */.G0.Operation), operations.map(o => o.name));
    const operation = operations.find(o => o.name === name);
    const selection = (0,settings_selection/* parseSelection */.gO)(input, now);
    const common = {
        token: parseToken(input),
        ...parseRepository(input),
        selection,
        ifNoArtifactFound: (0,parse/* parseChoice */.HU)(inputs/* Inputs */.G0.IfNoArtifactFound, input.value(inputs/* Inputs */.G0.IfNoArtifactFound) || operation.ifNoArtifactFound, NOT_FOUND_MODES),
        apiUrl: (0,environment/* parseApiUrl */.nV)(process.env['GITHUB_API_URL']),
        maxWaitSeconds: parseMaxWait(input)
    };
    return { operation, common };
}
/** Given, but ignored by operation, with the operations that read them. */
function ignoredInputs(read, operation, operations) {
    const ignored = [];
    const readBy = (name) => operations.filter(other => other.inputs.includes(name)).map(other => other.name);
    const names = new Set(operations.flatMap(other => other.inputs));
    for (const name of names) {
        if (readBy(name).includes(operation))
            continue;
        const value = read(name).trim();
        // The runner fills in path's default, the workspace.
        const fallback = name === inputs/* Inputs */.G0.Path ? process.env['GITHUB_WORKSPACE'] : (0,parse/* literalDefault */.t0)(name);
        if (value === '' || value === fallback)
            continue;
        ignored.push({ input: name, value, readBy: readBy(name) });
    }
    return ignored;
}

;// CONCATENATED MODULE: ./src/operations/settings.ts



/** Throws an InputError before anything is sent to the API. */
function getSettings(read, now = new Date()) {
    const input = (0,parse/* createReader */.WF)(read);
    const { operation, common } = getCommonSettings(input, now, OPERATIONS);
    // A bad value is an error whichever operation runs.
    const own = OPERATIONS.map(plugin => plugin.parse(input));
    const chosen = OPERATIONS.findIndex(plugin => plugin.name === operation.name);
    OPERATIONS[chosen].check?.(common);
    return { ...common, operation: operation.name, ...own[chosen] };
}

;// CONCATENATED MODULE: ./src/settings/input-names.ts


/** Other actions' inputs. A Map: constructor or __proto__ must not find Object.prototype's. */
const FOREIGN_NAMES = new Map([
    ['github_token', { input: inputs/* Inputs */.G0.GitHubToken }],
    ['repo', { input: inputs/* Inputs */.G0.Repository }],
    ['run_id', { input: inputs/* Inputs */.G0.RunId }],
    ['run_number', { input: inputs/* Inputs */.G0.RunNumber, say: `${inputs/* Inputs */.G0.RunNumber} (with ${inputs/* Inputs */.G0.Workflow})` }],
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
    ['skip_tags', { input: inputs/* Inputs */.G0.KeepTagged }],
    ['use_unzip', { say: 'nothing: archives are always unpacked by this action' }],
    ['id', { input: inputs/* Inputs */.G0.ArtifactIds }],
    ['ids', { input: inputs/* Inputs */.G0.ArtifactIds }],
    ['token', { input: inputs/* Inputs */.G0.GitHubToken }],
    ['decompress', { input: inputs/* Inputs */.G0.SkipDecompress }]
]);
/** Edit distance. */
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
/** Every with: key becomes INPUT_<NAME>; those not in action.yml. */
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
/** One input in words. */
function describeUnknownInput({ name, suggestion }) {
    return suggestion === undefined ? `'${name}'` : `'${name}' (did you mean '${suggestion}'?)`;
}
/** As the operation says (prune refuses any, download those that change what it takes); else a warning. */
function checkInputNames(operation, unknown) {
    if (unknown.length === 0)
        return undefined;
    const list = unknown.map(describeUnknownInput).join(', ');
    const rule = operation.unknownInputs;
    const refused = rule?.safe === undefined
        ? unknown
        : unknown.filter(({ meant }) => meant !== undefined && !rule.safe?.has(meant));
    if (rule !== undefined && refused.length > 0) {
        throw new shared_errors/* InputError */.d(`Refusing to ${operation.name} with inputs this action does not have: ${refused.map(describeUnknownInput).join(', ')}. A misspelt input is ignored, which could ${rule.risk}. Inputs are kebab-case, as in action.yml.`);
    }
    return `Ignoring inputs this action does not have: ${list}. Inputs are kebab-case, as in action.yml.`;
}

// EXTERNAL MODULE: ./src/shared/logger.ts
var logger = __webpack_require__(4381);
// EXTERNAL MODULE: ./src/shared/sanitize.ts
var sanitize = __webpack_require__(8406);
;// CONCATENATED MODULE: ./src/main.ts













/**
 * toLogLine keeps names from starting workflow commands; the toolkit escapes commands' data
 * itself (escaping again would show `%25`).
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
/** Then the process exits as the signal would. */
const CANCEL_GRACE_MS = 5000;
/** SIGINT/SIGTERM abort the signal, so operations stop at a safe point and still write outputs. */
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
    // Counted at the client, so a failure summary never says nothing was deleted when something was.
    let deletions = 0;
    try {
        const read = (name) => core.getInput(name);
        const settings = getSettings(read);
        core.setSecret(settings.token);
        operation = settings.operation;
        const unknown = checkInputNames(pluginOf(settings.operation), findUnknownInputs(process.env));
        if (unknown !== undefined)
            log.warn(unknown);
        for (const { input, value, readBy } of ignoredInputs(read, settings.operation, OPERATIONS)) {
            log.warn(`Input '${input}' (${value}) applies to operation ${readBy.map(o => `'${o}'`).join(' and ')} only; '${settings.operation}' ignores it.`);
        }
        const { signal } = cancellation;
        const client = (0,github_client/* createClient */.U)({
            token: settings.token,
            apiUrl: settings.apiUrl,
            maxRateLimitWaitSeconds: settings.maxWaitSeconds,
            log,
            signal
        });
        client.octokit.hook.after('request', (_response, options) => {
            if (options.method === 'DELETE')
                deletions++;
        });
        explain = async (error) => explainNotFound(client, settings, error);
        const report = await runOperation({ client, log, signal }, settings);
        // The work is done: whatever fails from here on is said, and costs nothing else.
        const problems = writeOutputs(report, core.setOutput);
        const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
        if (summaryFile) {
            const links = {
                serverUrl: (process.env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, ''),
                repository: (0,query/* repositoryOf */._)(settings)
            };
            const parts = { ...report.summary, notes: [...problems, ...report.summary.notes] };
            await (0,summary/* buildSummary */.fR)(parts, links)
                .write()
                .catch((error) => {
                problems.push(`The job summary is not written: writing GITHUB_STEP_SUMMARY (${summaryFile}) failed: ${(0,shared_errors/* messageOf */.b)(error)}`);
            });
        }
        const failures = [report.failure, ...problems].filter(f => f !== undefined);
        if (failures.length > 0)
            core.setFailed((0,sanitize/* showInvisible */.jQ)(failures.join(' ')));
    }
    catch (error) {
        const message = (await explain?.(error).catch(() => undefined)) ?? (0,shared_errors/* messageOf */.b)(error);
        core.setFailed((0,sanitize/* showInvisible */.jQ)(message));
        // A failure before the report still gets a summary.
        if (process.env['GITHUB_STEP_SUMMARY']) {
            await (0,summary/* failureSummary */.jg)(message, operation, deletions)
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

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ toReported),
/* harmony export */   n: () => (/* binding */ describeFailures)
/* harmony export */ });
/** `'name' (id N): error` for each failed artifact, joined. */
function describeFailures(artifacts) {
    return artifacts
        .filter(a => a.error !== undefined)
        .map(a => `'${a.name}' (id ${a.id}): ${a.error}`)
        .join('; ');
}
/** The documented fields; null where absent. */
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
/* harmony export */   fR: () => (/* binding */ buildSummary),
/* harmony export */   im: () => (/* binding */ formatDay),
/* harmony export */   jg: () => (/* binding */ failureSummary),
/* harmony export */   y6: () => (/* binding */ storageByName)
/* harmony export */ });
/* unused harmony exports SUMMARY_ROWS, OPEN_ROWS, OVERVIEW_NAMES, CHART_SLICES, SUMMARY_LIMIT_BYTES, groupByName */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _shared_bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2250);
/* harmony import */ var _shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8406);
/* harmony import */ var _shared_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6338);




/** Rows before the table is cut. */
const SUMMARY_ROWS = 200;
/** Longer tables are collapsed. */
const OPEN_ROWS = 10;
/** The rest share one line. */
const OVERVIEW_NAMES = 50;
/** Smaller names share one slice. */
const CHART_SLICES = 8;
/** GitHub drops a step summary over this. */
const SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** `2026-11-21 14:05 UTC`, or a dash. */
function formatDay(value) {
    return value ? `${value.slice(0, 16).replace('T', ' ')} UTC` : '—';
}
/** No-break, so a crowded table scrolls rather than wrap a time. */
function together(text) {
    return text.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}
/** The first `max` failures, as notes for the top. */
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
        notes.push(`… and ${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(failed.length - max)} more failed (see the table below).`);
    }
    return notes;
}
const ARTIFACT_COLUMNS = ['Name', 'ID', 'Size', 'Created', 'Branch', 'Commit', 'Run'];
function artifactCells(a) {
    return [
        a.expired ? `${a.name} (expired)` : a.name,
        String(a.id),
        together((0,_shared_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(a.size_in_bytes)),
        together(formatDay(a.created_at)),
        a.workflow_run?.head_branch ?? '—',
        a.workflow_run?.head_sha ? { code: a.workflow_run.head_sha.slice(0, 7) } : '—',
        typeof a.workflow_run?.id === 'number' ? { run: a.workflow_run.id } : '—'
    ];
}
/** Largest first, then by code unit: localeCompare would load ICU's collator at start-up. */
function groupByName(artifacts) {
    const groups = new Map();
    for (const artifact of artifacts) {
        const group = groups.get(artifact.name);
        if (group)
            group.push(artifact);
        else
            groups.set(artifact.name, [artifact]);
    }
    // No two names are equal: they are map keys.
    return [...groups.entries()].sort((a, b) => (0,_shared_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .totalBytes */ .ob)(b[1]) - (0,_shared_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .totalBytes */ .ob)(a[1]) || (a[0] < b[0] ? -1 : 1));
}
/** Expired counted apart; the operation's own columns last. */
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
            (0,_shared_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(group.length),
            together((0,_shared_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)((0,_shared_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .totalBytes */ .ob)(group))),
            together(formatDay(times[0])),
            together(formatDay(times[times.length - 1])),
            expired > 0 ? (0,_shared_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(expired) : '—',
            ...extra.cells(group)
        ];
    });
    return {
        columns: ['Name', 'Artifacts', 'Size', 'Oldest', 'Newest', 'Expired', ...extra.columns],
        rows
    };
}
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
/** Sizes in labels (showData prints bytes); names keep only safe characters. */
function renderChart(chart) {
    const label = (text) => (0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(text.replace(/[^\p{L}\p{N} ._\-/()]/gu, '_'), 40);
    const lines = chart.slices.map(s => `    "${label(s.label)} (${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(s.value)})" : ${s.value}`);
    return ['```mermaid', `pie title ${chart.title}`, ...lines, '```'].join('\n');
}
/** Every text from outside is escaped here, in one place. */
function buildSummary(parts, links) {
    const summary = _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.emptyBuffer().addHeading(`artifact-ops: ${(0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)(parts.title)}`, 3);
    summary.addRaw(`<p><b>${(0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)(parts.totals)}</b></p>`, true);
    if (parts.selection !== undefined) {
        summary.addRaw(`<p>Selection: ${(0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)(parts.selection)}</p>`, true);
    }
    for (const note of parts.notes)
        summary.addRaw(`<p>${(0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)(note)}</p>`, true);
    // With one name the overview would repeat the totals.
    if (parts.overview !== undefined && parts.overview.rows.length > 1) {
        summary.addRaw(renderTable(parts.overview, OVERVIEW_NAMES, links), true);
        const more = parts.overview.rows.length - OVERVIEW_NAMES;
        if (more > 0)
            summary.addRaw(`<p>… and ${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(more)} more names.</p>`, true);
    }
    if (parts.chart !== undefined)
        summary.addRaw(`\n${renderChart(parts.chart)}\n`, true);
    const { rows } = parts.table;
    if (rows.length > 0) {
        const more = rows.length - SUMMARY_ROWS;
        const table = renderTable(parts.table, SUMMARY_ROWS, links) +
            (more > 0
                ? `<p>… and ${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(more)} more not shown (every one is in the artifacts-file output).</p>`
                : '');
        if (rows.length > OPEN_ROWS) {
            summary.addDetails(`Every artifact (${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(rows.length)})`, table);
        }
        else {
            summary.addRaw(table, true);
        }
    }
    if (parts.details !== undefined && parts.details.lines.length > 0) {
        const shown = parts.details.lines.slice(0, SUMMARY_ROWS);
        const more = parts.details.lines.length - shown.length;
        summary.addDetails((0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)(parts.details.title), shown.map(line => (0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)((0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(line))).join('<br>') +
            (more > 0 ? `<br>… and ${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(more)} more` : ''));
    }
    return summary;
}
/** For a step that failed before reporting; says nothing was deleted only when nothing was. */
function failureSummary(message, operation, deletions = 0) {
    const done = deletions === 0
        ? 'Nothing was deleted or written.'
        : `${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(deletions)} artifact(s) were deleted before the failure.`;
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary
        .emptyBuffer()
        .addHeading(`artifact-ops: ${operation === undefined ? '' : `${(0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)(operation)} `}failed`, 3)
        .addRaw(`<p><b>${(0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .toSummaryText */ .ri)((0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .ml)(message, 2000))}</b></p>`, true)
        .addRaw(`<p>${done} The message says what to change; the step log has the details.</p>`, true);
}


/***/ }),

/***/ 7428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   WJ: () => (/* binding */ INPUT_DEFAULTS),
/* harmony export */   tY: () => (/* binding */ Outputs)
/* harmony export */ });
// Generated from action.yml by scripts/docs.mjs (npm run docs); the docs check fails when it
// differs. Do not edit: change action.yml and run npm run docs.
/** As spelled in action.yml. */
const Inputs = {
    Operation: 'operation',
    GitHubToken: 'github-token',
    Repository: 'repository',
    Name: 'name',
    Pattern: 'pattern',
    ArtifactIds: 'artifact-ids',
    RunId: 'run-id',
    Branch: 'branch',
    Commit: 'commit',
    Ref: 'ref',
    Pr: 'pr',
    Workflow: 'workflow',
    RunNumber: 'run-number',
    WorkflowConclusion: 'workflow-conclusion',
    Event: 'event',
    OlderThan: 'older-than',
    NewerThan: 'newer-than',
    MinSize: 'min-size',
    MaxSize: 'max-size',
    KeepLatest: 'keep-latest',
    Limit: 'limit',
    Path: 'path',
    MergeMultiple: 'merge-multiple',
    SkipDecompress: 'skip-decompress',
    DigestMismatch: 'digest-mismatch',
    AllowForks: 'allow-forks',
    Overwrite: 'overwrite',
    DeleteAfter: 'delete-after',
    Attestation: 'attestation',
    AttestationSignerWorkflow: 'attestation-signer-workflow',
    AttestationPredicateType: 'attestation-predicate-type',
    AttestationTrustedRoot: 'attestation-trusted-root',
    DryRun: 'dry-run',
    RateLimitReserve: 'rate-limit-reserve',
    KeepTagged: 'keep-tagged',
    IfNoArtifactFound: 'if-no-artifact-found',
    MaxWait: 'max-wait'
};
/** As spelled in action.yml. */
const Outputs = {
    Artifacts: 'artifacts',
    ArtifactsTruncated: 'artifacts-truncated',
    ArtifactsFile: 'artifacts-file',
    Count: 'count',
    TotalBytes: 'total-bytes',
    DownloadPath: 'download-path',
    DeletedCount: 'deleted-count',
    DeletedBytes: 'deleted-bytes',
    RemainingCount: 'remaining-count'
};
/** action.yml's defaults. The runner fills in the ${{ }} ones; parsers read its environment. */
const INPUT_DEFAULTS = {
    operation: 'list',
    'github-token': '${{ github.token }}',
    repository: '${{ github.repository }}',
    name: undefined,
    pattern: undefined,
    'artifact-ids': undefined,
    'run-id': undefined,
    branch: undefined,
    commit: undefined,
    ref: undefined,
    pr: undefined,
    workflow: undefined,
    'run-number': undefined,
    'workflow-conclusion': undefined,
    event: undefined,
    'older-than': undefined,
    'newer-than': undefined,
    'min-size': undefined,
    'max-size': undefined,
    'keep-latest': undefined,
    limit: undefined,
    path: '${{ github.workspace }}',
    'merge-multiple': 'false',
    'skip-decompress': 'false',
    'digest-mismatch': 'error',
    'allow-forks': 'false',
    overwrite: 'true',
    'delete-after': 'false',
    attestation: 'off',
    'attestation-signer-workflow': undefined,
    'attestation-predicate-type': 'https://slsa.dev/provenance/v1',
    'attestation-trusted-root': undefined,
    'dry-run': 'false',
    'rate-limit-reserve': '10%',
    'keep-tagged': 'false',
    'if-no-artifact-found': undefined,
    'max-wait': '5m'
};


/***/ }),

/***/ 6894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ parseIds),
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   Gq: () => (/* binding */ invalid),
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   WF: () => (/* binding */ createReader),
/* harmony export */   nV: () => (/* binding */ parseInstant),
/* harmony export */   oA: () => (/* binding */ parseWholeNumber),
/* harmony export */   t0: () => (/* binding */ literalDefault),
/* harmony export */   uz: () => (/* binding */ splitLines),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7428);


/** Not one the runner fills in. */
function literalDefault(input) {
    const value = _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_DEFAULTS */ .WJ[input];
    return value === undefined || value.startsWith('${{') ? undefined : value;
}
function createReader(read) {
    return {
        value: input => read(input).trim() || (literalDefault(input) ?? ''),
        raw: input => read(input)
    };
}
function invalid(input, value, accepted) {
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Invalid value for '${input}': '${value}'. ${accepted}`);
}
/** One of options, case-insensitively. */
function parseChoice(input, value, options) {
    const found = options.find(option => option === value.toLowerCase());
    if (found === undefined) {
        throw invalid(input, value, `Valid options are: ${options.join(', ')}`);
    }
    return found;
}
/** Trimmed, without blanks or repeats. */
function splitLines(value) {
    return [
        ...new Set(value
            .split(/\r?\n/)
            .map(line => line.trim())
            .filter(line => line !== ''))
    ];
}
/** As core.getBooleanInput accepts. */
function parseBoolean(input, value) {
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw invalid(input, value, 'Valid options are: true, false');
}
/** Exact in a double; undefined when empty. */
function parseWholeNumber(input, value, min) {
    if (value === '')
        return undefined;
    const number = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < min) {
        throw invalid(input, value, `Expected a whole number from ${min} to ${Number.MAX_SAFE_INTEGER}.`);
    }
    return number;
}
/** Comma- or newline-separated, without repeats. */
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
/** A duration back from now, or an ISO-8601 date; without an offset, UTC. */
function parseInstant(input, value, now) {
    if (value === '')
        return undefined;
    const duration = /^(\d+)\s*([mhdw])$/.exec(value);
    if (duration !== null) {
        const ms = Number(duration[1]) * DURATION_UNITS_MS[duration[2]];
        const instant = new Date(now.getTime() - ms);
        // Too long to count exactly: a typo.
        if (!Number.isSafeInteger(ms) || Number.isNaN(instant.getTime())) {
            throw invalid(input, value, "Expected a duration short enough to count back from now, e.g. '30d' or '2w'.");
        }
        return instant;
    }
    const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]((\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
    // Date.parse rolls 2026-02-30 over to March 2.
    const possible = iso !== null &&
        Number(iso[3]) >= 1 &&
        Number(iso[3]) <= new Date(Date.UTC(Number(iso[1]), Number(iso[2]), 0)).getUTCDate() &&
        (iso[5] === undefined || Number(iso[5]) <= 23);
    // Date.parse would take the runner's time zone.
    const time = possible
        ? Date.parse(`${iso[1]}-${iso[2]}-${iso[3]}T${iso[4] ?? '00:00'}${iso[6] ?? 'Z'}`)
        : NaN;
    if (Number.isNaN(time)) {
        throw invalid(input, value, "Expected a duration with a unit m, h, d or w (e.g. '90m', '12h', '30d', '2w') or an ISO-8601 date (e.g. '2026-01-31' or '2026-01-31T12:00:00Z').");
    }
    return new Date(time);
}
/** Decimal units as GitHub bills. A Map: constructor must not find Object.prototype's. */
const SIZE_UNITS = new Map([
    ['', 1n],
    ['b', 1n],
    ['kb', 1000n],
    ['mb', 1000n ** 2n],
    ['gb', 1000n ** 3n],
    ['tb', 1000n ** 4n],
    ['kib', 1024n],
    ['mib', 1024n ** 2n],
    ['gib', 1024n ** 3n],
    ['tib', 1024n ** 4n]
]);
/** Tools read these as 1000 or 1024. */
const AMBIGUOUS_UNITS = new Map([
    ['k', ['kB', 'KiB']],
    ['m', ['MB', 'MiB']],
    ['g', ['GB', 'GiB']],
    ['t', ['TB', 'TiB']]
]);
const SIZE_FORMS = "Expected a size in bytes, e.g. '500000', '100MB', '1.5 GiB': a number with B or no unit for bytes, kB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (powers of 1024), in any case.";
/** Exact (BigInt): 1.1MB is 1100000 bytes. */
function parseSize(input, value) {
    if (value === '')
        return undefined;
    const match = /^(\d{1,16})(?:\.(\d{1,12}))?\s*([a-z]{0,3})$/i.exec(value);
    const unitName = match?.[3].toLowerCase() ?? '';
    const ambiguous = AMBIGUOUS_UNITS.get(unitName);
    if (match !== null && ambiguous !== undefined) {
        throw invalid(input, value, `The unit '${match[3]}' is ambiguous: write '${ambiguous[0]}' for powers of 1000 or '${ambiguous[1]}' for powers of 1024.`);
    }
    const unit = SIZE_UNITS.get(unitName);
    if (match === null || unit === undefined)
        throw invalid(input, value, SIZE_FORMS);
    const fraction = match[2] ?? '';
    const scaled = BigInt(match[1] + fraction) * unit;
    const divisor = 10n ** BigInt(fraction.length);
    if (scaled % divisor !== 0n) {
        throw invalid(input, value, 'Expected a whole number of bytes: a fraction of a byte is no size.');
    }
    const bytes = scaled / divisor;
    if (bytes > BigInt(Number.MAX_SAFE_INTEGER)) {
        throw invalid(input, value, `Expected at most ${Number.MAX_SAFE_INTEGER} bytes.`);
    }
    return Number(bytes);
}


/***/ }),

/***/ 2975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y8: () => (/* binding */ NARROWING_INPUTS),
/* harmony export */   e9: () => (/* binding */ describeSelection),
/* harmony export */   f4: () => (/* binding */ hasSelection),
/* harmony export */   gO: () => (/* binding */ parseSelection)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);
/* harmony import */ var _shared_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6338);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7428);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6894);




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
        throw (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .invalid */ .Gq)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Commit, value, 'Expected 7 to 40 hexadecimal characters of a commit sha.');
    }
    return value.toLowerCase();
}
/** git check-ref-format's rules, which also keep .. and spaces out of the request path. */
function refNameProblem(name) {
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(name)) {
        return 'A ref name has no space, control character or any of ~ ^ : ? * [ \\.';
    }
    if (name === '@' || name.includes('@{'))
        return "A ref name is not '@' and has no '@{'.";
    if (name.includes('..'))
        return "A ref name has no '..'.";
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) {
        return "A ref name neither starts nor ends with '/' and has no '//'.";
    }
    if (name.endsWith('.'))
        return "A ref name does not end with '.'.";
    if (name.split('/').some(part => part.startsWith('.') || part.endsWith('.lock'))) {
        return "No part of a ref name between slashes starts with '.' or ends with '.lock'.";
    }
    return undefined;
}
function parseRef(value) {
    if (value === '')
        return undefined;
    if (/^[0-9a-fA-F]{7,40}$/.test(value))
        return { kind: 'commit', sha: value.toLowerCase() };
    const prefixed = /^refs\/(heads|tags)\/(.*)$/.exec(value);
    const name = prefixed === null ? value : prefixed[2];
    const problem = value.startsWith('refs/') && prefixed === null
        ? 'Only refs/heads/… and refs/tags/… name a branch or a tag here.'
        : refNameProblem(name);
    if (name === '' || problem !== undefined) {
        throw (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .invalid */ .Gq)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Ref, value, `${problem ?? 'The name is empty.'} Expected a branch or tag ('main', 'v1.2.0', 'refs/heads/main', 'refs/tags/v1.2.0') or 7 to 40 hexadecimal characters of a commit.`);
    }
    if (prefixed === null)
        return { kind: 'tag-or-branch', name };
    return prefixed[1] === 'heads' ? { kind: 'branch', name } : { kind: 'tag', name };
}
function parseWorkflow(value) {
    if (value === '')
        return undefined;
    const file = value.replace(/^\.github\/workflows\//, '');
    if (!/^\d+$/.test(file) && !/^[^/\\\s]+\.ya?ml$/.test(file)) {
        throw (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .invalid */ .Gq)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Workflow, value, "Expected a workflow file name such as 'ci.yml' or a numeric workflow id.");
    }
    return file;
}
function parseEvent(value) {
    if (value === '')
        return undefined;
    if (!/^[a-z_]+$/.test(value)) {
        throw (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .invalid */ .Gq)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Event, value, "Expected an event name such as 'push', 'pull_request' or 'schedule'.");
    }
    return value;
}
/** With the rules between inputs. */
function parseSelection(input, now) {
    const names = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .splitLines */ .uz)(input.raw(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Name));
    const artifactIds = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseIds */ .Ae)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ArtifactIds, input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ArtifactIds));
    if (names.length > 0 && artifactIds.length > 0) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Inputs '${_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Name}' and '${_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ArtifactIds}' cannot be used together: give one or the other.`);
    }
    const branchInput = input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Branch);
    const branch = branchInput === '' ? undefined : branchInput.replace(/^refs\/heads\//, '');
    if (branch === '') {
        throw (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .invalid */ .Gq)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Branch, branchInput, "Expected a branch name, e.g. 'main' or 'refs/heads/main'.");
    }
    const workflow = parseWorkflow(input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Workflow));
    const conclusionInput = input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.WorkflowConclusion);
    const workflowConclusion = conclusionInput === ''
        ? undefined
        : (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseChoice */ .HU)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.WorkflowConclusion, conclusionInput, WORKFLOW_CONCLUSIONS);
    const event = parseEvent(input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Event));
    const pr = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWholeNumber */ .oA)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Pr, input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Pr).replace(/^#/, ''), 1);
    const commit = parseCommit(input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Commit));
    if (pr !== undefined && (branch !== undefined || commit !== undefined)) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Input '${_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Pr}' already chooses the branch (list, prune) or commit (download): leave '${branch !== undefined ? _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Branch : _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Commit}' empty.`);
    }
    const ref = parseRef(input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Ref));
    const beside = [
        branch !== undefined && _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Branch,
        commit !== undefined && _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Commit,
        pr !== undefined && _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Pr
    ].find(other => other !== false);
    if (ref !== undefined && beside !== undefined) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Inputs '${_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Ref}' and '${beside}' cannot be used together: '${_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Ref}' names the branch, tag or commit alone; give one or the other.`);
    }
    const runId = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWholeNumber */ .oA)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.RunId, input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.RunId), 1);
    const runNumber = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWholeNumber */ .oA)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.RunNumber, input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.RunNumber), 1);
    if (runNumber !== undefined && workflow === undefined) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Input '${_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.RunNumber}' (${runNumber}) needs '${_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Workflow}': run numbers count the runs of one workflow. Give the workflow file name, e.g. 'workflow: ci.yml'.`);
    }
    if (runNumber !== undefined && runId !== undefined) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Inputs '${_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.RunId}' and '${_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.RunNumber}' cannot be used together: each names one run; give one or the other.`);
    }
    const minSize = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSize */ .DB)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.MinSize, input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.MinSize));
    const maxSize = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSize */ .DB)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.MaxSize, input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.MaxSize));
    if (minSize !== undefined && maxSize !== undefined && minSize > maxSize) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Inputs '${_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.MinSize}' (${input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.MinSize)}, ${minSize} bytes) and '${_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.MaxSize}' (${input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.MaxSize)}, ${maxSize} bytes) leave no size between them: 'min-size' must not be larger than 'max-size'.`);
    }
    const olderThan = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInstant */ .nV)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.OlderThan, input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.OlderThan), now);
    const newerThan = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInstant */ .nV)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.NewerThan, input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.NewerThan), now);
    if (olderThan !== undefined && newerThan !== undefined && newerThan >= olderThan) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Inputs '${_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.NewerThan}' (${input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.NewerThan)}, ${newerThan.toISOString()}) and '${_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.OlderThan}' (${input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.OlderThan)}, ${olderThan.toISOString()}) leave no time between them: 'newer-than' must be earlier than 'older-than'.`);
    }
    return {
        names,
        patterns: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .splitLines */ .uz)(input.raw(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Pattern)),
        artifactIds,
        runId,
        branch,
        commit,
        ref,
        pr,
        workflow,
        runNumber,
        workflowConclusion,
        event,
        olderThan,
        newerThan,
        minSize,
        maxSize,
        keepLatest: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWholeNumber */ .oA)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.KeepLatest, input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.KeepLatest), 0),
        limit: (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWholeNumber */ .oA)(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Limit, input.value(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Limit), 0)
    };
}
/** Each narrowing field's input (a new field must say). */
const NARROWS = {
    names: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Name,
    patterns: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Pattern,
    artifactIds: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.ArtifactIds,
    runId: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.RunId,
    branch: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Branch,
    commit: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Commit,
    ref: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Ref,
    pr: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Pr,
    workflow: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Workflow,
    runNumber: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.RunNumber,
    workflowConclusion: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.WorkflowConclusion,
    event: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.Event,
    olderThan: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.OlderThan,
    newerThan: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.NewerThan,
    minSize: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.MinSize,
    maxSize: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.MaxSize,
    keepLatest: _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0.KeepLatest,
    limit: undefined
};
/** As action.yml orders them. */
const NARROWING_INPUTS = Object.values(NARROWS).filter(input => input !== undefined);
/** Prune refuses to run without a narrowing field. */
function hasSelection(selection) {
    return Object.entries(selection).some(([field, value]) => NARROWS[field] !== undefined &&
        (Array.isArray(value) ? value.length > 0 : value !== undefined));
}
/** `'a', 'b' and 2 more` */
function listOf(values, max = 3) {
    const shown = values.slice(0, max).map(v => `'${v}'`);
    return values.length > max
        ? `${shown.join(', ')} and ${values.length - max} more`
        : shown.join(', ');
}
/** In one line, for the job summary. */
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
    if (s.runNumber !== undefined)
        parts.push(`run number ${s.runNumber}`);
    if (s.workflowConclusion !== undefined)
        parts.push(`conclusion ${s.workflowConclusion}`);
    if (s.event !== undefined)
        parts.push(`event ${s.event}`);
    if (s.branch !== undefined)
        parts.push(`branch '${s.branch}'`);
    if (s.commit !== undefined)
        parts.push(`commit ${s.commit.slice(0, 12)}`);
    if (s.ref !== undefined) {
        parts.push(s.ref.kind === 'commit' ? `ref ${s.ref.sha.slice(0, 12)}` : `ref '${s.ref.name}'`);
    }
    if (s.pr !== undefined)
        parts.push(`pull request #${s.pr}`);
    if (s.olderThan !== undefined)
        parts.push(`older than ${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInstant */ .r4)(s.olderThan)}`);
    if (s.newerThan !== undefined)
        parts.push(`newer than ${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatInstant */ .r4)(s.newerThan)}`);
    if (s.minSize !== undefined)
        parts.push(`at least ${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(s.minSize)} bytes`);
    if (s.maxSize !== undefined)
        parts.push(`at most ${(0,_shared_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCount */ .B4)(s.maxSize)} bytes`);
    if (s.keepLatest !== undefined)
        parts.push(`keeping the newest ${s.keepLatest} of each name`);
    if (s.limit !== undefined)
        parts.push(`at most ${s.limit}`);
    return `${operation} in ${repository}: ${parts.length > 0 ? parts.join(', ') : 'every artifact'}`;
}


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

function totalBytes(artifacts) {
    return artifacts.reduce((sum, a) => sum + a.size_in_bytes, 0);
}
/** Frees a chunk now (docs/performance.md); nothing may hold it after. */
function release(chunk) {
    const buffer = chunk.buffer;
    // Whole buffers only, never a pool slice.
    if (chunk.byteLength !== buffer.byteLength || typeof buffer.transfer !== 'function')
        return;
    try {
        buffer.transfer(0);
    }
    catch {
        // Not detachable: left to the collector.
    }
}
/** Synchronous: see docs/performance.md. */
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
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);


/** `tunnel` calls a refused CONNECT a reset: retried, though a 4xx does not heal. */
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
/** Also returns the CONNECTs its tunnel agent opens: without deadlines, they die with the request. */
function send(url, options) {
    const agent = options.agent;
    const open = agent.request;
    const opened = [];
    let refusal;
    if (typeof open === 'function') {
        agent.request = ((...args) => {
            const connect = open(...args);
            opened.push(connect);
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
/** Rejects on abort at once, even before CONNECT is answered. */
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
            // Else a long-lived signal holds every answer.
            message.once('close', () => signal.removeEventListener('abort', end));
            resolve(message);
        });
        // Every error: one after the headers must not go unhandled.
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

/***/ 6338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   _w: () => (/* binding */ formatFirst),
/* harmony export */   r4: () => (/* binding */ formatInstant),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
/** `1.5 KiB` */
function formatBytes(bytes) {
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${value} ${UNITS[0]}` : `${value.toFixed(1)} ${UNITS[unit]}`;
}
/** `1,234` */
function formatCount(count) {
    // Not toLocaleString: see docs/performance.md.
    return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** `2.5 s` */
function formatSeconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
/** `2026-11-21 14:05 UTC` */
function formatInstant(date) {
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/** `a, b and 3 more` */
function formatFirst(items, max = 5) {
    const more = items.length - max;
    return `${items.slice(0, max).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}


/***/ }),

/***/ 4381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger),
/* harmony export */   y: () => (/* binding */ limitAnnotations)
/* harmony export */ });
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
    group: () => undefined
};
/** The runner shows ten a kind; the rest become one, leaving a place for the failure. */
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
/** Never at once: short work prints no progress. */
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
/** Bidi controls make `build-\u202Eexe.46x-niw` read `build-win-x64.exe`. */
const INVISIBLE = /(?![\t\n\r])[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cs}\p{Cc}]/gu;
/** e.g. `<U+202E>` */
function showInvisible(text) {
    return text.replace(INVISIBLE, c => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
/** A line starting with `::` is a workflow command; the runner splits at CR and LF only. */
function toLogLine(text) {
    const line = showInvisible(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    return /^\s*::/.test(line) ? line.replace('::', '%3A%3A') : line;
}
const SUMMARY_CELL_CHARS = 100;
/** Cut in the middle. */
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
/** No tag, table or code span; no blank line to end the HTML block; no `@` mention. */
function toSummaryText(text) {
    return showInvisible(text)
        .replace(/[&<>"'|`]/g, c => HTML_ENTITIES[c] ?? c)
        .replace(/\r\n|[\r\n\u2028\u2029]/g, '␤')
        .replace(/@/g, '@\u2060');
}


/***/ })

};

//# sourceMappingURL=939.index.js.map