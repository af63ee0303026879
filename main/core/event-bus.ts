import type { z } from 'zod';
import { events, type EventName, type Events } from '../../shared/contract';

export type EventPayload<E extends EventName> = z.input<Events[E]>;
type Listener = (name: EventName, payload: unknown) => void;

/**
 * Main → renderer events. Core code emits; the transport (Electron's webContents, the
 * test harness, the CLI's printer) subscribes. Payloads are checked against the contract
 * here, so a malformed event fails loudly in tests instead of silently in the UI.
 */
export class EventBus {
  readonly #listeners = new Set<Listener>();

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const parsed = events[name].parse(payload);
    for (const listener of this.#listeners) listener(name, parsed);
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
