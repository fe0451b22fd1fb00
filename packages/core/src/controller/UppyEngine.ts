import Uppy from '@uppy/core'
import { MediaUploaderPlugin, type MediaUploaderJob } from '../uppy/MediaUploaderPlugin.ts'

const quiet = { debug() {}, warn() {}, error() {} }

/**
 * Uppy as the controller's transfer engine: it holds only the files in
 * flight (Uppy copies its file map per added file, so 10,000 files stay in
 * the controller), and runs each through `MediaUploaderPlugin`, which calls
 * back `run` with the controller's file id and the Uppy id (each attempt of
 * a file is a new Uppy file, so a run can tell whether it is still the
 * file's current one) and emits Uppy's standard events. A file leaves Uppy
 * as soon as the plugin has emitted its outcome. Loaded (with Uppy) when the
 * first file is added, not with the page.
 *
 * @example
 * ```ts
 * const engine = new UppyEngine((id, uppyId, job) => transfer(id, uppyId, job))
 * const uppyId = engine.add({ id, name, type, data })
 * engine.upload()
 * ```
 */
export class UppyEngine {
  #uppy: Uppy | undefined
  #attempts = 0

  constructor(readonly run: (fileId: string, uppyId: string, job: MediaUploaderJob) => Promise<unknown>) {}

  /** Adds a file; returns its Uppy id. */
  add(file: { readonly id: string; readonly name: string; readonly type: string; readonly data: Blob }): string {
    const uppy = (this.#uppy ??= this.#create())
    // Uppy derives its id from the path: one per attempt, so a file paused and resumed at once is not a "duplicate" of itself.
    const relativePath = `${file.id}/${++this.#attempts}`
    return uppy.addFile({ name: file.name, type: file.type || 'application/octet-stream', data: file.data, meta: { relativePath, mediaUploaderId: file.id } })
  }

  /** Files in Uppy now: added and not yet settled. */
  get inFlight(): number {
    return this.#uppy?.getFiles().length ?? 0
  }

  /** Starts the files added since the last call. */
  upload(): void {
    this.#uppy?.upload().catch(() => undefined)
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
        return typeof id === 'string' ? this.run(id, uppyId, job) : Promise.resolve(undefined)
      },
    })
    // After Uppy's own listeners have recorded the outcome; the plugin is done with the file by then.
    const leave = (file: { readonly id: string } | undefined) => {
      if (file && uppy.getFile(file.id)) uppy.removeFile(file.id)
    }
    uppy.on('upload-success', leave)
    uppy.on('upload-error', leave)
    return uppy
  }
}
