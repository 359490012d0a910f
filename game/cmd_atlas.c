/* cmd_atlas: TEMPORARY placeholder until the owning module lands; replace this whole file. */
#include "cli.h"
#include <stdio.h>

int cmd_atlas(int argc, char **argv)
{
    (void)argc; (void)argv;
    fprintf(stderr, "trigger-trainer: 'atlas' is not built yet\n");
    return 1;
}
