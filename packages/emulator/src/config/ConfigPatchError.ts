/** A configuration change was rejected as invalid. */
export class ConfigPatchError extends Error {
  override readonly name = 'ConfigPatchError'
}
