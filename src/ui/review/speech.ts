// Reading Vietnamese aloud with the Web Speech API. Phones may list a
// Vietnamese voice that is not installed, or none at all: the app checks for
// a real vi voice and says so, instead of failing silently.
import { speechChunks } from '../../exercise/speech-chunks.ts';

export const SLOW_RATE = 0.6;

function voices(): SpeechSynthesisVoice[] {
  return typeof speechSynthesis === 'undefined' ? [] : speechSynthesis.getVoices();
}

/** A Vietnamese voice, one that works offline (localService) first. */
export function vietnameseVoice(): SpeechSynthesisVoice | null {
  const vi = voices().filter((v) => v.lang.toLowerCase().replace('_', '-').startsWith('vi'));
  return vi.find((v) => v.localService) ?? vi[0] ?? null;
}

/** Voices load asynchronously in Chromium: resolves once they are known (or after a second). */
export function voicesReady(): Promise<void> {
  if (typeof speechSynthesis === 'undefined' || voices().length > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => resolve();
    speechSynthesis.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1000);
  });
}

/**
 * Speaks the text, in parts short enough that Chrome does not cut them off
 * (about 15 s); false when the device has no Vietnamese voice. Called from the
 * learner's tap, so iOS lets it speak; a speak() right after cancel() can be
 * dropped, so after a cancel the parts are queued a moment later.
 */
export async function speakVietnamese(text: string, rate = 1): Promise<boolean> {
  await voicesReady();
  const voice = vietnameseVoice();
  if (!voice) return false;
  const speak = () => {
    for (const part of speechChunks(text)) {
      const u = new SpeechSynthesisUtterance(part);
      u.lang = 'vi-VN';
      u.voice = voice;
      u.rate = rate;
      speechSynthesis.speak(u);
    }
  };
  if (speechSynthesis.speaking || speechSynthesis.pending) {
    speechSynthesis.cancel();
    setTimeout(speak, 50);
  } else {
    speak();
  }
  return true;
}
