/** A VOD (Alibaba Cloud RPC) error answer: `{RequestId, HostId, Code, Message, Recommend}` with an HTTP status. */
export class VodError extends Error {
  override readonly name = 'VodError'

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/** `Missing<Name>`: a required action parameter is absent (400). */
export function missing(name: string): VodError {
  return new VodError(400, `Missing${name}`, `${name} is mandatory for this action.`)
}

/** `InvalidParameter`: a parameter's value is refused (400). */
export function invalidParameter(name: string, why: string): VodError {
  return new VodError(400, 'InvalidParameter', `The specified parameter "${name}" is not valid. ${why}`)
}
