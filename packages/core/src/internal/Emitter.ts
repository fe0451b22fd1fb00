type Listener = (...args: never[]) => void

/** A minimal typed event emitter; listeners that throw never break the emitter. */
export class Emitter<Events extends { [K in keyof Events]: Listener }> {
  #listeners = new Map<keyof Events, Set<Listener>>()

  on<E extends keyof Events>(event: E, listener: Events[E]): () => void {
    let set = this.#listeners.get(event)
    if (!set) this.#listeners.set(event, (set = new Set()))
    set.add(listener)
    return () => set.delete(listener)
  }

  emit<E extends keyof Events>(event: E, ...args: Parameters<Events[E]>): void {
    for (const listener of this.#listeners.get(event) ?? []) {
      try {
        ;(listener as (...a: Parameters<Events[E]>) => void)(...args)
      } catch (error) {
        queueMicrotask(() => {
          throw error
        })
      }
    }
  }

  clear(): void {
    this.#listeners.clear()
  }
}
