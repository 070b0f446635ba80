/* A home-automation firmware's device headers (shaped on esphome's ads1115.h, mipi_rgb.h and
 * ota_http_request.h, audit round 363): an ADC's gain of 0.256 V, a display's second command set and an
 * update's error codes are named like curves and hashes, and are none. */
#include <stdint.h>

enum ADS1115Gain {
  ADS1115_GAIN_6P144 = 0b000,
  ADS1115_GAIN_0P512 = 0b100,
  ADS1115_GAIN_0P256 = 0b101,
};

static const uint8_t CMD2_BK0[5] = {0x77, 0x01, 0x00, 0x00, 0x10};

enum OtaHttpError {
  OTA_MD5_INVALID = 0x10,
  OTA_CONNECTION_ERROR = 0x11,
};

/* A ZIP library vendored in it (shaped on miniz.c, audit round 367): ECDH there is the End of Central Directory
 * Header, an archive's record. */
enum {
  MZ_ZIP_ECDH_SIG_OFS = 0,
  MZ_ZIP_ECDH_CDIR_SIZE_OFS = 12,
  MZ_ZIP64_ECDH_SIG_OFS = 0,
};

/* newlib's Blackfin headers (defBF539.h, audit round 379): the CAN controller's mailbox bits MD0 to MD31, no
 * Message Digest among them */
#define MD0  0x0001 /* Enable Mailbox 0 For Receive */
#define MD2  0x0004 /* Enable Mailbox 2 For Receive */
#define MD3  0x0008 /* Enable Mailbox 3 For Receive */
#define MD4  0x0010 /* Enable Mailbox 4 For Receive */
#define MD5  0x0020 /* Enable Mailbox 5 For Receive */
#define MD6  0x0040 /* Enable Mailbox 6 For Receive */
