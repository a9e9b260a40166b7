export const id = 693;
export const ids = [693];
export const modules = {

/***/ 8693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createAttestationCheck: () => (/* binding */ createAttestationCheck)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1040);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _sigstore_tuf_seeds_json__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8032);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4187);
/* harmony import */ var snappyjs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4528);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3116);
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7428);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8382);
/* harmony import */ var _shared_exchange_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4732);
/* harmony import */ var _shared_redact_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8932);
/* harmony import */ var _transfer_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7468);
// Verifies an artifact's attestations (Sigstore bundles) before anything of it is placed.













/** Why an artifact's attestations did not pass; the artifact fails with this message. */
class AttestationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'AttestationError';
    }
}
const IN_TOTO_PAYLOAD = 'application/vnd.in-toto+json';
const IN_TOTO_STATEMENTS = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];
const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot';
const PUBLIC_GOOD = 'https://tuf-repo-cdn.sigstore.dev';
/** Fulcio's certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const OID = {
    buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13'
};
/** Bundles read at most: a bundle is a few KiB; a `bundle_url` answer is capped before and after snappy. */
const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;
const MAX_TRUSTED_ROOT_BYTES = 4 * 1024 * 1024;
/** Attestations of one digest tried at most (one page). */
const MAX_ATTESTATIONS = 100;
const BUNDLE_FETCH_MS = 30_000;
/** Thresholds by what a root holds, as gh picks them; a trusted timestamp is always required. */
function toTrust(json) {
    const mediaType = json?.mediaType;
    if (typeof mediaType !== 'string' || !mediaType.startsWith(TRUSTED_ROOT_MEDIA_TYPE)) {
        throw new Error(`its mediaType is ${JSON.stringify(mediaType)}, not ${TRUSTED_ROOT_MEDIA_TYPE}`);
    }
    // fromJSON skips what it does not know: a root must vouch for at least one certificate.
    const root = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__.TrustedRoot.fromJSON(json);
    if (root.certificateAuthorities.length === 0)
        throw new Error('it names no certificate authority');
    return {
        material: (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_5__/* .toTrustMaterial */ .jO)(root),
        options: {
            tlogThreshold: root.tlogs.length > 0 ? 1 : 0,
            ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0,
            timestampThreshold: 1
        }
    };
}
/** Trust roots, read once: the file given, or the public-good root @sigstore/tuf ships (no TUF fetch). */
async function readTrust(settings) {
    if (settings.trustedRoot === undefined) {
        const seeded = _sigstore_tuf_seeds_json__WEBPACK_IMPORTED_MODULE_4__[PUBLIC_GOOD].targets['trusted_root.json'];
        return [toTrust(JSON.parse(Buffer.from(seeded, 'base64').toString('utf8')))];
    }
    const path = settings.trustedRoot;
    const fail = (why) => new _shared_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid value for '${_settings_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .Inputs */ .G0.AttestationTrustedRoot}': '${path}'. ${why} Expected a trusted_root.json (e.g. from 'gh attestation trusted-root').`);
    let text;
    try {
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
        if (bytes.length > MAX_TRUSTED_ROOT_BYTES)
            throw new Error('the file is too large');
        text = bytes.toString('utf8');
    }
    catch (error) {
        throw fail(`It cannot be read: ${String(error.message ?? error)}.`);
    }
    // One JSON document (pretty-printed or not), else JSON lines.
    let documents;
    try {
        documents = [JSON.parse(text)];
    }
    catch {
        documents = text.split('\n').filter(line => line.trim() !== '');
    }
    const trust = [];
    for (const document of documents) {
        try {
            trust.push(toTrust(typeof document === 'string' ? JSON.parse(document) : document));
        }
        catch (error) {
            throw fail(`It is not a Sigstore trusted root: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .messageOf */ .b)(error)}.`);
        }
    }
    if (trust.length === 0)
        throw fail('It is empty.');
    return trust;
}
/** A UTF-8 extension value: DER UTF8String (v2 extensions) inside the extension's OCTET STRING. */
function extensionText(cert, oid) {
    const value = cert.extension(oid)?.valueObj.subs?.[0]?.value;
    return value === undefined ? undefined : value.toString('utf8');
}
function certificateOf(bundle) {
    const material = bundle.verificationMaterial.content;
    const raw = material.$case === 'certificate'
        ? material.certificate.rawBytes
        : material.$case === 'x509CertificateChain'
            ? material.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    if (raw === undefined)
        throw new AttestationError('signed with a key, not a certificate');
    return _sigstore_core__WEBPACK_IMPORTED_MODULE_2__.X509Certificate.parse(Buffer.from(raw));
}
/** What a Sigstore failure means for a person. */
function describeUntrusted(error) {
    if (error instanceof _sigstore_verify__WEBPACK_IMPORTED_MODULE_5__/* .VerificationError */ .mk || error instanceof _sigstore_verify__WEBPACK_IMPORTED_MODULE_5__/* .PolicyError */ .pn) {
        const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
        switch (error.code) {
            case 'TIMESTAMP_ERROR':
                return `untrusted: no trusted timestamp shows the signature was made while the certificate was valid: ${error.message}`;
            case 'CERTIFICATE_ERROR':
                return /expired/.test(error.message + cause)
                    ? `untrusted: the certificate had expired (or was not yet valid) when the signature was logged: ${error.message}${cause}`
                    : `untrusted: the certificate was not issued by a certificate authority of the trusted root: ${error.message}${cause}`;
            case 'SIGNATURE_ERROR':
                return 'untrusted: the signature does not verify (the attestation was altered, or signed by another key)';
            default:
                return `untrusted: ${error.message}${cause}`;
        }
    }
    return `untrusted: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .messageOf */ .b)(error)}`;
}
/** Reads a `bundle_url` answer within its caps; the body is snappy-compressed JSON as gh reads it. */
async function readBundleUrl(raw, allowHttp, signal) {
    const url = new URL(raw);
    (0,_transfer_js__WEBPACK_IMPORTED_MODULE_11__/* .checkArchiveUrl */ .I1)(url, allowHttp);
    const deadline = AbortSignal.any([signal, AbortSignal.timeout(BUNDLE_FETCH_MS)]);
    // No Authorization header: the token goes to the API's origin only, never to a storage host.
    let answer;
    try {
        answer = await (0,_shared_exchange_js__WEBPACK_IMPORTED_MODULE_10__/* .exchange */ .c)(url, { method: 'GET', headers: {}, agent: (0,_transfer_js__WEBPACK_IMPORTED_MODULE_11__/* .agentFor */ .Pf)(url) }, deadline);
    }
    catch (error) {
        throw new AttestationError(`the bundle at ${(0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_12__/* .printableUrl */ .Z)(url)} could not be fetched: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .messageOf */ .b)(error)}`);
    }
    const chunks = [];
    let length = 0;
    try {
        if (answer.statusCode !== 200) {
            throw new Error(`HTTP ${answer.statusCode}`);
        }
        for await (const chunk of answer) {
            length += chunk.length;
            if (length > MAX_BUNDLE_BYTES)
                throw new Error(`larger than ${MAX_BUNDLE_BYTES} bytes`);
            chunks.push(chunk);
        }
        const json = snappyjs__WEBPACK_IMPORTED_MODULE_6__.uncompress(Buffer.concat(chunks), MAX_BUNDLE_BYTES);
        return JSON.parse(Buffer.from(json).toString('utf8'));
    }
    catch (error) {
        throw new AttestationError(`the bundle at ${(0,_shared_redact_js__WEBPACK_IMPORTED_MODULE_12__/* .printableUrl */ .Z)(url)} could not be read: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .messageOf */ .b)(error)}`);
    }
    finally {
        answer.destroy();
    }
}
/** The check for one download; lookups go through the API client, so the token stays there. */
async function createAttestationCheck(client, settings, owner, repo) {
    const trust = await readTrust(settings);
    const server = settings.serverUrl;
    const repository = `${owner}/${repo}`;
    const host = new URL(server).host;
    // GitHub Actions' OIDC issuer: on github.com its own host, on GHE.com under the tenant, on
    // Enterprise Server the server's `_services/token`.
    const issuer = host === 'github.com'
        ? 'https://token.actions.githubusercontent.com'
        : host.endsWith('.ghe.com')
            ? `https://token.actions.${host}`
            : `${server}/_services/token`;
    const signer = settings.signerWorkflow;
    const expectedSigner = signer === undefined
        ? `a workflow of ${repository}`
        : `${signer.repository}/${signer.path}${signer.ref !== undefined ? `@${signer.ref}` : ''}`;
    /** The reason a bundle does not pass, or the signer it verifies. */
    function check(json, sha256) {
        let bundle;
        try {
            bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__/* .bundleFromJSON */ .vw)(json);
        }
        catch (error) {
            throw new AttestationError(`not a Sigstore bundle: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .messageOf */ .b)(error)}`);
        }
        if (bundle.content.$case !== 'dsseEnvelope') {
            throw new AttestationError('not an in-toto attestation (no DSSE envelope)');
        }
        const envelope = bundle.content.dsseEnvelope;
        const entity = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_5__/* .toSignedEntity */ .DC)(bundle);
        let verified = false;
        let failure;
        for (const { material, options } of trust) {
            try {
                new _sigstore_verify__WEBPACK_IMPORTED_MODULE_5__/* .Verifier */ .BL(material, options).verify(entity);
                verified = true;
                break;
            }
            catch (error) {
                failure ??= error;
            }
        }
        if (!verified)
            throw new AttestationError(describeUntrusted(failure));
        // Signed by the expected identity: the certificate's issuer and SAN (the signer workflow).
        const cert = certificateOf(bundle);
        const certIssuer = extensionText(cert, '1.3.6.1.4.1.57264.1.8') ??
            cert.extension('1.3.6.1.4.1.57264.1.1')?.value.toString('utf8');
        if (certIssuer !== issuer) {
            throw new AttestationError(`wrong signer: the certificate was issued for ${certIssuer ?? 'an unknown issuer'}, not GitHub Actions (${issuer})`);
        }
        const san = cert.subjectAltName ?? '';
        const m = new RegExp(`^${server.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([^/]+/[^/]+)/(\\.github/workflows/[^@]+)@(.+)$`).exec(san);
        if (m === null)
            throw new AttestationError(`wrong signer: ${san || 'no SAN'} is not a workflow of ${server}`);
        const [, signerRepository, signerPath, signerRef] = m;
        const same = (a, b) => a.toLowerCase() === b.toLowerCase();
        const signerMatches = signer === undefined
            ? same(signerRepository, repository)
            : same(signerRepository, signer.repository) &&
                signerPath === signer.path &&
                (signer.ref === undefined || signerRef === signer.ref);
        if (!signerMatches) {
            throw new AttestationError(`wrong signer: signed by ${signerRepository}/${signerPath}@${signerRef}, expected ${expectedSigner}`);
        }
        // A reusable workflow of another repository signs for its caller: the source repository is
        // the one that ran, and must be the artifact's.
        const source = extensionText(cert, OID.sourceRepositoryUri);
        if (source === undefined || !same(source, `${server}/${repository}`)) {
            throw new AttestationError(`wrong repository: the attestation was made in ${source ?? 'an unknown repository'}, not ${server}/${repository}`);
        }
        // What it says: an in-toto statement of the expected predicate about these bytes.
        let statement;
        try {
            if (envelope.payloadType !== IN_TOTO_PAYLOAD)
                throw new Error(`payload type ${envelope.payloadType}`);
            statement = JSON.parse(envelope.payload.toString('utf8'));
            if (!IN_TOTO_STATEMENTS.includes(String(statement._type)))
                throw new Error(`_type ${String(statement._type)}`);
        }
        catch (error) {
            throw new AttestationError(`not an in-toto statement: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .messageOf */ .b)(error)}`);
        }
        if (statement.predicateType !== settings.predicateType) {
            throw new AttestationError(`wrong predicate type: ${String(statement.predicateType)}, expected ${settings.predicateType}`);
        }
        const subjects = Array.isArray(statement.subject) ? statement.subject : [];
        const digests = subjects.map(s => String(s?.digest?.sha256 ?? '').toLowerCase());
        if (!digests.includes(sha256)) {
            throw new AttestationError(`wrong subject: the attestation is about ${digests.map(d => `sha256:${d}`).join(', ') || 'no sha256'}, not the sha256:${sha256} received`);
        }
        return {
            signer_workflow: `${signerRepository}/${signerPath}`,
            ref: signerRef,
            commit: extensionText(cert, OID.buildSignerDigest) ??
                extensionText(cert, OID.sourceRepositoryDigest) ??
                null
        };
    }
    /** The bundles the API lists for a digest: none (404 or an empty list) is an empty array. */
    async function lookUp(sha256, signal) {
        let attestations;
        try {
            const response = await client.octokit.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', { owner, repo, subject_digest: `sha256:${sha256}`, per_page: MAX_ATTESTATIONS });
            attestations = response.data.attestations;
        }
        catch (error) {
            if (_github_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ApiError */ .h.hasStatus(error, 404))
                return [];
            throw new _github_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ApiError */ .h(error, {
                repository,
                permission: 'attestations: read',
                action: `look up the attestations of sha256:${sha256}`
            });
        }
        if (!Array.isArray(attestations))
            return [];
        const allowHttp = new URL(client.apiUrl).protocol === 'http:';
        const bundles = [];
        for (const item of attestations.slice(0, MAX_ATTESTATIONS)) {
            if (item?.bundle !== undefined && item.bundle !== null)
                bundles.push(item.bundle);
            else if (typeof item?.bundle_url === 'string') {
                bundles.push(await readBundleUrl(item.bundle_url, allowHttp, signal).catch((error) => error));
            }
        }
        return bundles;
    }
    return {
        async verify(sha256, signal) {
            const bundles = await lookUp(sha256, signal);
            if (bundles.length === 0) {
                if (settings.mode === 'required') {
                    throw new AttestationError(`no attestation: ${repository} has none for sha256:${sha256} ('${_settings_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .Inputs */ .G0.Attestation}: required'); not saved`);
                }
                return null;
            }
            const reasons = [];
            for (const bundle of bundles) {
                try {
                    if (bundle instanceof Error)
                        throw bundle;
                    return check(bundle, sha256);
                }
                catch (error) {
                    const reason = (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .messageOf */ .b)(error);
                    if (!reasons.includes(reason))
                        reasons.push(reason);
                }
            }
            throw new AttestationError(`attestation check failed: ${bundles.length === 1 ? '' : `none of ${bundles.length} attestations passed: `}${reasons.slice(0, 3).join('; ')}; not saved`);
        }
    };
}


/***/ })

};

//# sourceMappingURL=693.index.js.map