import { afterAll } from 'vitest'

// Uppy 6 schedules `updateOnlineStatus` 3 s after it is constructed (next to adding its 'online'
// listener) and never clears that timer, even on destroy. Fired after happy-dom has gone, it throws
// "window is not defined". Each test file waits out the last such timer, and only as long as needed.
// Files in the node environment have no window, and Uppy sets no such timer there.
let lastOnlineListener = 0
if (typeof window !== 'undefined') {
  const add = window.addEventListener.bind(window)
  window.addEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject, (boolean | AddEventListenerOptions)?]) => {
    if (type === 'online') lastOnlineListener = Date.now()
    add(type, ...rest)
  }) as typeof window.addEventListener
}

afterAll(async () => {
  const wait = lastOnlineListener + 3_100 - Date.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
}, 10_000)
