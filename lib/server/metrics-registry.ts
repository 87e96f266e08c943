// The one Prometheus registry of a process, served by GET /api/metrics. Kept on globalThis:
// Next's route bundles each have their own module copies, and a metric registered twice (or in
// two registries) would either throw or split its counts between copies.
import { collectDefaultMetrics, Registry } from 'prom-client';

/** Every metric Shoebox defines starts with this, Node's process metrics included. */
export const METRIC_PREFIX = 'shoebox_';

const holder = globalThis as unknown as { shoeboxMetricsRegistry?: Registry };

export function metricsRegistry(): Registry {
  if (!holder.shoeboxMetricsRegistry) {
    const registry = new Registry();
    // CPU, memory, heap, event-loop lag, handles, GC: read at scrape time by prom-client.
    collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });
    holder.shoeboxMetricsRegistry = registry;
  }
  return holder.shoeboxMetricsRegistry;
}

/** The metric of this name, registered once per process however many module copies ask. */
export function registeredMetric<M>(name: string, create: (registry: Registry) => M): M {
  const registry = metricsRegistry();
  return (registry.getSingleMetric(name) as M | undefined) ?? create(registry);
}
