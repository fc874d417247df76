/** The hall (src/hall/routes.ts): appointments, queue numbers, calling, named after the server's document. */
import { useEffect } from 'react';
import { hrefOf, type AnswerOf } from './typed';

export type HallAppointment = AnswerOf<'/api/v1/hall/appointments', 'post'>;
export type HallTicket = AnswerOf<'/api/v1/hall/check-ins', 'post'>;
export type HallScreen = AnswerOf<'/api/v1/public/hall/screen', 'get'>;
export type HallPanel = AnswerOf<'/api/v1/hall/windows/{id}/panel', 'get'>;
export type HallZones = AnswerOf<'/api/v1/public/hall/zones', 'get'>;
export type MyHall = AnswerOf<'/api/v1/hall/appointments', 'get'>;

/** The demo county's hall; a deployment names its own region in the screen's address (?region=). */
export const HALL_REGION = '431127';

/**
 * Follows a server-sent event stream of the hall (EventSource reconnects by itself after a drop): `onData` receives
 * each event's JSON.
 */
function useStream<T>(href: string | null, event: string, onData: (data: T) => void) {
  useEffect(() => {
    if (!href) return;
    const source = new EventSource(href, { withCredentials: true });
    const listener = (e: MessageEvent<string>) => onData(JSON.parse(e.data) as T);
    source.addEventListener(event, listener as EventListener);
    return () => source.close();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [href, event]);
}

export const useScreenStream = (region: string, onData: (s: HallScreen) => void) =>
  useStream(hrefOf('/api/v1/public/hall/screen/events', { query: { region } }), 'screen', onData);

export const useMyTicketsStream = (enabled: boolean, onData: (s: AnswerOf<'/api/v1/hall/my/events', 'get'>) => void) =>
  useStream(enabled ? hrefOf('/api/v1/hall/my/events') : null, 'tickets', onData);
