import { startUpstream, type FakeUpstream, type Reply } from './upstream.ts'

/** The fake AiToEarn API: the scripted fake upstream, answering `signOk` unless told otherwise. */
export type FakeAitoearn = FakeUpstream

export const TEST_KEY = 'sk-test-aitoearn-0123456789abcdef'

export const signOk = {
  code: 0,
  message: '请求成功',
  data: {
    id: '665f1c2ab3c4d5e6f7a8b9c0',
    path: 'userMedia/u1/2025/05/clip.mp4',
    url: 'https://cdn.aitoearn.test/userMedia/u1/2025/05/clip.mp4',
    uploadUrl: 'https://store.aitoearn.test/media/userMedia/u1/2025/05/clip.mp4?X-Amz-Date=20250503T144032Z&X-Amz-Expires=300&X-Amz-Signature=abc',
    uploadFields: {},
    internalOwner: 'user-1',
  },
  requestId: 'req-1',
  timestamp: 1772099056662,
}

export function startAitoearn(fallback: Reply = { body: signOk }): Promise<FakeAitoearn> {
  return startUpstream(fallback)
}
