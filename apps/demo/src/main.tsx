import '@media-uploader/react/styles.css'
import './demo.css'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { loadDemoConfig } from './DemoConfig.ts'

const root = document.getElementById('root')
if (!root) throw new Error('#root missing from index.html')

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } })

void loadDemoConfig().then((config) => {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App config={config} />
      </QueryClientProvider>
    </StrictMode>,
  )
})
