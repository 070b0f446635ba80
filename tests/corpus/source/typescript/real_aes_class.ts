// A pure-TypeScript AES (shaped on aes-cross, audit round 34): the class's static constants, named after AES, are
// its tables and parameters.
export class AES { // qready-expect: AES reference
  private static AES_NB = 4; // qready-expect: AES reference
  private static AES_INVERSE_SBOX: number[] = [ // qready-expect: AES reference
    0x52, 0x09, 0x6a, 0xd5,
  ];
  static MAX_RETRIES = 3;
  private rounds = 10;
}
