/** An error from ImageX, VOD or the upload host, shaped for the controller's classification. */
export interface ImagexFailure extends Error {
  readonly status?: number
  /** `ResponseMetadata.Error.Code` (`ExpiredToken`, …) or the upload host's numeric `code`. */
  readonly serviceCode?: string
}

/**
 * Builds an {@link ImagexFailure}.
 *
 * @example
 * ```ts
 * throw imagexFailure('no upload address', undefined, undefined, 'InvalidAnswer')
 * ```
 */
export const imagexFailure = (message: string, status?: number, serviceCode?: string, name = 'ImagexError'): ImagexFailure =>
  Object.assign(new Error(message), { name, status, serviceCode })

/** Whether ImageX/VOD refused the request's time (SigV4 `x-amz-date` too far from its clock). */
export const isSkewed = (error: unknown): boolean => /^(InvalidTimestamp|RequestTimeTooSkewed)$/.test((error as ImagexFailure)?.serviceCode ?? '')

/** Whether an error means the STS token (or the upload `Auth` issued with it) is no longer valid. */
export const isExpiredToken = (error: unknown): boolean => /^(ExpiredToken|InvalidSecurityToken|InvalidAccessKey|4003)$/.test((error as ImagexFailure)?.serviceCode ?? '')
