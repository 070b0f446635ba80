// miscreant's tests: classes holding a test's vectors are test data; the cipher the test runs is a use
import { AesSivExample } from "./support/test_vectors";
import { AesSiv } from "../src/aes_siv"; // qready-expect: AES reference

class AesSivSpec {
  static vectors: AesSivExample[];

  static async before() {
    this.vectors = await AesSivExample.loadAll();
  }

  async sealsVectors() {
    const siv = await AesSiv.importKey(this.key); // qready-expect: AES reference
    return siv;
  }
}
