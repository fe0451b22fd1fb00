// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { UppyEngine } from '../src/controller/UppyEngine.ts'
import type { MediaUploaderJob } from '../src/uppy/MediaUploaderPlugin.ts'

const file = (id: string) => ({ id, name: `${id}.jpg`, type: 'image/jpeg', data: new Blob(['x']) })
const tasks = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('UppyEngine', () => {
  it('runs each file with its Uppy id, and a file leaves Uppy as soon as its outcome is emitted, success or failure', async () => {
    const jobs = new Map<string, MediaUploaderJob>()
    const abortedWhileRunning: boolean[] = []
    let settled = 0
    const ids = new Map<string, string>()
    const engine = new UppyEngine(async (id, uppyId, job) => {
      expect(uppyId).toBe(ids.get(id))
      jobs.set(id, job)
      await Promise.resolve()
      abortedWhileRunning.push(job.signal.aborted)
      settled++
      if (id === 'b') throw new Error('refused')
      return { id }
    })
    for (const id of ['a', 'b', 'c']) ids.set(id, engine.add(file(id)))
    expect(engine.inFlight).toBe(3)
    engine.upload()
    // Uppy aborts a job when its file is removed: so each left Uppy after its run settled, none before.
    await expect.poll(() => settled).toBe(3)
    expect(abortedWhileRunning).toEqual([false, false, false])
    expect(engine.inFlight).toBe(0)
    expect([...jobs.values()].map((job) => job.signal.aborted)).toEqual([true, true, true])
    engine.destroy()
  })

  it('keeps a file that still runs: only its outcome takes it out', async () => {
    let finish: (value: unknown) => void = () => undefined
    const engine = new UppyEngine(() => new Promise((resolve) => (finish = resolve)))
    engine.add(file('a'))
    engine.upload()
    await tasks()
    expect(engine.inFlight).toBe(1)
    finish(undefined)
    await tasks()
    expect(engine.inFlight).toBe(0)
    engine.destroy()
  })
})
