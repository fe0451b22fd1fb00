'use client'
import { useMemo, useRef } from 'react'
import type { UploadController, UploadTotals } from '@media-uploader/core'
import { createRateMeter, type RateMeter } from './_internal/createRateMeter.ts'
import type { UploadSpeed } from './useFileSpeed.ts'
import { useUploaderState } from './useUploaderState.ts'

/**
 * What {@link useUploadTotals} returns: the core's totals plus the speed
 * over all files and the time left for the files still to go.
 *
 * @example
 * ```ts
 * const { progress, speed, timeLeft }: UploadTotalsWithSpeed = useUploadTotals(uploader)
 * ```
 */
export interface UploadTotalsWithSpeed extends UploadTotals, UploadSpeed {}

/**
 * Byte-weighted totals (`bytesUploaded`, `bytesTotal`, `progress`),
 * per-status counts, and the smoothed `speed` (bytes/s, from the first
 * progress tick) and `timeLeft` (seconds, for the bytes of the files queued
 * or uploading) — the widget's own numbers, without the file list.
 *
 * @example
 * ```tsx
 * function Total({ uploader }: { uploader: UploadController }) {
 *   const { progress, speed, timeLeft, count } = useUploadTotals(uploader)
 *   return <progress value={progress} aria-label="Total">{count.done} done, {formatBytes(speed)}/s, {timeLeft ?? '…'} s left</progress>
 * }
 * ```
 */
export function useUploadTotals(controller: UploadController<unknown>): UploadTotalsWithSpeed {
  const snapshot = useUploaderState(controller, (s) => s)
  const meter = useRef<RateMeter | undefined>(undefined)
  return useMemo(() => {
    const { totals, files } = snapshot
    let left = 0
    for (const f of files) if (/^(queued|signing|uploading)$/.test(f.status)) left += f.size - f.bytesUploaded
    if (!totals.count.uploading) {
      meter.current = undefined
      return { ...totals, speed: 0, timeLeft: undefined }
    }
    const speed = (meter.current ??= createRateMeter()).sample(totals.bytesUploaded, Date.now())
    return { ...totals, speed, timeLeft: speed > 0 ? left / speed : undefined }
  }, [snapshot])
}
