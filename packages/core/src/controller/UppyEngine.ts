import Uppy from '@uppy/core'
import { MediaUploaderPlugin, type MediaUploaderJob } from '../uppy/MediaUploaderPlugin.ts'

const quiet = { debug() {}, warn() {}, error() {} }

/**
 * Uppy as the controller's transfer engine: it holds only the files in
 * flight (Uppy copies its file map per added file, so 10,000 files stay in
 * the controller), and runs each through `MediaUploaderPlugin`, which calls
 * back `run` with the controller's file id and emits Uppy's standard events.
 * Loaded (with Uppy) when the first file is added, not with the page.
 *
 * @example
 * ```ts
 * const engine = new UppyEngine((id, job) => transfer(id, job))
 * const uppyId = engine.add({ id, name, type, data })
 * engine.upload()
 * ```
 */
export class UppyEngine {
  #uppy: Uppy | undefined
  #attempts = 0
  #forgotten: string[] = []

  constructor(readonly run: (fileId: string, job: MediaUploaderJob) => Promise<unknown>) {}

  /** Adds a file; returns its Uppy id. */
  add(file: { readonly id: string; readonly name: string; readonly type: string; readonly data: Blob }): string {
    const uppy = (this.#uppy ??= this.#create())
    // Uppy derives its id from the path: one per attempt, so a file paused and resumed at once is not a "duplicate" of itself.
    const relativePath = `${file.id}/${++this.#attempts}`
    return uppy.addFile({ name: file.name, type: file.type || 'application/octet-stream', data: file.data, meta: { relativePath, mediaUploaderId: file.id } })
  }

  /** Starts the files added since the last call. */
  upload(): void {
    this.#uppy?.upload().catch(() => undefined)
  }

  /**
   * Forgets a file once the current task is over: by then the plugin has
   * emitted the file's outcome and dropped its listeners, so removing it
   * aborts nothing, and the files forgotten in one task leave Uppy in one
   * state update.
   */
  forget(uppyId: string): void {
    if (this.#forgotten.push(uppyId) === 1) setTimeout(this.#removeForgotten)
  }

  #removeForgotten = (): void => {
    const uppy = this.#uppy
    const ids = uppy ? this.#forgotten.filter((id) => uppy.getFile(id)) : []
    this.#forgotten = []
    if (ids.length) uppy?.removeFiles(ids)
  }

  destroy(): void {
    this.#uppy?.destroy()
    this.#uppy = undefined
  }

  #create(): Uppy {
    const uppy = new Uppy({ logger: quiet })
    uppy.use(MediaUploaderPlugin, {
      limit: Infinity,
      run: (uppyId, job) => {
        const id = uppy.getFile(uppyId)?.meta['mediaUploaderId']
        return typeof id === 'string' ? this.run(id, job) : Promise.resolve(undefined)
      },
    })
    return uppy
  }
}
