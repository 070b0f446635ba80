/* A microcontroller's device header and its HAL's legacy aliases (shaped on STM32's CMSIS headers and
   stm32_hal_legacy.h, vendored by pyecsca-codegen, audit round 149): the AES peripheral's registers, flags
   and interrupts are the hardware's layout, no use; the HAL's choice of an algorithm is one. */
#define AES_CR_EN_Pos            (0U)
#define AES_CR_EN_Msk            (0x1UL << AES_CR_EN_Pos)
#define AES_CR_EN                AES_CR_EN_Msk
#define AES_SR_CCF_Pos           (0U)
#define AES_KEYR0_KEY_Pos        (0U)
#define AES_FLAG_RDERR           CRYP_FLAG_RDERR
#define AES_CLEARFLAG_CCF        CRYP_CLEARFLAG_CCF
#define AES_IT_CC                CRYP_IT_CC

typedef enum {
  AES_IRQn = 31,
  RNG_IRQn = 32,
} IRQn_Type;

#define HASH_AlgoSelection_SHA1  HASH_ALGOSELECTION_SHA1 /* qready-expect: SHA-1 reference */
#define CRYP_AES_ECB             0x00000004U /* qready-expect: AES reference */
