/** What the tab knows about its link to the API, for the banner that says when it is slow or down. */
export type ConnectionState = 'online' | 'slow' | 'offline';

type Listener = (state: ConnectionState) => void;

export class ConnectionStatus {
  private state: ConnectionState = 'online';
  private readonly slow = new Set<number>();
  private offline = false;
  private readonly listeners = new Set<Listener>();

  get current(): ConnectionState {
    return this.state;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A request has been waiting longer than the "slow" threshold. */
  markSlow(requestId: number): void {
    this.slow.add(requestId);
    this.update();
  }

  /** A request finished; `reachable` says whether the API answered at all. */
  settle(requestId: number, reachable: boolean): void {
    this.slow.delete(requestId);
    this.offline = !reachable;
    this.update();
  }

  private update(): void {
    const next: ConnectionState = this.offline ? 'offline' : this.slow.size > 0 ? 'slow' : 'online';
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener(next);
  }
}
