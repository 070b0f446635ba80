/* A reference implementation's header and tables, in the style of Brad Conte's crypto-algorithms as bundled
 * by libolm (round 12 of the source audit): include guards are not uses, the S-box table is AES's. */
#ifndef MD5_H
#define MD5_H

typedef unsigned char BYTE;

static const BYTE aes_sbox[16][16] = {  /* qready-expect: AES reference */
	{0x63, 0x7C, 0x77, 0x7B},
};

static const BYTE plain_table[4] = {0x01, 0x02, 0x03, 0x04};

void three_des_key_setup(const BYTE key[], BYTE schedule[][16][6], int mode);  /* qready-expect: 3DES reference */

static void sub_bytes(BYTE state[][4])
{
	state[0][0] = aes_sbox[state[0][0] >> 4][state[0][0] & 0x0F];  /* qready-expect: AES reference */
	state[0][1] = plain_table[state[0][1] & 0x03];
}

#endif
