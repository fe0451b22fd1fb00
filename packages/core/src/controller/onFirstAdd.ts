/**
 * What the controller loads with the first file, in one chunk: Uppy as the
 * transfer engine and the runner of the provider's steps (with the sign
 * client and the retry policy). A page that never adds a file loads neither.
 */
export { UppyEngine } from './UppyEngine.ts'
export { ProviderRunner } from './ProviderRunner.ts'
