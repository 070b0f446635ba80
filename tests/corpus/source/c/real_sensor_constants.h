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
