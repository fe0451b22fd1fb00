import { providerRegistry, type ProviderId } from '@media-uploader/core'
import { MediaUploader, type Locale } from '@media-uploader/react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { CustomUploaderExample } from './CustomUploaderExample.tsx'
import type { DemoConfig } from './DemoConfig.ts'
import { ObjectsPanel, objectsQueryKey } from './ObjectsPanel.tsx'
import { demoLocale } from './demoLocale.ts'
import { demoProviderOptions } from './demoProviderOptions.ts'
import { providerOptionsFromUrl } from './providerOptionsFromUrl.ts'

/** Props of {@link App}. */
export interface AppProps {
  readonly config: DemoConfig
}

function isKnownProvider(id: string | null): id is ProviderId {
  return id !== null && Object.hasOwn(providerRegistry, id)
}

/**
 * The demo page: the widget for the chosen provider and the emulator's
 * stored objects next to it.
 *
 * @example
 * ```tsx
 * <App config={{ emulatorAdmin: 'http://127.0.0.1:4000', providers: ['presign'] }} />
 * ```
 */
export function App({ config }: AppProps) {
  const queryClient = useQueryClient()
  const providers = config.providers.filter(isKnownProvider)
  const [provider, setProvider] = useState<ProviderId>(() => {
    const asked = new URLSearchParams(window.location.search).get('provider')
    return isKnownProvider(asked) && providers.includes(asked) ? asked : (providers[0] ?? 'presign')
  })
  const [locale, setLocale] = useState(() => demoLocale(window.location.search, navigator.language))
  // `?view=custom` shows the README's custom-UI example (built from the hooks) instead of the widget.
  const [custom, setCustom] = useState(() => new URLSearchParams(window.location.search).get('view') === 'custom')

  const remember = (name: string, value: string): void => {
    const url = new URL(window.location.href)
    url.searchParams.set(name, value)
    window.history.replaceState(null, '', url)
  }
  const chooseProvider = (next: string): void => {
    if (!isKnownProvider(next)) return
    setProvider(next)
    remember('provider', next)
  }
  const chooseLocale = (next: Locale): void => {
    setLocale(next)
    remember('locale', next)
  }

  return (
    <main className="demo">
      <header className="demo-header">
        <h1>media-uploader</h1>
        <label>
          Provider{' '}
          <select value={provider} onChange={(event) => chooseProvider(event.target.value)} name="provider">
            {providers.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
        <label>
          View{' '}
          <select value={custom ? 'custom' : 'widget'} onChange={(event) => setCustom(event.target.value === 'custom')} name="view">
            <option value="widget">Widget</option>
            <option value="custom">Custom UI (hooks)</option>
          </select>
        </label>
        <label>
          Language{' '}
          <select value={locale} onChange={(event) => chooseLocale(event.target.value === 'zh-CN' ? 'zh-CN' : 'en')} name="locale">
            <option value="en">English</option>
            <option value="zh-CN" lang="zh-CN">
              简体中文
            </option>
          </select>
        </label>
      </header>
      <div className="demo-columns">
        <section className="demo-uploader" aria-label="Uploader">
          {custom ? (
            <CustomUploaderExample
              key={provider}
              provider={provider}
              locale={locale}
              onUploaded={() => void queryClient.invalidateQueries({ queryKey: objectsQueryKey })}
            />
          ) : (
            <MediaUploader
              key={provider}
              provider={provider}
              providerOptions={providerOptionsFromUrl(window.location.search) ?? demoProviderOptions[provider]}
              locale={locale}
              onUploadSuccess={() => {
                void queryClient.invalidateQueries({ queryKey: objectsQueryKey })
              }}
            />
          )}
        </section>
        <ObjectsPanel emulatorAdmin={config.emulatorAdmin} />
      </div>
    </main>
  )
}
