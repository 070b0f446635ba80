/* Windows SDK headers (mingw-w64, audit round 165): DES and DSA as Windows' own abbreviations beside CNG's
 * real ones. The Configuration Manager's resource descriptors (cfgmgr32.h), the common controls' Dynamic
 * Structure Arrays (commctrl.h), the Directory Service Admin's notifications (dsadmin.h) and a Direct3D
 * option whose name ends in RES256 name no algorithm. */
#include <windows.h>

typedef struct IRQ_Des_64_s { DWORD IRQD_Count; } IRQ_DES_64, *PIRQ_DES_64;
typedef PIRQ_DES_64 PIRQ_DES;
typedef struct CS_Des_s { DWORD CSD_SignatureLength; } CS_DES, *PCS_DES;
typedef struct Mem_Large_Resource_s {
  MEM_LARGE_DES MEM_LARGE_Header;
} MEM_LARGE_RESOURCE;

#define DSA_NOTIFY_REN 0x00000002
#define DSA_NEWOBJ_CTX_COMMIT 0x00000002

typedef enum _D3DXSHGPUSIMOPT {
  D3DXSHGPUSIMOPT_SHADOWRES256 = 1,
  D3DXSHGPUSIMOPT_SHADOWRES512 = 0
} D3DXSHGPUSIMOPT;

#define BCRYPT_DSA_ALGORITHM L"DSA"  /* qready-expect: DSA reference */
#define KERB_ETYPE_DES_CBC_MD5 3  /* qready-expect: DES reference; MD5 reference */

static int sorted(HDSA hdsa, PFNDACOMPARE compare, LPARAM param) {
  return DSA_Sort(hdsa, compare, param);
}
