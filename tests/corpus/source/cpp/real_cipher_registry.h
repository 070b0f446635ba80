// A steganography tool's cipher registry (shaped on steghide's EncryptionAlgorithm.h, audit round 67): an
// enumerator that is an algorithm's bare name is that algorithm's identifier; the others name no cipher in
// scope.
#ifndef SH_ENCALGO_H
#define SH_ENCALGO_H

#include <string>

class EncryptionAlgorithm {
	public:
	enum IRep {
		NONE = 0,
		TWOFISH = 1,
		RC2 = 6, // qready-expect: RC2 reference
		BLOWFISH = 16, // qready-expect: Blowfish reference
		DES = 17, // qready-expect: DES reference
		TRIPLEDES = 18, // qready-expect: 3DES reference
		ARCFOUR = 20 // qready-expect: RC4 reference
	} ;

	EncryptionAlgorithm (IRep irep = NONE) ;
	std::string getStringRep (void) const ;
	private:
	IRep Value ;
} ;

#endif
