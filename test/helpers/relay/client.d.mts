export interface Relay {
  send(request: unknown): void;
  hold(): void;
  release(): void;
}
export function startRelay<T>(onMessage: (reply: T) => void, onExit: (how: string) => void): Relay;
