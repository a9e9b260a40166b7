// Real Sigstore bundles for the tests, signed offline: @sigstore/mock's ephemeral Fulcio CA (with
// a CT log for the SCT) issues the certificate, and its Rekor log makes the entry (signed entry
// timestamp and inclusion proof). `trustedRoot` is the root that vouches for all three, as
// `attestation-trusted-root` takes it.
import { createHash, generateKeyPairSync, sign } from 'node:crypto'
import { initializeCA, initializeCTLog, initializeTLog, initializeTSA } from '@sigstore/mock'

const SERVER = 'https://github.com'
const REKOR = 'https://rekor.mock.test'
const IN_TOTO = 'application/vnd.in-toto+json'

/** What one attestation says and who signs it. */
export interface AttestOptions {
  /** sha256 (hex) of each subject. */
  digests: string[]
  /** The repository whose run signs (the certificate's source repository). */
  repository?: string
  /** The signer workflow, `owner/repo/.github/workflows/FILE@REF`; default the repository's release.yml on main. */
  signer?: string
  /** Default SLSA provenance v1. */
  predicateType?: string
  /** The OIDC issuer in the certificate. */
  issuer?: string
  /** Leave out the transparency log entry, the only timestamp. */
  noTimestamp?: boolean
  /** Log the entry this long after the certificate was issued (its validity is 10 minutes). */
  loggedAfterMs?: number
}

export interface MockSigstore {
  /** A trusted_root.json for the mock instance. */
  trustedRoot: object
  /** A bundle (v0.3 JSON) of an in-toto statement signed by a GitHub Actions identity. */
  attest(options: AttestOptions): Promise<Record<string, unknown>>
}

/** A Rekor v1 log entry as the mock answers it. */
interface RekorEntry {
  body: string
  integratedTime: number
  logID: string
  logIndex: number
  verification: {
    signedEntryTimestamp: string
    inclusionProof: {
      logIndex: number
      rootHash: string
      treeSize: number
      hashes: string[]
      checkpoint: string
    }
  }
}

const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'P-256' })
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64')
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest()

/** DSSE's pre-authentication encoding: what is signed. */
function pae(type: string, payload: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${payload.length} `),
    payload
  ])
}

/**
 * A mock instance. `github` is like GitHub's own instance for private repositories: no
 * transparency or CT log, a timestamp authority instead.
 */
export async function startMockSigstore(
  instance: 'public-good' | 'github' = 'public-good'
): Promise<MockSigstore> {
  const github = instance === 'github'
  const ctKeys = keyPair()
  const tlogKeys = keyPair()
  const ctlog = await initializeCTLog(ctKeys)
  const ca = await initializeCA(keyPair(), github ? undefined : ctlog)
  // Whole seconds: @sigstore/core reads a GeneralizedTime fraction only as 3 digits, and the mock
  // writes 950 ms as '.95' (a test failed one time in ten). Set before each timestamp.
  const tsaClock = new Date()
  const tsa = await initializeTSA(keyPair(), tsaClock)
  const tlogSpki = tlogKeys.publicKey.export({ format: 'der', type: 'spki' })
  const since = new Date(Date.now() - 24 * 3600_000).toISOString()
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: github
      ? []
      : [
          {
            baseUrl: REKOR,
            hashAlgorithm: 'SHA2_256',
            publicKey: {
              rawBytes: b64(tlogSpki),
              keyDetails: 'PKIX_ECDSA_P256_SHA_256',
              validFor: { start: since }
            },
            logId: { keyId: b64(sha256(tlogSpki)) }
          }
        ],
    timestampAuthorities: github
      ? [
          {
            subject: { organization: 'github.mock', commonName: 'tsa' },
            uri: 'https://timestamp.mock.test',
            certChain: {
              certificates: [
                { rawBytes: b64(Buffer.from(tsa.intCertificate.buffer)) },
                { rawBytes: b64(Buffer.from(tsa.rootCertificate.buffer)) }
              ]
            },
            validFor: { start: since }
          }
        ]
      : [],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: 'https://fulcio.mock.test',
        certChain: { certificates: [{ rawBytes: b64(Buffer.from(ca.rootCertificate.buffer)) }] },
        validFor: { start: since }
      }
    ],
    ctlogs: github
      ? []
      : [
          {
            baseUrl: 'https://ctfe.mock.test',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
              rawBytes: b64(ctlog.publicKey),
              keyDetails: 'PKIX_ECDSA_P256_SHA_256',
              validFor: { start: since }
            },
            logId: { keyId: b64(Buffer.from(ctlog.logID.buffer)) }
          }
        ]
  }

  async function attest(options: AttestOptions): Promise<Record<string, unknown>> {
    const repository = options.repository ?? 'octo-org/octo-repo'
    const signer = options.signer ?? `${repository}/.github/workflows/release.yml@refs/heads/main`
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: options.digests.map((digest, i) => ({
        name: `artifact-${i}.zip`,
        digest: { sha256: digest }
      })),
      predicateType: options.predicateType ?? 'https://slsa.dev/provenance/v1',
      predicate: {
        buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' }
      }
    }
    const payload = Buffer.from(JSON.stringify(statement))
    const ephemeral = keyPair()
    const signature = sign('sha256', pae(IN_TOTO, payload), ephemeral.privateKey)
    const commit = createHash('sha1').update(signer).digest('hex')
    // The extensions Fulcio writes for a GitHub Actions token (v2 OIDs, DER UTF8String).
    const cert = Buffer.from(
      (
        await ca.issueCertificate({
          publicKey: ephemeral.publicKey.export({ format: 'der', type: 'spki' }),
          subjectAltName: `${SERVER}/${signer}`,
          extensions: [
            {
              oid: '1.3.6.1.4.1.57264.1.8',
              value: options.issuer ?? 'https://token.actions.githubusercontent.com'
            },
            { oid: '1.3.6.1.4.1.57264.1.9', value: `${SERVER}/${signer}` },
            { oid: '1.3.6.1.4.1.57264.1.10', value: commit },
            { oid: '1.3.6.1.4.1.57264.1.12', value: `${SERVER}/${repository}` },
            { oid: '1.3.6.1.4.1.57264.1.13', value: commit }
          ]
        })
      ).buffer
    )
    const envelope = {
      payload: b64(payload),
      payloadType: IN_TOTO,
      signatures: [{ sig: b64(signature), keyid: '' }]
    }
    const tlogEntries = []
    const rfc3161Timestamps = []
    if (github && !options.noTimestamp) {
      tsaClock.setTime(Math.floor(Date.now() / 1000) * 1000)
      const response = await tsa.timestamp({
        artifactHash: sha256(signature),
        hashAlgorithmOID: '2.16.840.1.101.3.4.2.1',
        nonce: 42,
        policyOID: '1.3.6.1.4.1.57264.2',
        certReq: true
      })
      rfc3161Timestamps.push({ signedTimestamp: b64(Buffer.from(response.buffer)) })
    } else if (!options.noTimestamp) {
      const pem = `-----BEGIN CERTIFICATE-----\n${b64(cert)}\n-----END CERTIFICATE-----\n`
      // The body Rekor writes for a dsse 0.0.1 entry.
      const body = {
        apiVersion: '0.0.1',
        kind: 'dsse',
        spec: {
          envelopeHash: {
            algorithm: 'sha256',
            value: sha256(JSON.stringify(envelope)).toString('hex')
          },
          payloadHash: { algorithm: 'sha256', value: sha256(payload).toString('hex') },
          signatures: [{ signature: b64(signature), verifier: b64(pem) }]
        }
      }
      const clock = options.loggedAfterMs ? new Date(Date.now() + options.loggedAfterMs) : undefined
      const tlog = await initializeTLog(REKOR, tlogKeys, clock)
      const logged = Object.values((await tlog.log(body)) as Record<string, RekorEntry>)[0]
      const proof = logged.verification.inclusionProof
      tlogEntries.push({
        logIndex: String(logged.logIndex),
        logId: { keyId: b64(Buffer.from(logged.logID, 'hex')) },
        kindVersion: { kind: 'dsse', version: '0.0.1' },
        integratedTime: String(logged.integratedTime),
        inclusionPromise: { signedEntryTimestamp: logged.verification.signedEntryTimestamp },
        inclusionProof: {
          logIndex: String(proof.logIndex),
          rootHash: b64(Buffer.from(proof.rootHash, 'hex')),
          treeSize: String(proof.treeSize),
          hashes: proof.hashes.map(h => b64(Buffer.from(h, 'hex'))),
          checkpoint: { envelope: proof.checkpoint }
        },
        canonicalizedBody: logged.body
      })
    }
    return {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: {
        certificate: { rawBytes: b64(cert) },
        tlogEntries,
        timestampVerificationData: { rfc3161Timestamps }
      },
      dsseEnvelope: envelope
    }
  }

  return { trustedRoot, attest }
}
