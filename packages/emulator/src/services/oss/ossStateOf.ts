import type { ServiceContext } from '../ServiceContext.ts'
import { MultipartUploads } from './MultipartUploads.ts'
import type { OssState } from './OssState.ts'
import { StsCredentialStore } from './StsCredentialStore.ts'
import { VOD_BUCKET } from './vodBucket.ts'

const states = new WeakMap<ServiceContext, OssState>()

/**
 * The OSS/VOD state of one running emulator (created on first use, with the
 * VOD bucket in the shared object store, so `/_objects` lists its objects).
 */
export function ossStateOf(context: ServiceContext): OssState {
  let state = states.get(context)
  if (state === undefined) {
    context.store.createBucket(VOD_BUCKET)
    state = { credentials: new StsCredentialStore(), uploads: new MultipartUploads() }
    states.set(context, state)
  }
  return state
}
