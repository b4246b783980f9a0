/** The port attendance needs answered by remuneration, which it cannot import (see the port). */
export { SanctionsInForce } from '../application/ports/sanctions-in-force';
