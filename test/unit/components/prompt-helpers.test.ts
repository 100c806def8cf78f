import { describe, expect, it } from 'vitest'
import { safeImageSrc } from '../../../src/components/CredentialPrompt/image-src'
import { safeHttpUrl } from '../../../src/components/shared'
import { formatRemaining } from '../../../src/components/shared-countdown'
import { findQrImage } from '../../../src/components/UserActionNotice/qr-image'
import { HOSTILE_URLS } from '../../fixtures/hostile'

// A huge but valid https URL in the corpus may be shown; everything else must not.
const UNSAFE_URLS = HOSTILE_URLS.filter((url) => !url.startsWith('https://'))

describe('safe URLs for institution data', () => {
  it.each(UNSAFE_URLS)('rejects %j as a link or an image', (url) => {
    expect(safeHttpUrl(url)).toBeUndefined()
    expect(safeImageSrc(url)).toBeUndefined()
  })

  it('accepts absolute http(s) links', () => {
    expect(safeHttpUrl(' https://bank.example/a?b=1 ')).toBe('https://bank.example/a?b=1')
    expect(safeHttpUrl('http://bank.example')).toBe('http://bank.example/')
    expect(safeHttpUrl('https://')).toBeUndefined()
  })

  it('accepts data:image URLs and sniffs the type of bare base64', () => {
    expect(safeImageSrc('data:image/png;base64,iVBORw0KGgo=')).toBe(
      'data:image/png;base64,iVBORw0KGgo=',
    )
    expect(safeImageSrc('/9j/4AAQSkZJRgABAQAAAQABAAD')).toMatch(/^data:image\/jpeg;base64,/)
    expect(safeImageSrc('R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==')).toMatch(
      /^data:image\/gif;base64,/,
    )
    expect(safeImageSrc('iVBORw0KGgo AAAANSUhEUg\n')).toBe(
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUg',
    )
    expect(safeImageSrc('short')).toBeUndefined()
    expect(safeImageSrc('data:image/png;base64,x" onerror="alert(1)')).toMatch(/^data:image\//)
  })
})

describe('formatRemaining', () => {
  it.each([
    [0, '0:00'],
    [-5000, '0:00'],
    [999, '0:01'],
    [59_001, '1:00'],
    [299_000, '4:59'],
    [3_723_000, '1:02:03'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatRemaining(ms)).toBe(text)
  })
})

describe('findQrImage', () => {
  it('finds nothing without image-like attributes', () => {
    expect(findQrImage(undefined)).toEqual({ found: false })
    expect(findQrImage({ deviceNickname: 'Pluggy-1' })).toEqual({ found: false })
    expect(findQrImage('nope')).toEqual({ found: false })
  })

  it('prefers a data:image value under any key', () => {
    expect(
      findQrImage({ qr: 'https://x.example/a.png', payload: 'data:image/png;base64,AAAA' }),
    ).toEqual({ found: true, src: 'data:image/png;base64,AAAA' })
  })

  it('reports an unusable image-like value as found without a src', () => {
    expect(findQrImage({ qrCode: 'javascript:alert(1)' })).toEqual({ found: true, src: undefined })
  })
})
