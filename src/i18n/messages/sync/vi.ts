// Vietnamese messages of the sync panel (the Lao file is the reference).
import type { Message } from '../../catalog.ts';
import type { lo } from './lo.ts';

export const vi: Record<keyof typeof lo, Message> = {
  syncName: 'Tên',
  syncPassword: 'Mật khẩu',
  syncServer: 'Địa chỉ máy chủ (nâng cao)',
  syncSignOut: 'Đăng xuất',
  syncNow: 'Đồng bộ ngay',
  syncSignedInAs: (p) => `Đã đăng nhập: ${p.name}`,
  syncStateOff: 'Chưa đăng nhập: dữ liệu chỉ ở trên điện thoại này.',
  syncStateSynced: (p) => (Number(p.minutes) < 1 ? 'Vừa đồng bộ' : `Đã đồng bộ ${p.minutes} phút trước`),
  syncStateNever: 'Chưa đồng bộ',
  syncStateOffline: (p) => `Ngoại tuyến: ${p.pending} lượt ôn đang chờ`,
  syncStateSyncing: (p) => `Đang đồng bộ… ${p.percent} %`,
  syncIssuePassword: 'Máy chủ từ chối tên hoặc mật khẩu.',
  syncIssueSession: 'Phiên đăng nhập đã hết: hãy đăng nhập lại. Những gì đang chờ ở đây không mất.',
  syncIssueNameTaken: 'Tên này đã có người dùng: chọn tên khác hoặc đăng nhập.',
  syncIssueForbidden: 'Máy chủ từ chối truy cập dữ liệu của tài khoản này.',
  syncIssueServer: 'Máy chủ gặp sự cố; Lovi sẽ thử lại.',
  syncIssueOffline: 'Không kết nối được máy chủ. Hãy thử lại khi có mạng.',
  syncNeedName: 'Nhập tên và mật khẩu (ít nhất 8 ký tự).',
  syncSignOutAsk: 'Giữ dữ liệu học trên điện thoại này sau khi đăng xuất?',
  syncKeepData: 'Giữ lại',
  syncRemoveData: 'Xóa khỏi điện thoại này',
  syncCancel: 'Hủy',
  syncDeleteAccount: 'Xóa tài khoản của tôi',
  syncDeleteAsk: 'Xóa vĩnh viễn bản sao trên máy chủ? Điện thoại này vẫn giữ bản của nó.',
  syncDeleteConfirm: 'Xóa vĩnh viễn',
};
