import { describe, expect, it } from 'vitest'
import { acceptedExtensions, formatBytes, formatDuration, providerRegistry } from '../src/index.ts'

describe('formatBytes', () => {
  it('formats binary steps with the locale number format and units', () => {
    expect(formatBytes(0)).toBe('0 B')
    expect(formatBytes(1000, 'en')).toBe('1,000 B')
    expect(formatBytes(1536, 'en')).toBe('1.5 kB')
    expect(formatBytes(1.2 * 1024 * 1024, 'en')).toBe('1.2 MB')
    expect(formatBytes(1.2 * 1024 * 1024, 'zh-CN')).toBe('1.2 MB')
    expect(formatBytes(3 * 1024 ** 3, 'en')).toBe('3 GB')
    expect(formatBytes(5 * 1024 ** 5, 'en')).toBe('5,120 TB')
  })
})

describe('formatDuration', () => {
  it('rounds up to seconds, minutes or hours in the locale', () => {
    expect(formatDuration(44.2, 'en')).toBe('45 sec')
    expect(formatDuration(150, 'en')).toBe('3 min')
    expect(formatDuration(2 * 3600, 'en')).toBe('2 hr')
    expect(formatDuration(44.2, 'zh-CN')).toBe('45秒')
    expect(formatDuration(150, 'zh-CN')).toBe('3分钟')
    expect(formatDuration(5000, 'zh-CN')).toBe('2小时')
  })
})

describe('acceptedExtensions', () => {
  it("narrows the provider's extensions by MIME types, wildcards and extensions", () => {
    const rules = providerRegistry.presign.rules
    expect(acceptedExtensions(rules)).toEqual(['jpg', 'jpeg', 'png', 'webp', 'gif', 'mp4', 'webm'])
    expect(acceptedExtensions(rules, { accept: ['image/*'] })).toEqual(['jpg', 'jpeg', 'png', 'webp', 'gif'])
    expect(acceptedExtensions(rules, { accept: [' Video/MP4 ', '.PNG'] })).toEqual(['png', 'mp4'])
    expect(acceptedExtensions(rules, { accept: ['.txt'] })).toEqual([])
    expect(acceptedExtensions({ extensions: ['mov', 'constructor'] }, { accept: ['video/*'] })).toEqual(['mov'])
  })
})
