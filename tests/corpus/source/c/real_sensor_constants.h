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
