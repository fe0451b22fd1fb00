import type { ServiceContext } from '../ServiceContext.ts'
import type { VodState } from './VodState.ts'

const states = new WeakMap<ServiceContext, VodState>()

/** The VOD state of one running emulator. */
export function vodStateOf(context: ServiceContext): VodState {
  let state = states.get(context)
  if (state === undefined) {
    state = { videos: new Map(), nonces: new Map() }
    states.set(context, state)
  }
  return state
}
