import type { FileStatus } from '../types.ts'

/**
 * Where one file is in its life, finer than the public {@link FileStatus}:
 * `ready` is signed and waiting for an upload slot, `committing` has its
 * bytes stored and runs the provider's commit step.
 */
export type FilePhase = 'queued' | 'signing' | 'ready' | 'uploading' | 'committing' | 'paused' | 'done' | 'error' | 'canceled' | 'rejected'

/**
 * Every legal move, and only those: the controller changes a file's phase in
 * one place ({@link UploaderStore.transition}), which throws on anything else.
 * `done` and `rejected` are final (a final file can only be removed).
 */
export const phaseTransitions: { readonly [From in FilePhase]: readonly FilePhase[] } = {
  queued: ['signing', 'paused', 'canceled'],
  signing: ['ready', 'queued', 'error', 'rejected', 'paused', 'canceled'],
  ready: ['uploading', 'queued', 'paused', 'canceled'],
  uploading: ['committing', 'error', 'paused', 'canceled'],
  committing: ['done', 'error', 'canceled'],
  paused: ['queued', 'ready', 'canceled'],
  error: ['queued', 'ready', 'canceled'],
  canceled: ['queued'],
  done: [],
  rejected: [],
}

/** Whether `from → to` is in {@link phaseTransitions}. */
export const canTransition = (from: FilePhase, to: FilePhase): boolean => phaseTransitions[from].includes(to)

/** The public status of a phase: `ready` shows as `queued`, `committing` as `uploading`. */
export function statusOfPhase(phase: FilePhase): FileStatus {
  return phase === 'ready' ? 'queued' : phase === 'committing' ? 'uploading' : phase
}
