// Stripe's checkout types (cjs/resources/Checkout/Sessions.d.ts, round 253): a union of two-letter country
// codes on one line holds Ecuador's `'EC'`, no elliptic curve; a key type's union still names RSA.
export type AllowedCountry = 'AC' | 'AD' | 'AE' | 'DZ' | 'EC' | 'EE' | 'EG' | 'ZW';
export type KeyType = 'RSA' | 'Ed25519';  // qready-expect: RSA reference; EdDSA reference
