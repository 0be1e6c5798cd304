import { createContext, useContext } from 'react';
import type { Api } from '../../../api/endpoints';
import type { InformationRequestItem, InformationRequestsView } from '../../../api/types';
import { useLoad, type LoadState } from '../../../app/use-load';

export interface InformationRequests {
  /** Null data while the assessment is not back with the service (nothing is asked of the API then). */
  readonly state: LoadState<InformationRequestsView | null> & { reload: () => void };
  /** Saves the answer to one ask; the panel and the standard's card both show it at once. */
  readonly answer: (itemId: string, text: string) => Promise<void>;
}

/**
 * What the review team asked the service, loaded once for the page. Read where it is shown: the panel at the top
 * and the card of each standard an ask names. Null while the assessment is not returned for information.
 */
export const InformationContext = createContext<InformationRequests | null>(null);

export function useInformationContext(): InformationRequests | null {
  return useContext(InformationContext);
}

export function useInformationRequests(api: Api, assessmentId: string, enabled: boolean): InformationRequests {
  const state = useLoad(
    () => (enabled ? api.informationRequests(assessmentId) : Promise.resolve(null)),
    `${assessmentId}:${String(enabled)}`,
  );
  const { setData, reload } = state;
  return {
    state,
    answer: async (itemId, text) => {
      const requests = await api.answerInformationRequest(assessmentId, itemId, { text });
      setData((view) => (view ? { ...view, requests } : view));
      // Whether it may now be handed back is the API's answer: ask again.
      reload();
    },
  };
}

/** The asks about one standard, in the order they were asked. */
export function asksAbout(view: InformationRequestsView, standardCode: string): InformationRequestItem[] {
  return view.requests.flatMap((r) => r.items.filter((i) => i.standardCode === standardCode));
}
