// A NativeScript plugin's typings of OkHttp (shaped on nativescript-https, audit round 36): the cipher suites a
// class declares as its static constants each name their algorithms.
declare module okhttp3 {
  export class CipherSuite {
    public static TLS_RSA_WITH_NULL_SHA: okhttp3.CipherSuite; // qready-expect: RSA reference
    public static TLS_ECDHE_ECDSA_WITH_RC4_128_SHA: okhttp3.CipherSuite; // qready-expect: ECDH reference; ECDSA reference; RC4 reference
    public static TLS_FALLBACK_SCSV: okhttp3.CipherSuite;
    public static forJavaName(javaName: string): okhttp3.CipherSuite;
    public javaName(): string;
  }
}
