import { createHash } from 'node:crypto'
import type { PutObjectInput, StoredObject } from './StoredObject.ts'

/** Thrown when writing into a bucket that does not exist. */
export class NoSuchBucketError extends Error {
  override readonly name = 'NoSuchBucketError'

  constructor(readonly bucket: string) {
    super(`no such bucket: ${bucket}`)
  }
}

/** In-memory buckets of objects, shared by every storage service of the emulator. */
export class ObjectStore {
  readonly #buckets = new Map<string, Map<string, StoredObject>>()

  /** @param buckets bucket names that exist from the start */
  constructor(buckets: Iterable<string> = []) {
    for (const bucket of buckets) this.createBucket(bucket)
  }

  /** Creates a bucket (no-op if it exists). */
  createBucket(bucket: string): void {
    if (!this.#buckets.has(bucket)) this.#buckets.set(bucket, new Map())
  }

  /** Whether the bucket exists. */
  hasBucket(bucket: string): boolean {
    return this.#buckets.has(bucket)
  }

  /** Bucket names. */
  bucketNames(): string[] {
    return [...this.#buckets.keys()]
  }

  /** Stores (or replaces) an object. Throws {@link NoSuchBucketError}. */
  put(input: PutObjectInput): StoredObject {
    const objects = this.#buckets.get(input.bucket)
    if (objects === undefined) throw new NoSuchBucketError(input.bucket)
    const { digests } = input
    // Pieces are joined on first read, as a real store completes a multipart upload without copying it.
    const pieces = Array.isArray(input.bytes) ? (input.bytes as readonly Buffer[]) : undefined
    let bytes = pieces ? undefined : (input.bytes as Buffer)
    const bytesOf = (): Buffer => (bytes ??= Buffer.concat(pieces as readonly Buffer[]))
    let md5 = digests?.md5
    let sha256 = digests?.sha256
    const md5Of = (): string => (md5 ??= createHash('md5').update(bytesOf()).digest('hex'))
    const sha256Of = (): string => (sha256 ??= createHash('sha256').update(bytesOf()).digest('hex'))
    if (!digests) sha256Of()
    const stored: StoredObject = {
      bucket: input.bucket,
      key: input.key,
      get bytes() {
        return bytesOf()
      },
      contentType: input.contentType,
      metadata: { ...input.metadata },
      get sha256() {
        return sha256Of()
      },
      get md5() {
        return md5Of()
      },
      etag: digests?.etag ?? `"${md5Of()}"`,
      size: pieces ? pieces.reduce((sum, piece) => sum + piece.length, 0) : (bytes as Buffer).length,
      storedAt: new Date(),
    }
    objects.set(input.key, stored)
    return stored
  }

  /** The object, or `undefined`. */
  get(bucket: string, key: string): StoredObject | undefined {
    return this.#buckets.get(bucket)?.get(key)
  }

  /** Removes one object; returns whether it existed. */
  delete(bucket: string, key: string): boolean {
    return this.#buckets.get(bucket)?.delete(key) ?? false
  }

  /** Every object, by bucket then in insertion order. */
  list(): StoredObject[] {
    return [...this.#buckets.values()].flatMap((objects) => [...objects.values()])
  }

  /** Number of objects across buckets. */
  get size(): number {
    let total = 0
    for (const objects of this.#buckets.values()) total += objects.size
    return total
  }

  /** Removes every object (buckets stay). */
  clear(): void {
    for (const objects of this.#buckets.values()) objects.clear()
  }
}
