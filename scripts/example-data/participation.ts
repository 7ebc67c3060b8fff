/**
 * Who takes part in which year. Each municipality has a fixed place in a queue, so the same ones
 * take part year after year and the count rises by letting the next in line join; a few skip a
 * year (gap years). Members of a miljöförbund queue late: they report without miljö- och
 * hälsoskydd, which keeps them out of the total ranking, and real ones rarely take part alone.
 */
import { SEED, YEAR_PLANS } from './config';
import { createRandom, shuffled } from './random';
import type { ExampleForbund, ExampleMunicipality } from './reference';
import { forbundKind } from './reference';

export interface Participation {
  year: number;
  /** SCB codes, ascending. */
  municipalities: string[];
  /** Förbund codes (F01…), ascending. */
  forbund: string[];
  /** Municipalities that also measured upphandling (NUI). */
  nui: string[];
}

/** Units that must take part every year: the seed texts are about them. */
export const ALWAYS_PARTICIPATE: readonly string[] = ['2514', '0126', '0461', '0484'];

/** Gap years per ordinary year: this many regulars skip and the queue fills in behind them. */
const SKIPPERS = 4;

/** The participants of every data year, in YEAR_PLANS order. */
export function planParticipation(
  municipalities: readonly ExampleMunicipality[],
  forbund: readonly ExampleForbund[],
): Participation[] {
  const late = new Set(
    forbund.filter((f) => forbundKind(f) !== 'rescue').flatMap((f) => f.memberCodes),
  );
  const queue = [...municipalities]
    .map((m) => {
      const draw = createRandom(SEED, 'queue', m.code).next();
      const key = ALWAYS_PARTICIPATE.includes(m.code) ? -1 : draw + (late.has(m.code) ? 0.3 : 0);
      return { code: m.code, key };
    })
    .sort((a, b) => a.key - b.key || a.code.localeCompare(b.code))
    .map((q) => q.code);
  const forbundQueue = [...forbund]
    .map((f) => ({ code: f.code, key: createRandom(SEED, 'queue', f.code).next() }))
    .sort((a, b) => a.key - b.key)
    .map((q) => q.code);
  const nuiQueue = [...municipalities]
    .map((m) => ({ code: m.code, key: createRandom(SEED, 'nui-queue', m.code).next() }))
    // Huddinge's NUI places in 2023 and 2024 are seed facts, so it must be measured then.
    .sort((a, b) => (a.code === '0126' ? -1 : b.code === '0126' ? 1 : a.key - b.key))
    .map((q) => q.code);

  let previous: string[] = [];
  return YEAR_PLANS.map((plan) => {
    const random = createRandom(SEED, 'participation', plan.year);
    let codes: string[];
    if (!plan.official) {
      // The mellanår: a sample of the previous year's participants.
      codes = shuffled(previous, random).slice(0, plan.municipalities);
    } else {
      const skippers = new Set<string>();
      const pool = queue.slice(ALWAYS_PARTICIPATE.length, 150);
      while (plan.year > YEAR_PLANS[0]!.year && skippers.size < SKIPPERS) {
        skippers.add(pool[random.int(0, pool.length - 1)]!);
      }
      codes = queue.slice(0, plan.municipalities + skippers.size).filter((c) => !skippers.has(c));
      previous = codes;
    }
    const taking = new Set(codes);
    const nui = plan.nuiParticipants
      ? nuiQueue.filter((c) => taking.has(c)).slice(0, plan.nuiParticipants)
      : [];
    return {
      year: plan.year,
      municipalities: codes.sort(),
      forbund: forbundQueue.slice(0, plan.forbund).sort(),
      nui: nui.sort(),
    };
  });
}
