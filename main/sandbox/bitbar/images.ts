import type { DeviceModel } from './catalog-models';
import { Canvas, type Rgb } from './png';

export const FRAME_HEIGHTS = [80, 100, 160, 400] as const;

/** A device picture: the body in the model's colour, a lit screen, a camera dot. */
export function drawDevice(model: DeviceModel, height: number): Buffer {
  const ratio = model.tablet ? 0.72 : 0.5;
  const width = Math.max(8, Math.round(height * ratio));
  const canvas = new Canvas(width, height);
  const radius = Math.max(2, Math.round(width * (model.tablet ? 0.08 : 0.14)));
  canvas.roundRect(0, 0, width, height, radius, model.color);
  const bezel = Math.max(1, Math.round(width * 0.06));
  const top = Math.max(
    2,
    Math.round(height * (model.brand === 'Apple' && !model.tablet ? 0.05 : 0.04)),
  );
  canvas.roundRect(
    bezel,
    top,
    width - bezel * 2,
    height - top * 2,
    Math.max(1, radius - bezel),
    screen(model.color),
  );
  const dot = Math.max(1, Math.round(width * 0.05));
  canvas.roundRect(width / 2 - dot / 2, top / 2 - dot / 2, dot, dot, dot / 2, [20, 20, 24]);
  return canvas.png();
}

function screen([r, g, b]: Rgb): Rgb {
  const lift = (c: number) => Math.round(150 + (c / 255) * 80);
  return [lift(r), lift(g), Math.min(255, lift(b) + 20)];
}

/** Cached per model and size: thousands of devices share a few dozen pictures. */
export class DeviceImages {
  readonly #cache = new Map<string, Buffer>();
  get(model: DeviceModel, height: number): Buffer {
    const key = `${model.brand}|${model.model}|${height}`;
    let png = this.#cache.get(key);
    if (!png) {
      png = drawDevice(model, height);
      this.#cache.set(key, png);
    }
    return png;
  }
}
