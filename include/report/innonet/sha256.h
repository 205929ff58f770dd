/* sha256.h: SHA-256 (FIPS 180-4) of bytes in memory, for the report's provenance of its input. */
#ifndef INNONET_SHA256_H
#define INNONET_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct inn_sha256 {
	uint32_t h[8];
	uint64_t length;        /* bytes hashed so far */
	unsigned char block[64]; /* the partial block not yet compressed */
	size_t used;            /* bytes in block */
};

void inn_sha256_init(struct inn_sha256 *s);
void inn_sha256_update(struct inn_sha256 *s, const void *data, size_t len);
/* The digest as 64 lower-case hex digits and a NUL. */
void inn_sha256_hex(struct inn_sha256 *s, char hex[65]);
/* The digest as 32 bytes. */
void inn_sha256_final(struct inn_sha256 *s, unsigned char digest[32]);

#endif
