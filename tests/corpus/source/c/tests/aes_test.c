/*
 * Shaped on libmcrypt's src/aes_test.c (audit round 169): a test vector's key, IV, plaintext, ciphertext and
 * size, each a constant named for what it holds, are the test's data; the cipher the test opens is a use.
 */
#include <string.h>
#include "mcrypt.h"

#define CFB8_AES_128_KEY "\x2b\x7e\x15\x16\x28\xae\xd2\xa6\xab\xf7\x15\x88\x09\xcf\x4f\x3c"
#define CFB8_AES_128_IV  "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"
#define CFB8_AES_128_PT "\x6b\xc1\xbe\xe2\x2e"
#define CFB8_AES_128_CT "\x3b\x79\x42\x4c\x9c"
#define CFB8_AES_128_PT_SIZE 5

int aes_cfb8_test(void)
{
	MCRYPT td;
	char text[16];
	int siz;

	td = mcrypt_module_open("rijndael-128", NULL, "cfb", NULL); /* qready-expect: AES reference */
	siz = CFB8_AES_128_PT_SIZE;
	memcpy(text, CFB8_AES_128_PT, siz);
	mcrypt_generic_init(td, CFB8_AES_128_KEY, 16, CFB8_AES_128_IV);
	mcrypt_generic(td, text, siz);
	return memcmp(text, CFB8_AES_128_CT, siz) != 0;
}
