// A WebAssembly build of a signature scheme (shaped on dilithium-crystals-js' src/common.js, audit round 204):
// the Emscripten module's memory handling (allocator, heaps) is no operation of the scheme; its calls are.
function generateKeys(dilithium, kind, seed, publicKeySize, privateKeySize) {
  const publicKeyPtr = dilithium._malloc(publicKeySize);
  const privateKeyPtr = dilithium._malloc(privateKeySize);
  if (seed) dilithium.HEAPU8.set(new Uint8Array(seed), privateKeyPtr);
  const returnCode = dilithium._dilithium_keypair(publicKeyPtr, privateKeyPtr, kind); // qready-expect: Dilithium reference
  const publicKey = new Uint8Array(dilithium.HEAPU8.subarray(publicKeyPtr, publicKeyPtr + publicKeySize));
  dilithium._free(publicKeyPtr);
  dilithium._free(privateKeyPtr);
  return { returnCode, publicKey };
}
