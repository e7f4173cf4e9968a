// The voice practice's settings: which accent's tones the learner's voice is
// judged by, and forgetting the level voice Lovi learnt from their "ma" (a
// new learner on this phone, or a voice that has changed). Device preferences.
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { Dialect } from '../../voice/tones.ts';
import { DIALECTS, forgetReference, loadDialect, loadReference, saveDialect } from './prefs.ts';

export function VoiceSettings() {
  const { t } = useI18n();
  const [dialect, setDialect] = useState(loadDialect);
  const [known, setKnown] = useState(() => loadReference() !== undefined);
  return (
    <section class="settings" aria-labelledby="voice-heading">
      <h2 id="voice-heading">{t('voiceHeading')}</h2>
      <label class="field">
        <span>{t('settingToneDialect')}</span>
        <select data-testid="setting-tone-dialect" value={dialect} onChange={(e) => {
          const d = (e.target as HTMLSelectElement).value as Dialect;
          saveDialect(d);
          setDialect(d);
        }}>
          {DIALECTS.map((d) => <option key={d} value={d}>{t(`dialect_${d}`)}</option>)}
        </select>
      </label>
      <p class="hint">{t('toneDialectHint')}</p>
      {known ? (
        <button class="link small" data-testid="voice-forget" onClick={() => {
          forgetReference();
          setKnown(false);
        }}>{t('voiceForget')}</button>
      ) : <p class="hint" role="status">{t('voiceForgotten')}</p>}
    </section>
  );
}
