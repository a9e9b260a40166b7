// Verifies an artifact's attestations (Sigstore bundles) before anything of it is placed.
import { readFile } from 'node:fs/promises'
import type { IncomingMessage } from 'node:http'
import { type Bundle, bundleFromJSON } from '@sigstore/bundle'
import { X509Certificate } from '@sigstore/core'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' }
import {
  PolicyError,
  toSignedEntity,
  toTrustMaterial,
  type TrustMaterial,
  VerificationError,
  Verifier,
  type VerifierOptions
} from '@sigstore/verify'
import snappy from 'snappyjs'
import type { Client } from '../../github/client.js'
import type { ReportedAttestation } from '../../report/report.js'
import { ApiError } from '../../github/errors.js'
import { Inputs } from '../../settings/inputs.js'
import { InputError, messageOf } from '../../shared/errors.js'
import { exchange } from '../../shared/exchange.js'
import type { AttestationSettings } from './settings.js'
import { printableUrl } from '../../shared/redact.js'
import { agentFor, checkArchiveUrl } from './transfer.js'

/** Why an artifact's attestations did not pass; the artifact fails with this message. */
class AttestationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AttestationError'
  }
}

/** Checks one artifact's attestations against the sha256 of the bytes that arrived. */
export interface AttestationCheck {
  /**
   * The verified signer; null when there is no attestation and `if-present` lets that pass.
   * Throws AttestationError when none passes.
   */
  verify(sha256: string, signal: AbortSignal): Promise<ReportedAttestation | null>
}

const IN_TOTO_PAYLOAD = 'application/vnd.in-toto+json'
const IN_TOTO_STATEMENTS = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1']
const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot'
const PUBLIC_GOOD = 'https://tuf-repo-cdn.sigstore.dev'
/** Fulcio's certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const OID = {
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13'
}
/** Bundles read at most: a bundle is a few KiB; a `bundle_url` answer is capped before and after snappy. */
const MAX_BUNDLE_BYTES = 4 * 1024 * 1024
const MAX_TRUSTED_ROOT_BYTES = 4 * 1024 * 1024
/** Attestations of one digest tried at most (one page). */
const MAX_ATTESTATIONS = 100
const BUNDLE_FETCH_MS = 30_000

/** One trust root and the evidence it can vouch for. */
interface Trust {
  material: TrustMaterial
  options: VerifierOptions
}

/** Thresholds by what a root holds, as gh picks them; a trusted timestamp is always required. */
function toTrust(json: unknown): Trust {
  const mediaType = (json as { mediaType?: unknown } | null)?.mediaType
  if (typeof mediaType !== 'string' || !mediaType.startsWith(TRUSTED_ROOT_MEDIA_TYPE)) {
    throw new Error(`its mediaType is ${JSON.stringify(mediaType)}, not ${TRUSTED_ROOT_MEDIA_TYPE}`)
  }
  // fromJSON skips what it does not know: a root must vouch for at least one certificate.
  const root = TrustedRoot.fromJSON(json)
  if (root.certificateAuthorities.length === 0) throw new Error('it names no certificate authority')
  return {
    material: toTrustMaterial(root),
    options: {
      tlogThreshold: root.tlogs.length > 0 ? 1 : 0,
      ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0,
      timestampThreshold: 1
    }
  }
}

/** Trust roots, read once: the file given, or the public-good root @sigstore/tuf ships (no TUF fetch). */
async function readTrust(settings: AttestationSettings): Promise<Trust[]> {
  if (settings.trustedRoot === undefined) {
    const seeded = seeds[PUBLIC_GOOD].targets['trusted_root.json']
    return [toTrust(JSON.parse(Buffer.from(seeded, 'base64').toString('utf8')))]
  }
  const path = settings.trustedRoot
  const fail = (why: string): InputError =>
    new InputError(
      `Invalid value for '${Inputs.AttestationTrustedRoot}': '${path}'. ${why} Expected a trusted_root.json (e.g. from 'gh attestation trusted-root').`
    )
  let text: string
  try {
    const bytes = await readFile(path)
    if (bytes.length > MAX_TRUSTED_ROOT_BYTES) throw new Error('the file is too large')
    text = bytes.toString('utf8')
  } catch (error) {
    throw fail(`It cannot be read: ${String((error as Error).message ?? error)}.`)
  }
  // One JSON document (pretty-printed or not), else JSON lines.
  let documents: unknown[]
  try {
    documents = [JSON.parse(text)]
  } catch {
    documents = text.split('\n').filter(line => line.trim() !== '')
  }
  const trust: Trust[] = []
  for (const document of documents) {
    try {
      trust.push(toTrust(typeof document === 'string' ? JSON.parse(document) : document))
    } catch (error) {
      throw fail(`It is not a Sigstore trusted root: ${messageOf(error)}.`)
    }
  }
  if (trust.length === 0) throw fail('It is empty.')
  return trust
}

/** A UTF-8 extension value: DER UTF8String (v2 extensions) inside the extension's OCTET STRING. */
function extensionText(cert: X509Certificate, oid: string): string | undefined {
  const value = cert.extension(oid)?.valueObj.subs?.[0]?.value
  return value === undefined ? undefined : value.toString('utf8')
}

function certificateOf(bundle: Bundle): X509Certificate {
  const material = bundle.verificationMaterial.content
  const raw =
    material.$case === 'certificate'
      ? material.certificate.rawBytes
      : material.$case === 'x509CertificateChain'
        ? material.x509CertificateChain.certificates[0]?.rawBytes
        : undefined
  if (raw === undefined) throw new AttestationError('signed with a key, not a certificate')
  return X509Certificate.parse(Buffer.from(raw))
}

/** What a Sigstore failure means for a person. */
function describeUntrusted(error: unknown): string {
  if (error instanceof VerificationError || error instanceof PolicyError) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : ''
    switch (error.code) {
      case 'TIMESTAMP_ERROR':
        return `untrusted: no trusted timestamp shows the signature was made while the certificate was valid: ${error.message}`
      case 'CERTIFICATE_ERROR':
        return /expired/.test(error.message + cause)
          ? `untrusted: the certificate had expired (or was not yet valid) when the signature was logged: ${error.message}${cause}`
          : `untrusted: the certificate was not issued by a certificate authority of the trusted root: ${error.message}${cause}`
      case 'SIGNATURE_ERROR':
        return 'untrusted: the signature does not verify (the attestation was altered, or signed by another key)'
      default:
        return `untrusted: ${error.message}${cause}`
    }
  }
  return `untrusted: ${messageOf(error)}`
}

/** Reads a `bundle_url` answer within its caps; the body is snappy-compressed JSON as gh reads it. */
async function readBundleUrl(
  raw: string,
  allowHttp: boolean,
  signal: AbortSignal
): Promise<unknown> {
  const url = new URL(raw)
  checkArchiveUrl(url, allowHttp)
  const deadline = AbortSignal.any([signal, AbortSignal.timeout(BUNDLE_FETCH_MS)])
  // No Authorization header: the token goes to the API's origin only, never to a storage host.
  let answer: IncomingMessage
  try {
    answer = await exchange(url, { method: 'GET', headers: {}, agent: agentFor(url) }, deadline)
  } catch (error) {
    throw new AttestationError(
      `the bundle at ${printableUrl(url)} could not be fetched: ${messageOf(error)}`
    )
  }
  const chunks: Buffer[] = []
  let length = 0
  try {
    if (answer.statusCode !== 200) {
      throw new Error(`HTTP ${answer.statusCode}`)
    }
    for await (const chunk of answer) {
      length += (chunk as Buffer).length
      if (length > MAX_BUNDLE_BYTES) throw new Error(`larger than ${MAX_BUNDLE_BYTES} bytes`)
      chunks.push(chunk as Buffer)
    }
    const json = snappy.uncompress(Buffer.concat(chunks), MAX_BUNDLE_BYTES) as Buffer
    return JSON.parse(Buffer.from(json).toString('utf8')) as unknown
  } catch (error) {
    throw new AttestationError(
      `the bundle at ${printableUrl(url)} could not be read: ${messageOf(error)}`
    )
  } finally {
    answer.destroy()
  }
}

/** The check for one download; lookups go through the API client, so the token stays there. */
export async function createAttestationCheck(
  client: Client,
  settings: AttestationSettings,
  owner: string,
  repo: string
): Promise<AttestationCheck> {
  const trust = await readTrust(settings)
  const server = settings.serverUrl
  const repository = `${owner}/${repo}`
  const host = new URL(server).host
  // GitHub Actions' OIDC issuer: on github.com its own host, on GHE.com under the tenant, on
  // Enterprise Server the server's `_services/token`.
  const issuer =
    host === 'github.com'
      ? 'https://token.actions.githubusercontent.com'
      : host.endsWith('.ghe.com')
        ? `https://token.actions.${host}`
        : `${server}/_services/token`
  const signer = settings.signerWorkflow
  const expectedSigner =
    signer === undefined
      ? `a workflow of ${repository}`
      : `${signer.repository}/${signer.path}${signer.ref !== undefined ? `@${signer.ref}` : ''}`

  /** The reason a bundle does not pass, or the signer it verifies. */
  function check(json: unknown, sha256: string): ReportedAttestation {
    let bundle: Bundle
    try {
      bundle = bundleFromJSON(json)
    } catch (error) {
      throw new AttestationError(`not a Sigstore bundle: ${messageOf(error)}`)
    }
    if (bundle.content.$case !== 'dsseEnvelope') {
      throw new AttestationError('not an in-toto attestation (no DSSE envelope)')
    }
    const envelope = bundle.content.dsseEnvelope
    const entity = toSignedEntity(bundle)
    let verified = false
    let failure: unknown
    for (const { material, options } of trust) {
      try {
        new Verifier(material, options).verify(entity)
        verified = true
        break
      } catch (error) {
        failure ??= error
      }
    }
    if (!verified) throw new AttestationError(describeUntrusted(failure))

    // Signed by the expected identity: the certificate's issuer and SAN (the signer workflow).
    const cert = certificateOf(bundle)
    const certIssuer =
      extensionText(cert, '1.3.6.1.4.1.57264.1.8') ??
      cert.extension('1.3.6.1.4.1.57264.1.1')?.value.toString('utf8')
    if (certIssuer !== issuer) {
      throw new AttestationError(
        `wrong signer: the certificate was issued for ${certIssuer ?? 'an unknown issuer'}, not GitHub Actions (${issuer})`
      )
    }
    const san = cert.subjectAltName ?? ''
    const m = new RegExp(
      `^${server.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([^/]+/[^/]+)/(\\.github/workflows/[^@]+)@(.+)$`
    ).exec(san)
    if (m === null)
      throw new AttestationError(`wrong signer: ${san || 'no SAN'} is not a workflow of ${server}`)
    const [, signerRepository, signerPath, signerRef] = m
    const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()
    const signerMatches =
      signer === undefined
        ? same(signerRepository, repository)
        : same(signerRepository, signer.repository) &&
          signerPath === signer.path &&
          (signer.ref === undefined || signerRef === signer.ref)
    if (!signerMatches) {
      throw new AttestationError(
        `wrong signer: signed by ${signerRepository}/${signerPath}@${signerRef}, expected ${expectedSigner}`
      )
    }
    // A reusable workflow of another repository signs for its caller: the source repository is
    // the one that ran, and must be the artifact's.
    const source = extensionText(cert, OID.sourceRepositoryUri)
    if (source === undefined || !same(source, `${server}/${repository}`)) {
      throw new AttestationError(
        `wrong repository: the attestation was made in ${source ?? 'an unknown repository'}, not ${server}/${repository}`
      )
    }

    // What it says: an in-toto statement of the expected predicate about these bytes.
    let statement: { _type?: unknown; predicateType?: unknown; subject?: unknown }
    try {
      if (envelope.payloadType !== IN_TOTO_PAYLOAD)
        throw new Error(`payload type ${envelope.payloadType}`)
      statement = JSON.parse(envelope.payload.toString('utf8')) as typeof statement
      if (!IN_TOTO_STATEMENTS.includes(String(statement._type)))
        throw new Error(`_type ${String(statement._type)}`)
    } catch (error) {
      throw new AttestationError(`not an in-toto statement: ${messageOf(error)}`)
    }
    if (statement.predicateType !== settings.predicateType) {
      throw new AttestationError(
        `wrong predicate type: ${String(statement.predicateType)}, expected ${settings.predicateType}`
      )
    }
    const subjects = Array.isArray(statement.subject) ? (statement.subject as unknown[]) : []
    const digests = subjects.map(s =>
      String((s as { digest?: { sha256?: unknown } } | null)?.digest?.sha256 ?? '').toLowerCase()
    )
    if (!digests.includes(sha256)) {
      throw new AttestationError(
        `wrong subject: the attestation is about ${digests.map(d => `sha256:${d}`).join(', ') || 'no sha256'}, not the sha256:${sha256} received`
      )
    }
    return {
      signer_workflow: `${signerRepository}/${signerPath}`,
      ref: signerRef,
      commit:
        extensionText(cert, OID.buildSignerDigest) ??
        extensionText(cert, OID.sourceRepositoryDigest) ??
        null
    }
  }

  /** The bundles the API lists for a digest: none (404 or an empty list) is an empty array. */
  async function lookUp(sha256: string, signal: AbortSignal): Promise<unknown[]> {
    let attestations: unknown
    try {
      const response = await client.octokit.request(
        'GET /repos/{owner}/{repo}/attestations/{subject_digest}',
        { owner, repo, subject_digest: `sha256:${sha256}`, per_page: MAX_ATTESTATIONS }
      )
      attestations = (response.data as { attestations?: unknown }).attestations
    } catch (error) {
      if (ApiError.hasStatus(error, 404)) return []
      throw new ApiError(error, {
        repository,
        permission: 'attestations: read',
        action: `look up the attestations of sha256:${sha256}`
      })
    }
    if (!Array.isArray(attestations)) return []
    const allowHttp = new URL(client.apiUrl).protocol === 'http:'
    const bundles: unknown[] = []
    for (const item of attestations.slice(0, MAX_ATTESTATIONS) as {
      bundle?: unknown
      bundle_url?: unknown
    }[]) {
      if (item?.bundle !== undefined && item.bundle !== null) bundles.push(item.bundle)
      else if (typeof item?.bundle_url === 'string') {
        bundles.push(
          await readBundleUrl(item.bundle_url, allowHttp, signal).catch((error: unknown) => error)
        )
      }
    }
    return bundles
  }

  return {
    async verify(sha256, signal) {
      const bundles = await lookUp(sha256, signal)
      if (bundles.length === 0) {
        if (settings.mode === 'required') {
          throw new AttestationError(
            `no attestation: ${repository} has none for sha256:${sha256} ('${Inputs.Attestation}: required'); not saved`
          )
        }
        return null
      }
      const reasons: string[] = []
      for (const bundle of bundles) {
        try {
          if (bundle instanceof Error) throw bundle
          return check(bundle, sha256)
        } catch (error) {
          const reason = messageOf(error)
          if (!reasons.includes(reason)) reasons.push(reason)
        }
      }
      throw new AttestationError(
        `attestation check failed: ${bundles.length === 1 ? '' : `none of ${bundles.length} attestations passed: `}${reasons.slice(0, 3).join('; ')}; not saved`
      )
    }
  }
}
