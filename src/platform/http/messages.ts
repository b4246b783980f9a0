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

export function fieldMessageFor(constraint: string, english: string, lang: Lang): string {
  return lang === 'id' && FIELD_MESSAGES[constraint] ? FIELD_MESSAGES[constraint] : english;
}

export function languageOf(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'en';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('id') || first.startsWith('in') ? 'id' : 'en';
}
