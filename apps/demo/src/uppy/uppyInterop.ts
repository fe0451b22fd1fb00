import AwsS3 from '@uppy/aws-s3'
import Uppy from '@uppy/core'
import Dashboard from '@uppy/dashboard'
import '@uppy/core/css/style.min.css'
import '@uppy/dashboard/css/style.min.css'
import type { ProviderId } from '@media-uploader/core'
import { MediaUploaderPlugin, createAwsS3Signer } from '@media-uploader/core/uppy'

/**
 * The Uppy interop page (`/uppy.html`): an app that already uses Uppy adds
 * media-uploader's providers with one plugin, or keeps `@uppy/aws-s3` and
 * signs with the app's media-uploader sign handler. The e2e test
 * `e2e/uppy-interop.spec.ts` drives it through the Dashboard.
 */
const params = new URLSearchParams(location.search)
const provider = (params.get('provider') ?? 'presign') as ProviderId
const engine = params.get('engine') ?? 'plugin'

const uppy = new Uppy({ autoProceed: false, restrictions: { maxNumberOfFiles: 20 } })
uppy.use(Dashboard, { inline: true, target: '#dashboard', height: 420, proudlyDisplayPoweredByUppy: false })
if (engine === 'aws-s3') {
  if (provider !== 'presign' && provider !== 'aitoearn') throw new TypeError(`@uppy/aws-s3 signs presign and aitoearn only, not ${provider}`)
  uppy.use(AwsS3, createAwsS3Signer({ provider }))
} else {
  uppy.use(MediaUploaderPlugin, { provider })
}

const results = document.getElementById('results') as HTMLElement
uppy.on('complete', ({ successful = [], failed = [] }) => {
  results.textContent = JSON.stringify({
    successful: successful.map((file) => ({ name: file.name, uploadURL: file.uploadURL ?? file.response?.uploadURL, body: file.response?.body })),
    failed: failed.map((file) => ({ name: file.name, error: file.error })),
  })
  results.dataset['complete'] = 'true'
})
