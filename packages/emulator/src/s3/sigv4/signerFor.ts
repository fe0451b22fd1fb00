import { Hash } from '@smithy/hash-node'
import { SignatureV4 } from '@smithy/signature-v4'

const signers = new Map<string, SignatureV4>()

/**
 * A `@smithy/signature-v4` signer on Node's native SHA-256 (as the AWS SDK
 * for Node uses), one per key/region/service so its signing-key cache works.
 */
export function signerFor(accessKeyId: string, secretAccessKey: string, region: string, service: string): SignatureV4 {
  const id = `${accessKeyId}\u0000${secretAccessKey}\u0000${region}\u0000${service}`
  let signer = signers.get(id)
  if (!signer) {
    signer = new SignatureV4({
      credentials: { accessKeyId, secretAccessKey },
      region,
      service,
      sha256: Hash.bind(null, 'sha256'),
      uriEscapePath: false,
      applyChecksum: false,
    })
    signers.set(id, signer)
  }
  return signer
}
