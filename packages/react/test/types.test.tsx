import { describe, expectTypeOf, it } from 'vitest'
import type { AitoearnResult, MediaUploaderError, PresignResult, ProviderResult, UploadController, UploadFile } from '@media-uploader/core'
import {
  MediaUploader,
  useUploader,
  useUploaderEvents,
  useUploaderState,
  useUploadFile,
  type MediaUploaderProps,
  type UploaderStatus,
  type UploadSummary,
} from '../src/index.ts'

describe('types', () => {
  it('infers callback result types from provider', () => {
    expectTypeOf<ProviderResult<'presign'>>().toEqualTypeOf<PresignResult>()
    const el = (
      <MediaUploader
        provider="presign"
        onUploadSuccess={(file, result) => {
          expectTypeOf(result).toEqualTypeOf<PresignResult>()
          expectTypeOf(result.key).toBeString()
          expectTypeOf(file).toEqualTypeOf<UploadFile<PresignResult>>()
        }}
        onUploadError={(_file, error) => expectTypeOf(error).toEqualTypeOf<MediaUploaderError>()}
        onFileRejected={(file, error) => {
          expectTypeOf(file.result).toEqualTypeOf<PresignResult | undefined>()
          expectTypeOf(error.code).toEqualTypeOf<MediaUploaderError['code']>()
        }}
        onComplete={(summary) => expectTypeOf(summary).toEqualTypeOf<UploadSummary<PresignResult>>()}
        onBeforeUpload={(file) => {
          expectTypeOf(file).toEqualTypeOf<File>()
          return file.size > 0 ? file : false
        }}
      />
    )
    expectTypeOf(el).not.toBeAny()
    void (<MediaUploader provider="aitoearn" onUploadSuccess={(_file, result) => expectTypeOf(result).toEqualTypeOf<AitoearnResult>()} />)
    expectTypeOf<MediaUploaderProps<'presign'>['controller']>().toEqualTypeOf<UploadController<PresignResult> | undefined>()
  })

  it('infers the hooks from the controller', () => {
    expectTypeOf(useUploader<'presign'>).returns.toEqualTypeOf<UploadController<PresignResult>>()
    // Type-level only: hooks can't run outside a component.
    expectTypeOf(Probe).toBeFunction()
  })

  function Probe({ uploader }: { uploader: UploadController<AitoearnResult> }) {
    expectTypeOf(useUploadFile(uploader, 'id')).toEqualTypeOf<UploadFile<AitoearnResult> | undefined>()
    expectTypeOf(useUploaderState(uploader, (s) => s.status)).toEqualTypeOf<UploaderStatus>()
    expectTypeOf(useUploaderState(uploader, (s) => s.files[0]?.result)).toEqualTypeOf<AitoearnResult | undefined>()
    useUploaderEvents(uploader, {
      onUploadSuccess: (_file, result) => expectTypeOf(result).toEqualTypeOf<AitoearnResult>(),
      onComplete: (summary) => expectTypeOf(summary.successful).toEqualTypeOf<readonly UploadFile<AitoearnResult>[]>(),
    })
    return null
  }

  it('rejects unknown providers and wrong message keys', () => {
    // @ts-expect-error not a provider id
    void (<MediaUploader provider="nope" />)
    // @ts-expect-error not a message key
    void (<MediaUploader provider="presign" messages={{ chooseFile: 'x' }} />)
    // @ts-expect-error status overrides must be strings
    void (<MediaUploader provider="presign" messages={{ status: { done: 1 } }} />)
    // @ts-expect-error plural forms are `one`/`other`
    void (<MediaUploader provider="presign" messages={{ announceAdded: { few: 'x' } }} />)
    // @ts-expect-error onBeforeUpload returns a file, false or nothing
    void (<MediaUploader provider="presign" onBeforeUpload={() => 'no'} />)
  })
})
