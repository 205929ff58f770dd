/* hash.h: the keyed string hash of innonet's hash tables (node ids, interned strings, attribute keys). */
#ifndef INNONET_HASH_H
#define INNONET_HASH_H

#include <stddef.h>
#include <stdint.h>

/*
 * SipHash-1-3 of s[0..len) under a key drawn once per process (getrandom, else the clock and the
 * process id). A file cannot be crafted offline so that its ids collide and loading turns
 * quadratic; output never depends on the hash (tables are only looked up, never listed).
 */
uint64_t inn_hash(const char *s, size_t len);

#endif
