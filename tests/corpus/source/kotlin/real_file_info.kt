// Shapes from expo-file-system (round 20 of the source audit): a computed property named after its hash.
package expo.modules.filesystem

class FileInfo(private val bytes: ByteArray) {
  val md5: String // qready-expect: MD5 reference
    get() {
      return bytes.toString()
    }

  val size: Int
    get() = bytes.size
}
