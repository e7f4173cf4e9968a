// The one message catalog. Lao is the default and the reference: every key
// is defined in Lao first, and the type makes English and Vietnamese keep up.

export type Lang = 'lo' | 'en' | 'vi';
export const LANGS: readonly Lang[] = ['lo', 'en', 'vi'];
export const DEFAULT_LANG: Lang = 'lo';

type Params = Record<string, string | number>;
export type Message = string | ((p: Params) => string);

const lo = {
  appName: 'ໂລວີ',
  tagline: 'ຮຽນພາສາຫວຽດນາມຈາກປະໂຫຍກລາວ',
  languageLabel: 'ພາສາ',
  decksHeading: 'ຊຸດບັດ',
  noDecks: 'ຍັງບໍ່ມີຊຸດບັດ.',
  pairCount: (p: Params) => `${p.n} ປະໂຫຍກ`,
  cardCount: (p: Params) => `${p.n} ບັດ`,
  sourceLabel: (p: Params) => `ແຫຼ່ງທີ່ມາ: ${p.source}`,
  start: 'ເລີ່ມຮຽນ',
  newLabel: 'ໃໝ່',
  learningLabel: 'ກຳລັງຮຽນ',
  dueLabel: 'ຕ້ອງທົບທວນ',
  doneToday: 'ຮຽນຄົບແລ້ວສຳລັບມື້ນີ້!',
  nextDueAt: (p: Params) => `ບັດຕໍ່ໄປ: ${p.when}`,
  nothingScheduled: 'ບໍ່ມີບັດລໍຖ້າ.',
  installing: (p: Params) => `ກຳລັງຕິດຕັ້ງຊຸດບັດ… ${p.done}/${p.total}`,
  loading: 'ກຳລັງໂຫຼດ…',
  home: 'ໜ້າຫຼັກ',
  showAnswer: 'ເບິ່ງຄຳຕອບ',
  again: 'ອີກຄັ້ງ',
  hard: 'ຍາກ',
  good: 'ດີ',
  easy: 'ງ່າຍ',
  undo: 'ຍົກເລີກ',
  promptRecognition: 'ປະໂຫຍກນີ້ໝາຍຄວາມວ່າແນວໃດ?',
  promptProduction: 'ເວົ້າເປັນພາສາຫວຽດນາມແນວໃດ?',
  speak: 'ຟັງພາສາຫວຽດນາມ',
  speakSlow: 'ຟັງຊ້າໆ',
  noVietnameseVoice: 'ເຄື່ອງນີ້ບໍ່ມີສຽງອ່ານພາສາຫວຽດນາມ. ເພີ່ມໄດ້ທີ່: ການຕັ້ງຄ່າ → ການຊ່ວຍເຂົ້າເຖິງ → ການປ່ຽນຂໍ້ຄວາມເປັນສຽງ → ຕິດຕັ້ງຂໍ້ມູນສຽງ → ພາສາຫວຽດນາມ.',
  unit_m: (p: Params) => `${p.n} ນາທີ`,
  unit_h: (p: Params) => `${p.n} ຊົ່ວໂມງ`,
  unit_d: (p: Params) => `${p.n} ມື້`,
  unit_mo: (p: Params) => `${p.n} ເດືອນ`,
  unit_y: (p: Params) => `${p.n} ປີ`,
  problem_blocked: 'ໂລວີເປີດຢູ່ໃນແຖບອື່ນ. ກະລຸນາປິດແຖບນັ້ນ.',
  'problem_reload-needed': 'ມີໂລວີລຸ້ນໃໝ່ເປີດຢູ່ໃນແຖບອື່ນ. ກະລຸນາໂຫຼດໜ້ານີ້ຄືນ.',
  'problem_save-failed': 'ບັນທຶກການທົບທວນບໍ່ໄດ້. ຂໍ້ມູນເກົ່າຍັງຢູ່ຄົບ.',
  'problem_install-failed': 'ຕິດຕັ້ງຊຸດບັດບໍ່ສຳເລັດ. ຈະລອງໃໝ່ຄັ້ງໜ້າ.',
  'problem_storage-unavailable': 'ບຣາວເຊີນີ້ບໍ່ອະນຸຍາດໃຫ້ບັນທຶກຂໍ້ມູນ (ໂໝດສ່ວນຕົວ?).',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof lo;

const en: Record<MessageKey, Message> = {
  appName: 'Lovi',
  tagline: 'Learn Vietnamese from Lao sentences',
  languageLabel: 'Language',
  decksHeading: 'Decks',
  noDecks: 'No decks yet.',
  pairCount: (p) => `${p.n} ${p.n === 1 ? 'sentence' : 'sentences'}`,
  cardCount: (p) => `${p.n} ${p.n === 1 ? 'card' : 'cards'}`,
  sourceLabel: (p) => `Source: ${p.source}`,
  start: 'Study',
  newLabel: 'New',
  learningLabel: 'Learning',
  dueLabel: 'Due',
  doneToday: 'Done for today!',
  nextDueAt: (p) => `Next card: ${p.when}`,
  nothingScheduled: 'No cards waiting.',
  installing: (p) => `Installing deck… ${p.done}/${p.total}`,
  loading: 'Loading…',
  home: 'Home',
  showAnswer: 'Show answer',
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
  undo: 'Undo',
  promptRecognition: 'What does this mean?',
  promptProduction: 'How do you say it in Vietnamese?',
  speak: 'Listen to the Vietnamese',
  speakSlow: 'Listen slowly',
  noVietnameseVoice: 'This device has no Vietnamese voice. Add one in Settings → Accessibility → Text-to-speech → Install voice data → Vietnamese.',
  unit_m: (p) => `${p.n}m`,
  unit_h: (p) => `${p.n}h`,
  unit_d: (p) => `${p.n}d`,
  unit_mo: (p) => `${p.n}mo`,
  unit_y: (p) => `${p.n}y`,
  problem_blocked: 'Lovi is open in another tab. Please close it.',
  'problem_reload-needed': 'A newer Lovi is open in another tab. Please reload this page.',
  'problem_save-failed': 'This review could not be saved. Everything saved before is safe.',
  'problem_install-failed': 'The deck could not be installed. Lovi will try again next time.',
  'problem_storage-unavailable': 'This browser does not let Lovi save data (private mode?).',
};

const vi: Record<MessageKey, Message> = {
  appName: 'Lovi',
  tagline: 'Học tiếng Việt qua câu tiếng Lào',
  languageLabel: 'Ngôn ngữ',
  decksHeading: 'Bộ thẻ',
  noDecks: 'Chưa có bộ thẻ nào.',
  pairCount: (p) => `${p.n} câu`,
  cardCount: (p) => `${p.n} thẻ`,
  sourceLabel: (p) => `Nguồn: ${p.source}`,
  start: 'Học',
  newLabel: 'Mới',
  learningLabel: 'Đang học',
  dueLabel: 'Cần ôn',
  doneToday: 'Hôm nay đã học xong!',
  nextDueAt: (p) => `Thẻ tiếp theo: ${p.when}`,
  nothingScheduled: 'Không có thẻ nào đang chờ.',
  installing: (p) => `Đang cài bộ thẻ… ${p.done}/${p.total}`,
  loading: 'Đang tải…',
  home: 'Trang chủ',
  showAnswer: 'Xem đáp án',
  again: 'Lại',
  hard: 'Khó',
  good: 'Được',
  easy: 'Dễ',
  undo: 'Hoàn tác',
  promptRecognition: 'Câu này nghĩa là gì?',
  promptProduction: 'Nói bằng tiếng Việt thế nào?',
  speak: 'Nghe tiếng Việt',
  speakSlow: 'Nghe chậm',
  noVietnameseVoice: 'Thiết bị này chưa có giọng đọc tiếng Việt. Hãy thêm trong Cài đặt → Hỗ trợ tiếp cận → Chuyển văn bản thành giọng nói → Cài đặt dữ liệu giọng nói → Tiếng Việt.',
  unit_m: (p) => `${p.n} phút`,
  unit_h: (p) => `${p.n} giờ`,
  unit_d: (p) => `${p.n} ngày`,
  unit_mo: (p) => `${p.n} tháng`,
  unit_y: (p) => `${p.n} năm`,
  problem_blocked: 'Lovi đang mở ở một thẻ khác. Hãy đóng thẻ đó.',
  'problem_reload-needed': 'Một phiên bản Lovi mới đang mở ở thẻ khác. Hãy tải lại trang này.',
  'problem_save-failed': 'Không lưu được lượt ôn này. Dữ liệu đã lưu trước đó vẫn an toàn.',
  'problem_install-failed': 'Không cài được bộ thẻ. Lovi sẽ thử lại lần sau.',
  'problem_storage-unavailable': 'Trình duyệt này không cho Lovi lưu dữ liệu (chế độ riêng tư?).',
};

export const CATALOG: Record<Lang, Record<MessageKey, Message>> = { lo, en, vi };

/** Each language's name in itself, for the language picker. */
export const LANG_NAMES: Record<Lang, string> = { lo: 'ລາວ', en: 'English', vi: 'Tiếng Việt' };

export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const message = CATALOG[lang][key];
  return typeof message === 'function' ? message(params) : message;
}
