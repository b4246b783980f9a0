import { AccessTokenClaims } from '../../../../platform/auth/jwt.strategy';

/** Signs the short-lived access token the API's guard verifies. */
export abstract class AccessTokenSigner {
  abstract sign(claims: AccessTokenClaims): Promise<string>;
}
