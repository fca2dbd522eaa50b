import { useState } from 'react';
import { needsSlot, type SalesBody, type Service, type Slot } from './types';

export interface BasketLine {
  key: number;
  serviceId: string;
  quantity: number;
}

let nextKey = 1;
const emptyLine = (): BasketLine => ({ key: nextKey++, serviceId: '', quantity: 1 });

/** The lines, product and slot an agent is putting together before making a quote or an order. */
export function useBasket(services: Service[]) {
  const [lines, setLines] = useState<BasketLine[]>(() => [emptyLine()]);
  const [installedProductId, setInstalledProductId] = useState('');
  const [slot, setSlot] = useState<Slot | null>(null);
  const byId = new Map(services.map((s) => [s.id, s]));
  /** The first service that needs a visit decides which slots are offered. */
  const slotService = lines.map((l) => byId.get(l.serviceId)).find((s) => needsSlot(s)) ?? null;
  const complete = lines.length > 0 && lines.every((l) => byId.has(l.serviceId) && Number.isInteger(l.quantity) && l.quantity >= 1);
  const ready = complete && (!slotService || !!slot);
  const estimateCents = lines.reduce((sum, l) => sum + (byId.get(l.serviceId)?.priceCents ?? 0) * l.quantity, 0) + (slot?.surchargeCents ?? 0);

  const update = (key: number, change: Partial<BasketLine>) => {
    setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...change } : l)));
    if (change.serviceId !== undefined) setSlot(null);
  };

  const body = (caseId: string, customerId: string): SalesBody => ({
    caseId,
    customerId,
    installedProductId: installedProductId || null,
    lines: lines.map((l) => ({ serviceId: l.serviceId, quantity: l.quantity })),
    slot: slotService && slot ? { templateId: slot.templateId, date: slot.date } : null,
  });

  return {
    lines,
    byId,
    slotService,
    slot,
    setSlot,
    installedProductId,
    setInstalledProductId,
    complete,
    ready,
    estimateCents,
    body,
    update,
    add: () => setLines((ls) => [...ls, emptyLine()]),
    remove: (key: number) => {
      setLines((ls) => ls.filter((l) => l.key !== key));
      setSlot(null);
    },
  };
}

export type Basket = ReturnType<typeof useBasket>;
