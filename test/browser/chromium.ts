import { existsSync } from 'node:fs';

/** Debian's Chromium (`apt-get install -y chromium`); without it the browser tests are skipped and the run says so. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
