/**
 * Bahasa Indonesia for what the API says. English is written where the error is raised; this catalogue
 * translates by stable code, so a code without an entry falls back to English rather than to nothing.
 */
type Lang = 'en' | 'id';

const TITLES: Record<number, Record<Lang, string>> = {
  400: { en: 'The request is invalid', id: 'Permintaan tidak valid' },
  401: { en: 'Authentication required', id: 'Autentikasi diperlukan' },
  403: { en: 'Forbidden', id: 'Akses ditolak' },
  404: { en: 'Not found', id: 'Tidak ditemukan' },
  405: { en: 'Method not allowed', id: 'Metode tidak diizinkan' },
  409: { en: 'Conflict', id: 'Konflik' },
  413: { en: 'Request too large', id: 'Permintaan terlalu besar' },
  414: { en: 'URI too long', id: 'URI terlalu panjang' },
  415: { en: 'Unsupported media type', id: 'Jenis media tidak didukung' },
  422: { en: 'A business rule was broken', id: 'Aturan bisnis dilanggar' },
  429: { en: 'Too many requests', id: 'Terlalu banyak permintaan' },
  500: { en: 'Internal error', id: 'Kesalahan internal' },
};

const DETAILS: Record<string, string> = {
  VALIDATION_FAILED: 'Beberapa isian tidak valid; lihat errors[] untuk rinciannya.',
  UNAUTHENTICATED: 'Token akses tidak ada, tidak valid, atau kedaluwarsa. Masuk kembali.',
  INVALID_CREDENTIALS: 'Nama pengguna atau kata sandi salah.',
  TOO_MANY_LOGIN_ATTEMPTS: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi nanti.',
  ABSENCE_TOO_LONG:
    'Satu ketidakhadiran paling lama sepanjang maxAbsenceCalendarDays dalam kebijakan kehadiran: ajukan yang lebih panjang sebagai beberapa ketidakhadiran berurutan.',
  EVIDENCE_QUOTA_EXCEEDED: 'Berkas bukti Anda akan melebihi kuota penyimpanan: ganti berkas lama dengan tautan, atau unggah berkas yang lebih kecil.',
  SPAN_TOO_LONG: 'Rentang tanggal terlalu panjang: berikan tanggal akhir paling lama 366 hari setelah tanggal awal.',
  TOO_MANY_ROWS: 'Terlalu banyak baris dalam satu permintaan: pecah menjadi beberapa permintaan sesuai batas yang disebutkan.',
  TOO_MANY_LOGIN_ATTEMPTS_FROM_ADDRESS: 'Terlalu banyak percobaan masuk yang gagal dari alamat jaringan ini. Coba lagi nanti.',
  FORBIDDEN: 'Anda tidak berhak mengakses objek ini.',
  NOT_FOUND: 'Objek yang diminta tidak ada atau tidak dapat Anda lihat.',
  ROUTE_NOT_FOUND: 'Rute ini tidak ada.',
  INVALID_REFRESH_TOKEN: 'Token penyegaran tidak valid, sudah dipakai, atau kedaluwarsa. Masuk kembali.',
  INVALID_JSON: 'Isi permintaan bukan JSON yang valid.',
  PAYLOAD_TOO_LARGE: 'Isi permintaan terlalu besar.',
  INVALID_URL: 'URL tidak valid: periksa percent-encoding-nya (tanda % ditulis %25).',
  URI_TOO_LONG: 'Salah satu segmen jalur URL terlalu panjang.',
  TOO_DEEPLY_NESTED: 'Isi permintaan bersarang terlalu dalam.',
  INVALID_VALUE: 'Ada nilai dalam permintaan yang formatnya salah.',
  UNSUPPORTED_MEDIA_TYPE: 'Kirim isi permintaan sebagai application/json.',
  CONFLICT: 'Permintaan bertentangan dengan data yang sudah ada.',
  INTERNAL_ERROR: 'Terjadi kesalahan internal. Laporkan requestId ini kepada admin.',
  ACCOUNT_DISABLED: 'Akun ini dinonaktifkan.',
  REFRESH_TOKEN_REUSED: 'Token penyegaran ini sudah pernah dipakai: semua sesi login ini diakhiri. Masuk kembali.',
  INVALID_IDEMPOTENCY_KEY: 'Idempotency-Key harus 1–200 karakter, unik untuk setiap tindakan yang dimaksud.',
  IDEMPOTENCY_KEY_IN_FLIGHT: 'Permintaan dengan Idempotency-Key ini masih diproses; tunggu hingga selesai, lalu ulangi dengan kunci yang sama.',
  IDEMPOTENCY_KEY_REUSED: 'Idempotency-Key ini sudah dipakai untuk permintaan lain; gunakan kunci baru untuk permintaan baru.',
  INVALID_CURSOR: 'cursor bukan yang diterbitkan API ini: kirim nilai `next` dari halaman sebelumnya.',
  // Organization
  NIP_FORMAT: 'NIP harus 18 digit: tanggal lahir YYYYMMDD, TMT pengangkatan YYYYMM, jenis kelamin 1 atau 2, nomor urut NNN.',
  NIP_BIRTH_DATE: 'Digit 1–8 NIP harus tanggal lahir yang benar (YYYYMMDD), tidak sebelum 1900 dan tidak di masa depan.',
  NIP_APPOINTMENT_MONTH: 'Digit 9–14 NIP harus bulan pengangkatan YYYYMM yang sah, setelah bulan lahir.',
  NIP_APPOINTMENT_AGE: 'Bulan pengangkatan pada NIP jatuh sebelum yang bersangkutan berusia 18 tahun; periksa tanggal lahir dan TMT.',
  NIP_SEX_DIGIT: 'Digit 15 NIP adalah jenis kelamin: 1 (laki-laki) atau 2 (perempuan).',
  NIP_SEQUENCE: 'Digit 16–18 NIP adalah nomor urut 001–999, bukan 000.',
  NIP_TAKEN: 'Pegawai dengan NIP ini sudah terdaftar.',
  EMPLOYEE_NAME_REQUIRED: 'Nama pegawai wajib diisi sesuai SK.',
  EMPLOYEE_INITIAL_STATUS: 'Status awal pegawai harus PNS, CPNS atau PPPK.',
  UNIT_TIME_ZONE_INVALID: 'Zona waktu harus nama zona IANA, mis. Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT).',
  UNIT_PARENT_REQUIRED: 'Unit ini memerlukan unit induk; hanya kementerian yang menjadi akar.',
  UNIT_MINISTRY_MUST_BE_ROOT: 'Kementerian adalah akar pohon organisasi dan tidak mempunyai unit induk.',
  UNIT_TREE_CYCLE: 'Unit induk yang dipilih adalah unit itu sendiri atau sub-unitnya; pilih unit di luar cabang ini.',
  ROOT_UNIT_EXISTS: 'Kementerian (unit akar) sudah ada: isi parentId.',
  PARENT_UNIT_NOT_FOUND: 'Unit induk tidak ditemukan.',
  UNIT_NOT_FOUND: 'Unit tidak ditemukan.',
  KELAS_OUT_OF_RANGE: 'Kelas jabatan harus bilangan bulat 1 sampai 17.',
  POSITION_HIERARCHY_CYCLE: 'Jabatan atasan yang dipilih adalah jabatan ini sendiri atau bawahannya; pilih jabatan yang lebih tinggi.',
  PARENT_POSITION_NOT_FOUND: 'Jabatan atasan tidak ditemukan.',
  POSITION_NOT_FOUND: 'Jabatan tidak ditemukan.',
  DEFINITIVE_ASSIGNMENT_OVERLAP: 'Pegawai sudah memegang jabatan definitif pada periode itu; akhiri penugasan lama lebih dulu.',
  POSITION_ALREADY_HELD: 'Jabatan struktural ini sudah dipegang pejabat definitif pada periode itu.',
  POSITION_NOT_VACANT: 'Plt hanya dapat ditunjuk untuk jabatan yang kosong.',
  POSITION_ALREADY_HAS_PLT: 'Jabatan ini sudah mempunyai Plt pada periode itu.',
  POSITION_ALREADY_HAS_PLH: 'Jabatan ini sudah mempunyai Plh pada periode itu.',
  PLT_STILL_ACTING: 'Masih ada Plt pada jabatan ini; akhiri penugasan Plt sehari sebelumnya.',
  PLH_WITHOUT_HOLDER: 'Plh hanya menggantikan pejabat yang berhalangan: setiap hari Plh harus ada pemegang jabatan.',
  PLH_WOULD_LOSE_HOLDER: 'Mengakhiri penugasan ini akan membuat Plh tidak lagi menggantikan siapa pun.',
  PLH_END_DATE_REQUIRED: 'Plh menggantikan ketidakhadiran sementara: isi endDate, hari terakhir ketidakhadiran.',
  ACTING_FOR_ONESELF: 'Seseorang tidak dapat menjadi Plt/Plh atas jabatannya sendiri.',
  ACTING_REQUIRES_STRUCTURAL_POSITION: 'Plt dan Plh hanya untuk jabatan struktural (JPT, administrator, pengawas).',
  ASSIGNMENT_END_BEFORE_START: 'endDate tidak boleh sebelum startDate.',
  ASSIGNMENT_ALREADY_ENDED: 'Penugasan ini sudah berakhir lebih awal dan tidak dapat diperpanjang; buat penugasan baru.',
  STATUS_BEFORE_HIRING: 'Perubahan status tidak boleh sebelum status pertama pegawai.',
  STATUS_CHANGE_SAME_DATE: 'Sudah ada perubahan status pada tanggal itu; koreksi perubahan tersebut.',
  STATUS_AFTER_RETIREMENT: 'Pegawai sudah pensiun; tidak ada perubahan status sesudahnya.',
  STATUS_UNCHANGED: 'Pegawai sudah berstatus itu pada tanggal tersebut.',
  HOLIDAY_EXISTS: 'Sudah ada hari libur pada tanggal itu untuk cakupan yang sama.',
  SHIFT_ZERO_LENGTH: 'Shift tidak boleh mulai dan berakhir pada jam yang sama.',
  SHIFT_BREAK_INVALID: 'breakMinutes harus bilangan bulat dari 0 sampai kurang dari panjang shift.',
  WORK_SCHEDULE_ORDER: 'Urutan jam harus mulai < mulai istirahat ≤ akhir istirahat < selesai.',
  // Identity
  PASSWORD_TOO_SHORT: 'Kata sandi minimal 10 karakter.',
  PASSWORD_TOO_WEAK: 'Kata sandi harus memuat huruf dan angka.',
  EMPLOYEE_HAS_NO_LOGIN: 'Pegawai ini belum mempunyai akun login: buat dengan POST /employees/{id}/login.',
  LOGIN_EXISTS: 'Pegawai ini sudah mempunyai akun login.',
  UNIT_REQUIRED: 'unitId wajib untuk UNIT_ADMIN: unit yang dikelolanya.',
  UNIT_NOT_ALLOWED: 'unitId hanya berlaku untuk UNIT_ADMIN.',
  // Appraisal
  PERIOD_NOT_OVER: 'Periode penilaian belum berakhir: penilaian diberikan mulai hari sesudah hari terakhir periode.',
  // Corrections of a closed month
  DECISION_UNCHANGED: 'Keputusan pengajuan ini sudah seperti itu: tidak ada yang dikoreksi.',
  CLOCK_EVENT_ALREADY_VOIDED: 'Presensi ini sudah dibatalkan.',
  INVALID_CLOCK_EVENT_ID: 'id harus id presensi sebagaimana tercantum pada GET /attendance/clock-events.',
  NO_SUPERIOR: 'Penilai yang keberatannya diajukan tidak mempunyai atasan pada hari terakhir periode, sehingga keputusan keberatan tidak dapat dicatat atas namanya.',
};

const FIELD_MESSAGES: Record<string, string> = {
  whitelistValidation: 'isian ini tidak dikenal; hapus isian ini',
  isDefined: 'isian ini wajib diisi',
  isNotEmpty: 'isian ini wajib diisi',
  isString: 'harus berupa teks',
  isInt: 'harus berupa bilangan bulat',
  isBoolean: 'harus true atau false',
  isIn: 'nilainya tidak termasuk pilihan yang diizinkan',
  isEnum: 'nilainya tidak termasuk pilihan yang diizinkan',
  maxLength: 'terlalu panjang',
  minLength: 'terlalu pendek',
  min: 'terlalu kecil',
  max: 'terlalu besar',
  isUuid: 'harus berupa UUID',
  matches: 'formatnya tidak sesuai',
  isLocalDate: 'harus berupa tanggal YYYY-MM-DD yang valid',
  isYearMonth: 'harus berupa bulan YYYY-MM',
  isTimeOfDay: 'harus berupa jam HH:mm',
  isTimeZone: 'harus berupa zona waktu IANA, mis. Asia/Jakarta',
  isNotBlank: 'wajib diisi dengan alasannya; tidak boleh kosong',
  isArray: 'harus berupa larik',
  isObject: 'harus berupa objek',
  nestedValidation: 'harus berupa objek yang valid',
  isUrl: 'harus berupa URL',
};

export function titleFor(status: number, lang: Lang): string {
  return (TITLES[status] ?? TITLES[status >= 500 ? 500 : 400])[lang];
}

export function detailFor(code: string, english: string, lang: Lang): string {
  return lang === 'id' ? (DETAILS[code] ?? english) : english;
}

/** A field error's code is a class-validator constraint or a domain code; both are translated. */
export function fieldMessageFor(code: string, english: string, lang: Lang): string {
  if (lang !== 'id') return english;
  return FIELD_MESSAGES[code] ?? DETAILS[code] ?? english;
}

export function languageOf(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'en';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('id') || first.startsWith('in') ? 'id' : 'en';
}
