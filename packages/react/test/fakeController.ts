import { configure } from '@testing-library/react'
import { vi } from 'vitest'
import {
  MediaUploaderError,
  type ErrorCode,
  type FileStatus,
  type UploadController,
  type UploaderEvents,
  type UploaderSnapshot,
  type UploaderStatus,
  type UploadFile,
} from '@media-uploader/core'

// The notices, error details and preview are lazy chunks: on a busy machine their first import takes a while.
configure({ asyncUtilTimeout: 5000 })

type Listener = (...args: readonly unknown[]) => void

/** An in-memory UploadController whose state tests set directly. Commands are spies that change nothing. */
export interface FakeController<R> extends UploadController<R> {
  setFiles(files: readonly UploadFile<R>[], status?: UploaderStatus): void
  update(id: string, patch: Partial<UploadFile<R>>): void
  emit<E extends keyof UploaderEvents<R>>(event: E, ...args: Parameters<UploaderEvents<R>[E]>): void
  listenerCount(): number
  /** Listeners registered with `on`, over all events. */
  eventListenerCount(): number
}

export interface TestResult {
  readonly key: string
  readonly url: string
}

let nextId = 0

export function makeFile<R = TestResult>(patch: Partial<UploadFile<R>> & { name: string }): UploadFile<R> {
  const type = patch.type ?? (patch.name.endsWith('.mp4') ? 'video/mp4' : 'image/jpeg')
  const size = patch.size ?? 1000
  return {
    id: patch.id ?? `f${++nextId}`,
    size,
    type,
    data: patch.data ?? new Blob([new Uint8Array(size)], { type }),
    status: 'queued',
    phase: patch.status ?? 'queued',
    bytesUploaded: 0,
    progress: 0,
    result: undefined,
    error: undefined,
    media: undefined,
    ...patch,
  }
}

export function makeError(code: ErrorCode, file: { id: string; name: string }, params: Record<string, string | number> = {}): MediaUploaderError {
  return new MediaUploaderError(code, {
    provider: 'presign',
    file: { id: file.id, name: file.name, size: 1000, type: 'image/jpeg' },
    params: { detail: 'HTTP 500', ...params },
  })
}

function totalsOf<R>(files: readonly UploadFile<R>[]): UploaderSnapshot<R>['totals'] {
  const count: Record<FileStatus, number> = { queued: 0, signing: 0, uploading: 0, paused: 0, done: 0, error: 0, rejected: 0, canceled: 0 }
  let bytesUploaded = 0
  let bytesTotal = 0
  for (const f of files) {
    count[f.status]++
    if (f.status === 'rejected' || f.status === 'canceled') continue
    bytesTotal += f.size
    bytesUploaded += f.status === 'done' ? f.size : f.bytesUploaded
  }
  return { bytesUploaded, bytesTotal, progress: bytesTotal ? bytesUploaded / bytesTotal : 0, count }
}

export function createFakeController<R = TestResult>(initial: readonly UploadFile<R>[] = []): FakeController<R> {
  const listeners = new Set<() => void>()
  const events = new Map<string, Set<Listener>>()
  let snapshot: UploaderSnapshot<R> = { files: initial, status: 'idle', totals: totalsOf(initial) }
  const commit = (files: readonly UploadFile<R>[], status: UploaderStatus = snapshot.status) => {
    snapshot = { files, status, totals: totalsOf(files) }
    for (const l of [...listeners]) l()
  }
  const fake: FakeController<R> = {
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getSnapshot: () => snapshot,
    getFile: (id) => snapshot.files.find((f) => f.id === id),
    on(event, listener) {
      let set = events.get(event)
      if (!set) events.set(event, (set = new Set()))
      set.add(listener as Listener)
      return () => set.delete(listener as Listener)
    },
    add: vi.fn(async (files: Iterable<File | Blob> | ArrayLike<File | Blob>) => {
      const added = Array.from(files as ArrayLike<File>).map((f) => makeFile<R>({ name: f.name, size: f.size, type: f.type, data: f }))
      commit([...snapshot.files, ...added])
      return added
    }),
    start: vi.fn(),
    cancel: vi.fn(),
    retry: vi.fn(),
    remove: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    clearFinished: vi.fn(),
    destroy: vi.fn(),
    setFiles: (files, status) => commit(files, status),
    update(id, patch) {
      commit(snapshot.files.map((f) => (f.id === id ? { ...f, ...patch } : f)))
    },
    emit(event, ...args) {
      for (const l of [...(events.get(event) ?? [])]) l(...args)
    },
    listenerCount: () => listeners.size,
    eventListenerCount: () => [...events.values()].reduce((n, set) => n + set.size, 0),
  }
  return fake
}
