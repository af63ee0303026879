/**
 * Where the person's attention goes after pressing Send: to the deliveries just started
 * (scrolled into view and focused), or to the first field that needs fixing. Runs after
 * React has drawn the outcome.
 */
export function focusAfterSend(sent: boolean, dropId: string | undefined): void {
  requestAnimationFrame(() => {
    const target = sent
      ? dropId
        ? document.getElementById(dropElementId(dropId))
        : null
      : document.querySelector<HTMLElement>('[data-send-choices] [aria-invalid="true"]');
    if (!target) return;
    target.scrollIntoView({ block: sent ? 'start' : 'center' });
    target.focus({ preventScroll: true });
  });
}

export const dropElementId = (dropId: string) => `drop-${dropId}`;
