'use client'
import { useRef } from 'react'
import type { UploadFile } from '@media-uploader/core'
import { createRateMeter, type RateMeter } from './_internal/createRateMeter.ts'

/**
 * A transfer rate and the time it leaves.
 *
 * @example
 * ```ts
 * const { speed, timeLeft }: UploadSpeed = useFileSpeed(file)
 * ```
 */
export interface UploadSpeed {
  /** Bytes per second, smoothed; 0 when nothing is moving. */
  readonly speed: number
  /** Seconds left at that speed; `undefined` until there is a speed. */
  readonly timeLeft: number | undefined
}

/**
 * One file's smoothed upload speed and time left, while it uploads (reset
 * when it stops or starts over). Call it with the file from
 * {@link useUploadFile}; it re-computes when the file changes.
 *
 * @example
 * ```tsx
 * const file = useUploadFile(uploader, id)
 * const { speed, timeLeft } = useFileSpeed(file)
 * return <span>{formatBytes(speed)}/s{timeLeft ? `, ${formatDuration(timeLeft)} left` : ''}</span>
 * ```
 */
export function useFileSpeed(file: UploadFile<unknown> | undefined): UploadSpeed {
  const meter = useRef<RateMeter | undefined>(undefined)
  if (file?.status !== 'uploading') {
    meter.current = undefined
    return { speed: 0, timeLeft: undefined }
  }
  const speed = (meter.current ??= createRateMeter()).sample(file.bytesUploaded, Date.now())
  return { speed, timeLeft: speed > 0 ? (file.size - file.bytesUploaded) / speed : undefined }
}
