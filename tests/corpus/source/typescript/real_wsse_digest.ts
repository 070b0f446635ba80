// A WS-Security header and a cookie decryptor (shaped on wsse and chrome-cookie-decrypt, audit round 97): a
// digest's text encoding and a cipher's salt or IV named after the algorithm hold data; the hash and the cipher
// themselves are uses.
import { createDecipheriv, createHash } from "crypto";

type SHA1Encoding = "base64" | "latin1" | "hex";
const AESCBC_SALT = "saltysalt";
const AESCBC_IV = " ".repeat(16);

export function digest(nonce: string, sha1encoding: SHA1Encoding = "base64"): string {
  return createHash("sha1").update(nonce).digest(sha1encoding); // qready-expect: SHA-1 digest
}

export function decrypt(key: Buffer, data: Buffer): Buffer {
  const decipher = createDecipheriv("aes-128-cbc", key, Buffer.from(AESCBC_IV)); // qready-expect: AES decrypt
  return Buffer.concat([decipher.update(data), decipher.final(), Buffer.from(AESCBC_SALT)]);
}
