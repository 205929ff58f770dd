/* hash.c: SipHash-1-3 with a per-process key, for every hash table that holds text from a file. */
#include "innonet/hash.h"

#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

static uint64_t k0, k1;
static int keyed;

static void make_key(void)
{
	uint64_t k[2];

	if (getrandom(k, sizeof(k), GRND_NONBLOCK) != (ssize_t)sizeof(k)) {
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		k[0] = (uint64_t)ts.tv_nsec * 0x9E3779B97F4A7C15ull ^ (uint64_t)ts.tv_sec;
		k[1] = (uint64_t)getpid() * 0xBF58476D1CE4E5B9ull ^ (uint64_t)(uintptr_t)&ts;
	}
	k0 = k[0];
	k1 = k[1];
	keyed = 1;
}

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                                                  \
	do {                                                                                      \
		v0 += v1, v1 = ROTL(v1, 13), v1 ^= v0, v0 = ROTL(v0, 32);                         \
		v2 += v3, v3 = ROTL(v3, 16), v3 ^= v2;                                            \
		v0 += v3, v3 = ROTL(v3, 21), v3 ^= v0;                                            \
		v2 += v1, v1 = ROTL(v1, 17), v1 ^= v2, v2 = ROTL(v2, 32);                         \
	} while (0)

uint64_t inn_hash(const char *s, size_t len)
{
	/* single-threaded: workers are processes, forked after the first load keyed it */
	if (!keyed)
		make_key();
	uint64_t v0 = k0 ^ 0x736f6d6570736575ull, v1 = k1 ^ 0x646f72616e646f6dull;
	uint64_t v2 = k0 ^ 0x6c7967656e657261ull, v3 = k1 ^ 0x7465646279746573ull;
	uint64_t b = (uint64_t)len << 56, m;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		memcpy(&m, s + i, 8); /* little-endian on every machine innonet is built for */
		v3 ^= m;
		SIPROUND;
		v0 ^= m;
	}
	for (size_t j = 0; i + j < len; j++)
		b |= (uint64_t)(unsigned char)s[i + j] << (8 * j);
	v3 ^= b;
	SIPROUND;
	v0 ^= b;
	v2 ^= 0xff;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	return v0 ^ v1 ^ v2 ^ v3;
}
