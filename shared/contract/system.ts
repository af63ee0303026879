import { z } from 'zod';
import { channel } from './define';

const PathResult = z.object({ path: z.string().nullable() });

/** Links Dropship may open in the browser: the web, or the local sandbox. */
export const ExternalUrlSchema = z
  .url({ error: 'That is not a web address.' })
  .refine(
    (url) => /^https:\/\//i.test(url) || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//i.test(url),
    {
      error: 'Only secure (https) links can be opened.',
    },
  );

/** The desktop around the app: native file dialogs and the browser. */
export const systemChannels = {
  /** Asks where to save a file; null when the person cancels. */
  chooseSavePath: channel(
    z.object({
      title: z.string(),
      defaultName: z.string().min(1),
      extensions: z.array(z.string()).optional(),
    }),
    PathResult,
  ),
  chooseFolder: channel(z.object({ title: z.string() }), PathResult),
  openExternal: channel(z.object({ url: ExternalUrlSchema }), z.void()),
  showInFolder: channel(z.object({ path: z.string().min(1) }), z.void()),
  /**
   * Puts text on the system clipboard through main: the page itself holds no clipboard
   * permission (main's permission handlers deny every one).
   */
  copyText: channel(
    z.object({ text: z.string().max(100_000, 'That is too much text to copy.') }),
    z.void(),
  ),
};
