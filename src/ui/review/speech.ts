// Reading Vietnamese aloud with the Web Speech API. Phones may list a
// Vietnamese voice that is not installed, or none at all: the app checks for
// a real vi voice and says so, instead of failing silently.

export const SLOW_RATE = 0.6;

function voices(): SpeechSynthesisVoice[] {
  return typeof speechSynthesis === 'undefined' ? [] : speechSynthesis.getVoices();
}

export function vietnameseVoice(): SpeechSynthesisVoice | null {
  return voices().find((v) => v.lang.toLowerCase().replace('_', '-').startsWith('vi')) ?? null;
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

/** Speaks the text; false when the device has no Vietnamese voice. */
export async function speakVietnamese(text: string, rate = 1): Promise<boolean> {
  await voicesReady();
  const voice = vietnameseVoice();
  // lang alone picks the voice; the check above only proves one exists.
  if (!voice) return false;
  speechSynthesis.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.lang = 'vi-VN';
  u.rate = rate;
  speechSynthesis.speak(u);
  return true;
}
