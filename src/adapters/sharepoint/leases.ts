import { GraphNetworkError } from '../graph/graph-errors';
import type { GraphHttp, GraphResult } from '../graph/graph-http';
import type { IsoDateTime } from '../../domain/ids';
import { etagOf } from './graph-json';
import type { ListReader } from './list-reads';
import { listUrl } from './odata';
import { unavailable } from './store-errors';

const LEASE_SELECT = ['EntityId', 'Holder', 'LeaseUntil'];
const ATTEMPTS = 5;

/**
 * Named leases as items of the Leases list: the name is unique (a second creator gets 409), and a takeover
 * writes with If-Match on the eTag read, so of several instances asking at once exactly one wins.
 */
export class SharePointLeases {
  constructor(
    private readonly graph: GraphHttp,
    private readonly reader: ListReader,
    private readonly siteId: string,
  ) {}

  async tryAcquire(name: string, holder: string, now: IsoDateTime, until: IsoDateTime): Promise<boolean> {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
      const item = (await this.reader.itemsByIds('lease', [name], LEASE_SELECT)).get(name);
      const fields = item?.fields ?? {};
      const current = { holder: stringOr(fields['Holder']), until: stringOr(fields['LeaseUntil']) };
      // Our own write whose answer was lost looks exactly like this.
      if (item && current.holder === holder && current.until === until) return true;
      const free = !current.holder || !current.until || Date.parse(current.until) <= Date.parse(now);
      if (item && !free && current.holder !== holder) return false;
      const result = await this.write(
        item
          ? {
              method: 'PATCH',
              url: `${this.items()}/${item.id}/fields`,
              headers: { 'If-Match': etagOf(item) },
              body: { Holder: holder, LeaseUntil: until },
            }
          : {
              method: 'POST',
              url: this.items(),
              body: { fields: { Title: name, EntityId: name, Holder: holder, LeaseUntil: until } },
            },
      );
      if (result === 'lost' || result.status === 409 || result.status === 412) continue;
      if (result.status >= 200 && result.status < 300) return true;
      throw unavailable(result.status, result.body, `the lease ${name}`);
    }
    return false;
  }

  async release(name: string, holder: string): Promise<void> {
    for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
      const item = (await this.reader.itemsByIds('lease', [name], LEASE_SELECT)).get(name);
      if (!item || item.fields?.['Holder'] !== holder) return;
      const result = await this.write({
        method: 'PATCH',
        url: `${this.items()}/${item.id}/fields`,
        headers: { 'If-Match': etagOf(item) },
        body: { Holder: null, LeaseUntil: null },
      });
      if (result === 'lost' || result.status === 412) continue;
      if (result.status >= 200 && result.status < 300) return;
      throw unavailable(result.status, result.body, `the lease ${name}`);
    }
  }

  private items(): string {
    return `${listUrl(this.siteId, this.reader.listId('lease'))}/items`;
  }

  /** A lost answer is settled by reading the lease again on the next attempt. */
  private async write(call: Parameters<GraphHttp['call']>[0]): Promise<GraphResult | 'lost'> {
    try {
      return await this.graph.call(call);
    } catch (error) {
      if (error instanceof GraphNetworkError) return 'lost';
      throw error;
    }
  }
}

function stringOr(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
