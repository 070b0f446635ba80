// lucene-solr (round 58) and Apache POI (round 55): a class named after its algorithm and a signature or a
// verifier is that algorithm's (only a signature's type named so alone, in a family that signs nothing, is not)
package org.apache.solr.update.processor;

class TextProfileSignature extends MD5Signature { // qready-expect: MD5 reference
}

class BinaryRC4EncryptionVerifier extends EncryptionVerifier implements EncryptionRecord { // qready-expect: RC4 reference
}
