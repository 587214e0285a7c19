/**
 * The Arrival Guide's built-in words in Vietnamese, with full diacritics. Vietnamese names months
 * by number (tháng 1 … tháng 12): the digits are Latin, as everywhere on the page.
 *
 * UNREVIEWED MACHINE TRANSLATION: written by an AI model from the English and not yet checked by a
 * native speaker. The app shows these strings as unreviewed until a coordinator marks them
 * reviewed; a native Vietnamese speaker must read every string (meaning, tone, spelling) first.
 */
import type { GuideStrings } from './en';

export const vi: GuideStrings = {
  title: 'Hướng dẫn cho người mới đến',
  titleWithPlatform: 'Hướng dẫn cho người mới đến — {platform}',
  intro:
    'Hỗ trợ miễn phí cho người di cư quanh {platform}: thức ăn, nước uống, chỗ tắm, sức khỏe, chỗ ở và tư vấn. Mọi thứ trên trang này đều miễn phí.',
  languages: 'Ngôn ngữ',
  languageFallback:
    'Trang này không có bằng ngôn ngữ bạn yêu cầu. Trang được hiển thị bằng: {language}.',
  printable: 'Bản để in',

  today: 'Hôm nay',
  thisWeek: 'Tuần này',
  dateFormat: '{weekday}, ngày {day} {month}',
  timeRange: '{start} – {end}',
  distributions: 'Phát đồ',
  nothingToday: 'Hôm nay chưa có buổi phát đồ nào được thông báo.',
  nothingThisDay: 'Ngày này chưa có buổi phát đồ nào được thông báo.',
  byOrganisation: 'Do {organisation} tổ chức',
  cancelled: 'Đã hủy',
  movedNotice: 'Có thay đổi: giờ hoặc địa điểm mới',
  addedNotice: 'Ngày bổ sung',
  where: 'Địa điểm',
  placeAnnouncedOnSite: 'Địa điểm được thông báo tại chỗ',
  askAtInformationPoint: 'Hãy hỏi tại điểm thông tin',

  services: 'Dịch vụ',
  servicesIntro: 'Những nơi này có thể hết chỗ: hãy kiểm tra trước khi đi.',
  noServices: 'Hiện chưa có dịch vụ nào được thông báo.',
  status: {
    open: 'Đang mở',
    limited: 'Còn ít chỗ',
    full: 'Hết chỗ',
    closed: 'Đã đóng',
    unconfirmed: 'Chưa được xác nhận từ {time}',
    unknown: 'Chưa được xác nhận',
  },
  lastConfirmedAt: 'Xác nhận lần cuối: {time}',
  hours: 'Giờ mở cửa: {hours}',
  openAllDay: 'Mở cả ngày lẫn đêm',
  openDays: 'Mở vào: {days}',
  forWhom: 'Dành cho: {audiences}',
  audiences: {
    everyone: 'mọi người',
    single_men: 'nam giới đi một mình',
    women: 'phụ nữ',
    families: 'gia đình',
    unaccompanied_minors: 'trẻ em dưới 18 tuổi đi một mình',
    vulnerable_people: 'người dễ bị tổn thương',
  },
  placesAvailable: 'Còn {available} trên {total} chỗ trống',

  emergency: 'Số điện thoại khẩn cấp',
  emergencyIntro:
    'Gọi miễn phí, từ bất kỳ điện thoại nào, kể cả khi không có tiền trong tài khoản hoặc không có thẻ SIM.',
  emergencyNumbers: {
    n112: 'Số khẩn cấp châu Âu',
    n15: 'SAMU: cấp cứu y tế',
    n17: 'Cảnh sát',
    n18: 'Cứu hỏa',
    n115: 'Chỗ ở khẩn cấp',
    n119: 'Trẻ em gặp nguy hiểm',
    n196: 'Cứu hộ trên biển',
  },

  organisations: 'Các tổ chức',
  organisationsIntro: 'Các tổ chức thực hiện những buổi phát đồ và dịch vụ này.',
  phone: 'Điện thoại',
  email: 'Email',
  website: 'Trang web',

  sections: {
    rights: 'Quyền của bạn',
    safety: 'An toàn',
    minors: 'Dưới 18 tuổi',
    info: 'Điều nên biết',
  },

  publisher: 'Nền tảng của các tổ chức tại {platform}',
  publishedBy: 'Do {publisher} phát hành',
  generatedAt: 'Tạo vào: {time}',
  validUntil: 'Có hiệu lực đến: {time}',
  unreviewed: 'Một số bản dịch trên trang này chưa được kiểm tra.',
  offline: 'Sau khi mở một lần, bạn có thể đọc trang này mà không cần internet.',

  notFoundTitle: 'Không tìm thấy hướng dẫn',
  notFound:
    'Không có hướng dẫn nào tại địa chỉ này. Hãy kiểm tra đường link, hoặc hỏi tại điểm thông tin.',

  weekdays: {
    monday: 'Thứ Hai',
    tuesday: 'Thứ Ba',
    wednesday: 'Thứ Tư',
    thursday: 'Thứ Năm',
    friday: 'Thứ Sáu',
    saturday: 'Thứ Bảy',
    sunday: 'Chủ Nhật',
  },
  months: {
    january: 'tháng 1',
    february: 'tháng 2',
    march: 'tháng 3',
    april: 'tháng 4',
    may: 'tháng 5',
    june: 'tháng 6',
    july: 'tháng 7',
    august: 'tháng 8',
    september: 'tháng 9',
    october: 'tháng 10',
    november: 'tháng 11',
    december: 'tháng 12',
  },

  serviceTypes: {
    meal: 'Bữa ăn',
    drinking_water: 'Nước uống',
    showers: 'Chỗ tắm',
    clothes: 'Quần áo',
    tents_sleeping_bags: 'Lều và túi ngủ',
    phone_charging: 'Sạc điện thoại',
    wifi: 'Wifi',
    first_aid: 'Sơ cứu',
    medical_consultation: 'Khám bệnh',
    mental_health: 'Sức khỏe tinh thần',
    legal_information: 'Thông tin pháp lý',
    asylum_information: 'Thông tin về tị nạn',
    child_protection: 'Bảo vệ trẻ em',
    women_only_space: 'Không gian dành riêng cho phụ nữ',
    shelter_transport: 'Xe đưa đến chỗ ở',
    shelter: 'Chỗ ở',
    hygiene_kits: 'Bộ đồ vệ sinh cá nhân',
    information_point: 'Điểm thông tin',
  },
};
