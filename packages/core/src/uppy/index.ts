export { MediaUploaderPlugin, type MediaUploaderPluginOptions, type MediaUploaderJob } from './MediaUploaderPlugin.ts'
export {
  createAwsS3Signer,
  type AwsS3Signer,
  type AwsS3SignerOptions,
  type AwsS3SignableRequest,
  type AwsS3SignedRequest,
  type AwsS3KeyFile,
} from './createAwsS3Signer.ts'
