/**
 * The services Dropship delivers to, in the order every list shows them. Plain TypeScript,
 * no zod (the schema is `ServiceIdSchema` in ../error-schemas.ts), so code that only names
 * a service starts without loading zod.
 */
export const SERVICE_IDS = ['installr', 'testio', 'bitbar', 'productscience'] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

export const isServiceId = (value: string): value is ServiceId =>
  (SERVICE_IDS as readonly string[]).includes(value);

/** What people call each service. */
export const SERVICE_NAMES: Record<ServiceId, string> = {
  installr: 'Installr',
  testio: 'Test IO',
  bitbar: 'Bitbar',
  productscience: 'Product Science',
};

/** Every service with its name, in order: for lists and menus. */
export const SERVICES: readonly { id: ServiceId; name: string }[] = SERVICE_IDS.map((id) => ({
  id,
  name: SERVICE_NAMES[id],
}));
