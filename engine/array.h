/* array: the one copy of "grow a heap array by doubling" that modules with a pointer, a
 * count and a capacity share. Window-free (engine_core), so the core can use it too. */
#ifndef ARRAY_H
#define ARRAY_H

#include <stddef.h>

/* Returns items (possibly moved) with room for at least need elements of elem bytes,
 * doubling *cap (from at least 16), or items unchanged when there is room already. NULL
 * when out of memory or too large: items and *cap are then untouched, so the caller keeps
 * what it had. need must be at least 1. Typical use:
 *     Thing *t = array_grow(a->things, &a->cap, a->n + 1, sizeof *t);
 *     if (!t) return false;
 *     a->things = t; */
void *array_grow(void *items, int *cap, int need, size_t elem);

#endif
