/** Prometheus text exposition for request counts, latency and a few gauges, without a client library. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly histo = new Map<string, { counts: number[]; sum: number; count: number }>();
  private readonly gauges = new Map<string, { help: string; read: () => Promise<number> }>();

  /** Records one finished request; `route` is the route pattern, never the raw URL (bounded cardinality). */
  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `method="${method}",route="${escapeLabel(route)}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const hkey = `method="${method}",route="${escapeLabel(route)}"`;
    let h = this.histo.get(hkey);
    if (!h) {
      h = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.histo.set(hkey, h);
    }
    for (let i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]) h.counts[i]++;
    h.sum += seconds;
    h.count++;
  }

  gauge(name: string, help: string, read: () => Promise<number>): void {
    this.gauges.set(name, { help, read });
  }

  async render(): Promise<string> {
    const out: string[] = [
      '# HELP loyaal_http_requests_total HTTP requests by method, route and status.',
      '# TYPE loyaal_http_requests_total counter',
    ];
    for (const [k, v] of this.requests) out.push(`loyaal_http_requests_total{${k}} ${v}`);
    out.push('# HELP loyaal_http_request_duration_seconds HTTP request latency.');
    out.push('# TYPE loyaal_http_request_duration_seconds histogram');
    for (const [k, h] of this.histo) {
      BUCKETS.forEach((b, i) => {
        out.push(`loyaal_http_request_duration_seconds_bucket{${k},le="${b}"} ${h.counts[i]}`);
      });
      out.push(`loyaal_http_request_duration_seconds_bucket{${k},le="+Inf"} ${h.count}`);
      out.push(`loyaal_http_request_duration_seconds_sum{${k}} ${h.sum}`);
      out.push(`loyaal_http_request_duration_seconds_count{${k}} ${h.count}`);
    }
    for (const [name, g] of this.gauges) {
      out.push(`# HELP ${name} ${g.help}`, `# TYPE ${name} gauge`, `${name} ${await g.read()}`);
    }
    return `${out.join('\n')}\n`;
  }
}

function escapeLabel(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}
