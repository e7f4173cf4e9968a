// Lao messages of the sync panel (ui/sync/SyncPanel.tsx): loaded with it, which is loaded only when
// the learner opens it or has an account (the heading and the button that opens it are the settings screen's).
import type { Message, Params } from '../../catalog.ts';

export const lo = {
  syncName: 'ຊື່ຜູ້ໃຊ້',
  syncPassword: 'ລະຫັດຜ່ານ',
  syncServer: 'ທີ່ຢູ່ເຊີບເວີ (ຂັ້ນສູງ)',
  syncSignOut: 'ອອກຈາກລະບົບ',
  syncNow: 'ສົ່ງ ແລະ ຮັບດຽວນີ້',
  syncSignedInAs: (p: Params) => `ເຂົ້າລະບົບເປັນ ${p.name}`,
  syncStateOff: 'ບໍ່ໄດ້ເຂົ້າລະບົບ: ຂໍ້ມູນຢູ່ໃນໂທລະສັບນີ້ເທົ່ານັ້ນ.',
  syncStateSynced: (p: Params) => (Number(p.minutes) < 1 ? 'ກົງກັນແລ້ວ ຫາກໍ່ນີ້' : `ກົງກັນແລ້ວ ${p.minutes} ນາທີກ່ອນ`),
  syncStateNever: 'ຍັງບໍ່ທັນກົງກັນ',
  syncStateOffline: (p: Params) => `ບໍ່ມີເນັດ: ລໍຖ້າສົ່ງ ${p.pending} ການທົບທວນ`,
  syncStateSyncing: (p: Params) => `ກຳລັງສົ່ງ ແລະ ຮັບ… ${p.percent} %`,
  syncIssuePassword: 'ເຊີບເວີບໍ່ຮັບຊື່ ຫຼື ລະຫັດຜ່ານນີ້.',
  syncIssueSession: 'ໝົດເວລາເຂົ້າລະບົບ: ກະລຸນາເຂົ້າລະບົບອີກຄັ້ງ. ສິ່ງທີ່ລໍຖ້າສົ່ງຢູ່ນີ້ບໍ່ເສຍ.',
  syncIssueNameTaken: 'ຊື່ນີ້ມີຄົນໃຊ້ແລ້ວ: ເລືອກຊື່ອື່ນ ຫຼື ເຂົ້າສູ່ລະບົບ.',
  syncIssueForbidden: 'ເຊີບເວີບໍ່ອະນຸຍາດໃຫ້ເຂົ້າເຖິງຂໍ້ມູນຂອງບັນຊີນີ້.',
  syncIssueServer: 'ເຊີບເວີມີບັນຫາ; Lovi ຈະລອງໃໝ່.',
  syncIssueOffline: 'ເຊື່ອມຕໍ່ເຊີບເວີບໍ່ໄດ້. ລອງໃໝ່ເມື່ອມີເນັດ.',
  syncNeedName: 'ພິມຊື່ ແລະ ລະຫັດຜ່ານ (ຢ່າງໜ້ອຍ 8 ຕົວອັກສອນ).',
  syncSignOutAsk: 'ເກັບຂໍ້ມູນການຮຽນໄວ້ໃນໂທລະສັບນີ້ຫຼັງອອກຈາກລະບົບບໍ?',
  syncKeepData: 'ເກັບໄວ້',
  syncRemoveData: 'ລຶບອອກຈາກໂທລະສັບນີ້',
  syncCancel: 'ຍົກເລີກ',
  syncDeleteAccount: 'ລຶບບັນຊີຂອງຂ້ອຍ',
  syncDeleteAsk: 'ລຶບສຳເນົາການຮຽນຂອງທ່ານຢູ່ເຊີບເວີຖາວອນບໍ? ໂທລະສັບນີ້ຍັງເກັບຂອງມັນໄວ້.',
  syncDeleteConfirm: 'ລຶບຖາວອນ',
} satisfies Record<string, Message>;
