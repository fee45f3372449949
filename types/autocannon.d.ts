// The part of autocannon's API the benchmarks use (the package ships no types).
declare module "autocannon" {
  interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
  }

  export interface Options {
    url: string;
    method?: "GET" | "POST" | "PUT" | "DELETE" | "PATCH";
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    pipelining?: number;
    /** Seconds; ignored when `amount` is set. */
    duration?: number;
    /** Total requests to make. */
    amount?: number;
    /** Seconds before a request counts as timed out. */
    timeout?: number;
    /** A sequence each connection goes through; setupRequest may change a request before it is sent. */
    requests?: { setupRequest?: (request: RequestParams) => RequestParams }[];
  }

  export interface RequestParams {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  }

  export interface Result {
    latency: Histogram;
    requests: Histogram & { total: number; sent: number };
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
    "2xx": number;
  }

  /** A running load: its result when awaited, and each response as it arrives. */
  export interface Instance extends PromiseLike<Result> {
    /** `responseTimeMs`: from the request being sent to the last byte of its response. */
    on(event: "response", listener: (client: unknown, statusCode: number, responseBytes: number, responseTimeMs: number) => void): this;
  }

  function autocannon(options: Options): Instance;
  export default autocannon;
}
