// A WS-Security header and a cookie decryptor (shaped on wsse and chrome-cookie-decrypt, audit round 97): a
// digest's text encoding named after its hash holds data; the hash and the cipher themselves are uses.
import { createDecipheriv, createHash } from "crypto";

type SHA1Encoding = "base64" | "latin1" | "hex";

export function digest(nonce: string, sha1encoding: SHA1Encoding = "base64"): string {
  return createHash("sha1").update(nonce).digest(sha1encoding); // qready-expect: SHA-1 digest
}

export function decrypt(key: Buffer, data: Buffer): Buffer {
  const decipher = createDecipheriv("aes-128-cbc", key, Buffer.alloc(16, " ")); // qready-expect: AES decrypt
  return Buffer.concat([decipher.update(data), decipher.final()]);
}
