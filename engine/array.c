/* array: growing by doubling, with the size checked before it can overflow. */
#include "array.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

void *array_grow(void *items, int *cap, int need, size_t elem)
{
    if (need <= *cap && items)
        return items;
    if (need < 1 || elem == 0)
        return NULL;
    long long n = *cap > 16 ? *cap : 16;
    while (n < need)
        n *= 2;
    if (n > INT_MAX)
        n = need;
    if ((unsigned long long)n > SIZE_MAX / elem)
        return NULL;
    void *grown = realloc(items, (size_t)n * elem);
    if (!grown)
        return NULL;
    *cap = (int)n;
    return grown;
}
