import { installLocalhostLookup } from '../src/index.ts'

// The emulated OSS is virtual-hosted (`{bucket}.localhost:{port}`), which browsers resolve to loopback and Node does not.
installLocalhostLookup()
