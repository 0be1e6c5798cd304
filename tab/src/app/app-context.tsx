import { createContext, useContext } from 'react';
import type { Api } from '../api/endpoints';
import type { HttpClient } from '../api/http-client';
import type { MeResponse } from '../api/types';
import type { HostInfo } from '../host/host-info';

/** What every page may use: the API, who is signed in, and the host (Teams or browser). */
export interface AppServices {
  readonly api: Api;
  readonly http: HttpClient;
  readonly me: MeResponse;
  readonly host: HostInfo;
  /** Standalone only: go back to the "sign in as" picker. */
  readonly signOut?: () => void;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp needs the signed-in app context');
  return value;
}
