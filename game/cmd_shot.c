/* cmd_shot: TEMPORARY placeholder until the owning module lands; replace this whole file. */
#include "cli.h"
#include <stdio.h>

int cmd_shot(int argc, char **argv)
{
    (void)argc; (void)argv;
    fprintf(stderr, "trigger-trainer: 'shot' is not built yet\n");
    return 1;
}
