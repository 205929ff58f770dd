/*
 * measures_msbfs_kernels.h: one instruction set's two builds of measures_msbfs_kernel.h, for
 * neighbour lists of 32-bit entries (with reach()) and of 16-bit ones, so that each instruction
 * set of measures_msbfs.c names only its suffixes and vector width. Included by measures_msbfs.c
 * only, with KWIDE, KNARROW (the two suffixes) and KVBYTES set; it undefines all three.
 */
#if !defined(KWIDE) || !defined(KNARROW) || !defined(KVBYTES)
#error "measures_msbfs_kernels.h is included by measures_msbfs.c with KWIDE, KNARROW and KVBYTES set"
#endif

#define KSUFFIX KWIDE
#define KARC uint32_t
#include "measures_msbfs_kernel.h"
#undef KARC
#undef KSUFFIX

#define KSUFFIX KNARROW
#define KARC uint16_t
#define KNO_REACH 1
#include "measures_msbfs_kernel.h"
#undef KNO_REACH
#undef KARC
#undef KSUFFIX

#undef KVBYTES
#undef KNARROW
#undef KWIDE
