// Whether the browser keeps Lovi's data, and how much space it uses.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/use-i18n.ts';
import { storageInfo, type StorageInfo } from '../pwa/storage-persistence.ts';

export function StorageStatus() {
  const { t, lang } = useI18n();
  const [info, setInfo] = useState<StorageInfo | null>(null);
  useEffect(() => {
    void storageInfo().then(setInfo);
  }, []);
  if (!info) return null;
  const mb = new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  return (
    <section class="storage" aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('storageHeading')}</h2>
      <p data-testid="storage-persisted" data-persisted={String(info.persisted)}>
        {t(info.persisted ? 'storagePersisted' : 'storageNotPersisted')}
      </p>
      {info.usage !== null && info.quota !== null && (
        <p data-testid="storage-usage">{t('storageUsage', { used: mb.format(info.usage / 1e6), quota: mb.format(info.quota / 1e6) })}</p>
      )}
    </section>
  );
}
