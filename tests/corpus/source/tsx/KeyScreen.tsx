// A React Native screen that makes and uses keys (TSX: TypeScript with JSX elements)
import React, { useState } from 'react';
import { Button, Text, View } from 'react-native';
import QuickCrypto from 'react-native-quick-crypto';
import SparkMD5 from 'spark-md5'; // qready-expect: MD5 reference
import { generateKeyPair, SignJWT } from 'jose';
import type { JWTPayload } from 'jose';

const ALG = 'ES256'; // qready-expect: ECDSA reference
const ECDH_PARAMS = { // qready-expect: ECDH reference
  name: 'ECDH', // qready-expect: ECDH reference
  namedCurve: 'P-384', // qready-expect: ECDH reference P-384
};

type Props = { title: string; onKey?: (pem: string) => void };

export function KeyScreen({ title, onKey }: Props): JSX.Element {
  const [status, setStatus] = useState<string>('RSA keys are not made yet');

  async function makeRsa(): Promise<void> { // qready-expect: RSA reference
    const { publicKey } = QuickCrypto.generateKeyPairSync('rsa', { modulusLength: 3072 }); // qready-expect: RSA keygen 3072
    onKey?.(publicKey.export({ type: 'spki', format: 'pem' }) as string);
    setStatus('made an RSA key'); // message text: no use
  }

  async function token(claims: JWTPayload): Promise<string> {
    const { privateKey } = await generateKeyPair(ALG); // qready-expect: ECDSA keygen
    return new SignJWT(claims).setProtectedHeader({ alg: 'ES384' }).sign(privateKey); // qready-expect: ECDSA reference
  }

  const fingerprint = (data: ArrayBuffer): string => SparkMD5.ArrayBuffer.hash(data); // qready-expect: MD5 reference
  const shared = () => crypto.subtle.generateKey(ECDH_PARAMS, true, ['deriveBits']); // qready-expect: ECDH keygen

  return (
    <View>
      <Text>{title}: RSA and ECDSA keys, SHA-1 free</Text>
      <Button title="Make an RSA key" onPress={makeRsa} />
      <Text>{status}</Text>
    </View>
  );
}
