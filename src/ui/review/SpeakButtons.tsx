// Speaker buttons for a Vietnamese sentence, normal and slow; a one-time
// explanation when the device has no Vietnamese voice.
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useI18n } from '../../i18n/use-i18n.ts';
import { readPref, writePref } from '../../device-prefs.ts';
import { SlowIcon, SpeakerIcon } from '../icons.tsx';
import { SLOW_RATE, speakVietnamese } from './speech.ts';

const TOLD_KEY = 'lovi.noVoiceExplained';

/** `children`: more buttons on the row (the microphone). */
export function SpeakButtons({ text, autoplay, children }: { text: string; autoplay: boolean; children?: ComponentChildren }) {
  const { t } = useI18n();
  const [noVoice, setNoVoice] = useState(false);
  const speak = async (rate: number) => {
    const ok = await speakVietnamese(text, rate);
    if (ok) return;
    // With storage off, explained every time rather than never.
    const told = readPref(TOLD_KEY) === '1';
    writePref(TOLD_KEY, '1');
    if (!told) setNoVoice(true);
  };
  // Mounted once per card side that shows Vietnamese (keyed by card), so this plays once.
  useEffect(() => {
    if (autoplay) void speak(1);
  }, []);
  return (
    <div class="speak">
      <button class="speak-button" data-testid="speak" aria-label={t('speak')} onClick={() => void speak(1)}><SpeakerIcon /></button>
      <button class="speak-button" data-testid="speak-slow" aria-label={t('speakSlow')} onClick={() => void speak(SLOW_RATE)}><SlowIcon /></button>
      {children}
      {noVoice && <p class="notice" role="status" data-testid="no-voice">{t('noVietnameseVoice')}</p>}
    </div>
  );
}
