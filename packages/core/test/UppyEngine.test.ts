// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { UppyEngine } from '../src/controller/UppyEngine.ts'
import type { MediaUploaderJob } from '../src/uppy/MediaUploaderPlugin.ts'

const file = (id: string) => ({ id, name: `${id}.jpg`, type: 'image/jpeg', data: new Blob(['x']) })
const tasks = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('UppyEngine', () => {
  it('forgets a finished file without aborting it: the forget from inside the run leaves its signal alone', async () => {
    const jobs: MediaUploaderJob[] = []
    const engine: UppyEngine = new UppyEngine(async (id, job) => {
      jobs.push(job)
      await Promise.resolve()
      engine.forget(uppyIds.get(id) as string) // as the controller does in the run's finally
      return { id }
    })
    const uppyIds = new Map(['a', 'b', 'c'].map((id) => [id, engine.add(file(id))]))
    engine.upload()
    await tasks()
    expect(jobs).toHaveLength(3)
    expect(jobs.map((job) => job.signal.aborted)).toEqual([false, false, false])
    engine.destroy()
  })

  it('forgetting a file that still runs (cancel) removes it from Uppy, which aborts its job', async () => {
    const jobs: MediaUploaderJob[] = []
    const engine = new UppyEngine((_id, job) => {
      jobs.push(job)
      return new Promise((resolve) => job.signal.addEventListener('abort', () => resolve(undefined)))
    })
    const uppyId = engine.add(file('a'))
    engine.upload()
    await tasks()
    expect(jobs[0]?.signal.aborted).toBe(false)
    engine.forget(uppyId)
    await tasks()
    expect(jobs[0]?.signal.aborted).toBe(true)
    engine.destroy()
  })
})
