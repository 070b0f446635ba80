// @greymass/miniaes (round 99) and asmcrypto.js (round 24): an asm.js AES module's heap offset is memory, its
// mode tables are the cipher's
import { AES_asm } from "./aes.asm"; // qready-expect: AES reference
export class AES { // qready-expect: AES reference
  constructor(key, iv, padding = true, mode) {
    this.heap = _heap_init().subarray(AES_asm.HEAP_DATA);
    this.asm = new AES_asm(null, this.heap.buffer); // qready-expect: AES reference
    this.asm.get_iv(AES_asm.HEAP_DATA);
    this.rounds = this.asm.cipher(AES_asm.ENC[this.mode], AES_asm.HEAP_DATA + this.pos, this.len); // qready-expect: AES reference
  }
}

export function process(asm, pos, len, wlen) {
  asm.mac(AES_asm.MAC.CBC, AES_asm.HEAP_DATA, wlen); // qready-expect: AES reference
  return asm.cipher(AES_asm.DEC.CTR, AES_asm.HEAP_DATA + pos, len); // qready-expect: AES reference
}

// an enum of the class's modes, capitalized (@cubbit/enigma's AES module, round 214): the class's too; a class
// named for nothing in particular brings no algorithm
export function decipher(cipher, tag) {
  if (this._algorithm === AES.Algorithm.GCM && !tag) { // qready-expect: AES reference
    throw new Error("missing tag");
  }
  return { class: ASN.Class.UNIVERSAL, cause: FocusEvent.Cause.TRAVERSAL_FORWARD };
}
