import { describe, expect, it } from 'vitest'
import { canTransition, phaseTransitions, statusOfPhase, type FilePhase } from '../src/controller/FilePhase.ts'
import { createFileRecord } from '../src/controller/FileRecord.ts'
import { UploaderStore } from '../src/controller/UploaderStore.ts'

const phases = Object.keys(phaseTransitions) as FilePhase[]

function recordIn(store: UploaderStore<string>, phase: FilePhase) {
  const record = createFileRecord<string>({
    id: `f-${phase}-${Math.random()}`,
    name: 'a.jpg',
    size: 10,
    type: 'image/jpeg',
    data: new Blob(['x']),
    status: statusOfPhase(phase),
    phase,
    bytesUploaded: 0,
    progress: 0,
    result: undefined,
    error: undefined,
    media: undefined,
  })
  store.insert(record)
  return record
}

describe('the per-file state machine', () => {
  it('takes every move the table lists, through the store, and keeps the counts right', () => {
    const store = new UploaderStore<string>(100, () => true)
    let moves = 0
    for (const from of phases) {
      for (const to of phaseTransitions[from]) {
        const record = recordIn(store, from)
        store.transition(record, to)
        expect(record.phase).toBe(to)
        expect(record.view.phase).toBe(to)
        expect(record.view.status).toBe(statusOfPhase(to))
        moves++
      }
    }
    expect(moves).toBe(27)
    const counted = Object.values(store.getSnapshot().totals.count).reduce((a, b) => a + b, 0)
    expect(counted).toBe(store.records.size)
    store.close()
  })

  it('refuses every move the table does not list, leaving the file as it was', () => {
    const store = new UploaderStore<string>(100, () => true)
    let refused = 0
    for (const from of phases) {
      for (const to of phases) {
        if (canTransition(from, to)) continue
        const record = recordIn(store, from)
        const before = record.view
        expect(() => store.transition(record, to)).toThrow(/illegal transition/)
        expect(record.view).toBe(before)
        refused++
      }
    }
    expect(refused).toBe(phases.length ** 2 - 27)
    store.close()
  })

  it('makes done and rejected final, and shows ready as queued and committing as uploading', () => {
    expect(phaseTransitions.done).toEqual([])
    expect(phaseTransitions.rejected).toEqual([])
    expect(statusOfPhase('ready')).toBe('queued')
    expect(statusOfPhase('committing')).toBe('uploading')
  })
})
