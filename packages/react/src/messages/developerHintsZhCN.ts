import type { ErrorCode } from '@media-uploader/core'

/**
 * {@link developerHints} in Chinese, for the developers of a Chinese app: what
 * to check when an error with this code keeps happening. `errorDetail(error, 'zh-CN')`
 * and the widget's "详细信息" disclosure use it.
 *
 * @example
 * ```ts
 * console.warn(error.code, developerHintsZhCN[error.code])
 * ```
 */
export const developerHintsZhCN: Readonly<Partial<Record<ErrorCode, string>>> = {
  'sign-unauthorized': '签名接口拒绝了请求（authorize() 返回 false），或服务商拒绝了它的凭证（API Key、AccessKey、会话）。',
  'sign-rejected': '服务商拒绝了签名请求，请查看服务错误码和说明。',
  'sign-response-invalid': '签名接口返回的内容与该服务商的数据格式不符。',
  'checksum-pinned': '预签名地址固定了 x-amz-checksum-crc32。创建 S3 客户端时请设置 requestChecksumCalculation: "WHEN_REQUIRED"。',
  'storage-rejected': '请检查存储桶的 CORS 设置（允许的方法、签名的请求头、暴露 ETag）和签名。',
  'commit-failed': '文件已存入存储，但服务商的提交或确认步骤失败。',
}
