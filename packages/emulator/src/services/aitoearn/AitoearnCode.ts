/** Business codes and messages of the AiToEarn API (seed 000, reference §4.5). */
export const AitoearnCode = {
  ok: { code: 0, message: '请求成功' },
  unauthorized: { code: 401, message: 'Unauthorized' },
  notFound: { code: 404, message: 'Not Found' },
  validationFailed: { code: 10002, message: '参数验证失败' },
  assetNotFound: { code: 12750, message: '资源不存在' },
  assetUploadFailed: { code: 12751, message: '资源上传失败' },
  assetTooLarge: { code: 12752, message: '资源过大' },
} as const

/** One entry of {@link AitoearnCode}. */
export type AitoearnCodeEntry = (typeof AitoearnCode)[keyof typeof AitoearnCode]
