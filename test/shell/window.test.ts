import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../main/window';
import { fakeWindow, invokeEvent } from './senders';

describe('isTrustedSender: only our window’s top frame, showing our page, may call main', () => {
  it('accepts the top frame of our window on the app page', () => {
    expect(isTrustedSender(fakeWindow(1), invokeEvent({ senderId: 1 }))).toBe(true);
  });

  it('refuses a frame of other web contents (a foreign frame)', () => {
    expect(isTrustedSender(fakeWindow(1), invokeEvent({ senderId: 2 }))).toBe(false);
  });

  it('refuses a subframe of our own window, even on the app page', () => {
    expect(isTrustedSender(fakeWindow(1), invokeEvent({ subframe: true }))).toBe(false);
  });

  it('refuses our top frame once it shows another URL', () => {
    for (const url of [
      'https://example.com/',
      'file:///tmp/index.html',
      'http://127.0.0.1:5173/index.html',
    ]) {
      expect(isTrustedSender(fakeWindow(1), invokeEvent({ url })), url).toBe(false);
    }
  });

  it('refuses a sender whose frame is gone, and any sender once the window is destroyed', () => {
    expect(isTrustedSender(fakeWindow(1), invokeEvent({ noFrame: true }))).toBe(false);
    expect(isTrustedSender(fakeWindow(1, true), invokeEvent())).toBe(false);
  });
});
