import type { ObjectSummary } from '@media-uploader/emulator'
import { useQuery } from '@tanstack/react-query'

/** Props of {@link ObjectsPanel}. */
export interface ObjectsPanelProps {
  /** Origin of the emulator's admin API. */
  readonly emulatorAdmin: string
}

/** react-query key of the stored-objects list; invalidate it after an upload. */
export const objectsQueryKey = ['emulator', 'objects'] as const

/**
 * Lists what the emulator's store holds, polled every second.
 *
 * @example
 * ```tsx
 * <ObjectsPanel emulatorAdmin="http://127.0.0.1:4000" />
 * ```
 */
export function ObjectsPanel({ emulatorAdmin }: ObjectsPanelProps) {
  const query = useQuery({
    queryKey: [...objectsQueryKey, emulatorAdmin],
    queryFn: async ({ signal }): Promise<ObjectSummary[]> => {
      const response = await fetch(`${emulatorAdmin}/_objects`, { signal, cache: 'no-store' })
      if (!response.ok) throw new Error(`/_objects answered HTTP ${response.status}`)
      return (await response.json()) as ObjectSummary[]
    },
    refetchInterval: 1000,
  })

  return (
    <section className="demo-objects" aria-labelledby="demo-objects-title">
      <h2 id="demo-objects-title">
        Stored objects {query.data ? <span className="demo-count">({query.data.length})</span> : null}
      </h2>
      {query.isError ? <p role="alert">Could not reach the emulator at {emulatorAdmin}: {query.error.message}</p> : null}
      {query.data && query.data.length === 0 ? <p>Nothing stored yet.</p> : null}
      {query.data && query.data.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Size</th>
              <th scope="col">Content type</th>
              <th scope="col">SHA-256</th>
              <th scope="col">Metadata</th>
            </tr>
          </thead>
          <tbody>
            {query.data.map((object) => (
              <tr key={`${object.bucket}/${object.key}`} data-demo-object={object.key}>
                <td>
                  <code>{object.key}</code>
                </td>
                <td>{formatBytes(object.size)}</td>
                <td>{object.contentType || '—'}</td>
                <td>
                  <code title={object.sha256}>{object.sha256.slice(0, 12)}</code>
                </td>
                <td>
                  {Object.entries(object.metadata).map(([name, value]) => (
                    <div key={name}>
                      <code>
                        {name}={value}
                      </code>
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}
