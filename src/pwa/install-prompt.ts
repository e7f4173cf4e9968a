// Installing to the home screen: Chromium offers beforeinstallprompt, which
// the app keeps for its own button; iOS Safari has no prompt, so the app
// explains Share → Add to Home Screen instead.
import { useEffect, useState } from 'preact/hooks';

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let deferred: BeforeInstallPromptEvent | null = null;
const listeners = new Set<() => void>();

// Listen from the first moment: the event may fire before any screen mounts.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (e) => {
    e.preventDefault();
    deferred = e as BeforeInstallPromptEvent;
    listeners.forEach((l) => l());
  });
  window.addEventListener('appinstalled', () => {
    deferred = null;
    listeners.forEach((l) => l());
  });
}

export function isStandalone(): boolean {
  return window.matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true;
}

export function isIosSafari(): boolean {
  const ua = navigator.userAgent;
  return /iP(hone|ad|od)/.test(ua) && /Safari/.test(ua) && !/CriOS|FxiOS|EdgiOS/.test(ua);
}

export type InstallOption = { kind: 'prompt'; install: () => Promise<void> } | { kind: 'ios' } | null;

export function useInstallOption(): InstallOption {
  const [, rerender] = useState(0);
  useEffect(() => {
    const l = () => rerender((n) => n + 1);
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
  if (isStandalone()) return null;
  if (deferred) {
    const event = deferred;
    return {
      kind: 'prompt',
      install: async () => {
        await event.prompt();
        await event.userChoice;
        deferred = null;
        listeners.forEach((l) => l());
      },
    };
  }
  return isIosSafari() ? { kind: 'ios' } : null;
}
