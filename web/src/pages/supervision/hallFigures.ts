export interface HallRow { window: { id: string; name: string }; hour: number; visits: number; avgWaitMinutes: number | null; avgHandleMinutes: number | null }

/** The hall's rows (window × hour) summed by hour and by window, averages weighted by visits. */
export function hallFigures(rows: HallRow[]) {
  const sum = (key: (r: HallRow) => string | number) => {
    const by = new Map<string | number, { visits: number; wait: number; waited: number; handle: number; handled: number; name: string }>();
    for (const r of rows) {
      const v = by.get(key(r)) ?? { visits: 0, wait: 0, waited: 0, handle: 0, handled: 0, name: r.window.name };
      v.visits += r.visits;
      if (r.avgWaitMinutes !== null) { v.wait += r.avgWaitMinutes * r.visits; v.waited += r.visits; }
      if (r.avgHandleMinutes !== null) { v.handle += r.avgHandleMinutes * r.visits; v.handled += r.visits; }
      by.set(key(r), v);
    }
    const avg = (total: number, n: number) => (n ? Math.round((total / n) * 10) / 10 : null);
    return [...by.entries()].map(([k, v]) => ({ key: k, name: v.name, visits: v.visits, wait: avg(v.wait, v.waited), handle: avg(v.handle, v.handled) }));
  };
  return { byHour: sum((r) => r.hour).sort((a, b) => Number(a.key) - Number(b.key)), byWindow: sum((r) => r.window.id).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')) };
}
