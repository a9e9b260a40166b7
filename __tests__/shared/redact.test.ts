// src/shared/redact.ts: every URL in a message loses its query, fragment and credentials.
import { describe, expect, it } from '@jest/globals'
import { printableUrl, redactUrls } from '../../src/shared/redact.js'

describe('redactUrls', () => {
  it.each([
    [
      'a signed query',
      'GET https://blob.example/a/b.zip?sig=SECRET&se=2026 failed',
      'GET https://blob.example/a/b.zip?[redacted] failed'
    ],
    [
      'a scheme in capitals',
      'HTTPS://Blob.Example/x.zip?sig=S',
      'HTTPS://Blob.Example/x.zip?[redacted]'
    ],
    [
      'credentials, without a query',
      'to http://user:pass@host:8080/p/q',
      'to http://host:8080/p/q'
    ],
    ['a fragment', 'at https://h.example/p#token=T', 'at https://h.example/p?[redacted]'],
    [
      'URLs in quotes, each ending at its quote',
      `'https://h.example/p?sig=A' and "https://h.example/q?sig=B"`,
      `'https://h.example/p?[redacted]' and "https://h.example/q?[redacted]"`
    ],
    [
      'a query ending at a space',
      'https://h.example/p?sig=S then more',
      'https://h.example/p?[redacted] then more'
    ],
    [
      'a URL with nothing to take out',
      'see https://docs.github.com/rest/actions/artifacts for more',
      'see https://docs.github.com/rest/actions/artifacts for more'
    ]
  ])('takes out %s', (_what, message, expected) => {
    expect(redactUrls(message)).toBe(expected)
  })
})

describe('printableUrl', () => {
  it('keeps scheme, host, port and path only', () => {
    expect(printableUrl(new URL('https://u:p@h.example:8443/a/b?sig=S#f'))).toBe(
      'https://h.example:8443/a/b'
    )
  })
})
