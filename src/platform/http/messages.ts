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

/**
 * By code; `{name}` repeats a parameter the raise site passes (DomainError params), so a translated detail keeps
 * the dates, months and numbers of the English one. A validation error always passes its `{field}`.
 */
const DETAILS: Record<string, string> = {
  // The HTTP layer and the framework
  VALIDATION_FAILED: 'Beberapa isian tidak valid: {fields}. Lihat errors[] untuk cara memperbaiki masing-masing.',
  UNAUTHENTICATED: 'Token akses tidak ada, tidak valid, atau kedaluwarsa. Masuk kembali.',
  INVALID_CREDENTIALS: 'Nama pengguna atau kata sandi salah.',
  TOO_MANY_LOGIN_ATTEMPTS: 'Terlalu banyak percobaan masuk yang gagal untuk nama pengguna ini: coba lagi dalam {minutes} menit atau minta HR mengatur ulang kata sandi.',
  ABSENCE_TOO_LONG:
    'Satu ketidakhadiran paling lama sepanjang maxAbsenceCalendarDays dalam kebijakan kehadiran: ajukan yang lebih panjang sebagai beberapa ketidakhadiran berurutan.',
  EVIDENCE_QUOTA_EXCEEDED: 'Berkas bukti Anda akan melebihi kuota penyimpanan: ganti berkas lama dengan tautan, atau unggah berkas yang lebih kecil.',
  SPAN_TOO_LONG: 'Rentang tanggal terlalu panjang: berikan tanggal akhir paling lama 366 hari setelah tanggal awal.',
  TOO_MANY_ROWS: 'Terlalu banyak baris dalam satu permintaan: pecah menjadi beberapa permintaan sesuai batas yang disebutkan.',
  TOO_MANY_LOGIN_ATTEMPTS_FROM_ADDRESS: 'Terlalu banyak percobaan masuk yang gagal dari alamat jaringan ini: coba lagi dalam {minutes} menit.',
  FORBIDDEN: 'Anda tidak berhak mengakses objek ini.',
  // A refusal keeps the code FORBIDDEN; its reason says which, in both languages.
  'FORBIDDEN.ROLE_REQUIRED': 'Tindakan ini memerlukan salah satu peran {roles}.',
  'FORBIDDEN.FILE_ONLY_FOR_YOURSELF': 'Anda hanya dapat mengajukan untuk diri sendiri: kosongkan employeeId atau isi dengan id Anda.',
  'FORBIDDEN.EMPLOYEE_ACCOUNT_ONLY': 'Hanya akun pegawai yang dapat melakukan ini; perangkat dan HR memakai rutenya sendiri.',
  'FORBIDDEN.ADMINS_ONLY': 'Hanya admin HR dan admin unit yang dapat melakukan ini.',
  'FORBIDDEN.UNIT_OUT_OF_SCOPE': 'Unit ini berada di luar unit yang Anda kelola.',
  'FORBIDDEN.EMPLOYEE_OUT_OF_SCOPE': 'Pegawai ini berada di luar unit yang Anda kelola.',
  'FORBIDDEN.RECORDS_NOT_YOURS': 'Anda hanya dapat melihat data Anda sendiri, data pegawai yang Anda bawahi, atau data unit yang Anda kelola.',
  'FORBIDDEN.UNIT_NOT_YOURS': 'Anda hanya dapat melihat capaian unit yang Anda pimpin atau kelola.',
  'FORBIDDEN.HR_ONLY_REGRADES': 'Hanya HR yang mengubah kelas jabatan: kelasnya menentukan tunjangan setiap pemegang jabatan itu.',
  'FORBIDDEN.HR_ONLY_WORK_SCHEDULES': 'Hanya admin HR yang menetapkan jadwal kerja.',
  'FORBIDDEN.HR_ONLY_NATIONAL_HOLIDAYS': 'Hanya admin HR yang memasukkan hari libur nasional; isi unitId untuk hari libur lokal.',
  'FORBIDDEN.HR_ONLY_ROOT_UNIT': 'Hanya admin HR yang membuat unit akar (kementerian).',
  'FORBIDDEN.HR_ONLY_UNPLACED_DEVICES': 'Hanya admin HR yang mengelola perangkat yang tidak ditempatkan pada unit.',
  'FORBIDDEN.HR_ONLY_GLOBAL_CATALOGUE': 'Hanya admin HR yang menambah katalog global; isi unitId untuk butir katalog unit.',
  'FORBIDDEN.HR_ONLY_IMPORT': 'Hanya admin HR yang mengimpor kegiatan.',
  'FORBIDDEN.HR_ONLY_ORGANISATIONAL_RATINGS': 'Hanya admin HR yang menetapkan predikat kinerja organisasi.',
  'FORBIDDEN.SUPERVISOR_DECIDES': 'Hanya atasan pegawai pada {date} (pemegang jabatan atasan, Plt atau Plh) yang memutuskan permintaan ini.',
  'FORBIDDEN.OWN_ACTIVITY_ONLY': 'Hanya pegawai yang mencatat kegiatan ini yang dapat mengubahnya atau menambah bukti dukungnya.',
  'FORBIDDEN.SUPERVISOR_REVIEWS': 'Hanya atasan yang menilai kegiatan.',
  'FORBIDDEN.NOT_SUPERVISOR_ON_DATE': 'Anda bukan atasan langsung pegawai pada {date}, sehingga tidak dapat menilai kegiatan {activityId}.',
  'FORBIDDEN.NOT_ONE_OWN_REVIEW': 'Pegawai tidak boleh menilai kegiatannya sendiri.',
  'FORBIDDEN.SUPERVISOR_REVIEWS_PLAN': 'Hanya atasan langsung pegawai pada tanggal SKP yang dapat menyetujui atau mengembalikannya.',
  'FORBIDDEN.NOT_ONE_OWN_PLAN_REVIEW': 'Pegawai tidak boleh menyetujui atau mengembalikan SKP-nya sendiri.',
  'FORBIDDEN.PLAN_OWNER_ASSIGNS': 'Hanya pemilik SKP yang dapat membagikan hasil kerjanya kepada bawahan.',
  'FORBIDDEN.APPRAISALS_NOT_YOURS':
    'Anda hanya dapat melihat penilaian Anda sendiri, penilaian yang Anda berikan atau putuskan sebagai pejabat penilai atau atasannya, atau penilaian unit yang Anda kelola.',
  'FORBIDDEN.SUPERVISOR_GIVES_FEEDBACK': 'Hanya atasan pegawai pada hari itu yang dapat memberinya umpan balik.',
  'FORBIDDEN.APPRAISER_RATES': 'Hanya pejabat penilai pegawai (atasannya pada hari terakhir periode) yang dapat menilainya.',
  'FORBIDDEN.APPRAISERS_SUPERIOR_DECIDES': 'Hanya atasan pejabat penilai yang dapat memutus keberatan.',
  'FORBIDDEN.APPRAISER_MAY_NOT_DECIDE_OBJECTION': 'Pemberi penilaian yang diajukan keberatan tidak boleh memutus keberatan itu.',
  'FORBIDDEN.EMPLOYEE_SELF_ASSESSES': 'Hanya pegawai itu sendiri yang dapat menulis penilaian dirinya.',
  'FORBIDDEN.RATED_EMPLOYEE_ACKNOWLEDGES': 'Hanya pegawai yang dinilai yang dapat menyatakan telah menerima penilaiannya.',
  'FORBIDDEN.RATED_EMPLOYEE_OBJECTS': 'Hanya pegawai yang dinilai yang dapat mengajukan keberatan atas penilaiannya.',
  'FORBIDDEN.PAY_NOT_YOURS': 'Tunjangan dilihat oleh pegawai yang bersangkutan, HR, bagian keuangan, auditor, dan admin unit pegawai; atasan tidak melihat tunjangan timnya.',
  NOT_FOUND: '{what} {id} tidak ada atau tidak dapat Anda lihat.',
  ROUTE_NOT_FOUND: 'Rute ini tidak ada. API berada di /api/v1; lihat /docs.',
  METHOD_NOT_ALLOWED: 'Rute ini tidak menerima metode tersebut.',
  BAD_REQUEST: 'Permintaan tidak dapat diproses; periksa URL, header, dan isinya.',
  INVALID_REFRESH_TOKEN: 'Token penyegaran tidak valid, sudah dipakai, atau kedaluwarsa. Masuk kembali.',
  INVALID_JSON: 'Isi permintaan bukan JSON yang valid: periksa tanda kutip, koma, dan kurung.',
  PAYLOAD_TOO_LARGE: 'Isi permintaan terlalu besar.',
  INVALID_URL: 'URL tidak valid: periksa percent-encoding-nya (tanda % ditulis %25).',
  URI_TOO_LONG: 'Salah satu segmen jalur URL terlalu panjang: id adalah UUID 36 karakter.',
  TOO_DEEPLY_NESTED: 'Isi permintaan bersarang terlalu dalam.',
  INVALID_VALUE: 'Ada nilai dalam permintaan yang formatnya salah.',
  UNSUPPORTED_MEDIA_TYPE: 'Kirim isi permintaan sebagai application/json.',
  'UNSUPPORTED_MEDIA_TYPE.ROUTE_TYPES': 'Rute ini menerima {accepted}, bukan {mediaType}: kirim isi permintaan dengan Content-Type tersebut.',
  CONFLICT: 'Permintaan bertentangan dengan data yang sudah ada.',
  INTERNAL_ERROR: 'Terjadi kesalahan internal. Laporkan requestId ini kepada admin.',
  INVALID_IDEMPOTENCY_KEY: 'Idempotency-Key harus 1–200 karakter, unik untuk setiap tindakan yang dimaksud.',
  IDEMPOTENCY_KEY_IN_FLIGHT: 'Permintaan dengan Idempotency-Key ini masih diproses; tunggu hingga selesai, lalu ulangi dengan kunci yang sama.',
  IDEMPOTENCY_KEY_REUSED: 'Idempotency-Key ini sudah dipakai untuk permintaan lain; gunakan kunci baru untuk permintaan baru.',
  INVALID_CURSOR: '{field} bukan nilai yang diterbitkan API ini: kirim nilai `next` dari halaman sebelumnya.',
  // Shared by several modules
  REQUIRED: '{field} wajib diisi.',
  TOO_LONG: '{field} paling banyak {maxLength} karakter.',
  RANGE_INVERTED: '{field} tidak boleh sebelum tanggal awal rentang.',
  INVALID_DATE: '{field} harus berupa tanggal YYYY-MM-DD.',
  INVALID_TIME: '{field} harus berupa jam HH:mm.',
  INVALID_MONTH: '{field} harus berupa bulan YYYY-MM.',
  INVALID_YEAR: '{field} harus berupa tahun empat digit.',
  INVALID_TIME_ZONE: '{field} harus berupa zona waktu IANA, mis. Asia/Jakarta.',
  INVALID_PERCENT: '{field} harus berupa persentase desimal yang ditulis sebagai teks, mis. "1.25".',
  INVALID_VERSION: '{field} harus bilangan bulat 1 atau lebih.',
  NOT_A_WHOLE_NUMBER: '{field} harus bilangan bulat yang tidak negatif.',
  OUT_OF_RANGE: '{field} berada di luar rentang yang diizinkan; lihat rentangnya di dokumentasi API.',
  NOT_WHOLE_RUPIAH: '{field} harus jumlah rupiah bulat yang tidak negatif, ditulis sebagai teks, mis. "4595150".',
  END_NOT_AFTER_START: '{field} harus sesudah jam mulai pada hari yang sama (untuk kerja lewat tengah malam gunakan shift).',
  MONTH_CLOSED: 'Bulan {month} sudah ditutup: datanya hanya berubah melalui koreksi HR.',
  EMPLOYEE_NOT_PLACED: 'Pegawai tidak memegang jabatan pada {date}.',
  UNIT_NOT_FOUND: '{field} tidak merujuk ke unit yang ada.',
  UNIT_REQUIRED: 'Isi unitId: unit yang dikelola (untuk UNIT_ADMIN, atau perangkat yang didaftarkan admin unit).',
  UNIT_TREE_CYCLE: 'Unit induk yang dipilih adalah unit itu sendiri atau sub-unitnya; pilih unit di luar cabang ini.',
  isYearMonth: '{field} harus berupa bulan YYYY-MM.',
  // Identity
  ACCOUNT_DISABLED: 'Akun ini dinonaktifkan.',
  REFRESH_TOKEN_REUSED: 'Token penyegaran ini sudah pernah dipakai: semua sesi login ini diakhiri. Masuk kembali.',
  PASSWORD_TOO_SHORT: 'Kata sandi minimal 10 karakter.',
  PASSWORD_TOO_LONG: 'Kata sandi paling banyak 200 karakter.',
  PASSWORD_TOO_WEAK: 'Kata sandi harus memuat huruf dan angka.',
  EMPLOYEE_HAS_NO_LOGIN: 'Pegawai ini belum mempunyai akun login: buat dengan POST /employees/<id>/login.',
  LOGIN_EXISTS: 'Pegawai ini sudah mempunyai akun login; gunakan pengaturan ulang kata sandi.',
  UNIT_NOT_ALLOWED: 'unitId hanya berlaku untuk UNIT_ADMIN.',
  // Organization
  NIP_FORMAT: 'NIP harus 18 digit: tanggal lahir YYYYMMDD, TMT pengangkatan YYYYMM, jenis kelamin 1 atau 2, nomor urut NNN.',
  NIP_BIRTH_DATE: 'Digit 1–8 NIP harus tanggal lahir yang benar (YYYYMMDD), tidak sebelum 1900 dan tidak di masa depan.',
  NIP_APPOINTMENT_MONTH: 'Digit 9–14 NIP harus bulan pengangkatan YYYYMM yang sah, setelah bulan lahir.',
  NIP_APPOINTMENT_AGE: 'Bulan pengangkatan pada NIP jatuh sebelum yang bersangkutan berusia 18 tahun; periksa tanggal lahir dan TMT.',
  NIP_SEX_DIGIT: 'Digit 15 NIP adalah jenis kelamin: 1 (laki-laki) atau 2 (perempuan).',
  NIP_SEQUENCE: 'Digit 16–18 NIP adalah nomor urut 001–999, bukan 000.',
  NIP_TAKEN: 'Pegawai dengan NIP {nip} sudah terdaftar.',
  EMPLOYEE_NAME_REQUIRED: 'Nama pegawai wajib diisi sesuai SK.',
  EMPLOYEE_INITIAL_STATUS: 'Status awal pegawai harus PNS, CPNS atau PPPK.',
  STATUS_UNKNOWN: '{field} tidak termasuk status kepegawaian yang dikenal.',
  STATUS_DATE_INVALID: '{field} harus berupa tanggal YYYY-MM-DD.',
  UNIT_CODE_REQUIRED: 'Unit memerlukan kode.',
  UNIT_NAME_REQUIRED: 'Unit memerlukan nama.',
  UNIT_TYPE_UNKNOWN: 'Jenis unit tidak dikenal; lihat pilihan jenis unit di dokumentasi API.',
  UNIT_TIME_ZONE_INVALID: 'Zona waktu harus nama zona IANA, mis. Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT).',
  UNIT_PARENT_REQUIRED: 'Unit ini memerlukan unit induk; hanya kementerian yang menjadi akar.',
  UNIT_MINISTRY_MUST_BE_ROOT: 'Kementerian adalah akar pohon organisasi dan tidak mempunyai unit induk.',
  ROOT_UNIT_EXISTS: 'Kementerian (unit akar) sudah ada: isi parentId.',
  PARENT_UNIT_NOT_FOUND: '{field} tidak merujuk ke unit yang ada.',
  KELAS_OUT_OF_RANGE: 'Kelas jabatan harus bilangan bulat 1 sampai 17.',
  KELAS_UNCHANGED: 'Jabatan ini sudah berkelas {kelas} pada tanggal itu.',
  REGRADE_IN_FUTURE: 'Perubahan kelas berlaku pada {effectiveDate}, sesudah hari ini ({today}); masukkan pada atau sesudah hari itu.',
  REGRADE_BEFORE_LAST: 'Kelas jabatan ini terakhir diubah berlaku {lastEffectiveFrom}; perubahan baru harus berlaku sesudah tanggal itu, bukan {effectiveDate}.',
  POSITION_CODE_REQUIRED: 'Jabatan memerlukan kode.',
  POSITION_NAME_REQUIRED: 'Jabatan memerlukan nama.',
  POSITION_KIND_UNKNOWN: 'Jenis jabatan tidak dikenal; lihat pilihan jenis jabatan di dokumentasi API.',
  POSITION_HIERARCHY_CYCLE: 'Jabatan atasan yang dipilih adalah jabatan ini sendiri atau bawahannya; pilih jabatan yang lebih tinggi.',
  PARENT_POSITION_NOT_FOUND: '{field} tidak merujuk ke jabatan yang ada.',
  POSITION_NOT_FOUND: '{field} tidak merujuk ke jabatan yang ada.',
  ASSIGNMENT_TYPE_UNKNOWN: 'Jenis penugasan tidak dikenal; gunakan DEFINITIVE, PLT atau PLH.',
  ASSIGNMENT_DATE_INVALID: '{field} harus berupa tanggal YYYY-MM-DD.',
  DEFINITIVE_ASSIGNMENT_OVERLAP: 'Pegawai sudah memegang jabatan definitif pada periode itu; akhiri penugasan lama sebelum {startDate}.',
  POSITION_ALREADY_HELD: 'Jabatan struktural ini sudah dipegang pejabat definitif pada periode itu; akhiri penugasan tersebut lebih dulu.',
  POSITION_NOT_VACANT: 'Plt hanya dapat ditunjuk untuk jabatan yang kosong; untuk ketidakhadiran sementara tunjuk Plh.',
  POSITION_ALREADY_HAS_PLT: 'Jabatan ini sudah mempunyai Plt pada periode itu.',
  POSITION_ALREADY_HAS_PLH: 'Jabatan ini sudah mempunyai Plh pada periode itu.',
  PLT_STILL_ACTING: 'Masih ada Plt pada jabatan ini; akhiri penugasan Plt sehari sebelum {startDate}.',
  PLH_WITHOUT_HOLDER:
    'Plh hanya menggantikan pejabat yang berhalangan, tetapi jabatan ini tidak mempunyai pemegang definitif atau Plt setiap hari dari {startDate} sampai {endDate}; untuk jabatan kosong tunjuk Plt.',
  PLH_WOULD_LOSE_HOLDER: 'Mengakhiri penugasan ini akan membuat Plh tidak lagi menggantikan siapa pun; akhiri atau perpendek Plh lebih dulu.',
  PLH_END_DATE_REQUIRED: 'Plh menggantikan ketidakhadiran sementara: isi endDate, hari terakhir ketidakhadiran.',
  ACTING_FOR_ONESELF: 'Seseorang tidak dapat menjadi Plt/Plh atas jabatannya sendiri.',
  ACTING_REQUIRES_STRUCTURAL_POSITION: 'Plt dan Plh hanya untuk jabatan struktural (JPT, administrator, pengawas).',
  ASSIGNMENT_END_BEFORE_START: 'endDate {endDate} sebelum startDate {startDate}; penugasan berlangsung sekurang-kurangnya satu hari.',
  ASSIGNMENT_ALREADY_ENDED: 'Penugasan ini sudah berakhir pada {endDate} dan tidak dapat diperpanjang sampai {proposedEndDate}; buat penugasan baru.',
  STATUS_BEFORE_HIRING: 'Perubahan status tidak dapat berlaku pada {effectiveDate}, sebelum status pertama pegawai pada {firstDate}.',
  STATUS_CHANGE_SAME_DATE: 'Sudah ada perubahan status pada {effectiveDate}; koreksi perubahan tersebut alih-alih menambah yang kedua.',
  STATUS_AFTER_RETIREMENT: 'Pensiun adalah perubahan status terakhir: tidak boleh ada perubahan status sesudahnya.',
  STATUS_UNCHANGED: 'Pegawai sudah berstatus {status} pada {effectiveDate}.',
  HOLIDAY_DATE_INVALID: '{field} harus berupa tanggal YYYY-MM-DD.',
  HOLIDAY_NAME_REQUIRED: 'Hari libur memerlukan nama, mis. "Hari Kemerdekaan".',
  HOLIDAY_EXISTS: 'Sudah ada hari libur pada {date} untuk cakupan yang sama.',
  SHIFT_CODE_REQUIRED: 'Shift memerlukan kode, mis. "MALAM".',
  SHIFT_TIME_INVALID: '{field} harus berupa jam HH:mm.',
  SHIFT_ZERO_LENGTH: 'Shift tidak boleh mulai dan berakhir pada jam yang sama.',
  SHIFT_BREAK_INVALID: 'breakMinutes harus bilangan bulat dari 0 sampai kurang dari panjang shift.',
  SHIFT_NOT_FOUND: '{field} tidak merujuk ke shift yang ada.',
  ROSTER_DATE_INVALID: '{field} harus berupa tanggal YYYY-MM-DD.',
  SCHEDULE_CODE_REQUIRED: 'Jadwal kerja memerlukan kode.',
  SCHEDULE_CODE_TAKEN: 'Sudah ada jadwal kerja dengan kode {code}.',
  SCHEDULE_NOT_FOUND: '{field} tidak merujuk ke jadwal kerja yang ada.',
  WORK_SCHEDULE_ORDER: 'Urutan jam harus mulai < mulai istirahat ≤ akhir istirahat < selesai.',
  WORK_SCHEDULE_TIME_INVALID: '{field} harus berupa jam HH:mm.',
  WORK_SCHEDULE_BREAK_INCOMPLETE: 'Isi breakStart dan breakEnd sekaligus, atau keduanya dikosongkan untuk hari tanpa istirahat.',
  WEEKDAY_UNKNOWN: 'Kunci days adalah hari ISO "1" (Senin) sampai "7" (Minggu).',
  // Attendance
  ARRAY_REQUIRED: 'Isi permintaan harus berupa larik JSON berisi {nip, at, direction?}.',
  INVALID_DEVICE_KEY: 'Kunci perangkat tidak ada, salah, atau sudah dicabut untuk perangkat ini: kirim X-Device-Key sesuai yang diterbitkan.',
  INVALID_INSTANT: 'at harus berupa waktu ISO 8601 dengan offset, mis. 2026-06-15T07:29:00+07:00.',
  INSTANT_IN_FUTURE: 'Waktu at berada di masa depan: periksa jam perangkat.',
  INVALID_ROW: 'Setiap baris harus berupa objek {nip, at, direction?, deviceId?}.',
  INVALID_NIP: 'nip harus NIP 18 digit yang ditulis sebagai teks.',
  INVALID_DIRECTION: 'direction harus IN, OUT, atau dikosongkan.',
  INVALID_DEVICE_ID: 'deviceId harus berupa id perangkat (uuid).',
  DEVICE_MISMATCH: 'Perangkat hanya mengirim kejadiannya sendiri: kosongkan deviceId atau isi dengan perangkat ini.',
  UNKNOWN_NIP: 'Tidak ada pegawai dengan NIP tersebut.',
  UNKNOWN_DEVICE: 'deviceId bukan perangkat presensi yang terdaftar.',
  CLOCK_EVENT_EXISTS: 'Presensi pegawai ini pada {at} sudah tercatat; tidak ada yang ditambahkan.',
  ABSENCES_OVERLAP: 'Ketidakhadiran dari {startDate} sampai {endDate} bertumpang tindih dengan ketidakhadiran lain yang diajukan atau disetujui.',
  ANNUAL_LEAVE_EXCEEDS_ENTITLEMENT:
    'Permintaan mencakup {requested} hari kerja cuti tahunan, tetapi hanya tersisa {remaining} dari {available} untuk {year} ({used} sudah dipakai, termasuk cuti bersama).',
  PERMIT_EXISTS: 'Izin {type} untuk {date} sudah diajukan atau disetujui.',
  MISSING_PUNCH_TIME_REQUIRED: 'Izin MISSING_PUNCH harus menyebut jam presensi yang terlewat sebagai HH:mm.',
  ALREADY_DECIDED: 'Permintaan ini sudah diputuskan ({status}).',
  POLICY_VERSION_EXISTS: 'Sudah ada versi kebijakan yang berlaku pada {effectiveFrom}; pilih tanggal lain.',
  SICK_LEAVE_EPISODE_DAY_REQUIRED: 'Hari sakit memerlukan nomor hari kerjanya dalam satu episode (1 atau lebih).',
  NO_WORKING_WEEKDAY: 'Jadwal kerja memerlukan sekurang-kurangnya satu hari kerja.',
  INCOMPLETE_BREAK: '{field}: isi mulai dan akhir istirahat sekaligus, atau keduanya dikosongkan.',
  BREAK_OUTSIDE_HOURS: '{field}: istirahat harus di dalam jam kerja dan berakhir sesudah mulai.',
  INVALID_BREAK: '{field} harus bilangan bulat menit yang lebih pendek dari shift.',
  FOUR_BANDS_REQUIRED: 'bands harus memuat tepat empat tingkat (TL1–TL4 / PSW1–PSW4).',
  BANDS_NOT_ASCENDING: '{field}: tingkat dimulai dari menit ke-1 dan masing-masing dimulai tepat sesudah tingkat sebelumnya; tingkat terakhir tanpa batas atas (null).',
  BAND_PERCENT_DECREASING: '{field} tidak boleh lebih kecil dari persentase tingkat sebelumnya.',
  CAP_ABOVE_ABSENCE: 'dailyDeductionCapPercent tidak boleh melebihi absentWithoutReasonPercent: hari hadir tidak pernah lebih mahal dari hari tidak hadir.',
  BELOW_ENTITLEMENT: 'annualLeave.maxAvailableWorkingDays harus bilangan bulat yang tidak kurang dari hak cuti tahunan.',
  // Activity logging
  ACTIVITIES_OVERLAP: 'Kegiatan ini bertumpang tindih waktunya dengan kegiatan lain pada hari yang sama.',
  ACTIVITY_ALREADY_APPROVED: 'Kegiatan sudah disetujui; bukti dukungnya tidak dapat diubah lagi.',
  ACTIVITY_IN_FUTURE: 'Kegiatan hanya dapat dicatat sesudah selesai.',
  ACTIVITY_NOT_AWAITING_REVIEW: 'Kegiatan berstatus {status}, tidak sedang menunggu penilaian.',
  ACTIVITY_NOT_REJECTED: 'Hanya kegiatan yang ditolak yang dapat dikoreksi; kegiatan ini berstatus {status}.',
  ACTIVITY_ON_LEAVE_DAY: 'Pegawai sedang cuti/tidak hadir pada {date}.',
  APPROVED_QUANTITY_ABOVE_CLAIMED: 'Jumlah yang disetujui tidak boleh melebihi jumlah yang diajukan ({claimed}).',
  DAILY_CLAIM_CAP_EXCEEDED: 'Kegiatan ini melampaui batas harian {capMinutes} menit; tersisa {remainingMinutes} menit pada hari itu.',
  ENTRY_WINDOW_CLOSED: 'Kegiatan dapat dicatat paling lambat {windowDays} hari sesudah tanggalnya; {date} sudah {daysAgo} hari yang lalu.',
  RESULT_NOT_IN_OWN_APPROVED_PLAN: 'Hasil kerja tersebut tidak ada dalam SKP Anda yang disetujui untuk {date}.',
  REJECTION_REASON_REQUIRED: 'Penolakan memerlukan alasan.',
  NOTE_REQUIRED_FOR_LOWER_QUANTITY: 'Jelaskan mengapa jumlah yang lebih kecil disetujui.',
  UNKNOWN_CATALOG_ITEM: 'Butir katalog {catalogCode} tidak tersedia bagi Anda.',
  CATALOG_ITEM_EXISTS: 'Katalog sudah memuat butir {code} di sini.',
  INVALID_MINUTES_PER_UNIT: 'minutesPerUnit harus bilangan bulat menit yang positif.',
  INVALID_QUANTITY: '{field} harus bilangan positif dengan paling banyak 2 angka desimal.',
  RESULT_XOR_ADDITIONAL_TASK: 'Pilih salah satu: hasil kerja SKP yang didukung kegiatan, atau tandai sebagai tugas tambahan.',
  INVALID_EVIDENCE_URL: 'Tautan bukti dukung harus URL http(s).',
  INVALID_EVIDENCE: 'Bukti dukung berupa tautan atau berkas yang tersimpan.',
  EVIDENCE_EMPTY: 'Berkas yang diunggah kosong.',
  EVIDENCE_TYPE_MISMATCH: 'Isi berkas bukan {declaredType}; unggah PDF, JPEG atau PNG yang sebenarnya.',
  EVIDENCE_TYPE_UNSUPPORTED: 'Unggah berkas sebagai isi permintaan mentah dengan Content-Type application/pdf, image/jpeg atau image/png.',
  IMPORT_BODY: 'Isi permintaan harus berupa larik JSON berisi 1 sampai 10.000 kegiatan.',
  IMPORT_ROW: 'Baris {field} bukan objek.',
  NO_SUPERVISOR_ON_DATE: 'Pegawai tidak mempunyai atasan pada {date} yang dapat menilai kegiatan itu.',
  // Performance planning
  UNIT_TARGET_EXISTS: 'Unit sudah mempunyai sasaran {code} untuk {year}.',
  RESULT_SOURCE_REQUIRED: 'Hasil kerja diturunkan dari tepat satu sumber: hasil kerja SKP atasan (parentResultId) atau sasaran unit (unitTargetId).',
  INDICATOR_REQUIRED: 'Hasil kerja memerlukan sekurang-kurangnya satu indikator.',
  UNKNOWN_UNIT_TARGET_KIND: 'kind tidak termasuk jenis sasaran unit yang dikenal.',
  UNKNOWN_INDICATOR_ASPECT: '{field} tidak termasuk aspek indikator yang dikenal (kuantitas, kualitas, waktu, biaya).',
  QUALITY_TARGET_ABOVE_100: 'Target kualitas adalah skor paling tinggi 100.',
  TIME_TARGET_ABOVE_12_MONTHS: 'Target waktu paling lama 12 bulan.',
  NOT_A_DECIMAL: '{field} harus bilangan desimal seperti "12" atau "2.5".',
  NOT_POSITIVE: '{field} harus lebih besar dari nol.',
  PERIOD_END_BEFORE_START: 'periodEnd tidak boleh sebelum periodStart.',
  CLOSE_DATE_OUTSIDE_PERIOD: 'Tanggal penutupan harus berada dalam periode SKP {periodStart}..{periodEnd}.',
  DATE_OUTSIDE_PLAN_YEAR: '{field} harus tanggal pada tahun {year}.',
  PLAN_NOT_EDITABLE: 'Hasil kerja hanya dapat diubah selama SKP berstatus DRAFT atau RETURNED; SKP ini berstatus {status}. Mulai revisi untuk mengubah SKP yang disetujui.',
  PLAN_HAS_NO_RESULTS: 'SKP memerlukan sekurang-kurangnya satu hasil kerja sebelum diajukan.',
  PLAN_CLOSED: 'SKP sudah ditutup (periodenya berakhir) dan tidak dapat diubah lagi.',
  PLAN_PERIODS_OVERLAP: 'Pegawai sudah mempunyai SKP untuk {periodStart}..{periodEnd}; tutup SKP itu sebelum memulai yang baru.',
  ILLEGAL_PLAN_TRANSITION: 'Langkah ini tidak berlaku untuk SKP berstatus {status}.',
  RESULT_MUST_CASCADE_FROM_SUPERVISOR_PLAN: 'Hasil kerja harus diturunkan dari hasil kerja SKP atasan yang sudah disetujui.',
  PARENT_RESULT_NOT_IN_SUPERVISOR_APPROVED_PLAN: 'Hasil kerja induk tidak ada dalam SKP atasan yang disetujui untuk {year}.',
  UNIT_HEAD_RESULT_MUST_CASCADE_FROM_UNIT_TARGET: 'Hasil kerja kepala unit harus diturunkan dari sasaran unitnya.',
  UNIT_TARGET_NOT_OF_HEAD_UNIT_AND_YEAR: 'Sasaran unit harus milik unit kepala itu sendiri dan tahun {year}.',
  // Appraisal
  // Corrections of a closed month
  DECISION_UNCHANGED: 'Keputusan pengajuan ini sudah seperti itu: tidak ada yang dikoreksi.',
  CLOCK_EVENT_ALREADY_VOIDED: 'Presensi ini sudah dibatalkan.',
  INVALID_CLOCK_EVENT_ID: 'id harus id presensi sebagaimana tercantum pada GET /attendance/clock-events.',
  NO_SUPERIOR: 'Penilai yang keberatannya diajukan tidak mempunyai atasan pada hari terakhir periode, sehingga keputusan keberatan tidak dapat dicatat atas namanya.',
  INVALID_PERIOD: '{field} harus berupa bulan (YYYY-MM) atau tahun (YYYY).',
  INVALID_PERIOD_LENGTH: 'Periode penilaian hanya boleh 1, 3, 6 atau 12 bulan.',
  NOT_A_PERIOD_END: '{period} bukan akhir periode penilaian {lengthMonths} bulan.',
  INVALID_OBJECTION_WINDOW: 'Jangka waktu keberatan adalah bilangan bulat hari, nol atau lebih.',
  INVALID_RATING_MULTIPLIER: '{field} harus bilangan desimal dari 0 sampai 1.',
  INVALID_ORGANISATIONAL_RATING: 'rating tidak termasuk predikat kinerja organisasi yang dikenal.',
  UNKNOWN_BERAKHLAK_VALUE: '{field} bukan nilai BerAKHLAK yang dikenal.',
  INVALID_RATING: '{field} harus BELOW, AS_EXPECTED atau ABOVE.',
  DUPLICATE_BERAKHLAK_VALUE: 'Nilai {value} dinilai lebih dari sekali.',
  FEEDBACK_NOTE_REQUIRED: 'Umpan balik memerlukan catatan.',
  SELF_ASSESSMENT_REQUIRED: 'Penilaian diri tidak boleh kosong.',
  REASON_REQUIRED: 'Isi alasannya.',
  ALREADY_RATED: 'Pegawai sudah dinilai untuk periode ini: penilaian diri hanya sebelum penilaian, dan penilaian diubah melalui revisi dengan alasan.',
  PERIOD_NOT_OVER: 'Periode penilaian {period} berlangsung sampai {lastDay}: beri penilaian mulai {from}, sesudah periodenya berakhir.',
  NOT_RATED: 'Pegawai belum dinilai untuk periode ini.',
  NO_APPRAISER: 'Pegawai tidak mempunyai atasan pada hari terakhir periode, sehingga tidak ada yang dapat menilainya; perbaiki hierarki jabatan lebih dulu.',
  NO_APPRAISERS_SUPERIOR: 'Pejabat penilai tidak mempunyai atasan yang memutus keberatan; perbaiki hierarki jabatan lebih dulu.',
  OBJECTION_PENDING: 'Penilaian sedang diajukan keberatan; atasan pejabat penilai yang memutuskannya.',
  OBJECTION_ALREADY_OPEN: 'Keberatan atas penilaian ini sudah menunggu keputusan.',
  OBJECTION_DECISION_IS_FINAL: 'Penilaian ini adalah keputusan atas keberatan dan tidak dapat diajukan keberatan lagi.',
  ALREADY_OBJECTED: 'Keberatan atas penilaian ini sudah diputus.',
  NO_OPEN_OBJECTION: 'Tidak ada keberatan yang menunggu keputusan.',
  OBJECTION_WINDOW_CLOSED: 'Keberatan atas penilaian tanggal {ratedOn} dapat diajukan paling lambat {lastDay}.',
  OBJECTION_BEFORE_RATING: 'Keberatan tidak dapat bertanggal sebelum penilaian pada {ratedOn}.',
  DATE_BEFORE_PREVIOUS_STEP: '{field} {date} sebelum {earliest}, tanggal langkah sebelumnya.',
  ORGANISATIONAL_RATING_REQUIRED: 'Penilaian tahunan kepala unit mengikuti predikat kinerja organisasi unitnya untuk {year}, yang belum ditetapkan.',
  UNIT_HEAD_RESULT_RATING_MUST_EQUAL_ORGANISATIONAL_RATING: 'Rating hasil kerja kepala unit mengikuti predikat kinerja organisasi ({organisationalRating}): harus "{expected}".',
  // Remuneration
  NOT_A_SATKER: 'satkerId harus unit yang ditandai sebagai satker (isSatker).',
  CAP_BELOW_TARGET: 'dailyCapMinutes tidak boleh kurang dari dailyTargetMinutes, atau tidak ada yang dapat mencapai target.',
  INVALID_DAY: '{field} harus bilangan bulat 1 sampai 28.',
  UNKNOWN_KELAS: '{field} bukan kelas jabatan (1–17).',
  MISSING_KELAS: '{field} tidak ada: tabel menetapkan jumlah untuk setiap kelas 1–17.',
  DUPLICATE_EFFECTIVE_DATE: 'Dua tabel tunjangan berlaku pada {effectiveFrom}.',
  NO_ALLOWANCE_TABLE_IN_FORCE: 'Tidak ada tabel tunjangan yang berlaku pada {date}.',
  ALLOWANCE_TABLE_EXISTS: 'Sudah ada tabel tunjangan yang berlaku pada {effectiveFrom}.',
  MONTH_NOT_OVER: 'Bulan {month} belum berakhir (hari terakhirnya {lastDay}): bulan itu dapat ditutup mulai hari berikutnya.',
  MONTH_NOT_CLOSED: 'Bulan {month} berstatus {status}: hanya laporan tunjangan bulan yang sudah ditutup yang dapat dipakai di sini.',
  MONTH_MISMATCH: 'Laporan tunjangan untuk {month} tidak dapat dihitung ulang dari masukan bulan {inputMonth}.',
  INVALID_WEBHOOK_URL: 'url harus URL http:// atau https:// yang lengkap tanpa nama pengguna atau kata sandi, mis. https://payroll.example.go.id/hooks/tukin.',
  UNKNOWN_PREDIKAT: 'rating harus predikat kinerja atau null.',
  UNKNOWN_CODE: '{field} harus kode kehadiran atau cuti.',
  UNKNOWN_STATUS: '{field} harus status kepegawaian atau null.',
  INVALID_PREVIOUS_NET: 'previousNet bernilai null tepat untuk versi 1.',
  NOT_EVERY_CALENDAR_DAY: '{field} harus memuat setiap hari kalender bulan itu, berurutan.',
  STEPS_NOT_ASCENDING: '{field} harus sesudah tanggal langkah sebelumnya.',
};

/** The noun of a NOT_FOUND detail (the English `what`), in Bahasa Indonesia. */
const WHATS: Record<string, string> = {
  Activity: 'Kegiatan',
  'Allowance table': 'Tabel tunjangan',
  Appraisal: 'Penilaian',
  Assignment: 'Penugasan',
  'Attendance device': 'Perangkat presensi',
  'Attendance policy': 'Kebijakan presensi',
  'Catalogue item': 'Butir katalog',
  'Dead letter': 'Pesan gagal (dead letter)',
  Employee: 'Pegawai',
  'Evidence file of activity': 'Berkas bukti dukung kegiatan',
  Holiday: 'Hari libur',
  'Login of employee': 'Akun login pegawai',
  'Performance plan': 'SKP',
  'Planned result': 'Hasil kerja',
  Position: 'Jabatan',
  'Role grant': 'Pemberian peran',
  Sanction: 'Sanksi',
  Shift: 'Shift',
  'Supervisor of employee': 'Atasan pegawai',
  'Unit target': 'Sasaran unit',
  Unit: 'Unit',
  Webhook: 'Webhook',
  'Work schedule': 'Jadwal kerja',
  Absence: 'Ketidakhadiran',
  Permit: 'Izin',
  'Allowance statement of employee': 'Laporan tunjangan pegawai',
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

type Params = Record<string, string | number>;

/** The template of a code (a refusal's own `FORBIDDEN.<reason>` first); undefined when it has none. */
export function indonesianTemplate(code: string, params: Params = {}): string | undefined {
  return (params.reason !== undefined ? DETAILS[`${code}.${params.reason}`] : undefined) ?? DETAILS[code];
}

/** The template's `{name}`s filled from the parameters; null when one is missing, which would leave a hole. */
function fill(template: string, params: Params): string | null {
  let complete = true;
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = name === 'what' ? (WHATS[String(params.what)] ?? params.what) : params[name];
    if (value === undefined) complete = false;
    return String(value);
  });
  return complete ? text : null;
}

export function detailFor(code: string, english: string, lang: Lang, params: Params = {}): string {
  if (lang !== 'id') return english;
  const template = indonesianTemplate(code, params);
  return (template !== undefined ? fill(template, params) : null) ?? english;
}

/** A field error's code is a class-validator constraint or a domain code; both are translated. */
export function fieldMessageFor(code: string, english: string, lang: Lang, params: Params = {}): string {
  if (lang !== 'id') return english;
  if (FIELD_MESSAGES[code]) return FIELD_MESSAGES[code];
  const template = indonesianTemplate(code, params);
  return (template !== undefined ? fill(template, params) : null) ?? english;
}

/** Whether a NOT_FOUND noun has its Bahasa Indonesia. */
export function hasIndonesianNoun(what: string): boolean {
  return WHATS[what] !== undefined;
}

export function languageOf(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'en';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('id') || first.startsWith('in') ? 'id' : 'en';
}
