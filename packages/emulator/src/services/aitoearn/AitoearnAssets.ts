import type { AitoearnAsset } from './AitoearnAsset.ts'

/** The emulated API's asset records, oldest dropped past `limit`. */
export class AitoearnAssets {
  readonly #assets = new Map<string, AitoearnAsset>()
  readonly #limit: number

  /** @param limit records kept */
  constructor(limit = 10_000) {
    this.#limit = limit
  }

  /** Records a new asset. */
  add(asset: AitoearnAsset): void {
    this.#assets.set(asset.id, asset)
    if (this.#assets.size > this.#limit) {
      const oldest = this.#assets.keys().next()
      if (!oldest.done) this.#assets.delete(oldest.value)
    }
  }

  /** The asset, or `undefined`. */
  get(id: string): AitoearnAsset | undefined {
    return this.#assets.get(id)
  }
}
