/**
 * The Test IO customer account the emulator serves beyond binary apps: products and what
 * hangs off them (environments, features, templates, exploratory tests) and the bugs
 * testers report. Plain records in API field names, mutated by the route modules.
 */

export interface ProductRecord {
  id: number;
  title: string;
  description: string | null;
  product_type: string;
  industry: string | null;
}

export interface EnvironmentRecord {
  id: number;
  product_id: number;
  title: string;
  url: string | null;
  binary_app_id: number | null;
  username: string | null;
  password: string | null;
  access: string | null;
  allow_orders: boolean;
}

/** An environment as a test holds it; `id` is null when it was defined inline. */
export type EnvironmentSnapshot = Omit<EnvironmentRecord, 'id' | 'product_id'> & {
  id: number | null;
};

export interface FeatureRecord {
  id: number;
  product_id: number;
  title: string;
  description: string | null;
  howtofind: string | null;
  user_stories: string[];
}

export interface TemplateRecord {
  id: number;
  product_id: number;
  title: string;
  test_scenario_template: string;
  min_test_duration: number;
  max_test_duration: number;
  default_test_duration: number;
}

export type Severity = 'low' | 'high' | 'critical' | 'visual' | 'content';

/** A bug a tester will report once the test has run for `atFraction` of its time. */
export interface PlannedReport {
  atFraction: number;
  severity: Severity;
  story: BugStory;
  tester: string;
  device: string;
}

export interface BugStory {
  title: string;
  location: string;
  steps: string;
  expected: string;
  actual: string;
}

export interface TestRecord {
  id: number;
  product_id: number;
  test_title: string;
  goal: string | null;
  instructions: string | null;
  duration: number;
  report_language: string;
  testing_type: string;
  /** A snapshot: the test keeps its environment even if the product's list changes. */
  test_environment: EnvironmentSnapshot;
  test_template: { id: number; title: string } | null;
  features: { id: number; title: string }[];
  created_at: number;
  /** When testers start (pending until then) and when the test ends (running until then). */
  starts_at: number;
  ends_at: number;
  cancelled: boolean;
  planned: PlannedReport[];
}

export type BugStatus = 'new' | 'accepted' | 'rejected' | 'fixed';

export interface BugRecord {
  id: number;
  test_id: number;
  product_id: number;
  title: string;
  severity: Severity;
  status: BugStatus;
  known: boolean;
  exported_at: string | null;
  export_requested: boolean;
  language: string;
  location: string;
  expected_result: string;
  actual_result: string;
  steps: string;
  reported_at: string;
  author: string;
  device: string;
  reject_reason: string | null;
  reject_comment: string | null;
}

/** How fast simulated time runs; tests make it fast, the demo keeps it watchable. */
export interface TestioPace {
  /** From creation until testers start: the "pending" phase. */
  startDelayMs: number;
  /** Real milliseconds per hour of a test's duration: a 2-hour rapid test runs 2 × this. */
  msPerTestHour: number;
}

export const DEMO_PACE: TestioPace = { startDelayMs: 4_000, msPerTestHour: 6_000 };

export class TestioWorkspace {
  products: ProductRecord[] = [];
  environments: EnvironmentRecord[] = [];
  features: FeatureRecord[] = [];
  templates: TemplateRecord[] = [];
  tests: TestRecord[] = [];
  bugs: BugRecord[] = [];
  pace: TestioPace;
  /** Whether a finalized binary app has this id (the binary-app routes know). */
  binaryAppExists: (id: number) => boolean = () => false;
  /** The clock the simulation reads; tests may replace it to step time by hand. */
  now: () => number = () => Date.now();
  #nextId = new Map<string, number>();

  constructor(pace: TestioPace = DEMO_PACE) {
    this.pace = pace;
  }

  nextId(kind: 'product' | 'environment' | 'feature' | 'template' | 'test' | 'bug'): number {
    const start = {
      product: 100,
      environment: 200,
      feature: 300,
      template: 400,
      test: 5000,
      bug: 9000,
    };
    const next = this.#nextId.get(kind) ?? start[kind];
    this.#nextId.set(kind, next + 1);
    return next;
  }

  product(id: number): ProductRecord | undefined {
    return this.products.find((p) => p.id === id);
  }
}
